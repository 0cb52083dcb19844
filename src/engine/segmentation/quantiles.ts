/**
 * Scores 1–5 from four cut points. A score is a function of the value alone, so one value is never
 * split across two scores (ten customers with the same frequency all get the same score), and a
 * better value never scores lower.
 */

import { sortedAt } from "./select";

// Why not simple-statistics (dropped from package.json, issue 13): measured on 1,000,000 values
// (Float64Array, CPU ms per call, mean of 5, under load), its mean took 11.6 ms against 1.4 here;
// its quantile (46 ms) picks one value per call, while the cut points below need all four from one
// sort with ties kept together; nothing else in the engine needs it (churn/logistic.ts says why
// not for the fit). Our results agree with it to 1e-11 where both apply.

/** Four cut points per measure: c1 ≤ c2 ≤ c3 ≤ c4. */
export type CutPoints = [number, number, number, number];

/**
 * Quintile cut points of a set of values: the values at 20%, 40%, 60% and 80% of the sorted list
 * (the k-th is the ⌈k·n/5⌉-th smallest). With heavy ties several cut points coincide and some
 * scores stay unused: that is the price of never splitting one value. NaN cut points when empty.
 *
 * @example quintileCutPoints(Float64Array.of(5, 1, 4, 2, 3)) // [1, 2, 3, 4]
 */
export function quintileCutPoints(values: Float64Array): CutPoints {
  const n = values.length;
  if (n === 0) return [NaN, NaN, NaN, NaN];
  // The four positions of a sorted copy, selected without sorting (select.ts: the same values).
  const at = (k: number) => Math.ceil((k * n) / 5) - 1;
  const [c1, c2, c3, c4] = sortedAt(values, [at(1), at(2), at(3), at(4)]);
  return [c1, c2, c3, c4];
}

/**
 * quintileCutPoints of values already sorted ascending as Float64Array's sort leaves them (NaN
 * last): the same cut points, read at their positions (classify.ts sorts the M values once for
 * these and the value tiers).
 *
 * @example quintileCutPointsOfSorted(Float64Array.of(1, 2, 3, 4, 5)) // [1, 2, 3, 4]
 */
export function quintileCutPointsOfSorted(sorted: Float64Array): CutPoints {
  const n = sorted.length;
  if (n === 0) return [NaN, NaN, NaN, NaN];
  const at = (k: number) => sorted[Math.ceil((k * n) / 5) - 1];
  return [at(1), at(2), at(3), at(4)];
}

/**
 * Score where more is better (frequency, monetary): 1 + the number of cut points the value exceeds.
 *
 * @example scoreHigherBetter(3, [1, 2, 3, 4]) // 3
 */
export function scoreHigherBetter(value: number, cuts: CutPoints): number {
  return 1 + +(value > cuts[0]) + +(value > cuts[1]) + +(value > cuts[2]) + +(value > cuts[3]);
}

/**
 * Score where less is better (recency in days): 5 − the number of cut points the value exceeds, so
 * the most recent buyers score 5.
 *
 * @example scoreLowerBetter(3, [30, 90, 180, 365]) // 5
 * @example scoreLowerBetter(400, [30, 90, 180, 365]) // 1
 */
export function scoreLowerBetter(value: number, cuts: CutPoints): number {
  return 5 - +(value > cuts[0]) - +(value > cuts[1]) - +(value > cuts[2]) - +(value > cuts[3]);
}

/**
 * The median of a list of values (the mean of the two middle ones for an even count); NaN when empty.
 *
 * @example median(Float64Array.of(4, 1, 3, 2)) // 2.5
 */
export function median(values: Float64Array): number {
  const n = values.length;
  if (n === 0) return NaN;
  const sorted = Float64Array.from(values).sort();
  return n % 2 === 1 ? sorted[(n - 1) / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
}

/** @example mean(Float64Array.of(1, 2, 6)) // 3 */
export function mean(values: Float64Array): number {
  if (values.length === 0) return NaN;
  return sumOf(values) / values.length;
}

/** Σ values in order (a pass of its own: nothing follows its loop, which is compiled alone). */
function sumOf(values: Float64Array): number {
  let s = 0;
  for (let i = 0; i < values.length; i++) s += values[i];
  return s;
}
