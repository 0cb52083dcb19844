/**
 * Transactions grouped by customer, in day order within each customer, without moving the data:
 * `rows[offsets[c] .. offsets[c+1])` are customer c's row numbers in the table, oldest first.
 * Built with two counting sorts, O(rows + days + customers), which is what lets every per-customer
 * measure run as one pass over columns.
 */
export interface CustomerGroups {
  offsets: Int32Array;
  rows: Int32Array;
}

/**
 * Groups rows by customer, ordered by day within each customer (ties keep table order).
 *
 * @example
 * const g = groupByCustomer(Int32Array.of(1, 0, 1), Float64Array.of(5, 3, 2), 2);
 * // g.offsets = [0, 1, 3], g.rows = [1, 2, 0]
 */
export function groupByCustomer(
  customer: Int32Array,
  day: Float64Array,
  customerCount: number,
): CustomerGroups {
  const n = customer.length;
  // Counting sort by day first (days are whole epoch days in a bounded range) ...
  let minDay = Infinity;
  let maxDay = -Infinity;
  // Exports usually list transactions by date: then the day order is the table order (a stable
  // sort of sorted rows is the identity) and the first sort is skipped.
  let ordered = true;
  for (let i = 0; i < n; i++) {
    const d = day[i];
    if (!(d >= maxDay)) ordered = false; // NaN too: the general path decides
    if (d < minDay) minDay = d;
    if (d > maxDay) maxDay = d;
  }
  let byDay: Int32Array | null;
  const span = n === 0 ? 0 : maxDay - minDay + 1;
  if (ordered) byDay = null;
  else if (n > 0 && span <= 4 * n + 100_000) {
    const counts = new Int32Array(span + 1);
    for (let i = 0; i < n; i++) counts[day[i] - minDay + 1]++;
    for (let k = 1; k <= span; k++) counts[k] += counts[k - 1];
    byDay = new Int32Array(n);
    for (let i = 0; i < n; i++) byDay[counts[day[i] - minDay]++] = i;
  } else {
    // A sparse span of days (few rows over centuries): a comparison sort is cheaper.
    byDay = Int32Array.from({ length: n }, (_, i) => i).sort((a, b) => day[a] - day[b] || a - b);
  }
  // ... then a stable counting sort by customer keeps day order within each customer.
  const offsets = new Int32Array(customerCount + 1);
  for (let i = 0; i < n; i++) offsets[customer[i] + 1]++;
  for (let c = 1; c <= customerCount; c++) offsets[c] += offsets[c - 1];
  const cursor = offsets.slice(0, customerCount);
  const rows = new Int32Array(n);
  if (byDay === null) for (let i = 0; i < n; i++) rows[cursor[customer[i]]++] = i;
  else
    for (let k = 0; k < n; k++) {
      const i = byDay[k];
      rows[cursor[customer[i]]++] = i;
    }
  return { offsets, rows };
}
