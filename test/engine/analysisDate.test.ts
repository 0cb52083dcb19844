import {
  analysisDateWithSource,
  localNow,
  localToday,
  resolveAnalysisDate,
} from "../../src/engine/analysisDate";
import { epochDay } from "../../src/engine/parse/date";

describe("resolveAnalysisDate: explicit, else the rule set's, else today", () => {
  const today = () => 20_000;

  test("an explicit date wins over the rule set's, floored to a day", () => {
    expect(
      analysisDateWithSource({ explicit: 19_000.75, rules: { asOf: "2025-03-31" }, today }),
    ).toEqual({ day: 19_000, source: "explicit" });
  });

  test("the rule set's date wins over today", () => {
    expect(analysisDateWithSource({ rules: { asOf: "2025-03-31" }, today })).toEqual({
      day: epochDay(2025, 3, 31),
      source: "rules",
    });
  });

  // Tester12 #8: the rule set's asOf is read as --as-of reads a date (readTypedDate), a whole day.
  test("the rule set's date in any form --as-of takes", () => {
    for (const asOf of ["2025/3/31", "20250331", "2025年3月31日 星期一", "31 Mar 2025 10:00"])
      expect(analysisDateWithSource({ rules: { asOf }, today })).toEqual({
        day: epochDay(2025, 3, 31),
        source: "rules",
      });
  });

  test("today when neither is given, or the rule set's date is not a date", () => {
    expect(resolveAnalysisDate({ rules: {}, today })).toBe(20_000);
    expect(resolveAnalysisDate({ rules: { asOf: "2025-02-30" }, today })).toBe(20_000);
    expect(resolveAnalysisDate({ explicit: NaN, today })).toBe(20_000);
  });

  test("today and now are read on the local wall clock of an injected clock", () => {
    const late = new Date(2025, 5, 30, 23, 59, 30);
    expect(localToday(late)).toBe(epochDay(2025, 6, 30));
    expect(localNow(new Date(2025, 5, 30, 12, 0, 0))).toBe(epochDay(2025, 6, 30) + 0.5);
  });
});
