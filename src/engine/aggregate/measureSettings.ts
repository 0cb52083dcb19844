import type { EpochDay } from "../parse/date";
import type { RuleSet } from "../rules/schema";
import { windowStart } from "../segmentation/window";
import type { DatedSummary } from "./customerSummary";

/**
 * The dates and rule-set figures the per-customer measures were taken with. The steps that read
 * the measures (classify, overview KPIs, the customer-base model) check them against their own.
 */
export interface MeasureSettings {
  /** The analysis date (whole epoch day): rows after it do not count in the dated measures. */
  asOf: EpochDay;
  /** The day before the window: the window is windowStart < day ≤ asOf (segmentation/window.ts). */
  windowStart: EpochDay;
  /** The window's length in calendar months (rule set window.months). */
  windowMonths: number;
  /** The day before the previous window, which ends on windowStart (the Overview's retention). */
  previousWindowStart: EpochDay;
  /** Length of the recent and previous trend periods (rule set lifecycle.trendPeriodDays). */
  trendPeriodDays: number;
  /** A gap of at least this many days ends in a win-back (rule set churn.churnedAfterDays). */
  inactiveDays: number;
  /** The least typical gap (rule set lifecycle.typicalGap.minDays). */
  minGapDays: number;
}

/**
 * The settings the measures are taken with: the run's analysis date (resolved once by
 * resolveAnalysisDate) and the rule set's window, trend period, churn gap and least typical gap.
 *
 * @example measureSettings(defaultRules(), dataset.asOf).windowMonths // 12
 */
export function measureSettings(rules: RuleSet, analysisDay: EpochDay): MeasureSettings {
  const asOf = Math.floor(analysisDay);
  const start = windowStart(asOf, rules.window.months);
  return {
    asOf,
    windowStart: start,
    windowMonths: rules.window.months,
    previousWindowStart: windowStart(start, rules.window.months),
    trendPeriodDays: rules.lifecycle.trendPeriodDays,
    inactiveDays: rules.churn.churnedAfterDays,
    minGapDays: rules.lifecycle.typicalGap.minDays,
  };
}

/**
 * Throws a RangeError when the summary was measured with other settings than `expected`, or (given
 * `customers`) for another number of customers: a step given a summary of another date, rule set
 * or dataset would otherwise mix two analyses silently.
 *
 * @example checkMeasuredFor(summary, measureSettings(rules, asOf), "classifyCustomers", n);
 */
export function checkMeasuredFor(
  summary: DatedSummary,
  expected: Partial<MeasureSettings>,
  step: string,
  customers?: number,
): void {
  if (customers !== undefined && summary.purchaseDays.length !== customers) {
    throw new RangeError(
      `${step}: the customer summary has ${summary.purchaseDays.length} customers, not ${customers}.`,
    );
  }
  for (const key of Object.keys(expected) as (keyof MeasureSettings)[]) {
    if (summary.measuredFor[key] !== expected[key]) {
      throw new RangeError(
        `${step}: the customer summary was measured with ${key} ${summary.measuredFor[key]}, not ${expected[key]}; summarise with the same rule set and date.`,
      );
    }
  }
}
