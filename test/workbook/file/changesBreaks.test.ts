import { changesTable } from "../../../src/engine/report/changesTab";
import { sheetRowStyles, sheetRows as rowsOf, tableSheetXml } from "./tableSheet";
import { tableOf } from "../../../src/engine/report/table";
import {
  LATIN_LINE_HEIGHT,
  LINE_HEIGHT,
  TABLE_ROW_PAD,
} from "../../../src/workbook/file/rowHeights";
import { threeHundredChanges } from "../../engine/report/changesFixture";

/**
 * The Changes list's reasons (notes over I:O) are written broken where they wrap, as the call
 * sheet's reasons are (ReportColumn.breakLines): LibreOffice printed "最近购买 2025-" / "11-02" in
 * 125 of the zh December refresh's 1,118 reasons and started lines with "：" (paper15). And a row of
 * Latin text is 15 pt a line, not the CJK line's 16 (the en rows printed blank paper under them).
 */

const DATE = /\d{4}-\d{2}-\d{2}/g;

describe("the Changes list's reasons", () => {
  for (const lang of ["zh-CN", "en-US"] as const) {
    test(`${lang}: written broken at the note's span, never in a date, each row as tall as its lines`, async () => {
      const changes = threeHundredChanges(lang === "zh-CN" ? undefined : (i) => `Customer ${i}`);
      const table = changesTable(changes, lang)!;
      const reasons = new Set<string>();
      for (const row of table.rows(table.listRow! + 1, table.rowCount)) {
        const v = row[8];
        if (typeof v === "string" && v !== "") reasons.add(v);
      }
      const sheet = await tableSheetXml(table, lang);
      const rows = rowsOf(sheet).filter((r) => r.r > table.listRow! + 1);
      let broken = 0;
      let checked = 0;
      for (const row of rows) {
        const text = row.texts.find((t) => reasons.has(t.replace(/\n/g, " ")) || t.includes("\n"));
        if (text === undefined) continue;
        const lines = text.split("\n");
        if (lines.length < 2) continue;
        broken++;
        // The same words, and every date whole on one line.
        const flat = text.replace(/\s+/g, "");
        for (const d of flat.match(DATE) ?? []) expect(lines.some((l) => l.includes(d))).toBe(true);
        for (const l of lines.slice(1)) expect(l).not.toMatch(/^[：:，,；;）)、。]/);
        // As tall as its lines (no other text of the row takes more).
        const perLine = lang === "zh-CN" ? LINE_HEIGHT : LATIN_LINE_HEIGHT;
        expect({ r: row.r, ht: row.ht }).toEqual({ r: row.r, ht: lines.length * perLine });
        checked++;
      }
      expect(broken).toBeGreaterThan(20);
      expect(checked).toBe(broken);
    });
  }
});

describe("Latin rows", () => {
  test("a wrapped row of Latin text is 15 pt a line, of Chinese 16, plus the table's air", async () => {
    const long = "Follow-up after a resolved complaint about a late delivery, then a quote";
    const zh = "投诉已解决后回访，确认客户对处理结果满意，再介绍本季度的新产品与报价";
    const table = tableOf(
      "followUps",
      "Schedule",
      [
        { key: "id", header: "ID", format: "text" },
        { key: "reason", header: "Reason", format: "text", width: 20 },
      ],
      [
        ["C1", long],
        ["C2", zh],
      ],
    );
    const rows = rowsOf(await tableSheetXml(table, "en-US"));
    const en = rows.find((r) => r.r === 2)!;
    const cjk = rows.find((r) => r.r === 3)!;
    expect(en.ht! - TABLE_ROW_PAD).toBeGreaterThan(LATIN_LINE_HEIGHT);
    expect((en.ht! - TABLE_ROW_PAD) % LATIN_LINE_HEIGHT).toBe(0);
    expect((en.ht! - TABLE_ROW_PAD) % LINE_HEIGHT).not.toBe(0);
    expect((cjk.ht! - TABLE_ROW_PAD) % LINE_HEIGHT).toBe(0);
  });
});

// The list's heading is filled over A:I; its reasons are merged over I:O, so the band stopped at I
// while the text under it ran on to O (paper15). Now the heading's fill spans the merge.
describe("headings over notes", () => {
  for (const lang of ["zh-CN", "en-US"] as const) {
    test(`${lang}: the Changes list's heading is filled over the reasons' merge (I:O)`, async () => {
      const table = changesTable(threeHundredChanges(), lang)!;
      const sheet = await tableSheetXml(table, lang);
      const merge = /<mergeCell ref="I(\d+):([A-Z]+)\1"\/>/.exec(sheet)!;
      expect(merge[2]).toBe("O");
      const styles = sheetRowStyles(sheet, table.listRow! + 1);
      expect(styles.get("I")).toBeDefined();
      for (const c of "JKLMNO") expect({ c, s: styles.get(c) }).toEqual({ c, s: styles.get("I") });
    });
  }
});
