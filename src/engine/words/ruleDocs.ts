/**
 * What each setting of the rule set means (rules/docs.ts RULE_DOCS, `rules --print`'s `_doc`
 * objects, the pane's field hints), keyed "section.field path". Registered as section `ruleDocs`.
 */
export const RULE_DOCS_EN = {
  "ruleSet.version": "Schema version of this rule-set document",
  "ruleSet.asOf": "Analysis date (YYYY-MM-DD); today when absent. Not part of the rule-set hash",
  "window.months":
    "Analysis window in months: frequency and monetary count only this period; 12 covers every season once",
  "segmentation.rfm.*.cutPoints":
    "null = quintiles of the customers' own values (F and M among customers who bought in the window; no purchase in the window scores 1; one value never gets two scores); or 4 ascending cut points: each one a value exceeds adds a point. Recency is reversed: fewer days scores higher",
  "segmentation.segments":
    "Named RFM segments: R/F/M score ranges [min, max], checked in order, first match wins; must cover all 125 score combinations",
  "segmentation.valueClass.basis":
    "8-class model: R, F and M compared with the population mean or median; fewer days since the last purchase is the good side",
  "segmentation.valueTier.highShare":
    "High value: the customers who, from the largest down, make up the first 80% of revenue (ABC / Pareto)",
  "segmentation.valueTier.mediumShare": "Medium value: the next 15% of revenue; the rest is low",
  "lifecycle.newDays": "New: first purchase within this many days",
  "lifecycle.matureAfterDays": "Mature: first purchase longer ago than this and a steady trend",
  "lifecycle.trendPeriodDays":
    "Trend: the last this-many days compared with the same length before",
  "lifecycle.growthChange": "Growth: purchase days up by at least this share (and significant)",
  "lifecycle.declineChange":
    "Decline: purchase days down by at least this share (and significant); a customer who bought within their rhythm with purchases and spend not falling is never in decline",
  "lifecycle.trendSignificance":
    "A trend must be significant at this level in a one-sided binomial test (with an unchanged rate the purchase days split half and half between the periods); otherwise it is noise",
  "lifecycle.minTrendPurchases":
    "No trend is called with fewer purchase days than this in the two periods together",
  "lifecycle.overdueFactor":
    "Decline: silent for more than this many times the customer's robust rhythm (mean gap over the whole history, shrunk toward the population's, never below the population floor; a customer buying at a constant rate is silent 3 rhythms about 5% of the time)",
  "lifecycle.wonBackWithinDays":
    "Won back: bought again after a churn-length gap, within this many days",
  "lifecycle.typicalGap.oneTimeBuyerDays":
    "Customers who bought once have no rhythm of their own: null = the median typical gap of repeat buyers, or a fixed number of days",
  "lifecycle.typicalGap.fallbackDays": "Gap used when nobody has bought twice",
  "lifecycle.typicalGap.minDays": "Lower bound of a typical gap, in days",
  "lifecycle.typicalGap.populationFloorShare":
    "Population floor of a rhythm: at least this share of the population rhythm",
  "churn.churnedAfterDays":
    'Churned stage: no purchase for this many days. Such customers are gone already (risk level "Win-back"), listed for a win-back campaign and not counted among those at risk',
  "churn.churnHorizonDays":
    "Churn risk = the probability of no purchase in this many days after the analysis date (customers who never bought have none: level \"prospect\"). It is learned from the workbook's own history: features as of one horizon before the analysis date, who did not buy in the horizon after it, an L2-regularised logistic regression; today's customers are scored with it. The Validation tab checks it out of time: the same learning one horizon earlier scores the date one horizon back and is compared with who then bought (AUC, each level stated vs observed, deciles). The Overview's churn rate is a different figure: 1 − retention",
  "churn.levels.high":
    "High risk from this probability of no purchase in the horizon (absolute, the same on every workbook)",
  "churn.levels.medium":
    "Medium risk from this probability; below is low. A level's stated probability is the mean of its customers' probabilities",
  "churn.learning":
    "Learning: penalty = L2 penalty on the standardised coefficients; with fewer than minCustomers customers with an outcome, or fewer than minEachOutcome buyers or non-buyers, history is too short and the documented default weights are used, with a note; at most maxCustomers customers (every k-th, deterministic) are used to learn",
  "churn.minReasonLogOdds":
    "A feature that adds at least this much to the log-odds of no purchase is listed as a reason; at-risk (high, medium) customers always get at least one",
  "churn.signals":
    "Service signals (used only when their sheet is present): lookback days of low satisfaction, NPS detractor and late complaints; no contact for more than afterDays days",
};

export const RULE_DOCS_ZH: Record<keyof typeof RULE_DOCS_EN, string> = {
  "ruleSet.version": "规则文件格式版本",
  "ruleSet.asOf": "分析日期（YYYY-MM-DD）；不填则为运行当天。不计入规则哈希",
  "window.months":
    "分析窗口（月）：购买频次与消费金额只统计这段时间；默认 12 个月，覆盖完整一年的季节",
  "segmentation.rfm.*.cutPoints":
    "null = 按五分位自动分档（F、M 在分析窗口内有购买的客户中分档，窗口内无购买者得 1 分；同一数值不会被拆到两个分数）；或填 4 个从小到大的分界点：超过第 k 个分界点得分加 1。最近购买天数反向计分：天数越少分数越高",
  "segmentation.segments":
    "RFM 命名分群：按顺序匹配 R/F/M 分数范围 [最小, 最大]，先匹配者优先；必须覆盖全部 125 种评分组合",
  "segmentation.valueClass.basis":
    "RFM 八类客户：R/F/M 与总体平均值（mean）或中位数（median）比较；最近购买天数越少越好",
  "segmentation.valueTier.highShare":
    "高价值：按消费金额从高到低累计占收入前 80% 的客户（ABC 分析）",
  "segmentation.valueTier.mediumShare": "中价值：其后 15% 的收入；其余为低价值",
  "lifecycle.newDays": "首次购买在这么多天内为新客户",
  "lifecycle.matureAfterDays": "首次购买超过这么多天且趋势平稳为成熟期",
  "lifecycle.trendPeriodDays": "趋势：比较最近这么多天与之前同样长的一段",
  "lifecycle.growthChange": "购买天数增长至少此比例（且统计上显著）为成长期",
  "lifecycle.declineChange":
    "购买天数下降至少此比例（且统计上显著）为衰退期；在自身节奏内购买且次数与金额都未下降的客户绝不判为衰退",
  "lifecycle.trendSignificance":
    "趋势须经单侧二项检验（购买率不变时两段购买天数各占一半）在此水平上显著，否则视为正常波动",
  "lifecycle.minTrendPurchases": "两段合计购买天数少于此数时不判断趋势",
  "lifecycle.overdueFactor":
    "超过自身稳健购买节奏的这么多倍未购买为衰退期（节奏 = 全部历史的平均购买间隔，向总体收缩，且不低于总体下限；购买率不变的客户沉默 3 倍节奏的概率约 5%）",
  "lifecycle.wonBackWithinDays": "在流失长度的间隔后再次购买、且在这么多天内，为挽回客户",
  "lifecycle.typicalGap.oneTimeBuyerDays":
    "只购买过一次的客户没有自己的节奏：null = 用所有复购客户典型间隔的中位数，或填固定天数",
  "lifecycle.typicalGap.fallbackDays": "没有任何复购客户时使用的间隔（天）",
  "lifecycle.typicalGap.minDays": "典型间隔的下限（天）",
  "lifecycle.typicalGap.populationFloorShare": "节奏的总体下限：不低于总体节奏的此比例",
  "churn.churnedAfterDays":
    "流失期：连续这么多天未购买的客户视为已流失（风险等级“待挽回”，列入挽回活动，不计入“有风险”客户）",
  "churn.churnHorizonDays":
    "流失风险 = 分析日之后这么多天内不再购买的概率（0–100%；从未购买的客户没有此概率，等级为“无（未购买）”）。概率由本工作簿自己的历史学习：在分析日前一个周期的时点计算各项特征，观察谁在随后的周期内没有购买，用 L2 正则化逻辑回归学习，再给今天的客户打分。“模型验证”表做样本外检验：提前一个周期用同样方法学习，为前一周期时点的客户打分，再与之后的实际购买比较（AUC、各等级预测与实际、十分位）。概览中的“流失率”另指 1 − 留存率",
  "churn.levels.high": "流失风险概率不低于此值为高风险（绝对阈值，各工作簿含义相同）",
  "churn.levels.medium":
    "流失风险概率不低于此值为中风险，其下为低风险；每个等级显示的概率是其客户概率的平均值",
  "churn.learning":
    "学习设置：penalty = 标准化系数的 L2 惩罚；有结果的客户少于 minCustomers，或购买/未购买任一类少于 minEachOutcome 时历史不足，改用默认权重并加以说明；最多用 maxCustomers 个客户学习（确定性抽取）",
  "churn.minReasonLogOdds":
    "某一特征使“不再购买”的对数几率至少增加此值时列为原因；有风险（高、中）的客户至少列一个原因",
  "churn.signals":
    "服务信号的定义（仅当相应工作表存在时使用）：低满意度、贬损者、超时投诉的回看天数；超过 afterDays 天未联系",
};
