import type { LifecycleRules } from "../rules/schema";

/**
 * Lifecycle stage (001 §2.3; 002 客户生命周期), as an index into LIFECYCLE_STAGES. The first rule
 * that holds wins:
 *
 * 1. prospect 潜在 — no purchase up to the analysis date;
 * 2. churned 流失 — no purchase for churn.inactiveDays;
 * 3. won_back 挽回 — came back after a churn-length gap, within lifecycle.wonBackWithinDays;
 * 4. new 新客户 — first purchase within lifecycle.newDays;
 * 5. decline 衰退期 — silent for more than overdueFactor × the typical gap, or (repeat buyers) spend
 *    or purchase count down by declineChange or more, recent trend period against the one before;
 * 6. growth 成长期 — first purchase within matureAfterDays, or spend or count up by growthChange or
 *    more; customers who bought once are growth here (developing: no second purchase yet, but not
 *    overdue against the population rhythm) and never mature;
 * 7. mature 成熟期 — everyone else: an established relationship with a steady trend.
 */
export const STAGE = {
  prospect: 0,
  new: 1,
  growth: 2,
  mature: 3,
  decline: 4,
  churned: 5,
  won_back: 6,
} as const;

/** What the stage rules read about one customer (all days as whole days). */
export interface StageInputs {
  /** Distinct purchase days up to the analysis date. */
  purchaseDays: number;
  recencyDays: number;
  /** Days since the first purchase. */
  ageDays: number;
  /** The customer's typical gap (population gap for one-time buyers). */
  typicalGapDays: number;
  /** Days since the customer came back after a churn-length gap (NaN: never). */
  daysSinceReturn: number;
  recentCount: number;
  previousCount: number;
  recentSpend: number;
  previousSpend: number;
}

/**
 * @example
 * lifecycleStage({ purchaseDays: 1, recencyDays: 10, ageDays: 10, typicalGapDays: 30,
 *   daysSinceReturn: NaN, recentCount: 1, previousCount: 0, recentSpend: 100, previousSpend: 0 },
 *   defaultRules().lifecycle, 365) // STAGE.new
 */
export function lifecycleStage(x: StageInputs, rules: LifecycleRules, churnDays: number): number {
  if (x.purchaseDays === 0) return STAGE.prospect;
  if (x.recencyDays >= churnDays) return STAGE.churned;
  if (x.daysSinceReturn <= rules.wonBackWithinDays) return STAGE.won_back;
  if (x.ageDays <= rules.newDays) return STAGE.new;
  if (x.recencyDays > rules.overdueFactor * x.typicalGapDays) return STAGE.decline;
  const repeat = x.purchaseDays > 1;
  if (repeat && isFalling(x, rules.declineChange)) return STAGE.decline;
  if (!repeat || x.ageDays < rules.matureAfterDays || isRising(x, rules.growthChange))
    return STAGE.growth;
  return STAGE.mature;
}

function isFalling(x: StageInputs, change: number): boolean {
  const keep = 1 - change;
  return (
    (x.previousSpend > 0 && x.recentSpend <= x.previousSpend * keep) ||
    (x.previousCount > 0 && x.recentCount <= x.previousCount * keep)
  );
}

function isRising(x: StageInputs, change: number): boolean {
  const grow = 1 + change;
  return (
    (x.recentSpend > 0 && x.recentSpend >= x.previousSpend * grow) ||
    (x.recentCount > 0 && x.recentCount >= x.previousCount * grow)
  );
}
