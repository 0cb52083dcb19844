import type { Validation } from "../backtest/validation";
import type { Cell } from "../cells";
import { RISK_LABELS } from "../labels";
import type { Lang } from "../schema";

const pct = (x: number | null): Cell => (x === null ? null : Math.round(x * 1000) / 10);
const auc = (x: number | null): Cell => (x === null ? null : Math.round(x * 1000) / 1000);

/**
 * The 模型验证 / Validation block (issue 9 item 4), shown on the Overview until it has a tab of
 * its own: how churn risk learned one horizon earlier did against what then happened. Read it as:
 * the sentence first; AUC is the chance a customer who did not buy was ranked above one who did
 * (0.5 = a coin, 1 = perfect); each level's stated probability beside the rate observed says
 * whether "80%" means 80%. With too little history, only the note.
 *
 * @example validationRows(analysis.churn.validation, "zh-CN")[0] // ["模型验证（回测）"]
 */
export function validationRows(v: Validation, lang: Lang): Cell[][] {
  const zh = lang === "zh-CN";
  const rows: Cell[][] = [[zh ? "模型验证（回测）" : "Validation (backtest)"]];
  if (!v.available) {
    rows.push([v.note?.[lang] ?? ""]);
    return rows;
  }
  rows.push([v.sentence[lang]]);
  rows.push([
    zh
      ? `${v.learnedAsOf} 学习的模型为 ${v.scoredAsOf} 的 ${v.customers} 位客户打分，与截至 ${v.outcomeTo} 的实际购买比较`
      : `Model learned as of ${v.learnedAsOf} scored ${v.customers} customers as of ${v.scoredAsOf}, compared with purchases up to ${v.outcomeTo}`,
  ]);
  rows.push([zh ? "AUC：流失风险" : "AUC: churn risk", auc(v.auc.churnRisk)]);
  rows.push([zh ? "AUC：1 − 存活概率" : "AUC: 1 − P(alive)", auc(v.auc.pAlive)]);
  rows.push([zh ? "AUC：仅按距上次购买天数" : "AUC: recency alone", auc(v.auc.recency)]);
  rows.push([
    zh ? "风险最高 10% / 20% 覆盖的未购买客户（%）" : "Non-buyers caught in the top 10% / 20% (%)",
    pct(v.caught.top10),
    pct(v.caught.top20),
  ]);
  rows.push(
    zh
      ? ["风险等级", "客户数", "预测概率（%）", "实际未购买（%）"]
      : ["Risk level", "Customers", "Stated probability (%)", "Observed rate (%)"],
  );
  for (const l of v.levels)
    rows.push([
      RISK_LABELS[l.level][lang],
      l.customers,
      pct(l.statedProbability),
      pct(l.observedRate),
    ]);
  rows.push(
    zh
      ? ["十分位（风险由高到低）", "客户数", "平均概率（%）", "实际未购买（%）"]
      : ["Decile (highest risk first)", "Customers", "Mean probability (%)", "Observed rate (%)"],
  );
  for (const d of v.deciles)
    rows.push([d.decile, d.customers, pct(d.meanProbability), pct(d.observedRate)]);
  rows.push(
    zh
      ? ["此前复购次数", "客户数", "预测购买次数", "实际购买次数"]
      : ["Earlier repeat purchases", "Customers", "Predicted purchases", "Actual purchases"],
  );
  for (const g of v.purchases.byEarlierPurchases)
    rows.push([g.repeatPurchases, g.customers, Math.round(g.predicted * 10) / 10, g.actual]);
  rows.push([
    zh ? "阶段发生变化的客户" : "Customers who changed stage",
    v.stageChanges.changed,
    v.stageChanges.customers,
  ]);
  return rows;
}
