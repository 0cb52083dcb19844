// reviewer67 M5 (r67adj.test.ts): after 7a6a3040 an Adjusted Order Total of "-" (a sheet's "no
// adjustment", or an accounting zero typed as text) read as 0, a whole refund: the order dropped; an
// adjusted total above Order Total (a surcharge, 补差价) was ignored: the order counted at its first
// total. The rule: an adjusted cell with no figure is no adjustment; one above the amount is what
// the customer paid.
import type { Grid } from "../../../src/engine/cells";
import { memoryColumnSource, memorySource } from "../../../src/engine/ingest/memorySource";
import { ingestWorkbook, type GridSource } from "../../../src/engine/ingest/workbook";
import { epochDay } from "../../../src/engine/parse/date";

const asOf = epochDay(2026, 12, 6);
const customers: Grid = [["Customer ID"], ["C1"], ["C2"]];
const orders = (adjusted: readonly (string | number)[]): Grid => [
  ["Sale Date", "Order ID", "Customer ID", "Order Total", "Adjusted Order Total"],
  ...adjusted.map((a, k) => [`2026-10-0${k + 1}`, String(k + 1), `C${(k % 2) + 1}`, 100, a]),
];

const sources: [string, (g: Grid) => GridSource][] = [
  ["rows", (g) => memorySource({ Customers: customers, Orders: g })],
  ["columns", (g) => memoryColumnSource({ Customers: customers, Orders: g })],
];

describe.each(sources)("an adjusted total (reviewer67 M5, %s)", (_, make) => {
  test("with no figure (-, —, N/A, 无) it is no adjustment: the order stands", async () => {
    const { dataset, findings } = await ingestWorkbook(make(orders(["-", "—", "N/A", "无"])), {
      asOf,
    });
    // Before: "-" and "—" read 0, whole refunds: [100, 100] used of 4.
    expect([...dataset.transactions.amount]).toEqual([100, 100, 100, 100]);
    expect(findings.find((f) => f.code === "refund_amount_whole")).toBeUndefined();
  });

  test("above the order's total it is what the customer paid; below, adjusted down", async () => {
    const { dataset, findings } = await ingestWorkbook(make(orders([130, "$60.00", "", 0])), {
      asOf,
    });
    // Before: [100, 60, 100] (the surcharge ignored).
    expect([...dataset.transactions.amount]).toEqual([130, 60, 100]);
    const raised = findings.find((f) => f.code === "adjusted_amount_raised")!;
    expect([raised.row, raised.column]).toEqual([2, "Adjusted Order Total"]);
    expect(raised.message["en-US"]).toContain("the order counts at the adjusted total, 30 more");
    expect(raised.message["zh-CN"]).toContain("这些订单按调整后的金额计入（共多 30）");
    // Below it: a price change (改价) or a part refund, not said a refund (fix69f).
    expect(findings.find((f) => f.code === "adjusted_amount_lowered")!.row).toBe(3);
    expect(findings.find((f) => f.code === "refund_amount_whole")!.row).toBe(5);
  });
});

/**
 * fix68g left (stop 69, fix69f): a Chinese shop's 调整后订单金额 below 订单金额 on a 改价 (a price
 * change before payment) was said "部分退款": the money right (the adjusted total), the word wrong.
 */
test("调整后订单金额 below 订单金额 is said adjusted (改价 or a part refund), not a refund", async () => {
  const { dataset, findings } = await ingestWorkbook(
    memorySource({
      客户: [["客户编号"], ["C1"], ["C2"]],
      订单: [
        ["下单日期", "订单号", "客户编号", "订单金额", "调整后订单金额"],
        ["2026-10-01", "1", "C1", 100, 88],
        ["2026-10-02", "2", "C2", 100, ""],
      ],
    }),
    { asOf },
  );
  expect([...dataset.transactions.amount]).toEqual([88, 100]);
  expect(findings.map((f) => f.code)).not.toContain("refund_amount_deducted");
  const lowered = findings.find((f) => f.code === "adjusted_amount_lowered")!;
  expect(lowered.message["zh-CN"]).toBe(
    "列“调整后订单金额”有 1 行低于订单金额（第一行为第 2 行）：这些订单按调整后的金额计入（改价或部分退款，共少 12），即客户实际付出的金额",
  );
  expect(lowered.message["en-US"]).toContain("(a price change or a part refund), 12 less in all");
});
