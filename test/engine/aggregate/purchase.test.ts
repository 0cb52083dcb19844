import fc from "fast-check";
import { summariseCustomers } from "../../../src/engine/aggregate/customerSummary";
import { isReturn } from "../../../src/engine/aggregate/purchase";
import { parseIsoDate } from "../../../src/engine/parse/date";
import { smallDataset } from "../followUp/smallDataset";
import { rulesOf } from "../helpers/classify";

const asOf = parseIsoDate("2025-12-31");

test("a line with a minus sign is a return, -0 too; 0 and an unknown amount are not", () => {
  expect([-99_999, -0.01, -0].map(isReturn)).toEqual([true, true, true]);
  expect([0, 0.01, 5, NaN].map(isReturn)).toEqual([false, false, false, false]);
});

/** Each summary measure that says when and how often a customer bought. */
function purchaseMeasures(rows: { day: number; amount: number; order?: number }[]) {
  const dataset = smallDataset({
    asOf,
    customers: [{}],
    transactions: rows.map((r) => ({ customer: 0, ...r })),
  });
  const s = summariseCustomers(dataset, rulesOf({ churn: { inactiveDays: 365 } }));
  const m = s.segmentation;
  return {
    dates: {
      first: s.firstPurchase[0],
      last: s.lastPurchase[0],
      days: s.purchaseDays[0],
      orders: s.orders[0],
      segDays: m.purchaseDays[0],
      segFirst: m.firstPurchase[0],
      recency: m.recencyDays[0],
      frequency: m.frequency[0],
      wonBack: m.wonBackDay[0],
      recentCount: m.recentCount[0],
      overviewDays: s.overview.purchaseDays[0],
      overviewOrders: s.overview.orders[0],
      modelDays: s.model.purchaseDays[0],
    },
    net: s.netSpend[0],
    monetary: m.monetary[0],
  };
}

test("tester52 M8: a refund and a -0.00 line do not win back a customer silent for 702 days", () => {
  const bought = [
    { day: asOf - 767, amount: 5122.09, order: 1 },
    { day: asOf - 702, amount: 5694.14, order: 2 },
  ];
  const before = purchaseMeasures(bought);
  const after = purchaseMeasures([
    ...bought,
    { day: asOf - 58, amount: -99_999, order: 3 },
    { day: asOf - 57, amount: -0, order: 4 },
  ]);
  expect(after.dates).toEqual(before.dates);
  expect(after.dates.last).toBe(asOf - 702);
  expect(after.dates.wonBack).toBeNaN();
  expect(after.net).toBeCloseTo(5122.09 + 5694.14 - 99_999, 6);
  // A plain 0 (a free gift) stays a purchase with no spend (issue 9).
  const gift = purchaseMeasures([...bought, { day: asOf - 57, amount: 0, order: 4 }]);
  expect(gift.dates.last).toBe(asOf - 57);
  expect(gift.dates.wonBack).toBe(asOf - 57);
});

test("property: adding return lines (negative or -0) changes no purchase date or count, only spend", () => {
  const day = fc.integer({ min: -1500, max: 0 }).map((d) => asOf + d);
  const purchase = fc.record({
    day,
    amount: fc.oneof(
      fc.constant(0),
      fc.integer({ min: 1, max: 1e6 }).map((c) => c / 100),
    ),
    order: fc.integer({ min: 0, max: 9 }),
  });
  const ret = fc.record({
    day,
    amount: fc.oneof(
      fc.constant(-0),
      fc.integer({ min: -1e7, max: -1 }).map((c) => c / 100),
    ),
    order: fc.integer({ min: 10, max: 19 }),
  });
  fc.assert(
    fc.property(
      fc.array(purchase, { maxLength: 20 }),
      fc.array(ret, { minLength: 1, maxLength: 5 }),
      fc.nat(),
      (bought, returns, seed) => {
        // The returns go anywhere among the purchases (same-day ties included).
        const rows = [...bought];
        returns.forEach((r, k) => rows.splice((seed + k * 7) % (rows.length + 1), 0, r));
        const before = purchaseMeasures(bought);
        const after = purchaseMeasures(rows);
        expect(after.dates).toEqual(before.dates);
        const returned = returns.reduce((s, r) => s + r.amount, 0);
        expect(after.net).toBeCloseTo(before.net + returned, 4);
      },
    ),
    { numRuns: 300 },
  );
});
