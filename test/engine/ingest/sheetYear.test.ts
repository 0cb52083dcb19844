import { analyzeWorkbook } from "../../../src/engine/analyze";
import type { Grid } from "../../../src/engine/cells";
import { memorySource } from "../../../src/engine/ingest/memorySource";
import { sheetYear } from "../../../src/engine/ingest/sheetYear";
import {
  epochDay,
  monthDayInYear,
  monthDayNumber,
  parseDate,
} from "../../../src/engine/parse/date";
import { defaultRules } from "../../../src/engine/rules";

// tester65 U201 (丽颜美容2026-id.xlsx, /work/notes/stop65/tester65/beauty/gen.js SAMEID=1, cut to
// two months): one sheet per store and month, titled 丽颜美容 国贸店 2026年1月 营业流水, dates
// written 2026/1/5, 1.6 or 1月8日. Those with no year were left out, 107 of 239 sale rows and 53 % of
// the money (revenue 58,796 of 125,082), and 1.6 was read as the serial 1.6, "1900-01-01 …
// an empty date", about a cell that is not empty.

const customers: Grid = [["会员编号", "姓名"], ["MR001"], ["MR006"]];
const month = (m: number, title = `丽颜美容 国贸店 2026年${m}月 营业流水`): Grid => [
  [title],
  ["日期", "会员编号", "项目", "实收金额"],
  [`2026/${m}/5`, "MR001", "补水", 100],
  [`${m}.6`, "MR006", "补水", 200],
  [`${m}月8日`, "MR001", "面部护理", 400],
];
const run = (sheets: Record<string, Grid>) =>
  analyzeWorkbook(memorySource({ 客户档案: customers, ...sheets }), {
    rules: defaultRules(),
    asOf: epochDay(2026, 12, 6),
  });

describe("dates with no year on a month's sheet whose title or name gives it (tester65 U201)", () => {
  // Said once for the input, naming its sheets (fix65e's note: one per sheet, 22 for the salon's
  // workbook; was one note on each of 国贸店1月 and 国贸店2月); a lone sheet's in its own words.
  test("the title's year: every sale counted, said once for the input's sheets", async () => {
    const a = await run({ 国贸店1月: month(1), 国贸店2月: month(2), 国贸店3月: month(3) });
    // Before: 300 (the three 2026/m/5 rows), 6 of 9 rows left out.
    expect(a.kpis.revenue).toBe(2100);
    expect(a.dataset.counts.transactions).toEqual({ read: 9, used: 9, rejected: 0, skipped: 0 });
    const said = a.findings.filter((f) => f.code === "date_year_from_sheet");
    expect(said.map((f) => [f.sheet, f.row, f.value])).toEqual([["国贸店1月", 4, "1.6"]]);
    expect(said[0].message["zh-CN"]).toBe(
      "3 个工作表共有 6 个日期没有写年份：“国贸店1月”、“国贸店2月”、“国贸店3月”。已按各工作表名称或标题中的年份读取（2026 年；如“国贸店1月”第 4 行的“1.6”读作 2026-01-06）。如有不是这一年的，请把年份写上后重新分析",
    );
    expect(said[0].message["en-US"]).toBe(
      "6 dates on 3 sheets give no year: “国贸店1月”, “国贸店2月”, “国贸店3月”. Each was read in the year its sheet's name or title gives (2026; “1.6” on “国贸店1月”, row 4, as 2026-01-06). If any is of another year, write its year and run again",
    );
    // Years of two: both said.
    const b = await run({
      国贸店12月: month(12, "丽颜美容 国贸店 2025年12月 营业流水"),
      国贸店1月: month(1),
    });
    const one = b.findings.filter((f) => f.code === "date_year_from_sheet");
    expect(one).toHaveLength(1);
    expect(one[0].message["en-US"]).toContain("(2025, 2026;");
  });

  test("one sheet's dates with no year: said in its own words", async () => {
    const a = await run({ 交易: month(1) });
    const said = a.findings.filter((f) => f.code === "date_year_from_sheet");
    expect(said[0].message["zh-CN"]).toBe(
      "A 列“日期”有 2 个日期没有写年份（如第 4 行的“1.6”）：已按本工作表名称或标题中的年份 2026 年读取（1.6 = 2026-01-06）。如有不是这一年的，请把年份写上后重新分析",
    );
    expect(said[0].message["en-US"]).toBe(
      "2 dates in column A “日期” such as “1.6” (row 4) give no year: read in 2026, the year the sheet's name or title gives (1.6 = 2026-01-06). If any is of another year, write its year and run again",
    );
  });

  test("the sheet's name's year, with no title", async () => {
    const a = await run({
      国贸店2026年1月: month(1).slice(1),
      国贸店2026年2月: month(2).slice(1),
    });
    expect(a.kpis.revenue).toBe(1400);
  });

  test("no year anywhere: left out as before, and 1.6 is a date with no year, not an empty cell", async () => {
    const a = await run({ 国贸店1月: month(1, "营业流水"), 国贸店2月: month(2, "营业流水") });
    expect(a.kpis.revenue).toBe(200);
    const six = a.findings.filter((f) => f.value === "1.6");
    expect(six.map((f) => f.code)).not.toContain("early_date");
    expect(six[0]?.message["zh-CN"]).toContain("没有年份");
    // Said where the revenue is read: how many rows and how much money (fix65e's note; before,
    // only a line per listed customer, with no money).
    // One line: every row not used is one of these (the input's "N 行中有 4 行未计入" not again).
    expect(a.warnings.map((x) => x.code)).not.toContain("rows_not_used");
    const w = a.warnings.filter((x) => x.code === "rows_no_year");
    expect(w).toHaveLength(1);
    expect(w.map((x) => x.message["zh-CN"])).toContain(
      "“国贸店1月”、“国贸店2月”：4 行交易的日期没有写年份，未计入本报告，金额共 1,200（占全部交易金额的 86%）：收入、客户分类、流失风险和回访都按缺了这些交易的数据得出。请把年份写上（如 2026/1/8），或在工作表名称或标题中写明年份（如“2026年1月”）后重新分析（详见“数据质量”表）。",
    );
    expect(w.map((x) => x.message["en-US"])).toContain(
      "“国贸店1月”, “国贸店2月”: 4 sale rows have a date with no year and were left out of this report, 1,200 in all (86% of all sale amounts): the revenue, segments, churn risk and contacts are worked out without them. Write the year (2026/1/8), or put it in the sheet's name or title (2026年1月), and run again (see the Data quality tab).",
    );
  });

  // fix65e's note: 1.6 typed in Excel is a number cell, read as the serial 1.6 (1900-01-01, "an
  // empty date"); 1.1 may be 1.10 typed (Excel drops the last 0).
  test("a month and day typed as a number: read in the sheet's year; 1.1 said as either day", async () => {
    const numbers = (title: string): Grid => [
      [title],
      ["日期", "会员编号", "项目", "实收金额"],
      [1.6, "MR001", "补水", 100],
      [1.15, "MR006", "补水", 200],
      [1.1, "MR001", "面部护理", 400],
    ];
    const a = await run({ 交易: numbers("丽颜美容 国贸店 2026年1月 营业流水") });
    expect(a.kpis.revenue).toBe(300); // before: 0 (1900-01-01, 1900-01-01, 1900-01-01)
    const days = a.dataset.transactions;
    expect([...days.day.slice(0, days.count)].sort()).toEqual([
      epochDay(2026, 1, 6),
      epochDay(2026, 1, 15),
    ]);
    const one = a.findings.find((f) => f.row === 5)!;
    expect(one.code).toBe("unparseable_value");
    expect(one.message["zh-CN"]).toBe(
      "A 列“日期”的值 1.1 是数字，可能是 1 月 1 日，也可能是 1 月 10 日（Excel 会把输入的 1.10 存成 1.1），此行未使用；请写上完整日期（如 2026/1/10）后重新分析",
    );
    expect(one.message["en-US"]).toBe(
      "“日期” (column A) value 1.1 is a number: it may be month 1 day 1, or day 10 (Excel stores 1.10 typed as 1.1); row not used: write the full date (2026/1/10, say) and run again",
    );
    expect(a.findings.map((f) => f.code)).not.toContain("early_date");
    // No year anywhere: a date with no year, as the text 1.6 is, its money said.
    const b = await run({ 国贸店1月: numbers("营业流水"), 国贸店2月: month(2) });
    const six = b.findings.find((f) => f.sheet === "国贸店1月" && f.row === 3)!;
    expect(six.message["zh-CN"]).toContain("没有年份");
    expect(b.findings.map((f) => f.code)).not.toContain("early_date");
  });

  test("sheetYear, monthDayInYear and parseDate", () => {
    expect(sheetYear("国贸店1月", [["丽颜美容 国贸店 2026年1月 营业流水"]])).toBe(2026);
    expect(sheetYear("国贸店2026年1月", [["2025年的流水"]])).toBe(2026);
    expect(sheetYear("2024-2025年收费", [["2026年"]])).toBeNull();
    expect(sheetYear("国贸店1月", [["营业流水"]])).toBeNull();
    expect(monthDayInYear("1.6", 2026)).toBe(epochDay(2026, 1, 6));
    expect(monthDayInYear("12月31日", 2026)).toBe(epochDay(2026, 12, 31));
    expect(monthDayInYear("2026/1/6", 2026)).toBeNaN();
    expect(monthDayInYear("2.30", 2026)).toBeNaN();
    expect(parseDate("1.6")).toBeNaN();
    expect(parseDate("45723")).toBe(epochDay(2025, 3, 7));
    expect(monthDayNumber(1.6)).toEqual({ text: "1.6", month: 1, day: 6, ambiguous: false });
    expect(monthDayNumber(2.3)?.ambiguous).toBe(false); // no 2月30日
    expect(monthDayNumber(12.3)?.ambiguous).toBe(true);
    expect([1.0, 0.5, 13.1, 2.31, 45723, 1.123].map(monthDayNumber)).toEqual(Array(6).fill(null));
  });
});
