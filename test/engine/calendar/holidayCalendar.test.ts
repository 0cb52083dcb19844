import { chooseCalendar, holidayLists } from "../../../src/engine/calendar/holidayCalendar";
import { epochDay } from "../../../src/engine/parse/date";
import { defaultRules } from "../../../src/engine/rules";

/** Which calendar a run plans with (tester60 U103), and the days each gives. */
describe("chooseCalendar: the rule set's, else the amounts' currency's, else the language's", () => {
  test.each([
    [undefined, "$", null, { calendar: "US", from: "currency", currency: "$" }],
    [undefined, "€", null, { calendar: "none", from: "currency", currency: "€" }],
    [undefined, "HK$", null, { calendar: "none", from: "currency", currency: "HK$" }],
    [undefined, "\u00A5", null, { calendar: "CN", from: "currency", currency: "\u00A5" }],
    [undefined, "\u00A5", "en-US", { calendar: "CN", from: "currency", currency: "\u00A5" }],
    [undefined, "\u00A5", "zh-CN", { calendar: "CN", from: "currency", currency: "\u00A5" }],
    [undefined, "$", "zh-CN", { calendar: "CN", from: "language", currency: "$" }],
    [undefined, undefined, null, { calendar: "CN", from: "default" }],
    // No currency: the workbook's language (reviewer61: an en-US CSV got China's, unsaid).
    [undefined, undefined, "en-US", { calendar: "US", from: "language" }],
    [undefined, undefined, "zh-CN", { calendar: "CN", from: "language" }],
    // Mixed currencies decide nothing: the language does.
    [undefined, "", null, { calendar: "CN", from: "default" }],
    [undefined, "", "en-US", { calendar: "US", from: "language" }],
    ["CN", "$", null, { calendar: "CN", from: "rules" }],
    ["none", "\u00A5", "zh-CN", { calendar: "none", from: "rules" }],
  ] as const)("%s with %s, %s", (chosen, currency, language, expected) => {
    expect(chooseCalendar(chosen, currency, language)).toEqual(expected);
  });
});

describe("holidayLists", () => {
  const rules = defaultRules().followUp;
  const from = epochDay(2026, 9, 1);
  const until = epochDay(2027, 2, 1);

  test("US: the federal holidays of the span's years, China's lists not read; known for good", () => {
    const us = holidayLists(rules, "US", from, until);
    expect(us.holidays).toContain("2026-11-26");
    expect(us.holidays).toContain("2027-01-18");
    expect(us.holidays).not.toContain("2026-10-01");
    expect(us.makeUpWorkdays).toEqual([]);
    expect(us.calendarKnownUntil).toBe(Infinity);
    expect(us.arrangementsKnownUntil).toBe(Infinity);
  });

  test("none: the extra lists alone", () => {
    const none = holidayLists(
      { ...rules, extraHolidays: ["2026-12-24"], extraMakeUpWorkdays: ["2026-12-26"] },
      "none",
      from,
      until,
    );
    expect(none.holidays).toEqual(["2026-12-24"]);
    expect(none.makeUpWorkdays).toEqual(["2026-12-26"]);
    expect(none.arrangementsKnownUntil).toBe(Infinity);
  });

  test("CN: as before, the announced lists to 2026 and the statutory days of 2027", () => {
    const cn = holidayLists(rules, "CN", from, until);
    expect(cn.holidays).toContain("2026-10-01");
    expect(cn.holidays).toContain("2027-01-01");
    expect(cn.makeUpWorkdays).toContain("2026-09-20");
    expect(cn.calendarKnownUntil).toBe(epochDay(2026, 12, 31));
  });
});
