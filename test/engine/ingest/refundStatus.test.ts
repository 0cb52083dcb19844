// tester56 U29 / tester55 U7: a 抖店 order export lists each order once, its 订单状态 (已完成 / 已发货
// / 待发货 / 已关闭) beside a 售后状态 (退款成功 / 售后关闭 / -). The refunded orders (7,001 of 150,000)
// were warned but counted (+5.4 % revenue), and 待发货 (paid, not yet shipped) said unknown
// (/work/notes/stop56/tester56/s2/dd/抖店订单_3000.csv: 275,494 in the year, 287,305.4 before).
import { analyzeWorkbook } from "../../../src/engine/analyze";
import type { Grid } from "../../../src/engine/cells";
import { memorySource } from "../../../src/engine/ingest/memorySource";
import { ingestWorkbook } from "../../../src/engine/ingest/workbook";
import { epochDay } from "../../../src/engine/parse/date";
import { defaultRules } from "../../../src/engine/rules";

const asOf = epochDay(2026, 11, 30);

function shop(): Record<string, Grid> {
  const orders: Grid = [
    ["主订单编号", "客户编号", "订单提交时间", "订单应付金额", "订单状态", "售后状态"],
  ];
  const rows: [string, string, string][] = [
    ["已完成", "-", "2026-06-01"],
    ["已完成", "退款成功", "2026-06-02"],
    ["已发货", "退款成功", "2026-06-03"],
    ["待发货", "-", "2026-11-28"],
    ["已完成", "售后关闭", "2026-06-05"],
    ["已关闭", "售后关闭", "2026-06-06"],
  ];
  rows.forEach(([status, after, day], k) =>
    orders.push([`D${k}`, "C1", day, 100 + k, status, after]),
  );
  return { 客户: [["客户编号"], ["C1"]], 订单: orders };
}

test("售后状态 退款成功 is a refunded order, not a purchase; 待发货 a sale", async () => {
  const { dataset, findings } = await ingestWorkbook(memorySource(shop()), { asOf });
  expect(dataset.sources.transactions!.columns.refundStatus).toBe("售后状态");
  // 已完成 -, 待发货 -, 已完成 售后关闭: used. 退款成功 ×2 and 已关闭: not.
  expect(Array.from(dataset.transactions.amount)).toEqual([100, 103, 104]);
  const refunded = findings.find((f) => f.code === "row_kind_refunded")!;
  expect(refunded.column).toBe("售后状态");
  expect(refunded.row).toBe(3);
  expect(refunded.message["zh-CN"]).toContain("2 行写着“退款成功”");
  expect(refunded.message["en-US"]).toContain("退款成功");
  // Nothing left unknown, nothing warned as counted.
  expect(findings.map((f) => f.code)).not.toContain("row_kind_unknown");
  expect(findings.map((f) => f.code)).not.toContain("returns_written_positive");
});

test("the run says the refunded rows are not used", async () => {
  const a = await analyzeWorkbook(memorySource(shop()), { rules: defaultRules(), asOf });
  const said = a.warnings.filter((w) => w.code === "rows_not_used").map((w) => w.message["en-US"]);
  expect(said.some((m) => m.includes("售后状态") && m.includes("退款成功"))).toBe(true);
});
