import fc from "fast-check";
import type { CustomerAnalysis } from "../../../src/engine/analysis";
import { scheduleFollowUps } from "../../../src/engine/followUp/schedule";
import { epochDay, parseIsoDate } from "../../../src/engine/parse/date";
import { followUpTable } from "../../../src/engine/report/followUpTab";
import { DEFAULTS } from "../../../src/engine/rules/defaults";
import { followUpRulesSchema } from "../../../src/engine/rules/service";
import { smallDataset } from "../../engine/followUp/smallDataset";
import { tableSheetXml } from "./tableSheet";
import { tableOf } from "../../../src/engine/report/table";
import { dataQualityTable } from "../../../src/engine/report/dataQualityTab";
import type { Finding } from "../../../src/engine/quality";
import {
  fitsLine,
  HEADER_HEIGHT,
  headerRowHeight,
  LINE_HEIGHT,
  rowLines,
  TableRowLines,
  textLines,
  rowHeight,
  TABLE_ROW_HEIGHT,
} from "../../../src/workbook/file/rowHeights";
import {
  breakLinesWell,
  charWidth,
  lineStarts,
  textHeight,
  textRoom,
  textWidth,
} from "../../../src/engine/report/textMeasure";

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
  /**
   * The definition: split at line breaks, each part's lines as lineStarts places them with kinsoku
   * (stop 34 #1: a closing mark takes the character before it over); `wrap`, words placed whole and
   * broken anywhere, never counts more.
   */
  const wrap = (part: string, room: number): number => {
    let lines = 1;
    let used = 0;
    let word: number[] = []; // the widths of the word's characters
    const place = () => {
      if (word.length === 0) return;
      const width = word.reduce((a, b) => a + b, 0);
      if (used > 0 && used + width > room) {
        lines++;
        used = 0;
      }
      // A word wider than the line is cut where each line is full, a character at a time.
      if (width > room)
        for (const w of word) {
          if (used > 0 && used + w > room) {
            lines++;
            used = 0;
          }
          used += w;
        }
      else used += width;
      word = [];
    };
    for (const ch of part.split("")) {
      const code = ch.charCodeAt(0);
      if (code === 32) {
        place();
        if (used > 0 && used + charWidth(32) <= room) used += charWidth(32);
      } else if (code >= 0x2e80) {
        place();
        word = [charWidth(code)];
        place();
      } else {
        word.push(charWidth(code));
        if (ch === "-") place();
      }
    }
    place();
    return lines;
  };
  const reference = (text: string, width: number, kinsoku = true): number => {
    const room = textRoom(width);
    if (text.length * 2.1 <= room && !text.includes("\n")) return 1;
    let n = 0;
    for (const part of text.split("\n"))
      n += kinsoku ? lineStarts(part, room, 1, true).length : wrap(part, room);
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
      expect(reference(text, width, false)).toBeLessThanOrEqual(textLines(text, width));
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
  test("a broken column's rows measure and write the same, remembered, forgotten or not", () => {
    // More distinct reasons than the memo keeps (4,096), then the first ones again.
    const reason = (k: number) =>
      `超出自身购买周期 ${k} 天（通常约每 9 天购买一次，已 ${k + 9} 天未购买）；购买次数下降 82%`;
    const widths = [10, 24];
    const seen = new TableRowLines([1], widths, [false, true]);
    const asked = [...Array(5000).keys(), 0, 1, 4999, 2, ...Array(50).keys()].map(reason);
    for (const text of asked) {
      const fresh = new TableRowLines([1], widths, [false, true]);
      const row = ["C1", text];
      const n = fresh.of(row);
      expect([text, seen.of(row), seen.points, seen.textOf(1, text)]).toEqual([
        text,
        n,
        fresh.points,
        fresh.textOf(1, text),
      ]);
    }
    expect(seen.textOf(1, reason(1))).toContain("\n");
    expect(seen.points).toBeGreaterThan(16);
  });
  test("a broken column's text, lines and height are breakLinesWell's and textLines' of the whole text", () => {
    // Paragraphs repeat across rows (a talking point's shared words) beside the row's own; some
    // fit, some break, one ends in an ideographic space (trimmed where its line breaks).
    const pieces = [
      "最近评价最低：价格 3/5；最近购买：打印耗材套装",
      "上次联系：2025-02-06，在线（微信/短信），王芳",
      "邮箱：sales.1i5li@aliyun.com",
      "Weakest in the last survey: product quality 3/5; last bought: Installation service",
      "流失风险等级从中升至高（自 2025-11-30）\u3000",
      "短",
      "",
    ];
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 60 })), {
          minLength: 1,
          maxLength: 4,
        }),
        fc.constantFrom(12, 16.5, 24, 50.5),
        (parts, width) => {
          const text = parts.join("\n");
          const rows = new TableRowLines([1], [10, width], [false, true]);
          const row = ["C1", text];
          const broken = breakLinesWell(text, width);
          const n = textLines(broken, width);
          // Twice: the second time its paragraphs are remembered.
          for (let k = 0; k < 2; k++) {
            expect(rows.of(row)).toBe(n);
            expect(rows.textOf(1, text)).toBe(broken);
            expect(rows.points).toBe(n > 1 ? textHeight(broken, n) : 0);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
  test("a typed line in a broken column is written as typed, counted as it wraps (tester47 M1)", () => {
    const ours = "最近购买：笔记本电脑（客户已经买了三次，每次都在季度末，请在下月初联系）";
    const typed = "最近购买：笔记本电脑（客户说已转给同事，下次请直接联系采购部的张经理）";
    const text = `${ours}\n${typed}`;
    const rows = new TableRowLines([1], [10, 24], [false, true], new Set([typed]));
    const n = rows.of(["C1", text]);
    const written = rows.textOf(1, text).split("\n");
    expect(written.at(-1)).toBe(typed);
    expect(written.length).toBeGreaterThan(2); // ours broken
    expect(n).toBe(textLines(breakLinesWell(ours, 24), 24) + textLines(typed, 24));
    expect(textLines(typed, 24)).toBeGreaterThan(1);
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
    const sheet = await tableSheetXml(table, "zh-CN");
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
    const sheet = await tableSheetXml(table, "en-US");
    expect(/<row r="1" ht="(\d+)" customHeight="1">/.exec(sheet)![1]).toBe("48");
  });
});

describe("a line feed of a cell's own starts a line (stop 35 tester #1)", () => {
  // Texts of every kind the tabs hold: Latin words, Chinese, marks kinsoku keeps, spaces, line feeds.
  const piece = fc.oneof(
    fc.integer({ min: 1, max: 12 }).map((k) => "n".repeat(k)),
    fc.constantFrom("i", "c77@ex.com", "邮箱：", "最近购买：C", "a-b", "(x)", "12"),
    fc.constantFrom("客", "流失", "价值层级", "，", "：", "）", "（"),
    fc.constantFrom(" ", "\n"),
  );
  const text = fc.array(piece, { maxLength: 12 }).map((p) => p.join(""));
  const width = fc.double({ min: 1, max: 50, noNaN: true });

  test("a cell's lines are the sum of its pieces' lines, at least one each", () => {
    expect(textLines("a\nb", 44)).toBe(2);
    expect(textLines("\n", 44)).toBe(2);
    expect(textLines("邮箱：c77@ex.com\n最近购买：C", 44)).toBe(2);
    fc.assert(
      fc.property(text, text, width, (x, y, w) => {
        expect(textLines(`${x}\n${y}`, w)).toBe(textLines(x, w) + textLines(y, w));
        expect(textLines(`${x}\n${y}`, w)).toBeGreaterThanOrEqual(2);
      }),
      { numRuns: 500 },
    );
  });

  test("a table row is as tall as its talking point's lines, the other cells one line", () => {
    const rows = new TableRowLines([5, 6], [14, 14, 6, 26, 18, 28, 44]);
    const row = [0, "王", "C1", "甲", "", "定期回访", "邮箱：c1@ex.com\n最近购买：C"];
    expect(rows.of(row)).toBe(2);
    expect(rowLines(row, undefined, [5, 6], [14, 14, 6, 26, 18, 28, 44], 6, true)).toBe(2);
  });

  // Reviewer11 D5: the call-sheet case below checks the end result, which ed64dd3's shared widths
  // (the talking point is pooled with the reason, and a pooled column wraps when any text takes two
  // lines) gave before 03cf90c. This one is a column of its own, not pooled: only 03cf90c's rule (a
  // line feed wraps its column, fitTableColumn) makes it two lines; it fails on ed64dd3's
  // columnWidths.ts.
  test("a short value typed with Alt+Enter on the Data quality tab is written two lines tall", async () => {
    const finding: Finding = {
      sheet: "交易",
      kind: "transactions",
      row: 7,
      column: "金额",
      code: "unparseable_value",
      severity: "error",
      value: "12\n元",
      message: { "zh-CN": "金额无法读取", "en-US": "Amount unreadable" },
    };
    const table = dataQualityTable([finding], "zh-CN");
    const sheet = await tableSheetXml(table, "zh-CN");
    const ht = /<row r="2" ht="(\d+)" customHeight="1">/.exec(sheet);
    expect(ht ? Number(ht[1]) : TABLE_ROW_HEIGHT).toBe(rowHeight(2, true));
  });

  // tester13 #3: a grouped row's list printed "…370、37" / "3 行）" in LibreOffice, a lone "）".
  test("a grouped Data quality message is written broken between numbers, as tall as its lines", async () => {
    const list = Array.from({ length: 20 }, (_, k) => 316 + 3 * k).join("、");
    const text = `客户编号“C000”不在客户表中，此行未使用（同样的问题共 20 行：第 ${list} 行）`;
    const finding: Finding = {
      sheet: "交易",
      kind: "transactions",
      row: 316,
      column: "客户编号",
      code: "unknown_customer",
      severity: "error",
      value: "C000",
      message: { "zh-CN": text, "en-US": text },
    };
    const table = dataQualityTable([finding], "zh-CN");
    const sheet = await tableSheetXml(table, "zh-CN");
    const written = /<t[^>]*>(客户编号“C000”[^<]*)<\/t>/.exec(sheet)![1];
    const lines = written.split("\n");
    expect(lines.length).toBeGreaterThan(2);
    expect(lines.join("").replace(/ /g, "")).toBe(text.replace(/ /g, ""));
    for (let k = 1; k < lines.length; k++) {
      expect(lines[k - 1]).toMatch(/[^\d]$/); // never "…370、37" | "3 行）"
      expect(lines[k]).not.toMatch(/^[）、]/);
    }
    const ht = /<row r="2" ht="(\d+)" customHeight="1">/.exec(sheet);
    expect(Number(ht![1])).toBe(rowHeight(lines.length, true));
  });

  test("the call sheet's e-mail rows with short cells are written two lines tall", async () => {
    // The end result (see above: ed64dd3's pooled widths gave it too).
    // C1 has an e-mail address and no phone: its contacts go by e-mail or visit, and the talking
    // point is the address on a line of its own, then the open complaint. Its regular visits have
    // a short reason (定期回访), so only the talking point's line feed makes them two lines; and
    // every talking point fits the column's 44 on one line end to end (the bug hid in the demos,
    // whose longer addresses wrapped the column anyway).
    const d = parseIsoDate;
    const asOf = d("2026-03-02");
    const dataset = smallDataset({
      asOf,
      customers: [
        { id: "C1", name: "甲", owner: "王", consent: 1, email: "c@e.cn" },
        { id: "C2", name: "乙", owner: "王", consent: 1, phone: "13800000000" },
      ],
      complaints: [{ customer: 0, receivedAt: d("2026-02-27") + 0.3, cause: 0 }],
    });
    const analysis = {
      valueTier: Int8Array.of(0, 1),
      churnLevel: Int8Array.of(0, 0),
      lifecycleStage: Int8Array.of(3, 3),
      monetary: Float64Array.of(8_000, 6_000),
      churnProbability: Float64Array.of(0.95, 0.9),
      churnReasons: { codes: new Int8Array(6).fill(-1), figures: new Float64Array(24) },
    } as unknown as CustomerAnalysis;
    const schedule = scheduleFollowUps({
      dataset,
      analysis,
      lastPurchase: Float64Array.of(d("2025-10-01"), d("2025-10-01")),
      rules: followUpRulesSchema.parse({ birthdayCare: false, holidayCare: false }),
      asOf,
    });
    const table = followUpTable(schedule, dataset, "zh-CN", {
      analysis,
      lastPurchase: new Float64Array(2).fill(NaN),
      asOf,
      mask: false,
      churnLevels: DEFAULTS.churn.levels,
    });
    const talkingPoint = table.columns.findIndex((c) => c.key === "talkingPoint");
    const reason = table.columns.findIndex((c) => c.key === "reason");
    const rows = table.rows(0, table.rowCount);
    const twoLine = rows.flatMap((r, i) => {
      const point = r[talkingPoint];
      return typeof point === "string" && point.includes("\n") && r[reason] === "定期回访"
        ? [i + 2]
        : [];
    });
    expect(twoLine.length).toBeGreaterThan(0);
    for (const r of rows) expect(textWidth(String(r[talkingPoint])) + 2).toBeLessThanOrEqual(44);
    const sheet = await tableSheetXml(table, "zh-CN");
    for (const r of twoLine) {
      const ht = new RegExp(`<row r="${r}" ht="(\\d+)" customHeight="1">`).exec(sheet);
      expect({ row: r, height: ht ? Number(ht[1]) : TABLE_ROW_HEIGHT }).toEqual({
        row: r,
        height: rowHeight(2, true),
      });
    }
  });
});

describe("fitsLine (TableRowLines' one-line test before textLines)", () => {
  it("passes a phone number, and no text that textLines counts in more than one line", () => {
    expect(fitsLine("181 2675 2110", textRoom(18))).toBe(true);
    expect(fitsLine("a\nb", textRoom(50))).toBe(false);
    // Characters of every kind wrapLines measures: Latin, CJK, a surrogate pair, an em dash, spaces.
    const unit = fc.constantFrom(
      "a",
      "W",
      "i",
      " ",
      "-",
      "客",
      "（",
      "）",
      "，",
      "\u2014",
      "\u00e9",
      "😀",
      "1",
    );
    fc.assert(
      fc.property(
        fc.array(unit, { maxLength: 40 }),
        fc.integer({ min: 6, max: 60 }),
        (parts, w) => {
          const text = parts.join("");
          const width = w / 2;
          if (fitsLine(text, textRoom(width))) expect(textLines(text, width)).toBe(1);
        },
      ),
      { numRuns: 2000 },
    );
  });
});
