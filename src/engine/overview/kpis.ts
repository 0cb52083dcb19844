import {
  CHURN_REASON_CODES,
  LIFECYCLE_STAGES,
  MAX_CHURN_REASONS,
  REASON_FIGURES,
  RFM_SEGMENTS,
  RISK_LEVELS,
  VALUE_TIERS,
  type CustomerAnalysis,
} from "../analysis";
import type { CustomerSummary } from "../aggregate/customerSummary";
import type { EpochDay } from "../parse/date";
import { oneOffBusiness, type OneOffReading } from "./oneOff";

/**
 * Relationship KPIs over the analysis window (DOMAIN §7; 000 §7.3.1, §10.3; 001 §4.3). The window is
 * the segmentation's (classify.ts): the days d with windowStart < d ≤ asOf, `windowMonths` calendar
 * months (segmentation/window.ts); the previous window the same number of months before it
 * (previousWindowStart < d ≤ windowStart). A purchase is a row with a positive amount (returns are
 * negative rows).
 * - active customers: bought in the window, or, for a customer read by her visits (a student who
 *   paid for the year and comes weekly: aggregate/visits.ts), visited in it (fix63c);
 * - revenue: net amount of all rows in the window (returns deducted);
 * - retention rate: of the customers who bought in the previous window (or visited in it, read by
 *   her visits), the share who bought again in this window (or visited in it) and have not left (a status of canceled / 已流失 / 已搬离 or a closed date:
 *   lifecycle/left.ts, the churn reason customer_left; a course completed, 结课, is no leaving);
 *   churn rate = 1 − retention rate (tester61
 *   U116: a yoga studio's 2 canceled members, who paid monthly until they left, read retention 100 %);
 * - where most customers buy once (oneOff.ts: a renovation, a wedding), a past client who did not
 *   buy again has not been lost: the churn rate then counts only those who left (by status) among
 *   the previous window's buyers, and the retention rate, the same share as above, reads as repeat
 *   business (the Overview says which reading it used);
 * - repeat-purchase rate: of the customers who bought in the window, the share who bought on two
 *   or more days (the active customers but those active by their visits alone);
 * - average order value: purchase amount in the window ÷ orders in the window (orders by order id
 *   where the sheet has one, otherwise one per row).
 * Rates are 0–1, NaN when the base is empty.
 */
export interface RelationshipKpis {
  /** The day before the window and the window's length in months (the window ends on asOf). */
  windowStart: EpochDay;
  windowMonths: number;
  /** The day before the previous window (which ends on windowStart). */
  previousWindowStart: EpochDay;
  /** Days in the window: asOf − windowStart. */
  windowDays: number;
  customers: number;
  activeCustomers: number;
  /** Of the active customers and the retained ones, those counted by their visits alone. */
  activeByVisits: number;
  retainedByVisits: number;
  revenue: number;
  orders: number;
  averageOrderValue: number;
  repeatPurchaseRate: number;
  previousActive: number;
  retained: number;
  /** Of the previous window's buyers, those who left (by status or closed date: customer_left). */
  previousLeft: number;
  /**
   * previousLeft by what said so (index = LEFT_SOURCES: the Customers sheet's status, closed date or
   * note, a contact's note, the Subscriptions sheet): the summary names those sources (tester68 U402).
   */
  previousLeftBy: number[];
  retentionRate: number;
  churnRate: number;
  /**
   * How the retention and churn rates read (oneOff.ts): "repeat" (churn = 1 − retention) or
   * "one_off" (churn = previousLeft / previousActive), with the figures the Overview quotes.
   */
  reading: OneOffReading;
  /** Per value tier (index = VALUE_TIERS). */
  customersByTier: number[];
  revenueByTier: number[];
  /** Per RFM segment (index = RFM_SEGMENTS), then one slot for customers without a segment. */
  customersBySegment: number[];
  revenueBySegment: number[];
  /** Index = LIFECYCLE_STAGES. */
  customersByStage: number[];
  /** Index = RISK_LEVELS. */
  customersByRisk: number[];
}

/**
 * What says a customer left (the churn reason customer_left's figures: classify.ts markLeft): the
 * Customers sheet's status, its closed date, its note, a contact's note (a pet's death on its
 * record too), every subscription ended. The console names the ones that did (tester68 U402: "客户表
 * 的状态或停用日期写明" for a customer whose 回访记录 said 以后不来).
 */
export const LEFT_SOURCES = ["status", "closedDate", "note", "contact", "subscription"] as const;
export type LeftSource = (typeof LEFT_SOURCES)[number];

/**
 * Index into LEFT_SOURCES of what says customer c left; -1 when it did not (or its status says the
 * course was completed, 结课: no leaving).
 *
 * @example leftSourceOf(analysis.churnReasons, 41) // 3: a contact's note said 以后不来
 */
export function leftSourceOf(
  reasons: CustomerAnalysis["churnReasons"] | undefined,
  c: number,
): number {
  if (!reasons || reasons.codes[c * MAX_CHURN_REASONS] !== LEFT_CODE) return -1;
  const o = c * MAX_CHURN_REASONS * REASON_FIGURES;
  switch (reasons.figures[o + 1]) {
    case 1:
      return -1;
    case 2:
      return LEFT_SOURCES.indexOf("subscription");
    case 3:
      return LEFT_SOURCES.indexOf("note");
    case 4:
    case 5:
      return LEFT_SOURCES.indexOf("contact");
    default:
      return LEFT_SOURCES.indexOf(
        reasons.figures[o] === reasons.figures[o] ? "closedDate" : "status",
      );
  }
}

const LEFT_CODE = CHURN_REASON_CODES.indexOf("customer_left");

/**
 * What relationshipKpis reads: the customer summary (its `overview` measures, taken in the one
 * pass over the transactions, and the window they were taken for) and the classification. Give it
 * the summary the classification used, so the Overview and the segmentation count the same days.
 */
export interface RelationshipKpisInput {
  /** The customer summary (aggregate/customerSummary.ts summariseCustomers with the rule set). */
  summary: Pick<CustomerSummary, "overview" | "measuredFor"> &
    Partial<Pick<CustomerSummary, "segmentation">>;
  analysis: Pick<CustomerAnalysis, "valueTier" | "rfmSegment" | "lifecycleStage" | "churnLevel"> &
    Partial<Pick<CustomerAnalysis, "churnReasons">>;
  /** The business's reading when the caller has it (oneOff.ts oneOffBusiness); else read here. */
  reading?: OneOffReading;
}

/**
 * Computes the KPIs in one pass over the per-customer overview measures (no transaction is read).
 *
 * @example
 * const k = relationshipKpis({ summary, analysis: result.classification.analysis });
 * k.retentionRate // 0.62
 */
export function relationshipKpis(input: RelationshipKpisInput): RelationshipKpis {
  const { summary, analysis } = input;
  const m = summary.overview;
  const settings = summary.measuredFor;
  const n = m.revenue.length;
  if (analysis.valueTier.length !== n) {
    throw new RangeError(
      `relationshipKpis: the summary has ${n} customers, the classification ${analysis.valueTier.length}.`,
    );
  }
  const windowMonths = settings.windowMonths;
  const windowStart = settings.windowStart;
  const previousWindowStart = settings.previousWindowStart;
  // start < d ≤ asOf, as start + 1 ≤ d < asOf + 1.
  const end = settings.asOf + 1;
  const from = windowStart + 1;
  const customersByTier = new Array<number>(VALUE_TIERS.length).fill(0);
  const revenueByTier = new Array<number>(VALUE_TIERS.length).fill(0);
  const customersBySegment = new Array<number>(RFM_SEGMENTS.length + 1).fill(0);
  const revenueBySegment = new Array<number>(RFM_SEGMENTS.length + 1).fill(0);
  const customersByStage = new Array<number>(LIFECYCLE_STAGES.length).fill(0);
  const customersByRisk = new Array<number>(RISK_LEVELS.length).fill(0);
  let active = 0;
  let buyers = 0;
  let activeByVisits = 0;
  let retainedByVisits = 0;
  // For a customer read by her visits, whether she came in the window (1) and the previous one (2):
  // a student who paid for the year and comes weekly is active and retained (fix63c).
  const came = summary.segmentation?.visitWindows;
  let repeat = 0;
  let revenue = 0;
  const purchases = m.purchaseTotal;
  let orders = 0;
  let previousActive = 0;
  let retained = 0;
  let previousLeft = 0;
  const previousLeftBy = new Array<number>(LEFT_SOURCES.length).fill(0);
  // The customers who left by status or closed date (classify.ts markLeft: their first reason;
  // its second figure 1 when the status said the course was completed, 结课: no leaving).
  const reasons = analysis.churnReasons;

  for (let c = 0; c < n; c++) {
    const spend = m.revenue[c];
    const days = m.purchaseDays[c];
    revenue += spend;
    orders += m.orders[c];
    const visits = came?.[c] ?? 0;
    const activeHere = days > 0 || (visits & 1) !== 0;
    if (activeHere) active++;
    if (days > 0) buyers++;
    else if (activeHere) activeByVisits++;
    if (days > 1) repeat++;
    if (m.previousWindowBuyer[c] || (visits & 2) !== 0) {
      previousActive++;
      const by = leftSourceOf(reasons, c);
      if (by >= 0) {
        previousLeft++;
        previousLeftBy[by]++;
      } else if (activeHere) {
        retained++;
        if (days === 0 || !m.previousWindowBuyer[c]) retainedByVisits++;
      }
    }
    const tier = analysis.valueTier[c];
    if (tier >= 0 && tier < VALUE_TIERS.length) {
      customersByTier[tier]++;
      revenueByTier[tier] += spend;
    }
    const seg = analysis.rfmSegment[c];
    const s = seg >= 0 && seg < RFM_SEGMENTS.length ? seg : RFM_SEGMENTS.length;
    customersBySegment[s]++;
    revenueBySegment[s] += spend;
    const stage = analysis.lifecycleStage[c];
    if (stage >= 0 && stage < LIFECYCLE_STAGES.length) customersByStage[stage]++;
    const risk = analysis.churnLevel[c];
    if (risk >= 0 && risk < RISK_LEVELS.length) customersByRisk[risk]++;
  }
  const retentionRate = previousActive > 0 ? retained / previousActive : NaN;
  const reading = input.reading ?? oneOffBusiness(summary.segmentation, settings.asOf);
  const churnRate =
    reading.kind === "one_off"
      ? previousActive > 0
        ? previousLeft / previousActive
        : NaN
      : 1 - retentionRate;
  return {
    windowStart,
    windowMonths,
    previousWindowStart,
    windowDays: end - from,
    customers: n,
    activeCustomers: active,
    activeByVisits,
    retainedByVisits,
    revenue,
    orders,
    averageOrderValue: orders > 0 ? purchases / orders : NaN,
    repeatPurchaseRate: buyers > 0 ? repeat / buyers : NaN,
    previousActive,
    retained,
    previousLeft,
    previousLeftBy,
    retentionRate,
    churnRate,
    reading,
    customersByTier,
    revenueByTier,
    customersBySegment,
    revenueBySegment,
    customersByStage,
    customersByRisk,
  };
}
