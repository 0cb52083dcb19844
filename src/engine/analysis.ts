/**
 * Per-customer analysis results, column-wise: one array per measure, one slot per customer (the same
 * order as Dataset.customers). Category columns hold an index into the code lists below, -1 when the
 * measure does not apply (e.g. no purchase). Rules that fill them live in segmentation/, lifecycle/
 * and churn/; the lists here are the stable codes scripts and the JSON output rely on.
 */
import type { Lang } from "./schema";

export const RFM_SEGMENTS = [
  "champions",
  "loyal",
  "potential_loyalist",
  "new",
  "promising",
  "need_attention",
  "about_to_sleep",
  "at_risk",
  "cant_lose",
  "hibernating",
  "lost",
] as const;
export type RfmSegment = (typeof RFM_SEGMENTS)[number];

/** The Chinese 8-class RFM model (重要价值客户 …). */
export const VALUE_CLASSES = [
  "important_value",
  "important_development",
  "important_retention",
  "important_winback",
  "general_value",
  "general_development",
  "general_retention",
  "general_winback",
] as const;
export type ValueClass = (typeof VALUE_CLASSES)[number];

/**
 * The three steps of a scale, best or most first: the value tiers and the churn-risk levels of
 * scored customers are both this scale (one list, so a tier and a level line up in code).
 */
export const LEVELS = ["high", "medium", "low"] as const;
export const VALUE_TIERS = LEVELS;
export type ValueTier = (typeof VALUE_TIERS)[number];

export const LIFECYCLE_STAGES = [
  "prospect",
  "new",
  "growth",
  "mature",
  "decline",
  "churned",
  "won_back",
] as const;
export type LifecycleStage = (typeof LIFECYCLE_STAGES)[number];

/**
 * Churn-risk levels. high / medium / low come from absolute thresholds on the probability of no
 * purchase in the churn horizon (rule set churn.levels); "churned" is the churned stage (no purchase
 * for churn.churnedAfterDays): already gone, listed for win-back, never counted "at risk".
 */
// "prospect": never bought, so no chance of "no further purchase" to state (issue 9): no risk level.
export const RISK_LEVELS = [...LEVELS, "churned", "prospect"] as const;
export type RiskLevel = (typeof RISK_LEVELS)[number];

/**
 * Why a customer is at risk: stable codes (scripts and the JSON rely on them; add new ones at the end).
 * Source: DOMAIN.md "What it computes" 4 and issue 3.
 */
export const CHURN_REASON_CODES = [
  "overdue_vs_rhythm",
  "falling_frequency",
  "falling_spend",
  "low_satisfaction",
  "nps_detractor",
  "open_complaints",
  "late_complaints",
  "no_recent_contact",
  "long_since_purchase",
  "few_purchases",
  "low_spend",
  "model_no_purchase",
  "typical_of_customers",
  // A one-time buyer not yet past the customers' usual gap (stop 36, tester11 #11): their history
  // is one reason, "bought only once, N days ago", and no claim of being overdue (which
  // overdue_vs_rhythm made of a customer who bought today). Past the gap: overdue_vs_rhythm.
  "bought_once",
  // Stop 52 (tester51 J1): a row's reasons no longer contradict its level. A repeat buyer silent
  // for more than overdueFactor of their gaps whose silence weighs little in the learned risk
  // (figures as overdue_vs_rhythm's), and what holds a low level down: many purchase days, a
  // recent purchase, the repeat-purchase model's low figure, high spend.
  "overdue_not_weighed",
  "many_purchases",
  "recent_purchase",
  "model_likely_to_buy",
  "high_spend",
  // Judgment 7 (reviewer58 R1): a low row's first line is what holds it down; when no feature of
  // the customer's does, the level of this workbook's customers (probability, horizon days, 0,
  // 1 = learned).
  "typical_lowers",
  // tester58 U65: the customer left (status 已搬离 / 已转诊 / 已注销, or a closed date on or before
  // the analysis date; lifecycle/left.ts): churned, not at risk, not called. Figures: the closed
  // day (NaN: the status said so).
  "customer_left",
  // judge61 (tester60 U104): a steady customer's last orders fall steeply (aggregate/orderFall.ts),
  // the spend trend read over its own orders. Figures: the usual order, the last orders' mean,
  // the latest, how many recent orders.
  "shrinking_orders",
  // judge61 (tester60 U104): a contact note in the trend period states a reason to leave (another
  // supplier, a competitor, the price: optionWords.ts LEAVING_REASON_WORDS). Figures: the note's
  // day, the word (its LEAVING_REASON_WORDS index).
  "said_leaving",
  // tester61 U134: the customer's status says a charge failed (past_due, 欠费, 扣款失败:
  // optionWords.ts PAYMENT_FAILED_STATUS_WORDS): involuntary churn, a card to update, said first.
  // Figures: the word (its PAYMENT_FAILED_STATUS_WORDS index). The probability is not moved.
  "payment_failed",
  // tester61 U112: a customer read by her visits (消课记录, Check-ins; aggregate/visits.ts) is late
  // against her rhythm of coming, not of paying: "no check-in for N days (usually every M)".
  // Figures as overdue_vs_rhythm's. Likewise what holds her level down, her last visit within
  // her rhythm (figures as recent_purchase's), and her visits falling (as falling_frequency's).
  // visiting's days are from the analysis date, and its second figure the days the visits log
  // ends before it when she was read as of its end (SegmentationMeasures.visitsShift; else 0).
  "visits_stopped",
  "visiting",
  "falling_visits",
  // tester61 U114: a subscription set to cancel at the period's end (Subscriptions sheet,
  // ingest/subscriptions.ts): a customer saying she is leaving, said first, weighed as said_leaving.
  // Figures: the period's end (Infinity when not written).
  "cancel_scheduled",
  // tester63 U163: a subscription canceled within WIN_BACK_CANCEL_DAYS for a reason that leaves the
  // door open ("might come back", 以后再说: ingest/subscriptions.ts): not left, said first, high at
  // least, an urgent win-back call. Figures: the day canceled.
  "canceled_may_return",
  // tester63 U168: the appointments sheet's last bookings since her last visit or purchase were
  // missed (爽约, No-show) or cancelled (取消): said first among what adds risk, not weighed.
  // Figures: how many, of them no-shows, cancelled, the latest one's day.
  "missed_appointments",
  // stop 68's open item (tester67's gym B2): a customer paused today (冻结, 停卡, On hold, on leave,
  // payments paused: followUp/hold.ts pausesOf) past her rhythm: her silence is the pause's and adds
  // no risk (churn/pausedSilence.ts), said so in place of overdue. Figures as overdue_vs_rhythm's,
  // the fourth 1 over her visits.
  "paused_silence",
  // tester69 U503, U506: most of her last purchase refunded with nothing bought since (退费（剩余
  // 课时）, a Shopify order refunded for a misprint: churn/refunded.ts): said first among what adds
  // risk, not weighed. Figures: the refund, its day, the purchase refunded, its Excel row.
  "refunded",
] as const;
export type ChurnReasonCode = (typeof CHURN_REASON_CODES)[number];

/** One reason a customer is at risk: a stable code, its words, and the figures behind them. */
export interface ChurnReason {
  code: ChurnReasonCode;
  text: { "zh-CN": string; "en-US": string };
}

/** Reasons kept per customer. */
export const MAX_CHURN_REASONS = 3;
/** Figures kept per reason (what its words quote: days, counts, amounts). */
export const REASON_FIGURES = 4;

/**
 * Up to MAX_CHURN_REASONS reasons per customer, stored compactly: 1,000,000 customers would
 * otherwise need millions of small objects and strings. Slot s of customer i is at
 * i * MAX_CHURN_REASONS + s; its figures at (i * MAX_CHURN_REASONS + s) * REASON_FIGURES.
 * Read them as objects with words through churnReasonsOf (churn/reasons.ts).
 */
export interface ChurnReasons {
  /** Index into CHURN_REASON_CODES, strongest first; -1 = no reason in that slot. */
  codes: Int8Array;
  /** The figures each reason's words quote (see churn/reasons.ts for which is which). */
  figures: Float64Array;
}

export interface CustomerAnalysis {
  /** Days since the last purchase at the analysis date; NaN for no purchase. */
  recencyDays: Float64Array;
  /** Purchase days in the analysis window. */
  frequency: Int32Array;
  /** Net spend in the analysis window. */
  monetary: Float64Array;
  /**
   * A member's unused prepaid balance at the analysis date, where her top-ups are read at 0 (the
   * consumption basis) and she has used none of it yet (ingest/storedValue.ts heldBalances): her
   * value at stake for the schedule, and no "low spend". Absent when no one holds one.
   */
  heldBalance?: Float64Array;
  /** 1–5; 0 when not scored (a prospect: no purchase up to the analysis date). */
  rScore: Uint8Array;
  fScore: Uint8Array;
  mScore: Uint8Array;
  /** Index into RFM_SEGMENTS; -1 for prospects only (every buyer has exactly one segment). */
  rfmSegment: Int8Array;
  /** Index into VALUE_CLASSES; -1 for prospects only. */
  valueClass: Int8Array;
  /** Index into VALUE_TIERS (every customer has one: no spend is low). */
  valueTier: Int8Array;
  /** Index into LIFECYCLE_STAGES. */
  lifecycleStage: Int8Array;
  /**
   * Churn risk: the probability (0–1) of no purchase in the rule set's churn horizon
   * (churn.churnHorizonDays) after the analysis date. NaN for prospects (no purchase yet) and for
   * customers in the churned stage (already gone: level "churned").
   */
  churnProbability: Float64Array;
  /** Index into RISK_LEVELS ("churned" for the churned stage; prospects low). */
  churnLevel: Int8Array;
  /** Up to three reasons per customer, strongest first (read with churnReasonsOf). */
  churnReasons: ChurnReasons;
  /**
   * Said after the reasons of customers with a transaction row not used (a date with no year:
   * followUp/listedRowsNotUsed.ts; tester56 U26); absent when there is none.
   */
  rowNotUsedNotes?: ReadonlyMap<number, Record<Lang, string>>;
  /**
   * True when the visits were read from an appointments sheet (Visits.appointments): the reasons
   * that say visits say kept appointments (到诊), not check-ins (words/visitKind.ts; fix67e).
   */
  visitsAppointments?: boolean;
}
