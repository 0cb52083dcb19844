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
import { bySection, say } from "./words/catalog";

/**
 * The words users see for every category code, in zh-CN and en-US, arranged by code from the catalog
 * (words/categories.ts). Codes stay stable in the JSON; these are for tabs and the task pane.
 */
type Words = Record<Lang, string>;

export const SEGMENT_LABELS: Record<RfmSegment, Words> = bySection("segmentNames");
export const VALUE_CLASS_LABELS: Record<ValueClass, Words> = bySection("valueClassNames");
export const VALUE_TIER_LABELS: Record<ValueTier, Words> = bySection("valueTierNames");
export const STAGE_LABELS: Record<LifecycleStage, Words> = bySection("stageNames");
export const RISK_LABELS: Record<RiskLevel, Words> = bySection("riskNames");

/**
 * A churn-risk label as a standalone phrase ("高风险" / "High risk"), for places with no "risk"
 * heading nearby. Derived from RISK_LABELS so the level words stay one wording everywhere.
 *
 * @example riskPhrase("high", "zh-CN") // "高风险"
 * @example riskPhrase("low", "en-US") // "Low risk"
 */
export function riskPhrase(level: RiskLevel, lang: Lang): string {
  // "Churned" is not a risk but a stage already reached: no "risk" after it, and a name of its own
  // (the RFM segment "lost" and the stage "churned" are two other things: 流失客户, 流失期).
  if (level === "churned") return say(lang, "riskPhrases", "churned");
  // A prospect has not bought: there is no purchase to stop, so no risk level.
  if (level === "prospect") return say(lang, "riskPhrases", "prospect");
  return say(lang, "riskPhrases", "level", { level: RISK_LABELS[level][lang] });
}

/** The label of customers without an RFM segment (no purchase in the data). */
export const NO_SEGMENT_LABEL: Words = bySection("unclassified").segment;

export const CUSTOMER_TYPE_LABELS: Record<CustomerType, Words> = bySection("customerTypeNames");

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
