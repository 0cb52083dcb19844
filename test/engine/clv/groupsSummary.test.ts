import fc from "fast-check";
import { summariseCustomers } from "../../../src/engine/aggregate/customerSummary";
import { summariseForModel, summariseGroupsForModel } from "../../../src/engine/clv/summary";
import type { Dataset } from "../../../src/engine/model";
import { makeDataset } from "../helpers/dataset";

/**
 * summariseForModel on every transaction row, returns included: it must leave the returns out by
 * itself (one definition of a purchase, the customer summary's).
 */
function fromRows(dataset: Dataset, asOf: number, timeUnitDays: number) {
  const t = dataset.transactions;
  const rows = Array.from({ length: t.count }, (_, i) => i);
  return summariseForModel(
    {
      customer: Int32Array.from(rows, (i) => t.customer[i]),
      day: Float64Array.from(rows, (i) => t.day[i]),
      amount: Float64Array.from(rows, (i) => t.amount[i]),
      customerCount: dataset.customers.count,
    },
    { asOfDay: asOf, timeUnitDays },
  );
}

const rowArb = fc.record({
  customer: fc.integer({ min: 0, max: 7 }),
  daysAgo: fc.integer({ min: 0, max: 400 }),
  // Returns (negative) and purchases, in cents so sums stay exact enough to compare.
  amount: fc.oneof(
    fc.integer({ min: 1, max: 100_000 }).map((c) => c / 100),
    fc.integer({ min: -50_000, max: -1 }).map((c) => c / 100),
  ),
});

describe("summariseGroupsForModel", () => {
  test("equals summariseForModel on all rows, returns included (randomized)", () => {
    fc.assert(
      fc.property(fc.array(rowArb, { maxLength: 120 }), fc.constantFrom(1, 7, 30), (rows, unit) => {
        const ids = Array.from({ length: 8 }, (_, c) => `C${c}`);
        const dataset = makeDataset({
          asOf: "2025-06-30",
          customers: ids,
          transactions: rows.map((r) => ({
            customer: ids[r.customer],
            date: r.daysAgo,
            amount: r.amount,
          })),
        });
        const summary = summariseCustomers(dataset);
        const got = summariseGroupsForModel(dataset, summary, {
          asOfDay: dataset.asOf,
          timeUnitDays: unit,
        });
        const want = fromRows(dataset, dataset.asOf, unit);
        expect(Array.from(got.hasPurchase)).toEqual(Array.from(want.hasPurchase));
        expect(Array.from(got.frequency)).toEqual(Array.from(want.frequency));
        expect(Array.from(got.recency)).toEqual(Array.from(want.recency));
        expect(Array.from(got.age)).toEqual(Array.from(want.age));
        for (let c = 0; c < ids.length; c++) {
          // The customer summary's own counts (every row is on or before the analysis date).
          if (got.hasPurchase[c]) {
            expect(got.frequency[c]).toBe(summary.purchaseDays[c] - 1);
            expect(got.recency[c] * unit).toBeCloseTo(
              summary.lastPurchase[c] - summary.firstPurchase[c],
              9,
            );
          }
          if (Number.isNaN(want.averageSpend[c])) expect(got.averageSpend[c]).toBeNaN();
          else expect(got.averageSpend[c]).toBeCloseTo(want.averageSpend[c], 9);
        }
      }),
      { numRuns: 300 },
    );
  });

  test("a hand-made customer: repeat days only, returns left out", () => {
    const dataset = makeDataset({
      asOf: "2025-06-30",
      customers: ["A", "B"],
      transactions: [
        { customer: "A", date: 28, amount: 10 }, // first purchase day: not a repeat
        { customer: "A", date: 14, amount: 20 },
        { customer: "A", date: 14, amount: 5 }, // same day: one purchase of 25
        { customer: "A", date: 7, amount: -8 }, // a return: not a purchase
        { customer: "A", date: 0, amount: 15 },
      ],
    });
    const s = summariseGroupsForModel(dataset, summariseCustomers(dataset), {
      asOfDay: dataset.asOf,
      timeUnitDays: 7,
    });
    expect(s.frequency[0]).toBe(2);
    expect(s.recency[0]).toBe(4);
    expect(s.age[0]).toBe(4);
    expect(s.averageSpend[0]).toBe(20);
    expect([s.hasPurchase[1], s.frequency[1]]).toEqual([0, NaN]);
  });
});
