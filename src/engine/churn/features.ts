import type { DatedSummary } from "../aggregate/customerSummary";
import type { ChurnReasonCode } from "../analysis";
import type { ClassifyResult } from "../classify";
import { lastActiveDay } from "../aggregate/visits";
import { STAGE } from "../lifecycle/stage";
import type { ServiceSignals } from "./signals";

/**
 * The interpretable features churn risk is learned from, one row per customer at one analysis
 * date ("snapshot"). Each is a plain transform of a figure the user can see, so its contribution
 * can be put in words with the customer's own figures (churn/reasons.ts).
 *
 * | feature          | value                                                    | reason when it adds risk |
 * |------------------|----------------------------------------------------------|--------------------------|
 * | overdueVsRhythm  | log((days since last purchase + 1) / (own rhythm + 1))    | overdue_vs_rhythm        |
 * | recency          | log(1 + days since last purchase)                         | long_since_purchase      |
 * | frequency        | log(distinct purchase days up to the date)                | few_purchases            |
 * | spend            | log(1 + net spend in the window)                          | low_spend                |
 * | age              | log(1 + days since the first purchase)                    | (never a reason)         |
 * | countTrend       | log((recent purchase days + 1) / (previous + 1)); 0 when younger than two trend periods | falling_frequency |
 * | spendTrend       | log((recent spend + 1) / (previous spend + 1)); likewise  | falling_spend            |
 * | modelNoPurchase  | logit of the repeat-purchase model's P(no purchase in H)  | model_no_purchase        |
 * | lowSatisfaction  | 1 when the latest score in the lookback is low            | low_satisfaction         |
 * | npsDetractor     | 1 when the latest recommend score is a detractor          | nps_detractor            |
 * | openComplaints   | open complaints (at most 3)                               | open_complaints          |
 * | lateComplaints   | complaints answered or resolved late (at most 3)          | late_complaints          |
 * | noRecentContact  | days without contact beyond the threshold ÷ threshold (≤ 4; never contacted 4) | no_recent_contact |
 *
 * A sheet that is absent gives a constant column, which learning drops (absence is not evidence).
 */
export const CHURN_FEATURES = [
  "overdueVsRhythm",
  "recency",
  "frequency",
  "spend",
  "age",
  "countTrend",
  "spendTrend",
  "modelNoPurchase",
  "lowSatisfaction",
  "npsDetractor",
  "openComplaints",
  "lateComplaints",
  "noRecentContact",
] as const;
export type ChurnFeature = (typeof CHURN_FEATURES)[number];
export const FEATURE_COUNT = CHURN_FEATURES.length;

/**
 * Which side of the feature the reason's words describe (+1: higher adds risk, e.g. overdue; −1:
 * lower adds risk, e.g. few purchases; 0: never a reason) and the reason code.
 */
export const FEATURE_REASONS: readonly { side: 1 | -1 | 0; code: ChurnReasonCode | null }[] = [
  { side: 1, code: "overdue_vs_rhythm" },
  { side: 1, code: "long_since_purchase" },
  { side: -1, code: "few_purchases" },
  { side: -1, code: "low_spend" },
  { side: 0, code: null },
  { side: -1, code: "falling_frequency" },
  { side: -1, code: "falling_spend" },
  { side: 1, code: "model_no_purchase" },
  { side: 1, code: "low_satisfaction" },
  { side: 1, code: "nps_detractor" },
  { side: 1, code: "open_complaints" },
  { side: 1, code: "late_complaints" },
  { side: 1, code: "no_recent_contact" },
];

/** What one snapshot knows about each customer (all as of its date). */
export interface Snapshot {
  asOf: number;
  /** 1 = scored: has bought and is not in the churned stage. */
  eligible: Uint8Array;
  eligibleCount: number;
  recencyDays: Float64Array;
  purchaseDays: Int32Array;
  firstDay: Float64Array;
  typicalGapDays: Float64Array;
  /** Sum of the squared gaps between purchase days (the spread of the own rhythm: ownRhythm.ts). */
  gapSquares: Float64Array;
  /**
   * The purchase days with spend, their first and last day and squared gaps (SegmentationMeasures
   * spendDays…): the own rhythm's (rhythmDays), a ¥0 visit being activity, not a purchase of the
   * rhythm (tester58 U66). Absent: the purchase days are.
   */
  spendDays?: Int32Array;
  spendFirst?: Float64Array;
  spendLast?: Float64Array;
  spendGapSquares?: Float64Array;
  /**
   * 1 for a customer of two days with spend of very different size (SegmentationMeasures
   * unevenPair): its one gap is no rhythm of its own (churnRhythm). Absent: none is known.
   */
  unevenPair?: Uint8Array;
  /**
   * 1 for a customer whose days since the last purchase (and rhythm) are read to her last paid-up
   * purchase, her unpaid invoices set aside (churn/owedRecency.ts): her reasons say "last paid-up
   * purchase", as the row's Last purchase is her last invoice's day. Absent: none.
   */
  owedAside?: Uint8Array;
  /**
   * A seasonal customer's off-season gap, the date in her off-season (SegmentationMeasures
   * offSeasonGap; tester66 U236), NaN for the others: her rhythm (churnRhythm). Absent: none.
   */
  offSeasonGap?: Float64Array;
  /** Her season's months read from the months she buys in (SegmentationMeasures seasonMonths). */
  seasonMonths?: Uint16Array;
  /**
   * 1 for a customer paused today (followUp/hold.ts pausesOf: 冻结, On hold, on leave, payments
   * paused): her silence is the pause's, so her own rhythm's floor is not read (ownRhythm.ts
   * floorOwnRhythm). Today's snapshot only (the statuses are today's). Absent: nobody is.
   */
  paused?: Uint8Array;
  /**
   * The rhythm of customers who bought once (ClassifyResult.populationGapDays): an uneven pair's
   * (churnRhythm). Absent: its lifecycle rhythm is.
   */
  populationGapDays?: number;
  /**
   * The usual gap of customers of two days with spend of like size (ClassifyResult.pairGapDays,
   * NaN too few): an uneven pair's rhythm before populationGapDays (churnRhythm; tester64 U189).
   */
  pairGapDays?: number;
  /**
   * 1 for a customer whose rhythm measures are over her visits (SegmentationMeasures.byVisits):
   * her reasons speak of visits (churn/assess.ts). Absent: nobody's are.
   */
  byVisits?: Uint8Array;
  /**
   * The days a customer read by her visits was read before the analysis date, as of the visits
   * log's end (SegmentationMeasures.visitsShift): her recencyDays count to that end. Absent: none.
   */
  visitsShift?: Float64Array;
  /**
   * A steady customer's falling orders (aggregate/orderFall.ts): its usual order, the mean of its
   * last orders and the latest; NaN where they do not fall steeply. Absent: none is known to.
   */
  fallUsual?: Float64Array;
  fallRecent?: Float64Array;
  fallLast?: Float64Array;
  monetary: Float64Array;
  /**
   * 1 for a one-day customer of an occasion order (ClassifyResult.occasion: a wedding cake at a
   * bakery of regulars); absent when nobody is or the classification was not scored.
   */
  occasion?: Uint8Array;
  /** A member's unused prepaid balance (CustomerAnalysis.heldBalance): no "low spend". Absent: none. */
  heldBalance?: Float64Array;
  recentCount: Int32Array | Float64Array;
  previousCount: Int32Array | Float64Array;
  recentSpend: Float64Array;
  previousSpend: Float64Array;
  /** The repeat-purchase model's probability of no purchase in the horizon; null when not fitted. */
  modelNoPurchase: Float64Array | null;
  /** The model's P(alive); NaN where it does not apply. */
  pAlive: Float64Array;
  /** The model's expected purchases in the horizon; NaN where it does not apply. */
  expectedPurchases: Float64Array;
  /** Model purchase days up to the date (for actual purchases in a later horizon). */
  modelPurchaseDays: Int32Array;
  /**
   * The last purchase day, or for a customer read by her visits her last visit when later
   * (aggregate/visits.ts lastActiveDay): a later snapshot's is the outcome churn risk learns.
   */
  lastPurchaseDay: Float64Array;
  stage: Int8Array;
  signals: ServiceSignals;
  contactAfterDays: number;
  /** Satisfaction rules: a score at most lowScoreMax is low; a recommend score at most npsDetractorMax a detractor. */
  lowScoreMax: number;
  npsDetractorMax: number;
  /** Length of each trend period (lifecycle.trendPeriodDays). */
  trendPeriodDays: number;
}

/** Who a snapshot scores (1: has bought and is not in the churned stage), from the stages. */
export function eligibleOf(stage: Int8Array): { eligible: Uint8Array; eligibleCount: number } {
  const eligible = new Uint8Array(stage.length);
  return { eligible, eligibleCount: markEligible(stage, eligible, STAGE.prospect, STAGE.churned) };
}

/** Marks who is scored; returns how many (a pass of its own: nothing follows its loop). */
function markEligible(
  stage: Int8Array,
  eligible: Uint8Array,
  prospect: number,
  churned: number,
): number {
  let count = 0;
  for (let c = 0; c < stage.length; c++) {
    const s = stage[c];
    if (s !== prospect && s !== churned) {
      eligible[c] = 1;
      count++;
    }
  }
  return count;
}

/** A snapshot from the steps that measured the date: the summary, classification and model. */
export function snapshotOf(input: {
  asOf: number;
  summary: DatedSummary;
  classification: ClassifyResult;
  modelNoPurchase: Float64Array | null;
  pAlive: Float64Array;
  expectedPurchases: Float64Array;
  signals: ServiceSignals;
  contactAfterDays: number;
  lowScoreMax: number;
  npsDetractorMax: number;
  trendPeriodDays: number;
}): Snapshot {
  const a = input.classification.analysis;
  const m = input.summary.segmentation;
  const { eligible, eligibleCount: count } = eligibleOf(a.lifecycleStage);
  return {
    asOf: input.asOf,
    eligible,
    eligibleCount: count,
    // The segmentation's (a customer read by her visits: her last visit's), not RFM's.
    recencyDays: m.recencyDays,
    purchaseDays: m.purchaseDays,
    firstDay: m.firstPurchase,
    typicalGapDays: input.classification.typicalGapDays,
    gapSquares: m.gapSquares,
    spendDays: m.spendDays,
    spendFirst: m.spendFirst,
    spendLast: m.spendLast,
    spendGapSquares: m.spendGapSquares,
    unevenPair: m.unevenPair,
    offSeasonGap: m.offSeasonGap,
    seasonMonths: m.seasonMonths,
    populationGapDays: input.classification.populationGapDays,
    pairGapDays: input.classification.pairGapDays,
    byVisits: m.byVisits,
    visitsShift: m.visitsShift,
    fallUsual: m.fallUsual,
    fallRecent: m.fallRecent,
    fallLast: m.fallLast,
    monetary: a.monetary,
    occasion: input.classification.occasion,
    heldBalance: a.heldBalance,
    recentCount: m.recentCount,
    previousCount: m.previousCount,
    recentSpend: m.recentSpend,
    previousSpend: m.previousSpend,
    modelNoPurchase: input.modelNoPurchase,
    pAlive: input.pAlive,
    expectedPurchases: input.expectedPurchases,
    modelPurchaseDays: input.summary.model.purchaseDays,
    // Her last visit when later, for one read by her visits (tester67 U300): the outcome's.
    lastPurchaseDay: lastActiveDay(input.summary),
    stage: a.lifecycleStage,
    signals: input.signals,
    contactAfterDays: input.contactAfterDays,
    lowScoreMax: input.lowScoreMax,
    npsDetractorMax: input.npsDetractorMax,
    trendPeriodDays: input.trendPeriodDays,
  };
}

/**
 * The one matrix a run's churn steps have finished with (releaseFeatures), for the next to fill:
 * four matrices a run (learning at asOf − H, today's scores, the backtest's learning and scores),
 * each 100 bytes a customer of fresh memory otherwise (5 MB at 100,000 customers; a new page costs
 * ~24 µs here, ~6 ms a MB). Only ever one: the whole buffer of the largest released, emptied at the
 * end of churn risk.
 */
let spare: Float64Array | null = null;

/**
 * A fresh matrix's room beyond its own values: a quarter more rows, so the next matrix (today's
 * scores: 56,927 rows at 100,000 customers after learning on 47,818) fits in its memory. Pages
 * never written cost nothing: only the rows a matrix fills are fresh memory.
 */
const ROOM = 1.25;

/** A zero-filled matrix of `size` values: the spare one's memory when it is large enough. */
function zeroMatrix(size: number): Float64Array {
  const s = spare;
  if (s === null || s.length < size) {
    return new Float64Array(Math.ceil(size * ROOM)).subarray(0, size);
  }
  spare = null;
  const x = s.subarray(0, size);
  x.fill(0);
  return x;
}

/**
 * Gives back a matrix of featureMatrix (or scoreChurn's contributions) nothing will read again:
 * the next featureMatrix may fill it, and its whole memory (a smaller matrix made in a larger one's
 * keeps the larger one's room: released as a view of its values alone, the room was lost and the
 * backtest's scores at 100,000 customers were 5 MB of fresh memory).
 */
export function releaseFeatures(x: Float64Array): void {
  const whole =
    x.byteOffset === 0 && x.buffer instanceof ArrayBuffer ? new Float64Array(x.buffer) : x;
  if (spare === null || spare.length < whole.length) spare = whole;
}

/** Drops the spare matrix (the end of a run's churn steps: nothing is kept between runs). */
export function dropSpareFeatures(): void {
  spare = null;
}

/** The repeat-purchase model's column of the features (modelNoPurchase). */
const MODEL_FEATURE = 7;

const logit = (p: number) => {
  const q = p < 1e-4 ? 1e-4 : p > 1 - 1e-4 ? 1 - 1e-4 : p;
  return Math.log(q / (1 - q));
};

/** Whole days (or purchase days) below this read their logarithm from a table (logTables). */
const LOG_TABLE = 4096;
let tables: { log: Float64Array; log1p: Float64Array } | null = null;

/**
 * Math.log(k) and Math.log1p(k) of k = 0 … LOG_TABLE − 1, made once a process: the feature
 * matrices' recency, age and purchase-day logs are of whole numbers, mostly below 4,096 (the same
 * numbers as the call: the table holds what Math.log and Math.log1p give). Four matrices a run,
 * ~50,000 rows each: 150,000 calls to the libm-like logs a matrix otherwise (~6 ms a 100k run).
 */
function logTables(): { log: Float64Array; log1p: Float64Array } {
  if (tables === null) {
    const log = new Float64Array(LOG_TABLE);
    const log1p = new Float64Array(LOG_TABLE);
    for (let k = 0; k < LOG_TABLE; k++) {
      log[k] = Math.log(k);
      log1p[k] = Math.log1p(k);
    }
    tables = { log, log1p };
  }
  return tables;
}

/** Math.log1p(x), from the table when x is a whole number in 1 … LOG_TABLE − 1. */
function log1pOf(table: Float64Array, x: number): number {
  return x > 0 && x < LOG_TABLE && x === Math.floor(x) ? table[x] : Math.log1p(x);
}

/** Math.log(x), from the table when x is a whole number in 1 … LOG_TABLE − 1. */
function logOf(table: Float64Array, x: number): number {
  return x > 0 && x < LOG_TABLE && x === Math.floor(x) ? table[x] : Math.log(x);
}

/**
 * The rhythm churn risk weighs customer c against and its reasons quote: the larger of the
 * lifecycle's robust rhythm and the customer's own mean gap. The lifecycle's is shrunk toward the
 * population's rhythm by one gap's weight, so a yearly payer's two payments 365 days apart read
 * "about every 225 days" and it was "overdue" from day 226 (tester56 U23); shrinking only ever
 * lengthens a short own gap here, never shortens a long one.
 */
export function churnRhythm(s: RhythmDays & Pick<Snapshot, "typicalGapDays">, c: number): number {
  const gap = s.typicalGapDays[c];
  const k = rhythmDays(s, c);
  if (!(k > 1)) return gap;
  // Two purchases of very different size (a website build, then its hosting: tester64 U189 read
  // "buys about every 43 days", "overdue by 175 days") are no rhythm: the usual gap of customers
  // who bought on two days too (pairGapDays: the agency's project clients, 181 days), else the
  // customers' usual gap, as for a one-time buyer (the retainers' 30 days read it overdue by 188).
  if (k === 2 && s.unevenPair?.[c] === 1) return unevenGap(s) ?? gap;
  // In her off-season a seasonal customer's silence is read against last year's off-season
  // (tester66 U236: Grace, pool May–Sep twice, read "overdue by 53 days" against 54 in January).
  const off = s.offSeasonGap?.[c];
  const own = off !== undefined && off === off ? off : rhythmSpan(s, c) / (k - 1);
  return own > gap ? own : gap;
}

/** An uneven pair's reference gap (churnRhythm): pairGapDays where known, else populationGapDays. */
export function unevenGap(
  s: Pick<Snapshot, "pairGapDays" | "populationGapDays">,
): number | undefined {
  const pair = s.pairGapDays;
  return pair !== undefined && pair === pair ? pair : s.populationGapDays;
}

/**
 * The rhythm churn risk weighs customer c against and its reasons quote ("通常约每 292 天购买一次"):
 * under the default weights (`ownRhythm`) churnRhythm, under learned ones the lifecycle's. The one
 * owner of that figure: the schedule spaces a regular contact by it too (followUp/retention.ts
 * ownGapDaysOf; reviewer63 R1b: zh 1000214's reason said 292 and the At-risk tab half of 546).
 */
export function quotedRhythm(
  s: RhythmDays & Pick<Snapshot, "typicalGapDays">,
  c: number,
  ownRhythm: boolean,
): number {
  return ownRhythm ? churnRhythm(s, c) : s.typicalGapDays[c];
}

/** What a customer's own rhythm is measured from: its purchase days, or its days with spend. */
export type RhythmDays = Pick<
  Snapshot,
  | "asOf"
  | "recencyDays"
  | "firstDay"
  | "purchaseDays"
  | "gapSquares"
  | "spendDays"
  | "spendFirst"
  | "spendLast"
  | "spendGapSquares"
  | "unevenPair"
  | "offSeasonGap"
  | "populationGapDays"
  | "pairGapDays"
>;

/**
 * The purchase days customer c's own rhythm counts: its days with spend where the snapshot has
 * them (a ¥0 free revisit is no purchase of the rhythm: tester58 U66), else its purchase days.
 *
 * @example rhythmDays(snapshot, c) // 5 for five paid cleanings and four free revisits
 */
export function rhythmDays(s: RhythmDays, c: number): number {
  return s.spendDays ? s.spendDays[c] : s.purchaseDays[c];
}

/** Days from the first to the last of customer c's rhythm purchase days (rhythmDays). */
export function rhythmSpan(s: RhythmDays, c: number): number {
  return s.spendFirst && s.spendLast
    ? s.spendLast[c] - s.spendFirst[c]
    : s.asOf - s.recencyDays[c] - s.firstDay[c];
}

/** The sum of the squared gaps between customer c's rhythm purchase days (rhythmDays). */
export function rhythmSquares(s: RhythmDays, c: number): number {
  return s.spendGapSquares ? s.spendGapSquares[c] : s.gapSquares[c];
}

/**
 * The features of the customers listed in `rows`, column-major: feature k of row i at
 * out[k * rows.length + i] (the layout fitLogistic reads).
 *
 * @example const x = featureMatrix(snapshot, Int32Array.of(0, 5)); x[0] // customer 0's overdueVsRhythm
 */
export function featureMatrix(s: Snapshot, rows: Int32Array, ownRhythm = false): Float64Array {
  const n = rows.length;
  const x = zeroMatrix(FEATURE_COUNT * n);
  const sig = s.signals;
  const after = s.contactAfterDays;
  const { log, log1p } = logTables();
  for (let i = 0; i < n; i++) {
    const c = rows[i];
    const rec = s.recencyDays[c];
    const gap = quotedRhythm(s, c, ownRhythm);
    // Only past the rhythm: early in one's own rhythm is no sign of staying (rhythm56 B).
    const od = Math.log((rec + 1) / (gap + 1));
    x[i] = od > 0 || !ownRhythm ? od : 0;
    x[n + i] = log1pOf(log1p, rec);
    x[2 * n + i] = logOf(log, Math.max(1, s.purchaseDays[c]));
    x[3 * n + i] = Math.log1p(Math.max(0, s.monetary[c]));
    x[4 * n + i] = log1pOf(log1p, Math.max(0, s.asOf - s.firstDay[c]));
    // A trend needs both periods in the customer's history: younger customers have none (0), so
    // a cohort's "previous period" filling up over time is not read as a trend.
    // Nor for a rhythm as long as a trend period: a yearly payer's half-years are 0 and 12,800.
    if (
      s.asOf - s.firstDay[c] >= 2 * s.trendPeriodDays &&
      !(ownRhythm && gap >= s.trendPeriodDays)
    ) {
      x[5 * n + i] = Math.log((s.recentCount[c] + 1) / (s.previousCount[c] + 1));
      x[6 * n + i] = Math.log(
        (Math.max(0, s.recentSpend[c]) + 1) / (Math.max(0, s.previousSpend[c]) + 1),
      );
    }
    const p0 = s.modelNoPurchase ? s.modelNoPurchase[c] : NaN;
    x[MODEL_FEATURE * n + i] = p0 === p0 ? logit(p0) : 0;
    if (sig.satisfactionScore) x[8 * n + i] = sig.satisfactionScore[c] <= s.lowScoreMax ? 1 : 0;
    if (sig.recommendScore) x[9 * n + i] = sig.recommendScore[c] <= s.npsDetractorMax ? 1 : 0;
    if (sig.openComplaints) x[10 * n + i] = Math.min(3, sig.openComplaints[c]);
    if (sig.lateComplaints) x[11 * n + i] = Math.min(3, sig.lateComplaints[c]);
    if (sig.lastContactDay) {
      const since = s.asOf - sig.lastContactDay[c];
      x[12 * n + i] = since === since ? Math.min(4, Math.max(0, since - after) / after) : 4;
    }
  }
  return x;
}

/**
 * The repeat-purchase model's feature (modelNoPurchase) of a matrix featureMatrix made from the
 * snapshot without its model (modelNoPurchase null: that column 0), written from `s`'s: the matrix
 * featureMatrix(s, rows) gives (churn/learn.ts prepareLearning).
 *
 * @example modelFeature(featureMatrix({ ...snap, modelNoPurchase: null }, rows), snap, rows)
 */
export function modelFeature(x: Float64Array, s: Snapshot, rows: Int32Array): void {
  const p = s.modelNoPurchase;
  if (!p) return;
  const o = MODEL_FEATURE * rows.length;
  for (let i = 0; i < rows.length; i++) {
    const p0 = p[rows[i]];
    x[o + i] = p0 === p0 ? logit(p0) : 0;
  }
}
