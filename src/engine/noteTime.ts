import { civilFromDays, daysFromCivil } from "./calendar/civil";
import { springFestival } from "./calendar/statutoryHolidays";
import { weekday } from "./calendar/weekday";
import { MONTHS } from "./parse/date";

/**
 * A time a note puts the customer off to, relative to the note's own day (reviewer63 R9: "Do not
 * call. Try in March", 不要打电话，明年3月再联系, 别打了，过完年再说, 下周再打, busy until 15 Jan were
 * either refused for ever or called the same month). What it reads, each as the first day of the
 * period it names, after the note's day:
 * - a month: 三月 / 3月 / 明年三月 / 3月份 / 3月中 / 3月底, March / in March / next March / early,
 *   mid or late March: the next such month after the note's (明年: of the next year); after March:
 *   April;
 * - 下个月 / 下月 / next month (the 1st), 下周 / 下星期 / next week (Monday; 下周三: its Wednesday),
 *   周三 / 星期五 (the next such day after the note's), 明年 / next year (1 Jan);
 * - 过完年 / 年后 / 过年后 / 春节后 / after Chinese New Year: the day after 正月初七 (春节 + 7 days,
 *   calendar/statutoryHolidays.ts springFestival); 元旦后 / after New Year / after the holidays /
 *   after Christmas: 2 January; 节后: the same, read in December and January to 春节 (then 春节's),
 *   国庆 (8 October) in September, else no time;
 * - a date: 2027-01-15 / 2027年1月15日 / 1月15日 / 1月15号 / 15 Jan / Jan 15 (with no year, the next
 *   such day on or after the note's);
 * - a span: 两周后 / 3天后 / 两个月后 / in two weeks / in 10 days / in a couple of months.
 * Never a day before the note's, never more than MAX_DAYS after it (a date further off: none).
 * Case is ignored.
 *
 * @example timeInNote("不要打电话。明年三月再联系", daysFromCivil(2026, 11, 20))?.day // 2027-03-01's epoch day
 */
export interface NoteTime {
  /** The first day of the time named (epoch day), on or after the note's day. */
  day: number;
  /**
   * What it named: a month (month: 1–12), a day of the week (周三, 下周三: read only in a dated note,
   * and no lifting of a refusal: 不要打电话，周三来店里的时候再说 is talk in person), else a day (a date,
   * a week, a span, a holiday's end).
   */
  kind: "month" | "weekday" | "day";
  /** Where the phrase is in the note (lower-cased, as `text`) and where it ends. */
  at: number;
  end: number;
}

/** Farthest a note's time may lie after the note, in days (a date further off is not a put-off). */
export const MAX_DAYS = 400;

const CN_DIGITS: Readonly<Record<string, number>> = {
  〇: 0,
  零: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** The number digits or Chinese numerals up to 99 write (3, 十二, 二十五, 两); NaN otherwise. */
function numberOf(s: string): number {
  if (/^\d+$/.test(s)) return +s;
  const ten = s.indexOf("十");
  if (ten < 0) return s.length === 1 && s in CN_DIGITS ? CN_DIGITS[s] : NaN;
  const tens = ten === 0 ? 1 : (CN_DIGITS[s.slice(0, ten)] ?? NaN);
  const rest = s.slice(ten + 1);
  const ones = rest === "" ? 0 : rest.length === 1 ? (CN_DIGITS[rest] ?? NaN) : NaN;
  return tens * 10 + ones;
}

const EN_NUMBERS: Readonly<Record<string, number>> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  "a couple of": 2,
  "a few": 3,
};

const NUM = "(\\d{1,3}|[一二两三四五六七八九十]{1,3})";
const CN_MONTH = "(\\d{1,2}|十[一二]?|[一二两三四五六七八九])";
const CN_DAY = "(\\d{1,2}|[一二三四五六七八九十]{1,3})";
const EN_MONTH = Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .join("|");
// What may stand before a Chinese number that is a month or a day: not another digit or numeral, nor
// 个 (三个月: three months) or 第.
const NOT_NUMBER_BEFORE = "(?<![\\d一二两三四五六七八九十第])";

/** A regular expression of `source`, global (read with exec from lastIndex). */
function globalRe(source: string): RegExp {
  return new RegExp(source, "g");
}

/** Epoch day of year/month/day, month past 12 rolled into the next year. */
function civil(year: number, month: number, day: number): number {
  return daysFromCivil(year + Math.floor((month - 1) / 12), ((month - 1) % 12) + 1, day);
}

/** Whether `day` is a real day of the month (1 to its last). */
function validDate(year: number, month: number, day: number): boolean {
  return (
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= civil(year, month + 1, 1) - civil(year, month, 1)
  );
}

/** The next `month`/`day` on or after `from` (no year written); NaN when not a real day. */
function nextDate(from: number, month: number, day: number): number {
  const [y] = civilFromDays(from);
  for (const year of [y, y + 1]) {
    if (!validDate(year, month, day)) continue;
    const d = civil(year, month, day);
    if (d >= from) return d;
  }
  return NaN;
}

/**
 * The first `part` day (1, 11, 21: 初, 中, 底) of the next `month` after `from`'s month (`next`: of
 * its next year). The note's own month is this month, not next year's: NaN once that part of it has
 * begun (11月 on 11-25 names no time; 11月底 on 11-10 is 11-21). Only 明年 / next names it a year on.
 */
function monthDay(
  from: number,
  month: number,
  part: number,
  year: "next" | "this" | "any",
): number {
  const [y, m] = civilFromDays(from);
  if (month < 1 || month > 12) return NaN;
  if (year === "next") return civil(y + 1, month, part);
  if (year === "this") return Math.max(from, civil(y, month, part));
  if (month === m) return civil(y, month, part) > from ? civil(y, month, part) : NaN;
  return month > m ? civil(y, month, part) : civil(y + 1, month, part);
}

/** The day after 正月初七 (春节 + 7) next after `from`, NaN past the table. */
function afterSpringFestival(from: number): number {
  const [y] = civilFromDays(from);
  for (const year of [y, y + 1]) {
    const d = springFestival(year) + 7;
    if (d > from) return d;
  }
  return NaN;
}

/** 2 January next after `from`. */
function afterNewYear(from: number): number {
  const [y] = civilFromDays(from);
  const d = civil(y, 1, 2);
  return d > from ? d : civil(y + 1, 1, 2);
}

/** 节后 read on `from`: after 元旦 in December, after 春节 from January to it, after 国庆 in September. */
function afterHoliday(from: number): number {
  const [y, m] = civilFromDays(from);
  if (m === 12) return afterNewYear(from);
  if (m === 9 || (m === 10 && from < civil(y, 10, 8))) return civil(y, 10, 8);
  const spring = afterSpringFestival(from);
  return m <= 2 && spring - from < 60 ? spring : NaN;
}

/** The Monday of the week after `from`'s, `weeks` - 1 weeks later. */
/** The day of the week 一 … 六, 日 / 天 name: 1 Monday … 6 Saturday, 0 Sunday (as `weekday`). */
function weekdayOf(name: string): number {
  return name === "日" || name === "天" ? 0 : CN_DIGITS[name];
}

function nextWeek(from: number, weeks: number): number {
  return from - ((weekday(from) + 6) % 7) + 7 * weeks;
}

/** `from` plus `n` months (the same day of the month, the last when that month is shorter). */
function addMonths(from: number, n: number): number {
  const [y, m, d] = civilFromDays(from);
  const last = civil(y, m + n + 1, 1) - 1;
  return Math.min(civil(y, m + n, d), last);
}

const PART_ZH: Readonly<Record<string, number>> = {
  初: 1,
  上旬: 1,
  中: 11,
  中旬: 11,
  底: 21,
  末: 21,
  下旬: 21,
};
const PART_EN: Readonly<Record<string, number>> = { early: 1, mid: 11, late: 21, "end of": 21 };

interface Reader {
  re: RegExp;
  /** The day the match names, read on the note's day; NaN none. */
  day: (m: RegExpExecArray, from: number) => number;
  kind?: "month" | "weekday";
}

const READERS: readonly Reader[] = [
  // 2027-01-15, 2027/1/15, 2027年1月15日
  {
    re: /(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})(?:\s*[日号])?/g,
    day: (m) => (validDate(+m[1], +m[2], +m[3]) ? civil(+m[1], +m[2], +m[3]) : NaN),
  },
  // 1月15日, 明年1月15号
  {
    re: globalRe(`(明年|今年)?${NOT_NUMBER_BEFORE}${CN_MONTH}月份?${CN_DAY}[日号]`),
    day: (m, from) => {
      const [month, d] = [numberOf(m[2]), numberOf(m[3])];
      if (m[1] === undefined) return nextDate(from, month, d);
      const y = civilFromDays(from)[0] + (m[1] === "明年" ? 1 : 0);
      return validDate(y, month, d) ? civil(y, month, d) : NaN;
    },
  },
  // 15 Jan, 15th of January 2027
  {
    re: globalRe(
      `\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${EN_MONTH})\\b\\.?(?:,?\\s+(\\d{4}))?`,
    ),
    day: (m, from) => englishDate(from, +m[1], MONTHS[m[2]], m[3]),
  },
  // Jan 15, January 15th, 2027
  {
    re: globalRe(
      `\\b(${EN_MONTH})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?!\\s*[:\\d])(?:,?\\s+(\\d{4}))?`,
    ),
    day: (m, from) => englishDate(from, +m[2], MONTHS[m[1]], m[3]),
  },
  // 明年三月, 3月份, 三月底
  {
    re: globalRe(
      `(明年|今年)?${NOT_NUMBER_BEFORE}${CN_MONTH}月(?!份?(?:\\d{1,2}|[一二三四五六七八九十]{1,3})[日号])份?(上旬|中旬|下旬|初|中|底|末)?`,
    ),
    day: (m, from) =>
      monthDay(
        from,
        numberOf(m[2]),
        PART_ZH[m[3] ?? "初"],
        m[1] === "明年" ? "next" : m[1] === "今年" ? "this" : "any",
      ),
    kind: "month",
  },
  // (in / next / early / mid / late / after) March (2027); "may" and the abbreviations only after
  // one of these words or before a year (you may call, a mar on the door).
  {
    re: globalRe(
      `(?:\\b(next|in|early|mid|late|end of|until|till|after|by|from)[\\s-]+)?\\b(${EN_MONTH})\\b\\.?(?:\\s+(\\d{4}))?`,
    ),
    day: (m, from) => {
      const [word, name, year] = [m[1], m[2], m[3]];
      const full = name.length > 3 && name !== "sept";
      if (word === undefined && year === undefined && (!full || name === "may")) return NaN;
      const month = MONTHS[name] + (word === "after" ? 1 : 0);
      const part = PART_EN[word ?? ""] ?? 1;
      if (year !== undefined) return civil(+year, month, part);
      const [, now] = civilFromDays(from);
      const named = month > 12 ? 1 : month; // after December: January
      return monthDay(from, named, part, word === "next" && named <= now ? "next" : "any");
    },
    kind: "month",
  },
  // 下周三, 下下周二, 下个星期五: that day of the week in the next week (or the one after)
  {
    re: /(下下|下个?)(?:周|星期|礼拜)([一二三四五六日天])(?!\s*(?:到|至|~|-|—|和|、|(?:周|星期|礼拜)))/g,
    day: (m, from) => nextWeek(from, m[1] === "下下" ? 2 : 1) + ((weekdayOf(m[2]) + 6) % 7),
    kind: "weekday",
  },
  // 下下周, 下周, 下个星期, next week: its Monday
  {
    re: /(下下|下个?)(?:周|星期|礼拜)|\b(?:the\s+)?(week after next|next week)\b/g,
    day: (m, from) => nextWeek(from, m[1] === "下下" || m[2] === "week after next" ? 2 : 1),
  },

  // 周三, 星期五, 礼拜天: the next such day after the note's (not 每周三, 上周三, nor 一周三次 — a count;
  // nor a range of days: 周一到周五, 周一至周五, 周六周日, which says when she works or is free)
  {
    re: /(?<![每上一二两三四五六七八九十几\d]|(?:周|星期|礼拜)[一二三四五六日天](?:到|至|~|-|—|和|、)?)(?:周|星期|礼拜)([一二三四五六日天])(?![次回遍个天周]|\s*(?:到|至|~|-|—|和|、|(?:周|星期|礼拜)))/g,
    day: (m, from) => from + ((weekdayOf(m[1]) - weekday(from) + 6) % 7) + 1,
    kind: "weekday",
  },
  // 下个月(初/中/底), next month
  {
    re: /下个?月(上旬|中旬|下旬|初|中|底|末)?|\b(early |mid-?|late |end of )?next month\b/g,
    day: (m, from) => {
      const [y, mo] = civilFromDays(from);
      const part =
        m[1] !== undefined ? PART_ZH[m[1]] : (PART_EN[(m[2] ?? "").trim().replace(/-$/, "")] ?? 1);
      return civil(y, mo + 1, part);
    },
  },
  // 两周后, 3天后, 两个月以后, 一个星期后
  {
    re: globalRe(`${NOT_NUMBER_BEFORE}${NUM}\\s*(天|日|周|个星期|个礼拜|星期|个月)(?:以|之)?后`),
    day: (m, from) => span(from, numberOf(m[1]), m[2]),
  },
  // in two weeks, in 10 days, in a couple of months, two weeks from now, after 2 weeks, in a fortnight
  {
    re: /\b(?:in|after)\s+(\d{1,3}|an?|one|two|three|four|five|six|a couple of|a few)\s+(days?|weeks?|months?)\b|\b(\d{1,3}|one|two|three|four|five|six)\s+(days?|weeks?|months?)\s+from\s+(?:now|today)\b|\bin\s+a\s+(fortnight)\b/g,
    day: (m, from) => {
      if (m[5] !== undefined) return from + 14;
      const n = m[1] ?? m[3];
      return span(from, /^\d+$/.test(n) ? +n : EN_NUMBERS[n], (m[2] ?? m[4]).replace(/s$/, ""));
    },
  },
  // 过完年, 年后, 春节后, 元宵节后, after Chinese New Year
  {
    re: /过完年|过了年|过年(?:以|之)?后|春节(?:以|之|过)?后|过完春节|元宵节?(?:以|之|过)?后|(?<![\d一二两三四五六七八九十个半明今去前])年(?:以|之)?后|\bafter\s+(?:the\s+)?(?:chinese\s+new\s+year|lunar\s+new\s+year|cny|spring\s+festival)\b/g,
    day: (m, from) =>
      m[0].startsWith("元宵") ? afterSpringFestival(from) + 8 : afterSpringFestival(from),
  },
  // 元旦后, after New Year, after the holidays, after Christmas
  {
    re: /元旦(?:以|之|过)?后|过完元旦|\bafter\s+(?:the\s+)?(?:new\s+year(?:'s)?|holidays|christmas|xmas)\b/g,
    day: (_m, from) => afterNewYear(from),
  },
  // 节后 (after the holiday the note's time of year has)
  { re: /(?<!春|宵)节(?:以|之|过)?后/g, day: (_m, from) => afterHoliday(from) },
  // 明年, next year
  {
    re: /明年(?![一二两三四五六七八九十\d])|\bnext year\b/g,
    day: (_m, from) => civil(civilFromDays(from)[0] + 1, 1, 1),
  },
];

/** A written date in English on `from`'s note: with its year, that day; without, the next such day. */
function englishDate(from: number, day: number, month: number, year: string | undefined): number {
  if (year === undefined) return nextDate(from, month, day);
  return validDate(+year, month, day) ? civil(+year, month, day) : NaN;
}

/** `from` plus `n` days, weeks or months (天 / 日 / day, 周 / 星期 / week, 个月 / month). */
function span(from: number, n: number, unit: string): number {
  if (!(n > 0)) return NaN;
  if (unit === "天" || unit === "日" || unit === "day") return from + n;
  if (unit === "个月" || unit === "month") return addMonths(from, n);
  return from + 7 * n;
}

/**
 * Every time `text` names, read on the note's day `from` (epoch day), in the order they are
 * written; a phrase read by an earlier reader (a date) is not read again by a later one (its month).
 *
 * @example timesInNote("1月15日再联系", daysFromCivil(2026, 11, 20)).map((t) => t.day) // [2027-01-15's day]
 */
export function timesInNote(text: string, from: number): NoteTime[] {
  const t = text.toLowerCase();
  return MAY_NAME_TIME.test(t) ? readTimes(t, from) : [];
}

/**
 * What every reader's phrase holds one of (lower-cased): a digit; a character of a Chinese month,
 * week, year or holiday (月 周 星 礼 年 节 元 春); a span's 天 or 日 before 后 (3天后, 两日之后); an
 * English month (its first three letters), week, month, year, day, fortnight or holiday word. A
 * note with none names no time, and no reader is run on it (已联系，客户很满意, 不要再联系了: most
 * notes). noteTime.test checks every reader's phrases against it.
 */
export const MAY_NAME_TIME = new RegExp(
  `\\d|[月周星礼年节元春]|[天日](?:以|之)?后|${Object.keys(MONTHS)
    .filter((m) => m.length === 3)
    .join("|")}|week|month|year|day|fortnight|holiday|christmas|xmas|cny|spring`,
);

/** timesInNote of a lower-cased note, every reader run. */
export function readTimes(t: string, from: number): NoteTime[] {
  const day = Math.floor(from);
  const out: NoteTime[] = [];
  const taken: Array<[number, number]> = [];
  for (const reader of READERS) {
    reader.re.lastIndex = 0;
    for (let m = reader.re.exec(t); m !== null; m = reader.re.exec(t)) {
      const at = m.index;
      const end = at + m[0].length;
      if (m[0] === "" || taken.some(([a, b]) => at < b && end > a)) continue;
      const d = reader.day(m, day);
      taken.push([at, end]);
      if (!(d >= day && d - day <= MAX_DAYS)) continue;
      out.push({ day: d, kind: reader.kind ?? "day", at, end });
    }
  }
  return out.sort((a, b) => a.at - b.at);
}

// After a time, in its clause: the customer is to be contacted then (再联系, 再说, 再打, 回访; not
// what was done: 已联系, 联系过, 联系的, 打了, 刚打过), or a pause ending then (12月17号解冻, 3月复课;
// not 解冻了: tester67 U308), or in English (March – call back).
const LATER_AFTER =
  /^(?:(?![已曾刚])[^，,。.;；!！?？\n]){0,6}?(?:再|回访|回电|(?:联系|打电话|打给|约)(?![过了的])|(?:解冻|复课|复卡)(?![了过])|\b(?:call|ring|try|contact|follow up|reach out)\b)/;
// Before a time, in its clause: until, after, try (again) in, call (back) in / on, busy until, 等到,
// 至 (冻结至2026年12月26日: tester67 U308; not 截至 / 截止至, "as of", nor a range's end, 12月1日至
// 12月31日, nor how long a card is good for, 有效期至 / 有效期到: reviewer67 M4).
const LATER_BEFORE =
  /(?:\b(?:until|till|til|after|try|call|ring|contact|reach|follow[- ]?up|back|check in|busy|away)\b[^,.;!?\n]{0,12}|(?:等到|直到|(?<!有效期)到|(?<![截止期日号月\d])至|等))$/;
// What was done at the time, before it in its clause (Called back in March to complain, rang back on
// Jan 10, was away in January): a past event, though `back` or `away` is there (fix64a's misread).
// Not when a word of calling or of a time to come stands between the verb and the time (Emailed
// quote, follow up in March; she was busy until Jan 15; was asked to call in March: reviewer65 H4).
const PAST_BEFORE =
  /\b(?:called|rang|phoned|came|went|got|wrote|emailed|e-mailed|texted|messaged|reached|followed|checked|was|were)\b(?:\s+(?!(?:until|till|til|after|call|ring|try|contact|reach|follow|check|by|from|to)\b)[a-z'-]+){0,3}?(?:\s+(?:in|on|during|around|last))?\s*$/;
// The same less until / 到 alone: a contact's time (try in March, call back after the 15th).
const CALL_BEFORE =
  /\b(?:after|try|call|ring|contact|reach|follow[- ]?up|check in)\b[^,.;!?\n]{0,12}$/;
// A time that says "after" or "until" itself: 年后, 元旦后, 两周后, after the holidays, until March,
// in two weeks.
const AFTER_ITSELF = /后|\b(?:after|until|till)\b|\bin\s+(?:a|an|\d|one|two|three|four|five|six)\b/;

/**
 * The time `text` (a note of day `from`) puts the customer off to: the first time it names
 * (timesInNote) that is said as when to contact again: followed by 再联系 / 再说 / 再打 / 回访 in its
 * clause, after until / till / after / try / call / busy or 等到 / 到, or an "after" of its own
 * (年后, 两周后, after the holidays, in two weeks). Undefined when none: a note saying when a thing
 * happened or will (客户3月买了一台, 三月份新店开业) holds nobody.
 *
 * @example putOffTime("别打了，过完年再说", daysFromCivil(2026, 11, 20))?.day // 2027-02-13's day (春节 2027-02-06 + 7)
 * @example putOffTime("客户3月买了一台", daysFromCivil(2026, 11, 20)) // undefined
 * @param until whether a time after until / 到 alone counts (停卡到2027年3月1日); false where that
 *   says how long a thing lasts, not when to call (a Customers note's 有效期到2027年5月: hold.ts)
 */
export function putOffTime(text: string, from: number, until = true): NoteTime | undefined {
  const t = text.toLowerCase();
  return timesInNote(text, from).find((x) => {
    const before = t
      .slice(0, x.at)
      .trimEnd()
      .replace(/^.*[，,。;；!！?？\n]|^.*\.\s/s, "");
    return (
      LATER_AFTER.test(t.slice(x.end)) ||
      ((until ? LATER_BEFORE : CALL_BEFORE).test(before) && !PAST_BEFORE.test(before)) ||
      AFTER_ITSELF.test(t.slice(x.at, x.end))
    );
  });
}
