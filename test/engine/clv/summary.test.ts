import fc from "fast-check";
import { summariseForModel } from "../../../src/engine/clv/summary";
import {
  CALIBRATION_END_DAY,
  loadCdnowSummary,
  loadCdnowTransactions,
} from "../../fixtures/cdnow/load";

describe("summariseForModel", () => {
  it("reproduces the published CDNOW summary from the transactions (customers 1-300)", () => {
    const summary = loadCdnowSummary();
    const transactions = loadCdnowTransactions();
    const got = summariseForModel(transactions, { asOfDay: CALIBRATION_END_DAY, timeUnitDays: 7 });
    for (let c = 0; c < 300; c++) {
      expect(got.hasPurchase[c]).toBe(1);
      expect(got.frequency[c]).toBe(summary.frequency[c]);
      // The published file is rounded to 2 decimals.
      expect(Math.abs(got.recency[c] - summary.recency[c])).toBeLessThan(0.0051);
      expect(Math.abs(got.age[c] - summary.age[c])).toBeLessThan(0.0051);
      if (summary.frequency[c] > 0) {
        expect(Math.abs(got.averageSpend[c] - summary.averageSpend[c])).toBeLessThan(0.0051);
      } else {
        expect(got.averageSpend[c]).toBeNaN();
      }
    }
  });

  it("merges same-day purchases, ignores later and undated ones, and keeps non-buyers NaN", () => {
    const got = summariseForModel(
      {
        customer: Int32Array.of(0, 0, 0, 0, 0, 1, 1, 1, 3, -1, 7),
        day: Float64Array.of(10.2, 3, 10.9, 3.5, 40, 5, 5.9, NaN, 2, 1, 1),
        amount: Float64Array.of(4, 100, 6, 1, 99, 7, 8, 50, 3, 1, 1),
        customerCount: 4,
      },
      { asOfDay: 31, timeUnitDays: 7 },
    );
    // Customer 0: days 3 (first, 101), 10 (4 + 6); day 40 is after asOfDay.
    expect(got.frequency[0]).toBe(1);
    expect(got.recency[0]).toBeCloseTo(1, 12);
    expect(got.age[0]).toBeCloseTo(4, 12);
    expect(got.averageSpend[0]).toBe(10);
    // Customer 1: all purchases on day 5 → no repeat purchase.
    expect(got.frequency[1]).toBe(0);
    expect(got.recency[1]).toBe(0);
    expect(got.averageSpend[1]).toBeNaN();
    // Customer 2: no transactions.
    expect(got.hasPurchase[2]).toBe(0);
    expect(got.frequency[2]).toBeNaN();
    expect(got.age[2]).toBeNaN();
    expect(got.hasPurchase[3]).toBe(1);
    expect(got.age[3]).toBeCloseTo(29 / 7, 12);
  });

  it("counts as purchases only rows with an amount ≥ 0: a return or an unknown amount is not one (the customer summary's definition)", () => {
    const got = summariseForModel(
      {
        customer: Int32Array.of(0, 0, 0, 0, 0, 1, 1),
        day: Float64Array.of(0, 1, 2, 2, 3, 4, 5),
        // Customer 0: day 1 unknown amount, day 2 a purchase and a return, day 3 a zero purchase.
        // Customer 1: a purchase, then only a return.
        amount: Float64Array.of(5, NaN, 30, -10, 0, 8, -8),
        customerCount: 2,
      },
      { asOfDay: 5, timeUnitDays: 1 },
    );
    expect(got.frequency[0]).toBe(2); // days 0, 2, 3
    expect(got.recency[0]).toBe(3);
    expect(got.averageSpend[0]).toBe(15); // (30 + 0) / 2: the return is not subtracted
    expect(got.frequency[1]).toBe(0);
    expect(got.recency[1]).toBe(0);
    expect(got.averageSpend[1]).toBeNaN();
  });

  it("agrees with a direct per-customer computation (property)", () => {
    const transaction = fc.record({
      customer: fc.integer({ min: 0, max: 5 }),
      day: fc.oneof(fc.integer({ min: 0, max: 60 }), fc.double({ min: 0, max: 60, noNaN: true })),
      amount: fc.double({ min: 0, max: 500, noNaN: true }),
    });
    fc.assert(
      fc.property(
        fc.array(transaction, { maxLength: 80 }),
        fc.integer({ min: 0, max: 60 }),
        (rows, asOf) => {
          const got = summariseForModel(
            {
              customer: Int32Array.from(rows.map((r) => r.customer)),
              day: Float64Array.from(rows.map((r) => r.day)),
              amount: Float64Array.from(rows.map((r) => r.amount)),
              customerCount: 6,
            },
            { asOfDay: asOf, timeUnitDays: 7 },
          );
          for (let c = 0; c < 6; c++) {
            const totals = new Map<number, number>();
            for (const r of rows) {
              if (r.customer === c && Math.floor(r.day) <= asOf) {
                const d = Math.floor(r.day);
                totals.set(d, (totals.get(d) ?? 0) + r.amount);
              }
            }
            const days = [...totals.keys()].sort((u, v) => u - v);
            if (days.length === 0) {
              if (got.hasPurchase[c] !== 0 || !Number.isNaN(got.frequency[c])) return false;
              continue;
            }
            const repeat = days.slice(1).map((d) => totals.get(d)!);
            const mean = repeat.length ? repeat.reduce((s, v) => s + v, 0) / repeat.length : NaN;
            const close = (u: number, v: number) =>
              (Number.isNaN(u) && Number.isNaN(v)) ||
              Math.abs(u - v) <= 1e-9 * Math.max(1, Math.abs(v));
            if (
              got.frequency[c] !== days.length - 1 ||
              !close(got.recency[c], (days[days.length - 1] - days[0]) / 7) ||
              !close(got.age[c], (asOf - days[0]) / 7) ||
              !close(got.averageSpend[c], mean)
            ) {
              return false;
            }
          }
          return true;
        },
      ),
      { numRuns: 300, seed: 5 },
    );
  });

  it("summarises 300,000 transactions", () => {
    const n = 300_000;
    const customer = new Int32Array(n);
    const day = new Float64Array(n);
    const amount = new Float64Array(n).fill(10);
    for (let i = 0; i < n; i++) {
      customer[i] = (i * 7919) % 100_000;
      day[i] = (i * 104729) % 365;
    }
    const got = summariseForModel(
      { customer, day, amount, customerCount: 100_000 },
      { asOfDay: 364, timeUnitDays: 1 },
    );
    expect(got.frequency.every((x) => x === 2)).toBe(true);
  });
});
