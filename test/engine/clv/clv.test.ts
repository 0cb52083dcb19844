import fc from "fast-check";
import { expectedPurchases, groupAlive } from "../../../src/engine/clv/bgnbd";
import { groupSummaries } from "../../../src/engine/clv/group";
import { fitBgNbd } from "../../../src/engine/clv/bgnbdFit";
import {
  customerLifetimeValue,
  monthlyDiscountRate,
  type ClvOptions,
} from "../../../src/engine/clv/clv";
import { fitGammaGamma } from "../../../src/engine/clv/gammaGamma";
import { loadCdnowSummary } from "../../fixtures/cdnow/load";

const cdnow = loadCdnowSummary();
const bgnbdFit = fitBgNbd(cdnow);
const spendFit = fitGammaGamma(cdnow);
if (!bgnbdFit.ok || !spendFit.ok) throw new Error("CDNOW fits failed");
const bgnbd = bgnbdFit;
const spend = spendFit;
const first10 = {
  frequency: cdnow.frequency.slice(0, 10),
  recency: cdnow.recency.slice(0, 10),
  age: cdnow.age.slice(0, 10),
};
const spend10 = cdnow.averageSpend.slice(0, 10);

describe("customerLifetimeValue", () => {
  it("reproduces lifetimes' published CLV (time=12, discount_rate=0.01, freq 'D' = 30 units/month)", () => {
    const want = [
      140.096211, 18.943467, 38.180574, 38.180574, 38.180574, 1003.868107, 28.109683, 38.180574,
      167.418216, 38.180574,
    ];
    const got = customerLifetimeValue(bgnbd, spend, first10, spend10, {
      horizonMonths: 12,
      monthlyDiscountRate: 0.01,
      unitsPerMonth: 30,
    });
    want.forEach((w, i) => expect(got[i]).toBeCloseTo(w, 3));
  });

  it("matches lifetimes with freq 'W' (4.345 weeks per month; recomputed, not published)", () => {
    const want = [
      36.2785, 4.6375, 8.3441, 8.3441, 8.3441, 283.5234, 6.8814, 8.3441, 43.3536, 8.3441,
    ];
    const got = customerLifetimeValue(bgnbd, spend, first10, spend10, { unitsPerMonth: 4.345 });
    want.forEach((w, i) => expect(got[i]).toBeCloseTo(w, 3));
  });

  it("uses 365.25/12 days per month by default and accepts an annual rate", () => {
    const weeks = customerLifetimeValue(bgnbd, spend, first10, spend10, { timeUnitDays: 7 });
    const explicit = customerLifetimeValue(bgnbd, spend, first10, spend10, {
      unitsPerMonth: 365.25 / 12 / 7,
    });
    expect(Array.from(weeks)).toEqual(Array.from(explicit));
    const annual = customerLifetimeValue(bgnbd, spend, first10, spend10, {
      annualDiscountRate: Math.pow(1.01, 12) - 1,
      timeUnitDays: 7,
    });
    annual.forEach((v, i) => expect(v).toBeCloseTo(weeks[i], 9));
    expect(monthlyDiscountRate({ annualDiscountRate: 0.1 })).toBeCloseTo(0.00797414, 8);
    expect(monthlyDiscountRate()).toBe(0.01);
  });

  it("is the discounted sum of monthly expected purchases times expected spend", () => {
    // One month, no discounting: expected purchases in a month × expected spend.
    const got = customerLifetimeValue(bgnbd, spend, first10, spend10, {
      horizonMonths: 1,
      monthlyDiscountRate: 0,
      unitsPerMonth: 4,
    });
    const x = first10.frequency[0];
    const m = spend10[0];
    const purchases = expectedPurchases(bgnbd, 4, x, first10.recency[0], first10.age[0]);
    const perPurchase = (spend.p * (spend.gamma + x * m)) / (spend.p * x + spend.q - 1);
    expect(got[0]).toBeCloseTo(purchases * perPurchase, 10);
  });

  it("gives NaN to customers without purchases and 0 for a zero horizon", () => {
    const summary = {
      frequency: Float64Array.of(NaN, 0),
      recency: Float64Array.of(NaN, 0),
      age: Float64Array.of(NaN, 20),
    };
    const value = customerLifetimeValue(bgnbd, spend, summary, Float64Array.of(NaN, NaN), {
      timeUnitDays: 7,
    });
    expect(value[0]).toBeNaN();
    expect(value[1]).toBeGreaterThan(0); // no repeat purchase yet: population mean spend
    const none = customerLifetimeValue(bgnbd, spend, summary, Float64Array.of(NaN, NaN), {
      horizonMonths: 0,
      timeUnitDays: 7,
    });
    expect(none[1]).toBe(0);
  });

  it("rejects impossible options", () => {
    const attempt =
      (options: ClvOptions, values = spend10) =>
      () =>
        customerLifetimeValue(bgnbd, spend, first10, values, options);
    expect(attempt({ horizonMonths: -1, timeUnitDays: 7 })).toThrow(RangeError);
    expect(attempt({ horizonMonths: 1.5, timeUnitDays: 7 })).toThrow(RangeError);
    expect(attempt({ monthlyDiscountRate: -1, timeUnitDays: 7 })).toThrow(RangeError);
    expect(attempt({ timeUnitDays: 0 })).toThrow(RangeError);
    expect(attempt({ timeUnitDays: 7 }, spend10.slice(0, 3))).toThrow(RangeError);
  });

  it("grows with the horizon and shrinks with the discount rate (property)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2356 }),
        fc.integer({ min: 1, max: 36 }),
        fc.double({ min: 0, max: 0.2, noNaN: true }),
        (i, months, rate) => {
          const one = {
            frequency: cdnow.frequency.slice(i, i + 1),
            recency: cdnow.recency.slice(i, i + 1),
            age: cdnow.age.slice(i, i + 1),
          };
          const m = cdnow.averageSpend.slice(i, i + 1);
          const value = (h: number, d: number) =>
            customerLifetimeValue(bgnbd, spend, one, m, {
              horizonMonths: h,
              monthlyDiscountRate: d,
              timeUnitDays: 7,
            })[0];
          const base = value(months, rate);
          return (
            base >= 0 &&
            value(months + 1, rate) >= base &&
            value(months, rate + 0.05) <= base + 1e-12
          );
        },
      ),
      { numRuns: 100, seed: 4 },
    );
  });

  it("reads P(alive) per group when given (bgnbd.ts groupAlive, as the model has it), else takes it", () => {
    const options = { horizonMonths: 12, monthlyDiscountRate: 0.01, timeUnitDays: 7 };
    const alive = groupAlive(bgnbd, groupSummaries(cdnow));
    const own = customerLifetimeValue(bgnbd, spend, cdnow, cdnow.averageSpend, options);
    expect(customerLifetimeValue(bgnbd, spend, cdnow, cdnow.averageSpend, options, alive)).toEqual(
      own,
    );
    // The groups' figures are read, not recomputed: a different P(alive) gives other values.
    const half = alive.map((p) => p / 2);
    const halved = customerLifetimeValue(bgnbd, spend, cdnow, cdnow.averageSpend, options, half);
    expect(halved[0]).not.toBe(own[0]);
  });
});
