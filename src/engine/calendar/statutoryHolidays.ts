import { isoDate } from "../parse/date";
import { daysFromCivil } from "./civil";

/**
 * The statutory public holidays (法定节假日) of a year the State Council has not announced yet.
 * 《全国年节及纪念日放假办法》 (as revised in 2024, in force from 2025-01-01) fixes the days: 元旦 1
 * January; 春节 农历除夕 and 正月初一 to 初三; 清明节 the day of the 清明 solar term; 劳动节 1 and 2 May;
 * 端午节 农历五月初五; 中秋节 农历八月十五; 国庆节 1 to 3 October. The lunar days and 清明 are
 * astronomical facts, known years ahead (below: from chinese-days' lunar calendar and solar terms,
 * checked by test/engine/calendar/statutoryHolidays.test.ts; the 2025 and 2026 days it gives are all
 * in the announced lists). What each year's notice adds is not knowable: the days bridged to a
 * weekend and the make-up working days (调休) that pay for them. A run past the announced years
 * treats these days as off and says that the make-up days are not known (tester52 L5: calls on
 * 2027-01-01 元旦).
 */
const LUNAR_DAYS: ReadonlyMap<number, readonly string[]> = new Map([
  // year: 春节 (正月初一), 清明, 端午, 中秋
  [2027, ["02-06", "04-05", "06-09", "09-15"]],
  [2028, ["01-26", "04-04", "05-28", "10-03"]],
  [2029, ["02-13", "04-04", "06-16", "09-22"]],
  [2030, ["02-03", "04-05", "06-05", "09-12"]],
  [2031, ["01-23", "04-05", "06-24", "10-01"]],
  [2032, ["02-11", "04-04", "06-12", "09-19"]],
  [2033, ["01-31", "04-04", "06-01", "09-08"]],
  [2034, ["02-19", "04-05", "06-20", "09-27"]],
  [2035, ["02-08", "04-05", "06-10", "09-16"]],
  [2036, ["01-28", "04-04", "05-30", "10-04"]],
]);

/**
 * 春节 (正月初一) of the years the State Council has announced, before LUNAR_DAYS: the notices
 * 国务院办公厅关于 2024 / 2025 / 2026 年部分节假日安排的通知 (also in chinese-days' years/*.json).
 */
const SPRING_FESTIVAL_ANNOUNCED: ReadonlyMap<number, string> = new Map([
  [2024, "02-10"],
  [2025, "01-29"],
  [2026, "02-17"],
]);

/**
 * The epoch day of 春节 (正月初一) of `year`, 2024 to STATUTORY_KNOWN_UNTIL; NaN outside it.
 *
 * @example isoDate(springFestival(2027)) // "2027-02-06"
 */
export function springFestival(year: number): number {
  const md = SPRING_FESTIVAL_ANNOUNCED.get(year) ?? LUNAR_DAYS.get(year)?.[0];
  if (md === undefined) return NaN;
  const [m, d] = md.split("-").map(Number);
  return daysFromCivil(year, m, d);
}

/** The last year the table knows the lunar holidays of. */
export const STATUTORY_KNOWN_UNTIL = 2036;

/**
 * ISO dates of the statutory holidays of `year`, sorted, without repeats; the fixed-date ones
 * alone for a year the table does not cover.
 *
 * @example statutoryHolidays(2027).slice(0, 5) // ["2027-01-01", "2027-02-05", "2027-02-06", "2027-02-07", "2027-02-08"]
 */
export function statutoryHolidays(year: number): string[] {
  const iso = (md: string) => `${year}-${md}`;
  const days = ["01-01", "05-01", "05-02", "10-01", "10-02", "10-03"].map(iso);
  const lunar = LUNAR_DAYS.get(year);
  if (lunar) {
    const [newYear, qingming, duanwu, zhongqiu] = lunar;
    const [, m, d] = iso(newYear).split("-").map(Number);
    const first = daysFromCivil(year, m, d);
    for (let k = -1; k <= 2; k++) days.push(isoDate(first + k));
    days.push(iso(qingming), iso(duanwu), iso(zhongqiu));
  }
  return [...new Set(days)].sort();
}
