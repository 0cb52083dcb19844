/**
 * Value tier by cumulative share of revenue (ABC / Pareto): rank customers by spend, largest first;
 * those before whom less than highShare of revenue is accumulated are high, then medium up to
 * highShare + mediumShare, the rest low. Defined on the value (revenue of customers spending
 * strictly more), so equal spenders share a tier and spending more never lowers the tier. No or
 * negative spend is low.
 */

/** The least spend that is high and medium value (NaN when no customer is). */
export interface TierCuts {
  highMin: number;
  mediumMin: number;
}

/**
 * `sorted`, when given: some of the customers' spends (values of `monetary`), ascending as
 * Float64Array's sort leaves them (NaN last), e.g. the window's active buyers' that the M cut points
 * were read from (classify.ts). When its positive values are as many as `monetary` holds, they are
 * the same values, and are used instead of sorting a copy here (one sort a run, not two).
 *
 * @example tierCuts(Float64Array.of(80, 15, 5), 0.8, 0.15) // { highMin: 80, mediumMin: 15 }
 */
export function tierCuts(
  monetary: Float64Array,
  highShare: number,
  mediumShare: number,
  sorted?: Float64Array,
): TierCuts {
  const sums = new Float64Array(2);
  positiveSums(monetary, sums);
  const [count, total] = sums;
  const positive = (sorted && positiveEnd(sorted, count)) ?? sortedPositive(monetary, count);
  // Tolerance: sums of many decimals are not exact; a share within 1e-9 of the limit is at it.
  const highLimit = highShare * total * (1 - 1e-12);
  const mediumLimit = (highShare + mediumShare) * total * (1 - 1e-12);
  const mins = Float64Array.of(NaN, NaN);
  walkDown(positive, highLimit, mediumLimit, mins);
  const highMin = mins[0];
  const mediumMin = Number.isNaN(mins[1]) ? highMin : mins[1];
  return { highMin, mediumMin };
}

/**
 * From the largest spend down, value by value: while the revenue of those spending more is below
 * highLimit the value is high (out[0], the least so far), then below mediumLimit medium (out[1]).
 * Stored as found, nothing after the loop (its code compiled on the fly stays: see positiveSums).
 */
function walkDown(
  positive: Float64Array,
  highLimit: number,
  mediumLimit: number,
  out: Float64Array,
): void {
  let above = 0; // revenue of customers spending strictly more than the current value
  for (let k = positive.length - 1; k >= 0;) {
    const v = positive[k];
    let group = 0;
    while (k >= 0 && positive[k] === v) {
      group += v;
      k--;
    }
    // Both compared and stored at every value: each is met from the first, not only once the
    // high values are behind (a compare or store met late threw the loop's compiled code away).
    const high = above < highLimit;
    const medium = above < mediumLimit && !high;
    const highSoFar = out[0];
    const mediumSoFar = out[1];
    out[0] = high ? v : highSoFar;
    out[1] = medium ? v : mediumSoFar;
    if (!high && !medium) return;
    above += group;
  }
}

/**
 * How many values are positive and their sum (in order) into out[0] and out[1], stored as they grow:
 * nothing follows the loop, so its code compiled on the fly is not thrown away after it.
 */
function positiveSums(monetary: Float64Array, out: Float64Array): void {
  let count = 0;
  let total = 0;
  for (let i = 0; i < monetary.length; i++)
    if (monetary[i] > 0) {
      count++;
      total += monetary[i];
      out[0] = count;
      out[1] = total;
    }
}

/**
 * The positive values of an ascending array (NaN last): its block before the NaNs, when that block
 * holds exactly `count` values; else null.
 */
function positiveEnd(sorted: Float64Array, count: number): Float64Array | null {
  let end = sorted.length;
  while (end > 0 && sorted[end - 1] !== sorted[end - 1]) end--;
  const start = end - count;
  if (start < 0 || (count > 0 && !(sorted[start] > 0)) || (start > 0 && sorted[start - 1] > 0))
    return null;
  return sorted.subarray(start, end);
}

/** The `count` positive values of `monetary`, ascending. */
function sortedPositive(monetary: Float64Array, count: number): Float64Array {
  const positive = new Float64Array(count);
  for (let i = 0, k = 0; i < monetary.length; i++) if (monetary[i] > 0) positive[k++] = monetary[i];
  return positive.sort();
}

/** Index into VALUE_TIERS (0 high, 1 medium, 2 low). @example tierOf(50, { highMin: 80, mediumMin: 15 }) // 1 */
export function tierOf(monetary: number, cuts: TierCuts): number {
  if (!(monetary > 0)) return 2;
  if (monetary >= cuts.highMin) return 0;
  if (monetary >= cuts.mediumMin) return 1;
  return 2;
}
