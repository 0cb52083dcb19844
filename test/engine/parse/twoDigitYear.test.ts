import fc from "fast-check";
import {
  epochDay,
  fullYear,
  parseDate,
  daysInMonth,
  readTypedDate,
  writesTwoDigitYear,
} from "../../../src/engine/parse/date";
import { dateOrderClue } from "../../../src/engine/parse/dateOrder";
import { memorySource } from "../../../src/engine/ingest/memorySource";
import { ingestWorkbook } from "../../../src/engine/ingest/workbook";

// Tester51 C1: US exports write 01/01/23. Two-digit years are read as Excel reads them by default
// (Microsoft KB Q164406 / Q214391): 00–29 as 2000–2029, 30–99 as 1930–1999, with the day/month
// order the column's four-digit dates would get.

const pad = (n: number) => String(n).padStart(2, "0");
/** A real day in Excel's two-digit window, 1930-01-01 … 2029-12-31. */
const day = fc
  .record({
    y: fc.integer({ min: 1930, max: 2029 }),
    m: fc.integer({ min: 1, max: 12 }),
    d: fc.integer({ min: 1, max: 31 }),
  })
  .filter(({ y, m, d }) => d <= daysInMonth(y, m));
// Slashes only: with - or . a two-digit year is no date (23-01-15 is a Chinese yy-mm-dd).
const sep = fc.constantFrom("/");

test("fullYear: Excel's window, 00–29 → 20yy, 30–99 → 19yy; four digits as written", () => {
  expect([fullYear("00"), fullYear("29"), fullYear("30"), fullYear("99")]).toEqual([
    2000, 2029, 1930, 1999,
  ]);
  fc.assert(
    fc.property(fc.integer({ min: 0, max: 99 }), (yy) => {
      const y = fullYear(pad(yy));
      return y % 100 === yy && y >= 1930 && y <= 2029;
    }),
  );
  fc.assert(fc.property(fc.integer({ min: 1000, max: 9999 }), (y) => fullYear(String(y)) === y));
});

test("m/d/yy and d/m/yy read as the same date with four digits, in either order", () => {
  fc.assert(
    fc.property(day, sep, fc.boolean(), ({ y, m, d }, s, dayFirst) => {
      const [a, b] = dayFirst ? [d, m] : [m, d];
      const short = `${pad(a)}${s}${pad(b)}${s}${pad(y % 100)}`;
      const long = `${pad(a)}${s}${pad(b)}${s}${y}`;
      const order = dayFirst ? "dayFirst" : "monthFirst";
      return (
        parseDate(short, order) === epochDay(y, m, d) &&
        parseDate(short, order) === parseDate(long, order) &&
        // The same clue about the column's order as the four-digit date gives.
        dateOrderClue(short) === dateOrderClue(long)
      );
    }),
  );
});

test("a two-digit year with a time, and the typed-date reader (--as-of) agree", () => {
  expect(parseDate("12/31/25 10:30")).toBe(epochDay(2025, 12, 31) + 10.5 / 24);
  expect(readTypedDate("12/31/25").day).toBe(epochDay(2025, 12, 31));
  expect(readTypedDate("03/04/25").ambiguous).toBe(true);
  // With - or ., a two-digit year is not read (yy-mm-dd, 23-01-15, is as likely: reviewer51 F7),
  // and --as-of 25-12-31 is refused, not 1931-12-25.
  for (const text of ["23-01-15", "15.01.23", "25-12-31"]) expect(parseDate(text)).toBeNaN();
  expect(readTypedDate("25-12-31").day).toBeNaN();
  // The note's test is the reader's own pattern: what parseDate read from two digits, full-width too.
  for (const text of ["01/01/23", "12/31/25 10:30", "０１/０１/２３"])
    expect(writesTwoDigitYear(text)).toBe(true);
  for (const text of ["01/01/2023", "23-01-15", "15.01.23", "2023-01-01"])
    expect(writesTwoDigitYear(text)).toBe(false);
  // Three digits or one are no year.
  expect(parseDate("01/01/123")).toBeNaN();
  expect(parseDate("01/01/3")).toBeNaN();
});

test("ingest: a column's order comes from its clear dates; one note names the column and the window", async () => {
  const g = [
    ["客户编号", "日期", "金额"],
    ["C1", "13/01/23", 10], // can only be day/month
    ["C1", "02/03/23", 20],
    ["C1", "2024-05-06", 30],
  ];
  const r = await ingestWorkbook(memorySource({ 客户: [["客户编号"], ["C1"]], 交易: g }), {
    asOf: epochDay(2025, 12, 31),
  });
  expect(Array.from(r.dataset.transactions.day).sort((a, b) => a - b)).toEqual([
    epochDay(2023, 1, 13),
    epochDay(2023, 3, 2),
    epochDay(2024, 5, 6),
  ]);
  const notes = r.findings.filter((f) => f.code === "two_digit_year");
  expect(notes).toHaveLength(1);
  expect([notes[0].row, notes[0].severity, notes[0].value]).toEqual([2, "info", "13/01/23"]);
  expect(notes[0].message["en-US"]).toContain(
    "(row 2; 2 dates like it) write the year with two digits",
  );
  expect(notes[0].message["en-US"]).toContain("(13/01/23 = 2023-01-13)");
  expect(notes[0].message["zh-CN"]).toContain("共 2 个）年份只写了两位：已按 Excel 的方式读取");
});
