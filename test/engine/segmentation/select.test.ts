import fc from "fast-check";
import { sortedAt, sortedAtInPlace } from "../../../src/engine/segmentation/select";
import { quintileCutPoints } from "../../../src/engine/segmentation/quantiles";
import { medianInPlace } from "../../../src/engine/lifecycle/rhythm";

// Selection must give exactly what a sorted copy holds (Object.is: −0, +0 and NaN too).
const values = fc.array(
  fc.oneof(
    fc.integer({ min: -5, max: 5 }),
    fc.double({ noDefaultInfinity: false }),
    fc.constantFrom(0, -0, NaN, Infinity, -Infinity),
  ),
  { maxLength: 300 },
);

/** sortedAt at every position of `list` gives what a sorted copy holds, and leaves `list` as it was. */
function expectSortedAt(list: number[]): void {
  const v = Float64Array.from(list);
  const sorted = Float64Array.from(v).sort();
  const positions = Array.from(sorted, (_, k) => k);
  const got = sortedAt(v, positions);
  expect(got.every((x, k) => Object.is(x, sorted[k]))).toBe(true);
  expect(Array.from(v)).toEqual(list);
}

describe("sortedAt", () => {
  it("gives the values a sorted copy holds at every position", () => {
    fc.assert(fc.property(values, expectSortedAt), { numRuns: 300 });
  });

  it("gives a sort's values for whole numbers in a narrow range (counted, not selected)", () => {
    const whole = fc.array(
      fc.oneof(fc.integer({ min: -40, max: 400 }), fc.constantFrom(NaN, 0, -0, 1e6, 0.5, Infinity)),
      { maxLength: 300 },
    );
    fc.assert(fc.property(whole, expectSortedAt), { numRuns: 500 });
    // Days of a 100k run's recency: many ties, a few hundred values.
    const days = Float64Array.from({ length: 5000 }, (_, i) => (i * 7919) % 731);
    const s = Float64Array.from(days).sort();
    expect(sortedAt(days, [999, 1999, 2999, 3999])).toEqual([s[999], s[1999], s[2999], s[3999]]);
  });

  it("gives quintile cut points and medians equal to the sorting ones", () => {
    fc.assert(
      fc.property(values, (list) => {
        const v = Float64Array.from(list);
        const n = v.length;
        const sorted = Float64Array.from(v).sort();
        if (n > 0) {
          const at = (k: number) => sorted[Math.ceil((k * n) / 5) - 1];
          const cuts = quintileCutPoints(v);
          [at(1), at(2), at(3), at(4)].forEach((c, i) => expect(Object.is(cuts[i], c)).toBe(true));
        }
        // medianInPlace above its insertion-sort size, against the sort it replaced.
        const big = Float64Array.from([
          ...list,
          ...list.slice(0, 40),
          ...Array.from({ length: 33 }, (_, i) => i % 7),
        ]);
        const m = big.length >> 1;
        const s = Float64Array.from(big).sort();
        const expected = big.length % 2 === 1 ? s[m] : (s[m - 1] + s[m]) / 2;
        expect(Object.is(medianInPlace(Float64Array.from(big), big.length), expected)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it("selects on a scratch buffer's first values only", () => {
    const b = Float64Array.of(30, 10, 20, 99);
    expect(sortedAtInPlace(b, 3, [0, 1, 2])).toEqual([10, 20, 30]);
    expect(sortedAt(Float64Array.of(NaN, 2, 1), [0, 1, 2])).toEqual([1, 2, NaN]);
  });

  it("stays linear on 300,000 equal or sorted values", () => {
    const equal = new Float64Array(300_000).fill(3);
    const rising = Float64Array.from({ length: 300_000 }, (_, i) => i);
    expect(sortedAt(equal, [60_000, 299_999])).toEqual([3, 3]);
    expect(sortedAt(rising, [59_999, 239_999])).toEqual([59_999, 239_999]);
  });
});
