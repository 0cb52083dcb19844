import { COMPLAINT_STATUSES, type Dataset } from "../model";
import type { Lang } from "../schema";

/**
 * What the caller can open the conversation with, from the data, per customer: an open complaint,
 * the weakest dimension of the latest survey, the product last bought. One pass over each sheet,
 * so the schedule tab of a million customers needs no lookups per row.
 */
export interface TalkingPoints {
  /** Open complaints per customer, and the received time of the oldest (NaN none). */
  openComplaints: Int32Array;
  oldestOpen: Float64Array;
  /** Latest survey (up to the analysis date): its weakest 1–5 dimension (index into DIMENSIONS, -1 none) and score. */
  weakestDimension: Int8Array;
  weakestScore: Float64Array;
  /** Product code of the last purchase (index into transactions.products, -1 none). */
  lastProduct: Int32Array;
}

const DIMENSIONS = ["quality", "price", "afterSales", "delivery"] as const;
const DIMENSION_WORDS: Record<(typeof DIMENSIONS)[number], Record<Lang, string>> = {
  quality: { "zh-CN": "产品质量", "en-US": "product quality" },
  price: { "zh-CN": "价格", "en-US": "price" },
  afterSales: { "zh-CN": "售后服务", "en-US": "after-sales service" },
  delivery: { "zh-CN": "交付", "en-US": "delivery" },
};
const OPEN = COMPLAINT_STATUSES.indexOf("open");

/**
 * Measures the talking points of every customer as of `asOf` (rows after it are not used).
 *
 * @example talkingPoints(dataset, dataset.asOf).lastProduct[0] // 3 (dataset.transactions.products[3])
 */
export function talkingPoints(dataset: Dataset, asOf: number): TalkingPoints {
  const n = dataset.customers.count;
  const limit = Math.floor(asOf) + 1;
  const openComplaints = new Int32Array(n);
  const oldestOpen = new Float64Array(n).fill(NaN);
  const q = dataset.complaints;
  if (q) {
    for (let i = 0; i < q.count; i++) {
      const c = q.customer[i];
      if (c < 0 || c >= n || q.status[i] !== OPEN || !(q.receivedAt[i] < limit)) continue;
      openComplaints[c]++;
      if (!(q.receivedAt[i] >= oldestOpen[c])) oldestOpen[c] = q.receivedAt[i];
    }
  }
  const weakestDimension = new Int8Array(n).fill(-1);
  const weakestScore = new Float64Array(n).fill(NaN);
  const latestSurvey = new Float64Array(n).fill(NaN);
  const s = dataset.surveys;
  if (s) {
    const cols = [s.quality, s.price, s.afterSales, s.delivery];
    for (let i = 0; i < s.count; i++) {
      const c = s.customer[i];
      if (c < 0 || c >= n || !(s.day[i] < limit) || s.day[i] < latestSurvey[c]) continue;
      let best = -1;
      let score = Infinity;
      for (let k = 0; k < cols.length; k++) {
        const v = cols[k][i];
        if (v < score) {
          score = v;
          best = k;
        }
      }
      if (best < 0) continue;
      latestSurvey[c] = s.day[i];
      weakestDimension[c] = best;
      weakestScore[c] = score;
    }
  }
  const lastProduct = new Int32Array(n).fill(-1);
  const lastDay = new Float64Array(n).fill(-Infinity);
  const t = dataset.transactions;
  for (let i = 0; i < t.count; i++) {
    const c = t.customer[i];
    const d = t.day[i];
    if (c < 0 || c >= n || !(d < limit) || t.amount[i] <= 0 || d < lastDay[c]) continue;
    lastDay[c] = d;
    lastProduct[c] = t.product[i];
  }
  return { openComplaints, oldestOpen, weakestDimension, weakestScore, lastProduct };
}

/**
 * The talking points of customer c in words, most pressing first, joined for one cell ("" none).
 *
 * @example talkingPointText(points, dataset, 0, dataset.asOf, "en-US")
 * // "1 open complaint (12 days); weakest in the last survey: delivery 2/5; last bought: 打印纸"
 */
export function talkingPointText(
  p: TalkingPoints,
  dataset: Dataset,
  c: number,
  asOf: number,
  lang: Lang,
): string {
  const zh = lang === "zh-CN";
  const out: string[] = [];
  const open = p.openComplaints[c];
  if (open > 0) {
    const age = Math.max(0, Math.floor(asOf - p.oldestOpen[c]));
    out.push(
      zh
        ? `${open} 个投诉未解决（最久 ${age} 天）`
        : `${open} open complaint${open === 1 ? "" : "s"} (oldest ${age} day${age === 1 ? "" : "s"})`,
    );
  }
  const dim = p.weakestDimension[c];
  if (dim >= 0 && p.weakestScore[c] <= 3) {
    const words = DIMENSION_WORDS[DIMENSIONS[dim]][lang];
    out.push(
      zh
        ? `最近评价最低：${words} ${p.weakestScore[c]}/5`
        : `weakest in the last survey: ${words} ${p.weakestScore[c]}/5`,
    );
  }
  const product = p.lastProduct[c];
  if (product >= 0) {
    const name = dataset.transactions.products[product];
    out.push(zh ? `最近购买：${name}` : `last bought: ${name}`);
  }
  const text = out.join(zh ? "；" : "; ");
  return zh || text === "" ? text : text[0].toUpperCase() + text.slice(1);
}
