import type { Lang } from "../schema";

/**
 * What each setting means, in the users' words, for the printed rule set (rules --print). JSON has
 * no comments, so the printed document carries these as a `_doc` object at the top of each section
 * (field path → explanation); parseRuleSet ignores `_doc` keys, so the printed file is itself a
 * valid rule set. Sources are as in defaults.ts.
 */
type Docs = Record<string, Record<Lang, string>>;

const t = (zh: string, en: string): Record<Lang, string> => ({ "zh-CN": zh, "en-US": en });

export const RULE_DOCS: Record<
  "ruleSet" | "window" | "segmentation" | "lifecycle" | "churn",
  Docs
> = {
  ruleSet: {
    version: t("规则文件格式版本", "Schema version of this rule-set document"),
    asOf: t(
      "分析日期（YYYY-MM-DD）；不填则为运行当天。不计入规则哈希",
      "Analysis date (YYYY-MM-DD); today when absent. Not part of the rule-set hash",
    ),
  },
  window: {
    months: t(
      "分析窗口（月）：购买频次与消费金额只统计这段时间；默认 12 个月，覆盖完整一年的季节",
      "Analysis window in months: frequency and monetary count only this period; 12 covers every season once",
    ),
  },
  segmentation: {
    "rfm.*.cutPoints": t(
      "null = 按五分位自动分档（F、M 在分析窗口内有购买的客户中分档，窗口内无购买者得 1 分；同一数值不会被拆到两个分数）；或填 4 个从小到大的分界点：超过第 k 个分界点得分加 1。最近购买天数反向计分：天数越少分数越高",
      "null = quintiles of the customers' own values (F and M among customers who bought in the window; no purchase in the window scores 1; one value never gets two scores); or 4 ascending cut points: each one a value exceeds adds a point. Recency is reversed: fewer days scores higher",
    ),
    segments: t(
      "RFM 命名分群：按顺序匹配 R/F/M 分数范围 [最小, 最大]，先匹配者优先；必须覆盖全部 125 种评分组合",
      "Named RFM segments: R/F/M score ranges [min, max], checked in order, first match wins; must cover all 125 score combinations",
    ),
    "valueClass.basis": t(
      "RFM 八类客户：R/F/M 与总体平均值（mean）或中位数（median）比较；最近购买天数越少越好",
      "8-class model: R, F and M compared with the population mean or median; fewer days since the last purchase is the good side",
    ),
    "valueTier.highShare": t(
      "高价值：按消费金额从高到低累计占收入前 80% 的客户（ABC 分析）",
      "High value: the customers who, from the largest down, make up the first 80% of revenue (ABC / Pareto)",
    ),
    "valueTier.mediumShare": t(
      "中价值：其后 15% 的收入；其余为低价值",
      "Medium value: the next 15% of revenue; the rest is low",
    ),
  },
  lifecycle: {
    newDays: t("首次购买在这么多天内为新客户", "New: first purchase within this many days"),
    matureAfterDays: t(
      "首次购买超过这么多天且趋势平稳为成熟期",
      "Mature: first purchase longer ago than this and a steady trend",
    ),
    trendPeriodDays: t(
      "趋势：比较最近这么多天与之前同样长的一段",
      "Trend: the last this-many days compared with the same length before",
    ),
    growthChange: t(
      "金额或次数增长至少此比例为成长期",
      "Growth: spend or purchase count up by at least this share",
    ),
    declineChange: t(
      "金额或次数下降至少此比例为衰退期",
      "Decline: spend or purchase count down by at least this share",
    ),
    overdueFactor: t(
      "超过自身典型购买间隔的这么多倍未购买为衰退期",
      "Decline: silent for more than this many times the customer's own typical gap",
    ),
    wonBackWithinDays: t(
      "在流失长度的间隔后再次购买、且在这么多天内，为挽回客户",
      "Won back: bought again after a churn-length gap, within this many days",
    ),
    "typicalGap.oneTimeBuyerDays": t(
      "只购买过一次的客户没有自己的节奏：null = 用所有复购客户典型间隔的中位数，或填固定天数",
      "Customers who bought once have no rhythm of their own: null = the median typical gap of repeat buyers, or a fixed number of days",
    ),
    "typicalGap.fallbackDays": t(
      "没有任何复购客户时使用的间隔（天）",
      "Gap used when nobody has bought twice",
    ),
    "typicalGap.minDays": t("典型间隔的下限（天）", "Lower bound of a typical gap, in days"),
  },
  churn: {
    inactiveDays: t("流失定义：连续这么多天未购买", "Churned: no purchase for this many days"),
    "levels.high": t("风险分至少为此值为高风险", "High risk from this score"),
    "levels.medium": t(
      "风险分至少为此值为中风险，其下为低风险",
      "Medium risk from this score; below is low",
    ),
    minReasonPoints: t(
      "贡献低于此分值的因素不列为原因",
      "Factors adding fewer points than this are not listed as reasons",
    ),
    factors: t(
      "每个因素单独最多贡献 weight×100 分，多个因素像相互独立的预警信号那样叠加：分数 = 100 ×（1 − ∏(1 − weight × 强度)）",
      "Each factor alone adds at most weight × 100 points; factors combine like independent warning signs: score = 100 × (1 − ∏(1 − weight × strength))",
    ),
    "factors.overdueVsRhythm": t(
      "超出自身购买节奏：间隔不超过一个典型间隔时为 0，达到 fullAtRatio 倍时为满强度",
      "Overdue against own rhythm: zero up to one typical gap, full strength at fullAtRatio gaps",
    ),
    "factors.fallingFrequency": t(
      "最近一段购买次数比前一段下降的比例（只购买过一次的客户不适用）",
      "Share by which purchases fell from the previous to the recent trend period (not for one-time buyers)",
    ),
    "factors.fallingSpend": t("同上，按消费金额", "The same for spend"),
    "factors.lowSatisfaction": t(
      "回看期内最近一次满意度为低分（满意度规则 lowScoreMax）；需有满意度调查表",
      "Latest satisfaction score in the lookback is low (satisfaction.lowScoreMax); needs the Surveys sheet",
    ),
    "factors.npsDetractor": t(
      "回看期内最近一次推荐意愿为贬损者（0–6）；需有满意度调查表",
      "Latest likelihood-to-recommend in the lookback is a detractor (0–6); needs the Surveys sheet",
    ),
    "factors.openComplaints": t(
      "未解决投诉数，达到 fullAtCount 为满强度；需有投诉表",
      "Open complaints, full strength at fullAtCount; needs the Complaints sheet",
    ),
    "factors.lateComplaints": t(
      "回看期内超出时限（投诉规则）响应或解决的投诉数；需有投诉表",
      "Complaints in the lookback answered or resolved later than the complaint rules allow; needs the Complaints sheet",
    ),
    "factors.noRecentContact": t(
      "超过 afterDays 天未联系开始计分，fullAtDays 天为满强度；需有跟进记录表",
      "No contact for more than afterDays days, full strength at fullAtDays; needs the Contacts sheet",
    ),
  },
};

/** The `_doc` object of one section in one language. @example sectionDocs("window", "en-US").months */
export function sectionDocs(section: keyof typeof RULE_DOCS, lang: Lang): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(RULE_DOCS[section])) out[k] = v[lang];
  return out;
}
