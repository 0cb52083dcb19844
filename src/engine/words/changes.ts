/**
 * Words of "what changed since the last refresh" (issue 12; owned by helper "changes"): the
 * dimensions a customer moves in, the follow-up reason of a customer who moved the wrong way, the
 * Changes tab's headings, list words and mover reasons, and the names of the headline KPIs.
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
  /** "since …" after the moves of a follow-up reason. */
  sinceAfterMoves: " since {date}",

  // The Changes tab (report/changesTab.ts).
  title: "What changed since the last analysis",
  previousDate: "Previous analysis date",
  thisDate: "This analysis date",
  unknownDate: "unknown",
  previousFrom: "Previous results from",
  /** The previous result holds no service signals: the refit cannot be told (reviewer43 D7). */
  refitUntold: "Churn model refit",
  refitUntoldNote:
    "not told apart: the previous results hold no survey, complaint or contact signals, so churn-level moves that come from the model's refit on this run's data are counted with the customers' own, as right or wrong way. Give the previous workbook as --previous to tell them apart",
  source_run: "the previous run",
  source_state: "the run-state tab in the workbook",
  source_segments: "the previous Customer segments tab",
  source_json: "an earlier JSON result",
  /** Where the previous run was read from, when the run knows the file: its name, then the source. */
  previousFile: "{file} ({source})",
  /** The same, read from the output this run replaced (Snapshot.replacedOutput): not this file as it is now. */
  previousReplacedFile: "{file} as it was before this run replaced it ({source})",
  /** The comparison left out: the run to compare with is later (changes/laterRun.ts). */
  laterRunNotCompared:
    "Not compared with the previous analysis: it is dated {previous}, later than this analysis ({asOf}), and comparing with it would run time backwards. This analysis is complete as of {asOf}; to see what changed, compare with an analysis dated {asOf} or earlier, or analyse as of {previous} or later.",
  /** The workbook's own later run keeps its run state (changes/laterRun.ts laterOwnRun). */
  laterRunStateKept:
    "The workbook's run state of {kept} is kept, not replaced by this analysis of {asOf}: the next refresh compares with the run of {kept}.",
  /** A re-run at the workbook's last run's date replaces its comparison (changes/laterRun.ts sameDateRerunWarning); {tab}: the Changes tab's sheet. */
  sameDateRerun:
    "This analysis has the same date as the workbook's last run ({asOf}), so the {tab} tab compares with that run (only data edited since shows) and no longer shows what changed since {earlier}; nor does the follow-up schedule give customers who moved the wrong way since {earlier} their call. To see that again, compare with the run of {earlier}: on the command line, analyse this workbook with --previous <the workbook or JSON result of {earlier}>.",
  /** A re-run at the workbook's last run's date compares with the run that run compared with (changes/laterRun.ts sameDatePrior). */
  sameDateRerunPrior:
    "This analysis has the same date as the workbook's last run ({asOf}): as that run did, the {tab} tab and the follow-up schedule's wrong-way calls compare with the run of {earlier}, which the workbook keeps, so this re-run shows the changes since {earlier} again, with the data edited since.",
  ruleSet: "Rule set",
  rulesChanged:
    "The rules changed ({from} → {to}): the movements below mix changes in customers with changes in the rules",
  defaultRulesUpdated:
    "The program's default rules were updated ({from} → {to}); your rules are the defaults: the movements below mix changes in customers with the program's update",
  rulesUnchanged: "Unchanged",
  rulesUnknown: "Previous rules unknown",
  /** The program's judgment rules (rules/judgmentVersion.ts), said only when they changed. */
  judgmentRules: "Program's judgment rules",
  judgmentChanged:
    "Updated since the previous run (version {from} → {to}): the movements below mix changes in customers with changes in how the program judges stage, churn risk and calls",
  judgmentChangedEarlier:
    "Updated since the previous run (made by an earlier version; now version {to}): the movements below mix changes in customers with changes in how the program judges stage, churn risk and calls",
  /** The program's reading of the data (rules/readingVersion.ts), said when it changed and read purchases anew. */
  readingRules: "Program's reading of the data",
  readingChanged:
    "Updated since the previous run ({versions}): customers listed as Data changed whose purchases differ are counted the new way, not corrected in the data",
  /** The two reading versions, inside a sentence's brackets. */
  readingVersions: "version {from} → {to}",
  readingVersionsEarlier: "the previous run was read by an earlier version; now version {to}",
  customersBefore: "Customers before",
  customersNow: "Customers now",
  move_worse: "Wrong way",
  move_better: "Right way",
  /** The churn risk one way, the lifecycle stage or value the other (changes/direction.ts moveDirection). */
  move_mixed: "Mixed",
  move_sideways: "Sideways",
  move_same: "Unchanged",
  move_new: "New",
  move_cutOffs: "Cut-offs moved",
  /**
   * Only the churn risk level moved, by the model's refit: on the other customers' changed data at
   * the same date, or a fall at a later date with nothing of the customer's that lowers it.
   */
  move_refit: "Churn model refit",
  move_dataChanged: "Data changed",
  /** Moved by the program's judgment rules changed at the same date and data (compare.ts MOVES). */
  move_program: "Program updated",
  /** Into decline by the calendar alone: two purchase days, the first now matureAfterDays old. */
  move_byTime: "Time alone",
  removed: "Removed",
  matrixTitle: "{dimension}: before (rows) → now (columns)",
  customersMoved: "Customers moved",
  movedRevenueShare: "Share of previous revenue that moved",
  beforeNow: "Before \\ now",
  total: "Total",
  revenueBefore: "Revenue before",
  revenueMoved: "Revenue moved (%)",
  customerList: "Customers",
  col_list: "List",
  col_id: "Customer ID",
  col_name: "Name",
  col_owner: "Owner",
  col_spendBefore: "{months}-month spend before",
  col_spendNow: "{months}-month spend now",
  col_churnBefore: "Churn probability before (%)",
  col_churnNow: "Churn probability now (%)",
  col_reason: "What changed",
  removedReason: "No longer on the Customers sheet (was there on {date})",
  addedReason: "Added since the last analysis",
  /** Above a long list (report/changesTab.ts LONG_LIST_ROWS): it prints whole; a filter prints part. */
  listPrintWhole:
    "Printing this tab prints the matrices and all {count} {count|customer|customers} listed below. To print part of the list, filter it first (by owner or list, say): only the rows the filter shows print.",
  /** Above the list: which way a customer moved (changes/direction.ts moveDirection). */
  /** Its label, in column A (repeated on the page beside): the rule's two parts follow. */
  listRuleLabel: "Which way",
  listRule:
    "The churn risk level decides first (higher: wrong way, lower: right way); with the level unchanged, the lifecycle stage (into decline or churned: wrong way, out of them: right way); then the value measures (RFM segment, value class, tier; a fall alone does not count for a customer who bought since). Mixed: the risk level and the stage moved opposite ways, or the churn probability moved {points} points or more against the stage or value move. In each list, risk level moves come first, then stage moves, then value moves, each by spend.",
  /** The rule's second part, printed on the page beside (tester52 L2: one paragraph was cut across the pair). */
  listRuleMore:
    "Sideways: a classification moved, neither way by this rule (the lifecycle stage among new, growth, mature and returned; an RFM segment to one of equal rank, such as new ↔ promising; a value measure that fell for a customer who bought since; a first risk level after a first purchase). Time alone: a move the wrong way of a customer with nothing bought, returned or told since, no contact, the same spend (but for purchases that left the window), only the days since its last purchase grown (not into decline, churned or high risk: those stay the wrong way).",
  /** The input sheets row: sheets the previous run read and this one did not (stop 31 tester #5). */
  inputSheets: "Input sheets",
  sheetsLeftOut:
    "The previous run also read {sheets}; this one did not: some of the movements below come from that, not from the customers",
  sheetsAdded:
    "This run also read {sheets}; the previous one did not: some of the movements below come from that, not from the customers",
  sheetsSeparator: ", ",
  /** A code a run did not give (a prospect's value tier, lifecycle stage or risk level). */
  none: "none",

  // A mover's reason ("Value class Important value → Important win-back (since …); spend 9,000 → 800").
  move: "{dimension} {from} → {to}",
  figure: "{figure} {from} → {to}",
  figure_spend: "spend",
  figure_purchaseDays: "purchase days",
  figure_lastPurchase: "last purchase",
  figure_churnProbability: "churn probability",
  /** At a later date with spend, purchase days and last purchase unchanged: the time that passed. */
  figure_daysSinceLastPurchase: "days since the last purchase {from} → {to}",
  /**
   * The same for a customer read by her visits (changes/snapshot.ts lastVisit): the days since her
   * last visit (newuser62 M4: "days since the last purchase 330 → 349" for a student attending weekly).
   */
  figure_daysSinceLastVisit: "days since the last {one} {from} → {to}",
  /** A customer read by her visits who visited since the previous run: that visit's day. */
  figure_lastVisitOn: "last {one} {date}",
  /** Before a reason, when the previous run is of an earlier date (a re-run's would say "since today"). */
  sinceBeforeReason: "Since {date}: {reason}",
  /** A customer whose purchases up to the previous date changed between the runs (MOVES dataChanged). */
  dataChangedReason:
    "purchases up to {date} differ from the data the previous run read (corrected, added late or removed), not new buying",
  /**
   * dataChangedReason when one row explains it (compare.ts changedRows, purchaseRows.ts; tester63
   * L): its amount corrected, its day moved, added late or removed; the row now by sheet and row.
   */
  dataRowAmount:
    "a purchase up to {date} was corrected: {day}, {was} → {now} (sheet “{sheet}”, row {row}), not new buying",
  dataRowRedated:
    "a purchase up to {date} was moved to another day: {amount}, {dayBefore} → {day} (sheet “{sheet}”, row {row}), not new buying",
  dataRowAdded:
    "a purchase up to {date} was added late: {day}, {amount} (sheet “{sheet}”, row {row}), not new buying",
  dataRowRemoved:
    "a purchase up to {date} was removed: {day}, {amount} (the previous run read it, this one finds no such row), not new buying",
  /** dataChangedReason when more than one row changed: the rows each run counted. */
  dataRowsMany:
    "purchases up to {date} differ from the data the previous run read in more than one row (corrected, added late or removed; {before|# row|# rows} then, {after} now), not new buying",
  /** dataChangedReason when the program's reading changed between the runs (compare.ts readingChanged). */
  readAnewReason:
    "purchases up to {date} are counted the program's new way ({versions}), so they differ from what the previous run read: not corrected data, not new buying",
  /**
   * A customer whose service signals at the same date differ from what the previous run read
   * (compare.ts DATA_SERVICE): which, "before → now" (signal_*), after the date.
   */
  serviceChangedReason:
    "surveys, complaints or contacts up to {date} differ from the data the previous run read ({signals}), not new feedback",
  signal_lowScore: "low satisfaction score {from} → {to}",
  signal_detractor: "detractor recommend score {from} → {to}",
  signal_open: "open complaints {from} → {to}",
  signal_late: "late complaints {from} → {to}",
  /** A complaint count at the most the churn model reads (service.ts COUNT_MAX: "3 or more"). */
  signal_countOrMore: "{count}+",
  signal_contact: "days without contact past the threshold: {from} → {to}",
  /** signal_contact's figure at the cap the churn model reads (4 thresholds): it reads no more. */
  signal_contactAtLeast: "at least {days}",
  /** signal_contact's figure for a customer with no contact on the Contacts sheet. */
  signal_contactNever: "never contacted",
  signal_yes: "yes",
  signal_no: "no",
  /** A value tier move by cut-offs alone: the cut-off crossed, both runs', and the unchanged spend. */
  cutOffRose: "{move} (the {tier} cut-off rose from {from} to {to}; spend {spend} unchanged)",
  cutOffFell: "{move} (the {tier} cut-off fell from {from} to {to}; spend {spend} unchanged)",
  /** RFM segment and value class moves by cut-offs alone (same date, own figures unchanged). */
  cutOffOthers:
    "{moves} (cut-offs moved with other customers' figures; this customer's spend, purchase days and last purchase unchanged)",
  /**
   * RFM segment and value class risen at a later date by cut-offs alone: nothing bought since
   * (changes/compare.ts; tester65 U211). Not an improvement.
   */
  cutOffOthersLater:
    "{moves} (cut-offs moved with other customers' figures; this customer has not bought since: not an improvement)",
  /** A churn risk level moved at the same date and data: the model refit on the others' data. */
  refitOthers:
    "{move} (the churn model was refit on the other customers' changed data; this customer's spend, purchase days, last purchase and service signals unchanged)",
  /** The same when the previous run kept no service signals (a state before refresh8, a JSON result). */
  refitOthersUnsure:
    "{move} (the churn model was refit on the other customers' changed data; this customer's spend, purchase days and last purchase unchanged; the previous run kept no survey, complaint or contact signals, so an edit of its own would read the same)",
  /**
   * A churn risk level that fell at a later date for a customer who did nothing that lowers it
   * (compare.ts laterRefit): the model's refit, not the customer's improvement.
   */
  refitLater:
    "{move} (no new purchase, and no survey, complaint or contact signal the model reads is better: the churn model, refit on this run's data, moved it, not the customer)",
  /**
   * refitLater when this run's churn model used the default weights: nothing was refit; each
   * customer is scored against all customers at the data's last day, and those figures moved
   * (tester53 N33: "refit" was claimed where both runs used the default weights).
   */
  refitLaterDefault:
    "{move} (no new purchase, and no survey, complaint or contact signal the model reads is better; the churn model was not refit (too little history: default weights) and scores each customer against all customers: the other customers' figures in this run's data moved it, not the customer)",
  /** A stage or churn level move of a `program` customer (compare.ts MOVES). */
  programMove:
    "{move} (the program's judgment rules were updated: same data, same analysis date, judged by the new version; not a move of the customer)",
  /** A `byTime` customer's stage move (lifecycle/stage.ts oneIntervalAged). */
  byTimeMove:
    "{move} (no new purchase; bought on two days only, and the first purchase, on {first}, is now {days} days old or more: decline by the rules, with time alone)",
  /**
   * The moves of a `byTime` customer already churned on both runs (compare.ts MOVES): its RFM
   * segment or value class moved with the days since its last purchase (tester43 #6, stop 43).
   */
  lostByTimeMove: "{moves} (already churned, nothing bought since: time alone)",
  /** compare.ts TIME_SILENT: a wrong-way move with nothing of the customer's since (tester61 U129). */
  silentByTimeMove:
    "{moves} (time alone: nothing bought, returned or told since, no contact; the days since the last purchase grew)",
  /** silentByTimeMove for a customer read by her visits (changes/snapshot.ts lastVisit). */
  silentByTimeVisitsMove:
    "{moves} (time alone: no {one}, nothing bought, returned or told since, no contact; the days since the last {one} grew)",
  /**
   * compare.ts TIME_PAUSED: a wrong-way move with nothing of the customer's since, while her status
   * says a pause (冻结, On hold) or she is on leave: the pause explains the silence (tester67 U313).
   */
  pausedByTimeMove:
    "{moves} (paused: the Customers sheet's status says “{status}”; no purchase or {one} while paused is no move of hers, and no retention call is made while paused)",
  /** pausedByTimeMove for a leave or paused payments, with no status saying it. */
  pausedByTimeLeaveMove:
    "{moves} (paused: on leave or payments paused; no purchase or {one} while paused is no move of hers, and no retention call is made while paused)",
  /** pausedByTimeMove where no visits are read (no visits log): her purchases only. */
  pausedByTimeBuyMove:
    "{moves} (paused: the Customers sheet's status says “{status}”; no purchase while paused is no move of hers, and no retention call is made while paused)",
  /** pausedByTimeLeaveMove where no visits are read: her payments paused. */
  pausedByTimeLeaveBuyMove:
    "{moves} (paused: payments paused; no purchase while paused is no move of hers, and no retention call is made while paused)",
  /** compare.ts noReturn: value moves of a churned customer with no more spend (tester61 U127). */
  noReturnMove: "{moves} (already churned, nothing paid since: a free visit is no return)",
  /** A stage move into decline of a customer who bought since: the rule that made it. */
  boughtOneInterval:
    "{move} (bought again on {date}, but on two days only in all, the first on {first}, {days} days old or more: decline by the rules)",
  boughtFalling:
    "{move} (bought again on {date}, but on {recent|# day|# days} in the last {period} days against {previous|#} in the {period} days before: purchases fell significantly, decline by the rules)",
  /** A churn risk level that rose for a customer who bought since: the threshold crossed. */
  boughtRiskRose:
    "{move} (bought again on {date}, but the churn model's probability reached {threshold}, where {level} risk starts)",
  /**
   * A mixed customer who bought since and whose churn probability still rose (changes/riskRose.ts):
   * after its probability figure, why: the days since its last purchase when they grew, and the
   * churn model's reasons now (the At-risk tab's words).
   */
  riskRoseBought: "{figure} (bought again on {date}, yet it rose: {why})",
  riskRoseNow: "what weighs on it now: {reasons}",
  riskRoseNone: "no single risk factor stands out",
  riskRoseSeparator: "; ",
  /**
   * A customer who did not buy since, whose spend or purchase days fell only because purchases
   * passed the analysis window (compare.ts WindowLeft): what left, then the figures it moved.
   */
  windowLeftOne:
    "no new purchase: the purchase of {date} ({amount}) is now older than {months|# month|# months} and no longer counts ({figures})",
  windowLeftMany:
    "no new purchase: the purchases of {days} days from {first} to {last} ({amount} in all) are now older than {months|# month|# months} and no longer count ({figures})",
  reasonWithFigures: "{moves}; {figures}",
  /** Between the moves of one customer. */
  movesSeparator: "; ",
  /** Between the figures of one customer. */
  figuresSeparator: ", ",
  /** Between the wrong-way moves of a follow-up reason. */
  wrongWaySeparator: ", ",
  // What the customer told us since the last run, after the figures (stop 29 tester #4).
  service_complaint: "new complaint {date}{open}",
  service_complaints: "{count} new complaints, the latest {date}{open}",
  service_open: " (open)",
  service_openSome: " ({count} open)",
  /**
   * Complaints open at the previous run and resolved now (compare.ts Comparison.resolved; tester68
   * U403): the latest one's receipt day, {text} service_resolvedText or nothing.
   */
  service_resolved: "complaint of {date}{text}, open at the last run, now resolved",
  service_resolvedMany:
    "{count|# complaint|# complaints} open at the last run now resolved, the latest of {date}{text}",
  service_resolvedText: " (“{text}”)",
  /**
   * A survey score since the previous run: the lowest low one, else the latest (stop 44: a 9/10
   * since went unsaid); the recommend score's words below.
   */
  service_lowScore: "satisfaction {score}/5 on {date}",
  /** Returns since the previous run (compare.ts ReturnsSince; tester43 #7, stop 43). */
  service_return: "returned {amount} on {date}{product}",
  service_returns: "{count} returns, {amount} in all, the latest on {date}",
  service_returnProduct: " ({product})",
  /** What it bought since was returned in full (its purchase day still counts: the RFM rule). */
  service_returnedAll: "everything bought since was returned",
  /**
   * A contact since the previous run (compare.ts ContactsSince; tester43 #8, stop 43): {how} a
   * contactHow_* text, {owner} service_contactOwner or nothing.
   */
  service_contact: "contacted on {date} {how}{owner}",
  service_contactAny: "contacted on {date}{owner}",
  service_contactOwner: " ({owner})",
  service_contacts: "{count|#} contacts since, the latest: {contact}",
  /** No purchase on or after the latest contact's day. */
  service_contactNoPurchase: "{contact}, no purchase since",
  /**
   * The same for a customer who bought since the previous run, before the contact: "no purchase
   * since" read as "did not buy" beside a purchase of the day before (tester52 L10).
   */
  service_contactAfterPurchase: "{contact}, after its purchase of {date}",
  /**
   * A wrong-way mover the schedule gives no call (followUp/movements.ts timeAloneWithinRhythm):
   * moved by the days alone, still within its own rhythm (moves52).
   */
  noCallWithinRhythm:
    "no call for this move: nothing bought since {date}, and {days|# day|# days} since the last purchase is within its usual gap of {gap|# day|# days}; churn risk not high, spend not lower",
  /**
   * The same for one whose spend fell only because purchases of a year ago left the window (the
   * reason before it names them): the calendar's fall, not the customer's (tester53 N32).
   */
  noCallWithinRhythmWindow:
    "no call for this move: nothing bought since {date}, and {days|# day|# days} since the last purchase is within its usual gap of {gap|# day|# days}; churn risk not high, spend lower only because purchases older than {months} months left the window",
  /**
   * A wrong-way mover by time alone (compare.ts TIME_SILENT) that is not within its rhythm: no
   * call of its own either (movements.ts Movements.silent; tester62 U147).
   */
  noCallByTime:
    "no call for this move: nothing new since, and a move by time alone gets no call of its own (a retention call comes when the customer is long overdue or at high risk)",
  /** noCallWithinRhythm for a customer read by her visits (changes/snapshot.ts lastVisit). */
  noCallWithinRhythmVisits:
    "no call for this move: no {one} since {date}, and {days|# day|# days} since the last {one} is within its usual gap of {gap|# day|# days}; churn risk not high, spend not lower",
  noCallWithinRhythmVisitsWindow:
    "no call for this move: no {one} since {date}, and {days|# day|# days} since the last {one} is within its usual gap of {gap|# day|# days}; churn risk not high, spend lower only because purchases older than {months} months left the window",
  contactHow_phone: "by phone",
  contactHow_email: "by e-mail",
  contactHow_visit: "in a visit",
  contactHow_online: "online",
  service_lowRecommend: "likelihood to recommend {score}/10 on {date}",
  /** A signal of the churn model that counted at the previous date and aged out of its lookback since. */
  service_agedScore:
    "satisfaction {score}/5 of {date} now older than {days} days (no longer counted)",
  service_agedRecommend:
    "likelihood to recommend {score}/10 of {date} now older than {days} days (no longer counted)",
  service_agedLate:
    "{count|# late complaint|# late complaints} now older than {days} days (no longer counted)",

  // The KPI history (run log columns, the Overview's trend, the pane's changes).
  kpi_activeCustomers: "Active customers",
  kpi_revenue: "Revenue",
  kpi_retentionRate: "Retention rate",
  kpi_churnRate: "Churn rate",
  kpi_repeatPurchaseRate: "Repeat-purchase rate",
  kpi_csat: "CSAT",
  kpi_nps: "NPS",
  kpi_highRiskCustomers: "Customers at high risk",
  kpi_backtestAuc: "Backtest AUC",
  /** A KPI that is a share, as a column heading. */
  kpiPercent: "{kpi} (%)",
};

export const CHANGES_ZH: Record<keyof typeof CHANGES_EN, string> = {
  rfmSegment: "RFM 分群",
  valueClass: "价值分类",
  valueTier: "价值层级",
  lifecycleStage: "生命周期阶段",
  churnRiskLevel: "流失风险等级",
  dropped: "{dimension}从{from}降至{to}",
  rose: "{dimension}从{from}升至{to}",
  sinceAfterMoves: "（自 {date}）",

  title: "自上次分析以来的变化",
  previousDate: "上次分析日期",
  thisDate: "本次分析日期",
  unknownDate: "未知",
  previousFrom: "上次结果来自",
  refitUntold: "流失模型重新拟合",
  refitUntoldNote:
    "无法区分：上次结果中没有满意度、投诉和跟进信号，流失模型按本期数据重新拟合造成的等级变化与客户自身的变化一起计入变好或变差。以上次的工作簿作为 --previous 可以区分",
  source_run: "上次运行",
  source_state: "工作簿中的运行状态表",
  source_segments: "上次的“客户分类”表",
  source_json: "上次的 JSON 结果",
  previousFile: "{file}（{source}）",
  previousReplacedFile: "{file} 被本次运行替换前的版本（{source}）",
  laterRunNotCompared:
    "未与上次分析比较：上次分析的日期为 {previous}，晚于本次分析日期（{asOf}），与之比较会让时间倒流。本次分析按 {asOf} 完整有效；如需查看变化，请与 {asOf} 或更早的分析比较，或按 {previous} 或之后的日期分析。",
  laterRunStateKept:
    "工作簿中 {kept} 的运行状态已保留，未被本次 {asOf} 的分析替换：下次刷新将与 {kept} 的运行比较。",
  sameDateRerun:
    "本次分析日期与工作簿上次运行相同（{asOf}），因此“{tab}”表与那次运行比较（只显示此后修改过的数据），不再显示自 {earlier} 以来的变化；回访计划也不再为自 {earlier} 以来分类下滑的客户安排联系。如需重新查看，请与 {earlier} 的运行比较：在命令行中用 --previous <{earlier} 的工作簿或 JSON 结果> 分析本工作簿。",
  sameDateRerunPrior:
    "本次分析日期与工作簿上次运行相同（{asOf}）：与那次运行一样，“{tab}”表和回访计划中分类下滑客户的联系都与工作簿保存的 {earlier} 的运行比较，因此重新运行仍显示自 {earlier} 以来的变化（含此后修改过的数据）。",
  ruleSet: "规则集",
  rulesChanged: "规则已更改（{from} → {to}）：下列变化既有客户的变化，也有规则的变化",
  defaultRulesUpdated:
    "程序的默认规则已更新（{from} → {to}），您使用的是默认规则：下列变化有的来自客户本身，有的来自程序的更新",
  rulesUnchanged: "规则未变",
  rulesUnknown: "上次的规则未知",
  judgmentRules: "程序的判断规则",
  judgmentChanged:
    "上次运行后已更新（版本 {from} → {to}）：下列变化有的来自客户本身，有的来自程序对生命周期阶段、流失风险和回访安排的判断方法的更新",
  judgmentChangedEarlier:
    "上次运行后已更新（上次由更早的版本生成，本次为版本 {to}）：下列变化有的来自客户本身，有的来自程序对生命周期阶段、流失风险和回访安排的判断方法的更新",
  readingRules: "程序读取数据的方式",
  readingChanged:
    "上次运行后已更新（{versions}）：下列“数据有变”的客户中，交易不同的按新的读法计算，并非数据被更正",
  readingVersions: "版本 {from} → {to}",
  readingVersionsEarlier: "上次运行由更早的版本读取，本次为版本 {to}",
  customersBefore: "上次客户数",
  customersNow: "本次客户数",
  move_worse: "变差",
  move_better: "变好",
  move_mixed: "有升有降",
  move_sideways: "平移",
  move_same: "未变",
  move_new: "新客户",
  move_cutOffs: "门槛变动",
  move_refit: "模型重新拟合",
  move_dataChanged: "数据有变",
  move_program: "程序更新",
  move_byTime: "时间推移",
  removed: "已删除",
  matrixTitle: "{dimension}：上次（行）→ 本次（列）",
  customersMoved: "变动客户",
  movedRevenueShare: "变动客户上次收入占比",
  beforeNow: "上次 \\ 本次",
  total: "合计",
  revenueBefore: "上次收入",
  revenueMoved: "流动收入占比（%）",
  customerList: "客户清单",
  col_list: "类别",
  col_id: "客户编号",
  col_name: "客户名称",
  col_owner: "负责人",
  col_spendBefore: "上次 {months} 个月消费",
  col_spendNow: "本次 {months} 个月消费",
  col_churnBefore: "上次流失概率（%）",
  col_churnNow: "本次流失概率（%）",
  col_reason: "变化说明",
  removedReason: "已不在客户表中（上次 {date} 仍在）",
  addedReason: "上次分析后新增的客户",
  listPrintWhole:
    "打印本表时打印以上矩阵和下方清单的全部 {count} 位客户。如只打印部分清单，请先筛选（例如按负责人或类别）：只打印筛选后显示的行。",
  listRuleLabel: "方向规则",
  listRule:
    "先看流失风险等级（升高为变差，降低为变好）；等级不变时看生命周期阶段（进入衰退期或流失为变差，离开为变好）；再看价值（RFM 分群、价值分类、价值分层；客户此后有购买时，仅价值下降不算变差）。有升有降：风险等级与阶段方向相反，或流失概率与阶段、价值的变动反向 {points} 个百分点以上。各类中先列风险等级变动，再列阶段变动，最后列价值变动，各按消费金额从高到低。",
  listRuleMore:
    "平移：分类有变动，但按此规则不算变差或变好（生命周期阶段在新客户、成长期、成熟期、回流客户之间移动；RFM 分群移到同一档，如新客户 ↔ 有潜力客户；此后有购买的客户价值下降；首次购买后的首个风险等级）。时间推移：此后没有购买、退货、反馈或联系，消费未变（超出统计期而不再计入的购买除外），只是距上次购买的天数增加而下滑的客户（进入衰退期、流失或高风险的仍算变差）。",
  inputSheets: "输入表",
  sheetsLeftOut: "上次运行还读取了{sheets}，本次没有：下列部分变化来自于此，而非客户本身",
  sheetsAdded: "本次运行还读取了{sheets}，上次没有：下列部分变化来自于此，而非客户本身",
  sheetsSeparator: "、",
  none: "无",

  move: "{dimension}：{from} → {to}",
  figure: "{figure} {from} → {to}",
  figure_spend: "消费金额",
  figure_purchaseDays: "购买天数",
  figure_lastPurchase: "最近购买",
  figure_churnProbability: "流失概率",
  figure_daysSinceLastPurchase: "距上次购买 {from} → {to} 天",
  figure_daysSinceLastVisit: "距上次{one} {from} → {to} 天",
  figure_lastVisitOn: "最近{one} {date}",
  sinceBeforeReason: "自 {date} 起，{reason}",
  dataChangedReason:
    "截至 {date} 的交易与上次运行读取的数据不同（被更正、补录或删除），并非新的购买",
  dataRowAmount:
    "截至 {date} 的交易有一笔被更正：{day} 的 {was} → {now}（工作表“{sheet}”第 {row} 行），并非新的购买",
  dataRowRedated:
    "截至 {date} 的交易有一笔改了日期：{amount} 由 {dayBefore} 改为 {day}（工作表“{sheet}”第 {row} 行），并非新的购买",
  dataRowAdded:
    "截至 {date} 的交易补录了一笔：{day} 的 {amount}（工作表“{sheet}”第 {row} 行），并非新的购买",
  dataRowRemoved:
    "截至 {date} 的交易少了一笔：{day} 的 {amount}（上次运行读取过，这次没有这一行），并非新的购买",
  dataRowsMany:
    "截至 {date} 的交易与上次运行读取的数据不同，不止一笔（被更正、补录或删除；上次 {before} 行，这次 {after} 行），并非新的购买",
  readAnewReason:
    "截至 {date} 的交易按程序新的读法计算（{versions}），与上次运行读取的不同，并非数据更正或新的购买",
  serviceChangedReason:
    "截至 {date} 的满意度调查、投诉或跟进记录与上次运行读取的数据不同（{signals}），并非新的反馈",
  signal_lowScore: "满意度低分：{from} → {to}",
  signal_detractor: "推荐意愿低分：{from} → {to}",
  signal_open: "未解决投诉：{from} → {to}",
  signal_late: "超时投诉：{from} → {to}",
  signal_countOrMore: "{count} 及以上",
  signal_contact: "超出跟进期限的天数：{from} → {to}",
  signal_contactAtLeast: "至少 {days}",
  signal_contactNever: "从未跟进",
  signal_yes: "有",
  signal_no: "无",
  cutOffRose: "{move}（{tier}门槛由 {from} 升至 {to}，消费金额 {spend} 未变）",
  cutOffFell: "{move}（{tier}门槛由 {from} 降至 {to}，消费金额 {spend} 未变）",
  cutOffOthers: "{moves}（分档界限随其他客户的数据变化，本客户的消费金额、购买天数和最近购买未变）",
  cutOffOthersLater: "{moves}（分档界限随其他客户的数据变化；本客户此后未再购买，不算变好）",
  refitOthers:
    "{move}（流失模型随其他客户数据的变化重新拟合，本客户的消费金额、购买天数、最近购买及满意度、投诉和跟进信号未变）",
  refitOthersUnsure:
    "{move}（流失模型随其他客户数据的变化重新拟合，本客户的消费金额、购买天数和最近购买未变；上次运行未保存满意度、投诉和跟进信号，本客户自身这些记录的修改也会显示为此）",
  refitLater:
    "{move}（本期没有新的购买，模型读取的满意度、投诉和跟进信号也没有好转：是流失模型按本期数据重新拟合所致，并非客户好转）",
  refitLaterDefault:
    "{move}（本期没有新的购买，模型读取的满意度、投诉和跟进信号也没有好转；流失模型未重新拟合（历史不足，使用默认权重），按与全体客户的比较评分：是本期数据中其他客户的变化所致，并非客户好转）",
  programMove:
    "{move}（程序的判断规则已更新：同一数据、同一分析日期，按新版本判定，不是客户自身的变化）",
  byTimeMove:
    "{move}（没有新的购买；只在两天购买过，首次购买 {first} 已满 {days} 天，按规则转入衰退期，仅因时间推移）",
  lostByTimeMove: "{moves}（已流失，期间没有购买，仅因时间推移）",
  silentByTimeMove: "{moves}（仅因时间推移：此后没有购买、退货、反馈或联系，距上次购买的天数增加）",
  silentByTimeVisitsMove:
    "{moves}（仅因时间推移：此后没有{one}，也没有购买、退货、反馈或联系，距上次{one}的天数增加）",
  pausedByTimeMove:
    "{moves}（暂停中：客户表状态为“{status}”；暂停期间没有购买或{one}不算她的变化，暂停期间不安排挽留联系）",
  pausedByTimeLeaveMove:
    "{moves}（暂停中：请假或暂停付款；暂停期间没有购买或{one}不算她的变化，暂停期间不安排挽留联系）",
  pausedByTimeBuyMove:
    "{moves}（暂停中：客户表状态为“{status}”；暂停期间没有购买不算她的变化，暂停期间不安排挽留联系）",
  pausedByTimeLeaveBuyMove:
    "{moves}（暂停中：暂停付款；暂停期间没有购买不算她的变化，暂停期间不安排挽留联系）",
  noReturnMove: "{moves}（已流失，此后没有付费：免费到访不算回头）",
  boughtOneInterval:
    "{move}（{date} 又有购买，但总共只在两天购买过，首次购买 {first} 已满 {days} 天，按规则为衰退期）",
  boughtFalling:
    "{move}（{date} 又有购买，但近 {period} 天只在 {recent|#} 天购买，之前 {period} 天为 {previous|#} 天，购买明显减少，按规则为衰退期）",
  boughtRiskRose:
    "{move}（{date} 又有购买，但流失模型给出的流失概率达到{level}风险起点 {threshold}）",
  riskRoseBought: "{figure}（{date} 又有购买，流失概率仍上升：{why}）",
  riskRoseNow: "当前主要风险因素：{reasons}",
  riskRoseNone: "没有单独突出的风险因素",
  riskRoseSeparator: "；",
  windowLeftOne:
    "本期无新购买：{date} 的购买（{amount}）已超过 {months} 个月，不再计入（{figures}）",
  windowLeftMany:
    "本期无新购买：{first} 至 {last} 的 {days} 个购买日（合计 {amount}）已超过 {months} 个月，不再计入（{figures}）",
  reasonWithFigures: "{moves}；{figures}",
  movesSeparator: "；",
  figuresSeparator: "，",
  wrongWaySeparator: "，",
  service_complaint: "新投诉 {date}{open}",
  service_complaints: "新投诉 {count} 起，最近一起 {date}{open}",
  service_open: "（未解决）",
  service_openSome: "（{count} 起未解决）",
  service_resolved: "{date} 的投诉{text}上次分析时未解决，现已处理",
  service_resolvedMany: "上次分析时未解决的 {count} 起投诉现已处理，最近一起 {date} 收到{text}",
  service_resolvedText: "“{text}”",
  service_lowScore: "满意度 {score}/5（{date}）",
  service_return: "退货 {date} {amount}{product}",
  service_returns: "退货 {count} 笔，合计 {amount}，最近一笔 {date}",
  service_returnProduct: "（{product}）",
  service_returnedAll: "本期购买已全部退货",
  service_contact: "{date} {how}{owner}",
  service_contactAny: "{date} 联系{owner}",
  service_contactOwner: "（{owner}）",
  service_contacts: "联系 {count|#} 次，最近一次：{contact}",
  service_contactNoPurchase: "{contact}，此后仍未购买",
  service_contactAfterPurchase: "{contact}，在 {date} 购买之后",
  noCallWithinRhythm:
    "此变化不安排回访：{date} 后没有新的购买，距上次购买 {days} 天，未超过其通常的购买间隔（{gap} 天）；流失风险不高，消费未减少",
  noCallWithinRhythmWindow:
    "此变化不安排回访：{date} 后没有新的购买，距上次购买 {days} 天，未超过其通常的购买间隔（{gap} 天）；流失风险不高，消费减少仅因超过 {months} 个月的购买不再计入",
  noCallByTime:
    "此变化不安排回访：此后没有新情况，仅因时间推移的变化不单独安排回访（逾期较久或流失风险高时另有挽留回访）",
  noCallWithinRhythmVisits:
    "此变化不安排回访：{date} 后没有新的{one}，距上次{one} {days} 天，未超过其通常的间隔（{gap} 天）；流失风险不高，消费未减少",
  noCallWithinRhythmVisitsWindow:
    "此变化不安排回访：{date} 后没有新的{one}，距上次{one} {days} 天，未超过其通常的间隔（{gap} 天）；流失风险不高，消费减少仅因超过 {months} 个月的购买不再计入",
  contactHow_phone: "电话联系",
  contactHow_email: "邮件联系",
  contactHow_visit: "拜访",
  contactHow_online: "在线联系",
  service_lowRecommend: "推荐意愿 {score}/10（{date}）",
  service_agedScore: "{date} 的满意度 {score}/5 已超过 {days} 天，不再计入",
  service_agedRecommend: "{date} 的推荐意愿 {score}/10 已超过 {days} 天，不再计入",
  service_agedLate: "{count} 起超时投诉已超过 {days} 天，不再计入",

  kpi_activeCustomers: "活跃客户",
  kpi_revenue: "收入",
  kpi_retentionRate: "留存率",
  kpi_churnRate: "流失率",
  kpi_repeatPurchaseRate: "复购率",
  kpi_csat: "CSAT",
  kpi_nps: "NPS",
  kpi_highRiskCustomers: "高风险客户",
  kpi_backtestAuc: "回测 AUC",
  kpiPercent: "{kpi}（%）",
};
