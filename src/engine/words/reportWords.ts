/**
 * Words of the report tabs' frame (src/engine/report): the tabs' names (outputTabs.ts), the
 * Customer segments tab's column headers, keyed by column key (segmentsTab.ts, tabs.ts), the run
 * log's headers (runLogTab.ts), the worklist cap's summary row (limits.ts), and the analysis notes
 * the engine writes on tabs and into the JSON (backtest, churn learning, new data since last run).
 */
export const TAB_NAMES_EN = {
  segments: "Customer segments",
  followUps: "Follow-up schedule",
  satisfaction: "Satisfaction",
  complaints: "Complaint analysis",
  overview: "Overview",
  dataQuality: "Data quality",
  customerList: "Customer list",
  runLog: "Run log",
  changes: "Changes",
  validation: "Validation",
  /** Customers at high or medium churn risk, biggest value at stake first (report/atRiskTab.ts). */
  atRisk: "At-risk customers",
  /** The hidden state tab in messages and headers (its sheet name, CA_run_state, is technical). */
  runState: "Run state (hidden)",
};

export const TAB_NAMES_ZH: Record<keyof typeof TAB_NAMES_EN, string> = {
  segments: "客户分类",
  followUps: "回访计划",
  satisfaction: "满意度",
  complaints: "投诉分析",
  overview: "概览",
  dataQuality: "数据质量",
  customerList: "客户清单",
  runLog: "运行日志",
  changes: "变化",
  validation: "模型验证",
  atRisk: "流失风险名单",
  runState: "运行状态（隐藏表）",
};

/** The Customer segments tab's headers, by column key; `{months}` is the window's words. */
export const SEGMENT_COLUMNS_EN = {
  months: "{months} months",
  id: "Customer ID",
  name: "Name",
  type: "Type",
  owner: "Owner",
  region: "Region",
  firstPurchase: "First purchase",
  lastPurchase: "Last purchase",
  orders: "Orders",
  recencyDays: "Days since last purchase",
  frequency: "Purchase days ({window})",
  monetary: "Spend ({window})",
  rScore: "R score",
  fScore: "F score",
  mScore: "M score",
  rfmSegment: "RFM segment",
  valueClass: "Value class",
  valueTier: "Value tier",
  lifecycleStage: "Lifecycle stage",
  churnRiskProbability: "Churn risk (chance of no purchase)",
  churnRiskLevel: "Churn risk level",
  churnRiskReasons: "Risk reasons",
  /** Added by the later analyses (report/tabs.ts). */
  nextFollowUp: "Next follow-up",
  expectedPurchases: "Expected purchases ({days} days)",
  clv: "Lifetime value ({months} months)",
  expectedNextPurchase: "Expected next purchase",
};

export const SEGMENT_COLUMNS_ZH: Record<keyof typeof SEGMENT_COLUMNS_EN, string> = {
  months: "近 {months} 个月",
  id: "客户编号",
  name: "客户名称",
  type: "客户类型",
  owner: "负责人",
  region: "地区",
  firstPurchase: "首次购买",
  lastPurchase: "最近购买",
  orders: "订单数",
  recencyDays: "距上次购买天数",
  frequency: "购买天数（{window}）",
  monetary: "消费金额（{window}）",
  rScore: "R 分",
  fScore: "F 分",
  mScore: "M 分",
  rfmSegment: "RFM 分群",
  valueClass: "价值分类",
  valueTier: "价值层级",
  lifecycleStage: "生命周期阶段",
  churnRiskProbability: "流失风险（不再购买的概率）",
  churnRiskLevel: "流失风险等级",
  churnRiskReasons: "风险原因",
  nextFollowUp: "下次回访",
  expectedPurchases: "预期购买次数（{days} 天）",
  clv: "客户终身价值（{months} 个月）",
  expectedNextPurchase: "预计下次购买日",
};

/**
 * Headers of columns taken off a tab (outputTabs.ts RETIRED_COLUMNS): no run writes them; the add-in
 * deletes a live table's column under either language's header before a refresh copies the new
 * layout in, so a user's reference to it turns #REF! and every other keeps its column.
 */
export const RETIRED_COLUMNS_EN = {
  /** Segments tab, taken off at stop 36 (report/tabs.ts says why). */
  pAlive: "P(alive)",
  /** Run log, taken off at stop 44: no run writes a Customer list tab (outputTabs.ts). */
  customerListRows: "Customer list rows",
};

export const RETIRED_COLUMNS_ZH: Record<keyof typeof RETIRED_COLUMNS_EN, string> = {
  pAlive: "存活概率",
  customerListRows: "客户清单输出行数",
};

/** The run log's headers (runLogTab.ts). */
export const RUN_LOG_EN = {
  at: "Run at",
  source: "Run from",
  ruleSetVersion: "Rule-set version",
  ruleSetHash: "Rule-set hash",
  analysisDate: "Analysis date",
  /** An input sheet's row count: `{sheet}` one of the names below, `{count}` read/used/rejected. */
  sheetCount: "{sheet} {count}",
  customers: "Customers",
  transactions: "Transactions",
  surveys: "Surveys",
  complaints: "Complaints",
  contacts: "Contacts",
  visits: "Visits",
  subscriptions: "Subscriptions",
  read: "rows read",
  used: "rows used",
  rejected: "rows rejected",
  /** An output tab's row count. */
  tabRows: "{tab} rows",
  durationSeconds: "Duration (s)",
  warnings: "Warnings",
};

export const RUN_LOG_ZH: Record<keyof typeof RUN_LOG_EN, string> = {
  at: "运行时间",
  source: "运行方式",
  ruleSetVersion: "规则版本",
  ruleSetHash: "规则哈希",
  analysisDate: "分析日期",
  sheetCount: "{sheet}{count}",
  customers: "客户",
  transactions: "交易",
  surveys: "满意度调查",
  complaints: "投诉",
  contacts: "跟进记录",
  visits: "上课签到",
  subscriptions: "订阅",
  read: "读取行数",
  used: "使用行数",
  rejected: "未用行数",
  tabRows: "{tab}输出行数",
  durationSeconds: "耗时（秒）",
  warnings: "警告",
};

/** The row that ends a capped worklist (limits.ts), and where the full lists are by default. */
export const LIMITS_EN = {
  moreRows:
    "{more} more {more|row|rows} not shown (of {total}; more than the rule set's limits.worklistRows); the complete list is in {where}",
  jsonResult: "the command line's JSON result (--json)",
  /** The marker that ends a text cut at Excel's cell limit. */
  cutMarker:
    "… [cut: {length} characters, more than an Excel cell holds ({limit}); full text in the JSON result]",
};

export const LIMITS_ZH: Record<keyof typeof LIMITS_EN, string> = {
  moreRows:
    "还有 {more} 行未列出（共 {total} 行，超过规则集 limits.worklistRows 的上限）；完整列表见{where}",
  jsonResult: "命令行的 JSON 结果（--json）",
  cutMarker: "…［已截断：原文 {length} 字符，超过 Excel 单元格上限 {limit}；全文见 JSON 结果］",
};

/**
 * Notes of the analysis (on the tabs and in the JSON): why the backtest or churn learning could
 * not run, what the backtest found in one sentence, and a refresh with little new data.
 */
export const ANALYSIS_NOTES_EN = {
  noBacktestHistory:
    "Less than two horizons (2 × {days} days) of history: there is no earlier prediction to compare with what happened, so no backtest.",
  /** `{figures}` is shortHistoryFigures. */
  backtestTooShort: "Too little history at {date} to run the backtest ({figures}).",
  backtestHighLow:
    "Of the customers this analysis would have called high risk on {date}, {high} did not buy in the next {days} days; of those called low risk, {low}.",
  backtestAll:
    "Of the customers on {date}, {share} did not buy in the next {days} days; churn risk ranked them with AUC {auc}.",
  backtestSample:
    "Measured on a sample of {sampled|#} of the {buyers|#} customers who have bought (the same share of each lifecycle stage).",
  learnTooShort:
    "Too little history to learn churn risk from ({figures}): the default weights are used, so the probabilities rank customers but are not calibrated.",
  learnSeasonShift:
    "Churn risk is not learned from who bought between {from} and {to}: those months are another season than the {days} days ahead ({figures}). The default weights are used, so the probabilities rank customers but are not calibrated.",
  seasonShiftFigures:
    "a year earlier, {learned} of the customers bought in those months and {ahead} in the months after them",
  shortHistoryFigures:
    "{customers|# customer|# customers} one horizon back, {buyers|#} bought and {nonBuyers|#} did not; at least {minCustomers|#} and {minEach|#} of each are needed",
  littleNewData:
    "Only {since|# transaction has|# transactions have} been added since the previous analysis ({previous}); the past year's pace would give about {usual} in {days|# day|# days}. Most “{worse}” movements on the {tab} tab then come from time passing, not from what customers did. Add the new transactions before comparing, or analyse as of {previous} (no time passes then; an analysis dated later than the analysis date is not compared with).",
  /** littleNewData when none was added ("Only 0 transactions have been added" read oddly: tester45 #7). */
  noNewData:
    "No transaction has been added since the previous analysis ({previous}); the past year's pace would give about {usual} in {days|# day|# days}. Most “{worse}” movements on the {tab} tab then come from time passing, not from what customers did. Add the new transactions before comparing, or analyse as of {previous} (no time passes then; an analysis dated later than the analysis date is not compared with).",
  /**
   * The --previous run's run-log rows dated after this analysis, left out of its run log and KPI
   * trend (analyze.ts laterHistory): said on its own, or after the not-compared note (alsoNote).
   */
  laterHistoryLeftOut:
    "{log} has {runs|# analysis|# analyses} dated after this one ({dates}): {runs|it is|they are} not carried into this run's run log and KPI trend, which end at {asOf}.",
  /** Whose run log: the file's, or the previous analysis's when the run does not know its file. */
  laterHistoryFile: "The run log of {file}",
  laterHistoryNoFile: "The run log of the previous analysis",
  /**
   * The workbook's own runs dated after this analysis (a past month re-run): kept on its run log
   * tab, its record of runs, and left out of this run's KPI trend (history.ts runHistory).
   */
  laterHistoryOnLog:
    "{log} has {runs|# analysis|# analyses} dated after this one ({dates}): {runs|it stays|they stay} on the run log but {runs|is|are} left out of this run's KPI trend, which ends at {asOf}.",
  laterHistoryWorkbook: "The workbook's run log",
  /** Two analysis dates, the first and the last of several. */
  dateRange: "{from} to {to}",
  /**
   * A learned churn model's features the history could not teach (churn/learn.ts keptNote):
   * `{parts}` is keptConstant / keptFew joined by keptJoin.
   */
  learnedKeptDefault:
    "Churn risk is learned from the customers as of {date}, except {parts}: {count|it keeps its|they keep their} default weight, as the history cannot teach {count|it|them}.",
  keptConstant: "{feature} (the same for all {customers|#} customers on that date)",
  keptFew:
    "{feature} (only {cases|#} of the {customers|#} customers had one on that date; {min|#} are needed)",
  keptJoin: "; ",
  feature_overdueVsRhythm: "overdue against the own rhythm",
  feature_recency: "days since the last purchase",
  feature_frequency: "purchase days",
  feature_spend: "spend",
  feature_age: "time as a customer",
  feature_countTrend: "the purchase days' trend",
  feature_spendTrend: "the spend's trend",
  feature_modelNoPurchase: "the repeat-purchase model",
  feature_lowSatisfaction: "a low satisfaction score",
  feature_npsDetractor: "a detractor's recommend score",
  feature_openComplaints: "open complaints",
  feature_lateComplaints: "complaints answered late",
  feature_noRecentContact: "no recent contact",
  /** A note after another in one warning. */
  alsoNote: "{first} {second}",
};

export const ANALYSIS_NOTES_ZH: Record<keyof typeof ANALYSIS_NOTES_EN, string> = {
  noBacktestHistory:
    "历史不足两个预测周期（2 × {days} 天），无法回测：没有可与实际结果比较的早期预测。",
  backtestTooShort: "回测所需的早期历史太少（{date} 时点：{figures}），无法检验。",
  backtestHighLow:
    "在 {date} 被判为高风险的客户中，{high} 在随后 {days} 天内没有购买；被判为低风险的客户中，这一比例为 {low}。",
  backtestAll:
    "在 {date} 的客户中，{share} 在随后 {days} 天内没有购买；按流失风险排序的 AUC 为 {auc}。",
  backtestSample:
    "（按已购客户 {buyers|#} 位中抽取的 {sampled|#} 位测算，各生命周期阶段按同一比例抽取。）",
  learnTooShort:
    "历史数据不足以学习流失风险（{figures}）：改用默认权重，概率可用于排序，但未经校准。",
  learnSeasonShift:
    "流失风险未按 {from} 至 {to} 期间谁购买来学习：那几个月与未来 {days} 天不是同一季节（{figures}）。改用默认权重，概率可用于排序，但未经校准。",
  seasonShiftFigures: "一年前，{learned} 的客户在那几个月购买，{ahead} 在其后的几个月购买",
  shortHistoryFigures:
    "前一周期时点 {customers|#} 位客户，其中 {buyers|#} 位随后购买、{nonBuyers|#} 位未购买；至少需要 {minCustomers|#} 位且每类至少 {minEach|#} 位",
  littleNewData:
    "自上次分析（{previous}）以来只有 {since|#} 笔新交易（按过去一年的节奏，{days} 天通常约有 {usual} 笔）：“{tab}”中的“{worse}”多半只是时间过去了，而不是客户的行为。请先补充新交易再比较，或按 {previous} 分析（这样没有时间流逝带来的变化；日期晚于分析日期的上次分析不用于比较）。",
  noNewData:
    "自上次分析（{previous}）以来没有新交易（按过去一年的节奏，{days} 天通常约有 {usual} 笔）：“{tab}”中的“{worse}”多半只是时间过去了，而不是客户的行为。请先补充新交易再比较，或按 {previous} 分析（这样没有时间流逝带来的变化；日期晚于分析日期的上次分析不用于比较）。",
  laterHistoryLeftOut:
    "{log}中有 {runs|#} 次分析晚于本次分析（{dates}）：未并入本次的运行日志和指标趋势（截至 {asOf}）。",
  laterHistoryFile: "{file} 的运行日志",
  laterHistoryNoFile: "上次分析的运行日志",
  laterHistoryOnLog:
    "{log}中有 {runs|#} 次分析晚于本次分析（{dates}）：仍保留在运行日志中，但未计入本次的指标趋势（截至 {asOf}）。",
  laterHistoryWorkbook: "工作簿的运行日志",
  dateRange: "{from} 至 {to}",
  learnedKeptDefault:
    "流失风险按 {date} 时点的客户学习；以下 {count} 项特征无法从历史中学到，沿用默认权重：{parts}。",
  keptConstant: "“{feature}”（该时点 {customers|#} 位客户全都相同）",
  keptFew: "“{feature}”（该时点 {customers|#} 位客户中只有 {cases|#} 位有，至少需要 {min|#} 位）",
  keptJoin: "、",
  feature_overdueVsRhythm: "超出自身购买节奏",
  feature_recency: "距上次购买天数",
  feature_frequency: "购买天数",
  feature_spend: "消费金额",
  feature_age: "成为客户的时长",
  feature_countTrend: "购买天数的趋势",
  feature_spendTrend: "消费金额的趋势",
  feature_modelNoPurchase: "购买规律模型",
  feature_lowSatisfaction: "满意度低分",
  feature_npsDetractor: "推荐意愿低分",
  feature_openComplaints: "未解决的投诉",
  feature_lateComplaints: "处理超时的投诉",
  feature_noRecentContact: "近期未联系",
  alsoNote: "{first}{second}",
};
