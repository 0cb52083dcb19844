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

  test("above the order's total it is what the customer paid; below, a part refund", async () => {
    const { dataset, findings } = await ingestWorkbook(make(orders([130, "$60.00", "", 0])), {
      asOf,
    });
    // Before: [100, 60, 100] (the surcharge ignored).
    expect([...dataset.transactions.amount]).toEqual([130, 60, 100]);
    const raised = findings.find((f) => f.code === "adjusted_amount_raised")!;
    expect([raised.row, raised.column]).toEqual([2, "Adjusted Order Total"]);
    expect(raised.message["en-US"]).toContain("the order counts at the adjusted total, 30 more");
    expect(raised.message["zh-CN"]).toContain("这些订单按调整后的金额计入（共多 30）");
    expect(findings.find((f) => f.code === "refund_amount_deducted")!.row).toBe(3);
    expect(findings.find((f) => f.code === "refund_amount_whole")!.row).toBe(5);
  });
});
