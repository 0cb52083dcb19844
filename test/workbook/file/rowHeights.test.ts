import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { epochDay } from "../../../src/engine/parse/date";
import { tableOf, type ReportTable } from "../../../src/engine/report/table";
import {
  HEADER_HEIGHT,
  headerRowHeight,
  LINE_HEIGHT,
  rowLines,
  TableRowLines,
  textLines,
  rowHeight,
  TABLE_ROW_HEIGHT,
} from "../../../src/workbook/file/rowHeights";
import { XlsxReportWriter } from "../../../src/workbook/file/xlsxWriter";
import { ZipReader } from "../../../src/workbook/file/zipReader";
import {
  charWidth,
  keepDatesWhole,
  lineStarts,
  textRoom,
} from "../../../src/engine/report/textMeasure";
import { layoutTable } from "../../../src/engine/report/serviceText";

/** The sheet XML of a workbook holding `table` alone, as the file writer writes it. */
async function firstSheet(table: ReportTable, lang: "zh-CN" | "en-US"): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), "ca-row-heights-"));
  try {
    const out = join(dir, "tab.xlsx");
    await new XlsxReportWriter(out, { lang }).writeTables([table]);
    const zip = await ZipReader.open(out);
    const sheet = await zip.readText("xl/worksheets/sheet1.xml");
    zip.close();
    return sheet;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe("textLines", () => {
  test("short text is one line whatever its characters", () => {
    expect(textLines("短", 10)).toBe(1);
    expect(textLines("abcd", 10)).toBe(1);
  });
  test("CJK counts double; breaks start lines", () => {
    expect(textLines("a".repeat(18), 10)).toBe(2); // 9 characters a line
    expect(textLines("客".repeat(8), 10)).toBe(2); // 16 wide (17.6 as printed)
    expect(textLines("客".repeat(9), 10)).toBe(3); // 18 wide, 19.8 as printed: a third line
    expect(textLines("a\nb\nc", 10)).toBe(3);
  });
});

describe("textLines in one pass", () => {
  /** The definition: split at line breaks, each part wrapped word by word (words placed whole). */
  const wrap = (part: string, room: number): number => {
    let lines = 1;
    let used = 0;
    let word = 0;
    const place = () => {
      if (word === 0) return;
      if (used > 0 && used + word > room) {
        lines++;
        used = 0;
      }
      while (word > room) {
        lines++;
        word -= room;
      }
      used += word;
      word = 0;
    };
    for (const ch of part.split("")) {
      const code = ch.charCodeAt(0);
      if (code === 32) {
        place();
        if (used > 0 && used + charWidth(32) <= room) used += charWidth(32);
      } else if (code >= 0x2e80) {
        place();
        word = charWidth(code);
        place();
      } else {
        word += charWidth(code);
        if (ch === "-") place();
      }
    }
    place();
    return lines;
  };
  const reference = (text: string, width: number): number => {
    const room = textRoom(width);
    if (text.length * 2.1 <= room && !text.includes("\n")) return 1;
    let n = 0;
    for (const part of text.split("\n")) n += wrap(part, room);
    return n;
  };
  test("counts what splitting and wrapping each part counts", () => {
    const chars = ["a", " ", "客", "\n", "ｱ", "\u3000", "😀", "é", "ᄀ", "가", "\uff01", "-", "W"];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let k = 0; k < 3000; k++) {
      let text = "";
      const length = Math.floor(next() * 90);
      for (let i = 0; i < length; i++) text += chars[Math.floor(next() * chars.length)];
      const width = 1 + Math.floor(next() * 60);
      expect([text, width, textLines(text, width)]).toEqual([text, width, reference(text, width)]);
    }
  });
});

describe("row lines", () => {
  test("a table row takes the lines of its longest wrapped text, the same remembered or not", () => {
    const lines = new TableRowLines([1], [10, 21]);
    const row = ["C1", "x".repeat(45)];
    expect(lines.of(row)).toBe(3);
    expect(lines.of(row)).toBe(3);
    expect(rowLines(row, undefined, [1], [10, 21], 1, true)).toBe(3);
    expect(lines.of(["C2", ""])).toBe(1);
  });
  test("a layout note wraps over the rest of its row", () => {
    const row = ["Rate", 0.5, "y".repeat(40), null, null];
    expect(rowLines(row, [null, "percent", "note"], [], [10, 10, 10, 10, 10], 4, false)).toBe(2);
  });
});

describe("a row of wrapped Chinese is tall enough to print whole (stop 24 tester #5a)", () => {
  // LibreOffice draws a line of Chinese in a CJK font (Noto Sans CJK), taller than Calibri's 15 pt:
  // rendered, 3 lines needed 46 pt, 4 lines 62, 5 lines 78. At 15 a line, a 4-line reason (60 pt)
  // lost its last line, the tail "（自 2025-09-30）".
  const needed = (lines: number) => Math.ceil(15.6 * lines);
  test("every line count up to the cap gets at least what a CJK line needs", () => {
    for (let n = 2; n <= 12; n++) expect(n * LINE_HEIGHT).toBeGreaterThanOrEqual(needed(n));
  });

  test("the schedule's 4-line reason is written 64 pt tall", async () => {
    const reason =
      "挽留联系（有流失迹象）；价值层级从中价值降至低价值，流失风险等级从中升至高（自 2025-09-30）";
    expect(textLines(reason, 28)).toBe(4);
    const table = {
      ...tableOf(
        "followUps",
        "回访计划",
        [
          { key: "followUpDate", header: "回访日期", format: "date" },
          { key: "customerId", header: "客户编号", format: "text", width: 12 },
          { key: "reason", header: "回访原因", format: "text", width: 28 },
        ],
        [[epochDay(2025, 12, 31), "1000197", reason]],
      ),
      printColumns: 3,
    };
    const sheet = await firstSheet(table, "zh-CN");
    const height = Number(/<row r="2" ht="(\d+)" customHeight="1">/.exec(sheet)![1]);
    expect(height).toBe(66); // 4 lines of 16 pt and a table row's 2 pt of air
    expect(height).toBeGreaterThanOrEqual(needed(4));
  });
});

describe("a table tab's rows have the same air whatever their lines (stop 27 tester #3)", () => {
  test("one-line rows 18 pt (the sheet's default), n lines 16 n + 2; layouts 16 a line", () => {
    expect(TABLE_ROW_HEIGHT).toBe(18);
    expect([1, 2, 3].map((n) => rowHeight(n, true))).toEqual([18, 34, 50]);
    expect([1, 2, 3].map((n) => rowHeight(n, false))).toEqual([16, 32, 48]);
    expect(rowHeight(40, true)).toBe(12 * LINE_HEIGHT + 2);
  });
});

describe("a table's header row is as tall as its tallest header (stop 31 tester)", () => {
  test("headers of two lines keep 30 pt; three lines of bold text take 48", () => {
    expect(headerRowHeight(["Customer ID", "Orders"], [14, 8])).toBe(HEADER_HEIGHT);
    expect(textLines("Days since last purchase", 12, true)).toBe(3);
    expect(headerRowHeight(["Customer ID", "Days since last purchase"], [14, 12])).toBe(48);
  });

  test("the en segments tab's 'Days since last purchase' is written with room for its 3 lines", async () => {
    const table = {
      ...tableOf(
        "segments",
        "Customer segments",
        [
          { key: "id", header: "Customer ID", format: "text", width: 14 },
          {
            key: "recencyDays",
            header: "Days since last purchase",
            format: "integer",
            width: 10,
          },
        ],
        [["C1", 12]],
      ),
      printColumns: 2,
    };
    const sheet = await firstSheet(table, "en-US");
    expect(/<row r="1" ht="(\d+)" customHeight="1">/.exec(sheet)![1]).toBe("48");
  });
});

describe("a date in wrapped text is never broken over lines (stop 32 tester #3: 2025-/02-03)", () => {
  const reason = "满意度低：最近一次评分 2/5（2025-02-03），已于 2025-02-10 回访未接通，请再次联系";
  const whole = (text: string) => text.replace(/(\d{4})-(\d{2})-(\d{2})/g, "$1\u2011$2\u2011$3");

  test("keepDatesWhole: dates only, non-breaking hyphens; no date, the same string", () => {
    expect(keepDatesWhole(reason)).toBe(whole(reason));
    const plain = "Win-back (high churn risk), order SO-2025-1203";
    expect(keepDatesWhole(plain)).toBe(plain);
    expect(keepDatesWhole("12025-02-03 x")).toBe("12025-02-03 x");
    // Wrapped, the date goes whole to the next line where its first part would have ended one.
    // 10 units: "已于 2025-" fits (9.6), "已于 2025-02-" does not.
    const at = (text: string) => lineStarts(text, 10);
    expect(at("已于 2025-02-10 回访")).toEqual([0, 8]); // after "2025-"
    expect(at(keepDatesWhole("已于 2025-02-10 回访"))).toEqual([0, 3, 14]);
    expect(textLines(keepDatesWhole(reason), 20)).toBeGreaterThanOrEqual(textLines(reason, 20));
  });

  test("a table's wrapped column and a layout's note are written so; the tabs' rows keep ASCII", async () => {
    const table = {
      ...tableOf(
        "followUps",
        "回访计划",
        [
          { key: "customerId", header: "客户编号", format: "text", width: 12 },
          { key: "reason", header: "回访原因", format: "text", width: 20 },
          { key: "due", header: "应回访日期", format: "text", width: 12 },
        ],
        [["1000197", reason, "2025-02-10"]],
      ),
      printColumns: 3,
    };
    const sheet = await firstSheet(table, "zh-CN");
    expect(sheet).toContain(whole(reason));
    // A column that does not wrap is written as it is.
    expect(sheet).toContain(">2025-02-10<");
    expect(table.rows(0, 1)[0][1]).toBe(reason);
    const layout = layoutTable("changes", "变化", [["变化"], ["原因", reason]]);
    layout.looks = { rows: [undefined, [null, "note"]] };
    const note = await firstSheet(layout, "zh-CN");
    expect(note).toContain(whole(reason));
    expect(layout.rows(1, 2)[0][1]).toBe(reason);
  });
});
