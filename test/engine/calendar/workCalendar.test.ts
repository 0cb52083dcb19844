import fc from "fast-check";
import chineseDays from "chinese-days";
import { workCalendar } from "../../../src/engine/calendar/workCalendar";
import { weekday } from "../../../src/engine/calendar/weekday";
import {
  DEFAULT_HOLIDAYS,
  DEFAULT_MAKE_UP_WORKDAYS,
} from "../../../src/engine/calendar/chineseHolidays";
import {
  civilFromDays,
  daysFromCivil,
  quarterKey,
  quarterLabel,
} from "../../../src/engine/calendar/civil";
import { epochDay, isoDate, parseIsoDate } from "../../../src/engine/parse/date";
import { followUpRulesSchema } from "../../../src/engine/rules/service";

const rules = { holidays: DEFAULT_HOLIDAYS, makeUpWorkdays: DEFAULT_MAKE_UP_WORKDAYS };
const d = (iso: string) => parseIsoDate(iso);

describe("workCalendar with the default Chinese holidays", () => {
  const cal = workCalendar(rules, d("2025-01-01"), d("2027-01-01"));

  test("National Day week 2026 is off and the make-up Saturday is worked", () => {
    for (let day = d("2026-10-01"); day <= d("2026-10-07"); day++)
      expect(cal.isWorkingDay(day)).toBe(false);
    expect(weekday(d("2026-10-10"))).toBe(6);
    expect(cal.isWorkingDay(d("2026-10-10"))).toBe(true);
    expect(cal.isWorkingDay(d("2026-09-20"))).toBe(true); // a Sunday worked
    expect(isoDate(cal.nextWorkingDay(d("2026-09-30")))).toBe("2026-10-08");
  });

  test("plain weekends are off, weekdays on", () => {
    expect(cal.isWorkingDay(d("2026-11-21"))).toBe(false); // Saturday
    expect(cal.isWorkingDay(d("2026-11-22"))).toBe(false); // Sunday
    expect(cal.isWorkingDay(d("2026-11-23"))).toBe(true);
    expect(isoDate(cal.workingDayOnOrBefore(d("2026-11-22")))).toBe("2026-11-20");
  });

  test("Spring Festival 2026: the make-up Saturday before it counts", () => {
    // 2026-02-13 Fri, 2026-02-14 Sat (worked), 2026-02-15 … 23 off.
    expect(isoDate(cal.addWorkingDays(d("2026-02-13"), 1))).toBe("2026-02-14");
    expect(isoDate(cal.addWorkingDays(d("2026-02-13"), 2))).toBe("2026-02-24");
  });

  test("agrees with chinese-days on every day of 2025 and 2026", () => {
    for (let day = d("2025-01-01"); day < d("2027-01-01"); day++) {
      expect([isoDate(day), cal.isWorkingDay(day)]).toEqual([
        isoDate(day),
        chineseDays.isWorkday(isoDate(day)),
      ]);
    }
  });

  test("the default festivals are Spring Festival and Mid-Autumn by the lunar calendar", () => {
    for (const f of followUpRulesSchema.parse({}).festivals) {
      const year = +f.date.slice(0, 4);
      const lunar = f.nameEn === "Spring Festival" ? `${year}-01-01` : `${year}-08-15`;
      expect(chineseDays.getSolarDateFromLunar(lunar).date).toBe(f.date);
    }
  });
});

describe("workCalendar properties", () => {
  const from = epochDay(2024, 6, 1);
  const to = epochDay(2027, 6, 1);
  const inner = workCalendar(rules, from + 200, to - 200);
  const slowIsWorking = (day: number) => {
    const iso = isoDate(day);
    if (DEFAULT_HOLIDAYS.includes(iso)) return false;
    if (DEFAULT_MAKE_UP_WORKDAYS.includes(iso)) return true;
    return weekday(day) !== 0 && weekday(day) !== 6;
  };
  const day = fc.integer({ min: from, max: to });

  test("answers inside and outside the precomputed span agree with the rules", () => {
    fc.assert(
      fc.property(day, (x) => {
        expect(inner.isWorkingDay(x)).toBe(slowIsWorking(x));
        const after = inner.workingDayOnOrAfter(x);
        expect(after).toBeGreaterThanOrEqual(x);
        expect(slowIsWorking(after)).toBe(true);
        for (let y = x; y < after; y++) expect(slowIsWorking(y)).toBe(false);
        const before = inner.workingDayOnOrBefore(x);
        expect(before).toBeLessThanOrEqual(x);
        expect(slowIsWorking(before)).toBe(true);
        for (let y = before + 1; y <= x; y++) expect(slowIsWorking(y)).toBe(false);
      }),
    );
  });

  test("addWorkingDays(d, n) is the n-th working day after the first one on or after d", () => {
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 40 }), (x, n) => {
        const got = inner.addWorkingDays(x, n);
        let y = inner.workingDayOnOrAfter(x);
        for (let k = 0; k < n; k++) {
          y++;
          while (!slowIsWorking(y)) y++;
        }
        expect(got).toBe(y);
        expect(inner.nextWorkingDay(x)).toBe(inner.workingDayOnOrAfter(x + 1));
      }),
    );
  });

  test("fractional days are read as their day", () => {
    expect(inner.isWorkingDay(d("2026-11-23") + 0.75)).toBe(true);
    expect(inner.nextWorkingDay(d("2026-11-20") + 0.5)).toBe(d("2026-11-23"));
  });
});

describe("civil dates", () => {
  test("round-trip with Date for any day", () => {
    fc.assert(
      fc.property(fc.integer({ min: -100000, max: 100000 }), (x) => {
        const [y, m, dd] = civilFromDays(x);
        const iso = new Date(x * 86400000).toISOString().slice(0, 10);
        expect(
          `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(dd).padStart(2, "0")}`,
        ).toBe(iso);
        expect(daysFromCivil(y, m, dd)).toBe(x);
      }),
    );
  });

  test("quarters", () => {
    expect(quarterLabel(quarterKey(d("2025-03-31")))).toBe("2025-Q1");
    expect(quarterLabel(quarterKey(d("2025-04-01")))).toBe("2025-Q2");
    expect(quarterLabel(quarterKey(d("2025-12-31")))).toBe("2025-Q4");
  });
});
