import fc from "fast-check";
import { toJsDate } from "../../../src/engine/parse/date";
import { DateCells } from "../../../src/workbook/file/dateCells";

const serial = fc.oneof(
  fc.double({ min: -10, max: 3_000_000, noNaN: true }),
  fc.integer({ min: 0, max: 2_958_466 }),
  fc.constantFrom(0, 1, 59, 59.999, 60, 60.5, 61, 1461, 1462, 2_957_003, 2_958_465, 2_958_466),
  // A day and a time of day to the millisecond (what a date-time cell holds).
  fc
    .tuple(fc.integer({ min: 0, max: 2_958_465 }), fc.nat(86_399_999))
    .map(([d, ms]) => d + ms / 86_400_000),
);

describe("DateCells.dateOf", () => {
  it("is dayOf's day as toJsDate makes it, or the serial told as no date, in both date systems (property)", () => {
    fc.assert(
      fc.property(
        fc.array(serial, { minLength: 1, maxLength: 20 }),
        fc.boolean(),
        (serials, date1904) => {
          const byDay = new DateCells({ isDate: () => true }, date1904);
          const byDate = new DateCells({ isDate: () => true }, date1904);
          serials.forEach((s, i) => {
            const day = byDay.dayOf(s, i + 1, 2);
            const value = byDate.dateOf(s, i + 1, 2);
            if (day === day) {
              expect(value).toBeInstanceOf(Date);
              expect((value as Date).getTime()).toBe(toJsDate(day).getTime());
            } else {
              expect(value).toBe(s);
            }
          });
          // Numbers no date has: recorded and counted the same by either.
          expect(byDate.notDateCount).toBe(byDay.notDateCount);
          expect(byDate.notDates).toEqual(byDay.notDates);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("gives a cell of the same time as the last one the same Date, and any other time its own", () => {
    const dates = new DateCells({ isDate: () => true }, false);
    const a = dates.dateOf(45000, 2, 2) as Date;
    expect(dates.dateOf(45000, 3, 2)).toBe(a);
    const b = dates.dateOf(45001, 4, 2) as Date;
    expect(b).not.toBe(a);
    expect(b.getTime() - a.getTime()).toBe(86_400_000);
    expect(dates.dateOf(13800138000, 5, 2)).toBe(13800138000); // no date: the number, told
    expect(dates.dateOf(45001, 6, 2)).toBe(b);
    expect(dates.notDateCount).toBe(1);
  });
});
