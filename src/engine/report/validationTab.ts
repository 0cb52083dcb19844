import type { Validation } from "../backtest/validation";
import type { Cell } from "../cells";
import { RISK_LABELS, STAGE_LABELS } from "../labels";
import type { Lang } from "../schema";
import { tabName } from "./outputTabs";
import { layoutTable } from "./serviceText";
import type { ChartSpec, ReportTable } from "./table";

const pct = (x: number | null): Cell => (x === null ? null : Math.round(x * 1000) / 10);
const auc = (x: number | null): Cell => (x === null ? null : Math.round(x * 1000) / 1000);

/**
 * The 模型验证 / Validation tab (issue 9 item 4): how churn risk learned one horizon earlier did
 * against what then happened. The tab is the one owner of these rows; the Overview shows only the
 * sentence and points here (validationPointer). Read it as: the sentence first; AUC is the chance
 * a customer who did not buy was ranked above one who did (0.5 = a coin, 1 = perfect); each
 * level's stated probability beside the rate observed says whether "80%" means 80%; the deciles
 * say the same for every tenth of the customers. With too little history, only the note.
 *
 * @example validationRows(analysis.churn.validation, "zh-CN")[0] // ["模型验证（回测）", …]
 */
export function validationRows(v: Validation, lang: Lang): Cell[][] {
  return validationLayout(v, lang).rows;
}

/**
 * The Validation tab as a layout table, with a chart of stated against observed rates by decile.
 *
 * @example validationTable(analysis.churn.validation, "en-US").sheetName // "Validation"
 */
export function validationTable(v: Validation, lang: Lang): ReportTable {
  const { rows, charts } = validationLayout(v, lang);
  return layoutTable("validation", tabName("validation", lang), rows, charts, [30, 14, 16, 16]);
}

/**
 * The Overview's pointer to the Validation tab: its title, the manager's sentence (or the note
 * when history is too short) and where the figures are.
 *
 * @example validationPointer(v, "en-US")[0] // ["Validation (backtest)", "Of the customers …", "See the Validation tab"]
 */
export function validationPointer(v: Validation, lang: Lang): Cell[][] {
  const zh = lang === "zh-CN";
  const text = v.available ? v.sentence[lang] : (v.note?.[lang] ?? "");
  const where = zh
    ? `详见“${tabName("validation", lang)}”表`
    : `See the ${tabName("validation", lang)} tab`;
  return [[zh ? "模型验证（回测）" : "Validation (backtest)", text, where]];
}

function validationLayout(v: Validation, lang: Lang): { rows: Cell[][]; charts: ChartSpec[] } {
  const zh = lang === "zh-CN";
  const rows: Cell[][] = [];
  const charts: ChartSpec[] = [];
  rows.push([
    zh ? "模型验证（回测）" : "Validation (backtest)",
    zh ? "预测周期（天）" : "Horizon (days)",
    v.horizonDays,
  ]);
  if (!v.available) {
    rows.push([v.note?.[lang] ?? ""]);
    return { rows, charts };
  }
  rows.push([v.sentence[lang]]);
  rows.push([
    zh
      ? `${v.learnedAsOf} 学习的模型为 ${v.scoredAsOf} 的 ${v.customers} 位客户（不含已流失阶段）打分，与 ${v.scoredAsOf} 之后至 ${v.outcomeTo} 的实际购买比较；模型从未见过它要预测的结果。`
      : `The model learned as of ${v.learnedAsOf} scored ${v.customers} customers (not in the churned stage) as of ${v.scoredAsOf}, and was compared with their purchases after it, up to ${v.outcomeTo}; it never saw the outcome it predicts.`,
  ]);
  rows.push([]);
  rows.push(zh ? ["指标", "数值", "", "说明"] : ["Measure", "Value", "", "How to read it"]);
  const figure = (label: string, a: Cell, b: Cell, note: string) => rows.push([label, a, b, note]);
  figure(
    zh ? "未购买的客户（%）" : "Did not buy (%)",
    pct(v.noPurchaseRate),
    null,
    zh
      ? `随后 ${v.horizonDays} 天内没有购买的比例`
      : `Share with no purchase in the next ${v.horizonDays} days`,
  );
  figure(
    zh ? "AUC：流失风险" : "AUC: churn risk",
    auc(v.auc.churnRisk),
    null,
    zh
      ? "随机取一位未购买和一位购买的客户，前者风险更高的概率；0.5 = 抛硬币，1 = 完美"
      : "Chance a customer who did not buy ranked above one who did; 0.5 = a coin, 1 = perfect",
  );
  figure(
    zh ? "AUC：1 − 存活概率" : "AUC: 1 − P(alive)",
    auc(v.auc.pAlive),
    null,
    zh ? "重复购买模型（MBG/NBD）单独排序的效果" : "The repeat-purchase model (MBG/NBD) alone",
  );
  figure(
    zh ? "AUC：仅按距上次购买天数" : "AUC: recency alone",
    auc(v.auc.recency),
    null,
    zh ? "比较基准：流失风险应高于它" : "The baseline churn risk should beat",
  );
  figure(
    zh ? "风险最高 10% / 20% 覆盖的未购买客户（%）" : "Non-buyers caught in the top 10% / 20% (%)",
    pct(v.caught.top10),
    pct(v.caught.top20),
    zh
      ? "只联系风险最高的一成（两成）客户能覆盖多少流失"
      : "How many leavers the top tenth (fifth) by risk reaches",
  );
  rows.push([]);
  rows.push([zh ? "风险等级：预测与实际" : "Risk levels: stated and observed"]);
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
  rows.push([]);
  rows.push([zh ? "十分位校准（风险由高到低）" : "Calibration by decile (highest risk first)"]);
  const top = rows.length;
  rows.push(
    zh
      ? ["十分位", "预测概率（%）", "实际未购买（%）", "客户数"]
      : ["Decile", "Stated probability (%)", "Observed rate (%)", "Customers"],
  );
  for (const d of v.deciles)
    rows.push([d.decile, pct(d.meanProbability), pct(d.observedRate), d.customers]);
  if (v.deciles.length > 0)
    charts.push({
      title: zh ? "预测概率与实际未购买率（按十分位）" : "Stated and observed by decile",
      type: "column",
      row: top,
      column: 0,
      rowCount: v.deciles.length + 1,
      columnCount: 3,
    });
  if (v.purchases.predicted !== null) {
    rows.push([]);
    rows.push([
      zh
        ? `预测与实际购买次数（${v.horizonDays} 天，按此前复购次数）`
        : `Predicted and actual purchases (${v.horizonDays} days, by earlier repeat purchases)`,
    ]);
    rows.push(
      zh
        ? ["此前复购次数", "客户数", "预测购买次数", "实际购买次数"]
        : ["Earlier repeat purchases", "Customers", "Predicted purchases", "Actual purchases"],
    );
    for (const g of v.purchases.byEarlierPurchases)
      rows.push([g.repeatPurchases, g.customers, Math.round(g.predicted * 10) / 10, g.actual]);
    rows.push([
      zh ? "合计" : "Total",
      null,
      Math.round(v.purchases.predicted * 10) / 10,
      v.purchases.actual,
    ]);
  }
  rows.push([]);
  rows.push([
    zh
      ? `生命周期阶段变化（${v.scoredAsOf} → ${v.outcomeTo}）`
      : `Lifecycle stage changes (${v.scoredAsOf} → ${v.outcomeTo})`,
  ]);
  rows.push([
    zh ? "阶段发生变化的客户" : "Customers who changed stage",
    v.stageChanges.changed,
    v.stageChanges.customers,
    zh ? "变化数 / 客户数" : "changed / customers",
  ]);
  if (v.stageChanges.transitions.length > 0) {
    rows.push(zh ? ["从", "到", "客户数"] : ["From", "To", "Customers"]);
    for (const t of v.stageChanges.transitions.slice(0, 12))
      rows.push([STAGE_LABELS[t.from][lang], STAGE_LABELS[t.to][lang], t.customers]);
  }
  return { rows, charts };
}
