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
  const bits = new Float64Array(1);
  const words = new Uint32Array(bits.buffer);
  for (let i = 0; i < n; i++) {
    const v = values[i];
    if (v !== v)
      return Int32Array.from({ length: n }, (_, k) => k).sort(
        (a, b) => values[b] - values[a] || a - b,
      );
    bits[0] = v + 0; // −0 and 0 are equal: one key
    let h = words[1];
    let l = words[0];
    // Bits that order as unsigned integers the way the numbers do, then inverted: highest first.
    if (h & 0x80000000) {
      h = ~h;
      l = ~l;
    } else h |= 0x80000000;
    high[i] = ~h;
    low[i] = ~l;
  }
  let order = Int32Array.from({ length: n }, (_, k) => k);
  let next = new Int32Array(n);
  const counts = new Int32Array(65536);
  for (let pass = 0; pass < 4; pass++) {
    const key = pass < 2 ? low : high;
    const shift = pass % 2 === 0 ? 0 : 16;
    counts.fill(0);
    for (let i = 0; i < n; i++) counts[(key[order[i]] >>> shift) & 0xffff]++;
    for (let d = 0, sum = 0; d < 65536; d++) {
      const c = counts[d];
      counts[d] = sum;
      sum += c;
    }
    for (let i = 0; i < n; i++) {
      const k = order[i];
      next[counts[(key[k] >>> shift) & 0xffff]++] = k;
    }
    [order, next] = [next, order];
  }
  return order;
}
