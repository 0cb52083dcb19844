/**
 * Order statistics without a full sort: the value a sorted copy would hold at a position, found by
 * three-way quickselect in O(n). The order is the typed-array sort's (numbers ascending, −0 before
 * +0, NaN last), so every position gives exactly the value `Float64Array.from(v).sort()[k]` gives:
 * the RFM cut points of a million buyers take four selections instead of a sort.
 */

/** a before b in Float64Array.prototype.sort's order, for numbers that are not NaN. */
function before(a: number, b: number): boolean {
  return a < b || (a === 0 && b === 0 && 1 / a < 1 / b);
}

/**
 * Reorders `v` (no NaN in it) between lo and hi (inclusive) so that position k holds the value a
 * sort would put there, everything before it is not after it and everything after not before it.
 */
function selectInPlace(v: Float64Array, k: number, lo: number, hi: number): void {
  const bounds = partitionBounds;
  while (hi > lo) {
    // Median of three as the pivot: sorted or constant runs stay linear.
    const mid = lo + ((hi - lo) >> 1);
    const a = v[lo];
    const b = v[mid];
    const c = v[hi];
    const pivot = before(a, b)
      ? before(b, c)
        ? b
        : before(a, c)
          ? c
          : a
      : before(a, c)
        ? a
        : before(b, c)
          ? c
          : b;
    partition(v, pivot, lo, hi, bounds);
    const lt = bounds[0];
    const gt = bounds[1];
    if (k < lt) hi = lt - 1;
    else if (k > gt) lo = gt + 1;
    else return;
  }
}

/** partition's lt and gt (one pair: selection is not re-entrant). */
const partitionBounds = new Int32Array(2);

/**
 * Three-way partition of v[lo..hi] around the pivot: [lo, lt) before it, [lt, gt] equal to it,
 * (gt, hi] after it; lt and gt go to bounds[0] and bounds[1], stored as they move. A function of
 * its own with nothing after its loop: in selectInPlace, the loop compiled on the fly was thrown
 * away at the comparisons after it, twice a run ("insufficient type feedback for compare").
 */
function partition(
  v: Float64Array,
  pivot: number,
  lo: number,
  hi: number,
  bounds: Int32Array,
): void {
  let lt = lo;
  let gt = hi;
  let i = lo;
  bounds[0] = lt;
  bounds[1] = gt;
  while (i <= gt) {
    const x = v[i];
    if (before(x, pivot)) {
      v[i++] = v[lt];
      v[lt++] = x;
      bounds[0] = lt;
    } else if (before(pivot, x)) {
      v[i] = v[gt];
      v[gt--] = x;
      bounds[1] = gt;
    } else i++;
  }
}

/**
 * The values a sorted copy of `values` holds at `positions` (ascending, each in [0, n)), without
 * changing `values`.
 *
 * @example sortedAt(Float64Array.of(5, 1, 4, 2, 3), [0, 2, 4]) // [1, 3, 5]
 */
export function sortedAt(values: Float64Array, positions: readonly number[]): number[] {
  const counted = countedAt(values, positions);
  if (counted !== null) return counted;
  const work = new Float64Array(values.length);
  let m = 0;
  for (let i = 0; i < values.length; i++) if (values[i] === values[i]) work[m++] = values[i];
  return selectedAt(work, m, positions);
}

/**
 * As sortedAt on the first `count` values of `buffer`, which it reorders (a scratch buffer).
 *
 * @example sortedAtInPlace(Float64Array.of(30, 10, 20, 99), 3, [1]) // [20]
 */
export function sortedAtInPlace(
  buffer: Float64Array,
  count: number,
  positions: readonly number[],
): number[] {
  // NaN sorts last: move them to the end first, select among the rest.
  return selectedAt(buffer, compactKnown(buffer, count), positions);
}

/**
 * Moves the values of buffer[0..count) that are not NaN to its front, in order; returns how many.
 * Its own function, nothing after its loop: the call after it threw the loop's code compiled on
 * the fly away ("insufficient type feedback for call", twice a run).
 */
function compactKnown(buffer: Float64Array, count: number): number {
  let m = 0;
  for (let i = 0; i < count; i++) {
    const x = buffer[i];
    if (x === x) buffer[m++] = x;
  }
  return m;
}

/** Selection among the first m (non-NaN) values; positions at or beyond m are NaN. */
function selectedAt(work: Float64Array, m: number, positions: readonly number[]): number[] {
  const out = new Array<number>(positions.length);
  // From the highest position down: each selection leaves the lower part in [0, k) for the next.
  let hi = m - 1;
  for (let p = positions.length - 1; p >= 0; p--) {
    const k = positions[p];
    if (k >= m) {
      out[p] = NaN;
      continue;
    }
    selectInPlace(work, k, 0, hi);
    out[p] = work[k];
    hi = k; // positions below k lie in [0, k]
  }
  return out;
}

/**
 * sortedAt for whole numbers in a narrow range (recency days, purchase days): a count per value
 * and a walk up the counts, two passes, instead of a selection (the same values: the k-th of a
 * sort is the value whose running count first passes k). null, for the selection to decide, when a
 * value is not a whole number or is −0 (a sort puts it before +0), or when the range is wide.
 * At 100k customers the R and F cut points of a fresh run: selection ~15 ms of main thread, cold.
 */
function countedAt(values: Float64Array, positions: readonly number[]): number[] | null {
  const scan = new Float64Array(3);
  if (!wholeRange(values, scan)) return null;
  const [min, max, m] = scan;
  const range = max - min + 1;
  // Infinite values make the range infinite: selection.
  if (m === 0 || !(range <= 2 * m + 1024)) return null;
  const counts = new Int32Array(range);
  countValues(values, min, counts);
  const out = new Array<number>(positions.length);
  for (let p = 0; p < positions.length; p++) {
    const k = positions[p];
    if (k >= m) {
      out[p] = NaN;
      continue;
    }
    // The first value whose running count passes k.
    let v = 0;
    let below = counts[0];
    while (below <= k) below += counts[++v];
    out[p] = min + v;
  }
  return out;
}

/**
 * The least and greatest value and how many there are, NaN left out, into `out` (stored as they
 * grow: nothing follows the loop, so its code compiled on the fly is not thrown away after it, as
 * it was at both of a run's calls); false at the first value that is not a whole number or is −0.
 */
function wholeRange(values: Float64Array, out: Float64Array): boolean {
  out[0] = Infinity;
  out[1] = -Infinity;
  out[2] = 0;
  for (let i = 0; i < values.length; i++) {
    const x = values[i];
    if (x !== x) continue;
    if (x !== Math.floor(x) || (x === 0 && 1 / x < 0)) return false;
    if (x < out[0]) out[0] = x;
    if (x > out[1]) out[1] = x;
    out[2]++;
  }
  return true;
}

/** counts[x − min]++ for each value x that is not NaN (a pass of its own: nothing after its loop). */
function countValues(values: Float64Array, min: number, counts: Int32Array): void {
  for (let i = 0; i < values.length; i++) {
    const x = values[i];
    if (x === x) counts[x - min]++;
  }
}
