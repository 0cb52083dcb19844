/**
 * tester67 U316, end to end (A3_messy_amounts.xlsx cut to its kinds of cell,
 * /work/notes/stop67/tester67/): a front desk's amounts `退3648`, `4800（95折）` and `微信1200` were
 * refused row by row ("无法识别为金额，此行未使用"); and a small share of the money was said as
 * "占全部交易金额的 0%".
 */
import { analyzeWorkbook } from "../../../src/engine/analyze";
import type { Grid } from "../../../src/engine/cells";
import { memorySource } from "../../../src/engine/ingest/memorySource";
import { epochDay } from "../../../src/engine/parse/date";
import { defaultRules } from "../../../src/engine/rules";
import { sharePercent } from "../../../src/engine/words/format";

const customers: Grid = [["学员编号", "姓名"], ["S1"], ["S2"], ["S3"]];
const run = (sheets: Record<string, Grid>) =>
  analyzeWorkbook(memorySource({ 学员: customers, ...sheets }), {
    rules: defaultRules(),
    asOf: epochDay(2026, 11, 30),
  });

test("退3648, 4800（95折） and 微信1200 are read: a refund, a note, a way of paying", async () => {
  const a = await run({
    收费记录: [
      ["日期", "学员编号", "项目", "金额"],
      ["2026-09-01", "S1", "48课时包", "4800（95折）"],
      ["2026-09-03", "S2", "48课时包", "4800"],
      ["2026-09-05", "S3", "24课时包", "微信1200"],
      ["2026-10-08", "S2", "退费", "退3648"],
      ["2026-10-10", "S3", "教材", "微信：300元"],
    ],
  });
  // Before: 3 of 5 rows refused, revenue 4,800 (4800 alone).
  expect(a.dataset.counts.transactions).toMatchObject({ read: 5, used: 5, rejected: 0 });
  expect(a.kpis.revenue).toBe(4800 + 4800 + 1200 - 3648 + 300);
  expect(a.findings.filter((f) => f.code === "unparseable_value")).toEqual([]);
});

test("a way of paying from the shop's own stored value is still refused and named", async () => {
  const a = await run({
    收费记录: [
      ["日期", "学员编号", "项目", "金额"],
      ["2026-09-01", "S1", "48课时包", "4800"],
      ["2026-09-03", "S2", "48课时包", "会员卡1200"],
    ],
  });
  expect(a.kpis.revenue).toBe(4800);
  expect(a.findings.find((f) => f.code === "unparseable_value")).toMatchObject({
    sheet: "收费记录",
    row: 3,
    column: "金额",
  });
});

test("a small share of the money is said as <0.1%, not 0% (rows with no year)", async () => {
  // Two sheets by month with no year anywhere (as sheetYear.test's): the 1.6 rows left out.
  const month = (m: number): Grid => [
    ["营业流水"],
    ["日期", "学员编号", "项目", "金额"],
    [`2026/${m}/5`, "S1", "48课时包", 1_495_000],
    [`${m}.6`, "S2", "教材", 600],
  ];
  const a = await run({ 国贸店1月: month(1), 国贸店2月: month(2) });
  const w = a.warnings.find((x) => x.code === "rows_no_year");
  expect(w?.message["zh-CN"]).toContain("金额共 1,200（占全部交易金额的 <0.1%）");
  expect(w?.message["en-US"]).toContain("1,200 in all (<0.1% of all sale amounts)");
});

test("shares as a warning writes them", () => {
  expect(
    [
      [1_200, 2_990_804],
      [4, 1_000],
      [458, 726],
      [999, 1_000],
      [99_999, 100_000],
      [0, 10],
      [10, 10],
      [5, 0],
    ].map(([part, whole]) => sharePercent(part, whole)),
  ).toEqual(["<0.1", "0.4", "63", "99.9", ">99.9", "0", "100", "0"]);
});
