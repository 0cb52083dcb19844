/**
 * Words of the command line beyond its `cli` section: the summary printed after a run
 * (cli/summary.ts) and the command line's own errors (cli/args.ts). Registered as sections
 * `summary` and `args` in en-US.ts and zh-CN.ts.
 */
export const SUMMARY_EN = {
  rowsLeftOut:
    "  {sheet}: {rows|# row|# rows} past Excel's row limit were not written to this tab (the JSON result is complete)",
  cutCells:
    "  {sheet}: {cells|# cell|# cells} held more than 32,767 characters and were cut with a marker",
  riskHeading: "Churn risk (chance of no purchase in the next {days} days):",
  mean: "mean {share}",
  churnedNote:
    "“{level}” = no purchase for {days} days (for a win-back campaign, not counted at risk)",
  /** {sources}: leftSources (cli/summary.ts), what said they left (tester68 U402). */
  churnedLeftNote:
    "  Of them {count|# customer has|# customers have} left ({sources}): no contact, not in the win-back campaign",
  /**
   * What said a customer left (overview/kpis.ts LEFT_SOURCES), in churnedLeftNote and ratesLeftNote:
   * one source "… says so", several each with its count.
   */
  leftSource_status: "the Customers sheet's status",
  leftSource_closedDate: "the Customers sheet's closed date",
  leftSource_note: "the Customers sheet's note",
  leftSource_contact: "a note on the Contacts sheet",
  leftSource_subscription: "the Subscriptions sheet",
  leftSourceOne: "{source} says so",
  leftSourceCount: "{source}: {count|#}",
  leftSourcesSeparator: ", ",
  /** Of the churned, those whose every subscription ended (lifecycle/left.ts; newuser62 M3). */
  churnedSubscriptionNote:
    "  Of them {count|# customer has|# customers have} left by the Subscriptions sheet (every subscription canceled or ended), whatever the last purchase: no contact, not in the win-back campaign",
  /** churnedNote when some of them left or completed: not all went a churn period without buying (newuser62 M3). */
  churnedNoteLeft:
    "“{level}” = no purchase for {days} days (for a win-back campaign, not counted at risk), or left as said below, whatever the last purchase",
  churnedCompletedNote:
    "  Of them {count|# customer has|# customers have} completed the course or graduated (the Customers sheet's status says so): no churn risk, no retention contact",
  completedPayingNote:
    "  {count|# customer|# customers} whose status says completed or graduated still {count|pays|pay} on their own rhythm (the last payment within it): read as continuing, the later payments over the status, and contacted as usual",
  rates: "Retention {retention}, churn {churn}, repeat-purchase rate {repeat}",
  /** Under rates: some of the previous period's buyers left (overview/kpis.ts previousLeft; tester61 U116). */
  ratesLeftNote:
    "  {left|# customer|# customers} of the {previousActive|#} who bought in the previous period left ({sources}): counted as churned",
  /** Under rates where most customers buy once (overview/oneOff.ts). */
  ratesOneOffNote:
    "  Most customers buy once ({once|#} of the {buyers|#} who first bought a year or more ago): a past client who has not bought again is not lost. Churn counts only those who left (the Customers sheet's status or closed date: {left|#} of {previousActive|#}); retention is repeat business",
  satisfactionWindow:
    "CSAT {csat}, NPS {nps} ({from} to {to}, {responses} {responses|response|responses})",
  satisfactionAll: "CSAT {csat}, NPS {nps} (all time, {responses} {responses|response|responses})",
  warning: "Warning: {message}",
  /** A finding that leaves data out of the report, said first (same_column_sales_unread). */
  error: "Error: {message}",
  note: "Note: {message}",
  /** A finding about a whole sheet or file, named first. */
  sheetWarning: "Warning: {sheet}: {message}",
  sheetNote: "Note: {sheet}: {message}",
  /** A told finding in the pane's warnings (report/toldFindings.ts), its bar saying what it is. */
  sheetMessage: "{sheet}: {message}",
  rowWarning:
    "Warning: {sheet} row {row}: {message} ({count|# row|# rows} like it; see the {tab} tab)",
  /** Where a row warning's row is, in a workbook: the file and its sheet (reviewer59 M4). */
  sheetOfFile: "{file}, sheet “{sheet}”,",
  topAtRisk:
    "Most value at risk: the first {count} {count|row|rows} of the {tab} tab (probability × 12-month spend; high or medium risk, or low with a retention contact):",
  topLine: "  {who} — {share}, {amount} at stake: {reasons}",
  rulesChangedSuffix:
    "; the rule set changed ({from} → {to}): the changes include the rules' effect",
  defaultRulesUpdatedSuffix:
    "; the program's default rules were updated ({from} → {to}): the changes include their effect",
  judgmentChangedSuffix:
    "; the program's judgment rules changed (version {from} → {to}): the changes include their effect",
  judgmentChangedEarlierSuffix:
    "; the program's judgment rules changed since the previous run (made by an earlier version; now version {to}): the changes include their effect",
  /** Under the changes line: moves counted neither way (changes/compare.ts MOVES), and input sheets left out. */
  mixedLine:
    "  {count|# customer|# customers} moved both ways (churn risk one way, lifecycle stage or value the other, or the churn probability 5 points or more against the move, or bought again with the churn risk level up by less than 10 points): listed as mixed, not counted as wrong or right way",
  cutOffsLine:
    "  {count|# customer|# customers} moved only because the cut-offs moved with other customers' figures (their own unchanged): not counted as wrong or right way",
  programLine:
    "  {count|# customer|# customers} moved only because the program's judgment rules were updated (same data, same analysis date, another version): not counted as wrong or right way",
  byTimeLine:
    "  {count|# customer|# customers} moved into decline with time alone (no new purchase; bought on two days only, the first now {days} days old or more): not counted as wrong or right way",
  /** The `byTime` customers already churned on both runs (changes/compare.ts lostByTimeCount). */
  lostByTimeLine:
    "  {count|# customer|# customers} already churned on both runs (win-back) moved only with time (nothing bought since; the RFM segment or value class by the days since the last purchase): not counted as wrong or right way",
  /** The `byTime` customers with nothing of their own since (changes/compare.ts TIME_SILENT; tester61 U129). */
  silentByTimeLine:
    "  {count|# customer|# customers} moved the wrong way with time alone (nothing bought, returned or told since, no contact; only the days since the last purchase grew): not counted as wrong or right way; listed on the {tab} tab",
  silentByTimeRiskLine:
    "  {count|# customer|# customers} moved the wrong way with time alone (nothing bought, returned or told since, no contact; only the days since the last purchase grew), {rose|#} of them into a higher churn risk level: not counted as wrong or right way; listed on the {tab} tab",
  refitLine:
    "  {count|# customer|# customers} changed churn risk level only because the churn model was refit on the other customers' changed data (their own figures unchanged): not counted as wrong or right way",
  /** refitLine at a later date (compare.ts laterRefit): a fall with nothing of the customer's lowering it. */
  refitLaterLine:
    "  {count|# customer|# customers} fell in churn risk level only because the churn model was refit on this run's data (no new purchase, and no survey, complaint or contact signal better): not counted as wrong or right way",
  /** refitLaterLine when this run's churn model used the default weights (tester53 N33). */
  refitLaterDefaultLine:
    "  {count|# customer|# customers} fell in churn risk level only because the other customers' figures moved (no new purchase, and no survey, complaint or contact signal better; the churn model was not refit: default weights, scored against all customers): not counted as wrong or right way",
  sidewaysLine:
    "  {count|# customer|# customers} moved sideways (a classification moved, neither way: e.g. the lifecycle stage among new, growth, mature and returned): listed as sideways, not counted as wrong or right way",
  dataChangedLine:
    "  For {count|# customer|# customers} the data up to {date} (purchases, surveys, complaints or contacts) differ from what the previous run read (corrected, added late or removed): not counted as wrong or right way; check the data (see the {tab} tab)",
  /**
   * dataChangedLine's customers whose purchases differ while the program's reading of the data
   * changed between the runs (changes/compare.ts readAnewCount; reviewer60 R17); {versions}:
   * changes readingVersions / readingVersionsEarlier.
   */
  readAnewLine:
    "  For {count|# customer|# customers} the purchases up to {date} differ from what the previous run read: the program's way of reading the data was updated ({versions}), and their amounts are counted the new way: not counted as wrong or right way (see the {tab} tab)",
  sheetsLeftOutLine:
    "  The previous run also read {sheets}; this one did not: some of these movements come from that, not from the customers",
  sheetsAddedLine:
    "  This run also read {sheets}; the previous one did not: some of these movements come from that, not from the customers",
};

export const SUMMARY_ZH: Record<keyof typeof SUMMARY_EN, string> = {
  rowsLeftOut: "  {sheet}：{rows|#} 行超出 Excel 的行数上限，未写入此表（JSON 结果完整）",
  cutCells: "  {sheet}：{cells|#} 个单元格的文字超过 32,767 字符，已截断并注明",
  riskHeading: "流失风险（{days} 天内不再购买的概率）：",
  mean: "平均 {share}",
  churnedNote: "“{level}”= {days} 天无购买（挽回活动的对象，不计入有风险客户）",
  churnedLeftNote: "  其中 {count|#} 位客户已离开（{sources}）：不联系，也不纳入挽回活动",
  leftSource_status: "客户表的状态",
  leftSource_closedDate: "客户表的停用日期",
  leftSource_note: "客户表的备注",
  leftSource_contact: "跟进记录",
  leftSource_subscription: "订阅表",
  leftSourceOne: "{source}写明",
  leftSourceCount: "{source}写明 {count|#} 位",
  leftSourcesSeparator: "，",
  churnedSubscriptionNote:
    "  其中 {count|#} 位客户按订阅表已离开（其订阅均已取消或到期），不论上次购买是何时：不联系，也不纳入挽回活动",
  churnedNoteLeft:
    "“{level}”= {days} 天无购买（挽回活动的对象，不计入有风险客户），或如下所述已离开，不论上次购买是何时",
  churnedCompletedNote:
    "  其中 {count|#} 位客户已结课或毕业（客户表的状态写明）：不是流失风险，不安排挽留联系",
  completedPayingNote:
    "  另有 {count|#} 位客户的状态写明已结课或毕业，但仍按其自身节奏付款（最近一次付款未超出其购买周期）：以付款为准，按仍在读计算，照常安排联系",
  rates: "留存率 {retention}，流失率 {churn}，复购率 {repeat}",
  ratesLeftNote:
    "  上一期有购买的 {previousActive|#} 位客户中 {left|#} 位已离开（{sources}），计为流失",
  ratesOneOffNote:
    "  客户大多只购买一次（首次购买满一年的 {buyers|#} 位中 {once|#} 位只买过一次），未再购买的老客户不算流失：流失率只计客户表写明已离开的客户（状态或停用日期：{previousActive|#} 位中 {left|#} 位），留存率反映回头生意",
  satisfactionWindow: "CSAT {csat}，NPS {nps}（{from} 至 {to}，{responses} 份回答）",
  satisfactionAll: "CSAT {csat}，NPS {nps}（全部时间，{responses} 份回答）",
  warning: "警告：{message}",
  error: "错误：{message}",
  rowWarning: "警告：{sheet}第 {row} 行：{message}（共 {count|#} 行，见“{tab}”表）",
  sheetOfFile: "{file} 的“{sheet}”表",
  topAtRisk:
    "流失风险金额最高的客户：“{tab}”的前 {count} 行（流失概率 × 近 12 个月消费；高、中风险，或低风险但安排了挽留联系）：",
  topLine: "  {who} — {share}，风险金额 {amount}：{reasons}",
  note: "说明：{message}",
  sheetWarning: "警告：{sheet}：{message}",
  sheetNote: "说明：{sheet}：{message}",
  sheetMessage: "{sheet}：{message}",
  rulesChangedSuffix: "；规则集已更改（{from} → {to}）：变化含规则的影响",
  defaultRulesUpdatedSuffix: "；程序的默认规则已更新（{from} → {to}）：变化含其影响",
  judgmentChangedSuffix: "；程序的判断规则已更新（版本 {from} → {to}）：变化含其影响",
  judgmentChangedEarlierSuffix:
    "；程序的判断规则已更新（上次运行由更早的版本生成，本次为版本 {to}）：变化含其影响",
  mixedLine:
    "  {count|#} 位客户有升有降（流失风险与生命周期阶段或价值方向相反，或流失概率反向变动 5 个百分点以上，或又有购买而流失风险等级因不到 10 个百分点的上升而提高），列为“有升有降”，未计入变差或变好",
  cutOffsLine:
    "  {count|#} 位客户仅因分档门槛随其他客户的数据变化而移动（自身数据未变），未计入变差或变好",
  programLine:
    "  {count|#} 位客户仅因程序的判断规则更新而移动（同一数据、同一分析日期，版本不同），未计入变差或变好",
  byTimeLine:
    "  {count|#} 位客户仅因时间推移转入衰退期（没有新的购买；只在两天购买过，首次购买已满 {days} 天），未计入变差或变好",
  lostByTimeLine:
    "  {count|#} 位客户两次分析均已流失（待挽回），期间没有购买，仅因时间推移（距上次购买的天数增加）而移动 RFM 分群或价值分类，未计入变差或变好",
  silentByTimeLine:
    "  {count|#} 位客户仅因时间推移而变差（此后没有购买、退货、反馈或联系，只是距上次购买的天数增加），未计入变差或变好，逐一列在“{tab}”表",
  silentByTimeRiskLine:
    "  {count|#} 位客户仅因时间推移而变差（此后没有购买、退货、反馈或联系，只是距上次购买的天数增加），其中 {rose|#} 位流失风险等级升高，未计入变差或变好，逐一列在“{tab}”表",
  refitLine:
    "  {count|#} 位客户仅因流失模型随其他客户数据的变化重新拟合而改变流失风险等级（自身数据未变），未计入变差或变好",
  refitLaterLine:
    "  {count|#} 位客户仅因流失模型按本期数据重新拟合而降低流失风险等级（没有新的购买，满意度、投诉和跟进信号也没有好转），未计入变差或变好",
  refitLaterDefaultLine:
    "  {count|#} 位客户仅因其他客户的数据变化而降低流失风险等级（没有新的购买，满意度、投诉和跟进信号也没有好转；流失模型未重新拟合：使用默认权重，按与全体客户的比较评分），未计入变差或变好",
  sidewaysLine:
    "  {count|#} 位客户平移（分类有变动但不分好坏，如生命周期阶段在新客户、成长期、成熟期、回流客户之间移动），列为“平移”，未计入变差或变好",
  dataChangedLine:
    "  {count|#} 位客户截至 {date} 的数据（交易、满意度调查、投诉或跟进记录）与上次运行读取的不同（被更正、补录或删除），未计入变差或变好；请核对数据（见“{tab}”表）",
  readAnewLine:
    "  {count|#} 位客户截至 {date} 的交易与上次运行读取的不同：程序读取数据的方式已更新（{versions}），这些客户的金额按新的读法计算，未计入变差或变好（见“{tab}”表）",
  sheetsLeftOutLine: "  上次运行还读取了{sheets}，本次没有：部分变化来自于此，而非客户本身",
  sheetsAddedLine: "  本次运行还读取了{sheets}，上次没有：部分变化来自于此，而非客户本身",
};

export const ARGS_EN = {
  badLang: "--lang must be zh-CN or en-US, not “{value}”",
  badOption: "{problem} (see --help)",
  /** Node's parseArgs errors, said in the run's language (stop 21 tester W1). */
  unknownOption: "unknown option {option} (see --help)",
  unknownOptionNear: "unknown option {option}: did you mean {suggestion}? (see --help)",
  optionNeedsValue: "{option} needs a value (see --help)",
  optionTakesNoValue: "{option} takes no value (see --help)",
  /** An option of one value given twice with different values: the first was never checked (tester49 L2). */
  optionTwice: "{option} is given twice (“{first}” and “{second}”): give it once",
  unexpectedArgument: "unexpected argument “{value}” (see --help)",
  rulesNeedsMode: "rules: give --print or --check rules.json",
  unknownCommand: "unknown command “{command}” (commands: analyze, rules; see --help)",
  didYouMean: "unknown command “{command}”: did you mean {suggestion}? (see --help)",
  oneWorkbook: "analyze takes one workbook, got {count}",
  workbookOrCsv: "give either a workbook or --customers/--transactions CSV files, not both",
  needsInput:
    "analyze needs a workbook, or both --customers and --transactions CSV files (see --help)",
  /**
   * A transaction log alone (tester52 L14, a CDNOW-style CSV): the customer list is a file of its
   * own, and a column of ids is enough; how to make one, and the command to run then.
   */
  needsCustomers:
    "{file}: analyze needs a customers file besides the transactions. A CSV with one column “Customer ID”, each customer once, is enough (in Excel: copy the transactions' customer ID column to a new sheet, Data → Remove Duplicates, save as CSV UTF-8); then run analyze --customers customers.csv --transactions {file}",
  /**
   * An --as-of value that is no day: why, in the typedDate section's words (parse/date.ts
   * typedDateProblem, args.ts asOfError; the rule set's asOf says the same after its own name).
   */
  asOfProblem: "--as-of: {problem}",
  backtestNeedsInput: "backtest needs a workbook, or --customers and --transactions CSV files",
  /** npm run sample's options (cli/sample.ts). */
  notWholeNumber: "--{name} must be a whole number, not “{value}”",
  badValue: "--{name}: “{value}” is not a valid value (see --help)",
};

/** The analyze command's own words (cli/analyzeCommand.ts): full lists and --previous. */
export const ANALYZE_EN = {
  /**
   * An input Excel has open (its owner file ~$name beside it: tempFiles.ts officeLock, the output's
   * refusal's test): read as last saved, said, not refused (a lock left by a crash is common).
   * tester63 L: ~$台账.xlsx beside 台账.xlsx, analysed silently without the edits not yet saved.
   */
  inputOpenInExcel:
    "{file} seems to be open in Excel ({lock} is beside it): edits not yet saved there are not in this report. Save it in Excel and run again; if Excel is not running, the lock file was left behind: delete {lock}",
  inputOpenInLibreOffice:
    "{file} seems to be open in LibreOffice ({lock} is beside it): edits not yet saved there are not in this report. Save it in LibreOffice and run again; if LibreOffice is not running, the lock file was left behind: delete {lock}",
  /**
   * An input read from a sheet hidden in Excel (inputNotes.ts hiddenInputSheets; tester63 L: a
   * hidden 交易 was read with no note, where a hidden sheet is often old or draft rows).
   */
  inputSheetHidden:
    "The sheet “{sheet}” is hidden in Excel and was read all the same, as the {input} sheet. If it is not the sheet to analyse (old or draft rows), rename or delete it, and unhide the one to analyse",
  /**
   * A refresh in English of a workbook whose last run was Chinese (words/tabNamesKept.ts): each
   * kept name glossed with tabNameGloss; with tabs new to the workbook, tabNamesKeptAdded.
   */
  tabNamesKept:
    "The workbook's last analysis was in Chinese. Our tabs keep their names, so that formulas and links to them still work: {tabs}. Their contents are now in English",
  tabNamesKeptAdded:
    "The workbook's last analysis was in Chinese. Our tabs keep their names, so that formulas and links to them still work: {tabs}. {count|The tab|The tabs} this run adds {count|is|are} named in Chinese to match: {added}. Their contents are now in English",
  /**
   * A table of ours the user renamed in Excel (tableNamesKept): kept on the refresh, said once (the
   * run log holds it; the add-in says it once from its settings: office.tableNameKept, the words it
   * reuses). {ours}: the name the last run's writer gave it (CA_segments, or the add-in's 客户分类).
   */
  tableNameKept:
    "The table on the “{sheet}” tab is named “{name}”, a name you gave it (the analysis named it “{ours}”): the refresh keeps your name, so formulas that use it still work",
  /** A kept tab name and the tab's name in the run's language: "客户分类 (Customer segments)". */
  tabNameGloss: "{name} ({meaning})",
  /** Sheets of the user's named as tabs of ours (tabNamesTaken, tester43 #16); our pointers name ours (stop 44). */
  tabNamesTaken:
    "The workbook already has {count|a sheet|# sheets} of yours named “{names}”: the tab{count||s} of ours {count|is|are} written as “{renamed}”, and our tabs point to {count|it|them} by that name. Rename your sheet{count||s} to give ours {count|its name|their names}",
  fullListBeside: "{csv} beside the workbook",
  fullListBesideAndJson: "{csv} beside the workbook and in the JSON result",
  previousUnreadable: "{file}: cannot read the earlier JSON result ({detail})",
  previousIsCsv:
    "{file}: --previous takes an earlier run's output, not an input file: the .xlsx workbook that run wrote, or its --json result",
  previousNoAnalysis:
    "{file}: no earlier analysis in it (no run-state or Customer segments tab, no customers list)",
  previousOtherData:
    "--previous {file} looks like the analysis of other data: of the {matched|#} customer ids both runs have, only {same|#} ({share}) carry the same name (e.g. {id}: “{previousName}” then, “{currentName}” now). Changes are only meaningful against an earlier run of the same data: point --previous at this data's last analysis, or leave it out",
  /** The same when too few customer ids are in both runs (changes/previousRun.ts isOtherIdSet; tester52 L7). */
  previousOtherIds:
    "--previous {file} looks like the analysis of other data: of its {previous|#} customers and this run's {current|#}, {common|#} {common|id is|ids are} in both ({share} of the smaller). Changes are only meaningful against an earlier run of the same data: point --previous at this data's last analysis, or leave it out",
  replacedOtherIds:
    "{file} already holds an analysis of other data: of its {previous|#} customers and this run's {current|#}, {common|#} {common|id is|ids are} in both ({share} of the smaller). This run would replace that report and compare with it: give another output name with -o, or move that file away",
  /** The output this run would replace holds a report of other data (tester16 #1: it is compared with). */
  replacedOtherData:
    "{file} already holds an analysis of other data: of the {matched|#} customer ids both have, only {same|#} ({share}) carry the same name (e.g. {id}: “{previousName}” there, “{currentName}” now). This run would replace that report and compare with it: give another output name with -o, or move that file away",
  /** -o names a workbook with sheets and no tab of ours (reviewer16 D15): never replaced. */
  outIsOthersWorkbook:
    "{out}: this workbook holds sheets that are not a report of ours ({sheets}); the run would replace them with its tabs. Choose another output name with -o, or move that file away",
  /**
   * -o names a file that cannot be read as a workbook (tester42 #16: a password-protected .xlsx,
   * an .xls or a text file was replaced, exit 0): never replaced.
   */
  outNotWorkbook:
    "{out}: this file is not a report of ours (it cannot be read as a workbook); the run would replace it. Choose another output name with -o, or move that file away",
  /** As outNotWorkbook, the file starting with the signature of a password-protected .xlsx or an .xls. */
  outProtectedWorkbook:
    "{out}: this file is not a report of ours (it cannot be read as a workbook: it may be password-protected, or an .xls file); the run would replace it. Choose another output name with -o, or move that file away",
  /** The report -o names holds sheets of the user's besides our tabs (tester42 #18): never deleted. */
  outHoldsUserSheets:
    "{out}: this report holds sheets that are not tabs of ours ({sheets}); the run would delete them when it replaces the report. Move them to another workbook first, or give -o another output name",
  /**
   * As outHoldsUserSheets, for a report made from a workbook. Refreshing the report in place keeps
   * the sheets, but analyses the data sheets inside it, the copy the last run made of the input
   * (tester43 #1: 690 wrong-way moves against November's copy): said, not advised.
   */
  outHoldsUserSheetsRefresh:
    "{out}: this report holds sheets that are not tabs of ours ({sheets}); the run would delete them when it replaces the report. Move them to another workbook first, or give -o another output name. (Refreshing the report in place, npm run cli -- analyze {report} -o {report}, keeps them, but analyses the data sheets inside the report, the copy of {input} its last run made, not {input} itself)",
  /**
   * The report's copy of an input sheet has more rows than the input's sheet (tester53 N15: the
   * week's sales typed into the report's 销售流水 were lost when the original was run again).
   */
  outHoldsMoreRows:
    "{out}: its sheet “{sheet}” reaches row {reportRows|#}, but “{sheet}” in {input} only row {inputRows|#}. If rows were typed into the report, this run would lose them when it replaces it: to keep them, refresh the report itself (npm run cli -- analyze {report}). If rows were deleted from {input} on purpose, move the report away first or give -o another output name",
  /**
   * The report the run would replace holds columns the user added to a tab of ours (tester54 T8:
   * 跟进结果 on the schedule, 处理情况 on the at-risk list, lost on refresh): never replaced.
   * {tabs}: each tab's addedOnTab, joined by ingest.nameSeparator; {schedule} the schedule tab's name.
   */
  outHoldsAddedColumns:
    "{file}: you added columns to tabs of ours, which the run rewrites, so what you typed in them would be lost: {tabs}. Nothing was changed. Move those columns to a sheet of your own (sheets you add are kept), or type the notes into the Status, Talking point or Note column of {schedule} (carried to the customer's call), then run again",
  /** One tab of outHoldsAddedColumns: {columns} the headers, quoted, joined by ingest.nameSeparator. */
  addedOnTab: "{columns} on {tab} ({rows|# row|# rows} with entries)",
  /**
   * How the refusals above name the output (their {out}): as typed after -o, or the default name
   * with no -o typed (safe42: "-o 台账.analysis.xlsx" for an -o no one typed).
   */
  outTyped: "-o {file}",
  outDefault: "{file} (the default output, as no -o was given)",
  outNotXlsx:
    "-o {file}: the output is an Excel workbook, so its name must end in .xlsx (e.g. -o {suggestion}); for the results as data use --json",
  /** The input has macros: they are kept only in an .xlsm (tester52: .xlsm input had no output name). */
  outNotXlsm:
    "-o {file}: the input workbook has macros (VBA), kept only in an .xlsm, so the output's name must end in .xlsm (e.g. -o {suggestion}); for the results as data use --json",
  /** --json named like a workbook or CSV (tester14 #2: `--json keep.xlsx` replaced a report with JSON). */
  jsonNotJson:
    "--json {file}: the JSON result needs a .json name, not {kind}, so that it never replaces a workbook or CSV (e.g. --json {suggestion}); the workbook is -o",
  /**
   * The JSON result failed after the workbook was written (analyzeCommand.ts alsoWritten): exit 2
   * must not read as "nothing written" (tester11 #8b). {message} is the JSON's error, its end stop
   * dropped; {files} the workbook and any full lists, joined by fileSeparator.
   */
  jsonNotWrittenOthersWere:
    "{message}. Everything else was written ({files}); only the JSON result was not.",
  fileSeparator: ", ",
};

export const ANALYZE_ZH: Record<keyof typeof ANALYZE_EN, string> = {
  inputOpenInExcel:
    "{file} 似乎正在 Excel 中打开（有 {lock}）：未保存的修改不在本报告里。请在 Excel 中保存后重新运行；如 Excel 并未打开它，这是遗留的锁文件，可删除 {lock}",
  inputOpenInLibreOffice:
    "{file} 似乎正在 LibreOffice 中打开（有 {lock}）：未保存的修改不在本报告里。请在 LibreOffice 中保存后重新运行；如 LibreOffice 并未打开它，这是遗留的锁文件，可删除 {lock}",
  inputSheetHidden:
    "工作表“{sheet}”在 Excel 中是隐藏的，仍作为“{input}”表读取。如它不是要分析的表（旧数据、草稿），请改名或删除它，并取消隐藏要分析的表",
  tableNameKept:
    "“{sheet}”工作表中的表格名为“{name}”，是您改的名称（分析原先的名称是“{ours}”）：刷新保留您的名称，引用它的公式照常有效",
  tabNamesKept:
    "工作簿上次的分析为英文。本工具的表保留原名，以免指向它们的公式和链接失效：{tabs}。表中内容现为中文",
  tabNamesKeptAdded:
    "工作簿上次的分析为英文。本工具的表保留原名，以免指向它们的公式和链接失效：{tabs}。本次新增的 {count|#} 张表也用英文命名，与之一致：{added}。表中内容现为中文",
  tabNameGloss: "{name}（{meaning}）",
  tabNamesTaken:
    "工作簿中已有 {count} 个您自己的工作表名为“{names}”：本工具的同名表写为“{renamed}”，本工具各表中也以此名指向它们。如要本工具的表用原名，请给您的工作表改名",
  fullListBeside: "工作簿旁的 {csv}",
  fullListBesideAndJson: "工作簿旁的 {csv} 及 JSON 结果",
  previousUnreadable: "{file}：无法读取上次的 JSON 结果（{detail}）",
  previousIsCsv:
    "{file}：--previous 应指向之前一次运行的输出，而不是输入文件：那次写出的 .xlsx 工作簿，或它的 --json 结果",
  previousNoAnalysis:
    "{file}：其中没有上次的分析结果（没有运行状态表或“客户分类”表，也没有客户列表）",
  previousOtherData:
    "--previous {file} 似乎是另一份数据的分析：两次都有的 {matched|#} 个客户编号中，只有 {same|#} 个（{share}）名称相同（如 {id}：上次为“{previousName}”，本次为“{currentName}”）。变化只能与同一份数据的上次分析比较；请让 --previous 指向这份数据的上次分析，或去掉 --previous",
  previousOtherIds:
    "--previous {file} 似乎是另一份数据的分析：其中 {previous|#} 位客户与本次的 {current|#} 位之间，只有 {common|#} 个客户编号相同（占较少一方的 {share}）。变化只能与同一份数据的上次分析比较；请让 --previous 指向这份数据的上次分析，或去掉 --previous",
  replacedOtherIds:
    "{file} 中已有另一份数据的分析：其中 {previous|#} 位客户与本次的 {current|#} 位之间，只有 {common|#} 个客户编号相同（占较少一方的 {share}）。本次运行会替换那份报告并与之比较：请用 -o 另取输出文件名，或先把那个文件移走",
  replacedOtherData:
    "{file} 中已有另一份数据的分析：两边都有的 {matched|#} 个客户编号中，只有 {same|#} 个（{share}）名称相同（如 {id}：那份为“{previousName}”，本次为“{currentName}”）。本次运行会替换那份报告并与之比较：请用 -o 另取输出文件名，或先把那个文件移走",
  outIsOthersWorkbook:
    "{out}：这个工作簿中的工作表（{sheets}）不是本工具的报告，运行会用报告替换它们。请用 -o 另取输出文件名，或先把那个文件移走",
  outNotWorkbook:
    "{out}：这个文件不是本工具的报告（无法作为工作簿读取），运行会覆盖它。请用 -o 另取输出文件名，或先把那个文件移走",
  outProtectedWorkbook:
    "{out}：这个文件不是本工具的报告（无法作为工作簿读取，可能设有密码或是 .xls 文件），运行会覆盖它。请用 -o 另取输出文件名，或先把那个文件移走",
  outHoldsUserSheets:
    "{out}：其中的工作表“{sheets}”不是本工具的表，运行替换这份报告时会删除它们。请先把它们移到别的工作簿，或用 -o 另取输出文件名",
  outHoldsUserSheetsRefresh:
    "{out}：其中的工作表“{sheets}”不是本工具的表，运行替换这份报告时会删除它们。请先把它们移到别的工作簿，或用 -o 另取输出文件名。（就地刷新这份报告（npm run cli -- analyze {report} -o {report}）会保留它们，但分析的是报告中的数据表，即上次运行时“{input}”的副本，而不是“{input}”本身）",
  outHoldsMoreRows:
    "{out}：其中的工作表“{sheet}”到第 {reportRows|#} 行，而“{input}”中的“{sheet}”只到第 {inputRows|#} 行。如果有行是录入在报告里的，本次运行替换报告时会丢失它们：要保留，请刷新报告本身（npm run cli -- analyze {report}）。如果是有意从“{input}”删除了行，请先把报告移走，或用 -o 另取输出文件名",
  outHoldsAddedColumns:
    "{file}：你在本工具的表中添加了列，运行会重写这些表，其中你填写的内容将会丢失：{tabs}。文件未作任何改动。请把这些列移到你自己的工作表中（你添加的工作表会保留），或把备注写在“{schedule}”的状态、沟通要点或说明列中（会带入该客户的回访行），然后重新运行",
  addedOnTab: "“{tab}”中有 {rows|#} 行内容的{columns}",
  outTyped: "-o {file}",
  outDefault: "{file}（未指定 -o 时的默认输出）",
  outNotXlsx:
    "-o {file}：输出是 Excel 工作簿，文件名须以 .xlsx 结尾（如 -o {suggestion}）；如要数据格式的结果，请用 --json",
  outNotXlsm:
    "-o {file}：输入工作簿含宏（VBA），宏只能保留在 .xlsm 中，因此输出文件名须以 .xlsm 结尾（如 -o {suggestion}）；如要数据格式的结果，请用 --json",
  jsonNotJson:
    "--json {file}：JSON 结果须以 .json 命名，不能用 {kind}，以免替换同名的工作簿或 CSV（如 --json {suggestion}）；工作簿用 -o 指定",
  jsonNotWrittenOthersWere: "{message}。其他输出均已写入（{files}），只有 JSON 结果未写入。",
  fileSeparator: "、",
};

export const ARGS_ZH: Record<keyof typeof ARGS_EN, string> = {
  badLang: "--lang 只能是 zh-CN 或 en-US，而不是“{value}”",
  badOption: "{problem}（见 --help）",
  unknownOption: "未知选项 {option}（见 --help）",
  unknownOptionNear: "未知选项 {option}：您是否想输入 {suggestion}？（见 --help）",
  optionNeedsValue: "{option} 后面缺少值（见 --help）",
  optionTakesNoValue: "{option} 不带值（见 --help）",
  optionTwice: "{option} 给了两次（“{first}”和“{second}”）：请只给一次",
  unexpectedArgument: "多余的参数“{value}”（见 --help）",
  rulesNeedsMode: "rules：请给出 --print 或 --check rules.json",
  unknownCommand: "未知命令“{command}”（可用：analyze、rules；见 --help）",
  didYouMean: "未知命令“{command}”：您是否想输入 {suggestion}？（见 --help）",
  oneWorkbook: "analyze 只接受一个工作簿，实际给出 {count} 个",
  workbookOrCsv: "请给出工作簿或 CSV 文件（--customers/--transactions），不要同时给出",
  needsInput:
    "analyze 需要一个工作簿，或同时给出 --customers 和 --transactions 两个 CSV 文件（见 --help）",
  needsCustomers:
    "{file}：analyze 除交易外还需要客户文件。只有一列“客户编号”、每位客户一行的 CSV 即可（在 Excel 中：把交易的客户编号列复制到新工作表，数据 → 删除重复值，另存为 CSV UTF-8）；然后运行 analyze --customers 客户.csv --transactions {file}",
  asOfProblem: "--as-of：{problem}",
  backtestNeedsInput: "backtest 需要一个工作簿，或 --customers 与 --transactions 两个 CSV 文件",
  notWholeNumber: "--{name} 须为整数，而不是“{value}”",
  badValue: "--{name}：“{value}”不是有效的值（见 --help）",
};

/** `npm run backtest -- --help` (cli/backtest.ts), in the backtest section as `help`. */
export const BACKTEST_HELP_EN = `Customer Analytics — backtest of churn risk (the Validation tab's figures)

Usage:
  npm run backtest -- <workbook.xlsx> [options]
  npm run backtest -- --customers c.csv --transactions t.csv [options]

Runs the analysis as of each date and prints how well churn risk did: a model learned one horizon
earlier scores the customers, and what they bought up to the date is the outcome. Reads the input
as analyze does; writes nothing.

Options:
  --as-of DATE[,DATE…]              analysis dates (default: today; on old data give its last date),
                                    each as analyze's --as-of takes it (Dec 31, 2025 too)
  --horizon DAYS                    churn horizon in days (default: the rule set's)
  --rules FILE                      rule set JSON (as analyze's --rules)
  --lang zh-CN|en-US                language of the printout (default: the input's, else the system's)
  -h, --help                        this text
`;

export const BACKTEST_HELP_ZH = `客户分析 — 流失风险回测（即“模型验证”表的数据）

用法：
  npm run backtest -- <工作簿.xlsx> [选项]
  npm run backtest -- --customers 客户.csv --transactions 交易.csv [选项]

按每个分析日期运行分析，并给出流失风险的准确程度：用提前一个预测周期学到的模型为客户打分，
再与他们到分析日期为止的实际购买比较。读取输入的方式与 analyze 相同；不写出任何文件。

选项：
  --as-of 日期[,日期…]              分析日期（默认：今天；数据较旧时请给出其最后日期），
                                    写法同 analyze 的 --as-of
  --horizon 天数                    流失预测周期（天，默认：规则集中的设置）
  --rules 文件                      规则集 JSON（同 analyze 的 --rules）
  --lang zh-CN|en-US                输出语言（默认：输入的语言，否则为系统语言）
  -h, --help                        本说明
`;
