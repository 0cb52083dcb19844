/**
 * The service rules' schemas (src/engine/rules/serviceSchema.ts): the documented defaults, the
 * bounds, and the checks of their own.
 */
import { DEFAULT_HOLIDAYS } from "../../../src/engine/calendar/chineseHolidays";
import { parseIsoDate } from "../../../src/engine/parse/date";
import {
  complaintRulesSchema,
  followUpRulesSchema,
  satisfactionRulesSchema,
} from "../../../src/engine/rules/serviceSchema";

const ok = (doc: unknown) => followUpRulesSchema.safeParse(doc).success;

describe("followUpRulesSchema defaults (the figures README and DOMAIN §5 give)", () => {
  const rules = followUpRulesSchema.parse({});

  test("cadence, deadlines and capacity", () => {
    expect(rules.horizonDays).toBe(30);
    expect(rules.cadenceDays).toEqual({ high: 14, medium: 30, low: 90 });
    expect(rules.cadenceChannels).toEqual({ high: "visit", medium: "phone", low: "email" });
    expect(rules.winBackWithinWorkingDays).toBe(2);
    expect(rules.onboardingWithinDays).toBe(7);
    expect(rules.dailyCapacity).toBe(20);
    expect(rules.channelCapacity).toEqual({ visit: 3, email: null, online: null });
  });

  test("bands: complaint follow-ups, retention calls, onboarding and overdue key accounts are urgent; a late welcome call high; care is low", () => {
    expect(rules.priorities).toEqual({
      win_back: "urgent",
      complaint_follow_up: "urgent",
      onboarding: "urgent",
      // tester58 U76: a welcome call whose first week is over waits for the urgent calls.
      late_onboarding: "high",
      birthday_care: "low",
      holiday_care: "low",
      moved_wrong_way: "high",
      key_account_overdue: "urgent",
    });
    expect(rules.cadencePriorities).toEqual({ high: "high", medium: "medium", low: "medium" });
    // Stop 27: nothing placed ahead of the value order.
    expect(rules.placeFirst).toEqual([]);
    expect(rules.oneTimeBuyerCallTiers).toEqual(["high", "medium"]);
  });

  test("care is marketing (consent needed); the service contacts are not", () => {
    expect(rules.marketingReasons).toEqual(["birthday_care", "holiday_care"]);
    expect(rules.holidayCareTiers).toEqual(["high"]);
  });

  test("the default festivals are Spring Festival and Mid-Autumn of 2025-2027, in order, on public holidays", () => {
    const days = rules.festivals.map((f) => parseIsoDate(f.date));
    expect(days).toEqual([...days].sort((a, b) => a - b));
    expect(rules.festivals.map((f) => f.nameEn)).toEqual([
      "Spring Festival",
      "Mid-Autumn Festival",
      "Spring Festival",
      "Mid-Autumn Festival",
      "Spring Festival",
      "Mid-Autumn Festival",
    ]);
    // The 2025 and 2026 festival days are public holidays in the default calendar.
    for (const f of rules.festivals.filter((x) => x.date < "2027"))
      expect(DEFAULT_HOLIDAYS).toContain(f.date);
  });

  test("each parse is a fresh copy: changing one rule set's lists leaves the defaults alone", () => {
    const a = followUpRulesSchema.parse({});
    a.holidays.push("2099-01-01");
    a.placeFirst.push("onboarding");
    const b = followUpRulesSchema.parse({});
    expect(b.holidays).not.toContain("2099-01-01");
    expect(b.placeFirst).toEqual([]);
  });
});

describe("followUpRulesSchema bounds", () => {
  test("the horizon is 1-366 days; capacities are whole and at least 1 call, 0 visits", () => {
    expect([ok({ horizonDays: 0 }), ok({ horizonDays: 366 }), ok({ horizonDays: 367 })]).toEqual([
      false,
      true,
      false,
    ]);
    expect([
      ok({ dailyCapacity: 0 }),
      ok({ dailyCapacity: 1.5 }),
      ok({ dailyCapacity: 1 }),
    ]).toEqual([false, false, true]);
    expect(ok({ channelCapacity: { visit: 0 } })).toBe(true);
    expect(ok({ channelCapacity: { email: null, online: 5 } })).toBe(true);
    expect(ok({ channelCapacity: { visit: null } })).toBe(false);
  });

  test("dates are YYYY-MM-DD; codes, channels and tiers come from their lists", () => {
    expect(ok({ extraHolidays: ["2027-02-05"] })).toBe(true);
    expect(ok({ extraHolidays: ["2027-2-5"] })).toBe(false);
    expect(ok({ placeFirst: ["onboarding", "win_back"] })).toBe(true);
    expect(ok({ placeFirst: ["welcome"] })).toBe(false);
    expect(ok({ channels: { win_back: "sms" } })).toBe(false);
    expect(ok({ priorities: { win_back: "critical" } })).toBe(false);
    expect(ok({ oneTimeBuyerCallTiers: ["top"] })).toBe(false);
    expect(ok({ keyAccountOverdueDays: null })).toBe(true);
  });

  test("strict at every level: a misspelt key is an error, not dropped", () => {
    expect(ok({ cadenceDays: { hihg: 7 } })).toBe(false);
    expect(ok({ festivals: [{ date: "2027-02-06", name: "春节", nameEn: "x", extra: 1 }] })).toBe(
      false,
    );
    expect(ok({ channels: { cadence: "phone" } })).toBe(false); // cadence has cadenceChannels
  });
});

describe("satisfaction and complaint rules", () => {
  test("defaults: CSAT 4-5, NPS 9-10 vs 0-6, low score 1-2 within 90 days; SLA 24 h, 24/48 h", () => {
    expect(satisfactionRulesSchema.parse({})).toEqual({
      csatPositiveMin: 4,
      npsPromoterMin: 9,
      npsDetractorMax: 6,
      lowScoreMax: 2,
      lowScoreLookbackDays: 90,
    });
    expect(complaintRulesSchema.parse({})).toEqual({
      firstResponseHours: 24,
      resolutionHours: { general: 24, complex: 48 },
      repeatComplainerMin: 2,
      openAgeBucketsDays: [1, 3, 7, 30],
    });
  });

  test("a detractor score may not reach the promoters' bottom; the issue carries its word for the catalog", () => {
    expect(satisfactionRulesSchema.safeParse({ npsDetractorMax: 8 }).success).toBe(true);
    const r = satisfactionRulesSchema.safeParse({ npsPromoterMin: 7, npsDetractorMax: 7 });
    expect(r.success).toBe(false);
    if (r.success) return;
    expect(r.error.issues).toHaveLength(1);
    const issue = r.error.issues[0] as { path: unknown[]; params?: Record<string, unknown> };
    expect(issue.path).toEqual(["npsDetractorMax"]);
    expect(issue.params).toEqual({ word: "detractorBelowPromoter", promoterMin: 7 });
  });

  test("a repeat complainer has at least 2 complaints; hours are not negative", () => {
    expect(complaintRulesSchema.safeParse({ repeatComplainerMin: 1 }).success).toBe(false);
    expect(complaintRulesSchema.safeParse({ firstResponseHours: -1 }).success).toBe(false);
    expect(complaintRulesSchema.safeParse({ resolutionHours: { urgent: 4 } }).success).toBe(false);
  });
});
