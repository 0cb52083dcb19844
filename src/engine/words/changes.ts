/**
 * Words of "what changed since the last refresh" (issue 12; owned by helper "changes"): the
 * dimensions a customer moves in and the follow-up reason of a customer who moved the wrong way.
 * Registered as section `changes` in en-US.ts and zh-CN.ts.
 */
export const CHANGES_EN = {
  rfmSegment: "RFM segment",
  valueClass: "Value class",
  valueTier: "Value tier",
  lifecycleStage: "Lifecycle stage",
  churnRiskLevel: "Churn risk level",
  /** A dimension that moved down (a risk level "rises" instead). */
  dropped: "{dimension} dropped from {from} to {to}",
  rose: "{dimension} rose from {from} to {to}",
  since: "since {date}",
};

export const CHANGES_ZH: Record<keyof typeof CHANGES_EN, string> = {
  rfmSegment: "RFM 分群",
  valueClass: "价值分类",
  valueTier: "价值层级",
  lifecycleStage: "生命周期阶段",
  churnRiskLevel: "流失风险等级",
  dropped: "{dimension}从 {from} 降至 {to}",
  rose: "{dimension}从 {from} 升至 {to}",
  since: "（自 {date}）",
};
