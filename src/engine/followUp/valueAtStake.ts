import type { CustomerAnalysis } from "../analysis";

/** What the schedule reads to rank contacts by value. */
export type ValueInputs = Partial<
  Pick<CustomerAnalysis, "monetary" | "churnProbability" | "heldBalance">
>;

/**
 * The probability that the customer leaves, 0–1 (CustomerAnalysis.churnProbability: no purchase in
 * the churn horizon). The one place the schedule reads it; NaN (prospects, the churned stage) and a
 * missing column count as 0, "not at risk", as the churn model documents.
 *
 * @example churnProbabilityOf({ churnProbability: Float64Array.of(0.865) }, 0) // 0.865
 */
export function churnProbabilityOf(analysis: ValueInputs, c: number): number {
  const p = analysis.churnProbability?.[c] ?? 0;
  return p > 0 ? Math.min(1, p) : 0;
}

/**
 * The customer's value: net spend in the last 12 months (the analysis window, rule set
 * window.months; `CustomerAnalysis.monetary`). Returns are deducted; below zero counts as 0. A
 * member's unused prepaid balance counts when larger (`CustomerAnalysis.heldBalance`: her spend
 * reads 0 on the consumption basis, but the money she left is at stake; reviewer61 R4).
 *
 * @example customerValue({ monetary: Float64Array.of(5000) }, 0) // 5000
 * @example customerValue({ monetary: Float64Array.of(0), heldBalance: Float64Array.of(3000) }, 0) // 3000
 */
export function customerValue(analysis: ValueInputs, c: number): number {
  const m = Math.max(analysis.monetary?.[c] ?? 0, analysis.heldBalance?.[c] ?? 0);
  return m > 0 ? m : 0;
}

/**
 * Value at stake of a contact — the one definition the schedule ranks by within a band (issue 10):
 * for a win-back, the churn probability × the customer's 12-month spend (what is expected to be lost
 * if nobody calls); for every other contact, the customer's 12-month spend.
 *
 * @example valueAtStake({ monetary: Float64Array.of(1000), churnProbability: Float64Array.of(0.8) }, 0, true) // 800
 */
export function valueAtStake(analysis: ValueInputs, c: number, winBack: boolean): number {
  const v = customerValue(analysis, c);
  return winBack ? churnProbabilityOf(analysis, c) * v : v;
}
