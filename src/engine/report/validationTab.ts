import type { Validation } from "../backtest/validation";
import type { Cell } from "../cells";
import { RISK_LABELS, riskPhrase, STAGE_LABELS } from "../labels";
import type { Lang } from "../schema";
import { blockPageBreaks } from "./layoutPages";
import { tabName } from "./outputTabs";
import { layoutTable, LayoutRows } from "./serviceText";
import type { ChartSpec, ReportTable, RowLooks } from "./table";
import { say, type Code } from "../words/catalog";
import { lowerFirst, type WordParams } from "../words/format";

/** A rate as a fraction for a percent-formatted cell (shown as 57.3%), as on the Overview. */
const pct = (x: number | null): Cell => (x === null ? null : Math.round(x * 1000) / 1000);
const auc = (x: number | null): Cell => (x === null ? null : Math.round(x * 1000) / 1000);

/** How each table's cells are shown: counts as integers, rates as percentages, AUC 0.00. */
const LEVEL_LOOKS: RowLooks = [null, "integer", "percent", "percent"];
const BAND_LOOKS: RowLooks = [null, "integer", "percent", "percent"];
/** Within this many percentage points a level's stated probability "can be taken as stated". */
export const AS_STATED_POINTS = 3;
const DECILE_LOOKS: RowLooks = ["integer", "percent", "percent", "integer"];
const PURCHASE_LOOKS: RowLooks = ["integer", "integer", "score", "integer"];
const TRANSITION_LOOKS: RowLooks = [null, null, "integer"];
const headingsOver = (looks: RowLooks): RowLooks =>
  looks.map((l) => (l === null || l === "note" ? "heading" : l));

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
  return validationLayout(v, lang).rows.rows;
}

/**
 * The Validation tab as a layout table, with a chart of stated against observed rates by decile.
 *
 * @example validationTable(analysis.churn.validation, "en-US").sheetName // "Validation"
 */
export function validationTable(v: Validation, lang: Lang): ReportTable {
  const { rows, charts } = validationLayout(v, lang);
  const table = layoutTable("validation", tabName("validation", lang), rows, charts, WIDTHS);
  table.pageBreaks = blockPageBreaks(rows, WIDTHS, table.columns.length, charts.length);
  return table;
}

/** D holds the notes: at 16 they wrapped to 5-6 lines and the decile chart beside them grew past page 1. */
const WIDTHS = [30, 14, 16, 24];

/**
 * The Overview's pointer to the Validation tab: its title, the manager's sentence (or the note
 * when history is too short) and where the figures are: `tab`, the sheet it is written under.
 *
 * @example validationPointer(v, "en-US")[0] // ["Validation (backtest)", "Of the customers …", "See the Validation tab"]
 */
export function validationPointer(
  v: Validation,
  lang: Lang,
  tab: string = tabName("validation", lang),
): Cell[][] {
  const text = v.available ? v.sentence[lang] : (v.note?.[lang] ?? "");
  const where = say(lang, "validationTab", "seeTab", { tab });
  return [[say(lang, "validationTab", "title"), text, where]];
}

function validationLayout(v: Validation, lang: Lang): { rows: LayoutRows; charts: ChartSpec[] } {
  const w = (code: Code<"validationTab">, params?: WordParams) =>
    say(lang, "validationTab", code, params);
  const rows = new LayoutRows();
  const charts: ChartSpec[] = [];
  rows.push([w("title"), w("horizon"), v.horizonDays], [null, null, "integer"]);
  if (!v.available) {
    rows.push([v.note?.[lang] ?? ""], ["note"]);
    return { rows, charts };
  }
  rows.push([v.sentence[lang]], ["note"]);
  rows.push(
    [
      w("period", {
        learned: String(v.learnedAsOf),
        scored: String(v.scoredAsOf),
        customers: v.customers,
        outcome: String(v.outcomeTo),
      }),
    ],
    ["note"],
  );
  rows.push([]);
  rows.push([w("measure"), w("value"), "", w("howToRead")], ["heading", "number", null, "heading"]);
  const figure = (label: string, a: Cell, b: Cell, note: string, look: "percent" | "number") =>
    rows.push([label, a, b, note], [null, look, look, "note"]);
  figure(
    w("noPurchase"),
    pct(v.noPurchaseRate),
    null,
    w("noPurchaseNote", { days: v.horizonDays }),
    "percent",
  );
  figure(w("aucChurn"), auc(v.auc.churnRisk), null, w("aucChurnNote"), "number");
  figure(w("aucAlive"), auc(v.auc.pAlive), null, w("aucAliveNote"), "number");
  figure(w("aucRecency"), auc(v.auc.recency), null, w("aucRecencyNote"), "number");
  figure(w("caught"), pct(v.caught.top10), pct(v.caught.top20), w("caughtNote"), "percent");
  const brier = v.brier;
  if (brier && brier.churnRisk !== null && brier.baseRate !== null) {
    figure(w("brier"), auc(brier.churnRisk), auc(brier.baseRate), w("brierNote"), "number");
    const skill = brier.baseRate > 0 ? 1 - brier.churnRisk / brier.baseRate : null;
    figure(w("brierSkill"), pct(skill), null, w("brierSkillNote"), "percent");
  }
  rows.push([]);
  rows.push([w("levels")]);
  rows.push([w("level"), w("customers"), w("stated"), w("observed")], headingsOver(LEVEL_LOOKS));
  for (const l of v.levels)
    rows.push(
      [RISK_LABELS[l.level][lang], l.customers, pct(l.statedProbability), pct(l.observedRate)],
      LEVEL_LOOKS,
    );
  for (const text of levelSentences(v, lang)) rows.push([text], ["note"]);
  if (v.reliability && v.reliability.some((b) => b.customers > 0)) {
    rows.push([]);
    rows.push([w("bands")]);
    rows.push([w("band"), w("customers"), w("stated"), w("observed")], headingsOver(BAND_LOOKS));
    for (const b of v.reliability) {
      const range = w("bandRange", { from: Math.round(b.from * 100), to: Math.round(b.to * 100) });
      rows.push([range, b.customers, pct(b.statedProbability), pct(b.observedRate)], BAND_LOOKS);
    }
  }
  rows.push([]);
  rows.push([w("deciles")]);
  const top = rows.length;
  rows.push([w("decile"), w("stated"), w("observed"), w("customers")], headingsOver(DECILE_LOOKS));
  for (const d of v.deciles)
    rows.push([d.decile, pct(d.meanProbability), pct(d.observedRate), d.customers], DECILE_LOOKS);
  if (v.deciles.length > 0)
    charts.push({
      title: w("decileChart"),
      type: "column",
      row: top,
      column: 0,
      rowCount: v.deciles.length + 1,
      columnCount: 3,
      valueAxis: { min: 0, max: 1, format: "percent" },
    });
  if (v.purchases.predicted !== null) {
    rows.push([]);
    rows.push([w("purchases", { days: v.horizonDays })]);
    rows.push(
      [w("earlier"), w("customers"), w("predicted"), w("actual")],
      headingsOver(PURCHASE_LOOKS),
    );
    for (const g of v.purchases.byEarlierPurchases)
      rows.push(
        [g.repeatPurchases, g.customers, Math.round(g.predicted * 10) / 10, g.actual],
        PURCHASE_LOOKS,
      );
    rows.push(
      [w("total"), null, Math.round(v.purchases.predicted * 10) / 10, v.purchases.actual],
      [null, ...PURCHASE_LOOKS.slice(1)],
    );
  }
  rows.push([]);
  rows.push([w("stageChanges", { scored: String(v.scoredAsOf), outcome: String(v.outcomeTo) })]);
  rows.push(
    [w("changed"), v.stageChanges.changed, v.stageChanges.customers, w("changedNote")],
    [null, "integer", "integer", "note"],
  );
  if (v.stageChanges.transitions.length > 0) {
    rows.push([w("from"), w("to"), w("customers")], headingsOver(TRANSITION_LOOKS));
    for (const t of v.stageChanges.transitions.slice(0, 12))
      rows.push(
        [STAGE_LABELS[t.from][lang], STAGE_LABELS[t.to][lang], t.customers],
        TRANSITION_LOOKS,
      );
  }
  return { rows, charts };
}

/**
 * One sentence per risk level a manager reads without the table: what we said, what happened and
 * whether the probability can be taken at its word (within AS_STATED_POINTS percentage points).
 * Percentages are whole, and the gap is the gap between the two printed figures.
 *
 * @example levelSentences(v, "en-US")[0]
 * // "Of the 304 customers rated high risk, we said 90% would not buy in the next 90 days; 84% did not: the probability reads 6 points high."
 */
export function levelSentences(v: Validation, lang: Lang): string[] {
  const out: string[] = [];
  for (const l of v.levels) {
    if (l.customers === 0 || l.statedProbability === null || l.observedRate === null) continue;
    const stated = Math.round(l.statedProbability * 100);
    const observed = Math.round(l.observedRate * 100);
    const gap = stated - observed;
    const verdict =
      Math.abs(gap) <= AS_STATED_POINTS
        ? say(lang, "validationTab", "asStated")
        : say(lang, "validationTab", gap > 0 ? "readsHigh" : "readsLow", { points: Math.abs(gap) });
    const phrase = riskPhrase(l.level, lang);
    out.push(
      say(lang, "validationTab", "levelSaid", {
        customers: l.customers,
        level: lang === "en-US" ? lowerFirst(phrase) : phrase,
        stated: `${stated}%`,
        observed: `${observed}%`,
        days: v.horizonDays,
        verdict,
      }),
    );
  }
  return out;
}
