import { typedDateWords } from "../../../src/engine/typedDateWords";
import fc from "fast-check";
import { dateOrderClue } from "../../../src/engine/parse/dateOrder";
import {
  civilDay,
  daysInMonth,
  isoKeyDay,
  epochDay,
  excelSerial,
  fromExcelSerial,
  isoDate,
  minuteOfDay,
  parseDate,
  readTypedDate,
  toExcelSerial,
  typedDateProblem,
  weekdayOf,
} from "../../../src/engine/parse/date";

const mar7 = epochDay(2025, 3, 7);

describe("parseDate", () => {
  it("reads yyyy-mm-dd by position exactly as the general reader does", () => {
    const digit = fc.constantFrom(..."0123456789٣");
    const text = fc
      .tuple(
        fc.array(digit, { minLength: 4, maxLength: 4 }),
        fc.array(digit, { minLength: 2, maxLength: 2 }),
        fc.array(digit, { minLength: 2, maxLength: 2 }),
      )
      .map(([y, m, d]) => `${y.join("")}-${m.join("")}-${d.join("")}`);
    const likely = fc
      .tuple(
        fc.integer({ min: 1890, max: 2300 }),
        fc.integer({ min: 0, max: 13 }),
        fc.integer({ min: 0, max: 32 }),
      )
      .map(([y, m, d]) => `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`);
    fc.assert(
      fc.property(fc.oneof(text, likely), (t) => {
        // A leading space takes the general path (trim, then the pattern).
        expect(Object.is(parseDate(t), parseDate(` ${t}`))).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it("reads yyyy-mm-dd hh:mm[:ss] by position exactly as the general reader does", () => {
    const digit = fc.constantFrom(..."0123456789٣");
    const digits = (n: number) =>
      fc.array(digit, { minLength: n, maxLength: n }).map((d) => d.join(""));
    const pad = (n: number) => String(n).padStart(2, "0");
    const text = fc
      .tuple(digits(4), digits(2), digits(2), fc.constantFrom(" ", "T"), digits(2), digits(2))
      .chain(([y, m, d, t, h, mi]) =>
        fc.option(digits(2)).map((s) => `${y}-${m}-${d}${t}${h}:${mi}${s === null ? "" : `:${s}`}`),
      );
    const likely = fc
      .tuple(
        fc.integer({ min: 1890, max: 2300 }),
        fc.integer({ min: 0, max: 13 }),
        fc.integer({ min: 0, max: 32 }),
        fc.integer({ min: 0, max: 25 }),
        fc.integer({ min: 0, max: 61 }),
        fc.option(fc.integer({ min: 0, max: 61 })),
      )
      .map(
        ([y, m, d, h, mi, s]) =>
          `${y}-${pad(m)}-${pad(d)} ${pad(h)}:${pad(mi)}${s === null ? "" : `:${pad(s)}`}`,
      );
    fc.assert(
      fc.property(fc.oneof(text, likely), (t) => {
        // A leading space takes the general path (trim, then the pattern).
        expect(Object.is(parseDate(t), parseDate(` ${t}`))).toBe(true);
        expect(dateOrderClue(t)).toBe("none");
      }),
      { numRuns: 2000, seed: 47 },
    );
    expect(parseDate("2025-03-07 14:30:05")).toBe(mar7 + (14 * 3600 + 30 * 60 + 5) / 86400);
    expect(parseDate("2025-03-07T14:30")).toBe(mar7 + (14 * 60 + 30) / 1440);
    expect(parseDate("2025-02-29 10:00")).toBeNaN();
    expect(parseDate("2025-03-07 24:00")).toBeNaN();
  });

  test.each([
    ["2025-03-07", mar7],
    ["2025/3/7", mar7],
    ["2025.3.7", mar7],
    ["2025年3月7日", mar7],
    ["2025 年 3 月 7 日", mar7],
    ["20250307", mar7],
    [20250307, mar7],
    ["２０２５－０３－０７".replace("－", "-").replace("－", "-"), mar7],
    ["3/7/2025", mar7],
    ["31/12/2025", epochDay(2025, 12, 31)],
    [45723, mar7],
    ["45723", mar7],
  ])("%p", (input, expected) => {
    expect(parseDate(input)).toBe(expected);
  });

  test("date cells (exceljs gives wall-clock UTC Dates)", () => {
    expect(parseDate(new Date(Date.UTC(2025, 2, 7)))).toBe(mar7);
  });

  test("keeps the time of day as a fraction", () => {
    expect(parseDate("2025-03-07 12:00")).toBe(mar7 + 0.5);
    expect(parseDate("2025/3/7 18:30:00")).toBeCloseTo(mar7 + 18.5 / 24, 10);
    expect(parseDate(45723.25)).toBe(mar7 + 0.25);
  });

  test.each(["2025-13-45", "2025-02-30", "abc", "", "  ", "3/7", "1899-12-31", "2025-03-07x"])(
    "%p is not a date",
    (input) => {
      expect(parseDate(input)).toBeNaN();
    },
  );

  test("non-date cell types", () => {
    expect(parseDate(null)).toBeNaN();
    expect(parseDate(undefined)).toBeNaN();
    expect(parseDate(true)).toBeNaN();
    expect(parseDate(-5)).toBeNaN();
    expect(parseDate(new Date(NaN))).toBeNaN();
  });

  test("every calendar date round-trips through its written forms", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1900, max: 2200 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 28 }),
        (y, m, d) => {
          const day = epochDay(y, m, d);
          const pad = (n: number) => String(n).padStart(2, "0");
          expect(parseDate(`${y}-${pad(m)}-${pad(d)}`)).toBe(day);
          expect(parseDate(`${y}/${m}/${d}`)).toBe(day);
          expect(parseDate(`${y}年${m}月${d}日`)).toBe(day);
          expect(parseDate(`${y}${pad(m)}${pad(d)}`)).toBe(day);
          expect(parseDate(toExcelSerial(day))).toBe(day);
          expect(isoDate(day)).toBe(`${y}-${pad(m)}-${pad(d)}`);
        },
      ),
    );
  });

  test("never throws on any cell", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.double(),
          fc.integer(),
          fc.boolean(),
          fc.constant(null),
          fc.date(),
        ),
        (v) => {
          const d = parseDate(v);
          expect(typeof d).toBe("number");
        },
      ),
    );
  });

  test("Excel serial conversion", () => {
    expect(fromExcelSerial(25569)).toBe(0);
    expect(toExcelSerial(epochDay(1900, 3, 1))).toBe(61);
  });
});

describe("times as exports write them (stop 22 bad-input pass)", () => {
  const at = (y: number, mo: number, d: number, h: number, mi: number) =>
    epochDay(y, mo, d) + (h * 60 + mi) / 1440;
  test.each<[string, number]>([
    // Chinese Excel's text export of a date-time: 12-hour with 上午/下午.
    ["2025/3/5 下午 3:30", at(2025, 3, 5, 15, 30)],
    ["2025/3/5 上午 10:30", at(2025, 3, 5, 10, 30)],
    ["2025/3/5 上午 12:05", at(2025, 3, 5, 0, 5)],
    ["2025-03-05 下午12:00", at(2025, 3, 5, 12, 0)],
    // US Excel: 12-hour with AM/PM after a numeric date.
    ["3/5/2025 2:30 PM", at(2025, 3, 5, 14, 30)],
    ["13/5/2025 2:30 pm", at(2025, 5, 13, 14, 30)],
    ["3/5/2025 11:59:30 a.m.", at(2025, 3, 5, 11, 59) + 30 / 86400],
    // Hours in Chinese, and the time straight after 日.
    ["2025年3月5日 14时", at(2025, 3, 5, 14, 0)],
    ["2025年3月5日14时30分", at(2025, 3, 5, 14, 30)],
    ["2025年3月5日14:30", at(2025, 3, 5, 14, 30)],
    // Excel's text marker pasted along.
    ["'2025-03-05", epochDay(2025, 3, 5)],
  ])("%s", (text, expected) => {
    expect(parseDate(text)).toBeCloseTo(expected, 8);
  });

  test.each([
    "2025/3/5 下午 13:30",
    "2025/3/5 上午 0:30",
    "3/5/2025 13:00 PM",
    "下午 3:30",
    "3月5日",
  ])("%s is not a date", (text) => expect(parseDate(text)).toBeNaN());

  test("a 12-hour time gives its date's order clue", () => {
    expect(dateOrderClue("13/5/2025 2:30 PM")).toBe("dayFirst");
    expect(dateOrderClue("5/13/2025 下午 2:30")).toBe("monthFirst");
  });
});

describe("isoKeyDay (a CSV's yyyy-mm-dd read from its digits, no text made)", () => {
  test("the day parseDate reads from the same text, for every shape of key", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99_999_999 }), (key) => {
        const text = String(key).padStart(8, "0");
        const iso = `${text.slice(0, 4)}-${text.slice(4, 6)}-${text.slice(6)}`;
        expect(Object.is(isoKeyDay(key), parseDate(iso))).toBe(true);
      }),
      { numRuns: 20_000 },
    );
  });

  test("real days, month ends and leap days", () => {
    for (const [key, iso] of [
      [20250307, "2025-03-07"],
      [20240229, "2024-02-29"],
      [20250229, "2025-02-29"],
      [20250431, "2025-04-31"],
      [19000101, "1900-01-01"],
      [18991231, "1899-12-31"],
      [99991231, "9999-12-31"],
      [20251300, "2025-13-00"],
    ] as const)
      expect(Object.is(isoKeyDay(key), parseDate(iso))).toBe(true);
    expect(isoKeyDay(20250307)).toBe(epochDay(2025, 3, 7));
  });
});

describe("dates worked out without a Date (civilDay, validDay)", () => {
  /** What validDay gave before stop 31: a Date made and read back. */
  const byDate = (y: number, mo: number, d: number, h = 0, mi = 0, s = 0): number => {
    const ms = Date.UTC(y, mo - 1, d, h, mi, s);
    const check = new Date(ms);
    return check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d ? NaN : ms / 86_400_000;
  };

  test("every day of 1900-2100 and of the years around each century, month ends included", () => {
    const years: number[] = [];
    for (let y = 1900; y <= 2100; y++) years.push(y);
    for (let c = 2200; c <= 9900; c += 100) years.push(c - 1, c, c + 1, c + 4);
    years.push(9996, 9999);
    const wrong: number[] = [];
    for (const y of years)
      for (let mo = 1; mo <= 12; mo++)
        for (let d = 1; d <= 31; d++) {
          const key = y * 10_000 + mo * 100 + d;
          const want = byDate(y, mo, d);
          if (!Object.is(isoKeyDay(key), want)) wrong.push(key);
          else if (!Number.isNaN(want) && civilDay(y, mo, d) !== want) wrong.push(key);
        }
    expect(wrong).toEqual([]);
  });

  test("a time of day: the same fraction as Date.UTC gives", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1900, max: 9999 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 31 }),
        fc.integer({ min: 0, max: 23 }),
        fc.integer({ min: 0, max: 59 }),
        fc.integer({ min: 0, max: 59 }),
        (y, mo, d, h, mi, s) => {
          const two = (n: number) => String(n).padStart(2, "0");
          const text = `${y}-${two(mo)}-${two(d)} ${two(h)}:${two(mi)}:${two(s)}`;
          expect(Object.is(parseDate(text), byDate(y, mo, d, h, mi, s))).toBe(true);
        },
      ),
      { numRuns: 20_000 },
    );
  });
});

test("daysInMonth: the one owner of a month's length (the reader and --as-of's message, reviewer10 D11)", () => {
  for (let y = 1900; y <= 2400; y += 7)
    for (let mo = 1; mo <= 12; mo++)
      expect(daysInMonth(y, mo)).toBe(new Date(Date.UTC(y, mo, 0)).getUTCDate());
  expect([daysInMonth(2024, 2), daysInMonth(2100, 2), daysInMonth(2000, 2)]).toEqual([29, 28, 29]);
});

describe("Excel serials 1–60: before Excel's fictitious 1900-02-29 (tester11 #4)", () => {
  test.each<[number, number]>([
    [1, epochDay(1900, 1, 1)],
    [2, epochDay(1900, 1, 2)],
    [59, epochDay(1900, 2, 28)],
    [61, epochDay(1900, 3, 1)],
    [45723, epochDay(2025, 3, 7)],
  ])("serial %d is its day and back", (serial, day) => {
    expect(fromExcelSerial(serial)).toBe(day);
    expect(toExcelSerial(day)).toBe(serial);
    expect(excelSerial(day, false)).toBe(serial);
    expect(parseDate(serial)).toBe(day);
    expect(parseDate(String(serial))).toBe(day);
  });

  test("serial 60, the 1900-02-29 that never was, is no date (refused as unparseable)", () => {
    expect(fromExcelSerial(60)).toBeNaN();
    expect(fromExcelSerial(60.5)).toBeNaN();
    expect(parseDate(60)).toBeNaN();
    expect(parseDate("60")).toBeNaN();
  });

  test("a time of day keeps its day on both sides of 1900-03-01", () => {
    expect(fromExcelSerial(1.5)).toBe(epochDay(1900, 1, 1) + 0.5);
    expect(fromExcelSerial(61.25)).toBe(epochDay(1900, 3, 1) + 0.25);
    expect(toExcelSerial(epochDay(1900, 2, 28) + 0.75)).toBe(59.75);
  });

  test("every serial but 60 round-trips, and no day is written as 60", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2_958_465 }), (serial) => {
        if (serial === 60) return;
        const day = fromExcelSerial(serial);
        expect(toExcelSerial(day)).toBe(serial);
        expect(isoDate(day) >= "1900-01-01").toBe(true);
      }),
    );
    fc.assert(
      fc.property(fc.integer({ min: epochDay(1900, 1, 1), max: epochDay(1900, 12, 31) }), (day) => {
        expect(toExcelSerial(day)).not.toBe(60);
        expect(fromExcelSerial(toExcelSerial(day))).toBe(day);
      }),
    );
  });

  test("the 1904 system has no false leap day: serial 0 is 1904-01-01", () => {
    expect(excelSerial(epochDay(1904, 1, 1), true)).toBe(0);
    expect(excelSerial(epochDay(2025, 3, 7), true)).toBe(45723 - 1462);
  });
});

/**
 * Dates as people type them, in and out of range: y-m-d with each separator (and 年月日) up to
 * `maxYear`, and n/n/yyyy either way round.
 */
const typedDates = (maxYear: number) => [
  fc
    .tuple(
      fc.integer({ min: 1890, max: maxYear }),
      fc.integer({ min: 0, max: 14 }),
      fc.integer({ min: 0, max: 33 }),
      fc.constantFrom("-", "/", ".", "年"),
    )
    .map(([y, m, d, sep]) => (sep === "年" ? `${y}年${m}月${d}日` : `${y}${sep}${m}${sep}${d}`)),
  fc
    .tuple(
      fc.integer({ min: 0, max: 14 }),
      fc.integer({ min: 0, max: 33 }),
      fc.integer({ min: 1890, max: 2030 }),
    )
    .map(([a, b, y]) => `${a}/${b}/${y}`),
];

// Tester11 #11: --as-of takes the data's date forms; readTypedDate is parseDate on a value alone.
describe("readTypedDate", () => {
  it("reads what parseDate reads, except a bare serial and an n/n/yyyy either way round", () => {
    const word = fc.oneof(fc.integer({ min: 1, max: 60_000 }).map(String), ...typedDates(2030));
    fc.assert(
      fc.property(word, (text) => {
        const t = readTypedDate(text);
        const serial = /^\d+$/.test(text);
        const m = /^(\d+)\/(\d+)\//.exec(text);
        const eitherWay =
          m !== null && +m[1] <= 12 && +m[2] <= 12 && +m[1] !== +m[2] && +m[1] > 0 && +m[2] > 0;
        expect(t.ambiguous).toBe(eitherWay);
        if (serial || eitherWay) expect(t.day).toBeNaN();
        else expect(Object.is(t.day, parseDate(text))).toBe(true);
        expect(t.parts === null).toBe(serial);
      }),
    );
  });

  it("gives the numbers as written for what is no day, month first when in doubt", () => {
    expect(readTypedDate("2025-02-30")).toEqual({
      day: NaN,
      parts: { year: 2025, month: 2, day: 30 },
      ambiguous: false,
      weekday: null,
    });
    expect(readTypedDate("20251300").parts).toEqual({ year: 2025, month: 13, day: 0 });
    expect(readTypedDate("31/02/2025").parts).toEqual({ year: 2025, month: 2, day: 31 });
    expect(readTypedDate("03/04/2025").parts).toEqual({ year: 2025, month: 3, day: 4 });
    expect(readTypedDate("2025年12月31日 星期三").day).toBe(epochDay(2025, 12, 31));
    expect(readTypedDate("2025年12月31日 星期一").day).toBeNaN();
    expect(readTypedDate("31 Dec 2025").day).toBe(epochDay(2025, 12, 31));
    expect(readTypedDate("").parts).toBeNull();
  });
});

// Tester12 #9, reviewer12 D8: a weekday written with a typed date is checked, and settles which
// reading of an n/n/yyyy is meant; why a typed date is no day has one owner (typedDateProblem).
describe("a typed date's weekday and what is wrong with it", () => {
  const ZH_DAYS = "日一二三四五六";
  const day = fc.integer({ min: epochDay(1900, 3, 1), max: epochDay(9999, 12, 31) });

  it("a date with a weekday reads as the date when the weekday is its own, else names both", () => {
    fc.assert(
      fc.property(
        day,
        fc.integer({ min: 0, max: 6 }),
        fc.constantFrom("星期", "周", "礼拜"),
        (d, w, word) => {
          const iso = isoDate(d);
          const [y, m, dd] = iso.split("-").map(Number);
          const text = `${y}年${m}月${dd}日 ${word}${ZH_DAYS[w]}`;
          const read = readTypedDate(text);
          if (w === weekdayOf(d)) {
            expect(read.day).toBe(d);
            expect(typedDateProblem(text)).toBeNull();
          } else {
            expect(read.day).toBeNaN();
            expect(typedDateProblem(text)).toEqual({
              code: "wrongWeekday",
              date: iso,
              written: w,
              actual: weekdayOf(d),
            });
          }
        },
      ),
    );
  });

  // Tester13 #1: "Friday, 31 December 2025" was read as 2025-12-31 (a Wednesday) in --as-of, the
  // rule set's asOf and data cells, while 星期五 was refused.
  it("an English weekday, whole or cut, before or after the date, is checked like a Chinese one", () => {
    const EN_DAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
    const MONTHS = [
      "Jan",
      "Feb",
      "Mar",
      "Apr",
      "May",
      "Jun",
      "Jul",
      "Aug",
      "Sep",
      "Oct",
      "Nov",
      "Dec",
    ];
    fc.assert(
      fc.property(
        day,
        fc.integer({ min: 0, max: 6 }),
        fc.boolean(),
        fc.constantFrom("upper", "lower", "title"),
        fc.constantFrom(0, 1, 2, 3),
        (d, w, short, letters, form) => {
          const iso = isoDate(d);
          const [y, m, dd] = iso.split("-").map(Number);
          const name = short ? EN_DAYS[w].slice(0, 3) : EN_DAYS[w];
          const cased =
            letters === "upper"
              ? name.toUpperCase()
              : letters === "lower"
                ? name.toLowerCase()
                : name;
          const text = [
            `${cased}, ${dd} ${MONTHS[m - 1]} ${y}`,
            `${cased} ${MONTHS[m - 1]} ${dd}, ${y}`,
            `${iso} ${cased}`,
            `${iso} (${cased})`,
          ][form];
          if (w === weekdayOf(d)) {
            expect(readTypedDate(text).day).toBe(d);
            expect(parseDate(text)).toBe(d);
            expect(typedDateProblem(text)).toBeNull();
          } else {
            expect(readTypedDate(text).day).toBeNaN();
            expect(parseDate(text)).toBeNaN();
            expect(typedDateProblem(text)).toEqual({
              code: "wrongWeekday",
              date: iso,
              written: w,
              actual: weekdayOf(d),
            });
          }
        },
      ),
    );
  });

  it("names the English weekday written and the date's own (2025-12-31 is a Wednesday)", () => {
    const wrong = { code: "wrongWeekday", date: "2025-12-31", written: 5, actual: 3 };
    for (const text of [
      "Friday, 31 December 2025",
      "Fri, Dec 31, 2025",
      "Fri. 31 Dec 2025 2:30 PM",
    ])
      expect(typedDateProblem(text)).toEqual(wrong);
    expect(readTypedDate("Wed, Dec 31, 2025").day).toBe(epochDay(2025, 12, 31));
    expect(readTypedDate("2025-12-31 Wednesday").day).toBe(epochDay(2025, 12, 31));
    expect(parseDate("Thurs 1 Jan 2026")).toBe(epochDay(2026, 1, 1));
    // 2025-04-03 is a Thursday, 2025-03-04 a Tuesday: the weekday settles the reading.
    expect(readTypedDate("03/04/2025 Thursday").day).toBe(epochDay(2025, 4, 3));
    expect(readTypedDate("Tue 03/04/2025").day).toBe(epochDay(2025, 3, 4));
    // Two weekdays, or a word that only starts like one, are no date.
    expect(typedDateProblem("Fri Wed 31 Dec 2025")).toEqual({ code: "notADate" });
    expect(parseDate("Monkey 1 Jan 2023")).toBeNaN();
  });

  it("an n/n/yyyy either way round is read when its weekday is one reading's only", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1900, max: 9999 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 0, max: 6 }),
        (y, a, b, w) => {
          fc.pre(a !== b);
          const monthFirst = epochDay(y, a, b);
          const dayFirst = epochDay(y, b, a);
          const text = `${String(a).padStart(2, "0")}/${String(b).padStart(2, "0")}/${y} 星期${ZH_DAYS[w]}`;
          const fits = [monthFirst, dayFirst].filter((d) => weekdayOf(d) === w);
          const read = readTypedDate(text);
          if (fits.length === 1) {
            expect(read.day).toBe(fits[0]);
            expect(typedDateProblem(text)).toBeNull();
          } else {
            expect(read.day).toBeNaN();
            expect(typedDateProblem(text)?.code).toBe("ambiguous");
          }
        },
      ),
    );
  });

  it("says nothing of a date that reads and something of every text that does not", () => {
    const text = fc.oneof(fc.string({ maxLength: 14 }), ...typedDates(10_010));
    fc.assert(
      fc.property(text, (t) => {
        const problem = typedDateProblem(t);
        expect(problem === null).toBe(!Number.isNaN(readTypedDate(t).day));
        if (problem?.code === "noSuchDay") expect(problem.days).toBeLessThanOrEqual(31);
      }),
    );
  });

  it("names what is wrong", () => {
    expect(typedDateProblem("2025-02-30")).toEqual({
      code: "noSuchDay",
      year: 2025,
      month: 2,
      days: 28,
    });
    expect(typedDateProblem("2025-13-01")).toEqual({ code: "noSuchMonth" });
    expect(typedDateProblem("1899-12-31")).toEqual({ code: "yearRange", from: 1900, to: 9999 });
    expect(typedDateProblem("2025-12-00")).toEqual({ code: "dayZero", days: 31 });
    expect(typedDateProblem("03/04/2025")).toEqual({
      code: "ambiguous",
      dayFirst: "2025-04-03",
      monthFirst: "2025-03-04",
    });
    // 2025-04-03 is a Thursday, 2025-03-04 a Tuesday.
    expect(readTypedDate("03/04/2025 星期四").day).toBe(epochDay(2025, 4, 3));
    expect(readTypedDate("03/04/2025 星期二").day).toBe(epochDay(2025, 3, 4));
    expect(typedDateProblem("2025年12月31日 星期五")).toEqual({
      code: "wrongWeekday",
      date: "2025-12-31",
      written: 5,
      actual: 3,
    });
    expect(typedDateProblem("tomorrow")).toEqual({ code: "notADate" });
    expect(typedDateProblem("45657")).toEqual({ code: "notADate" });
    expect(weekdayOf(0)).toBe(4); // 1970-01-01, a Thursday
  });
});

describe("isoDate kept per day", () => {
  it("gives the same text as the Date's ISO text, for whole days and fractions, again and again", () => {
    const direct = (day: number) =>
      new Date(Math.floor(day) * 86_400_000).toISOString().slice(0, 10);
    // More days than it keeps (16,384): it starts again and stays right.
    for (let pass = 0; pass < 2; pass++)
      for (let day = -400; day < 20_000; day += 1.25) expect(isoDate(day)).toBe(direct(day));
    expect(isoDate(-0)).toBe("1970-01-01");
    expect(isoDate(NaN)).toBe("");
    expect(isoDate(Infinity)).toBe("");
  });
});

// tester53 N19: `11月3日` in 日期 was "无法识别为日期" with nothing said about the missing year.
describe("a month and day without a year", () => {
  // reviewer55 L5: 11.30 (a month and day with a dot, as 2026.11.30 writes them) was "not a date".
  test.each([
    "11月3日",
    "11月3号",
    "11/3",
    "3/11",
    "11-03",
    "11.30",
    "Nov 3",
    "November 3rd",
    "3 Nov",
  ])("%s: no year", (text) => {
    expect(typedDateProblem(text)).toEqual({ code: "noYear" });
  });
  test.each(["13/45", "11月", "abc", "Nov", "3 Apples", "2025年11月3日星期五x"])(
    "%s: not a date, no claim about a year",
    (text) => {
      expect(typedDateProblem(text)?.code).not.toBe("noYear");
    },
  );
  test("the words say the year is missing, in both languages", () => {
    const p = typedDateProblem("11月3日")!;
    expect(typedDateWords("zh-CN", "11月3日", p)).toMatch(/^“11月3日”没有年份/);
    expect(typedDateWords("en-US", "Nov 3", p)).toMatch(/^“Nov 3” has no year/);
  });
});

// reviewer69 M1: a sale's Time cell read as a time of day, not as text.
describe("minuteOfDay", () => {
  test.each([
    ["15:28", 928],
    ["15:28:30", 928.5],
    ["3:28 PM", 928],
    ["12:05 am", 5],
    ["下午3:28", 928],
    ["15时28分", 928],
    ["１５：２８", 928],
    [0.5, 720],
    [45000.25, 360],
    // reviewer71 H5: a till CSV's date-time text, milliseconds, noon.
    ["2025-03-01 15:28:30", 928.5],
    ["03/01/2025 13:31", 811],
    ["15:28:30.250", 928.5],
    ["中午12:30", 750],
    ["中午1:30", 810],
  ])("%p is minute %p", (cell, minute) => {
    expect(minuteOfDay(cell)).toBeCloseTo(minute, 6);
  });
  test.each(["45 min", "90分钟", "", "25:00", "15:61", "1.5h"])("%p is no clock time", (cell) => {
    expect(minuteOfDay(cell)).toBeNaN();
  });
});
