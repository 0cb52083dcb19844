import { RISK_LEVELS } from "../analysis";
import type { RuleSet } from "../rules/schema";
import type { Snapshot } from "./features";

const HIGH = RISK_LEVELS.indexOf("high");
const MEDIUM = RISK_LEVELS.indexOf("medium");
const LOW = RISK_LEVELS.indexOf("low");

/** Level index of a probability of no purchase. @example riskLevelOf(0.85, { high: 0.8, medium: 0.5 }) // 0 */
export function riskLevelOf(p: number, levels: { high: number; medium: number }): number {
  return p >= levels.high ? HIGH : p >= levels.medium ? MEDIUM : LOW;
}

/**
 * The level of one customer: the learned probability of no purchase in the horizon cut at the
 * rule set's thresholds, with two rules that make the label agree with the reasons the customer is
 * shown and with the lifecycle stage (stop 22, J0 and J1). The probability itself is not changed:
 * it is what the backtest calibrates (taking the repeat-purchase model's figure for overdue
 * customers instead lowered the CDNOW AUC from 0.808 to 0.791 at 1997-12-31).
 *
 * 1. A repeat buyer silent for more than lifecycle.overdueFactor of their own purchase gaps (the
 *    decline stage's "overdue") whom the repeat-purchase model itself gives at least the medium
 *    threshold of no purchase is at least "medium". The learned model is log-linear, so a
 *    customer who bought very often can be scored safe however long the silence (sample 1000583:
 *    48 purchase days, every ~18 days, silent 236 days: 22%).
 * 2. A repeat buyer who bought within their own rhythm is at most "medium": no purchase in the
 *    horizon is what their rhythm predicts (a customer buying every 235 days, last 7 days ago, is
 *    81% likely not to buy in 90 days and is not leaving), so no urgent win-back call.
 *
 * @example levelOfCustomer(0.22, snapshot, c, rules) // 1 (medium) for a frequent buyer silent 13 gaps
 */
export function levelOfCustomer(p: number, s: Snapshot, c: number, rules: RuleSet): number {
  const level = riskLevelOf(p, rules.churn.levels);
  if (!(s.purchaseDays[c] > 1)) return level;
  const rec = s.recencyDays[c];
  const gap = s.typicalGapDays[c];
  if (level === LOW && rec > rules.lifecycle.overdueFactor * gap) {
    const m = s.modelNoPurchase ? s.modelNoPurchase[c] : NaN;
    if (m >= rules.churn.levels.medium) return MEDIUM;
  }
  if (level === HIGH && rec <= gap) return MEDIUM;
  return level;
}
