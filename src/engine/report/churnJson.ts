import type { ChurnRiskResult } from "../churn/risk";
import { CHURN_FEATURES } from "../churn/features";
import { isoDate } from "../parse/date";
import type { Lang } from "../schema";

const r4 = (x: number) => (Number.isFinite(x) ? Math.round(x * 10000) / 10000 : null);

/**
 * The result-level `churnRisk` block: the three churn words kept apart (the churned stage, churn
 * risk over the horizon, and the Overview's churn rate = 1 − retention), the level thresholds and
 * the model churn risk was learned with (or the note that default weights were used).
 *
 * @example churnRiskJson(analysis.churn, "en-US").definition.horizonDays // 90
 */
export function churnRiskJson(
  c: ChurnRiskResult,
  levels: { high: number; medium: number },
  lang: Lang,
) {
  const m = c.model;
  return {
    definition: {
      churnedAfterDays: c.churnedAfterDays,
      horizonDays: c.horizonDays,
      churnRisk: `P(no purchase in the ${c.horizonDays} days after the analysis date)`,
      churnRate: "1 − retention (overview.kpis.churnRate)",
    },
    levels: { high: levels.high, medium: levels.medium },
    model: {
      source: m.source,
      learnedAsOf: Number.isFinite(m.learnedAsOf) ? isoDate(m.learnedAsOf) : null,
      outcomeTo: Number.isFinite(m.outcomeTo) ? isoDate(m.outcomeTo) : null,
      customers: m.customers,
      noPurchaseRate: r4(m.noPurchaseRate),
      intercept: r4(m.intercept),
      coefficients: Object.fromEntries(CHURN_FEATURES.map((f, k) => [f, r4(m.coefficients[k])])),
      // The features a learned model weighs with their default weight (learn.ts keptNote).
      keptDefault: m.keptDefault
        ? CHURN_FEATURES.filter((_, k) => m.keptDefault![k] && m.coefficients[k] !== 0)
        : [],
      note: m.note ? m.note[lang] : m.keptNote ? m.keptNote[lang] : null,
    },
  };
}

/** The result-level `validation` block (the backtest; figures null when history is too short). */
export function validationJson(c: ChurnRiskResult, lang: Lang) {
  const v = c.validation;
  return {
    ...v,
    note: v.note ? v.note[lang] : null,
    sentence: v.sentence[lang],
  };
}
