import { chooseCalendar, holidayLists } from "../../../src/engine/calendar/holidayCalendar";
import { epochDay } from "../../../src/engine/parse/date";
import { defaultRules } from "../../../src/engine/rules";

/** Which calendar a run plans with (tester60 U103), and the days each gives. */
describe("chooseCalendar: the rule set's, else the amounts' currency's, else China's", () => {
  test.each([
    [undefined, "$", { calendar: "US", from: "currency", currency: "$" }],
    [undefined, "€", { calendar: "none", from: "currency", currency: "€" }],
    [undefined, "HK$", { calendar: "none", from: "currency", currency: "HK$" }],
    [undefined, "\u00A5", { calendar: "CN", from: "default" }],
    [undefined, undefined, { calendar: "CN", from: "default" }],
    // Mixed currencies decide nothing.
    [undefined, "", { calendar: "CN", from: "default" }],
    ["CN", "$", { calendar: "CN", from: "rules" }],
    ["none", "\u00A5", { calendar: "none", from: "rules" }],
  ] as const)("%s with %s", (chosen, currency, expected) => {
    expect(chooseCalendar(chosen, currency)).toEqual(expected);
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
