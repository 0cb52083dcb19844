// tester60 U105: a row-type column's values of no kind we know (B2B invoices' `uncollectible` before
// fix60e, a salon's 消费 / 划卡 before fix60d) are counted as purchases: said on the console and the
// pane's data check (row_kind_unknown), but not in the JSON warnings, the Overview's 注意 / Warning
// nor the pane's results. Now the run warning row_kinds_unknown says it there. And (fix06d's
// leftover, tester60 U108) a 小计 row refused for its blank date and customer is not among the
// values "counted as purchases".
import { analyzeWorkbook } from "../../../src/engine/analyze";
import type { Grid } from "../../../src/engine/cells";
import { memoryColumnSource, memorySource } from "../../../src/engine/ingest/memorySource";
import { epochDay } from "../../../src/engine/parse/date";
import { analysisTables } from "../../../src/engine/report/tabs";
import { defaultRules } from "../../../src/engine/rules";

const asOf = epochDay(2025, 12, 31);
const each = [memorySource, memoryColumnSource].map((s) => [s.name, s] as const);

const zh: Record<string, Grid> = {
  客户: [
    ["客户编号", "客户名称"],
    ["C1", "甲"],
    ["C2", "乙"],
  ],
  交易: [
    ["日期", "客户编号", "顾客", "项目", "类型", "金额"],
    ["2025-10-01", "C1", "甲", "面部护理", "销售", 9405],
    ["2025-10-02", "C2", "乙", "面部护理", "销售", 500],
    ["2025-11-06", "C1", "甲", "面部护理", "换货", 120],
    // A month's subtotal line, as the salon's (tester60 salon/gen.js): refused, its date blank.
    ["", "", "", "", "小计", ""],
    ["2025-11-07", "C2", "乙", "面部护理", "换货", 80],
  ],
};
const en: Record<string, Grid> = {
  Customers: [
    ["Customer ID", "Name"],
    ["ap@a.com", "A Ltd"],
    ["ap@b.com", "B Ltd"],
  ],
  Invoices: [
    ["Customer ID", "Date", "Amount Paid", "Status"],
    ["ap@a.com", "2025-09-01", 4000, "paid"],
    ["ap@b.com", "2025-09-01", 3000, "paid"],
    ["ap@b.com", "2025-10-01", 3000, "disputed"],
  ],
};

const overview = async (
  sheets: Record<string, Grid>,
  lang: "zh-CN" | "en-US",
  make = memorySource,
) => {
  const a = await analyzeWorkbook(make(sheets), { rules: defaultRules(), asOf });
  const t = analysisTables(a, lang, { at: asOf, durationSeconds: 1, source: "cli" }).find(
    (x) => x.tab === "overview",
  )!;
  const said = t
    .rows(0, t.rowCount)
    .filter((r) => r[0] === (lang === "zh-CN" ? "注意" : "Warning"))
    .map((r) => String(r[1]).replace(/\n/g, ""));
  return { a, said };
};

describe("row types we do not know are said where the figures are read (tester60 U105)", () => {
  test.each(each)(
    "zh 换货: the run warning row_kinds_unknown, on the Overview too (%s)",
    async (_, make) => {
      const { a, said } = await overview(zh, "zh-CN", make);
      const w = a.warnings.filter((x) => x.code === "row_kinds_unknown");
      expect(w).toHaveLength(1);
      expect(w[0].message["zh-CN"]).toMatch(
        /^交易：列“类型”有 2 行的值不是已知的交易类型：“换货”（2 行）/,
      );
      expect(w[0].message["zh-CN"]).toContain("仍按购买计入");
      expect(said.filter((r) => r.startsWith("交易：列“类型”有 2 行"))).toHaveLength(1);
    },
  );

  test("the 小计 row, refused for its blank date and customer, is not said counted as a purchase", async () => {
    const { a } = await overview(zh, "zh-CN");
    const f = a.findings.find((x) => x.code === "row_kind_unknown")!;
    expect([f.row, f.value]).toEqual([4, "换货"]);
    expect(f.message["zh-CN"]).not.toContain("小计");
    expect(f.message["en-US"]).not.toContain("小计");
    expect(a.dataset.counts.transactions).toMatchObject({ read: 5, used: 4 });
  });

  test("en disputed: the run warning, in the JSON's words and on the Overview's Warning rows", async () => {
    const { a, said } = await overview(en, "en-US");
    const w = a.warnings.filter((x) => x.code === "row_kinds_unknown");
    expect(w).toHaveLength(1);
    expect(w[0].message["en-US"]).toMatch(/^Invoices: Column “Status”: “disputed” \(1 row\)/);
    expect(w[0].message["en-US"]).toContain("it was counted as a purchase");
    expect(said.filter((r) => r.startsWith("Invoices: Column “Status”"))).toHaveLength(1);
  });
});

// tester65 U213: a salon kept one sheet per store and month (24 sheets read as one input), each with
// its own "单次" in 类型: 24 near-identical 注意 lines, the Overview's first page nothing else. The
// sheets read as one get one line for their type column; a lone sheet keeps its own words.
test("one input's month sheets with unknown types: one warning naming the sheets", async () => {
  const month = (m: number): Grid => [
    ["日期", "客户编号", "项目", "类型", "金额"],
    [`2025-${String(m).padStart(2, "0")}-03`, "C1", "面部护理", "销售", 300],
    [`2025-${String(m).padStart(2, "0")}-05`, "C2", "面部护理", "销售", 300],
    [`2025-${String(m).padStart(2, "0")}-09`, "C2", "面部护理", "换货", 200],
  ];
  const sheets: Record<string, Grid> = { 客户: zh["客户"] };
  for (let m = 1; m <= 8; m++) sheets[`国贸店${m}月`] = month(m);
  const a = await analyzeWorkbook(memorySource(sheets), { rules: defaultRules(), asOf });
  const said = a.warnings.filter((w) => w.code === "row_kinds_unknown");
  expect(said.map((w) => w.message["zh-CN"])).toEqual([
    "“国贸店1月”、“国贸店2月”、“国贸店3月”、…、“国贸店8月”（共 8 个）：列“类型”有的行的值不是已知的交易类型（例如：“换货”），详见“数据质量”表。这些行仍按购买计入；如果是退货、作废或赠品，请写成“退货”“作废”“赠品”后重新运行。",
  ]);
  expect(said[0].message["en-US"]).toContain(
    "“国贸店1月”, “国贸店2月”, “国贸店3月”, …, “国贸店8月”: 8 in all: column “类型”",
  );
  // The Data quality tab still has each sheet's own row.
  expect(a.findings.filter((f) => f.code === "row_kind_unknown")).toHaveLength(8);
});
