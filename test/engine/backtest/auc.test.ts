import fc from "fast-check";
import { areaUnderCurve, orderHighestFirst } from "../../../src/engine/backtest/auc";

/** The comparator-sort AUC this module used before (the reference the fast one must equal bit for bit). */
function referenceAuc(score: ArrayLike<number>, outcome: ArrayLike<number>): number {
  const idx: number[] = [];
  for (let i = 0; i < score.length; i++) if (score[i] === score[i]) idx.push(i);
  const order = Int32Array.from(idx).sort((a, b) => score[a] - score[b]);
  let positives = 0;
  let rankSum = 0;
  for (let i = 0; i < order.length;) {
    let j = i;
    while (j + 1 < order.length && score[order[j + 1]] === score[order[i]]) j++;
    const rank = (i + j) / 2 + 1;
    for (let k = i; k <= j; k++)
      if (outcome[order[k]] === 1) {
        positives++;
        rankSum += rank;
      }
    i = j + 1;
  }
  const negatives = order.length - positives;
  if (positives === 0 || negatives === 0) return NaN;
  return (rankSum - (positives * (positives + 1)) / 2) / (positives * negatives);
}

// Scores with many ties, −0, NaN and both signs, as a backtest's probabilities and recencies have.
const scores = fc.array(
  fc.oneof(
    fc.constantFrom(0, -0, 0.5, 1, NaN, -3, 1e-300),
    fc.integer({ min: -5, max: 5 }).map((k) => k / 4),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
  ),
  { maxLength: 300 },
);

describe("areaUnderCurve", () => {
  test("the documented example", () => {
    expect(areaUnderCurve(Float64Array.of(0.9, 0.8, 0.3, 0.1), Uint8Array.of(1, 0, 1, 0))).toBe(
      0.75,
    );
  });

  test("equals the comparator-sort AUC bit for bit (ties, −0, NaN left out)", () => {
    fc.assert(
      fc.property(scores, fc.array(fc.integer({ min: 0, max: 1 }), { maxLength: 300 }), (s, o) => {
        const n = Math.min(s.length, o.length);
        const score = Float64Array.from(s.slice(0, n));
        const outcome = Uint8Array.from(o.slice(0, n));
        expect(Object.is(areaUnderCurve(score, outcome), referenceAuc(score, outcome))).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});

describe("orderHighestFirst", () => {
  test("the documented example", () => {
    expect(Array.from(orderHighestFirst(Float64Array.of(0.2, 0.9, 0.2)))).toEqual([1, 0, 2]);
  });

  test("equals the comparator sort: highest first, ties (−0 = 0) in index order", () => {
    fc.assert(
      fc.property(scores, (s) => {
        const values = Float64Array.from(s.filter((v) => v === v));
        const expected = Int32Array.from({ length: values.length }, (_, i) => i).sort(
          (a, b) => values[b] - values[a] || a - b,
        );
        expect(Array.from(orderHighestFirst(values))).toEqual(Array.from(expected));
      }),
      { numRuns: 200 },
    );
  });

  test("with NaN it falls back to the comparator sort", () => {
    const values = Float64Array.of(0.1, NaN, 0.3);
    const expected = Int32Array.from([0, 1, 2]).sort((a, b) => values[b] - values[a] || a - b);
    expect(Array.from(orderHighestFirst(values))).toEqual(Array.from(expected));
  });
});
