/**
 * Sort orders for the schedule without a comparator per pair: the values are ranked once (a native
 * sort of a Float64Array), and each row's rank, small key and index are packed into one float, so one
 * more native sort gives the order. A million rows sort in well under a second this way.
 */

/** Rank (0 = largest) of every value among `values`; equal values share a rank. */
function descendingRanks(values: Float64Array): Int32Array {
  const sorted = Float64Array.from(values, (v) => (Number.isFinite(v) ? v : -Infinity)).sort();
  const m = sorted.length;
  const rank = new Int32Array(m);
  for (let i = 0; i < m; i++) {
    const v = Number.isFinite(values[i]) ? values[i] : -Infinity;
    // The last index holding v, by binary search: ranks count from the top.
    let lo = 0;
    let hi = m - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (sorted[mid] <= v) lo = mid;
      else hi = mid - 1;
    }
    rank[i] = m - 1 - lo;
  }
  return rank;
}

/**
 * Indexes 0…m-1 ordered by value, largest first, then by `key` (a small non-negative integer,
 * smallest first), then by index.
 *
 * @example Array.from(valueOrder(Float64Array.of(1, 5, 5), Int32Array.of(0, 2, 1))) // [2, 1, 0]
 */
export function valueOrder(values: Float64Array, key?: Int32Array): Int32Array {
  const m = values.length;
  const rank = descendingRanks(values);
  let keys = 1;
  if (key) for (let i = 0; i < m; i++) keys = Math.max(keys, key[i] + 1);
  const order = new Int32Array(m);
  if (m * m * keys < 2 ** 53) {
    const packed = new Float64Array(m);
    for (let i = 0; i < m; i++) packed[i] = (rank[i] * keys + (key ? key[i] : 0)) * m + i;
    packed.sort();
    for (let i = 0; i < m; i++) order[i] = packed[i] % m;
  } else {
    for (let i = 0; i < m; i++) order[i] = i;
    order.sort((a, b) => rank[a] - rank[b] || (key ? key[a] - key[b] : 0) || a - b);
  }
  return order;
}

/**
 * A stable counting sort of 0…m-1 (or of `input`) by an integer key (0…buckets-1) per row.
 *
 * @example Array.from(countingOrder(3, 2, Int32Array.of(1, 0, 1), null)) // [1, 0, 2]
 */
export function countingOrder(
  m: number,
  buckets: number,
  key: Int32Array | Uint8Array,
  input: Int32Array | null,
): Int32Array {
  const counts = new Int32Array(buckets + 1);
  for (let i = 0; i < m; i++) counts[key[i] + 1]++;
  for (let b = 1; b <= buckets; b++) counts[b] += counts[b - 1];
  const out = new Int32Array(m);
  for (let q = 0; q < m; q++) {
    const i = input ? input[q] : q;
    out[counts[key[i]]++] = i;
  }
  return out;
}
