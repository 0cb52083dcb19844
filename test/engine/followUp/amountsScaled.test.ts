/**
 * tester61 U135: a 家装 firm's 收款记录 has `金额（万元）`; the amounts were multiplied by 10,000 and
 * the console said so, but the JSON's warnings, the Overview and the pane did not (only the data
 * quality tab, as info): a header's unit read wrong would make the revenue 10,000 times off, unseen
 * by whoever reads the workbook. Now the run's warning amounts_scaled, in both languages.
 */
import { analyzeWorkbook } from "../../../src/engine/analyze";
import type { Grid } from "../../../src/engine/cells";
import { memorySource } from "../../../src/engine/ingest/memorySource";
import { epochDay } from "../../../src/engine/parse/date";
import { defaultRules } from "../../../src/engine/rules";

const asOf = epochDay(2026, 12, 6);
const customers: Grid = [
  ["客户编号", "客户姓名"],
  ["JX001", "王建国"],
  ["JX002", "李秀英"],
];

async function warnings(header: string) {
  const sales: Grid = [
    ["收款日期", "客户编号", header],
    ["2026-03-01", "JX001", 2.5],
    ["2026-06-01", "JX001", 4.4],
    ["2026-05-01", "JX002", "1.8"],
  ];
  const a = await analyzeWorkbook(memorySource({ 客户档案: customers, 收款记录: sales }), {
    rules: defaultRules(),
    asOf,
  });
  return { revenue: [...a.dataset.transactions.amount], warnings: a.warnings };
}

test("金额（万元）: the ×10,000 is the run's warning amounts_scaled", async () => {
  const { revenue, warnings: w } = await warnings("金额（万元）");
  expect(revenue).toEqual([25000, 44000, 18000]);
  const scaled = w.filter((x) => x.code === "amounts_scaled");
  expect(scaled.map((x) => x.message)).toEqual([
    {
      "zh-CN":
        "收款记录：“金额（万元）”列的标题写明单位为万元：3 个金额已乘以 10,000 换算为元（如单位不对，请改标题后重新分析）。",
      "en-US":
        "收款记录: Column “金额（万元）” states its unit as 万元: 3 amounts multiplied by 10,000 (if the unit is wrong, change the header and run again).",
    },
  ]);
});

test("金额 with no unit: no such warning", async () => {
  const { warnings: w } = await warnings("金额");
  expect(w.filter((x) => x.code === "amounts_scaled")).toEqual([]);
});
