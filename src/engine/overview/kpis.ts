import {
  LIFECYCLE_STAGES,
  RFM_SEGMENTS,
  RISK_LEVELS,
  VALUE_TIERS,
  type CustomerAnalysis,
} from "../analysis";
import type { CustomerGroups } from "../aggregate/byCustomer";
import type { Dataset } from "../model";
import type { EpochDay } from "../parse/date";
import { windowStart as monthsBefore } from "../segmentation/window";

/**
 * Relationship KPIs over the analysis window (DOMAIN §7; 000 §7.3.1, §10.3; 001 §4.3). The window is
 * the segmentation's (classify.ts): the days d with windowStart < d ≤ asOf, `windowMonths` calendar
 * months (segmentation/window.ts); the previous window the same number of months before it
 * (previousWindowStart < d ≤ windowStart). A purchase is a row with a positive amount (returns are
 * negative rows).
 * - active customers: bought in the window;
 * - revenue: net amount of all rows in the window (returns deducted);
 * - retention rate: of the customers who bought in the previous window, the share who bought again
 *   in this window; churn rate = 1 − retention rate;
 * - repeat-purchase rate: of the active customers, the share who bought on two or more days;
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
  revenue: number;
  orders: number;
  averageOrderValue: number;
  repeatPurchaseRate: number;
  previousActive: number;
  retained: number;
  retentionRate: number;
  churnRate: number;
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
 * What relationshipKpis reads. Pass the classification's window (ClassifyResult windowStart and
 * windowMonths) so the Overview and the segmentation count the same days.
 */
export interface RelationshipKpisInput {
  dataset: Dataset;
  /** Transactions grouped by customer, day-ordered (CustomerSummary.groups). */
  groups: CustomerGroups;
  analysis: Pick<CustomerAnalysis, "valueTier" | "rfmSegment" | "lifecycleStage" | "churnLevel">;
  /** The day before the window (ClassifyResult.windowStart). */
  windowStart: EpochDay;
  /** The window's length in calendar months (rule set window.months). */
  windowMonths: number;
  asOf: EpochDay;
}

/**
 * Computes the KPIs in one pass over the transactions grouped by customer.
 *
 * @example
 * const c = result.classification;
 * const k = relationshipKpis({ dataset, groups: summary.groups, analysis: c.analysis,
 *   windowStart: c.windowStart, windowMonths: c.windowMonths, asOf: c.asOf });
 * k.retentionRate // 0.62
 */
export function relationshipKpis(input: RelationshipKpisInput): RelationshipKpis {
  const { dataset, groups, analysis, windowMonths } = input;
  const t = dataset.transactions;
  const n = dataset.customers.count;
  const end = Math.floor(input.asOf) + 1;
  const windowStart = Math.floor(input.windowStart);
  const previousWindowStart = monthsBefore(windowStart, windowMonths);
  // start < d ≤ asOf, as start + 1 ≤ d < asOf + 1.
  const from = windowStart + 1;
  const prevFrom = previousWindowStart + 1;
  const customersByTier = new Array<number>(VALUE_TIERS.length).fill(0);
  const revenueByTier = new Array<number>(VALUE_TIERS.length).fill(0);
  const customersBySegment = new Array<number>(RFM_SEGMENTS.length + 1).fill(0);
  const revenueBySegment = new Array<number>(RFM_SEGMENTS.length + 1).fill(0);
  const customersByStage = new Array<number>(LIFECYCLE_STAGES.length).fill(0);
  const customersByRisk = new Array<number>(RISK_LEVELS.length).fill(0);
  let active = 0;
  let repeat = 0;
  let revenue = 0;
  let purchases = 0;
  let orders = 0;
  let previousActive = 0;
  let retained = 0;
  const seen = new Set<number>();

  for (let c = 0; c < n; c++) {
    let spend = 0;
    let days = 0;
    let lastDay = NaN;
    let rowsBought = 0;
    let boughtBefore = false;
    seen.clear();
    for (let k = groups.offsets[c]; k < groups.offsets[c + 1]; k++) {
      const i = groups.rows[k];
      const d = t.day[i];
      if (d >= end) break; // day-ordered: nothing later counts
      const amount = t.amount[i];
      if (d >= prevFrom && d < from && amount > 0) boughtBefore = true;
      if (d < from) continue;
      spend += amount;
      if (amount <= 0) continue;
      purchases += amount;
      rowsBought++;
      if (t.hasOrderIds) seen.add(t.order[i]);
      if (Math.floor(d) !== lastDay) {
        days++;
        lastDay = Math.floor(d);
      }
    }
    revenue += spend;
    orders += t.hasOrderIds ? seen.size : rowsBought;
    if (days > 0) active++;
    if (days > 1) repeat++;
    if (boughtBefore) {
      previousActive++;
      if (days > 0) retained++;
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
  return {
    windowStart,
    windowMonths,
    previousWindowStart,
    windowDays: end - from,
    customers: n,
    activeCustomers: active,
    revenue,
    orders,
    averageOrderValue: orders > 0 ? purchases / orders : NaN,
    repeatPurchaseRate: active > 0 ? repeat / active : NaN,
    previousActive,
    retained,
    retentionRate,
    churnRate: 1 - retentionRate,
    customersByTier,
    revenueByTier,
    customersBySegment,
    revenueBySegment,
    customersByStage,
    customersByRisk,
  };
}
