import type { Validation } from "../engine/backtest/validation";
import { labelOf } from "../engine/labels";
import { LIFECYCLE_STAGES, RISK_LEVELS } from "../engine/analysis";
import { levelSentences } from "../engine/report/validationTab";
import type { Lang } from "../engine/schema";
import { say } from "../engine/words/catalog";
import { formatNumber, padDisplay as pad } from "../engine/words/format";

const f3 = (x: number | null) => (x === null ? "–" : x.toFixed(3));
const pc = (x: number | null) => (x === null ? "–" : `${(x * 100).toFixed(1)}%`);
const whole = (x: number | null) => (x === null ? "–" : Math.round(x).toLocaleString("en-US"));

/**
 * The validation figures as plain text in the user's language (the 模型验证 / Validation tab's
 * figures, printed by `npm run backtest`).
 *
 * @example validationText(analysis.churn.validation, "zh-CN").split("\n")[0]
 */
export function validationText(v: Validation, lang: Lang): string {
  const t = (code: Parameters<typeof say<"backtest">>[2], p = {}) => say(lang, "backtest", code, p);
  if (!v.available) return `  ${v.note?.[lang] ?? t("noBacktest")}\n`;
  const out: string[] = [
    t("period", {
      learned: v.learnedAsOf,
      scored: v.scoredAsOf,
      outcome: v.outcomeTo,
      days: String(v.horizonDays),
    }),
    t("scored", { customers: v.customers.toLocaleString("en-US"), rate: pc(v.noPurchaseRate) }),
    t("auc", {
      churn: f3(v.auc.churnRisk),
      alive: f3(v.auc.pAlive),
      recency: f3(v.auc.recency),
    }),
    t("caught", { top10: pc(v.caught.top10), top20: pc(v.caught.top20) }),
  ];
  if (v.brier) out.push(t("brier", { churn: f3(v.brier.churnRisk), base: f3(v.brier.baseRate) }));
  out.push(t("levelHead"));
  const line = (label: string, customers: number, stated: number | null, observed: number | null) =>
    `  ${pad(label, 8)} ${pad(customers.toLocaleString("en-US"), 10, true)}  ${pad(pc(stated), 6, true)}  ${pad(pc(observed), 8, true)}`;
  for (const l of v.levels)
    out.push(
      line(
        labelOf("risk", RISK_LEVELS.indexOf(l.level), lang),
        l.customers,
        l.statedProbability,
        l.observedRate,
      ),
    );
  // What each level's probability meant, in words (the Validation tab's sentences).
  for (const s of levelSentences(v, lang)) out.push(`  ${s}`);
  if (v.reliability?.some((b) => b.customers > 0)) {
    out.push(t("bandHead"));
    for (const b of v.reliability)
      out.push(
        line(
          `${Math.round(b.from * 100)}–${Math.round(b.to * 100)}%`,
          b.customers,
          b.statedProbability,
          b.observedRate,
        ),
      );
  }
  out.push(t("decileHead"));
  for (const d of v.deciles)
    out.push(
      `  ${pad(String(d.decile), 6, true)} ${pad(d.customers.toLocaleString("en-US"), 10, true)}  ${pad(pc(d.meanProbability), 6, true)}  ${pad(pc(d.observedRate), 8, true)}`,
    );
  const p = v.purchases;
  // Each block says whom it counts: the scored customers exclude the churned stage, the purchase
  // and stage blocks may not (a new-user trial read 949 scored, then blocks over 1,655).
  const population = (n: number) => (n > v.customers ? t("withChurned") : "");
  const purchasers = p.byEarlierPurchases.reduce((sum, g) => sum + g.customers, 0);
  out.push(
    t("purchases", {
      customers: purchasers,
      population: population(purchasers),
      predicted: whole(p.predicted),
      actual: whole(p.actual),
    }),
  );
  for (const g of p.byEarlierPurchases)
    out.push(
      t("byEarlier", {
        repeat: g.repeatPurchases,
        // "1 earlier repeat purchase", "7+ … purchases": the plural follows the group's count.
        n: g.repeatPurchases.endsWith("+") ? 2 : Number(g.repeatPurchases),
        customers: formatNumber(g.customers, lang),
        // Thousands separators like the total's ("predicted 1,489.3", not 1489.3).
        predicted: formatNumber(g.predicted, lang, 1),
        actual: formatNumber(g.actual, lang),
      }),
    );
  const s = v.stageChanges;
  const stage = (x: string) => labelOf("stage", LIFECYCLE_STAGES.indexOf(x as never), lang);
  out.push(
    t("stages", {
      changed: s.changed.toLocaleString("en-US"),
      customers: s.customers.toLocaleString("en-US"),
      population: population(s.customers),
      share: pc(s.customers ? s.changed / s.customers : null),
      most: s.transitions
        .slice(0, 4)
        .map((x) => `${stage(x.from)}→${stage(x.to)} ${formatNumber(x.customers, lang)}`)
        .join(t("separator")),
    }),
    `  ${v.sentence[lang]}`,
  );
  return out.join("\n") + "\n";
}
