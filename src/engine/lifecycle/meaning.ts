import type { LifecycleStage } from "../analysis";
import type { LifecycleRules } from "../rules/schema";
import type { Lang } from "../schema";
import { say } from "../words/catalog";
import { yearlyBuyerChurnDays } from "./stage";

/** The rule-set settings a stage's meaning names (lifecycle.*, churn.churnedAfterDays). */
export interface StageMeaningRules {
  lifecycle: Pick<
    LifecycleRules,
    | "newDays"
    | "matureAfterDays"
    | "trendPeriodDays"
    | "growthChange"
    | "declineChange"
    | "overdueFactor"
    | "wonBackWithinDays"
  >;
  churnedAfterDays: number;
}

/** A share as whole percent points where it is whole (0.3 → 30; 0.125 → 12.5). */
const percent = (share: number): number => Number((share * 100).toPrecision(3));

/**
 * What a lifecycle stage means, in one line, with the rule set's own thresholds (the catalog's
 * `stageMeanings`): a team that changes lifecycle.newDays to 60 reads "within the last 60 days".
 * The line is the gist for a manager; the rules in full are lifecycle/stage.ts and the rule set's
 * explanations (`rules --print`).
 *
 * @example stageMeaning("new", { lifecycle: defaultRules().lifecycle, churnedAfterDays: 365 }, "zh-CN") // "首次购买在最近 90 天内"
 */
export function stageMeaning(stage: LifecycleStage, rules: StageMeaningRules, lang: Lang): string {
  const l = rules.lifecycle;
  return say(lang, "stageMeanings", stage, {
    newDays: l.newDays,
    matureDays: l.matureAfterDays,
    trendDays: l.trendPeriodDays,
    growth: percent(l.growthChange),
    decline: percent(l.declineChange),
    overdue: l.overdueFactor,
    churnDays: rules.churnedAfterDays,
    yearlyDays: yearlyBuyerChurnDays(rules.churnedAfterDays),
    wonBackDays: l.wonBackWithinDays,
  });
}
