import fc from "fast-check";
import {
  epochDay,
  fromExcelSerial,
  isoDate,
  parseDate,
  toExcelSerial,
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
