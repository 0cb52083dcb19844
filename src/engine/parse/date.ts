import type { Cell } from "../cells";
import type { DateOrder, DateOrderClue } from "./dateOrder";
import { toHalfWidth } from "./text";

/**
 * Days between Excel's day 0 as its serials from 61 (1900-03-01) on count (1899-12-30, after its
 * 1900 leap-year bug) and 1970-01-01. Serials 1–59 are a day later than this offset says:
 * fromExcelSerial / toExcelSerial / excelSerial hold the one rule.
 */
export const EXCEL_EPOCH_OFFSET = 25569;
/**
 * Days between the 1900 and the 1904 date system's day 0: a 1904 workbook's serial 0 is
 * 1904-01-01, the 1900 system's serial 1,462 (workbook/office/dateSystem.ts says how we tell).
 */
export const DAYS_1900_TO_1904 = 1462;
/** Milliseconds in a day (of UTC time, where epoch days keep their wall-clock time). */
export const MS_PER_DAY = 86_400_000;

/**
 * Dates are stored as "epoch days": days since 1970-01-01, fractional for a time of day, read as
 * wall-clock time with no time zone (as Excel does). NaN means no date.
 */
export type EpochDay = number;

/** Epoch day of a calendar date. @example epochDay(1970, 1, 2) // 1 */
export function epochDay(year: number, month: number, day: number): EpochDay {
  return Date.UTC(year, month - 1, day) / MS_PER_DAY;
}

/**
 * The serial of 1970-01-01 in a workbook's date system: what to add to an epoch day for its serial.
 *
 * @example excelEpochOffset(false) // 25569
 * @example excelEpochOffset(true) // 24107
 */
export function excelEpochOffset(date1904: boolean): number {
  return date1904 ? EXCEL_EPOCH_OFFSET - DAYS_1900_TO_1904 : EXCEL_EPOCH_OFFSET;
}

/** Epoch day of 1900-03-01, serial 61 in the 1900 date system: from it on serials count from 1899-12-30. */
export const MARCH_1_1900 = -25_508;

/**
 * Epoch day of an Excel serial date (1900 date system). Excel takes 1900 for a leap year (Lotus
 * 1-2-3's bug, kept): serial 1 is 1900-01-01, 59 is 1900-02-28, 60 is 1900-02-29, a day that never
 * was, and 61 is 1900-03-01. So serials below 60 count from 1899-12-31 and those from 61 on from
 * 1899-12-30, and serial 60 (with any time of day) is no date: NaN, so a 60 read as a date is
 * refused as unparseable, like 2025-02-30. Below 1 (a time of day alone: 0.5 is 12:00) the
 * count from 1899-12-31 goes on: 1899-12-31 12:00, which Excel shows as "1900-01-00 12:00".
 *
 * @example fromExcelSerial(45723) // epochDay(2025, 3, 7)
 * @example fromExcelSerial(1) // epochDay(1900, 1, 1)
 * @example fromExcelSerial(60) // NaN
 */
export function fromExcelSerial(serial: number): EpochDay {
  if (serial >= 61) return serial - EXCEL_EPOCH_OFFSET;
  return serial < 60 ? serial - (EXCEL_EPOCH_OFFSET - 1) : NaN;
}

/**
 * Excel serial (1900 date system) of an epoch day, the inverse of fromExcelSerial: a day before
 * 1900-03-01 is one serial lower than the count from 1899-12-30 gives (1900-01-01 is serial 1), and
 * no day gives 60. Days before 1900-01-01 give serials below 1, which no date shows (the writers
 * leave such a cell empty).
 *
 * @example toExcelSerial(epochDay(2025, 3, 7)) // 45723
 * @example toExcelSerial(epochDay(1900, 1, 1)) // 1
 */
export function toExcelSerial(day: EpochDay): number {
  return day >= MARCH_1_1900 ? day + EXCEL_EPOCH_OFFSET : day + (EXCEL_EPOCH_OFFSET - 1);
}

/**
 * Serial of an epoch day in a workbook's date system: toExcelSerial in the 1900 system; in the 1904
 * system (serial 0 = 1904-01-01, no false leap day) the plain count.
 *
 * @example excelSerial(epochDay(1900, 1, 1), false) // 1
 * @example excelSerial(epochDay(1904, 1, 1), true) // 0
 */
export function excelSerial(day: EpochDay, date1904: boolean): number {
  return date1904 ? day + (EXCEL_EPOCH_OFFSET - DAYS_1900_TO_1904) : toExcelSerial(day);
}

/**
 * The texts isoDate made, by whole day: a run's dates are a few thousand days said many times
 * (the reasons, talking points and last contacts of every row: a Date and its ISO text each
 * time before). Bounded: emptied when full.
 */
const ISO_DATES = new Map<number, string>();

/** ISO text (YYYY-MM-DD) of an epoch day; "" for NaN. @example isoDate(0) // "1970-01-01" */
export function isoDate(day: EpochDay): string {
  if (!Number.isFinite(day)) return "";
  const whole = Math.floor(day);
  let text = ISO_DATES.get(whole);
  if (text === undefined) {
    text = new Date(whole * MS_PER_DAY).toISOString().slice(0, 10);
    if (ISO_DATES.size >= 1 << 14) ISO_DATES.clear();
    ISO_DATES.set(whole, text);
  }
  return text;
}

/** ISO text with minutes (YYYY-MM-DD HH:MM) of an epoch day; "" for NaN. */
export function isoDateTime(day: EpochDay): string {
  if (!Number.isFinite(day)) return "";
  return new Date(Math.round(day * 1440) * 60_000).toISOString().slice(0, 16).replace("T", " ");
}

/** A JS Date read as wall-clock time (exceljs gives dates as UTC instants of the wall-clock time). */
export function fromJsDate(date: Date): EpochDay {
  const t = date.getTime();
  return isNaN(t) ? NaN : t / MS_PER_DAY;
}

/**
 * The JS Date of an epoch day, its wall-clock time as a UTC instant, to the millisecond (the
 * inverse of fromJsDate).
 *
 * @example toJsDate(epochDay(2025, 3, 7)).toISOString() // "2025-03-07T00:00:00.000Z"
 */
export function toJsDate(day: EpochDay): Date {
  return new Date(Math.round(day * MS_PER_DAY));
}

/** Epoch day of an ISO date text (YYYY-MM-DD), NaN when it is not one. */
export function parseIsoDate(text: string): EpochDay {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  return m ? validDay(+m[1], +m[2], +m[3], 0, 0, 0) : NaN;
}

/**
 * The day parseDate reads from a yyyy-mm-dd text of ASCII digits, given as the number yyyymmdd
 * (ingest's rawIsoKey of a CSV field's bytes), with no text made: NaN for no such day.
 *
 * @example isoKeyDay(20250307) === parseDate("2025-03-07") // true
 */
export function isoKeyDay(key: number): EpochDay {
  return validDay(Math.floor(key / 10000), Math.floor(key / 100) % 100, key % 100, 0, 0, 0);
}

// Serial numbers Excel can show as dates we accept: 1900-01-01 … 9999-12-31.
const MIN_SERIAL = 1;
const MAX_SERIAL = 2_958_465;

/**
 * The epoch day of a date (y, mo, d), NaN when there is no such day (2025-02-30), with a time of
 * day (h:mi:s) as its fraction: Date.UTC(y, mo - 1, d, h, mi, s) / MS_PER_DAY, worked out with
 * whole numbers (civilDay) instead of a Date made and read back per value (~1/3 of a 100k read's
 * date parsing; the same doubles: both sums are exact).
 */
function validDay(y: number, mo: number, d: number, h: number, mi: number, s: number): EpochDay {
  if (y < FIRST_YEAR || y > LAST_YEAR || mo < 1 || mo > 12 || d < 1 || d > 31) return NaN;
  if (h > 23 || mi > 59 || s > 59) return NaN;
  if (d > 28 && d > daysInMonth(y, mo)) return NaN; // 2025-02-30
  const ms = civilDay(y, mo, d) * MS_PER_DAY + h * 3_600_000 + mi * 60_000 + s * 1000;
  return ms / MS_PER_DAY;
}

/** The years of the dates read (the serials Excel shows as dates: MIN_SERIAL … MAX_SERIAL). */
export const FIRST_YEAR = 1900;
export const LAST_YEAR = 9999;

/**
 * Days in month mo (1–12) of year y (Gregorian).
 *
 * @example daysInMonth(2024, 2) // 29
 */
export function daysInMonth(y: number, mo: number): number {
  if (mo !== 2) return mo === 4 || mo === 6 || mo === 9 || mo === 11 ? 30 : 31;
  return y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28;
}

/**
 * Days from 1970-01-01 to the Gregorian date (y, mo, d) of whole numbers, the day valid (H.
 * Hinnant's days_from_civil): what Date.UTC(y, mo - 1, d) / MS_PER_DAY gives, with no Date.
 *
 * @example civilDay(2025, 3, 7) // 20154
 */
export function civilDay(y: number, mo: number, d: number): number {
  const year = mo <= 2 ? y - 1 : y;
  const era = Math.floor(year / 400);
  const yearOfEra = year - era * 400;
  const dayOfYear = Math.floor((153 * (mo > 2 ? mo - 3 : mo + 9) + 2) / 5) + d - 1;
  const dayOfEra =
    yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

// A clock time alone: hh:mm[:ss[.sss]], 15时28分, with AM/PM or 上午/中午/下午 before or after it.
const CLOCK =
  /^(上午|中午|下午|晚上|早上)?\s*(\d{1,2})\s*[:：时]\s*(\d{2})(?:\s*[:：分]\s*(\d{2})(?:\.\d+)?秒?)?分?\s*([ap]\.?m\.?)?$/i;

/**
 * The minute of the day a Time cell says (0–1439, seconds as a fraction), or NaN when it is no
 * clock time: 15:28, 15:28:09, 15:28:01.250, 3:28 PM, 下午3:28, 中午12:30, 15时28分, an Excel time
 * number (0.6444), a date-time serial's time or a date-time text's (2025-03-01 15:28:01, as a till's
 * CSV writes it: reviewer71 H5). "45 min" (a service's duration) and "" are NaN.
 *
 * @example minuteOfDay("15:28:30") // 928.5
 * @example minuteOfDay("3:28 PM") // 928
 * @example minuteOfDay("45 min") // NaN
 */
export function minuteOfDay(value: Cell): number {
  if (typeof value === "number") {
    if (!Number.isFinite(value) || value < 0) return NaN;
    return (value - Math.floor(value)) * 1440;
  }
  if (typeof value !== "string") return NaN;
  const text = toHalfWidth(value).trim();
  const m = CLOCK.exec(text);
  if (!m) return dateTimeMinute(text);
  let h = +m[2];
  // 中午 is noon: 12:30, and 1:30 after it.
  const half =
    m[5]?.toLowerCase().startsWith("p") ||
    m[1] === "下午" ||
    m[1] === "晚上" ||
    (m[1] === "中午" && (h < 6 || h === 12));
  if (m[5] !== undefined || m[1] !== undefined) {
    if (h > 12) return m[5] === undefined && h < 24 ? h * 60 + +m[3] + +(m[4] ?? 0) / 60 : NaN;
    h = (h % 12) + (half ? 12 : 0);
  }
  if (h > 23 || +m[3] > 59 || +(m[4] ?? 0) > 59) return NaN;
  return h * 60 + +m[3] + +(m[4] ?? 0) / 60;
}

/** The minute of the day of a date-time text (YMD, DMY_OR_MDY with a time), else NaN. */
function dateTimeMinute(text: string): number {
  const ymd = YMD.exec(text);
  const t = ymd ? ymd.slice(4, 7) : DMY_OR_MDY.exec(text)?.slice(4, 7);
  if (t === undefined || t[0] === undefined) return NaN;
  const [h, m, s] = [+t[0], +t[1], +(t[2] ?? 0)];
  return h > 23 || m > 59 || s > 59 ? NaN : h * 60 + m + s / 60;
}

// yyyy-m-d, yyyy/m/d, yyyy.m.d, yyyy年m月d日, each with an optional time hh:mm[:ss].
const YMD =
  /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:[\sT]+(\d{1,2})[:：时](\d{1,2})(?:[:：分](\d{1,2})秒?)?(?:\.\d+)?\s*(?:Z|[+-]\d{2}:?\d{2})?)?$/;
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/;
/**
 * n/n/yyyy, n.n.yyyy, n-n-yyyy or n/n/yy (a two-digit year only with slashes, as US exports
 * write it: 23-01-15 is a Chinese short yy-mm-dd, not 23 January 2015, reviewer51 F7) with an
 * optional time hh:mm[:ss], matched on half-width, trimmed
 * text: the one form whose day/month order is in doubt (a number > 12 settles it, else the
 * column's order does). The one pattern for it: parseDate reads it, dateOrderClue (dateOrder.ts)
 * asks it what a value says about its column's order, so a clue only comes from a value parseDate
 * reads this way.
 *
 * @example DMY_OR_MDY.exec("03/04/2025 10:30")?.slice(1, 4) // ["03", "04", "2025"]
 */
export const DMY_OR_MDY =
  /^(?=\d{1,2}[/.-]\d{1,2}[/.-]\d{4}|\d{1,2}\/\d{1,2}\/\d{2}(?!\d))(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;

/**
 * The year of n/n/yy or n/n/yyyy (DMY_OR_MDY's third group): a two-digit year as Excel reads it
 * by default, 00–29 as 2000–2029 and 30–99 as 1930–1999 (Microsoft KB Q164406 / Q214391, "How
 * Microsoft Excel works with two-digit year numbers"; Windows' default cutoff 2029): US exports
 * write 01/01/23 (tester51 C1).
 *
 * @example fullYear("23") // 2023
 * @example fullYear("30") // 1930
 * @example fullYear("2023") // 2023
 */
export function fullYear(year: string): number {
  const y = +year;
  if (year.length !== 2) return y;
  return y <= TWO_DIGIT_YEAR_CUTOFF ? 2000 + y : 1900 + y;
}

/** n/n/n with slashes and a two-digit first number: a short yy/mm/dd too (26/11/30). */
const SHORT_YMD = /^(\d{2})\/(\d{1,2})\/(\d{1,2})$/;

/**
 * A short date text read year first, yy/mm/dd, its year as fullYear reads a two-digit one
 * (26/11/30 → 2026-11-30); NaN when it is no such form or no such day. parseDate reads n/n/yy day
 * or month first, as Excel does (26/11/30 → 1930-11-26): a Chinese ledger writes 26/11/30 year
 * first, and a transaction before 1990 is no date anyway (tester63 L: early_date). The caller
 * decides when this reading is the one (transactionsBuilder: an early date, in a column showing
 * no month/day order), and says so.
 *
 * @example yearFirstShortDate("26/11/30") === epochDay(2026, 11, 30) // true
 * @example yearFirstShortDate("26/13/30") // NaN
 */
export function yearFirstShortDate(value: Cell): EpochDay {
  if (typeof value !== "string") return NaN;
  const m = SHORT_YMD.exec(dateText(value));
  return m ? validDay(fullYear(m[1]), +m[2], +m[3], 0, 0, 0) : NaN;
}

/** The last two-digit year read as 20yy (Excel's default window, fullYear). */
export const TWO_DIGIT_YEAR_CUTOFF = 29;

/**
 * Whether a date text writes its year with two digits, as parseDate reads it (DMY_OR_MDY's third
 * group, on the text parseDate matches): the dates fullYear's window decided.
 *
 * @example writesTwoDigitYear("01/01/23 10:30") // true
 * @example writesTwoDigitYear("01/01/2023") // false
 */
export function writesTwoDigitYear(value: string): boolean {
  return DMY_OR_MDY.exec(dateText(value))?.[3].length === 2;
}

/**
 * Reads a date the way users type or Excel stores it: serial numbers and date cells,
 * `2025-03-07`, `2025/3/7`, `2025.3.7`, `2025年3月7日`, `20250307` (as text or number), English
 * month names (`Mar 7, 2025`, `7-Mar-2025`, `07 March 2025`, `March 7, 2025`), each with an
 * optional time, and `3/7/2025` or `31/12/2025`. A date whose day and month could be either way
 * round (`03/07/2025`) is read in `order`: its column's order, decided once from the column's other
 * values (dateOrder.ts; ingest passes it), month first when nothing says. NaN when it is not a date.
 *
 * @example parseDate("2025年3月7日") === epochDay(2025, 3, 7) // true
 * @example parseDate(45723) === epochDay(2025, 3, 7)        // true (Excel serial)
 * @example parseDate("03/07/2025", "dayFirst") === epochDay(2025, 7, 3) // true
 * @example parseDate("Jan 01, 2023") === epochDay(2023, 1, 1) // true
 */
export function parseDate(value: Cell, order: DateOrder = "monthFirst"): EpochDay {
  if (value === null || value === undefined || typeof value === "boolean") return NaN;
  if (value instanceof Date) return fromJsDate(value);
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return NaN;
    if (value >= 19000101 && value <= 99991231 && Number.isInteger(value)) {
      return parseCompact(String(value)); // 20250307 typed as a number
    }
    if (value < MIN_SERIAL || value > MAX_SERIAL) return NaN;
    return fromExcelSerial(value);
  }
  // The usual text date, 2025-03-07 (what CSV exports hold, millions of times): read by position.
  if (value.length === 10 && value.charCodeAt(4) === 45 && value.charCodeAt(7) === 45) {
    const y = digits(value, 0, 4);
    const mo = digits(value, 5, 7);
    const d = digits(value, 8, 10);
    if (y >= 0 && mo >= 0 && d >= 0) return validDay(y, mo, d, 0, 0, 0);
  }
  // Its date-time, 2025-03-07 14:30[:05] (complaints' times): read by position as YMD reads it.
  if (isoDateTimeShape(value)) {
    const s = value.length === 19 ? digits(value, 17, 19) : 0;
    return validDay(
      digits(value, 0, 4),
      digits(value, 5, 7),
      digits(value, 8, 10),
      digits(value, 11, 13),
      digits(value, 14, 16),
      s,
    );
  }
  const text = dateText(value);
  if (text === "") return NaN;
  if (/星期|周|礼拜/.test(text)) return withWeekday(text, order);
  let m = YMD.exec(text);
  if (m) return validDay(+m[1], +m[2], +m[3], +(m[4] ?? 0), +(m[5] ?? 0), +(m[6] ?? 0));
  if (COMPACT.test(text)) return parseCompact(text);
  m = DMY_OR_MDY.exec(text);
  if (m) {
    const a = +m[1];
    const b = +m[2];
    const dayFirst = a > 12 || (b <= 12 && order === "dayFirst");
    const [mo, d] = dayFirst ? [b, a] : [a, b];
    return validDay(fullYear(m[3]), mo, d, +(m[4] ?? 0), +(m[5] ?? 0), +(m[6] ?? 0));
  }
  if (/[a-z]/i.test(text))
    return ENGLISH_WEEKDAY.test(text) ? withWeekday(text, order) : parseMonthName(text);
  // A serial number stored as text ("45723" or "45723.5"); not a month and day (1.6: 1月6日, no
  // year, which a serial reads as 1900-01-01 and called an empty cell: tester65 U201).
  if (/^\d{1,7}(\.\d+)?$/.test(text) && !(text.length <= 5 && hasNoYear(text))) {
    const serial = +text;
    if (serial >= MIN_SERIAL && serial <= MAX_SERIAL) return fromExcelSerial(serial);
  }
  return NaN;
}

/** What a typed date (an option's value) reads as: {@link readTypedDate}. */
export interface TypedDate {
  /** The day (with its time of day as a fraction), NaN when the text is none. */
  day: EpochDay;
  /**
   * The year, month and day as written, for a form of numbers (2025-02-30, 2025/2/30, 20250230,
   * 2025年2月30日, 30/2/2025), read before any check: to say what is wrong with one that is no day.
   * Month first for an ambiguous n/n/yyyy.
   */
  parts: { year: number; month: number; day: number } | null;
  /** n/n/yyyy with both numbers 1–12 and different: day first or month first cannot be told. */
  ambiguous: boolean;
  /**
   * A date with a weekday that is not its own (2025年12月31日 星期五): the date as read without it
   * (whole day), the weekday written and the date's own (0 Sunday … 6 Saturday). Null otherwise.
   */
  weekday: { date: EpochDay; written: number; actual: number } | null;
}

/** The weekday of a day, 0 Sunday … 6 Saturday (1970-01-01, epoch day 0, was a Thursday). */
export function weekdayOf(day: EpochDay): number {
  return (((Math.floor(day) + 4) % 7) + 7) % 7;
}

/**
 * A date a person types as a value on its own (`--as-of`, the rule set's `asOf`): the text forms
 * parseDate reads in the data (tester11 #11: `--as-of 2025/12/31` and `20251231` were refused,
 * though the README lists them for dates), read by parseDate itself, the one owner of date forms.
 * Two forms only a column settles are not days here: a serial number (45723: a cell's value, not
 * what anyone types), and n/n/yyyy whose day and month could be either way round (03/04/2025;
 * 13/04/2025 and 04/13/2025 are read), unless a weekday written with it is the weekday of one
 * reading only (03/04/2025 星期四 is 2025-04-03: reviewer12 D8). A time of day is kept as the
 * day's fraction.
 *
 * @example readTypedDate("2025/12/31").day === epochDay(2025, 12, 31) // true
 * @example readTypedDate("2025-02-30") // { day: NaN, parts: { year: 2025, month: 2, day: 30 }, ambiguous: false, weekday: null }
 * @example readTypedDate("03/04/2025").ambiguous // true
 * @example readTypedDate("2025年12月31日 星期五").weekday // { date: epochDay(2025, 12, 31), written: 5, actual: 3 }
 */
export function readTypedDate(value: string): TypedDate {
  const text = dateText(value);
  const none: TypedDate = { day: NaN, parts: null, ambiguous: false, weekday: null };
  if (text === "" || /^\d{1,7}(\.\d+)?$/.test(text)) return none;
  const w = writtenWeekday(text);
  if (w) {
    if (Number.isNaN(w.written)) return none;
    const { rest, written } = w;
    const read = readTypedDate(rest);
    if (read.ambiguous && read.parts) {
      // Either reading, kept when the weekday written is its own and not the other's.
      const { year, month, day } = read.parts;
      const monthFirst = validDay(year, month, day, 0, 0, 0);
      const dayFirst = validDay(year, day, month, 0, 0, 0);
      const fits = [monthFirst, dayFirst].filter((d) => weekdayOf(d) === written);
      if (fits.length === 1) {
        const withTime = parseDate(rest); // either reading's time of day (NaN when none is one)
        return { ...read, day: fits[0] + (withTime - Math.floor(withTime)), ambiguous: false };
      }
      return read;
    }
    if (Number.isNaN(read.day)) return read;
    const actual = weekdayOf(read.day);
    if (actual === written) return read;
    return { ...read, day: NaN, weekday: { date: Math.floor(read.day), written, actual } };
  }
  let parts: TypedDate["parts"] = null;
  let ambiguous = false;
  let m: RegExpExecArray | null;
  if ((m = YMD.exec(text)) || (m = COMPACT.exec(text))) {
    parts = { year: +m[1], month: +m[2], day: +m[3] };
  } else if ((m = DMY_OR_MDY.exec(text))) {
    const [a, b] = [+m[1], +m[2]];
    ambiguous = a <= 12 && b <= 12 && a !== b && a > 0 && b > 0;
    const year = fullYear(m[3]);
    parts = a > 12 ? { year, month: b, day: a } : { year, month: a, day: b };
  }
  return { day: ambiguous ? NaN : parseDate(value), parts, ambiguous, weekday: null };
}

/** Why a typed date is not a day ({@link typedDateProblem}); the catalog's `typedDate` words. */
export type TypedDateProblem =
  | { code: "notADate" }
  | { code: "noYear" }
  | { code: "ambiguous"; dayFirst: string; monthFirst: string }
  /** A month and day with no year, either way round (a birthday's 12/9): [month, day] each way. */
  | {
      code: "ambiguousMonthDay";
      dayFirst: readonly [number, number];
      monthFirst: readonly [number, number];
    }
  | { code: "noSuchMonth" }
  | { code: "yearRange"; from: number; to: number }
  | { code: "dayZero"; days: number }
  | { code: "noSuchDay"; year: number; month: number; days: number }
  | { code: "wrongWeekday"; date: string; written: number; actual: number };

/**
 * Why a typed date (readTypedDate) is not a day, null when it is one: no date form, a day and
 * month that could be either way round, a form of numbers with no such month, a year out of range
 * (1900–9999), day 00, a day past the month's end, or a weekday that is not the date's (stop-34
 * tester10 #13, reviewer10 D11, tester12 #9). One owner for `--as-of` (cli/args.ts) and the rule
 * set's `asOf` (rules/schema.ts), which say it in their own words.
 *
 * @example typedDateProblem("2025-02-30") // { code: "noSuchDay", year: 2025, month: 2, days: 28 }
 * @example typedDateProblem("2025年12月31日 星期五") // { code: "wrongWeekday", date: "2025-12-31", written: 5, actual: 3 }
 * @example typedDateProblem("2025/12/31") // null
 * @example typedDateProblem("11月3日") // { code: "noYear" }
 */
export function typedDateProblem(value: string): TypedDateProblem | null {
  const read = readTypedDate(value);
  if (!Number.isNaN(read.day)) return null;
  const { parts, ambiguous, weekday } = read;
  if (weekday)
    return {
      code: "wrongWeekday",
      date: isoDate(weekday.date),
      written: weekday.written,
      actual: weekday.actual,
    };
  if (!parts) return hasNoYear(value) ? { code: "noYear" } : { code: "notADate" };
  const { year, month, day } = parts;
  if (month < 1 || month > 12) return { code: "noSuchMonth" };
  if (year < FIRST_YEAR || year > LAST_YEAR)
    return { code: "yearRange", from: FIRST_YEAR, to: LAST_YEAR };
  if (ambiguous)
    return {
      code: "ambiguous",
      dayFirst: isoDate(epochDay(year, day, month)),
      monthFirst: isoDate(epochDay(year, month, day)),
    };
  const days = daysInMonth(year, month);
  if (day < 1) return { code: "dayZero", days };
  if (day > days) return { code: "noSuchDay", year, month, days };
  return { code: "notADate" }; // a day, with a time that is none (2025-12-31 25:00)
}

/** A month and day without a year: 11月3日, 11月3号, 11/3, 11-03, 11.30 (reviewer55 L5). */
const MONTH_DAY = /^(?:(\d{1,2})月(\d{1,2})[日号]?|(\d{1,2})[/.-](\d{1,2}))$/;
/** The same in English: Nov 3, November 3rd, 3 Nov. */
const MONTH_NAME_DAY = /^(?:([a-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?|(\d{1,2})\s+([a-z]+)\.?)$/i;

/**
 * Whether a text is a month and a day with no year (tester53 N19: `11月3日` was "not a date", and
 * what was missing went unsaid). Both numbers must be a month and a day either way round.
 *
 * @example hasNoYear("11月3日") // true
 * @example hasNoYear("Nov 3") // true
 * @example hasNoYear("13/45") // false
 */
function hasNoYear(value: string): boolean {
  return monthDayReadings(value, 31).length > 0;
}

/**
 * The day a month and day with no year (`1月8日`, `1.6`, `1/8`) is in `year` (the year its sheet's
 * name or title gives: ingest/sheetYear.ts), read month first unless `order` says day first when
 * both are a month and a day; NaN for any other text, or a day `year`'s month does not have.
 *
 * @example monthDayInYear("1.6", 2026) === epochDay(2026, 1, 6) // true
 * @example monthDayInYear("2026/1/6", 2026) // NaN (a full date: parseDate reads it)
 */
export function monthDayInYear(value: Cell, year: number, order?: DateOrder): EpochDay {
  if (typeof value !== "string") return NaN;
  const read = monthDayReadings(value, (month) => daysInMonth(year, month));
  if (read.length === 0) return NaN;
  const { month, day } = read.length > 1 && order === "dayFirst" ? read[1] : read[0];
  return epochDay(year, month, day);
}

/** The most days a month may have, in any year. */
const MONTH_DAYS_MOST = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * A month and day typed as a number (`1.6`, `12.25`: Excel keeps such a cell a number, read before
 * as the serial 1.6, 1900-01-01, "an empty date"; fix65e's note on tester65 U201), as its text,
 * with `ambiguous` when it may be another day typed with a last 0 Excel dropped (`1.1` for `1.10`,
 * `2.2` for `2.20`); null for any other number (no sale's date is a serial under 13, 1900-01-12).
 *
 * @example monthDayNumber(1.6) // { text: "1.6", month: 1, day: 6, ambiguous: false }
 * @example monthDayNumber(1.1) // { text: "1.1", month: 1, day: 1, ambiguous: true }
 * @example monthDayNumber(45723) // null
 */
export function monthDayNumber(
  value: number,
): { text: string; month: number; day: number; ambiguous: boolean } | null {
  if (!Number.isFinite(value) || Number.isInteger(value) || value < 1 || value >= 13) return null;
  const text = String(value);
  const m = /^(\d{1,2})\.(\d{1,2})$/.exec(text);
  if (!m) return null;
  const [month, day] = [+m[1], +m[2]];
  if (day < 1 || day > MONTH_DAYS_MOST[month - 1]) return null;
  const ambiguous = m[2].length === 1 && day * 10 <= MONTH_DAYS_MOST[month - 1];
  return { text, month, day, ambiguous };
}

/**
 * The month-and-day readings of a text with no year: `11月3日` and `Nov 3` one, `3/11` or `11-03`
 * month first, then day first, when both are a month and a day; `last` the last day a month may
 * have (one for all, or per month).
 */
function monthDayReadings(
  value: string,
  last: number | ((month: number) => number),
): { month: number; day: number; sep: string }[] {
  const text = dateText(value);
  const fits = (month: number, day: number) =>
    month >= 1 && month <= 12 && day >= 1 && day <= (typeof last === "number" ? last : last(month));
  const md = MONTH_DAY.exec(text);
  if (md) {
    if (md[1] !== undefined)
      return fits(+md[1], +md[2]) ? [{ month: +md[1], day: +md[2], sep: "月" }] : [];
    const [a, b, sep] = [+md[3], +md[4], text.charAt(md[3].length)];
    const read = fits(a, b) ? [{ month: a, day: b, sep }] : [];
    return a !== b && fits(b, a) ? [...read, { month: b, day: a, sep }] : read;
  }
  const named = MONTH_NAME_DAY.exec(text);
  if (!named) return [];
  const [name, day] = named[1] !== undefined ? [named[1], +named[2]] : [named[4], +named[3]];
  const month = MONTHS[name.toLowerCase()];
  return month !== undefined && fits(month, day) ? [{ month, day, sep: "" }] : [];
}

/**
 * Why a birthday is not read (birthdayWithoutYear, readTypedDate), null when it is: a month and day
 * with no year that could be either way round (`12/9`) is said so, with both ways written plainly,
 * not as "no year" (a birthday needs none; tester60 U101); else typedDateProblem's reason.
 *
 * @example birthdayProblem("12/9") // { code: "ambiguousMonthDay", dayFirst: [9, 12], monthFirst: [12, 9] }
 */
export function birthdayProblem(value: string): TypedDateProblem | null {
  const read = monthDayReadings(value, 31);
  if (read.length === 2 && read[0].sep !== "-")
    return {
      code: "ambiguousMonthDay",
      dayFirst: [read[1].month, read[1].day],
      monthFirst: [read[0].month, read[0].day],
    };
  return typedDateProblem(value);
}

/**
 * What a month and day with no year (a birthday's `12/20`) says of its column's day/month order:
 * `monthFirst` when its second number cannot be a month (`12/20`), `dayFirst` when its first cannot
 * (`25/12`), `ambiguous` when both could be (`12/11`), `none` for any other value (`12月9日`,
 * `Dec 9`, `12-09` read month first as 2025-12-09 is, `5/5`, a dated value).
 *
 * @example monthDayClue("12/20") // "monthFirst"
 * @example monthDayClue("12/11") // "ambiguous"
 */
export function monthDayClue(value: Cell): DateOrderClue {
  if (typeof value !== "string" || value.length > 24) return "none";
  const read = monthDayReadings(value, 31);
  const first = read[0];
  if (first === undefined || first.sep === "月" || first.sep === "" || first.sep === "-")
    return "none";
  if (read.length === 2) return "ambiguous";
  if (first.month === first.day) return "none";
  return parseInt(dateText(value), 10) === first.month ? "monthFirst" : "dayFirst";
}

/** The year a birthday with no year is kept in: a leap year, so 29 February is one. */
export const BIRTHDAY_YEAR_UNKNOWN = 2000;

/**
 * A birthday written with no year (tester60 U101: a salon's 生日 `12月9日`, all 16 refused as "no
 * year"): its month and day in BIRTHDAY_YEAR_UNKNOWN (a birthday care needs no more: its anniversary
 * in any year; 29 February falls on the 28th in common years, nextBirthday). Only a text that says
 * which is the month: `12月9日`, `Dec 9`, `9 Dec`, `12-09` (month first, as 2025-12-09 is),
 * `25/12`; `12/9` or `9.12` (day or month first?) only in `order`, the order its column or sheet
 * shows (tester61 U121: US `12/11` beside `03/15/2025`), else NaN; NaN for anything else.
 *
 * @example isoDate(birthdayWithoutYear("12月9日")) // "2000-12-09"
 * @example birthdayWithoutYear("12/9") // NaN
 * @example isoDate(birthdayWithoutYear("12/9", "monthFirst")) // "2000-12-09"
 */
export function birthdayWithoutYear(value: string, order?: DateOrder): EpochDay {
  const read = monthDayReadings(value, (month) => daysInMonth(BIRTHDAY_YEAR_UNKNOWN, month));
  let first = read[0];
  if (first !== undefined && read.length > 1 && first.sep !== "-") {
    if (order === undefined) return NaN;
    if (order === "dayFirst") first = read[1];
  }
  if (first === undefined) return NaN;
  return epochDay(BIRTHDAY_YEAR_UNKNOWN, first.month, first.day);
}

/** A time the way Chinese Excel writes it: 上午/下午 before h:mm[:ss], 12-hour. */
const TIME_ZH_12H = /\s*(上午|下午)\s*(\d{1,2})[:：](\d{2})(?:[:：](\d{2}))?$/;
/** h:mm[:ss] AM/PM after a numeric date ("3/5/2025 2:30 PM", US Excel). */
const TIME_AM_PM = /\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([ap])\.?m\.?$/i;
/** 14时30分[05秒] or 14时. */
const TIME_ZH_HOURS = /(\d{1,2})时(?:(\d{1,2})分(?:(\d{1,2})秒)?)?$/;

/**
 * A text date as parseDate and dateOrderClue read it: half-width, trimmed, without Excel's text
 * marker (a leading '), its time written as 24-hour h:mm:ss (`2025/3/5 下午 3:30` →
 * `2025/3/5 15:30:00`, `3/5/2025 2:30 PM` → `3/5/2025 14:30:00`, `2025年3月5日14时` →
 * `2025年3月5日 14:00:00`). A 12-hour time out of 1–12 is left as it is (and does not read).
 *
 * @example dateText(" 2025/3/5 下午 3:30 ") // "2025/3/5 15:30:00"
 */
export function dateText(value: string): string {
  let text = toHalfWidth(value).trim();
  if (text.startsWith("'")) text = text.slice(1).trim();
  // Most dates have no time: no regular expression for them (millions of rows take this path).
  const last = text.charCodeAt(text.length - 1) | 32; // "m" of AM/PM, "." of a.m.
  if (last !== 109 && last !== 46 && !/[午时日]/.test(text)) return text;
  // 2025年3月5日14:30: the time straight after 日.
  text = text.replace(/日(?=\d)/, "日 ");
  const hms = (h: number, m: string, sec: string | undefined) =>
    ` ${h}:${m.padStart(2, "0")}:${(sec ?? "0").padStart(2, "0")}`;
  const twelve = (h: number, pm: boolean) => (h % 12) + (pm ? 12 : 0);
  let m = TIME_ZH_12H.exec(text);
  if (m && +m[2] >= 1 && +m[2] <= 12)
    return text.slice(0, m.index) + hms(twelve(+m[2], m[1] === "下午"), m[3], m[4]);
  m = TIME_AM_PM.exec(text);
  if (m && /^[\d/.-]+$/.test(text.slice(0, m.index)) && +m[1] >= 1 && +m[1] <= 12)
    return text.slice(0, m.index) + hms(twelve(+m[1], m[4].toLowerCase() === "p"), m[2], m[3]);
  m = TIME_ZH_HOURS.exec(text);
  if (m && /日\s*$|\d\s+$/.test(text.slice(0, m.index)))
    return text.slice(0, m.index).trimEnd() + hms(+m[1], m[2] ?? "0", m[3]);
  return text;
}

/** 星期一 … 星期日 (周一, 礼拜天, in brackets or not), anywhere after the date. */
const WEEKDAY_ZH = /\s*\(?(?:星期|周|礼拜)([一二三四五六日天])\)?\s*/;
const WEEKDAY_NUMBER: Record<string, number> = {
  日: 0,
  天: 0,
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
};

/**
 * Sunday … Saturday in English, whole or cut (Sun, Tues, Thurs; a dot after it or not), before
 * the date (`Friday, 31 December 2025`, `Fri Dec 31 2025`) or after it (`2025-12-31 Wednesday`,
 * `2025-12-31 (Wed)`). Group 1 or 2 is the name.
 */
const ENGLISH_WEEKDAY =
  /^(sun(?:day)?|mon(?:day)?|tue(?:s|sday)?|wed(?:s|nesday)?|thu(?:r|rs|rsday)?|fri(?:day)?|sat(?:urday)?)\.?,?\s+|(?:\s*,\s*|\s+)\(?(sun(?:day)?|mon(?:day)?|tue(?:s|sday)?|wed(?:s|nesday)?|thu(?:r|rs|rsday)?|fri(?:day)?|sat(?:urday)?)\.?\)?$/i;
const ENGLISH_WEEKDAY_NUMBER: Record<string, number> = {
  sun: 0,
  mon: 1,
  tue: 2,
  wed: 3,
  thu: 4,
  fri: 5,
  sat: 6,
};

/**
 * The weekday written with a date, in Chinese (星期五, 周五, 礼拜五, anywhere after the date) or in
 * English (Friday, Fri; before or after it): the text without it and the weekday, 0 Sunday … 6
 * Saturday (`written` NaN when the text has a second weekday). Null when it writes none.
 *
 * @example writtenWeekday("Friday, 31 December 2025") // { rest: "31 December 2025", written: 5 }
 */
function writtenWeekday(text: string): { rest: string; written: number } | null {
  const zh = WEEKDAY_ZH.exec(text);
  const en = zh && zh.index > 0 ? null : ENGLISH_WEEKDAY.exec(text);
  const m = zh && zh.index > 0 ? zh : en;
  if (!m) return null;
  const rest = (text.slice(0, m.index) + " " + text.slice(m.index + m[0].length)).trim();
  const name = en ? (en[1] ?? en[2]).slice(0, 3).toLowerCase() : "";
  const written = en ? ENGLISH_WEEKDAY_NUMBER[name] : WEEKDAY_NUMBER[m[1]];
  const another = /星期|周|礼拜/.test(rest) || ENGLISH_WEEKDAY.test(rest);
  return { rest, written: another ? NaN : written };
}

/**
 * A date with its weekday, as Excel's long Chinese date format shows it (`2023年01月02日 星期一`, a
 * common export) or an English one (`Monday, January 2, 2023`): the date without the weekday, when
 * the weekday is that date's; NaN when it is not (one of the two is mistyped, and which cannot be
 * told: tester13 #1, `Friday, 31 December 2025` was read as 2025-12-31, a Wednesday).
 *
 * @example withWeekday("2023年01月02日 星期一", "monthFirst") === epochDay(2023, 1, 2) // true
 * @example withWeekday("Fri, Dec 31, 2025", "monthFirst") // NaN (2025-12-31 is a Wednesday)
 */
function withWeekday(text: string, order: DateOrder): EpochDay {
  const w = writtenWeekday(text);
  if (!w || Number.isNaN(w.written)) return NaN;
  const day = parseDate(w.rest, order);
  if (Number.isNaN(day)) return NaN;
  return weekdayOf(day) === w.written ? day : NaN;
}

/**
 * True for yyyy-mm-dd hh:mm or yyyy-mm-dd hh:mm:ss (a space or a T between), every other character
 * a digit: a text YMD reads with no change by dateText, and no n/n/yyyy (dateOrderClue's "none").
 *
 * @example isoDateTimeShape("2025-03-07 14:30") // true
 * @example isoDateTimeShape("2025-3-7 14:30") // false (YMD reads it: not by position)
 */
export function isoDateTimeShape(value: string): boolean {
  const n = value.length;
  if (n !== 16 && n !== 19) return false;
  if (value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return false;
  const t = value.charCodeAt(10);
  if ((t !== 32 && t !== 84) || value.charCodeAt(13) !== 58) return false;
  if (n === 19 && value.charCodeAt(16) !== 58) return false;
  for (let i = 0; i < n; i++) {
    if (i === 4 || i === 7 || i === 10 || i === 13 || i === 16) continue;
    const c = value.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return false;
  }
  return true;
}

/** The number the ASCII digits text[from, to) spell, or -1 when any is not a digit. */
function digits(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

function parseCompact(text: string): EpochDay {
  const m = COMPACT.exec(text);
  return m ? validDay(+m[1], +m[2], +m[3], 0, 0, 0) : NaN;
}

/** English month names and their abbreviations, lower case, to the month (1–12). @example MONTHS.sept // 9 */
export const MONTHS: Readonly<Record<string, number>> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
  january: 1,
  february: 2,
  march: 3,
  april: 4,
  june: 6,
  july: 7,
  august: 8,
  september: 9,
  october: 10,
  november: 11,
  december: 12,
};
// The date, then an optional time hh:mm[:ss] [AM|PM] (a weekday written with it is checked and
// cut first: withWeekday).
const TIME = "(?:[\\sT,]+(\\d{1,2}):(\\d{2})(?::(\\d{2}))?\\s*([ap]\\.?m\\.?)?)?";
// Jan 01, 2023 · January 1, 2023 · Jan 1 2023
const MONTH_DAY_YEAR = new RegExp(
  `^([a-z]{3,9})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})${TIME}$`,
  "i",
);
// 1-Jan-2023 · 01 January 2023 · 1 Jan 23 (two-digit years as Excel reads them: 00–29 → 20xx)
const DAY_MONTH_YEAR = new RegExp(
  `^(\\d{1,2})(?:st|nd|rd|th)?[-\\s/.]([a-z]{3,9})\\.?,?[-\\s/.](\\d{4}|\\d{2})${TIME}$`,
  "i",
);

/** Dates with an English month name (what English Excel exports write); NaN when not one. */
function parseMonthName(text: string): EpochDay {
  let m = MONTH_DAY_YEAR.exec(text);
  let month: string;
  let day: string;
  let year: number;
  if (m) {
    [month, day, year] = [m[1], m[2], +m[3]];
  } else {
    m = DAY_MONTH_YEAR.exec(text);
    if (!m) return NaN;
    [day, month, year] = [m[1], m[2], +m[3]];
    if (m[3].length === 2) year += year < 30 ? 2000 : 1900;
  }
  const mo = MONTHS[month.toLowerCase()];
  if (mo === undefined) return NaN;
  let h = +(m[4] ?? 0);
  const pm = m[7]?.toLowerCase().startsWith("p");
  if (m[7] !== undefined) {
    if (h < 1 || h > 12) return NaN;
    h = (h % 12) + (pm ? 12 : 0);
  }
  return validDay(year, mo, +day, h, +(m[5] ?? 0), +(m[6] ?? 0));
}
