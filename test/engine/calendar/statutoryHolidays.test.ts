import { getSolarDateFromLunar, getSolarTerms } from "chinese-days";
import {
  STATUTORY_KNOWN_UNTIL,
  statutoryHolidays,
} from "../../../src/engine/calendar/statutoryHolidays";
import { DEFAULT_HOLIDAYS, DEFAULT_HOLIDAY_YEARS } from "../../../src/engine/calendar";
import { runWarnings } from "../../../src/engine/followUp/warnings";
import { isoDate, parseIsoDate } from "../../../src/engine/parse/date";
import { planFor, RISK, TIER, type Who } from "../followUp/planFor";
import { smallDataset } from "../followUp/smallDataset";

const plusDays = (iso: string, n: number) => isoDate(parseIsoDate(iso) + n);

/** The statutory days of a year, computed from chinese-days' lunar calendar and solar terms. */
function fromChineseDays(y: number): string[] {
  const newYear = getSolarDateFromLunar(`${y}-01-01`).date;
  const qingming = getSolarTerms(`${y}-04-01`, `${y}-04-10`)[0].date;
  const days = [
    `${y}-01-01`,
    ...[-1, 0, 1, 2].map((k) => plusDays(newYear, k)),
    qingming,
    `${y}-05-01`,
    `${y}-05-02`,
    getSolarDateFromLunar(`${y}-05-05`).date,
    getSolarDateFromLunar(`${y}-08-15`).date,
    `${y}-10-01`,
    `${y}-10-02`,
    `${y}-10-03`,
  ];
  return [...new Set(days)].sort();
}

describe("statutory holidays of the years not announced yet (tester52 L5)", () => {
  test("the table is chinese-days' lunar calendar and solar terms", () => {
    for (let y = DEFAULT_HOLIDAY_YEARS.at(-1)! + 1; y <= STATUTORY_KNOWN_UNTIL; y++)
      expect(statutoryHolidays(y)).toEqual(fromChineseDays(y));
    // Known facts: 春节 2027 is on 6 February, 中秋 on 15 September.
    expect(statutoryHolidays(2027)).toEqual(expect.arrayContaining(["2027-02-06", "2027-09-15"]));
  });

  test("the rule gives days the announced years have off", () => {
    for (const y of DEFAULT_HOLIDAY_YEARS)
      for (const d of fromChineseDays(y)) expect(DEFAULT_HOLIDAYS).toContain(d);
  });

  test("past the table: the fixed-date days", () => {
    expect(statutoryHolidays(STATUTORY_KNOWN_UNTIL + 1)).toHaveLength(6);
  });

  // 2026-12-05, a Saturday; horizon 60 days: the default lists end with 2026.
  const who: Who[] = Array.from({ length: 40 }, (_, k) => ({
    owner: "王",
    tier: TIER.medium,
    risk: RISK.high,
    lastPurchase: parseIsoDate("2026-06-01"),
    monetary: 50_000 + k,
    churnProbability: 0.5,
    phone: "13800000000",
  }));
  const s = planFor("2026-12-05", who, { horizonDays: 60, dailyCapacity: 1 });

  test("no contact on 元旦 2027 or on 春节's days", () => {
    const days = new Set(Array.from(s.followUps.day.subarray(0, s.followUps.count), isoDate));
    expect([...days].some((d) => d > "2026-12-31")).toBe(true);
    expect(days.has("2027-01-01")).toBe(false);
    expect(s.calendar.isWorkingDay(parseIsoDate("2027-02-08"))).toBe(false);
    expect(s.calendar.isWorkingDay(parseIsoDate("2027-02-09"))).toBe(true);
  });

  test("the warning counts the contacts after the lists, and says only the make-up days are unknown", () => {
    const dataset = smallDataset({ asOf: parseIsoDate("2026-12-05"), customers: who });
    const past = Array.from(s.followUps.day.subarray(0, s.followUps.count)).filter(
      (d) => d > parseIsoDate("2026-12-31"),
    ).length;
    const [w] = runWarnings(s, dataset, parseIsoDate("2026-12-05"), 10_000);
    expect(w.code).toBe("calendar_ends");
    expect(w.message["zh-CN"]).toContain(`计划期内 ${past} 个联系排在此后`);
    expect(w.message["zh-CN"]).toContain("已不排联系");
    expect(w.message["en-US"]).toContain("make-up arrangements");
    // A horizon that runs past the lists with nothing planned there: no warning ("0 contacts").
    const short = planFor("2026-12-05", who.slice(0, 1), { horizonDays: 60 });
    const one = smallDataset({ asOf: parseIsoDate("2026-12-05"), customers: who.slice(0, 1) });
    const late = Array.from(short.followUps.day.subarray(0, short.followUps.count)).filter(
      (d) => d > parseIsoDate("2026-12-31"),
    );
    if (late.length === 0)
      expect(runWarnings(short, one, parseIsoDate("2026-12-05"), 10_000)).toEqual([]);
  });

  test("one company day off typed for the next year keeps its statutory holidays and the warning (reviewer53 H3)", () => {
    const extra = planFor("2026-12-05", who, {
      horizonDays: 60,
      dailyCapacity: 1,
      extraHolidays: ["2027-02-04"],
    });
    expect(extra.calendar.isWorkingDay(parseIsoDate("2027-01-01"))).toBe(false);
    expect(extra.calendar.isWorkingDay(parseIsoDate("2027-02-08"))).toBe(false);
    expect(extra.calendar.isWorkingDay(parseIsoDate("2027-02-04"))).toBe(false);
    expect(isoDate(extra.calendarKnownUntil)).toBe("2026-12-31");
    const dataset = smallDataset({ asOf: parseIsoDate("2026-12-05"), customers: who });
    const [w] = runWarnings(extra, dataset, parseIsoDate("2026-12-05"), 10_000);
    expect(w.code).toBe("calendar_ends");
    expect(w.message["zh-CN"]).toContain("节假日日历只到 2026-12-31");
  });

  test("the next year's notice entered (its make-up working days): no warning, its statutory days still off (fixes53b)", () => {
    const entered = planFor("2026-12-05", who, {
      horizonDays: 60,
      dailyCapacity: 1,
      extraHolidays: ["2027-02-04"],
      extraMakeUpWorkdays: ["2027-02-20"],
    });
    // The user's lists add to the statutory days; they do not replace them.
    expect(entered.calendar.isWorkingDay(parseIsoDate("2027-01-01"))).toBe(false);
    expect(entered.calendar.isWorkingDay(parseIsoDate("2027-02-04"))).toBe(false);
    expect(entered.calendar.isWorkingDay(parseIsoDate("2027-02-20"))).toBe(true);
    expect(isoDate(entered.calendarKnownUntil)).toBe("2026-12-31");
    expect(isoDate(entered.arrangementsKnownUntil)).toBe("2027-12-31");
    const dataset = smallDataset({ asOf: parseIsoDate("2026-12-05"), customers: who });
    const codes = runWarnings(entered, dataset, parseIsoDate("2026-12-05"), 10_000).map(
      (w) => w.code,
    );
    expect(codes).not.toContain("calendar_ends");
    // A year further on (2028) is not announced by 2027's days.
    const gap = planFor("2026-12-05", who, {
      horizonDays: 60,
      dailyCapacity: 1,
      extraMakeUpWorkdays: ["2028-02-20"],
    });
    expect(isoDate(gap.arrangementsKnownUntil)).toBe("2026-12-31");
  });

  test("an emptied holiday list: the warning does not say the statutory holidays are kept free", () => {
    const none = planFor("2026-12-05", who, { horizonDays: 60, dailyCapacity: 1, holidays: [] });
    expect(none.calendar.isWorkingDay(parseIsoDate("2027-01-01"))).toBe(true);
    const dataset = smallDataset({ asOf: parseIsoDate("2026-12-05"), customers: who });
    const [w] = runWarnings(none, dataset, parseIsoDate("2026-12-05"), 10_000);
    expect(w.code).toBe("calendar_ends");
    expect(w.message["zh-CN"]).toContain(`计划期内 ${none.followUps.count} 个联系只避开了周末`);
    expect(w.message["zh-CN"]).not.toContain("已不排联系");
    expect(w.message["en-US"]).toContain("weekends only");
    expect(w.message["en-US"]).not.toContain("No contact is planned on the statutory holidays");
  });
});
