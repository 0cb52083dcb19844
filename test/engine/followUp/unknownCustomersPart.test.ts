import { analyzeWorkbook } from "../../../src/engine/analyze";
import type { Grid } from "../../../src/engine/cells";
import { memorySource } from "../../../src/engine/ingest/memorySource";
import { epochDay } from "../../../src/engine/parse/date";
import { defaultRules } from "../../../src/engine/rules";

// tester66's L finding (一叶茶庄-b.xlsx): the unknown_customers warning of a sheet read as a part
// of the transactions said the whole input's rows as the sheet's ("门店流水：126 行中有 22 行"
// where 门店流水 holds 30): each sheet's own rows.
const customers: Grid = [
  ["客户昵称", "客户编号"],
  ["周哥", "13800000001"],
  ["静静", "13800000002"],
];
const orders: Grid = [
  ["订单号", "下单时间", "买家昵称", "客户编号", "商品名称", "实付金额", "订单状态"],
  ["E1", "2026-01-10 14:32:11", "静静", "13800000002", "白牡丹", "268.00", "交易成功"],
  ["E2", "2026-03-18 14:32:11", "静静", "13800000002", "白牡丹", "268.00", "交易成功"],
  ["E3", "2026-06-01 10:00:00", "周哥", "13800000001", "普洱", "300.00", "交易成功"],
  ["E4", "2026-07-01 10:00:00", "周哥", "13800000001", "普洱", "300.00", "交易成功"],
];
const store: Grid = [
  ["日期", "客户", "客户编号", "茶叶", "金额", "付款方式"],
  ["2026/11/3", "陈先生", "13900000005", "铁观音", "380", "微信"],
  ["2026/11/26", "周建国", "13800000001", "普洱熟茶", "600", "微信"],
];

describe("unknown customers of a sheet read as a part", () => {
  test("says the sheet's own rows, not the input's", async () => {
    const a = await analyzeWorkbook(
      memorySource({ 会员列表: customers, 订单导出: orders, 门店流水: store }),
      { rules: defaultRules(), asOf: epochDay(2026, 12, 6) },
    );
    expect(a.dataset.sources.transactions!.parts).toEqual(["订单导出", "门店流水"]);
    const w = a.warnings.filter((x) => x.code === "unknown_customers");
    expect(w).toHaveLength(1);
    expect(w[0].message["zh-CN"]).toMatch(/^门店流水：2 行中有 1 行的客户编号不在客户表中/);
    expect(w[0].message["en-US"]).toMatch(/门店流水.*1 of 2 rows|1 of the 2 rows/);
  });
});
