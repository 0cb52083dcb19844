/**
 * A customer's own purchase rhythm: the median gap in days between consecutive purchase days. The
 * median, not the mean, so one long absence (a churn gap before a win-back) does not redefine it.
 */

import { sortedAtInPlace } from "../segmentation/select";

/**
 * Median of the first `count` values of a scratch buffer, reordering that part of the buffer.
 * Small counts (most customers) use an insertion sort: no allocation in the hot loop; larger ones
 * select the middle values (segmentation/select.ts) without sorting the rest.
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
    // The middle one or two of a sort, selected without sorting (the same values).
    const mid = count >> 1;
    if (count % 2 === 1) return sortedAtInPlace(buffer, count, [mid])[0];
    const [low, high] = sortedAtInPlace(buffer, count, [mid - 1, mid]);
    return (low + high) / 2;
  }
  const mid = count >> 1;
  return count % 2 === 1 ? buffer[mid] : (buffer[mid - 1] + buffer[mid]) / 2;
}

/** The fewest customers of two days with spend of like size whose usual gap pairGap gives. */
export const PAIR_PEERS_MIN = 3;

/**
 * The usual gap between the two days with spend of the customers who bought on exactly two days
 * of like size (not unevenPair): the median of their one gap, NaN with fewer than PAIR_PEERS_MIN.
 * The reference of a customer of two days of very different size, who has no rhythm of its own
 * (churn/features.ts churnRhythm; reviewer65 / tester64 U189): a customer with as little history,
 * not the regulars' rhythm (the agency's retainers bought every 30 days; its project clients every
 * 181–268 days).
 *
 * @example pairGap({ spendDays: Int32Array.of(2, 2, 2, 5), spendFirst: Float64Array.of(0, 0, 0, 0), spendLast: Float64Array.of(181, 268, 19, 120) }) // 181
 */
export function pairGap(m: {
  spendDays: Int32Array;
  spendFirst: Float64Array;
  spendLast: Float64Array;
  unevenPair?: Uint8Array;
}): number {
  let count = 0;
  for (let c = 0; c < m.spendDays.length; c++)
    if (m.spendDays[c] === 2 && m.unevenPair?.[c] !== 1) count++;
  if (count < PAIR_PEERS_MIN) return NaN;
  const gaps = new Float64Array(count);
  for (let c = 0, k = 0; c < m.spendDays.length; c++)
    if (m.spendDays[c] === 2 && m.unevenPair?.[c] !== 1)
      gaps[k++] = m.spendLast[c] - m.spendFirst[c];
  return medianInPlace(gaps, count);
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
  const count = knownCount(typicalGaps);
  if (count === 0) return Math.max(rules.minDays, rules.fallbackDays);
  const known = new Float64Array(count);
  copyKnown(typicalGaps, known);
  return Math.max(rules.minDays, medianInPlace(known, count));
}

// The passes over the customers are functions of their own with nothing after their loop: the
// rhythms are taken at three dates a run, and a loop compiled on the fly at the first was thrown
// away at the line after it, then run uncompiled again at the next date (10 deoptimisations a run).

/** How many values are not NaN. */
function knownCount(values: Float64Array): number {
  let count = 0;
  for (let i = 0; i < values.length; i++) if (values[i] === values[i]) count++;
  return count;
}

/** The values that are not NaN, in order, into `known`. */
function copyKnown(values: Float64Array, known: Float64Array): void {
  for (let i = 0, k = 0; i < values.length; i++)
    if (values[i] === values[i]) known[k++] = values[i];
}

/** Each customer's last purchase day, as asOf − recencyDays[c] (NaN without a purchase). */
export interface LastDays {
  asOf: number;
  recencyDays: Float64Array;
}

/** Each repeat buyer's mean gap over the span of their purchase days (the others stay NaN). */
function meanGaps(
  purchaseDays: Int32Array,
  firstDay: Float64Array,
  last: LastDays,
  meanGap: Float64Array,
): void {
  const { asOf, recencyDays } = last;
  for (let c = 0; c < purchaseDays.length; c++)
    if (purchaseDays[c] > 1)
      meanGap[c] = (asOf - recencyDays[c] - firstDay[c]) / (purchaseDays[c] - 1);
}

/**
 * Each buyer's shrunk rhythm, at least her floor (prospects stay NaN): `floor` in full up to
 * `floorGaps` gaps, then floor × floorGaps / gaps, never below `minDays`, for a record spanning at
 * least the population's rhythm. The floor guards a rhythm read from a few gaps; 124 weekly gaps
 * are evidence enough (tester69 U500: a weekly account floored at 34 days read "within its rhythm"
 * five silent weeks on), 8 orders in 14 days (one event) are not (reviewer69 M9).
 */
function shrunkRhythms(
  purchaseDays: Int32Array,
  firstDay: Float64Array,
  last: LastDays,
  population: number,
  floor: { days: number; gaps: number; minDays: number },
  rhythm: Float64Array,
): void {
  const { asOf, recencyDays } = last;
  const { days, gaps, minDays } = floor;
  for (let c = 0; c < purchaseDays.length; c++) {
    const k = purchaseDays[c];
    if (k === 0) continue;
    const span = asOf - recencyDays[c] - firstDay[c];
    const shrunk = k > 1 ? (span + population) / k : population;
    const own =
      k - 1 > gaps && span >= population ? Math.max(minDays, (days * gaps) / (k - 1)) : days;
    rhythm[c] = Math.max(own, shrunk);
  }
}

/**
 * Each customer's robust rhythm (issue 9 item 5): the mean gap between first and last purchase
 * day over the whole history, shrunk toward the population rhythm by one gap's weight,
 * (span + population) / (gaps + 1), and never below the population floor
 * max(minDays, populationFloorShare × population), which fades as floorGaps / gaps beyond
 * populationFloorGaps gaps (never below minDays) when the record spans the population's rhythm. The mean over the span, not the median gap:
 * for a customer buying at a constant rate the median gap is only 69% of the mean, so "twice the
 * median" is overdue a quarter of the time. One-time buyers get the population rhythm; NaN for
 * customers who never bought. The population rhythm is the median of repeat buyers' mean gaps
 * (or the rule set's fixed value).
 *
 * Each last purchase day is asOf − recency (the segmentation's measures), taken where it is read:
 * a column of them was 8 bytes a customer of fresh memory at each of a run's three dates.
 *
 * @example robustRhythms(Int32Array.of(3, 1), Float64Array.of(0, 50), { asOf: 60, recencyDays: Float64Array.of(20, 10) }, rules).rhythm // [~…, population]
 */
export function robustRhythms(
  purchaseDays: Int32Array,
  firstDay: Float64Array,
  last: LastDays,
  rules: {
    oneTimeBuyerDays: number | null;
    fallbackDays: number;
    minDays: number;
    populationFloorShare: number;
    populationFloorGaps: number;
  },
): { rhythm: Float64Array; population: number } {
  const n = purchaseDays.length;
  const meanGap = new Float64Array(n).fill(NaN);
  meanGaps(purchaseDays, firstDay, last, meanGap);
  const population = populationGap(meanGap, rules);
  const floor = Math.max(rules.minDays, rules.populationFloorShare * population);
  // The mean gaps are read no more: their memory holds the rhythms (fresh memory is dear).
  const rhythm = meanGap.fill(NaN);
  const floorOf = { days: floor, gaps: rules.populationFloorGaps, minDays: rules.minDays };
  shrunkRhythms(purchaseDays, firstDay, last, population, floorOf, rhythm);
  return { rhythm, population };
}
