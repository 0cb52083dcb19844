import { epochDay, isoDate } from "../../../src/engine/parse/date";
import { jsonDate } from "../../../src/engine/report/jsonDate";

describe("jsonDate", () => {
  it("is isoDate of the day, null without one, the same text when asked again", () => {
    for (const day of [
      epochDay(2025, 3, 7),
      epochDay(1999, 12, 31) + 0.75,
      -1,
      0,
      epochDay(2026, 1, 1),
    ]) {
      expect(jsonDate(day)).toBe(isoDate(day));
      expect(jsonDate(day)).toBe(isoDate(day));
    }
    expect(jsonDate(NaN)).toBeNull();
    expect(jsonDate(Infinity)).toBeNull();
  });
});
