import type { LifecycleStage, RfmSegment, RiskLevel, ValueClass, ValueTier } from "../analysis";
import type { CustomerType } from "../optionWords";

/**
 * The names of the category codes users see on tabs and in the pane: RFM segments, value classes
 * and tiers, lifecycle stages, churn-risk levels and customer types (engine/labels.ts arranges them
 * by code; the JSON keeps the codes). Registered as sections `segmentNames`, `valueClassNames`,
 * `valueTierNames`, `stageNames`, `riskNames`, `riskPhrases`, `customerTypeNames` and
 * `unclassified`. Typed by the code lists, so a code without a name fails to compile.
 *
 * Three things are called "churned" in the data and have three names: the RFM segment `lost`
 * (流失客户 / Lost), the lifecycle stage `churned` (流失期 / Churned) and the risk level `churned`
 * (待挽回 / Win-back).
 *
 * Three things were called 挽回 / win-back and now have a word each (stop 21 tester W2): the risk
 * level `churned` and its campaign keep 挽回 / Win-back (winning back who has gone); the lifecycle
 * stage `won_back` is 回流客户 / Returned (bought again after a churn-length gap); the follow-up
 * reason `win_back` for high churn risk is 挽留联系 / Retention call (keeping who is about to go).
 * The JSON codes are unchanged.
 */

export const SEGMENT_NAMES_EN: Record<RfmSegment, string> = {
  champions: "Champions",
  loyal: "Loyal",
  potential_loyalist: "Potential loyalist",
  new: "New",
  promising: "Promising",
  need_attention: "Need attention",
  about_to_sleep: "About to sleep",
  at_risk: "At risk",
  cant_lose: "Can't lose them",
  hibernating: "Hibernating",
  lost: "Lost",
};
export const SEGMENT_NAMES_ZH: Record<RfmSegment, string> = {
  champions: "冠军客户",
  loyal: "忠诚客户",
  potential_loyalist: "潜在忠诚客户",
  new: "新客户",
  promising: "有潜力客户",
  need_attention: "需要关注",
  about_to_sleep: "即将沉睡",
  at_risk: "有流失风险",
  cant_lose: "不能失去",
  hibernating: "休眠客户",
  lost: "流失客户",
};

export const VALUE_CLASS_NAMES_EN: Record<ValueClass, string> = {
  important_value: "Important value",
  important_development: "Important development",
  important_retention: "Important retention",
  important_winback: "Important win-back",
  general_value: "General value",
  general_development: "General development",
  general_retention: "General retention",
  general_winback: "General win-back",
};
export const VALUE_CLASS_NAMES_ZH: Record<ValueClass, string> = {
  important_value: "重要价值客户",
  important_development: "重要发展客户",
  important_retention: "重要保持客户",
  important_winback: "重要挽留客户",
  general_value: "一般价值客户",
  general_development: "一般发展客户",
  general_retention: "一般保持客户",
  general_winback: "一般挽留客户",
};

export const VALUE_TIER_NAMES_EN: Record<ValueTier, string> = {
  high: "High value",
  medium: "Medium value",
  low: "Low value",
};
export const VALUE_TIER_NAMES_ZH: Record<ValueTier, string> = {
  high: "高价值",
  medium: "中价值",
  low: "低价值",
};

export const STAGE_NAMES_EN: Record<LifecycleStage, string> = {
  prospect: "Prospect",
  new: "New",
  growth: "Growth",
  mature: "Mature",
  decline: "Decline",
  churned: "Churned",
  won_back: "Returned",
};
export const STAGE_NAMES_ZH: Record<LifecycleStage, string> = {
  prospect: "潜在客户",
  new: "新客户",
  growth: "成长期",
  mature: "成熟期",
  decline: "衰退期",
  churned: "流失期",
  won_back: "回流客户",
};

/**
 * What each lifecycle stage means, in a line, with the rule set's thresholds (lifecycle/meaning.ts
 * fills them: {newDays}, {matureDays}, {trendDays}, {growth} and {decline} as percentages,
 * {overdue} the factor, {churnDays} churn.churnedAfterDays, {yearlyDays} a yearly buyer's
 * (lifecycle/stage.ts yearlyChurnDays), {wonBackDays}); the Overview shows it
 * beside each stage's count (tester #15, stop 42). The rules in full: lifecycle/stage.ts and the
 * rule set's explanations (ruleDocs.ts). Registered as section `stageMeanings`. A change to the
 * stage code (judgmentVersion.ts) updates these lines too: the two-day rule (bought on only two
 * days, the first matureAfterDays ago → decline) was missing from decline's (review D4, stop 42).
 */
export const STAGE_MEANINGS_EN: Record<LifecycleStage, string> = {
  prospect: "No purchase yet",
  new: "First purchase within the last {newDays} days",
  growth:
    "First purchase under {matureDays} days ago, or bought once, or buying on {growth}% more days in the last {trendDays} than in the {trendDays} before",
  mature: "First purchase {matureDays}+ days ago, bought on 3 or more days, at a steady pace",
  decline:
    "Silent for over {overdue}× their usual gap, or {decline}% fewer (or no) purchase days in the last {trendDays} than the {trendDays} before, or bought on only two days, the first {matureDays}+ days ago",
  churned:
    "No purchase for {churnDays} days or more ({yearlyDays} for one who buys about once a year)",
  won_back:
    "Bought again after {churnDays}+ days without buying, within the last {wonBackDays} days",
};
export const STAGE_MEANINGS_ZH: Record<LifecycleStage, string> = {
  prospect: "还没有购买",
  new: "首次购买在最近 {newDays} 天内",
  growth:
    "首次购买未满 {matureDays} 天，或只买过一次，或近 {trendDays} 天的购买天数比之前 {trendDays} 天多 {growth}% 以上",
  mature: "首次购买已满 {matureDays} 天、至少在三天购买过，购买节奏平稳",
  decline:
    "超过自身通常间隔的 {overdue} 倍未购买，或近 {trendDays} 天没有购买或购买天数比之前 {trendDays} 天少 {decline}% 以上，或只在两天购买过且首次购买已满 {matureDays} 天",
  churned: "已 {churnDays} 天或更久没有购买（约每年购买一次的客户：{yearlyDays} 天）",
  won_back: "停购 {churnDays} 天以上后又购买，回来不满 {wonBackDays} 天",
};

export const RISK_NAMES_EN: Record<RiskLevel, string> = {
  high: "High",
  medium: "Medium",
  low: "Low",
  churned: "Win-back",
  prospect: "None (no purchase yet)",
};
export const RISK_NAMES_ZH: Record<RiskLevel, string> = {
  high: "高",
  medium: "中",
  low: "低",
  churned: "待挽回",
  prospect: "无（未购买）",
};

/**
 * A risk level as a standalone phrase (labels.ts riskPhrase): `level` wraps a level's name; the
 * churned stage and prospects have phrases of their own (not a risk, no risk).
 */
export const RISK_PHRASES_EN = {
  level: "{level} risk",
  churned: "Win-back (in the churned stage)",
  prospect: "Prospect (no purchase, no risk level)",
};
export const RISK_PHRASES_ZH: Record<keyof typeof RISK_PHRASES_EN, string> = {
  level: "{level}风险",
  churned: "待挽回（已进入流失期）",
  prospect: "潜在客户（未购买，无风险等级）",
};

export const CUSTOMER_TYPE_NAMES_EN: Record<CustomerType, string> = {
  enterprise: "Enterprise",
  individual: "Individual",
  government: "Government",
};
export const CUSTOMER_TYPE_NAMES_ZH: Record<CustomerType, string> = {
  enterprise: "企业",
  individual: "个人",
  government: "政府",
};

/** Customers without a category: no RFM segment when nothing was bought. */
export const UNCLASSIFIED_EN = {
  segment: "No segment (no purchase)",
};
export const UNCLASSIFIED_ZH: Record<keyof typeof UNCLASSIFIED_EN, string> = {
  segment: "未分类（无购买）",
};
