import type { RfmSegment } from "../analysis";

/**
 * Default thresholds of the rule set and where each comes from. "DOMAIN" is shared/DOMAIN.md;
 * numbered sources (000 §7.3.2 …) are the seed documents as DOMAIN.md cites them. Where the
 * documents give no figure, the comment says why we chose the value. Every one is a setting the
 * user can change (rules --print shows them with these explanations: see docs.ts).
 */

/** Schema version of the rule-set document: bump when a field changes meaning. */
export const RULES_VERSION = 1;

export const DEFAULTS = {
  window: {
    // DOMAIN 2 "purchases in the window" gives no length; our choice: one year covers every season
    // once, so seasonal buyers are not scored low for the wrong month.
    months: 12,
  },
  segmentation: {
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
    // Our choice: spend or purchase count up by 20% or more between the periods is growth.
    growthChange: 0.2,
    // Our choice: spend or purchase count down by 30% or more is decline (a fall that size is beyond
    // ordinary month-to-month noise for repeat buyers).
    declineChange: 0.3,
    // Our choice: silent for more than twice the customer's own typical gap is decline.
    overdueFactor: 2,
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
    },
  },
  churn: {
    // Our choice: churned = no purchase for 365 days, one full default window. The documents
    // (000 §7.3.2 流失预警) ask for a warning mechanism without a figure.
    inactiveDays: 365,
    // Our choice: score bands. One strong sign (fully overdue, 70) is high; a half-strength sign is medium.
    levels: { high: 60, medium: 30 },
    // Reasons contributing fewer points than this are not listed (noise, not a reason).
    minReasonPoints: 5,
    factors: {
      // The main behavioural sign (DOMAIN 4 "overdue against own rhythm"): full weight when silent for
      // fullAtRatio times the typical gap, nothing up to one gap, linear between.
      overdueVsRhythm: { weight: 0.7, fullAtRatio: 3 },
      // DOMAIN 4 "falling frequency / spend": full weight when purchases (spend) fell to zero between
      // the previous and the recent trend period, proportional to the fall below that.
      fallingFrequency: { weight: 0.3 },
      fallingSpend: { weight: 0.3 },
      // 001 §3.1 "60% of churn comes from poor service": service signs weigh as much as a falling
      // trend. A low score is the satisfaction rules' lowScoreMax (1–2 of 5) within the lookback.
      lowSatisfaction: { weight: 0.35, lookbackDays: 365 },
      // NPS detractor (0–6, the satisfaction rules' npsDetractorMax) within the lookback.
      npsDetractor: { weight: 0.25, lookbackDays: 365 },
      // Open complaints (000 §6; 001 §5.1): full weight from fullAtCount open complaints.
      openComplaints: { weight: 0.35, fullAtCount: 2 },
      // Complaints in the lookback answered or resolved late against the complaint rules' SLA
      // (003: first response 24 h; 001 §5.1: general 24 h, complex 48 h).
      lateComplaints: { weight: 0.25, lookbackDays: 180, fullAtCount: 2 },
      // No contact for long (DOMAIN 4): nothing up to a quarter (the low tier's cadence, DOMAIN 5),
      // full weight at half a year. Applies only when the Contacts sheet is present.
      noRecentContact: { weight: 0.2, afterDays: 90, fullAtDays: 180 },
    },
  },
} as const;

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
