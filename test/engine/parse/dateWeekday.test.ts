import fc from "fast-check";
import { epochDay, isoDate, parseDate } from "../../../src/engine/parse/date";

// Stop-20 tester I1: Excel's long Chinese date format with weekday (`2023年01月02日 星期一`), a
// common export, was refused as not a date.

const WEEKDAYS = ["日", "一", "二", "三", "四", "五", "六"];

describe("a date with its weekday", () => {
  test.each([
    ["2023年01月02日 星期一", epochDay(2023, 1, 2)],
    ["2023年1月2日星期一", epochDay(2023, 1, 2)],
    ["2023年1月8日 星期日", epochDay(2023, 1, 8)],
    ["2023年1月8日 星期天", epochDay(2023, 1, 8)],
    ["2023-01-02 周一", epochDay(2023, 1, 2)],
    ["2023/1/2（星期一）", epochDay(2023, 1, 2)],
    ["2023年1月2日 星期一 12:00", epochDay(2023, 1, 2) + 0.5],
    ["２０２３年１月２日　星期一", epochDay(2023, 1, 2)],
  ])("%p", (text, expected) => {
    expect(parseDate(text)).toBe(expected);
  });

  test.each([
    "2023年01月02日 星期二", // the weekday is not the date's: one of the two is mistyped
    "星期一 2023年01月02日",
    "2023年01月02日 星期一 星期一",
    "星期一",
    "2023年02月30日 星期四",
  ])("%p is not a date", (text) => {
    expect(parseDate(text)).toBeNaN();
  });

  test("property: any day 1900–2100 with its own weekday reads as that day; another weekday does not", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: epochDay(1900, 3, 1), max: epochDay(2100, 12, 31) }),
        fc.integer({ min: 1, max: 6 }),
        fc.constantFrom("星期", "周", "礼拜"),
        fc.constantFrom(" ", "", "  "),
        (day, shift, word, space) => {
          const [y, m, d] = isoDate(day).split("-").map(Number);
          const own = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
          const text = (w: number) => `${y}年${m}月${d}日${space}${word}${WEEKDAYS[w]}`;
          expect(parseDate(text(own))).toBe(day);
          expect(parseDate(text((own + shift) % 7))).toBeNaN();
        },
      ),
      { numRuns: 300 },
    );
  });

  // Tester13 #1: a data cell "Friday, 31 December 2025" was used as 2025-12-31 (a Wednesday).
  test.each([
    ["Wednesday, 31 December 2025", epochDay(2025, 12, 31)],
    ["Wed, Dec 31, 2025", epochDay(2025, 12, 31)],
    ["Sunday, January 1, 2023 2:30 PM", epochDay(2023, 1, 1) + 14.5 / 24],
    ["2023-01-02 Monday", epochDay(2023, 1, 2)],
  ])("%p", (text, expected) => {
    expect(parseDate(text)).toBe(expected);
  });

  test.each([
    "Friday, 31 December 2025",
    "Fri, Dec 31, 2025",
    "2025-12-31 Fri",
    "Fri Wed 31 Dec 2025",
  ])("%p is not a date", (text) => {
    expect(parseDate(text)).toBeNaN();
  });
});
