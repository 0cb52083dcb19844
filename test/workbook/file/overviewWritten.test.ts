import { overviewKpis, overviewStageRules } from "../../engine/overview/overviewKpis";
import { overviewTable } from "../../../src/engine/report/overviewTab";
import { rowLineEstimates } from "../../../src/engine/report/layoutPages";
import { LINE_HEIGHT, NOTE_INDENT_CHARS, textLines } from "../../../src/engine/report/textMeasure";
import { WARNING_FILL } from "../../../src/engine/report/serviceText";
import {
  cellLook,
  sheetRowStyles,
  sheetRows,
  sheetWidths,
  tableSheetParts,
  tableSheetXml,
} from "./tableSheet";

/**
 * The Overview as the file writer writes it. Its notes are written broken where they wrap
 * (520d661): LibreOffice printed "…in this period (559 /" | "988)" in the en retention rate's
 * definition (paper15); the row of a wrapped note is as tall as its lines; and the page estimate
 * (layoutPages.ts rowLineEstimates) counts each row as tall as it is written (reviewer15 D4: an
 * English row of two lines was counted 32 pt, written 30).
 */

// The December refresh of the samples: 559 of the 988 customers of the previous 12 months came back.
const kpis = overviewKpis();
const asOf = 20453; // 2025-12-31

/** The Overview's sheet XML as written, and its rows. */
async function written(lang: "zh-CN" | "en-US") {
  const table = overviewTable(
    { kpis, satisfaction: null, complaints: null, asOf, stageRules: overviewStageRules() },
    lang,
  );
  const sheet = await tableSheetXml(table, lang);
  return { table, sheet, rows: sheetRows(sheet) };
}

describe("the Overview as written", () => {
  for (const [lang, counts] of [
    ["en-US", "(559 / 988)"],
    ["zh-CN", "（559 / 988）"],
  ] as const) {
    test(`${lang}: the retention rate's definition is written broken, ${counts} whole on one line`, async () => {
      const { sheet, rows } = await written(lang);
      const text = rows.flatMap((r) => r.texts).find((t) => t.replace(/\n/g, " ").includes(counts));
      expect(text).toBeDefined();
      const lines = text!.split("\n");
      // Broken where it wraps (LibreOffice broke it itself before 520d661) …
      expect(lines.length).toBeGreaterThan(1);
      expect(lines.some((l) => l.includes(counts))).toBe(true);
      // … each line within its span's room (C:D, one indent off the figure), so no renderer breaks it again.
      const widths = sheetWidths(sheet);
      const span = widths[2] + widths[3] - NOTE_INDENT_CHARS;
      for (const l of lines) expect({ l, lines: textLines(l, span) }).toEqual({ l, lines: 1 });
    });

    // reviewer15 D4: the estimate counted an English row of wrapped text 16 pt a line; the writer
    // writes 15. Counted at the written widths, every row is as tall as written.
    test(`${lang}: the page estimate counts each row as tall as it is written`, async () => {
      const { table, sheet, rows } = await written(lang);
      const cells = table.rows(0, table.rowCount);
      const estimate = rowLineEstimates(
        cells,
        table.looks!.rows,
        sheetWidths(sheet),
        table.columns.length,
        table.columns.map((c) => c.breakLines === true),
      );
      let tall = 0;
      for (const row of rows) {
        const points = estimate[row.r - 1] * LINE_HEIGHT;
        if (row.ht === undefined)
          expect({ r: row.r, points: points <= LINE_HEIGHT }).toEqual({ r: row.r, points: true });
        else {
          expect({ r: row.r, points }).toEqual({ r: row.r, points: row.ht });
          tall++;
        }
      }
      expect(tall).toBeGreaterThan(2);
    });
  }

  test("the Overview's 说明 heading is filled over its notes' merge", async () => {
    const table = overviewTable(
      { kpis, satisfaction: null, complaints: null, asOf, stageRules: overviewStageRules() },
      "zh-CN",
    );
    const sheet = await tableSheetXml(table, "zh-CN");
    const r = sheetRows(sheet).find((row) => row.texts.includes("说明"))!.r;
    const merge = new RegExp(`<mergeCell ref="C${r + 1}:([A-Z]+)${r + 1}"/>`).exec(sheet)!;
    const styles = sheetRowStyles(sheet, r);
    const last = merge[1].charCodeAt(0);
    expect(last).toBeGreaterThan(67);
    for (let c = 68; c <= last; c++) {
      const col = String.fromCharCode(c);
      expect({ col, s: styles.get(col) }).toEqual({ col, s: styles.get("C") });
    }
  });

  // Stop 42 tester #17: a 注意 / Warning row was written as plain as the lines under it, so a
  // manager skimming the page did not see that every call was unassigned.
  for (const [lang, label, customers] of [
    ["zh-CN", "注意", "客户数"],
    ["en-US", "Warning", "Customers"],
  ] as const)
    test(`${lang}: a warning row stands out: its label bold, it and its note on the warning fill`, async () => {
      const message = {
        "zh-CN": "“客户”表的列“负责任”未识别",
        "en-US": "Column “Onwer” was not recognised",
      };
      const table = overviewTable(
        {
          kpis,
          satisfaction: null,
          complaints: null,
          asOf,
          stageRules: overviewStageRules(),
          warnings: [{ code: "misspelt_column", message }],
        },
        lang,
      );
      const { sheet, styles } = await tableSheetParts(table, lang);
      const r = sheetRows(sheet).find((row) => row.texts[0] === label)!.r;
      expect(sheetRows(sheet).find((row) => row.r === r)!.texts[1]).toContain(message[lang]);
      const row = sheetRowStyles(sheet, r);
      expect(cellLook(styles, Number(row.get("A")))).toEqual({ bold: true, fill: WARNING_FILL });
      expect(cellLook(styles, Number(row.get("B")))).toEqual({ bold: false, fill: WARNING_FILL });
      // The lines under it are as before: a measure's label plain, unfilled.
      const first = sheetRows(sheet).find((x) => x.texts[0] === customers)!.r;
      expect(cellLook(styles, Number(sheetRowStyles(sheet, first).get("A")))).toEqual({
        bold: false,
        fill: null,
      });
    });
});
