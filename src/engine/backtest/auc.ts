import { countDigits, digitStarts, placeByDigit } from "../radixDigits";

/**
 * Area under the ROC curve of a score against a 0/1 outcome: the chance that a random positive
 * (outcome 1) scores above a random negative, ties counting half (the Mann–Whitney U statistic).
 * NaN scores are left out; NaN when either class is empty. O(n log n).
 *
 * The scores of all rows and of the positives are sorted apart, as numbers (a typed array's own
 * sort: no comparator call per comparison, which at a million rows cost seconds); a walk over both
 * then gives each tie group its average rank and its positives, in the order a sort of the rows
 * would give them, so the sum is the same to the last bit.
 *
 * @example areaUnderCurve(Float64Array.of(0.9, 0.8, 0.3, 0.1), Uint8Array.of(1, 0, 1, 0)) // 0.75
 */
export function areaUnderCurve(score: ArrayLike<number>, outcome: ArrayLike<number>): number {
  // Each pass is a function of its own, nothing after its loop: three areas a run, and a loop
  // compiled on the fly in the first was thrown away at the line after it (6 deoptimisations).
  const counts = new Int32Array(2);
  countKnown(score, outcome, counts);
  const known = counts[0];
  const positives = counts[1];
  const all = new Float64Array(known);
  const positive = new Float64Array(positives);
  copyKnown(score, outcome, all, positive);
  all.sort();
  positive.sort();
  const rankSum = positiveRanks(all, positive);
  const negatives = known - positives;
  if (positives === 0 || negatives === 0) return NaN;
  return (rankSum - (positives * (positives + 1)) / 2) / (positives * negatives);
}

/** The scores that are not NaN (counts[0]) and those of them with outcome 1 (counts[1]). */
function countKnown(
  score: ArrayLike<number>,
  outcome: ArrayLike<number>,
  counts: Int32Array,
): void {
  for (let i = 0; i < score.length; i++)
    if (score[i] === score[i]) {
      counts[0]++;
      if (outcome[i] === 1) counts[1]++;
    }
}

/** The known scores into `all`, those with outcome 1 also into `positive`, in row order. */
function copyKnown(
  score: ArrayLike<number>,
  outcome: ArrayLike<number>,
  all: Float64Array,
  positive: Float64Array,
): void {
  for (let i = 0, k = 0, p = 0; i < score.length; i++)
    if (score[i] === score[i]) {
      all[k++] = score[i];
      if (outcome[i] === 1) positive[p++] = score[i];
    }
}

/** The positives' rank sum, each tie group at its average rank (−0 and 0 are one group). */
function positiveRanks(all: Float64Array, positive: Float64Array): number {
  const known = all.length;
  const positives = positive.length;
  let rankSum = 0;
  for (let i = 0, p = 0; i < known;) {
    let j = i;
    while (j + 1 < known && all[j + 1] === all[i]) j++;
    const rank = (i + j) / 2 + 1;
    while (p < positives && positive[p] === all[i]) {
      rankSum += rank;
      p++;
    }
    i = j + 1;
  }
  return rankSum;
}

/**
 * The row indices ordered by value, highest first, ties in index order: what
 * `indices.sort((a, b) => values[b] - values[a] || a - b)` gives, by a stable radix sort on the
 * numbers' bits (four passes over the rows, no comparator). Values must not be NaN (then the
 * comparator sort is used, as before).
 *
 * @example Array.from(orderHighestFirst(Float64Array.of(0.2, 0.9, 0.2))) // [1, 0, 2]
 */
export function orderHighestFirst(values: ArrayLike<number>): Int32Array {
  const n = values.length;
  const high = new Uint32Array(n);
  const low = new Uint32Array(n);
  if (!highestFirstKeys(values, high, low))
    return Int32Array.from({ length: n }, (_, k) => k).sort(
      (a, b) => values[b] - values[a] || a - b,
    );
  let order: Int32Array = identityOrder(n);
  let next: Int32Array = new Int32Array(n);
  const counts = new Int32Array(65536);
  for (let pass = 0; pass < 4; pass++) {
    radixPass16(order, next, pass < 2 ? low : high, pass % 2 === 0 ? 0 : 16, counts);
    const t = order;
    order = next;
    next = t;
  }
  return order;
}

// orderHighestFirst's loops, each a small function of its own: V8 optimizes each once with the
// feedback of its own loop, where one long function was compiled again mid-loop (OSR) for every
// loop it had not yet run (7 TurboFan compiles in a 100k run, stop 38).

/**
 * The keys of orderHighestFirst: bits that order as unsigned integers the way the numbers do,
 * inverted (highest first), high and low words. False at the first NaN.
 */
function highestFirstKeys(values: ArrayLike<number>, high: Uint32Array, low: Uint32Array): boolean {
  const n = values.length;
  const bits = new Float64Array(1);
  const words = new Uint32Array(bits.buffer);
  for (let i = 0; i < n; i++) {
    const v = values[i];
    if (v !== v) return false;
    bits[0] = v + 0; // −0 and 0 are equal: one key
    let h = words[1];
    let l = words[0];
    if (h & 0x80000000) {
      h = ~h;
      l = ~l;
    } else h |= 0x80000000;
    high[i] = ~h;
    low[i] = ~l;
  }
  return true;
}

/** 0, 1, …, n−1. */
function identityOrder(n: number): Int32Array {
  const order = new Int32Array(n);
  for (let k = 0; k < n; k++) order[k] = k;
  return order;
}

/** One stable pass of orderHighestFirst's radix sort: `order` into `next` by 16 bits of key. */
function radixPass16(
  order: Int32Array,
  next: Int32Array,
  key: Uint32Array,
  shift: number,
  counts: Int32Array,
): void {
  const n = order.length;
  countDigits(order, key, shift, counts, n);
  digitStarts(counts);
  placeByDigit(order, next, key, shift, counts, n);
}
