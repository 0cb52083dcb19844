/**
 * A customer's own purchase rhythm: the median gap in days between consecutive purchase days. The
 * median, not the mean, so one long absence (a churn gap before a win-back) does not redefine it.
 */

/**
 * Median of the first `count` values of a scratch buffer, reordering that part of the buffer.
 * Small counts (most customers) use an insertion sort: no allocation in the hot loop.
 *
 * @example medianInPlace(Float64Array.of(30, 10, 20, 99), 3) // 20
 */
export function medianInPlace(buffer: Float64Array, count: number): number {
  if (count === 0) return NaN;
  if (count <= 32) {
    for (let i = 1; i < count; i++) {
      const v = buffer[i];
      let j = i - 1;
      while (j >= 0 && buffer[j] > v) {
        buffer[j + 1] = buffer[j];
        j--;
      }
      buffer[j + 1] = v;
    }
  } else {
    buffer.subarray(0, count).sort();
  }
  const mid = count >> 1;
  return count % 2 === 1 ? buffer[mid] : (buffer[mid - 1] + buffer[mid]) / 2;
}

/**
 * The gap used for customers who bought once (they have no rhythm of their own): the rule set's
 * fixed value, else the median of the repeat buyers' typical gaps, else the fallback; never below
 * the minimum gap.
 *
 * @example populationGap(Float64Array.of(10, 30, NaN, 20), { oneTimeBuyerDays: null, fallbackDays: 90, minDays: 7 }) // 20
 */
export function populationGap(
  typicalGaps: Float64Array,
  rules: { oneTimeBuyerDays: number | null; fallbackDays: number; minDays: number },
): number {
  if (rules.oneTimeBuyerDays !== null) return Math.max(rules.minDays, rules.oneTimeBuyerDays);
  let count = 0;
  for (let i = 0; i < typicalGaps.length; i++) if (typicalGaps[i] === typicalGaps[i]) count++;
  if (count === 0) return Math.max(rules.minDays, rules.fallbackDays);
  const known = new Float64Array(count);
  for (let i = 0, k = 0; i < typicalGaps.length; i++)
    if (typicalGaps[i] === typicalGaps[i]) known[k++] = typicalGaps[i];
  return Math.max(rules.minDays, medianInPlace(known, count));
}
