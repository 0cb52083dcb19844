import fc from "fast-check";
import { tierCuts, tierOf } from "../../../src/engine/segmentation/valueTier";

const tiersOf = (xs: number[], high = 0.8, medium = 0.15) => {
  const cuts = tierCuts(Float64Array.from(xs), high, medium);
  return xs.map((x) => tierOf(x, cuts));
};

describe("value tier by cumulative revenue share", () => {
  it("80 / 15 / 5", () => {
    expect(tierCuts(Float64Array.of(80, 15, 5), 0.8, 0.15)).toEqual({ highMin: 80, mediumMin: 15 });
    expect(tiersOf([5, 80, 15])).toEqual([2, 0, 1]);
  });

  it("the customer who crosses 80% is high; the rest follow", () => {
    // 50 + 40 = 90% crosses 80%: both high (the second starts at 50% < 80%).
    expect(tiersOf([50, 40, 6, 4])).toEqual([0, 0, 1, 2]);
  });

  it("equal spenders share a tier even across the boundary", () => {
    expect(tiersOf([10, 10, 10, 10, 10, 10, 10, 10, 10, 10])).toEqual(new Array(10).fill(0));
  });

  it("reads the positive end of a sorted copy it is given, the same cuts as its own sort", () => {
    const values = fc.array(
      fc.oneof(fc.double({ min: -50, max: 500, noNaN: true }), fc.constantFrom(0, -0, NaN, 7)),
      { maxLength: 60 },
    );
    fc.assert(
      fc.property(values, fc.array(fc.boolean(), { maxLength: 60 }), (xs, drop) => {
        const monetary = Float64Array.from(xs);
        const own = tierCuts(monetary, 0.8, 0.15);
        // Every value (the active buyers hold every positive spend) …
        expect(tierCuts(monetary, 0.8, 0.15, Float64Array.from(xs).sort())).toEqual(own);
        // … or some of them: a positive one left out and it sorts its own.
        const some = Float64Array.from(xs.filter((_, i) => !drop[i])).sort();
        expect(tierCuts(monetary, 0.8, 0.15, some)).toEqual(own);
      }),
      { numRuns: 300 },
    );
    // A sorted copy that misses a positive spend must not be read: 80 alone would be high.
    expect(tierCuts(Float64Array.of(80, 15, 5), 0.8, 0.15, Float64Array.of(5, 15))).toEqual({
      highMin: 80,
      mediumMin: 15,
    });
  });

  it("no or negative spend is low", () => {
    expect(tiersOf([0, -5, 100])).toEqual([2, 2, 0]);
    expect(tiersOf([0, 0])).toEqual([2, 2]);
  });

  const spends = fc.array(fc.integer({ min: -100, max: 1000 }), { minLength: 1, maxLength: 50 });

  it("property: spending more never gives a lower tier (population fixed)", () => {
    fc.assert(
      fc.property(spends, (xs) => {
        const t = tiersOf(xs);
        return xs.every((x, i) => xs.every((y, j) => !(x > y) || t[i] <= t[j]));
      }),
    );
  });

  it("property: the high tier holds at least 80% of positive revenue, high+medium at least 95%", () => {
    fc.assert(
      fc.property(spends, (xs) => {
        const t = tiersOf(xs);
        const total = xs.filter((x) => x > 0).reduce((a, b) => a + b, 0);
        if (total === 0) return t.every((k) => k === 2);
        const high = xs.filter((x, i) => t[i] === 0).reduce((a, b) => a + b, 0);
        const medium = xs.filter((x, i) => t[i] === 1).reduce((a, b) => a + b, 0);
        return high >= 0.8 * total - 1e-9 && high + medium >= 0.95 * total - 1e-9;
      }),
    );
  });
});
