/**
 * Words of the At-risk customers tab (report/atRiskTab.ts): its column headers, keyed by column
 * key. Short on purpose: a table column is at least as wide as its header, and the tab prints one
 * page wide in both languages. `{months}` is the analysis window (rule set window.months).
 */
export const AT_RISK_COLUMNS_EN = {
  id: "Customer ID",
  name: "Name",
  owner: "Owner",
  valueTier: "Value tier",
  monetary: "{months}-month spend",
  valueAtStake: "Value at stake",
  churnRiskProbability: "Churn risk",
  churnRiskLevel: "Level",
  churnRiskReasons: "Why at risk",
  phone: "Phone",
  nextFollowUp: "Next contact",
};

export const AT_RISK_COLUMNS_ZH: Record<keyof typeof AT_RISK_COLUMNS_EN, string> = {
  id: "客户编号",
  name: "客户名称",
  owner: "负责人",
  valueTier: "价值层级",
  monetary: "{months} 个月消费",
  valueAtStake: "涉及金额",
  churnRiskProbability: "流失概率",
  churnRiskLevel: "风险等级",
  churnRiskReasons: "流失风险原因",
  phone: "电话",
  nextFollowUp: "下次回访",
};
