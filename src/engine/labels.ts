import {
  LIFECYCLE_STAGES,
  RFM_SEGMENTS,
  RISK_LEVELS,
  VALUE_CLASSES,
  VALUE_TIERS,
  type LifecycleStage,
  type RfmSegment,
  type RiskLevel,
  type ValueClass,
  type ValueTier,
} from "./analysis";
import { CUSTOMER_TYPES } from "./model";
import type { CustomerType, Lang } from "./schema";

/**
 * The words users see for every category code, in zh-CN and en-US. Codes stay stable in the JSON;
 * these are for tabs and the task pane.
 */
type Words = Record<Lang, string>;
const w = (zh: string, en: string): Words => ({ "zh-CN": zh, "en-US": en });

export const SEGMENT_LABELS: Record<RfmSegment, Words> = {
  champions: w("冠军客户", "Champions"),
  loyal: w("忠诚客户", "Loyal"),
  potential_loyalist: w("潜在忠诚客户", "Potential loyalist"),
  new: w("新客户", "New"),
  promising: w("有潜力客户", "Promising"),
  need_attention: w("需要关注", "Need attention"),
  about_to_sleep: w("即将沉睡", "About to sleep"),
  at_risk: w("有流失风险", "At risk"),
  cant_lose: w("不能失去", "Can't lose them"),
  hibernating: w("休眠客户", "Hibernating"),
  lost: w("流失客户", "Lost"),
};

export const VALUE_CLASS_LABELS: Record<ValueClass, Words> = {
  important_value: w("重要价值客户", "Important value"),
  important_development: w("重要发展客户", "Important development"),
  important_retention: w("重要保持客户", "Important retention"),
  important_winback: w("重要挽留客户", "Important win-back"),
  general_value: w("一般价值客户", "General value"),
  general_development: w("一般发展客户", "General development"),
  general_retention: w("一般保持客户", "General retention"),
  general_winback: w("一般挽留客户", "General win-back"),
};

export const VALUE_TIER_LABELS: Record<ValueTier, Words> = {
  high: w("高价值", "High value"),
  medium: w("中价值", "Medium value"),
  low: w("低价值", "Low value"),
};

export const STAGE_LABELS: Record<LifecycleStage, Words> = {
  prospect: w("潜在客户", "Prospect"),
  new: w("新客户", "New"),
  growth: w("成长期", "Growth"),
  mature: w("成熟期", "Mature"),
  decline: w("衰退期", "Decline"),
  churned: w("流失期", "Churned"),
  won_back: w("挽回", "Won back"),
};

export const RISK_LABELS: Record<RiskLevel, Words> = {
  high: w("高", "High"),
  medium: w("中", "Medium"),
  low: w("低", "Low"),
  churned: w("待挽回", "Win-back"),
  prospect: w("无（未购买）", "None (no purchase yet)"),
};

/**
 * A churn-risk label as a standalone phrase ("高风险" / "High risk"), for places with no "risk"
 * heading nearby. Derived from RISK_LABELS so the level words stay one wording everywhere.
 *
 * @example riskPhrase("high", "zh-CN") // "高风险"
 * @example riskPhrase("low", "en-US") // "Low risk"
 */
export function riskPhrase(level: RiskLevel, lang: Lang): string {
  const word = RISK_LABELS[level][lang];
  // "Churned" is not a risk but a stage already reached: no "risk" after it, and a name of its own
  // (the RFM segment "lost" and the stage "churned" are two other things: 流失客户, 流失期).
  if (level === "churned")
    return lang === "zh-CN" ? "待挽回（已进入流失期）" : "Win-back (in the churned stage)";
  // A prospect has not bought: there is no purchase to stop, so no risk level.
  if (level === "prospect")
    return lang === "zh-CN"
      ? "潜在客户（未购买，无风险等级）"
      : "Prospect (no purchase, no risk level)";
  return lang === "zh-CN" ? `${word}风险` : `${word} risk`;
}

/** The label of customers without an RFM segment (no purchase in the data). */
export const NO_SEGMENT_LABEL: Words = w("未分类（无购买）", "No segment (no purchase)");

export const CUSTOMER_TYPE_LABELS: Record<CustomerType, Words> = {
  enterprise: w("企业", "Enterprise"),
  individual: w("个人", "Individual"),
  government: w("政府", "Government"),
};

/** The code lists by kind, so an index can be labelled without knowing its list. */
const LISTS = {
  segment: [RFM_SEGMENTS, SEGMENT_LABELS],
  valueClass: [VALUE_CLASSES, VALUE_CLASS_LABELS],
  valueTier: [VALUE_TIERS, VALUE_TIER_LABELS],
  stage: [LIFECYCLE_STAGES, STAGE_LABELS],
  risk: [RISK_LEVELS, RISK_LABELS],
  customerType: [CUSTOMER_TYPES, CUSTOMER_TYPE_LABELS],
} as const;
export type LabelKind = keyof typeof LISTS;

/**
 * The label of a category index (as stored in CustomerAnalysis or Customers.type); "" for -1.
 *
 * @example labelOf("valueClass", 0, "zh-CN") // "重要价值客户"
 * @example labelOf("stage", 5, "en-US") // "Churned"
 */
export function labelOf(kind: LabelKind, index: number, lang: Lang): string {
  const [codes, labels] = LISTS[kind];
  const code = codes[index];
  return code === undefined ? "" : (labels as Record<string, Words>)[code][lang];
}

/**
 * The labels of a whole code list in order, for a column of a million rows: index once, no lookups.
 *
 * @example labelsOf("risk", "zh-CN") // ["高", "中", "低"]
 */
export function labelsOf(kind: LabelKind, lang: Lang): string[] {
  const [codes, labels] = LISTS[kind];
  return codes.map((code: string) => (labels as Record<string, Words>)[code][lang]);
}
