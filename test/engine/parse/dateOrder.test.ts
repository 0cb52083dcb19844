import fc from "fast-check";
import { epochDay, isoDate, parseDate } from "../../../src/engine/parse/date";
import { dateOrderClue, DateOrderEvidence } from "../../../src/engine/parse/dateOrder";

// A new-user trial (stop 18, finding 1): dd/mm/yyyy dates were read cell by cell, month first
// whenever the day was ≤ 12, so 103 of 302 customers got a wrong last purchase, with no finding.

describe("dateOrderClue", () => {
  test.each([
    ["25/03/2025", "dayFirst"],
    ["03/25/2025", "monthFirst"],
    ["03/04/2025", "ambiguous"],
    ["3.4.2025 10:30", "ambiguous"],
    ["05/05/2025", "none"], // the same either way round
    ["2025-03-04", "none"],
    ["2025/03/04", "none"],
    [45723, "none"],
    [null, "none"],
  ] as const)("%s → %s", (value, clue) => expect(dateOrderClue(value)).toBe(clue));
});

describe("one pattern for n/n/yyyy (issue 13: dateOrderClue had its own, twin of parseDate's)", () => {
  test.each([
    ["03/04/2025 junk", "none"], // parseDate cannot read it, so it says nothing about the order
    ["03/04/2025T10:30", "none"], // nor this (parseDate takes a time after a space only)
    ["２５/０３/２０２５", "dayFirst"], // full-width digits: parseDate reads them, so they count
    ["  03/25/2025  ", "monthFirst"],
    [" 2-13-1990 ", "monthFirst"], // ten characters with a "-" fifth, yet not ISO (found by the property)
  ] as const)("%s → %s", (value, clue) => expect(dateOrderClue(value)).toBe(clue));

  test("property: a value gives a clue exactly when parseDate reads it as n/n/yyyy", () => {
    const part = fc
      .tuple(fc.integer({ min: 1, max: 28 }), fc.boolean())
      .map(([n, pad]) => String(n).padStart(pad ? 2 : 1, "0"));
    fc.assert(
      fc.property(
        part,
        part,
        fc.integer({ min: 1990, max: 2030 }),
        fc.constantFrom("/", ".", "-"),
        fc.constantFrom("", " 10:30", " 9:05:07", "T10:30", " x", "/1"),
        fc.constantFrom("", " ", "\t"),
        (a, b, y, sep, tail, pad) => {
          const text = `${pad}${a}${sep}${b}${sep}${y}${tail}${pad}`;
          const read = Number.isFinite(parseDate(text, "monthFirst"));
          // Every day here is ≤ 28, so a text parseDate reads either way round reads both ways.
          expect(Number.isFinite(parseDate(text, "dayFirst"))).toBe(read);
          const expected =
            !read || +a === +b || (+a > 12 && +b > 12)
              ? "none"
              : +a > 12
                ? "dayFirst"
                : +b > 12
                  ? "monthFirst"
                  : "ambiguous";
          expect(dateOrderClue(text)).toBe(expected);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("parseDate with a column order", () => {
  test("an ambiguous date follows the order; a clear one ignores it", () => {
    expect(isoDate(parseDate("03/04/2025"))).toBe("2025-03-04");
    expect(isoDate(parseDate("03/04/2025", "dayFirst"))).toBe("2025-04-03");
    expect(isoDate(parseDate("25/03/2025", "monthFirst"))).toBe("2025-03-25");
    expect(isoDate(parseDate("03/25/2025", "dayFirst"))).toBe("2025-03-25");
  });

  test("property: a date written dd/mm/yyyy reads back in a day-first column", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 40_000 }), (n) => {
        const d = epochDay(1990, 1, 1) + n;
        const [y, m, day] = isoDate(d).split("-");
        expect(parseDate(`${day}/${m}/${y}`, "dayFirst")).toBe(d);
        expect(parseDate(`${m}/${day}/${y}`, "monthFirst")).toBe(d);
      }),
      { numRuns: 200 },
    );
  });
});

describe("DateOrderEvidence", () => {
  test("the first value that shows the order decides the column", () => {
    const e = new DateOrderEvidence();
    e.add("03/04/2025", 2);
    expect(e.waiting).toBe(true);
    e.add("25/03/2025", 3);
    expect(e.waiting).toBe(false);
    expect(e.decide()).toEqual({ order: "dayFirst", reason: "column" });
  });

  test("both orders shown: mixed, the first one kept", () => {
    const e = new DateOrderEvidence();
    e.add("03/25/2025", 2);
    e.add("25/03/2025", 3);
    expect(e.decide()).toEqual({ order: "monthFirst", reason: "mixed" });
  });

  test("none shown: month first, assumed", () => {
    const e = new DateOrderEvidence();
    e.add("03/04/2025", 2);
    expect(e.decide()).toEqual({ order: "monthFirst", reason: "assumed" });
  });
});

describe("English month names (finding 13)", () => {
  test.each([
    "Jan 01, 2023",
    "Jan 1 2023",
    "1-Jan-2023",
    "01 January 2023",
    "January 1, 2023",
    "Sunday, January 1, 2023",
    "1-Jan-23",
    "JAN 01, 2023",
  ])("%s is 2023-01-01", (text) => expect(isoDate(parseDate(text))).toBe("2023-01-01"));

  test("with a time, 12-hour clock", () => {
    expect(parseDate("Mar 7, 2025 3:05 PM")).toBeCloseTo(epochDay(2025, 3, 7) + 905 / 1440, 9);
    expect(parseDate("Mar 7, 2025 12:00 AM")).toBe(epochDay(2025, 3, 7));
  });

  test.each(["Foo 1, 2023", "Feb 30, 2024", "Janu 1, 2023", "Jan 2023"])("%s is no date", (t) =>
    expect(parseDate(t)).toBeNaN(),
  );
});
