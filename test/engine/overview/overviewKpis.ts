import type { RelationshipKpis } from "../../../src/engine/overview/kpis";
import type { OverviewInput } from "../../../src/engine/report/overviewTab";
import { defaultRules } from "../../../src/engine/rules";

/**
 * The Overview's figures for tests that build its table (layoutPages, overviewWritten, meaning):
 * the December refresh of the samples, 559 of the 988 customers of the previous 12 months came
 * back; `over` replaces what a test needs.
 *
 * @example overviewKpis({ customersByStage: [10, 20, 30, 40, 50, 60, 70] }).customers // 3002
 */
export function overviewKpis(over: Partial<RelationshipKpis> = {}): RelationshipKpis {
  return {
    customers: 3002,
    activeCustomers: 1732,
    revenue: 40639124.01,
    orders: 12447,
    averageOrderValue: 3265.01,
    repeatPurchaseRate: 0.736,
    retentionRate: 559 / 988,
    retained: 559,
    previousActive: 988,
    churnRate: 1 - 559 / 988,
    previousLeft: 0,
    previousLeftBy: [0, 0, 0, 0, 0],
    reading: { kind: "repeat", buyers: 0, once: 0, repeatGapDays: NaN },
    windowDays: 365,
    windowMonths: 12,
    windowStart: 20089,
    previousWindowStart: 19723,
    revenueByTier: [3e7, 6e6, 2e6],
    customersByTier: [470, 534, 1998],
    revenueBySegment: new Array(10).fill(1e6),
    customersBySegment: new Array(10).fill(300),
    customersByStage: new Array(7).fill(400),
    customersByRisk: new Array(5).fill(500),
    ...over,
  } as unknown as RelationshipKpis;
}

/**
 * The rules the stage meanings read, as every run passes them (tabs.ts): the Overview as written,
 * with its 说明 / Definition column (review D11, stop 42).
 */
export function overviewStageRules(rules = defaultRules()): OverviewInput["stageRules"] {
  return { lifecycle: rules.lifecycle, churnedAfterDays: rules.churn.churnedAfterDays };
}
