import type { RfmSegment, ValueTier } from "../analysis";
import type { FollowUpReason } from "./followUpCodes";
import { DEFAULT_HOLIDAYS, DEFAULT_MAKE_UP_WORKDAYS } from "../calendar/chineseHolidays";

/**
 * The one place every default of the rule set is written: the schemas' `.default(…)` calls
 * (schema.ts, serviceSchema.ts, model.ts, limits.ts) read them from DEFAULTS, and defaultRules()
 * copies DEFAULTS without building a schema (a run without a rule file builds none). Sections and
 * fields stand in the schemas' order, so the copy is `ruleSetSchema.parse({})` key for key (a test
 * holds the two equal). "DOMAIN" is shared/DOMAIN.md; numbered sources (000 §7.3.2 …) are the seed
 * documents as DOMAIN.md cites them. Where the documents give no figure, the comment says why we
 * chose the value (for the service, model and limits sections: the comment on the field in its
 * schema). Every one is a setting the user can change (rules --print shows them explained: docs.ts).
 */

/** Schema version of the rule-set document: bump when a field changes meaning. */
export const RULES_VERSION = 2;

/**
 * Named RFM segments by score ranges, first match wins. The grid is the widely used R×F segment map
 * (champions = R5 F4–5, loyal = R3–4 F4–5, …), with "can't lose them" asking for high spend too and
 * the old "hibernating" corner split into hibernating (R2) and lost (R1). It covers all 125 score
 * combinations, so every buyer gets exactly one segment (validate.ts rejects a table with gaps).
 */
export const DEFAULT_SEGMENTS: {
  segment: RfmSegment;
  r: [number, number];
  f: [number, number];
  m: [number, number];
}[] = [
  { segment: "champions", r: [5, 5], f: [4, 5], m: [1, 5] },
  { segment: "loyal", r: [3, 4], f: [4, 5], m: [1, 5] },
  { segment: "potential_loyalist", r: [4, 5], f: [2, 3], m: [1, 5] },
  { segment: "new", r: [5, 5], f: [1, 1], m: [1, 5] },
  { segment: "promising", r: [4, 4], f: [1, 1], m: [1, 5] },
  { segment: "need_attention", r: [3, 3], f: [3, 3], m: [1, 5] },
  { segment: "about_to_sleep", r: [3, 3], f: [1, 2], m: [1, 5] },
  { segment: "cant_lose", r: [1, 2], f: [4, 5], m: [4, 5] },
  { segment: "at_risk", r: [1, 2], f: [3, 5], m: [1, 5] },
  { segment: "hibernating", r: [2, 2], f: [1, 2], m: [1, 5] },
  { segment: "lost", r: [1, 1], f: [1, 2], m: [1, 5] },
];

export const DEFAULTS = {
  window: {
    // DOMAIN 2 "purchases in the window" gives no length; our choice: one year covers every season
    // once, so seasonal buyers are not scored low for the wrong month.
    months: 12,
  },
  segmentation: {
    rfm: {
      // null: quintiles of the customers' own values (four numbers: fixed cut points).
      recency: { cutPoints: null as number[] | null },
      frequency: { cutPoints: null as number[] | null },
      monetary: { cutPoints: null as number[] | null },
    },
    segments: DEFAULT_SEGMENTS,
    valueClass: {
      // DOMAIN 2 "high/low against the average" (the 8-class model as used in Chinese practice);
      // "median" is offered because spend is skewed and a few large customers pull the mean up.
      basis: "mean" as "mean" | "median",
    },
    valueTier: {
      // DOMAIN 2 value tier by cumulative revenue share (ABC / Pareto): 80% / 15% / 5% (issue 3).
      highShare: 0.8,
      mediumShare: 0.15,
    },
  },
  lifecycle: {
    // Our choice: a customer is new for a quarter after the first purchase, long enough for a
    // second order in most B2B rhythms; 001 §2.3 names the stage without a figure.
    newDays: 90,
    // Our choice: a relationship older than one year with a steady trend is mature (001 §2.3 成熟期).
    matureAfterDays: 365,
    // Our choice: the trend compares the last half-year with the half-year before (two halves of
    // the default 12-month window).
    trendPeriodDays: 180,
    // Our choice: purchase days up by 20% or more between the periods (and significant) is growth.
    growthChange: 0.2,
    // Our choice: purchase days down by 30% or more (and significant) is decline.
    declineChange: 0.3,
    // Our choice: silent for more than three times the customer's robust rhythm is decline. A
    // customer buying at a constant rate is silent that long only 5% of the time (e^-3).
    overdueFactor: 3,
    // A trend is called only when the counts support it (issue 9 item 5): a one-sided binomial
    // test of the split of purchase days between the two periods under an unchanged rate at this
    // level, and at least minTrendPurchases purchase days in the two periods together. Our choice:
    // 1%: a stage change triggers calls, so false alarms are costly (at 5% a population where
    // nothing changes showed 2% "decline" from the trend test alone).
    trendSignificance: 0.01,
    minTrendPurchases: 4,
    // Our choice: a customer who came back after a churn-length gap is "won back" for half a year,
    // then is staged like anyone else.
    wonBackWithinDays: 180,
    typicalGap: {
      // null = the median of all repeat buyers' typical gaps (the population rhythm), used for
      // customers who bought once: they have no rhythm of their own.
      oneTimeBuyerDays: null as number | null,
      // Used when nobody has bought twice (no population rhythm): a quarter, as the low tier's
      // contact cadence (DOMAIN 5).
      fallbackDays: 90,
      // Our choice: a daily buyer is not "overdue" after two quiet days; gaps are at least a week.
      minDays: 7,
      // The population floor of a rhythm: at least this share of the population rhythm (our
      // choice: a quarter), so two quick purchases do not make a customer "overdue" in days.
      populationFloorShare: 0.25,
      // …in full up to this many gaps, then fading as populationFloorGaps / gaps (our choice: 4):
      // a customer with a long record keeps her own rhythm (a weekly account is weekly).
      populationFloorGaps: 4,
    },
  },
  churn: {
    // Three words kept apart (issue 9; 000 §7.3.2 asks for an explicit churn definition):
    // - the churned stage: no purchase for churnedAfterDays (our choice: 365, one full default
    //   window). Such customers are gone already: level "churned", listed for a win-back campaign;
    // - churn risk: the probability of no purchase in the churnHorizonDays after the analysis date
    //   (our choice: 90 days, a quarter, the horizon of the model's expected purchases);
    // - the Overview's churn rate: 1 − retention (overview/kpis.ts).
    churnedAfterDays: 365,
    churnHorizonDays: 90,
    // Absolute probability thresholds of the levels (not shares of customers, so "high" means the
    // same on every workbook). Our choice: high when no purchase in the horizon is at least 80%
    // likely, medium from 50% (more likely than not), low below.
    levels: { high: 0.8, medium: 0.5 },
    learning: {
      // L2 penalty on the standardised coefficients, toward the default weights (churn/learn.ts
      // PRIOR), for up to 500 customers learned from and less in proportion beyond: enough to keep
      // a small workbook's model from chasing noise or one season's buyers (tester67 U317: 1 toward
      // 0 → 10 toward the defaults, a bakery's 16 quarterly clients 70–87 % → low), negligible with
      // thousands of customers (CDNOW AUC 0.7784 unchanged).
      penalty: 10,
      // Too little history below these: the default weights are used and a note says so.
      minCustomers: 200,
      minEachOutcome: 20,
      // At most this many customers (every k-th, deterministic) are used to learn: the coefficients
      // settle long before (13 coefficients; 50,000 outcomes give standard errors of about 0.01 on
      // the standardised scale), and a million-customer workbook stays fast.
      maxCustomers: 50000,
    },
    // A feature is listed as a reason when it adds at least this much to the log-odds of no
    // purchase (0.1 ≈ 2 points at a 50% probability); at-risk customers always get at least one.
    minReasonLogOdds: 0.1,
    signals: {
      // A low satisfaction score (satisfaction.lowScoreMax) counts for this many days after the survey.
      lowSatisfaction: { lookbackDays: 365 },
      // An NPS detractor answer (satisfaction.npsDetractorMax) counts for this many days.
      npsDetractor: { lookbackDays: 365 },
      // Complaints answered or resolved late (complaint rules' SLA) in this many days.
      lateComplaints: { lookbackDays: 180 },
      // No contact for more than this many days (the low tier's cadence, DOMAIN 5).
      noRecentContact: { afterDays: 90 },
    },
  },
  // What each means and where it comes from: the comment on the field in serviceSchema.ts.
  followUp: {
    horizonDays: 30,
    cadenceDays: { high: 14, medium: 30, low: 90 },
    cadenceRhythmShare: 0.5,
    cadenceRestartsOnPurchase: true,
    cadenceCatchUpWorkingDays: 5,
    winBackWithinWorkingDays: 2,
    moneyOwedGraceDays: 15,
    bereavementPauseDays: 30,
    renewalLeadDays: 21,
    maternityPauseDays: 300,
    winBackChurnedCustomers: false,
    movedWrongWayWithinWorkingDays: 5,
    onboardingWithinDays: 7,
    complaintFollowUpNextWorkingDay: true,
    complaintFollowUpLookbackDays: 30,
    birthdayCare: true,
    holidayCare: true,
    holidayCareTiers: ["high"] as ValueTier[],
    // Spring Festival (春节, lunar 1-1) and Mid-Autumn (中秋, lunar 8-15): the two traditional
    // occasions for care contacts (004 五 关怀活动). Dates checked against chinese-days' lunar
    // calendar in the tests.
    festivals: [
      { date: "2025-01-29", name: "春节", nameEn: "Spring Festival" },
      { date: "2025-10-06", name: "中秋节", nameEn: "Mid-Autumn Festival" },
      { date: "2026-02-17", name: "春节", nameEn: "Spring Festival" },
      { date: "2026-09-25", name: "中秋节", nameEn: "Mid-Autumn Festival" },
      { date: "2027-02-06", name: "春节", nameEn: "Spring Festival" },
      { date: "2027-09-15", name: "中秋节", nameEn: "Mid-Autumn Festival" },
    ],
    careWindowDays: 3,
    dailyCapacity: 20,
    absentOwners: [] as string[],
    // China 2025–2026 from chinese-days (calendar/chineseHolidays.ts owns the lists).
    holidays: DEFAULT_HOLIDAYS,
    makeUpWorkdays: DEFAULT_MAKE_UP_WORKDAYS,
    extraHolidays: [] as string[],
    extraMakeUpWorkdays: [] as string[],
    marketingReasons: ["birthday_care", "holiday_care"],
    channels: {
      win_back: "phone",
      complaint_follow_up: "phone",
      onboarding: "phone",
      birthday_care: "online",
      holiday_care: "online",
      moved_wrong_way: "phone",
    },
    cadenceChannels: { high: "visit", medium: "phone", low: "email" },
    visitBusinessesOnly: true,
    priorities: {
      win_back: "urgent",
      complaint_follow_up: "urgent",
      onboarding: "urgent",
      late_onboarding: "high",
      birthday_care: "low",
      holiday_care: "low",
      moved_wrong_way: "high",
      key_account_overdue: "urgent",
    },
    keyAccountOverdueDays: 14 as number | null,
    oneTimeBuyerCallTiers: ["high", "medium"] as ValueTier[],
    placeFirst: [] as FollowUpReason[],
    cadencePriorities: { high: "high", medium: "medium", low: "medium" },
    channelCapacity: { visit: 3, email: null as number | null, online: null as number | null },
    maskContactDetails: false,
    staleDataWarningDays: 90,
  },
  // The comments on the fields in serviceSchema.ts say where each comes from.
  satisfaction: {
    csatPositiveMin: 4,
    npsPromoterMin: 9,
    npsDetractorMax: 6,
    lowScoreMax: 2,
    lowScoreLookbackDays: 90,
  },
  complaints: {
    firstResponseHours: 24,
    resolutionHours: { general: 24, complex: 48 },
    repeatComplainerMin: 2,
    openAgeBucketsDays: [1, 3, 7, 30],
  },
  // The comments on the fields in model.ts.
  model: {
    enabled: true,
    repeatPurchaseModel: "mbgnbd",
    nextPurchaseMaxDays: 365,
    timeUnitDays: 7,
    purchaseHorizonDays: 90,
    clvHorizonMonths: 12,
    monthlyDiscountRate: 0.01,
    penalty: 0,
    minCustomers: 50,
  },
  // The comment in limits.ts.
  limits: { worklistRows: 100_000 },
} as const;
