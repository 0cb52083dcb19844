/**
 * What each setting of the rule set means (rules/docs.ts RULE_DOCS, `rules --print`'s `_doc`
 * objects, the pane's field hints), keyed "section.field path". Registered as section `ruleDocs`.
 */
export const RULE_DOCS_EN = {
  "ruleSet.version": "Schema version of this rule-set document",
  "ruleSet.asOf":
    "Analysis date, written as --as-of takes it (2025-12-31, 2025/12/31, 20251231, 31 Dec 2025); today when absent. Not part of the rule-set hash",
  "ruleSet.currency":
    "The currency the report shows amounts in: USD or $, CNY or ¥, EUR, GBP, HKD. Absent: the one the data names (a currency column, a symbol on the amounts, the amount header's), else ¥. Amounts are not converted, so data that mixes currencies shows none. Not part of the rule-set hash",
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
  "lifecycle.matureAfterDays":
    "Mature: first purchase this many days ago or more, bought on three days or more, and a steady trend. A customer who bought on only two days is growth until this many days after the first purchase, then decline (one gap in all that time: they buy again as decline does)",
  "lifecycle.trendPeriodDays":
    "Trend: the last this-many days compared with the same length before. A repeat buyer with no purchase in the last period who is silent for longer than their rhythm (with 3 or more gaps, also longer than their own mean gap), or who bought on only two days (one gap is no rhythm), is in decline",
  "lifecycle.growthChange":
    "Growth: a customer neither new nor in decline is in growth when they bought only once, or first bought less than lifecycle.matureAfterDays ago (a customer who bought on only two days only then: one gap is no rhythm), or (this setting) their purchase days rose by at least this share against the period before, significantly",
  "lifecycle.declineChange":
    "Decline: purchase days down by at least this share (and significant); a customer with a rhythm (three purchase days or more) who bought within it with purchases and spend not falling is never in decline",
  "lifecycle.trendSignificance":
    "A trend must be significant at this level in a one-sided binomial test (with an unchanged rate the purchase days split half and half between the periods); otherwise it is noise",
  "lifecycle.minTrendPurchases":
    "No trend is called with fewer purchase days than this in the two periods together",
  "lifecycle.overdueFactor":
    "Decline: silent for more than this many times the customer's robust rhythm (mean gap over the whole history, shrunk toward the population's, never below the population floor; a customer buying at a constant rate is silent 3 rhythms about 5% of the time)",
  "lifecycle.wonBackWithinDays":
    "Returned: bought again after a churn-length gap, within this many days",
  "lifecycle.typicalGap.oneTimeBuyerDays":
    "Customers who bought once have no rhythm of their own: null = the median typical gap of repeat buyers, or a fixed number of days",
  "lifecycle.typicalGap.fallbackDays": "Gap used when nobody has bought twice",
  "lifecycle.typicalGap.minDays": "Lower bound of a typical gap, in days",
  "lifecycle.typicalGap.populationFloorGaps":
    "Gaps up to which the population floor holds in full; beyond, it fades in proportion (never below the typical gap's lower bound)",
  "lifecycle.typicalGap.populationFloorShare":
    "Population floor of a rhythm: at least this share of the population rhythm",
  "churn.churnedAfterDays":
    'Churned stage: no purchase for this many days (one who buys about once a year, her own mean gap 300–430 days, from 430 days). Such customers are gone already (risk level "Win-back"), listed for a win-back campaign and not counted among those at risk',
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
  // The service sections, the model and the limits (rules/service.ts, model.ts, limits.ts).
  "followUp.horizonDays": "Days planned, from the analysis date",
  "followUp.cadenceDays":
    "Regular contact every N days by value tier: high every two weeks (002), medium monthly, low quarterly; counted from the last contact or the last purchase, whichever is later (see the next rule)",
  "followUp.cadenceRhythmShare":
    "A customer who buys less often than the regular contact: her next regular contact no sooner than this share of her own purchase interval after the last contact or purchase (default 0.5: an owner who services every ~185 days is contacted about every 93 days, not every 14), and on the day she is due to buy again when that is sooner; only at low churn risk and before that day (at medium or high risk, or overdue, the tier's days); 0 turns this off (high value every two weeks, as 002 says)",
  "followUp.cadenceRestartsOnPurchase":
    "A purchase restarts the regular-contact clock (default yes: a customer who just ordered is in touch, so the contact is not flagged overdue from a call months earlier); complaint follow-ups, onboarding and retention calls are not affected",
  "followUp.cadenceCatchUpWorkingDays":
    "Not used any more (kept so rule files that set it still load): contacts already due on the analysis date are placed before those not yet due, most valuable first, on the first free days",
  "followUp.winBackChurnedCustomers":
    "Also plan a win-back call for customers already churned (default no: they are listed as unscheduled, for a campaign)",
  "followUp.winBackWithinWorkingDays":
    "A retention call (high churn risk and late against the customer's rhythm, or a repeat buyer long overdue: see docs/DESIGN.md, “The follow-up schedule”) within this many working days",
  "followUp.moneyOwedGraceDays":
    "Days an invoice may be past its due date before the call asking for payment, when the money owed is all the customer is called for (default 15): the call is planned on the working day they end, if she has not paid by then; 0: as soon as an invoice is overdue",
  "followUp.bereavementPauseDays":
    "Days with no sales or retention contact after a contact note says a death in the customer's family or of her pet (her mother passed away, our dog died; default 30), then one contact on that day and her usual plan; a complaint follow-up or the call about money owed still goes; 0 turns this off",
  "followUp.renewalLeadDays":
    "An account whose renewal date (Customers sheet: Renewal Date, Contract End) is within the plan: its regular contact at the latest this many days before it (default 21), to talk before the customer decides; 0: on the renewal day",
  "followUp.maternityPauseDays":
    "Days with no sales or retention contact after a contact note says the customer is expecting a baby (pregnant, back after the baby; default 300: the rest of a pregnancy and the month after it), then one contact on that day and her usual plan; a note just after the birth (confinement, breastfeeding) holds at most 42 days; a purchase since the note ends it; a complaint follow-up or the call about money owed still goes; 0 turns this off",
  "followUp.movedWrongWayWithinWorkingDays":
    "A customer who moved the wrong way since the previous run (e.g. Important value → Important win-back, risk low → high): a contact within this many working days. Not for a move into decline alone because the first of only two purchase days is lifecycle.matureAfterDays old, while the customer is within their rhythm",
  "followUp.onboardingWithinDays":
    "New customers: an onboarding call within this many days of the first purchase",
  "followUp.complaintFollowUpNextWorkingDay": "Follow up a resolved complaint the next working day",
  "followUp.complaintFollowUpLookbackDays":
    "Complaints resolved longer ago than this and never followed up are no longer planned",
  "followUp.birthdayCare": "A care contact on the customer's birthday (or the working day before)",
  "followUp.holidayCare": "Care contacts on the last working day before each festival",
  "followUp.holidayCareTiers": "Value tiers that get holiday care",
  "followUp.festivals":
    "Festivals for holiday care (the festival day); the built-in Spring Festival and Mid-Autumn with the CN calendar only; the US calendar adds Thanksgiving and Christmas",
  "followUp.careWindowDays":
    "Care goes on the last working day before the occasion; when that day is full, up to this many working days earlier (reaching back over a holiday)",
  "followUp.dailyCapacity": "Calls per owner per working day",
  "followUp.channelCapacity":
    "Per owner per working day on the other channels: visits 3 by default; e-mail and online unlimited (null); a visit that does not fit becomes a call",
  "followUp.maskContactDetails":
    "Mask phone numbers and e-mail addresses for sharing (e.g. 138****8000); on with --share",
  "followUp.staleDataWarningDays":
    "Warn that the data may be stale when the analysis date is this many days after the newest transaction",
  "followUp.absentOwners": "Owners away: their customers are covered in rotation by the others",
  "followUp.calendar":
    'Holiday calendar, no contacts on its days off: "CN" China\'s public holidays and make-up working days, "US" the US federal holidays (observed dates), "none" weekends only. Absent: chosen by the amounts\' currency ($: US; €, £, HK$: none; otherwise CN)',
  "followUp.holidays":
    "China's public holidays (YYYY-MM-DD), no contacts; default: 2025–2026; read with the CN calendar only",
  "followUp.makeUpWorkdays":
    "China's weekend days that are worked (make-up working days); CN calendar only",
  "followUp.extraHolidays":
    "Extra days off, with any calendar (China's lists end with 2026: add later years from the State Council notice)",
  "followUp.extraMakeUpWorkdays":
    "Extra working days (weekend days worked; with the US calendar also a federal holiday worked)",
  "followUp.marketingReasons":
    "Reasons that are marketing: only for customers who consented (003); default: birthday and holiday care",
  "followUp.channels": "Channel per reason",
  "followUp.cadenceChannels": "Channel of the regular contact by tier",
  "followUp.visitBusinessesOnly":
    "A regular contact by visit goes only to an organisation (customer type enterprise or government; no type: a company name such as …Co., Ltd. or …Inc., or a workbook whose name column says company or that sells on invoices); others get a phone call, as a shop, salon or clinic invites its customers in (default yes; no: visits as the channels say)",
  "followUp.priorities":
    "Band per reason: when capacity runs out, urgent → high → medium → low; within a band the contacts already late first, most days late first, then by value at stake, then due date; urgent contacts that miss their deadline go to the first free slot after it, marked overdue. late_onboarding: a welcome call whose first week passed before the analysis date (default high: after the urgent calls, first among the routine ones as it is late)",
  "followUp.placeFirst":
    'Reasons placed first within their band, before the value order (default none: urgent calls go by value at stake, so a big retention call is not kept waiting by welcome calls due the same day; ["onboarding"] puts every first-week welcome call first)',
  "followUp.cadencePriorities":
    "Band of the regular contact by tier (key accounts high by default)",
  "followUp.keyAccountOverdueDays":
    "A key account's regular contact overdue by this many days or more, and the customer silent that long past their own purchase rhythm, is placed with the urgent calls (already late: with the late ones, most days late first); null: never",
  "followUp.oneTimeBuyerCallTiers":
    "Value tiers whose one-time buyers at high risk still get a retention call; the others are listed for a retention campaign, which is then their one retention contact (no regular contact besides, nor a call for moving the wrong way since the last run; a birthday greeting they consented to still goes, as to every customer)",
  "satisfaction.csatPositiveMin": "Lowest overall score (1–5) counted as satisfied in CSAT",
  "satisfaction.npsPromoterMin": "Lowest likelihood-to-recommend score of an NPS promoter",
  "satisfaction.npsDetractorMax": "Highest likelihood-to-recommend score of an NPS detractor",
  "satisfaction.lowScoreMax":
    "Low score: any 1–5 score at or below this (2 = dissatisfied or worse)",
  "satisfaction.lowScoreLookbackDays": "List customers with a low score in this many days",
  "complaints.firstResponseHours": "First response limit in clock hours (003: 24 h)",
  "complaints.resolutionHours":
    "Resolution limit in clock hours: general 24, complex 48 (001 §5.1)",
  "complaints.repeatComplainerMin":
    "Customers with at least this many complaints are repeat complainers",
  "complaints.openAgeBucketsDays": "Age buckets of open complaints, in days",
  "model.enabled":
    "Fit the repeat-purchase model (MBG/NBD or BG/NBD) and the Gamma-Gamma model (expected purchases, expected next purchase, lifetime value; P(alive) in the JSON)",
  "model.repeatPurchaseModel":
    "Repeat-purchase model: mbgnbd (default; Batislam et al. 2007: a one-time buyer can also drop out, so their P(alive) falls the longer they stay silent) or bgnbd (Fader, Hardie & Lee 2005: every one-time buyer has P(alive) 100%). Not chosen by fit: on CDNOW their log-likelihoods differ by about 0.3, which is noise, while MBG/NBD ranks who comes back far better",
  "model.nextPurchaseMaxDays":
    "Expected next purchase: the day by which the chance of at least one purchase after the analysis date reaches 50%; blank when it does not within this many days",
  "model.timeUnitDays":
    "Model time unit in days; 7 = weeks, as in the BG/NBD paper and the CDNOW results",
  "model.purchaseHorizonDays": "Expected purchases are predicted over this many days",
  "model.clvHorizonMonths": "Customer lifetime value is summed over this many months",
  "model.monthlyDiscountRate":
    "Monthly discount rate of future spend (0.01 ≈ 12.7% a year, lifetimes' default)",
  "model.penalty":
    "L2 penalty on the parameters for stability on small data; 0 = none unless the fit does not settle, then 0.001 (with a warning); above 0 is used as set",
  "model.minCustomers": "With fewer buyers than this the model is skipped, with a note",
  "limits.worklistRows":
    "Rows a worklist tab (follow-up schedule, data quality) lists; past it a last row says how many more there are and where (the JSON result and the CSV files the command line writes beside the workbook are always complete)",
};

export const RULE_DOCS_ZH: Record<keyof typeof RULE_DOCS_EN, string> = {
  "ruleSet.version": "规则文件格式版本",
  "ruleSet.asOf":
    "分析日期，写法同 --as-of（2025-12-31、2025/12/31、20251231、2025年12月31日、31 Dec 2025）；不填则为运行当天。不计入规则哈希",
  "ruleSet.currency":
    "报告中金额显示的币种：USD 或 $、CNY 或 ¥、EUR、GBP、HKD。不填则用数据所写的（币种列、金额上的符号、金额列标题），都没有时为 ¥。金额不做换算，所以数据混有多种货币时不显示货币符号。不计入规则哈希",
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
  "lifecycle.matureAfterDays":
    "首次购买已满这么多天、至少在三天购买过且趋势平稳为成熟期。只在两天购买过的客户，首次购买未满这么多天为成长期，满后为衰退期（这么久只有一个间隔：其复购率与衰退期相当）",
  "lifecycle.trendPeriodDays":
    "趋势：比较最近这么多天与之前同样长的一段。复购客户在最近这段内没有购买、且未购买的天数已超过自身节奏（有 3 个及以上间隔的，还须超过其自身平均间隔）的，或只在两天购买过的（一个间隔不成节奏），为衰退期",
  "lifecycle.growthChange":
    "成长期：既非新客户也未衰退的客户，只购买过一次、或首次购买未满 lifecycle.matureAfterDays 天（只在两天购买过的客户仅限于此：一个间隔不成节奏）、或（本项）购买天数比前一段增长至少此比例且统计上显著，即为成长期",
  "lifecycle.declineChange":
    "购买天数下降至少此比例（且统计上显著）为衰退期；有购买节奏（至少在三天购买过）、在节奏内购买且次数与金额都未下降的客户绝不判为衰退",
  "lifecycle.trendSignificance":
    "趋势须经单侧二项检验（购买率不变时两段购买天数各占一半）在此水平上显著，否则视为正常波动",
  "lifecycle.minTrendPurchases": "两段合计购买天数少于此数时不判断趋势",
  "lifecycle.overdueFactor":
    "超过自身稳健购买节奏的这么多倍未购买为衰退期（节奏 = 全部历史的平均购买间隔，向总体收缩，且不低于总体下限；购买率不变的客户沉默 3 倍节奏的概率约 5%）",
  "lifecycle.wonBackWithinDays": "在流失长度的间隔后再次购买、且在这么多天内，为回流客户",
  "lifecycle.typicalGap.oneTimeBuyerDays":
    "只购买过一次的客户没有自己的节奏：null = 用所有复购客户典型间隔的中位数，或填固定天数",
  "lifecycle.typicalGap.fallbackDays": "没有任何复购客户时使用的间隔（天）",
  "lifecycle.typicalGap.minDays": "典型间隔的下限（天）",
  "lifecycle.typicalGap.populationFloorGaps":
    "总体下限完全适用的间隔数；间隔更多时按比例减弱（不低于典型间隔下限）",
  "lifecycle.typicalGap.populationFloorShare": "节奏的总体下限：不低于总体节奏的此比例",
  "churn.churnedAfterDays":
    "流失期：连续这么多天未购买的客户视为已流失（约每年购买一次、自身平均间隔 300–430 天的客户从 430 天起；风险等级“待挽回”，列入挽回活动，不计入“有风险”客户）",
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
  // The service sections, the model and the limits (rules/service.ts, model.ts, limits.ts).
  "followUp.horizonDays": "回访计划覆盖的天数（从分析日期起）",
  "followUp.cadenceDays":
    "定期回访间隔（天），按价值层级：高价值每两周（002“至少每两周”），中价值每月，低价值每季度；从最近一次跟进记录或最近一次购买（取较晚者，见下一项）起算",
  "followUp.cadenceRhythmShare":
    "客户购买间隔长于定期回访间隔时：下一次定期回访距最近一次跟进或购买不早于其自身购买间隔的这一比例（默认 0.5：约每 185 天保养一次的车主约每 93 天回访一次，而不是每 14 天），如客户按自身节奏应再次购买的日子更早，则在那一天回访；仅适用于流失风险低且尚未超过该日的客户（中、高风险或已逾期的客户按层级间隔）；设为 0 即不按客户节奏调整（高价值每两周，同 002）",
  "followUp.cadenceRestartsOnPurchase":
    "客户购买后定期回访重新计时（默认是：客户刚下单即视为保持联系，不再因数月前的跟进记录而显示“逾期”）；投诉回访、新客户回访、挽留联系不受影响",
  "followUp.cadenceCatchUpWorkingDays":
    "已不再使用（保留以便设置了此项的规则文件仍可读取）：分析日期时已到期的联系先于未到期的联系安排，按涉及金额从高到低，排在最早的空位",
  "followUp.winBackChurnedCustomers":
    "已流失客户是否也逐一安排挽回电话（默认否：列入未排入清单，建议做批量挽回活动）",
  "followUp.winBackWithinWorkingDays":
    "挽留联系（高流失风险且超出自身购买周期，或复购客户久未购买：见 docs/DESIGN.md 的“The follow-up schedule”一节）须在几个工作日内完成",
  "followUp.moneyOwedGraceDays":
    "发票逾期多少天后才打催款电话（仅因欠款而联系的客户；默认 15 天）：在这些天满后的第一个工作日安排联系，届时仍未付款才打；设为 0 即发票一逾期就联系",
  "followUp.bereavementPauseDays":
    "跟进记录写明客户家中有丧事或宠物去世（如她母亲去世了、狗狗去世了；默认 30 天）后，这些天内不安排推销或挽留联系，到期联系一次，之后照常；投诉回访和欠款催收照常；设为 0 即不暂停",
  "followUp.renewalLeadDays":
    "客户表写有续约日期（续约日期、合同到期日、Renewal Date）且在计划期内的客户：定期联系最迟在续约日前这么多天（默认 21 天），在客户做决定前沟通；设为 0 即在续约当天联系",
  "followUp.maternityPauseDays":
    "跟进记录写明客户怀孕（如怀孕了，生完宝宝再来；默认 300 天：孕期余下的时间加产后一个月）后，这些天内不安排推销或挽留联系，到期联系一次，之后照常；写明产后（在坐月子、哺乳期）的最多暂停 42 天；此后有购买即结束；投诉回访和欠款催收照常；设为 0 即不暂停",
  "followUp.movedWrongWayWithinWorkingDays":
    "自上次运行以来分类下滑的客户（如重要价值客户 → 重要挽留客户、风险低 → 高）须在几个工作日内联系。仅因只在两天购买过、首次购买已满 lifecycle.matureAfterDays 天而进入衰退期，且仍在自身购买节奏内的客户除外",
  "followUp.onboardingWithinDays": "新客户首次购买后几天内做首次回访",
  "followUp.complaintFollowUpNextWorkingDay": "投诉解决后的下一个工作日回访",
  "followUp.complaintFollowUpLookbackDays": "解决超过这么多天且未回访的投诉不再安排回访",
  "followUp.birthdayCare": "客户生日当天（或之前最近的工作日）安排关怀联系",
  "followUp.holidayCare": "节日前最后一个工作日安排关怀联系",
  "followUp.holidayCareTiers": "节日关怀覆盖的价值层级",
  "followUp.festivals":
    "关怀的节日（日期为节日当天）；内置的春节、中秋节只用于 CN 日历；US 日历另加感恩节、圣诞节",
  "followUp.careWindowDays":
    "关怀联系安排在节日（或生日）前最后一个工作日；当天名额已满时最多再提前几个工作日（跨越假期向前）",
  "followUp.dailyCapacity": "每位负责人每个工作日最多电话联系的客户数",
  "followUp.channelCapacity":
    "其他联系方式每位负责人每个工作日的上限：拜访默认 3 个；邮件、在线默认不限（null）；拜访排不下时改为电话",
  "followUp.maskContactDetails":
    "对外共享时隐藏电话和邮箱的中间部分（如 138****8000）；命令行 --share 时自动开启",
  "followUp.staleDataWarningDays": "分析日期晚于最新交易超过这么多天时提示数据可能过期",
  "followUp.absentOwners": "计划期内不在岗的负责人：其客户由其他负责人轮流接待",
  "followUp.calendar":
    '节假日日历，放假日不安排联系："CN" 中国法定节假日和调休，"US" 美国联邦假日（按实际放假日），"none" 只避开周末。不填则按金额的币种选择（$：US；€、£、HK$：none；其他：CN）',
  "followUp.holidays":
    "中国法定节假日（YYYY-MM-DD），不安排联系；默认 2025–2026 年国务院放假安排；只用于 CN 日历",
  "followUp.makeUpWorkdays": "中国调休上班的周末日期（YYYY-MM-DD）；只用于 CN 日历",
  "followUp.extraHolidays":
    "追加的放假日，任何日历都适用（中国的日历只到 2026 年；按国务院放假通知填写以后年份）",
  "followUp.extraMakeUpWorkdays":
    "追加的上班日（调休上班的周末；用 US 日历时也可以是照常上班的联邦假日）",
  "followUp.marketingReasons":
    "属于营销的回访原因：只对同意营销联系的客户安排（003）；默认为生日关怀、节日关怀",
  "followUp.channels": "各回访原因的联系方式",
  "followUp.cadenceChannels": "定期回访的联系方式，按价值层级",
  "followUp.visitBusinessesOnly":
    "定期回访为拜访时，只拜访单位客户（客户类型为企业或政府；未填类型时，名称为单位名称如“…有限公司”，或工作簿以公司名称列出客户、按发票销售）；其他客户改为电话，因门店、美容院、诊所是请客户到店而非上门拜访（默认是；否：按联系方式设置拜访）",
  "followUp.priorities":
    "各回访原因的优先级：名额不足时按紧急→高→中→低安排，同一优先级内已逾期的先排（逾期天数多的在前），再按涉及金额从高到低、再按应回访日期；紧急联系排不进期限时安排在期限后第一个空位并标为逾期。late_onboarding：分析日期前已过首周的新客户回访（默认为高：排在紧急联系之后，因已逾期排在常规联系之前）",
  "followUp.placeFirst":
    '在同一优先级内先于按金额排序安排的回访原因（默认无：紧急联系按涉及金额排序，大额挽留电话不再排在同日到期的新客户回访之后；设为 ["onboarding"] 则新客户首周回访一律优先）',
  "followUp.cadencePriorities": "定期回访的优先级，按价值层级（默认重点客户为高）",
  "followUp.keyAccountOverdueDays":
    "重点客户的定期回访逾期达到此天数、且客户超出自身购买周期未购买也达到此天数时，与紧急联系一起安排（已逾期，与其他逾期联系一起按逾期天数从多到少）；null 表示不提前",
  "followUp.oneTimeBuyerCallTiers":
    "只购买过一次的高风险客户中，仍逐一电话挽留的价值层级；其余列入挽留活动名单（批量短信或邮件），活动即其唯一的挽留联系，不再另排定期回访或因较上次运行分类下滑的电话（同意营销联系的客户，生日问候照常，与其他客户相同）",
  "satisfaction.csatPositiveMin": "CSAT 计为满意的最低总体评分（1–5 分制）",
  "satisfaction.npsPromoterMin": "NPS 推荐者的最低分（0–10）",
  "satisfaction.npsDetractorMax": "NPS 贬损者的最高分（0–10）",
  "satisfaction.lowScoreMax": "低分：任一 1–5 分项不高于此值（2 = 不满意、非常不满意）",
  "satisfaction.lowScoreLookbackDays": "列出近多少天内有低分的客户",
  "complaints.firstResponseHours": "首次响应时限（自然小时，003“24小时内”）",
  "complaints.resolutionHours": "解决时限（自然小时）：一般 24、复杂 48（001 §5.1）",
  "complaints.repeatComplainerMin": "投诉次数达到此值的客户为重复投诉客户",
  "complaints.openAgeBucketsDays": "未解决投诉的账龄分段（天）",
  "model.enabled":
    "是否拟合复购模型（MBG/NBD 或 BG/NBD）与 Gamma-Gamma 模型（预期购买次数、预计下次购买日、客户终身价值；存活概率只在 JSON 中）",
  "model.repeatPurchaseModel":
    "复购模型：mbgnbd（默认，Batislam 等 2007：只买过一次的客户也可能流失，沉默越久存活概率越低）或 bgnbd（Fader、Hardie 与 Lee 2005：只买过一次的客户存活概率恒为 100%）。不按拟合优度自动选择：CDNOW 上两者对数似然只差约 0.3，属于噪声，而 MBG/NBD 对“谁会回来”的排序明显更好",
  "model.nextPurchaseMaxDays":
    "预计下次购买日：分析日之后“至少购买一次”的概率达到 50% 的那一天；在此天数内达不到 50% 则留空",
  "model.timeUnitDays": "模型时间单位（天），默认 7 = 周，与 BG/NBD 论文和 CDNOW 结果一致",
  "model.purchaseHorizonDays": "预期购买次数的预测天数",
  "model.clvHorizonMonths": "客户终身价值（CLV）的计算月数",
  "model.monthlyDiscountRate": "未来消费的月折现率（0.01 ≈ 年 12.7%，lifetimes 默认值）",
  "model.penalty":
    "参数的 L2 惩罚（小数据时提高稳定性）：0 表示不用，除非拟合不稳定，此时改用 0.001（并给出警告）；大于 0 时按所设值",
  "model.minCustomers": "有购买的客户少于此数时不拟合模型（并说明原因）",
  "limits.worklistRows":
    "工作清单（回访计划、数据质量）在工作表中最多列出的行数；超出部分以最后一行说明还有多少行及其位置（JSON 结果与命令行在工作簿旁写出的 CSV 文件中总是完整的）",
};
