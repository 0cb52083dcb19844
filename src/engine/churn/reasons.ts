import {
  CHURN_REASON_CODES,
  MAX_CHURN_REASONS,
  REASON_FIGURES,
  type ChurnReason,
  type ChurnReasonCode,
  type CustomerAnalysis,
} from "../analysis";
import { isoDate } from "../parse/date";
import type { Lang } from "../schema";

/**
 * The words of churn reasons, made on demand from the compact codes and figures the scorer stores
 * (churn/score.ts), so a million customers never hold a million strings. Figures per code:
 *
 * | code              | figures                                                          |
 * |-------------------|------------------------------------------------------------------|
 * | overdue_vs_rhythm | days overdue, typical gap, days since last purchase, 1 = bought once (population gap) |
 * | falling_frequency | purchase days before, recently, period days, share fallen        |
 * | falling_spend     | spend before, recently, period days, share fallen                |
 * | low_satisfaction  | score, survey day, scale top (5)                                 |
 * | nps_detractor     | score, survey day, scale top (10)                                |
 * | open_complaints   | open count, age of the oldest in days                            |
 * | late_complaints   | late count, lookback days                                        |
 * | no_recent_contact | days since the last contact (NaN: never contacted), threshold    |
 * | long_since_purchase | days since the last purchase, typical (geometric mean) of customers |
 * | few_purchases     | purchase days, typical of customers                              |
 * | low_spend         | spend in the window, typical of customers                        |
 * | model_no_purchase | the repeat-purchase model's P(no purchase in the horizon), horizon days |
 * | typical_of_customers | probability, horizon days, share of customers who did not buy when learned, 1 = learned |
 */

const days = (x: number) => String(Math.round(x));

/**
 * The reason of a customer in the churned stage, for the win-back call: how long overdue against
 * their rhythm (one slot; the other slots cleared).
 *
 * @example writeChurnedReason(analysis, 7, 400, 30, false)
 */
export function writeChurnedReason(
  analysis: CustomerAnalysis,
  i: number,
  recencyDays: number,
  rhythmDays: number,
  oneTime: boolean,
): void {
  const { codes, figures } = analysis.churnReasons;
  const slot = i * MAX_CHURN_REASONS;
  for (let s = 0; s < MAX_CHURN_REASONS; s++) codes[slot + s] = -1;
  codes[slot] = 0; // overdue_vs_rhythm
  const o = slot * REASON_FIGURES;
  figures[o] = recencyDays - rhythmDays;
  figures[o + 1] = rhythmDays;
  figures[o + 2] = recencyDays;
  figures[o + 3] = oneTime ? 1 : 0;
}
const pct = (share: number) => String(Math.round(share * 100));

/** An amount as users read it: thousands separated, cents only for small amounts. @example amount(12345.6) // "12,346" */
export function amount(x: number): string {
  const rounded = Math.abs(x) >= 100 ? Math.round(x) : Math.round(x * 100) / 100;
  const [whole, cents] = String(Math.abs(rounded)).split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return (rounded < 0 ? "-" : "") + grouped + (cents ? "." + cents.padEnd(2, "0") : "");
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * The words of one reason in one language.
 *
 * @example reasonText("overdue_vs_rhythm", [40, 30, 70, 0], "en-US")
 * // "Overdue by 40 days against own rhythm (buys about every 30 days; last purchase 70 days ago)"
 */
export function reasonText(code: ChurnReasonCode, fig: ArrayLike<number>, lang: Lang): string {
  const zh = lang === "zh-CN";
  const [a, b, c, d] = [fig[0], fig[1], fig[2], fig[3]];
  switch (code) {
    case "overdue_vs_rhythm":
      if (d === 1)
        return zh
          ? `仅购买过一次，已 ${days(c)} 天未再购买，超出客户通常的购买间隔（${days(b)} 天）${days(a)} 天`
          : `Bought only once; overdue by ${days(a)} days against the usual gap between purchases (${days(b)} days, all customers)`;
      return zh
        ? `超出自身购买周期 ${days(a)} 天（通常约每 ${days(b)} 天购买一次，已 ${days(c)} 天未购买）`
        : `Overdue by ${days(a)} days against own rhythm (buys about every ${days(b)} days; last purchase ${days(c)} days ago)`;
    case "falling_frequency":
      return zh
        ? `购买次数下降 ${pct(d)}%：近 ${days(c)} 天 ${days(b)} 次，之前 ${days(c)} 天 ${days(a)} 次`
        : `Purchase frequency down ${pct(d)}%: ${days(b)} purchase days in the last ${days(c)} days vs ${days(a)} in the ${days(c)} days before`;
    case "falling_spend":
      return zh
        ? `消费金额下降 ${pct(d)}%：近 ${days(c)} 天 ${amount(b)}，之前 ${days(c)} 天 ${amount(a)}`
        : `Spend down ${pct(d)}%: ${amount(b)} in the last ${days(c)} days vs ${amount(a)} in the ${days(c)} days before`;
    case "low_satisfaction":
      return zh
        ? `满意度低：最近一次评分 ${a}/${c}（${isoDate(b)}）`
        : `Low satisfaction: latest score ${a}/${c} (${isoDate(b)})`;
    case "nps_detractor":
      return zh
        ? `推荐意愿低（贬损者）：${a}/${c}（${isoDate(b)}）`
        : `NPS detractor: likelihood to recommend ${a}/${c} (${isoDate(b)})`;
    case "open_complaints":
      return zh
        ? `${a} 个投诉未解决，最久已 ${days(b)} 天`
        : `${plural(a, "open complaint", "open complaints")}, the oldest ${plural(Math.round(b), "day", "days")} old`;
    case "late_complaints":
      return zh
        ? `近 ${days(b)} 天有 ${a} 个投诉超时响应或解决`
        : `${plural(a, "complaint", "complaints")} in the last ${days(b)} days answered or resolved late`;
    case "no_recent_contact":
      if (!(a === a)) return zh ? "没有任何联系记录" : "No contact on record";
      return zh ? `已 ${days(a)} 天未联系` : `No contact for ${days(a)} days`;
    case "long_since_purchase":
      return zh
        ? `上次购买已是 ${days(a)} 天前（客户通常约 ${days(b)} 天）`
        : `Last purchase ${plural(Math.round(a), "day", "days")} ago (customers typically about ${days(b)})`;
    case "few_purchases":
      return zh
        ? `购买次数少：${days(a)} 个购买日（客户通常约 ${b.toFixed(1)} 个）`
        : `Few purchases: ${plural(Math.round(a), "purchase day", "purchase days")} (customers typically about ${b.toFixed(1)})`;
    case "low_spend":
      return zh
        ? `消费金额低：统计期内 ${amount(a)}（客户通常约 ${amount(b)}）`
        : `Low spend: ${amount(a)} in the window (customers typically about ${amount(b)})`;
    case "model_no_purchase":
      return zh
        ? `按购买规律模型，${days(b)} 天内不再购买的概率为 ${pct(a)}%`
        : `The repeat-purchase model gives a ${pct(a)}% chance of no purchase in ${days(b)} days`;
    case "typical_of_customers":
      if (d === 1)
        return zh
          ? `与多数客户相同：历史上 ${pct(c)}% 的客户在 ${days(b)} 天内没有再购买`
          : `Like most customers: historically ${pct(c)}% of customers did not buy again within ${days(b)} days`;
      return zh
        ? `${days(b)} 天内不再购买的估计概率为 ${pct(a)}%（默认权重，历史不足）`
        : `Estimated ${pct(a)}% chance of no purchase in ${days(b)} days (default weights: history too short)`;
  }
}

/**
 * Customer i's reasons, strongest first, with words in both languages.
 *
 * @example churnReasonsOf(analysis, 0)[0]?.code // "overdue_vs_rhythm"
 */
export function churnReasonsOf(analysis: CustomerAnalysis, i: number): ChurnReason[] {
  const out: ChurnReason[] = [];
  const { codes, figures } = analysis.churnReasons;
  for (let s = 0; s < MAX_CHURN_REASONS; s++) {
    const k = codes[i * MAX_CHURN_REASONS + s];
    if (k < 0) break;
    const code = CHURN_REASON_CODES[k];
    const o = (i * MAX_CHURN_REASONS + s) * REASON_FIGURES;
    const fig = figures.subarray(o, o + REASON_FIGURES);
    out.push({
      code,
      text: { "zh-CN": reasonText(code, fig, "zh-CN"), "en-US": reasonText(code, fig, "en-US") },
    });
  }
  return out;
}

/** One reason's figures at a time (churnReasonsText): read before the next reason is copied in. */
const scratch = new Float64Array(REASON_FIGURES);

/**
 * Customer i's reasons in one language, joined for one cell ("" when none).
 *
 * @example churnReasonsText(analysis, 0, "zh-CN") // "超出自身购买周期 40 天（…）；…"
 */
export function churnReasonsText(analysis: CustomerAnalysis, i: number, lang: Lang): string {
  const { codes, figures } = analysis.churnReasons;
  let out = "";
  for (let s = 0; s < MAX_CHURN_REASONS; s++) {
    const k = codes[i * MAX_CHURN_REASONS + s];
    if (k < 0) break;
    const o = (i * MAX_CHURN_REASONS + s) * REASON_FIGURES;
    // A copy into one scratch array rather than a subarray view per reason (a million tab rows).
    for (let f = 0; f < REASON_FIGURES; f++) scratch[f] = figures[o + f];
    const text = reasonText(CHURN_REASON_CODES[k], scratch, lang);
    out += (out === "" ? "" : lang === "zh-CN" ? "；" : "; ") + text;
  }
  return out;
}
