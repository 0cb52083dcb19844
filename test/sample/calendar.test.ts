import fc from "fast-check";
import { Calendar, calendarDate, chineseNewYear, seasonWeight } from "../../src/sample/calendar";
import { epochDay } from "../../src/engine/parse/date";

describe("season and calendar", () => {
  it("peaks on 618 and Double 11 and dips over Chinese New Year", () => {
    const ordinary = seasonWeight(epochDay(2025, 9, 16));
    expect(seasonWeight(epochDay(2025, 6, 18))).toBeGreaterThan(2 * ordinary);
    expect(seasonWeight(epochDay(2025, 11, 11))).toBeGreaterThan(3 * ordinary);
    expect(seasonWeight(chineseNewYear(2025))).toBeLessThan(0.5 * ordinary);
    expect(calendarDate(chineseNewYear(2024))).toEqual([2024, 2, 10]);
  });

  const cal = new Calendar(epochDay(2023, 1, 1), epochDay(2025, 12, 31));

  it("splits the window into calendar months", () => {
    expect(cal.months).toBe(36);
    expect(calendarDate(cal.monthStart[10])).toEqual([2023, 11, 1]);
    expect(cal.monthEnd[35]).toBe(epochDay(2026, 1, 1));
    expect(cal.monthOf(epochDay(2024, 2, 29))).toBe(13);
  });

  it("adds masses over adjacent spans and places days inside the span", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1095 }),
        fc.integer({ min: 0, max: 1095 }),
        fc.integer({ min: 0, max: 1095 }),
        fc.double({ min: 0, max: 0.999999, noNaN: true }),
        (x, y, z, u) => {
          const [a, b, c] = [x, y, z].sort((p, q) => p - q).map((d) => cal.first + d);
          expect(cal.massBetween(a, b) + cal.massBetween(b, c)).toBeCloseTo(
            cal.massBetween(a, c),
            6,
          );
          if (c > a) {
            const day = cal.dayBetween(a, c, u);
            expect(day).toBeGreaterThanOrEqual(a);
            expect(day).toBeLessThan(c);
          }
        },
      ),
    );
  });
});
