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
  // Exports usually list transactions by date: then the day order is the table order (a stable
  // sort of sorted rows is the identity) and the first sort is skipped.
  const scan = Float64Array.of(Infinity, -Infinity, 1);
  scanDays(day, n, scan);
  const minDay = scan[0];
  const maxDay = scan[1];
  const ordered = scan[2] === 1;
  let byDay: Int32Array | null;
  const span = n === 0 ? 0 : maxDay - minDay + 1;
  if (ordered) byDay = null;
  else if (n > 0 && span <= 4 * n + 100_000) {
    const counts = new Int32Array(span + 1);
    countDays(day, n, minDay, counts);
    prefixSums(counts, span);
    byDay = new Int32Array(n);
    placeByDay(day, n, minDay, counts, byDay);
  } else {
    // A sparse span of days (few rows over centuries): a comparison sort is cheaper.
    byDay = Int32Array.from({ length: n }, (_, i) => i).sort((a, b) => day[a] - day[b] || a - b);
  }
  // ... then a stable counting sort by customer keeps day order within each customer.
  const offsets = new Int32Array(customerCount + 1);
  countCustomers(customer, offsets);
  prefixSums(offsets, customerCount);
  const cursor = offsets.slice(0, customerCount);
  const rows = new Int32Array(n);
  if (byDay === null) placeInOrder(customer, cursor, rows);
  else placeInDayOrder(customer, byDay, cursor, rows);
  return { offsets, rows };
}

// Each pass is a function of its own with nothing after its loop: in one function, the loop
// compiled on the fly was thrown away at the line after it (three deoptimizations a run) and the
// next pass over the million rows ran uncompiled until compiled again.

/**
 * Of the first n days: the least and greatest into out[0] and out[1] (stored as they change), and
 * out[2] = 0 when they are not in order (NaN too: the general path decides).
 */
function scanDays(day: Float64Array, n: number, out: Float64Array): void {
  let minDay = Infinity;
  let maxDay = -Infinity;
  for (let i = 0; i < n; i++) {
    const d = day[i];
    if (!(d >= maxDay)) out[2] = 0;
    if (d < minDay) out[0] = minDay = d;
    if (d > maxDay) out[1] = maxDay = d;
  }
}

/** counts[day − minDay + 1]++ per row (the first n). */
function countDays(day: Float64Array, n: number, minDay: number, counts: Int32Array): void {
  for (let i = 0; i < n; i++) counts[day[i] - minDay + 1]++;
}

/** counts[k] += counts[k − 1] for k = 1 … last: the running sums. */
function prefixSums(counts: Int32Array, last: number): void {
  for (let k = 1; k <= last; k++) counts[k] += counts[k - 1];
}

/** Row numbers in day order (stable), by the running counts. */
function placeByDay(
  day: Float64Array,
  n: number,
  minDay: number,
  counts: Int32Array,
  byDay: Int32Array,
): void {
  for (let i = 0; i < n; i++) byDay[counts[day[i] - minDay]++] = i;
}

/** offsets[c + 1]++ per row of customer c. */
function countCustomers(customer: Int32Array, offsets: Int32Array): void {
  for (let i = 0; i < customer.length; i++) offsets[customer[i] + 1]++;
}

/** Rows in table order, grouped by customer. */
function placeInOrder(customer: Int32Array, cursor: Int32Array, rows: Int32Array): void {
  for (let i = 0; i < customer.length; i++) rows[cursor[customer[i]]++] = i;
}

/** Rows in day order, grouped by customer. */
function placeInDayOrder(
  customer: Int32Array,
  byDay: Int32Array,
  cursor: Int32Array,
  rows: Int32Array,
): void {
  for (let k = 0; k < byDay.length; k++) {
    const i = byDay[k];
    rows[cursor[customer[i]]++] = i;
  }
}
