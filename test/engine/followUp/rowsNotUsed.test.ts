// Tester53 N2: 69 of 788 sales rows unreadable (HK$ amounts, 月小计 lines) were said on the console
// only: the Overview had no 注意 / Warning row and the JSON's warnings were empty.
import { analyzeWorkbook } from "../../../src/engine/analyze";
import type { Cell } from "../../../src/engine/cells";
import { memorySource } from "../../../src/engine/ingest/memorySource";
import { epochDay, isoDate } from "../../../src/engine/parse/date";
import { analysisTables } from "../../../src/engine/report/tabs";
import { defaultRules } from "../../../src/engine/rules";

const asOf = epochDay(2025, 12, 31);

/** 20 customers buying 1,000 every 40 days; `bad` more rows whose amount no one can read (待定). */
function sheets(bad: number): Record<string, Cell[][]> {
  const customers: Cell[][] = [["客户编号", "客户名称"]];
  const transactions: Cell[][] = [["客户编号", "日期", "金额"]];
  for (let c = 1; c <= 20; c++) {
    customers.push([c, `客户${c}`]);
    for (let back = c * 3; back < 500; back += 40)
      transactions.push([c, isoDate(asOf - back), 1000]);
  }
  for (let i = 0; i < bad; i++) transactions.push([1 + (i % 20), isoDate(asOf - i), "待定"]);
  return { 客户: customers, 交易: transactions };
}

const run = (bad: number) =>
  analyzeWorkbook(memorySource(sheets(bad)), { rules: defaultRules(), asOf });

function warningRows(a: Awaited<ReturnType<typeof run>>, lang: "zh-CN" | "en-US") {
  const t = analysisTables(a, lang, { at: asOf, durationSeconds: 1, source: "cli" }).find(
    (x) => x.tab === "overview",
  )!;
  return t
    .rows(0, t.rowCount)
    .filter((r) => r[0] === (lang === "zh-CN" ? "注意" : "Warning"))
    .map((r) => String(r[1]));
}

describe("rows_not_used: the Overview says when many rows were not used", () => {
  test("many unreadable amounts: a 注意 / Warning row in both languages naming the data-quality tab", async () => {
    const a = await run(60);
    expect(a.findings.some((f) => f.code === "many_unreadable")).toBe(true);
    const w = a.warnings.filter((x) => x.code === "rows_not_used");
    expect(w).toHaveLength(1);
    const read = a.dataset.counts.transactions!.read;
    const unused = a.dataset.counts.transactions!.rejected;
    expect(unused).toBe(60);
    // The unused rows are listed customers' (all 20 are at risk or scheduled): they are named
    // in a warning of their own (listed_rows_not_used, tester56 U26), after this one.
    expect(a.warnings.map((x) => x.code)).toEqual(["rows_not_used", "listed_rows_not_used"]);
    const zh = warningRows(a, "zh-CN");
    expect(zh).toHaveLength(2);
    expect(zh[0].replace(/\n/g, "")).toContain(`${read} 行中有 ${unused} 行未计入本报告`);
    expect(zh[0].replace(/\n/g, "")).toContain("详见“数据质量”表");
    const en = warningRows(a, "en-US");
    expect(en[0].replace(/\n/g, " ")).toMatch(
      new RegExp(`${unused} of ${read} rows are not in this report`),
    );
    expect(en[0]).toContain("Data quality");
  });

  // An input read from several sheets: its counts are all its sheets', so all are named (NY2 of
  // fix66c: "11月：250 行中有 30 行", 250 the rows of 交易, 11月 and 12月).
  test("an input of several sheets: the warning names them all", async () => {
    const s = sheets(0);
    const header = s["交易"][0];
    s["11月"] = [
      header,
      ...Array.from({ length: 40 }, (_, i) => [1 + (i % 20), "2025-11-03", "待定"]),
    ];
    s["12月"] = [header, [1, "2025-12-03", 1000]];
    const a = await analyzeWorkbook(memorySource(s), { rules: defaultRules(), asOf });
    const w = a.warnings.find((x) => x.code === "rows_not_used")!;
    const read = a.dataset.counts.transactions!.read;
    expect(w.message["zh-CN"]).toContain(
      `“交易”、“11月”、“12月”：${read} 行中有 40 行未计入本报告`,
    );
    expect(w.message["en-US"]).toMatch(
      /^“交易”, “11月”, “12月”: 40 of \d+ rows are not in this report/,
    );
  });

  test("a few unreadable rows (no many_unreadable finding): no warning", async () => {
    const a = await run(2);
    expect(a.warnings.filter((x) => x.code === "rows_not_used")).toEqual([]);
  });
});

/**
 * tester60 U95: a franchise's 美团 / 饿了么 orders carry masked phones (138****1111), not on the member
 * list: 518 of 1,442 rows and ¥17,331 of ¥44,308 were left out, said only by Data quality rows asking
 * to add a masked number to the customer list. Now a run warning (the Overview's 注意, the pane, the
 * JSON) says how many rows, the first, and that masked numbers cannot be matched; since tester64 U194
 * a single unknown ID's row too.
 */
describe("unknown_customers: rows of customers not on the customer list", () => {
  /** `sheets(0)` plus `unknown` rows of IDs not on the list, every other one masked if `masked`. */
  function withUnknown(unknown: number, masked: boolean): Record<string, Cell[][]> {
    const s = sheets(0);
    for (let i = 0; i < unknown; i++)
      s["交易"].push([
        masked && i % 2 === 0 ? `138****${String(1000 + i)}` : `9${String(i).padStart(4, "0")}`,
        isoDate(asOf - 10 - i),
        25,
      ]);
    return s;
  }
  const analyse = (s: Record<string, Cell[][]>) =>
    analyzeWorkbook(memorySource(s), { rules: defaultRules(), asOf });

  test("masked platform numbers: said with the count, the first row and why they cannot be matched", async () => {
    const a = await analyse(withUnknown(40, true));
    const read = a.dataset.counts.transactions!.read;
    const w = a.warnings.filter((x) => x.code === "unknown_customers");
    expect(w).toHaveLength(1);
    const zh = warningRows(a, "zh-CN").join("").replace(/\n/g, "");
    expect(zh).toContain(`${read} 行中有 40 行的客户编号不在客户表中，未计入本报告`);
    expect(zh).toContain("（“138****1000”）");
    expect(zh).toContain("其中 20 行的客户编号是打了码的号码（如 138****1000");
    const en = warningRows(a, "en-US").join(" ").replace(/\n/g, " ");
    expect(en).toContain(`40 of ${read} rows have customer IDs not on the customer list`);
    expect(en).toContain("20 of them have masked numbers as the ID (such as 138****1000");
    // The other 20 (plain IDs) get the add-or-correct advice, counted apart (reviewer60 R10).
    expect(w[0].message["zh-CN"]).toContain("如这 20 行是客户表漏登的客户，请在客户表中补上");
    // Each masked row's Data quality message says so too, not "add the customer".
    const rows = a.findings.filter((f) => f.code === "unknown_customer");
    const maskedRow = rows.find((f) => f.value === "138****1000")!;
    expect(maskedRow.message["zh-CN"]).toContain("是打了码的号码");
    expect(maskedRow.message["en-US"]).toContain("is a masked number");
    expect(rows.find((f) => f.value === "90001")!.message["zh-CN"]).toContain("请在客户表中补上");
  });

  test("unknown IDs, none masked: said with add-or-correct advice, one row too", async () => {
    const many = await analyse(withUnknown(12, false));
    const w = many.warnings.filter((x) => x.code === "unknown_customers");
    expect(w).toHaveLength(1);
    expect(w[0].message["zh-CN"]).toContain("12 行的客户编号不在客户表中");
    expect(w[0].message["zh-CN"]).toContain("请在客户表中补上");
    expect(w[0].message["en-US"]).toContain("add them there");
    // reviewer60 R10: a till's 散客 (walk-in) is no customer to add.
    const walkIns = withUnknown(0, false);
    for (let i = 0; i < 10; i++) walkIns["交易"].push(["散客", isoDate(asOf - 5 - i), 30]);
    const w2 = (await analyse(walkIns)).warnings.filter((x) => x.code === "unknown_customers");
    expect(w2).toHaveLength(1);
    expect(w2[0].message["zh-CN"]).toContain("其中 10 行的客户编号是“散客”这类散客记法");
    expect(w2[0].message["zh-CN"]).not.toContain("请在客户表中补上");
    expect(w2[0].message["en-US"]).toContain("10 of them are walk-in sales");
    expect(w2[0].message["en-US"]).not.toContain("add them there");
    // tester64 U194: one new buyer's order, under 1 % of the rows, was said on Data quality only.
    const one = await analyse(withUnknown(1, false));
    expect(one.findings.filter((f) => f.code === "unknown_customer")).toHaveLength(1);
    const w1 = one.warnings.filter((x) => x.code === "unknown_customers");
    expect(w1).toHaveLength(1);
    expect(w1[0].message["zh-CN"]).toContain("1 行的客户编号不在客户表中");
  });
});
