import { analyzeWorkbook } from "../../../src/engine/analyze";
import type { Grid } from "../../../src/engine/cells";
import { memorySource } from "../../../src/engine/ingest/memorySource";
import { epochDay } from "../../../src/engine/parse/date";
import { defaultRules } from "../../../src/engine/rules";

// tester66 U240 (一叶茶庄-b.xlsx, /work/notes/stop66/tester66/tea/gen.js, cut to two customers): a
// 小程序 售后 export (售后单号, 订单号, 客户编号, 申请时间, 退款金额, 退款原因, 售后状态 退款成功 / 已拒绝)
// beside the orders was only one of the "未读取的工作表" on the console: ¥1,658 of refunds stayed in
// the revenue without a word. Not read (its rows are refunds against orders, not sales), it is said
// where the figures are read, as a sheet of returns.

const customers: Grid = [
  ["客户昵称", "真实姓名", "客户编号"],
  ["静静", "林静", "13800000002"],
  ["小孙", "孙丽", "13800000007"],
];
const orders: Grid = [
  ["订单号", "下单时间", "买家昵称", "客户编号", "商品名称", "实付金额", "订单状态"],
  ["E1", "2026-06-01 10:00:00", "静静", "13800000002", "白牡丹", "268.00", "交易成功"],
  ["E2", "2026-10-10 10:00:00", "小孙", "13800000007", "正山小种", "458.00", "交易成功"],
];
const afterSales: Grid = [
  ["售后单号", "订单号", "客户编号", "申请时间", "退款金额", "退款原因", "售后状态"],
  ["SH1001", "", "13800000002", "2026-06-01 09:12:00", 268, "不想要了", "已拒绝"],
  ["SH1003", "E2", "13800000007", "2026-10-14 09:12:00", 458, "茶叶有霉味，要求退款", "退款成功"],
];

test("a 售后 refund export beside the orders is said as refunds not taken off (U240)", async () => {
  const a = await analyzeWorkbook(
    memorySource({ 会员列表: customers, 订单导出: orders, 售后: afterSales }),
    { rules: defaultRules(), asOf: epochDay(2026, 12, 6) },
  );
  expect(a.dataset.sources.transactions!.parts).toBeUndefined();
  expect(a.kpis.revenue).toBe(726);
  // Before: no warning of it.
  const w = a.warnings.find((x) => x.code === "returns_sheet_unread")!;
  // tester66 U240: with the money, as rows_no_year says its own (before: no amount): the 退款成功
  // row's 458, not the 已拒绝 one's 268; 458 of the revenue's 726 is 63 %.
  expect(w.message["zh-CN"]).toContain(
    "以下 1 个工作表看来记录的是退货，没有读取：“售后”。收入、购买次数和最近购买日期都没有减去其中的退货。要计入，请把退货行并到“订单导出”表中",
  );
  expect(w.message["en-US"]).toContain(
    "Sheet “售后” apparently holds returns and was not read: the revenue, purchase counts and last-purchase dates do not subtract its returns.",
  );
  expect(w.message["zh-CN"]).toMatch(/然后重新运行。其中退款共 458，相当于收入的 63%。$/);
  expect(w.message["en-US"]).toMatch(/ Their refunds come to 458 in all \(63% of the revenue\)\.$/);
});
