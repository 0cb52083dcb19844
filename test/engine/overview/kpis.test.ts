import { relationshipKpis } from "../../../src/engine/overview/kpis";
import { groupByCustomer } from "../../../src/engine/aggregate/byCustomer";
import { parseIsoDate } from "../../../src/engine/parse/date";
import { smallDataset } from "../followUp/smallDataset";

const d = parseIsoDate;

describe("relationshipKpis on a hand-made window", () => {
  // Window: the 365 days to 2025-12-31 (2025-01-01 … 2025-12-31); previous: 2024-01-02 … 2024-12-31.
  const dataset = smallDataset({
    asOf: d("2025-12-31"),
    customers: [{}, {}, {}, {}],
    transactions: [
      { customer: 0, day: d("2024-06-01"), amount: 100 },
      { customer: 0, day: d("2025-03-01"), amount: 50 },
      { customer: 0, day: d("2025-03-01"), amount: 30 },
      { customer: 0, day: d("2025-07-01"), amount: -20 },
      { customer: 1, day: d("2024-05-01"), amount: 200 },
      { customer: 2, day: d("2025-02-01"), amount: 100 },
      { customer: 2, day: d("2025-08-01"), amount: 100 },
      { customer: 2, day: d("2026-01-05"), amount: 999 }, // after the analysis date: ignored
    ],
  });
  const t = dataset.transactions;
  const k = relationshipKpis({
    dataset,
    groups: groupByCustomer(t.customer, t.day, dataset.customers.count),
    analysis: {
      valueTier: Int8Array.of(0, 1, 0, 2),
      rfmSegment: Int8Array.of(1, 10, 0, -1),
      lifecycleStage: Int8Array.of(3, 5, 2, 0),
      churnLevel: Int8Array.of(2, 0, 2, 1),
    },
    windowDays: 365,
    asOf: d("2025-12-31"),
  });

  test("active, revenue, orders, average order value", () => {
    expect(k.customers).toBe(4);
    expect(k.activeCustomers).toBe(2);
    expect(k.revenue).toBe(50 + 30 - 20 + 200);
    expect(k.orders).toBe(4); // no order ids: one order per purchase row
    expect(k.averageOrderValue).toBe((50 + 30 + 100 + 100) / 4);
  });

  test("repeat purchase counts distinct days; retention follows last window's buyers", () => {
    expect(k.repeatPurchaseRate).toBe(0.5); // customer 2 bought on two days, customer 0 on one
    expect([k.previousActive, k.retained]).toEqual([2, 1]);
    expect(k.retentionRate).toBe(0.5);
    expect(k.churnRate).toBe(0.5);
  });

  test("revenue and counts by tier, segment, stage and risk", () => {
    expect(k.revenueByTier).toEqual([260, 0, 0]);
    expect(k.customersByTier).toEqual([2, 1, 1]);
    expect(k.customersBySegment[1]).toBe(1);
    expect(k.customersBySegment[11]).toBe(1); // no segment
    expect(k.revenueBySegment[0]).toBe(200);
    expect(k.customersByStage).toEqual([1, 0, 1, 1, 0, 1, 0]);
    expect(k.customersByRisk).toEqual([1, 1, 2]);
  });
});
