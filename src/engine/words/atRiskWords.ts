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
  // Stop 30 (appended: OUTPUT_TABS is append-only). Who the schedule has make that contact: not
  // always the Owner (a customer without one is given to someone).
  nextFollowUpBy: "Next contact by",
  // Why a row has no next contact: the schedule's own reason, in the schedule tab's words.
  noNextFollowUp: "Why no next contact",
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
  nextFollowUpBy: "下次回访人",
  noNextFollowUp: "未安排原因",
};

/**
 * The At-risk tab's texts for a row without a next contact. `notPlanned`: a contact the schedule
 * lists as unscheduled, {contact} its reason's name and {why} the schedule tab's own words for why
 * (followUpWords.ts). `noneDue`: a customer on no schedule list: no retention contact by the rules
 * and the regular contact not due before the horizon's last day {until}; {tier} the value tier's
 * label ("Low value", "低价值").
 */
export const AT_RISK_TAB_EN = {
  notPlanned: "{contact} not planned: {why}",
  noneDue:
    "No contact falls due by {until}: not among the customers the rules give a retention contact, and the regular contact ({tier} tier, every {days} days) is not yet due",
};

export const AT_RISK_TAB_ZH: Record<keyof typeof AT_RISK_TAB_EN, string> = {
  notPlanned: "{contact}未安排：{why}",
  noneDue:
    "计划期内（至 {until}）没有到期的联系：不在规则的挽留联系范围内，{tier}客户的定期回访（每 {days} 天）尚未到期",
};
