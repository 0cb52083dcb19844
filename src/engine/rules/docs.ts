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
      "购买天数增长至少此比例（且统计上显著）为成长期",
      "Growth: purchase days up by at least this share (and significant)",
    ),
    declineChange: t(
      "购买天数下降至少此比例（且统计上显著）为衰退期；在自身节奏内购买且次数与金额都未下降的客户绝不判为衰退",
      "Decline: purchase days down by at least this share (and significant); a customer who bought within their rhythm with purchases and spend not falling is never in decline",
    ),
    trendSignificance: t(
      "趋势须经单侧二项检验（购买率不变时两段购买天数各占一半）在此水平上显著，否则视为正常波动",
      "A trend must be significant at this level in a one-sided binomial test (with an unchanged rate the purchase days split half and half between the periods); otherwise it is noise",
    ),
    minTrendPurchases: t(
      "两段合计购买天数少于此数时不判断趋势",
      "No trend is called with fewer purchase days than this in the two periods together",
    ),
    overdueFactor: t(
      "超过自身稳健购买节奏的这么多倍未购买为衰退期（节奏 = 全部历史的平均购买间隔，向总体收缩，且不低于总体下限；购买率不变的客户沉默 3 倍节奏的概率约 5%）",
      "Decline: silent for more than this many times the customer's robust rhythm (mean gap over the whole history, shrunk toward the population's, never below the population floor; a customer buying at a constant rate is silent 3 rhythms about 5% of the time)",
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
    "typicalGap.populationFloorShare": t(
      "节奏的总体下限：不低于总体节奏的此比例",
      "Population floor of a rhythm: at least this share of the population rhythm",
    ),
  },
  churn: {
    churnedAfterDays: t(
      "流失阶段：连续这么多天未购买的客户视为已流失（风险等级“已流失”，列入挽回活动，不计入“有风险”客户）",
      'Churned stage: no purchase for this many days. Such customers are gone already (level "churned"), listed for a win-back campaign and not counted among those at risk',
    ),
    churnHorizonDays: t(
      "流失风险 = 分析日之后这么多天内不再购买的概率（0–100%；从未购买的客户没有此概率，等级为“无（未购买）”）。概率由本工作簿自己的历史学习：在分析日前一个周期的时点计算各项特征，观察谁在随后的周期内没有购买，用 L2 正则化逻辑回归学习，再给今天的客户打分。“模型验证”表做样本外检验：提前一个周期用同样方法学习，为前一周期时点的客户打分，再与之后的实际购买比较（AUC、各等级预测与实际、十分位）。概览中的“流失率”另指 1 − 留存率",
      "Churn risk = the probability of no purchase in this many days after the analysis date (customers who never bought have none: level \"prospect\"). It is learned from the workbook's own history: features as of one horizon before the analysis date, who did not buy in the horizon after it, an L2-regularised logistic regression; today's customers are scored with it. The Validation tab checks it out of time: the same learning one horizon earlier scores the date one horizon back and is compared with who then bought (AUC, each level stated vs observed, deciles). The Overview's churn rate is a different figure: 1 − retention",
    ),
    "levels.high": t(
      "流失风险概率不低于此值为高风险（绝对阈值，各工作簿含义相同）",
      "High risk from this probability of no purchase in the horizon (absolute, the same on every workbook)",
    ),
    "levels.medium": t(
      "流失风险概率不低于此值为中风险，其下为低风险；每个等级显示的概率是其客户概率的平均值",
      "Medium risk from this probability; below is low. A level's stated probability is the mean of its customers' probabilities",
    ),
    learning: t(
      "学习设置：penalty = 标准化系数的 L2 惩罚；有结果的客户少于 minCustomers，或购买/未购买任一类少于 minEachOutcome 时历史不足，改用默认权重并加以说明；最多用 maxCustomers 个客户学习（确定性抽取）",
      "Learning: penalty = L2 penalty on the standardised coefficients; with fewer than minCustomers customers with an outcome, or fewer than minEachOutcome buyers or non-buyers, history is too short and the documented default weights are used, with a note; at most maxCustomers customers (every k-th, deterministic) are used to learn",
    ),
    minReasonLogOdds: t(
      "某一特征使“不再购买”的对数几率至少增加此值时列为原因；有风险（高、中）的客户至少列一个原因",
      "A feature that adds at least this much to the log-odds of no purchase is listed as a reason; at-risk (high, medium) customers always get at least one",
    ),
    signals: t(
      "服务信号的定义（仅当相应工作表存在时使用）：低满意度、贬损者、超时投诉的回看天数；超过 afterDays 天未联系",
      "Service signals (used only when their sheet is present): lookback days of low satisfaction, NPS detractor and late complaints; no contact for more than afterDays days",
    ),
  },
};

/** The `_doc` object of one section in one language. @example sectionDocs("window", "en-US").months */
export function sectionDocs(section: keyof typeof RULE_DOCS, lang: Lang): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(RULE_DOCS[section])) out[k] = v[lang];
  return out;
}
