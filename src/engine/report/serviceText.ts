import type { LifecycleStage, RfmSegment, RiskLevel, ValueTier } from "../analysis";
import type { Cell } from "../cells";
import { isoDate } from "../parse/date";
import type { Lang } from "../schema";
import { tableOf, type ChartSpec, type OutputTab, type ReportTable } from "./table";

/**
 * Words and cell helpers shared by the service tabs (follow-up, satisfaction, complaints, overview,
 * run log). Layout tabs ignore column formats, so their dates are written as ISO text and their
 * rates as percentages rounded to one decimal.
 */

export type Words = Record<Lang, string>;

/** The words of `w` in `lang`. @example say({ "zh-CN": "高", "en-US": "High" }, "en-US") // "High" */
export function say(w: Words, lang: Lang): string {
  return w[lang];
}

/** A 0–1 rate as a percentage with one decimal; "" for NaN. @example percentCell(0.8333) // 83.3 */
export function percentCell(rate: number): Cell {
  return Number.isFinite(rate) ? Math.round(rate * 1000) / 10 : "";
}

/** A number rounded to `digits` decimals; "" for NaN. @example numberCell(4.256, 2) // 4.26 */
export function numberCell(x: number, digits = 2): Cell {
  if (!Number.isFinite(x)) return "";
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

/** An epoch day as ISO text (layout tabs); "" for NaN. @example dateText(0) // "1970-01-01" */
export function dateText(day: number): Cell {
  return isoDate(day);
}

/** A date cell for table tabs: the epoch day (the adapter formats it), null for NaN. */
export function dateCell(day: number): Cell {
  return Number.isFinite(day) ? Math.floor(day) : null;
}

export const TIER_WORDS: Record<ValueTier, Words> = {
  high: { "zh-CN": "高价值", "en-US": "High value" },
  medium: { "zh-CN": "中价值", "en-US": "Medium value" },
  low: { "zh-CN": "低价值", "en-US": "Low value" },
};

export const SEGMENT_WORDS: Record<RfmSegment, Words> = {
  champions: { "zh-CN": "冠军客户", "en-US": "Champions" },
  loyal: { "zh-CN": "忠诚客户", "en-US": "Loyal" },
  potential_loyalist: { "zh-CN": "潜在忠诚客户", "en-US": "Potential loyalist" },
  new: { "zh-CN": "新客户", "en-US": "New" },
  promising: { "zh-CN": "有潜力客户", "en-US": "Promising" },
  need_attention: { "zh-CN": "需要关注", "en-US": "Need attention" },
  about_to_sleep: { "zh-CN": "即将沉睡", "en-US": "About to sleep" },
  at_risk: { "zh-CN": "有流失风险", "en-US": "At risk" },
  cant_lose: { "zh-CN": "不能失去", "en-US": "Can't lose them" },
  hibernating: { "zh-CN": "休眠客户", "en-US": "Hibernating" },
  lost: { "zh-CN": "已流失", "en-US": "Lost" },
};

export const NO_SEGMENT_WORDS: Words = {
  "zh-CN": "未分类（无购买）",
  "en-US": "No segment (no purchase)",
};

export const STAGE_WORDS: Record<LifecycleStage, Words> = {
  prospect: { "zh-CN": "潜在客户", "en-US": "Prospect" },
  new: { "zh-CN": "新客户", "en-US": "New" },
  growth: { "zh-CN": "成长期", "en-US": "Growth" },
  mature: { "zh-CN": "成熟期", "en-US": "Mature" },
  decline: { "zh-CN": "衰退期", "en-US": "Decline" },
  churned: { "zh-CN": "流失", "en-US": "Churned" },
  won_back: { "zh-CN": "挽回", "en-US": "Won back" },
};

export const RISK_WORDS: Record<RiskLevel, Words> = {
  high: { "zh-CN": "高风险", "en-US": "High risk" },
  medium: { "zh-CN": "中风险", "en-US": "Medium risk" },
  low: { "zh-CN": "低风险", "en-US": "Low risk" },
};

/** Fill colours by level (light red, amber, green), as the segments tab uses for risk. */
export const LEVEL_FILLS = { high: "#F8CBAD", medium: "#FFE699", low: "#C6EFCE" } as const;

/**
 * A layout tab from rows of varying length: rows are padded with nulls to one width so every
 * adapter writes a rectangle, and the columns list gives that width (headers are not shown).
 *
 * @example layoutTable("overview", "概览", [["客户数", 3], []]).rows(0, 2) // [["客户数", 3], [null, null]]
 */
export function layoutTable(
  tab: OutputTab,
  sheetName: string,
  rows: Cell[][],
  charts?: ChartSpec[],
  widths: number[] = [],
): ReportTable {
  const width = Math.max(1, ...rows.map((r) => r.length));
  const padded = rows.map((r) =>
    r.length < width ? [...r, ...new Array<Cell>(width - r.length).fill(null)] : r,
  );
  const columns = Array.from({ length: width }, (_, k) => ({
    key: `c${k + 1}`,
    header: "",
    format: "text" as const,
    width: widths[k],
  }));
  return tableOf(tab, sheetName, columns, padded, { style: "layout", charts });
}
