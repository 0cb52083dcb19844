import type { Scratch } from "./scratch";

/**
 * A steady customer whose last orders fall steeply (tester60 U104: Delta Plumbing invoiced 6,000 a
 * month for a year and a half, then 4,500, 3,000, 2,000; the 180-day spend trend saw −24 %). Read
 * over the customer's own orders, not a calendar window: its last RECENT_ORDERS days with spend
 * against the USUAL_ORDERS days with spend before them (at least MIN_USUAL of them).
 *
 * The orders fall when the usual ones are steady (their median absolute deviation at most
 * STEADY_SPREAD of their median: a customer whose orders vary anyway says nothing by a small
 * one), every recent order is below FALL_EACH of the usual, their mean at most FALL_MEAN of it,
 * and the latest is none of the larger (no rebound: at most the recent mean). The fall must last:
 * the recent orders span at least half the time the usual rhythm gives them (their usual gap, the
 * median of the usual days' gaps, RECENT_ORDERS − 1 times), so a month's order paid in three
 * parts a week apart is no fall of its size (reviewer61 R9: 6,000 a month, then 3 × 2,000 a week
 * apart, "down 67 %"). Recent orders closer together fall only by their rate: their sum over
 * their span and one usual gap at most FALL_RATE of the usual order over the usual gap (reviewer62
 * R9: 6,000 a month, then 3 × 500 a week apart, 0.17 of the usual rate, is a fall; 3 × 2,000 a
 * week apart, 0.68, is not).
 */
export const RECENT_ORDERS = 3;
const USUAL_ORDERS = 8;
const MIN_USUAL = 4;
const STEADY_SPREAD = 0.25;
const FALL_EACH = 0.9;
const FALL_MEAN = 0.7;
const FALL_RATE = 0.5;

/** Where orderFall writes: the usual order, the recent orders' mean and the latest (NaN: no fall). */
export interface OrderFallMeasures {
  fallUsual: Float64Array;
  fallRecent: Float64Array;
  fallLast: Float64Array;
}

/**
 * A fall that has lasted: its orders may reach back up to SUSTAINED_DAYS before the latest, the
 * usual ones being the USUAL_ORDERS days with spend before them (at most LOOKBACK days with spend
 * read). Read against the eight orders before its last three only, a café whose orders fell to
 * 45 % in mid-September had "usual" orders of the fallen size by October, and no fall (tester67
 * U309: W-108, the bakery's second account, low 3.7 %). The latest three are still what the
 * reason quotes. Our choice: the churn horizon's 90 days; a fall older than a season is the
 * customer's size now.
 */
const SUSTAINED_DAYS = 90;
const LOOKBACK = 128;

/** The day totals of the last LOOKBACK days with spend, latest first. */
const totals = new Float64Array(LOOKBACK);
/** Their days. */
const days = new Float64Array(LOOKBACK);
const sorted = new Float64Array(USUAL_ORDERS);

/**
 * Customer c's falling orders up to asOf (rows in day order), written to `out` at c; NaN there
 * when its orders do not fall steeply, its amounts are unknown or it has too few days with spend.
 * A day's total is its rows' sum (a return lowers it); a day of no spend is no order.
 *
 * @example measureOrderFall(out, asOf, c, rows, count) // Delta: 6,000 usual, 3,167, 2,000
 */
export function measureOrderFall(
  out: OrderFallMeasures,
  asOf: number,
  c: number,
  rows: Pick<Scratch, "day" | "amount">,
  count: number,
): void {
  out.fallUsual[c] = NaN;
  out.fallRecent[c] = NaN;
  out.fallLast[c] = NaN;
  const { day, amount } = rows;
  let j = count - 1;
  while (j >= 0 && day[j] > asOf) j--;
  let n = 0;
  // Past the latest RECENT_ORDERS + USUAL_ORDERS, only while the usual orders of a lasting fall
  // (SUSTAINED_DAYS) may still be among them.
  let beyond = 0;
  while (j >= 0 && n < LOOKBACK && (n < RECENT_ORDERS + USUAL_ORDERS || beyond < USUAL_ORDERS)) {
    const d = day[j];
    let total = 0;
    for (; j >= 0 && day[j] === d; j--) total += amount[j];
    if (!(total === total)) return; // an unknown amount: the orders are not known
    if (total > 0) {
      days[n] = d;
      totals[n++] = total;
      if (days[0] - d > SUSTAINED_DAYS) beyond++;
    }
  }
  for (let r = RECENT_ORDERS; r <= n - MIN_USUAL; r++) {
    if (r > RECENT_ORDERS && days[0] - days[r - 1] > SUSTAINED_DAYS) return;
    if (fallsAt(out, c, r, n)) return;
  }
}

/**
 * Whether the latest r days with spend (r ≥ RECENT_ORDERS) fall against the usual ones before
 * them (at most USUAL_ORDERS), written to `out` when they do. The latest RECENT_ORDERS' mean is
 * the recent figure; r = RECENT_ORDERS asks no rebound of the latest (a longer fall has lasted).
 * Orders closer together than the usual ones fall by their rate over the r orders' span.
 */
function fallsAt(out: OrderFallMeasures, c: number, r: number, n: number): boolean {
  const usualCount = Math.min(USUAL_ORDERS, n - r);
  const usual = median(totals, r, usualCount);
  for (let k = 0; k < usualCount; k++) sorted[k] = Math.abs(totals[r + k] - usual);
  if (median(sorted, 0, usualCount) > STEADY_SPREAD * usual) return false;
  for (let k = 0; k < r; k++) if (!(totals[k] < FALL_EACH * usual)) return false;
  let sum = 0;
  for (let k = 0; k < RECENT_ORDERS; k++) sum += totals[k];
  const recent = sum / RECENT_ORDERS;
  if (!(recent <= FALL_MEAN * usual)) return false;
  if (r === RECENT_ORDERS && !(totals[0] <= recent)) return false;
  // The usual gap: the median of the usual days' gaps (latest first: days[k] − days[k + 1]); the
  // fall's orders closer together fall only by their rate (a month paid in weekly parts).
  for (let k = 0; k < usualCount - 1; k++) sorted[k] = days[r + k] - days[r + k + 1];
  const gap = median(sorted, 0, usualCount - 1);
  const span = days[0] - days[r - 1];
  let all = sum;
  for (let k = RECENT_ORDERS; k < r; k++) all += totals[k];
  if (span < ((r - 1) * gap) / 2 && !(all / (span + gap) <= (FALL_RATE * usual) / gap))
    return false;
  out.fallUsual[c] = usual;
  out.fallRecent[c] = recent;
  out.fallLast[c] = totals[0];
  return true;
}

/**
 * The median of x[from … from + count − 1], sorted into `sorted` (x may be `sorted`, from 0): an
 * insertion sort of at most USUAL_ORDERS values, no view or array per customer.
 */
function median(x: Float64Array, from: number, count: number): number {
  for (let a = 0; a < count; a++) {
    const v = x[from + a];
    let b = a - 1;
    while (b >= 0 && sorted[b] > v) {
      sorted[b + 1] = sorted[b];
      b--;
    }
    sorted[b + 1] = v;
  }
  const h = count >> 1;
  return count % 2 === 1 ? sorted[h] : (sorted[h - 1] + sorted[h]) / 2;
}
