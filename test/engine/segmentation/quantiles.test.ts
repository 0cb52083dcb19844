import fc from "fast-check";
import {
  mean,
  median,
  quintileCutPoints,
  quintileCutPointsOfSorted,
  scoreHigherBetter,
  scoreLowerBetter,
} from "../../../src/engine/segmentation/quantiles";

describe("quintile cut points and scores", () => {
  it("five distinct values get scores 1–5", () => {
    const cuts = quintileCutPoints(Float64Array.of(50, 10, 40, 20, 30));
    expect(cuts).toEqual([10, 20, 30, 40]);
    expect([10, 20, 30, 40, 50].map((v) => scoreHigherBetter(v, cuts))).toEqual([1, 2, 3, 4, 5]);
    // Recency reversed: the fewest days score 5.
    expect([10, 20, 30, 40, 50].map((v) => scoreLowerBetter(v, cuts))).toEqual([5, 4, 3, 2, 1]);
  });

  it("ten customers with the same frequency all get one score", () => {
    const values = Float64Array.of(1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 3, 4, 5, 6);
    const cuts = quintileCutPoints(values);
    const scores = Array.from(values, (v) => scoreHigherBetter(v, cuts));
    expect(new Set(scores.slice(0, 10)).size).toBe(1);
    expect(scores.slice(0, 10)[0]).toBe(1);
    // The scores above the tie are still ordered.
    expect(scores.slice(10)).toEqual([...scores.slice(10)].sort());
  });

  it("read off a sorted copy, the cut points are quintileCutPoints' (NaN and -0 too)", () => {
    const values = fc.array(
      fc.oneof(fc.double({ noDefaultInfinity: false }), fc.constantFrom(0, -0, NaN, 3)),
      { maxLength: 80 },
    );
    fc.assert(
      fc.property(values, (xs) => {
        const v = Float64Array.from(xs);
        const got = quintileCutPointsOfSorted(Float64Array.from(v).sort());
        const want = quintileCutPoints(v);
        expect(got.every((x, i) => Object.is(x, want[i]))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it("all values equal: everyone scores the same", () => {
    const cuts = quintileCutPoints(new Float64Array(7).fill(3));
    expect(scoreHigherBetter(3, cuts)).toBe(1);
    expect(scoreLowerBetter(3, cuts)).toBe(5);
  });

  it("fixed cut points read as 'at most'", () => {
    const cuts: [number, number, number, number] = [30, 90, 180, 365];
    expect([0, 30, 31, 90, 180, 181, 365, 366].map((d) => scoreLowerBetter(d, cuts))).toEqual([
      5, 5, 4, 4, 3, 2, 2, 1,
    ]);
    expect([1, 2, 3, 5, 9].map((f) => scoreHigherBetter(f, [1, 2, 4, 8]))).toEqual([1, 2, 3, 4, 5]);
  });

  it("empty: NaN cut points", () => {
    expect(quintileCutPoints(new Float64Array(0)).every(Number.isNaN)).toBe(true);
  });

  it("mean and median", () => {
    expect(mean(Float64Array.of(1, 2, 6))).toBe(3);
    expect(median(Float64Array.of(4, 1, 3, 2))).toBe(2.5);
    expect(median(Float64Array.of(9, 1, 5))).toBe(5);
    expect(mean(new Float64Array(0))).toBeNaN();
  });

  const population = fc.array(fc.integer({ min: 0, max: 50 }), { minLength: 1, maxLength: 60 });

  it("property: one value never gets two scores, a higher value never scores lower, scores are 1–5", () => {
    fc.assert(
      fc.property(population, (xs) => {
        const cuts = quintileCutPoints(Float64Array.from(xs));
        const byValue = new Map<number, number>();
        for (const v of xs) {
          const s = scoreHigherBetter(v, cuts);
          if (s < 1 || s > 5) return false;
          if (byValue.has(v) && byValue.get(v) !== s) return false;
          byValue.set(v, s);
        }
        const values = [...byValue.keys()].sort((a, b) => a - b);
        return values.every((v, k) => k === 0 || byValue.get(values[k - 1])! <= byValue.get(v)!);
      }),
    );
  });

  it("property: with distinct values, each score holds about a fifth", () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer(), { minLength: 10, maxLength: 200 }), (xs) => {
        const cuts = quintileCutPoints(Float64Array.from(xs));
        const counts = [0, 0, 0, 0, 0];
        for (const v of xs) counts[scoreHigherBetter(v, cuts) - 1]++;
        return counts.every((c) => Math.abs(c - xs.length / 5) <= 1);
      }),
    );
  });

  it("property: raising one value never lowers its score (cut points recomputed)", () => {
    fc.assert(
      fc.property(population, fc.nat(), fc.integer({ min: 1, max: 100 }), (xs, pick, raise) => {
        const i = pick % xs.length;
        const before = scoreHigherBetter(xs[i], quintileCutPoints(Float64Array.from(xs)));
        const ys = [...xs];
        ys[i] += raise;
        const after = scoreHigherBetter(ys[i], quintileCutPoints(Float64Array.from(ys)));
        const rBefore = scoreLowerBetter(xs[i], quintileCutPoints(Float64Array.from(xs)));
        const rAfter = scoreLowerBetter(ys[i], quintileCutPoints(Float64Array.from(ys)));
        return after >= before && rAfter <= rBefore;
      }),
    );
  });
});
