import { isoDate, parseIsoDate } from "../parse/date";
import { DEFAULTS } from "../rules/defaults";
import { civilFromDays, daysFromCivil } from "./civil";
import { statutoryHolidays } from "./statutoryHolidays";
import { nthWeekday, usFederalHolidays } from "./usHolidays";

/**
 * The built-in holiday calendars a rule set may choose (`followUp.calendar`): China's public
 * holidays and make-up working days (chineseHolidays.ts, statutoryHolidays.ts), the US federal
 * holidays (usHolidays.ts), or none (weekends only, with the rule set's extra days).
 */
export const HOLIDAY_CALENDARS = ["CN", "US", "none"] as const;
export type HolidayCalendar = (typeof HOLIDAY_CALENDARS)[number];

/**
 * The calendar a run uses and what chose it: the rule set's `followUp.calendar` ("rules"); else
 * the currency the report shows amounts in ("currency": `¥` China's, `$` the US's, `€` `£` `HK$`
 * none, since no built-in calendar is theirs), unless the sheets' headers are Chinese
 * ("language": China's, kept); with no currency, the workbook's language ("language": Chinese
 * headers or names China's, English ones the US's); else China's ("default": nothing says).
 */
export interface CalendarChoice {
  calendar: HolidayCalendar;
  from: "rules" | "currency" | "language" | "default";
  /** The currency symbol that chose it (from "currency"), or that was overruled (from "language"). */
  currency?: string;
}

/** The calendar of each currency symbol the report shows (currencyColumn.ts). */
const CALENDAR_OF_CURRENCY: Readonly<Record<string, HolidayCalendar>> = {
  "\u00A5": "CN",
  "\uFFE5": "CN",
  $: "US",
  "€": "none",
  "£": "none",
  HK$: "none",
};

/**
 * The holiday calendar of a run. The currency decides when the rule set does not, not the language
 * (tester60 U103: a US distributor in $ got China's National Day and make-up Sundays): --lang is
 * the reader's language, not the business's country (a Chinese shop's English-speaking manager,
 * an English CRM export of a Chinese company), while the money it is paid in is where it trades.
 * Mixed currencies ("") decide nothing. But a workbook whose sheets' headers are Chinese
 * (`language` "zh-CN": words/language.ts textLanguage over the headers and the customers' names)
 * keeps China's calendar whatever its currency (reviewer61 R5: a 外贸 exporter invoicing in USD got
 * calls on 中秋 and 国庆): the calendar is the staff's days off, and they follow the workbook's
 * language; the currency says only where the customers pay.
 * With no currency, that language decides too: Chinese, China's; English (no Chinese in the
 * headers or the names), the US's (reviewer61: an en-US CSV with no currency silently got China's
 * calendar, its calls planned through Christmas Day). English alone does not name a country, but
 * the US's days off cover New Year's Day and Christmas, which nearly every English-speaking
 * business closes on, and cost the others a contact a day later now and then; China's would plan
 * on both and move calls off days they work (a make-up Sunday). Said in the run's warnings, with
 * the rule that chooses another. Nothing to read ("default", no headers at all): China's.
 *
 * @example chooseCalendar(undefined, "$") // { calendar: "US", from: "currency", currency: "$" }
 * @example chooseCalendar(undefined, "$", "zh-CN") // { calendar: "CN", from: "language", currency: "$" }
 * @example chooseCalendar(undefined, undefined, "en-US") // { calendar: "US", from: "language" }
 */
export function chooseCalendar(
  chosen: HolidayCalendar | undefined,
  currency: string | undefined,
  language: "zh-CN" | "en-US" | null = null,
): CalendarChoice {
  if (chosen !== undefined) return { calendar: chosen, from: "rules" };
  const byCurrency = currency ? CALENDAR_OF_CURRENCY[currency] : undefined;
  if (byCurrency && byCurrency !== "CN" && language === "zh-CN")
    return { calendar: "CN", from: "language", currency };
  if (byCurrency) return { calendar: byCurrency, from: "currency", currency };
  if (language) return { calendar: language === "en-US" ? "US" : "CN", from: "language" };
  return { calendar: "CN", from: "default" };
}

/** The rule set's day lists (followUp.holidays, makeUpWorkdays and their extra lists). */
export interface HolidayRules {
  holidays: readonly string[];
  makeUpWorkdays: readonly string[];
  extraHolidays: readonly string[];
  extraMakeUpWorkdays: readonly string[];
}

/** The days off and the weekend days worked of a calendar over a span, and how far it is known. */
export interface HolidayLists {
  holidays: string[];
  makeUpWorkdays: string[];
  /**
   * The last day of the last year the announced holiday list covers (China's: rules.holidays; the
   * days of extraHolidays do not make a year known; NaN: an empty list); Infinity for a calendar
   * by rule (the US's) or none. Days after it are checked against weekends and the statutory
   * holidays, not that year's make-up working days and bridged days, not known yet.
   */
  calendarKnownUntil: number;
  /**
   * The last day of the last year whose make-up arrangements the rule set holds: calendarKnownUntil,
   * then each following year for which followUp.extraMakeUpWorkdays lists a day (the user entered
   * that year's State Council notice, as the calendar_ends warning asks). The warning counts the
   * contacts after it. Infinity when no yearly notice is needed.
   */
  arrangementsKnownUntil: number;
}

/**
 * The days off and worked of `calendar` for the days `from` to `until` (epoch days):
 * - CN: the announced lists (followUp.holidays, makeUpWorkdays) and, after them, the statutory
 *   holidays of each year (a contact is not put on 元旦 2027, tester52 L5), plus the extra lists;
 * - US: the federal holidays of each year (observed dates) and extraHolidays; a day in
 *   extraMakeUpWorkdays is worked, federal holiday or not (a business open on Columbus Day);
 * - none: extraHolidays and extraMakeUpWorkdays alone.
 * followUp.holidays and makeUpWorkdays are China's lists (their default is chinese-days'): they
 * apply to the CN calendar only.
 *
 * @example holidayLists(rules, "US", epochDay(2026, 11, 1), epochDay(2026, 12, 1)).holidays // […, "2026-11-26", …]
 */
export function holidayLists(
  rules: HolidayRules,
  calendar: HolidayCalendar,
  from: number,
  until: number,
): HolidayLists {
  const extraHolidays = [...rules.extraHolidays];
  const extraMakeUps = [...rules.extraMakeUpWorkdays];
  if (calendar === "none")
    return {
      holidays: extraHolidays,
      makeUpWorkdays: extraMakeUps,
      calendarKnownUntil: Infinity,
      arrangementsKnownUntil: Infinity,
    };
  if (calendar === "US") {
    const worked = new Set(extraMakeUps);
    const federal: string[] = [];
    for (let y = civilFromDays(from)[0]; y <= civilFromDays(until)[0]; y++)
      federal.push(...usFederalHolidays(y).filter((d) => !worked.has(d)));
    return {
      holidays: [...federal, ...extraHolidays],
      makeUpWorkdays: extraMakeUps,
      calendarKnownUntil: Infinity,
      arrangementsKnownUntil: Infinity,
    };
  }
  // The announced lists alone say which years are known: one company day off typed for a later
  // year (extraHolidays) must not switch that year's statutory holidays off (reviewer53 H3).
  const calendarKnownUntil = lastDayOfLastYear(rules.holidays);
  return {
    holidays: [...rules.holidays, ...extraHolidays, ...statutoryAfter(calendarKnownUntil, until)],
    makeUpWorkdays: [...rules.makeUpWorkdays, ...extraMakeUps],
    calendarKnownUntil,
    arrangementsKnownUntil: lastYearEntered(calendarKnownUntil, extraMakeUps),
  };
}

/**
 * The statutory holidays of the years after `known` (the holiday lists' last day) up to `until`: a
 * contact planned past the lists is not put on 元旦 or 春节 (tester52 L5). None when the lists are
 * empty (a rule set without holidays means none).
 */
function statutoryAfter(known: number, until: number): string[] {
  if (!Number.isFinite(known)) return [];
  const out: string[] = [];
  const last = civilFromDays(until)[0];
  for (let y = civilFromDays(known)[0] + 1; y <= last; y++) out.push(...statutoryHolidays(y));
  return out;
}

/**
 * `known` moved on to 31 December of each following year that has a day in `makeUps`, year by
 * year (a gap year stays unknown, and so do the years after it); `known` when none. NaN stays NaN.
 */
function lastYearEntered(known: number, makeUps: readonly string[]): number {
  if (!Number.isFinite(known)) return known;
  const years = new Set<number>();
  for (const m of makeUps) {
    const d = parseIsoDate(m);
    if (Number.isFinite(d)) years.add(civilFromDays(d)[0]);
  }
  let year = civilFromDays(known)[0];
  while (years.has(year + 1)) year++;
  return daysFromCivil(year, 12, 31);
}

/** 31 December of the latest year with a holiday in the list; NaN for an empty list. */
function lastDayOfLastYear(holidays: readonly string[]): number {
  let last = NaN;
  for (const h of holidays) {
    const d = parseIsoDate(h);
    if (Number.isFinite(d) && !(d <= last)) last = d;
  }
  return Number.isFinite(last) ? daysFromCivil(civilFromDays(last)[0], 12, 31) : NaN;
}

/** A festival for holiday care (followUp.festivals): its day and name in both languages. */
export interface Festival {
  date: string;
  name: string;
  nameEn: string;
}

/**
 * The festivals of holiday care with `calendar`: the rule set's as they are with China's; with
 * another, China's built-in ones (春节, 中秋节: the rule set's defaults) left out, the user's own
 * kept, and with the US's, Thanksgiving and Christmas of each year from `from` to `until` added
 * (tester60 U103's distributor had Spring Festival care listed for 8 accounts).
 *
 * @example festivalsFor("US", DEFAULTS.followUp.festivals, epochDay(2026, 11, 1), epochDay(2026, 12, 1)) // [{ date: "2026-11-26", name: "感恩节", nameEn: "Thanksgiving" }, …]
 */
export function festivalsFor(
  calendar: HolidayCalendar,
  festivals: readonly Festival[],
  from: number,
  until: number,
): Festival[] {
  if (calendar === "CN") return [...festivals];
  const china = new Set(DEFAULTS.followUp.festivals.map((f) => `${f.date} ${f.nameEn}`));
  const out = festivals.filter((f) => !china.has(`${f.date} ${f.nameEn}`));
  if (calendar === "US")
    for (let y = civilFromDays(from)[0]; y <= civilFromDays(until)[0]; y++) {
      out.push(
        { date: isoDate(nthWeekday(y, 11, 4, 4)), name: "感恩节", nameEn: "Thanksgiving" },
        { date: `${y}-12-25`, name: "圣诞节", nameEn: "Christmas" },
      );
    }
  return out;
}
