import { isoDate } from "../parse/date";
import { daysFromCivil } from "./civil";
import { weekday } from "./weekday";

/**
 * The US federal holidays (5 U.S.C. 6103), by rule, so every year is known and none needs a yearly
 * notice (unlike China's make-up days: chineseHolidays.ts): New Year's Day 1-1, Martin Luther King
 * Jr. Day (third Monday of January), Washington's Birthday (third Monday of February), Memorial Day
 * (last Monday of May), Juneteenth 6-19 (from 2021), Independence Day 7-4, Labor Day (first Monday
 * of September), Columbus Day (second Monday of October), Veterans Day 11-11, Thanksgiving (fourth
 * Thursday of November), Christmas 12-25. A fixed-date holiday on a Saturday is observed on the
 * Friday before, on a Sunday the Monday after (Executive Order 11582; OPM's lists): so 2027-12-31
 * is the observed New Year's Day of 2028 and is listed under 2027 (tester60 U103: an en-US
 * business got China's calendar, calls planned on Thanksgiving and MLK Day).
 *
 * @example usFederalHolidays(2026)[1] // "2026-01-19" (Martin Luther King Jr. Day)
 */
export function usFederalHolidays(year: number): string[] {
  const days: number[] = [];
  const nth = (month: number, dow: number, n: number) => nthWeekday(year, month, dow, n);
  const observed = (y: number, month: number, day: number): number => {
    const d = daysFromCivil(y, month, day);
    const w = weekday(d);
    return w === 6 ? d - 1 : w === 0 ? d + 1 : d;
  };
  const fixed: [number, number][] = [
    [1, 1],
    [7, 4],
    [11, 11],
    [12, 25],
  ];
  if (year >= 2021) fixed.push([6, 19]);
  for (const [m, d] of fixed) days.push(observed(year, m, d));
  // Next year's New Year's Day on a Saturday is observed on this year's 31 December.
  days.push(observed(year + 1, 1, 1));
  days.push(nth(1, 1, 3), nth(2, 1, 3), nth(5, 1, -1), nth(9, 1, 1), nth(10, 1, 2), nth(11, 4, 4));
  const first = daysFromCivil(year, 1, 1);
  const after = daysFromCivil(year + 1, 1, 1);
  return [...new Set(days.filter((d) => d >= first && d < after))]
    .sort((a, b) => a - b)
    .map((d) => isoDate(d));
}

/**
 * The epoch day of the n-th (1-based; -1 the last) `dow` (0 Sunday … 6 Saturday) of a month.
 *
 * @example isoDate(nthWeekday(2026, 11, 4, 4)) // "2026-11-26" (Thanksgiving)
 */
export function nthWeekday(year: number, month: number, dow: number, n: number): number {
  if (n < 0) {
    const last = daysFromCivil(month === 12 ? year + 1 : year, month === 12 ? 1 : month + 1, 1) - 1;
    return last - ((weekday(last) - dow + 7) % 7);
  }
  const first = daysFromCivil(year, month, 1);
  return first + ((dow - weekday(first) + 7) % 7) + 7 * (n - 1);
}
