import { labelOf, NO_SEGMENT_LABEL, type LabelKind } from "../labels";
import { isoDate } from "../parse/date";
import { say } from "../words/catalog";
import type { Lang } from "../schema";
import type { Comparison } from "./compare";
import { DIMENSIONS, type Dimension, type Snapshot } from "./snapshot";

/** The words of the changes: dimension names, labels of a code, a mover's reason. */

type Words = Record<Lang, string>;

/** The dimensions' names, from the word catalog (words/changes.ts). */
export const DIMENSION_WORDS: Record<Dimension, Words> = Object.fromEntries(
  DIMENSIONS.map((d) => [
    d,
    { "zh-CN": say("zh-CN", "changes", d), "en-US": say("en-US", "changes", d) },
  ]),
) as Record<Dimension, Words>;

const LABEL_KIND: Record<Dimension, LabelKind> = {
  rfmSegment: "segment",
  valueClass: "valueClass",
  valueTier: "valueTier",
  lifecycleStage: "stage",
  churnRiskLevel: "risk",
};

const NONE: Words = { "zh-CN": "无", "en-US": "none" };

/**
 * The label of code index k of a dimension (-1: none) in the run's language.
 *
 * @example codeLabel("valueClass", 0, "zh-CN") // "重要价值客户"
 */
export function codeLabel(d: Dimension, k: number, lang: Lang): string {
  if (k < 0) return (d === "rfmSegment" || d === "valueClass" ? NO_SEGMENT_LABEL : NONE)[lang];
  return labelOf(LABEL_KIND[d], k, lang) || NONE[lang];
}

// One formatter for every reason: toLocaleString builds a new one per call (the Changes tab of a
// million customers formats hundreds of thousands of figures).
const MONEY = new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 });
const fmtMoney = (x: number) => (Number.isFinite(x) ? MONEY.format(x) : "–");
const fmtPct = (x: number) => (Number.isFinite(x) ? `${Math.round(x * 100)}%` : "–");

/**
 * Why customer i of the current run is listed as a mover: each dimension that changed
 * ("价值分类 重要价值客户 → 重要挽留客户") and the figures behind it (spend, purchase days, last
 * purchase, churn probability, each "before → now" where it changed), with the previous date.
 *
 * @example moverReason(c, prev, cur, 0, "en-US") // "Value class Important value → Important win-back; spend 12,000 → 800; ..."
 */
export function moverReason(
  c: Comparison,
  prev: Snapshot,
  cur: Snapshot,
  i: number,
  lang: Lang,
): string {
  const j = c.previousIndex[i];
  if (j < 0) return "";
  const zh = lang === "zh-CN";
  const parts: string[] = [];
  DIMENSIONS.forEach((d, b) => {
    if (!(c.changed[i] & (1 << b))) return;
    const from = codeLabel(d, prev.codes[d][j], lang);
    const to = codeLabel(d, cur.codes[d][i], lang);
    parts.push(`${DIMENSION_WORDS[d][lang]} ${from} → ${to}`);
  });
  const figures: string[] = [];
  const figure = (
    zhWord: string,
    enWord: string,
    a: number,
    b: number,
    f: (x: number) => string,
  ) => {
    if (f(a) !== f(b)) figures.push(`${zh ? zhWord : enWord} ${f(a)} → ${f(b)}`);
  };
  figure("消费金额", "spend", prev.spend[j], cur.spend[i], fmtMoney);
  figure("购买天数", "purchase days", prev.frequency[j], cur.frequency[i], fmtMoney);
  figure("最近购买", "last purchase", prev.lastPurchase[j], cur.lastPurchase[i], (d) =>
    Number.isFinite(d) ? isoDate(d) : "–",
  );
  figure(
    "流失概率",
    "churn probability",
    prev.churnProbability[j],
    cur.churnProbability[i],
    fmtPct,
  );
  const since = Number.isFinite(c.previous.asOf)
    ? zh
      ? `（自 ${isoDate(c.previous.asOf)}）`
      : ` (since ${isoDate(c.previous.asOf)})`
    : "";
  const what = parts.join(zh ? "；" : "; ") + since;
  return figures.length ? `${what}${zh ? "；" : "; "}${figures.join(zh ? "，" : ", ")}` : what;
}

/**
 * The follow-up reason of a customer who moved the wrong way (issue 12, item 3): each dimension
 * that moved the wrong way, from → to, and since when. Risk "rises"; everything else "drops".
 *
 * @example wrongWayText(c, prev, cur, 0, "zh-CN") // "价值分类从 重要价值客户 降至 重要挽留客户（自 2025-11-30）"
 * @example wrongWayText(c, prev, cur, 0, "en-US") // "Value class dropped from Important value to Important win-back since 2025-11-30"
 */
export function wrongWayText(
  c: Comparison,
  prev: Snapshot,
  cur: Snapshot,
  i: number,
  lang: Lang,
): string {
  const j = c.previousIndex[i];
  if (j < 0 || !c.worse[i]) return "";
  const zh = lang === "zh-CN";
  const parts: string[] = [];
  DIMENSIONS.forEach((d, b) => {
    if (!(c.worse[i] & (1 << b))) return;
    const from = codeLabel(d, prev.codes[d][j], lang);
    const to = codeLabel(d, cur.codes[d][i], lang);
    const dimension = DIMENSION_WORDS[d][lang];
    parts.push(
      say(lang, "changes", d === "churnRiskLevel" ? "rose" : "dropped", {
        dimension: zh || parts.length === 0 ? dimension : dimension.toLowerCase(),
        from,
        to,
      }),
    );
  });
  const date = Number.isFinite(c.previous.asOf) ? isoDate(c.previous.asOf) : "";
  const since = date ? (zh ? "" : " ") + say(lang, "changes", "since", { date }) : "";
  return parts.join(zh ? "，" : ", ") + since;
}
