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

  test("a few unreadable rows (no many_unreadable finding): no warning", async () => {
    const a = await run(2);
    expect(a.warnings.filter((x) => x.code === "rows_not_used")).toEqual([]);
  });
});
