/**
 * Why a date a person typed is not a day (parse/date.ts typedDateProblem): one set of words for
 * `--as-of` (cli/args.ts, "--as-of: {problem}") and the rule set's `asOf` (rules/validate.ts,
 * "asOf: {problem}"), which read dates with the same reader. Registered as section `typedDate`.
 * `weekday0` … `weekday6`: Sunday … Saturday, as the weekday problem names them; `month1` …
 * `month12` and `monthDay`: a day of a month with no year, as a birthday's ambiguous problem writes
 * the two ways to read it (parse/date.ts birthdayProblem).
 */
export const TYPED_DATE_EN = {
  notADate:
    "“{value}” is not a date: write it as 2025-12-31 (or 2025/12/31, 20251231, 31 Dec 2025)",
  noYear:
    "“{value}” has no year, so which day it is cannot be known: write the year too, as in 2025-12-31 (or 31 Dec 2025)",
  ambiguous:
    "“{value}” could be day first or month first: write {dayFirst} (day first) or {monthFirst} (month first)",
  noSuchDay: "“{value}” is not a real date (month {month} of {year} has {days} days)",
  noSuchMonth: "“{value}” is not a real date (the month must be 01 to 12)",
  yearRange: "“{value}” is out of range (the year must be {from} to {to})",
  dayZero: "“{value}” is not a real date (the day must be 01 to {days})",
  wrongWeekday:
    "“{value}” has the wrong weekday: {date} is a {actual}, not a {written}; write the date alone ({date}) or with its own weekday",
  weekday0: "Sunday",
  weekday1: "Monday",
  weekday2: "Tuesday",
  weekday3: "Wednesday",
  weekday4: "Thursday",
  weekday5: "Friday",
  weekday6: "Saturday",
  monthDay: "{month} {day}",
  month1: "Jan",
  month2: "Feb",
  month3: "Mar",
  month4: "Apr",
  month5: "May",
  month6: "Jun",
  month7: "Jul",
  month8: "Aug",
  month9: "Sep",
  month10: "Oct",
  month11: "Nov",
  month12: "Dec",
};
export const TYPED_DATE_ZH: Record<keyof typeof TYPED_DATE_EN, string> = {
  notADate: "“{value}”不是日期：请写作 2025-12-31（也可写作 2025/12/31、20251231、2025年12月31日）",
  noYear:
    "“{value}”没有年份，无法确定是哪一天：请写上年份，如 2025-12-31（也可写作 2025年12月31日）",
  ambiguous: "无法确定“{value}”是日在前还是月在前：日在前请写 {dayFirst}，月在前请写 {monthFirst}",
  noSuchDay: "“{value}”不是有效日期（{year} 年 {month} 月只有 {days} 天）",
  noSuchMonth: "“{value}”不是有效日期（月份须为 01 至 12）",
  yearRange: "“{value}”超出可读的日期范围（年份须在 {from} 至 {to} 之间）",
  dayZero: "“{value}”不是有效日期（日须为 01 至 {days}）",
  wrongWeekday:
    "“{value}”的星期与日期不符：{date} 是{actual}，不是{written}；请只写日期（{date}），或写上它的星期",
  weekday0: "星期日",
  weekday1: "星期一",
  weekday2: "星期二",
  weekday3: "星期三",
  weekday4: "星期四",
  weekday5: "星期五",
  weekday6: "星期六",
  monthDay: "{month}{day}日",
  month1: "1月",
  month2: "2月",
  month3: "3月",
  month4: "4月",
  month5: "5月",
  month6: "6月",
  month7: "7月",
  month8: "8月",
  month9: "9月",
  month10: "10月",
  month11: "11月",
  month12: "12月",
};
