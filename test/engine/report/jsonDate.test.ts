import { epochDay, isoDate } from "../../../src/engine/parse/date";
import { jsonDateText } from "../../../src/engine/report/jsonDate";

describe("jsonDateText", () => {
  it("is isoDate of the day quoted, null without one, the same text when asked again", () => {
    for (const day of [
      epochDay(2025, 3, 7),
      epochDay(2025, 3, 7) + 4096,
      epochDay(2025, 3, 7) - 4097,
      epochDay(2100, 1, 1),
      epochDay(1900, 1, 1),
      epochDay(1999, 12, 31) + 0.75,
      -1,
      -400.5,
      0,
      (1 << 17) - 1,
      1 << 17,
      epochDay(2026, 1, 1),
    ]) {
      expect(jsonDateText(day)).toBe(JSON.stringify(isoDate(day)));
      expect(jsonDateText(day)).toBe(JSON.stringify(isoDate(day)));
    }
    expect(jsonDateText(NaN)).toBe("null");
    expect(jsonDateText(Infinity)).toBe("null");
    expect(jsonDateText(-Infinity)).toBe("null");
  });
});
