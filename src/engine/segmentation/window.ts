import { MS_PER_DAY, type EpochDay } from "../parse/date";

/**
 * The first day before the analysis window: the window is the days d with start < d ≤ asOf, i.e.
 * `months` calendar months back (a 12-month window at 2025-06-30 starts after 2024-06-30). A day
 * of the month the earlier month lacks is clamped (31 March − 1 month → 28/29 February).
 *
 * @example windowStart(epochDay(2025, 6, 30), 12) === epochDay(2024, 6, 30) // true
 */
export function windowStart(asOf: EpochDay, months: number): EpochDay {
  const date = new Date(Math.floor(asOf) * MS_PER_DAY);
  const y = date.getUTCFullYear();
  const m = date.getUTCMonth() - months;
  const lastDay = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return Date.UTC(y, m, Math.min(date.getUTCDate(), lastDay)) / MS_PER_DAY;
}
