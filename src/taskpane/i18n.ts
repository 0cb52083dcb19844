import type { QualityCode } from "../engine/quality";
import type { Lang } from "../engine/schema";
import { fill } from "../engine/words/format";

/**
 * The task pane's words in zh-CN and en-US. Placeholders are `{name}`; fill them with `format`.
 * Both languages have the same keys (the `Strings` type makes a missing one a compile error) and
 * the same placeholders (test/taskpane/i18n.test.ts checks).
 */

const zh = {
  appTitle: "客户分析",
  tabData: "数据",
  tabRules: "规则",
  tabRun: "运行",
  tabResults: "结果",
  stepsLabel: "步骤",

  // Data
  dataIntro:
    "下面是在此工作簿中找到的输入表和列的对应关系。如有不对，请用下拉列表更正；更正会保存在工作簿中，同事打开文件时得到相同结果。",
  detecting: "正在查找输入表…",
  redetect: "重新查找",
  required: "必需",
  optional: "可选",
  sheetLabel: "工作表",
  sheetNotFound: "未找到",
  sheetMissingRequired: "找不到{sheet}表。请选择包含{sheet}数据的工作表。",
  sheetMissingOptional: "未找到（可选）。没有此表也能分析，相关结果会省略。",
  headerRow: "标题行：第 {row} 行",
  headerNotFound: "在前 30 行中找不到标题行。请检查工作表或选择其他表。",
  columnsSummary: "列对应：已识别 {mapped} / {total}",
  columnsBadge: "{mapped}/{total} 列",
  columnNotMapped: "（未对应）",
  missingColumns: "缺少必需的列：{fields}。请在下面为它选择一列。",
  autoMapping: "恢复自动识别",
  userChoice: "已手动更正",
  checkData: "检查数据",
  checkingData: "正在检查… 已读取 {rows} 行",
  checkTitle: "数据检查",
  rowsRead: "读取",
  rowsUsed: "使用",
  rowsRejected: "未使用",
  problemsTitle: "发现的问题",
  problemCount: "{count} 处",
  noProblems: "未发现问题。",
  checkFailed: "无法分析这些数据：",
  checkHint: "检查会读取全部输入行，列出可用与不可用的行数和发现的问题。",
  settingsSaved: "已保存到工作簿。",
  savedRulesInvalid: "工作簿中保存的规则无效，已改用默认规则：",
  loadFailed: "无法读取工作簿：",

  // Rules
  rulesIntro: "分析所用的主要阈值。修改会保存在工作簿中。完整规则可导出为 JSON 查看和修改。",
  groupScope: "分析范围",
  groupChurn: "流失风险",
  groupValue: "价值等级",
  groupFollowUp: "回访计划",
  groupComplaints: "投诉处理时限",
  asOfLabel: "分析日期",
  asOfHint: "YYYY-MM-DD；留空则为今天（{today}）。",
  horizonHint: "从分析日期起排多少天的回访。",
  cadenceHighLabel: "回访间隔：高价值（天）",
  cadenceMediumLabel: "回访间隔：中价值（天）",
  cadenceLowLabel: "回访间隔：低价值（天）",
  cadenceHint: "按价值等级的常规回访间隔，从上次联系或购买算起。",
  capacityLabel: "每人每日回访上限",
  capacityHint: "每位负责人每个工作日最多安排的回访数；超出的顺延。",
  horizonLabel: "回访计划天数",
  monthsLabel: "分析窗口（月）",
  inactiveLabel: "流失判定（天未购买）",
  highRiskLabel: "高风险分数线（0–100）",
  mediumRiskLabel: "中风险分数线（0–100）",
  highShareLabel: "高价值收入占比（0–1）",
  mediumShareLabel: "中价值收入占比（0–1）",
  firstResponseLabel: "首次响应时限（小时）",
  firstResponseHint: "投诉收到后须在此时限内首次响应。",
  resolveGeneralLabel: "解决时限：一般投诉（小时）",
  resolveComplexLabel: "解决时限：复杂投诉（小时）",
  resolveHint: "投诉收到后须在此时限内解决。",
  resetDefaults: "恢复默认值",
  rulesReset: "已恢复默认规则。",
  rulesInvalid: "规则有 {count} 处错误，修正后才能运行：",
  importExport: "导入 / 导出 JSON",
  importFile: "从文件导入…",
  importFileLabel: "选择规则文件（.json）",
  pasteLabel: "粘贴规则 JSON",
  applyPasted: "应用粘贴的规则",
  imported: "已导入规则并保存到工作簿。",
  importErrors: "规则未导入，请修正以下问题：",
  exportLabel: "当前规则（JSON，可复制）",
  download: "下载 JSON",
  copy: "复制",
  copied: "已复制。",
  copyFailed: "无法访问剪贴板：请选中文本后按 Ctrl+C 复制。",

  // Run
  runIntro: "读取输入表，按规则分析，并把结果写入单独的结果工作表。输入表不会被修改。",
  analysisDate: "分析日期：{date}",
  runButton: "运行分析",
  refreshButton: "刷新结果",
  cancel: "取消",
  cancelling: "正在取消…",
  running: "正在运行…",
  stepRead: "正在读取“{sheet}”",
  stepSummary: "正在汇总每位客户的购买",
  stepSegments: "正在分类客户并评估流失风险",
  stepFollowUps: "正在排回访计划",
  stepSatisfaction: "正在分析满意度与投诉",
  stepModel: "正在估算客户未来价值",
  stepOverview: "正在计算概览指标",
  stepChurnRisk: "正在评估流失风险",
  stepChurnLearn: "正在从历史数据学习流失规律",
  stepChurnBacktest: "正在回测流失预测",
  stepChanges: "正在与上次结果比较",
  stepReport: "正在准备结果表",
  stepWrite: "正在写入“{tab}”",
  rowsDone: "已处理 {rows} 行",
  rowsOf: "已处理 {done} / {total} 行",
  runDone: "完成：用时 {seconds} 秒。",
  runCancelled: "已取消。之前的结果保持不变。",
  fixRulesFirst: "规则有错误，请先在“规则”中修正。",
  missingInputs: "缺少必需的输入表，请先在“数据”中选择。",

  // Results
  noResults: "还没有结果。请在“运行”中运行分析。",
  keyFigures: "关键数字",
  highRisk: "高流失风险客户",
  followUpsThisWeek: "未来 7 天待回访",
  nps: "净推荐值（NPS）",
  noSurveys: "无调查",
  resultTabs: "结果工作表",
  resultTabsHint: "点击名称打开该工作表。",
  tabRows: "{rows} 行",
  tabRow: "1 行",
  renamedTitle: "工作表改名",
  qualityNote: "数据质量：{count|# 条|# 条}记录，详见“{tab}”。",
  asOfNote: "分析日期 {date} · 用时 {seconds} 秒",
  problemTitle: "未能完成",
  cancelledTitle: "已取消",
  excelError: "Excel 返回了错误（{code}）：{message}",
  unexpectedError: "意外错误：{message}",
  activateFailed: "无法打开工作表“{sheet}”：{message}",

  // Outside Excel
  notInExcelTitle: "请在 Excel 中打开",
  notInExcelBody:
    "此页面是 Excel 加载项的任务窗格，只能在 Excel 中运行（Office.js 未加载或不在 Office 中）。要在浏览器中试用，请打开预览页面：",
  previewLink: "预览（示例数据）",
  oldExcelTitle: "Excel 版本过旧",
  loading: "正在加载…",
  previewBanner:
    "预览：任务窗格在浏览器中运行，使用内置示例数据（{customers} 位客户，模拟工作簿）。在 Excel 中，它读取您打开的工作簿。",
  previewWorkbook: "模拟工作簿",
  previewActive: "当前",
} as const;

export type StringKey = keyof typeof zh;
export type Strings = Record<StringKey, string>;

const en: Strings = {
  appTitle: "Customer Analytics",
  tabData: "Data",
  tabRules: "Rules",
  tabRun: "Run",
  tabResults: "Results",
  stepsLabel: "Steps",

  dataIntro:
    "The input sheets found in this workbook and how their columns were matched. Correct anything wrong from the dropdowns; corrections are saved in the workbook, so colleagues who open the file get the same result.",
  detecting: "Looking for the input sheets…",
  redetect: "Look again",
  required: "Required",
  optional: "Optional",
  sheetLabel: "Sheet",
  sheetNotFound: "Not found",
  sheetMissingRequired: "No {sheet} sheet found. Choose the sheet that holds the {sheet} data.",
  sheetMissingOptional:
    "Not found (optional). The analysis runs without it and leaves out what needs it.",
  headerRow: "Header row: row {row}",
  headerNotFound: "No header row in the first 30 rows. Check the sheet or choose another.",
  columnsSummary: "Columns matched: {mapped} of {total}",
  columnsBadge: "{mapped}/{total} columns",
  columnNotMapped: "(not matched)",
  missingColumns: "Required columns missing: {fields}. Choose a column for each below.",
  autoMapping: "Use automatic matching",
  userChoice: "Corrected by you",
  checkData: "Check data",
  checkingData: "Checking… {rows} rows read",
  checkTitle: "Data check",
  rowsRead: "Read",
  rowsUsed: "Used",
  rowsRejected: "Not used",
  problemsTitle: "Problems found",
  problemCount: "{count}",
  noProblems: "No problems found.",
  checkFailed: "This data cannot be analysed:",
  checkHint:
    "The check reads every input row and lists the rows used, the rows not used and the problems found.",
  settingsSaved: "Saved in the workbook.",
  savedRulesInvalid:
    "The rules saved in this workbook are not valid; the default rules are used instead:",
  loadFailed: "Could not read the workbook:",

  rulesIntro:
    "The main thresholds of the analysis. Changes are saved in the workbook. Export the JSON to see and edit every rule.",
  groupScope: "Scope",
  groupChurn: "Churn risk",
  groupValue: "Value tiers",
  groupFollowUp: "Follow-ups",
  groupComplaints: "Complaint deadlines",
  asOfLabel: "Analysis date",
  asOfHint: "YYYY-MM-DD; leave blank for today ({today}).",
  horizonHint: "How many days of follow-ups to plan from the analysis date.",
  cadenceHighLabel: "Contact every: high value (days)",
  cadenceMediumLabel: "Contact every: medium value (days)",
  cadenceLowLabel: "Contact every: low value (days)",
  cadenceHint: "Regular contact by value tier, counted from the last contact or purchase.",
  capacityLabel: "Contacts per owner per day",
  capacityHint: "The most follow-ups planned for one owner on a working day; the rest move later.",
  horizonLabel: "Follow-up plan (days)",
  monthsLabel: "Analysis window (months)",
  inactiveLabel: "Churned after (days without purchase)",
  highRiskLabel: "High risk from score (0–100)",
  mediumRiskLabel: "Medium risk from score (0–100)",
  highShareLabel: "High value: revenue share (0–1)",
  mediumShareLabel: "Medium value: revenue share (0–1)",
  firstResponseLabel: "First response within (hours)",
  firstResponseHint: "A complaint must get its first response within this time.",
  resolveGeneralLabel: "Resolve within: general (hours)",
  resolveComplexLabel: "Resolve within: complex (hours)",
  resolveHint: "A complaint must be resolved within this time of receipt.",
  resetDefaults: "Reset to defaults",
  rulesReset: "Default rules restored.",
  rulesInvalid: "The rules have {count} problems; fix them to run:",
  importExport: "Import / export JSON",
  importFile: "Import from file…",
  importFileLabel: "Choose a rule file (.json)",
  pasteLabel: "Paste rule-set JSON",
  applyPasted: "Apply pasted rules",
  imported: "Rules imported and saved in the workbook.",
  importErrors: "The rules were not imported; fix these problems:",
  exportLabel: "Current rules (JSON, copyable)",
  download: "Download JSON",
  copy: "Copy",
  copied: "Copied.",
  copyFailed: "The clipboard is not available: select the text and press Ctrl+C.",

  runIntro:
    "Reads the input sheets, analyses them with the rules and writes the results to separate result tabs. Input sheets are never changed.",
  analysisDate: "Analysis date: {date}",
  runButton: "Run analysis",
  refreshButton: "Refresh results",
  cancel: "Cancel",
  cancelling: "Cancelling…",
  running: "Running…",
  stepRead: "Reading “{sheet}”",
  stepSummary: "Summarising each customer's purchases",
  stepSegments: "Classifying customers and scoring churn risk",
  stepFollowUps: "Planning follow-ups",
  stepSatisfaction: "Analysing satisfaction and complaints",
  stepModel: "Estimating each customer's future value",
  stepOverview: "Computing the overview figures",
  stepChurnRisk: "Scoring churn risk",
  stepChurnLearn: "Learning churn from past purchases",
  stepChurnBacktest: "Backtesting the churn prediction",
  stepChanges: "Comparing with the last results",
  stepReport: "Preparing the result tables",
  stepWrite: "Writing “{tab}”",
  rowsDone: "Rows done: {rows}",
  rowsOf: "{done} of {total} rows",
  runDone: "Done in {seconds} s.",
  runCancelled: "Cancelled. The earlier results are unchanged.",
  fixRulesFirst: "The rules have problems: fix them under Rules first.",
  missingInputs: "A required input sheet is missing: choose it under Data first.",

  noResults: "No results yet. Run the analysis under Run.",
  keyFigures: "Key figures",
  highRisk: "Customers at high churn risk",
  followUpsThisWeek: "Follow-ups in the next 7 days",
  nps: "Net Promoter Score (NPS)",
  noSurveys: "No surveys",
  resultTabs: "Result tabs",
  resultTabsHint: "Select a name to open that tab.",
  tabRows: "{rows} rows",
  tabRow: "1 row",
  renamedTitle: "Tab renamed",
  qualityNote: "Data quality: {count|# finding|# findings}, listed in “{tab}”.",
  asOfNote: "Analysis date {date} · took {seconds} s",
  problemTitle: "Could not finish",
  cancelledTitle: "Cancelled",
  excelError: "Excel reported an error ({code}): {message}",
  unexpectedError: "Unexpected error: {message}",
  activateFailed: "Could not open the tab “{sheet}”: {message}",

  notInExcelTitle: "Open this in Excel",
  notInExcelBody:
    "This page is the task pane of an Excel add-in and runs only inside Excel (Office.js did not load, or this is not Office). To try it in a browser, open the preview page:",
  previewLink: "Preview (sample data)",
  oldExcelTitle: "Excel is too old",
  loading: "Loading…",
  previewBanner:
    "Preview: the task pane running in a browser on the bundled sample ({customers} customers, simulated workbook). In Excel it reads the workbook you have open.",
  previewWorkbook: "Simulated workbook",
  previewActive: "active",
};

/** Every string, per language. */
export const STRINGS: Record<Lang, Strings> = { "zh-CN": zh, "en-US": en };

/** Short names of data-quality codes for the Data step's problem list. */
export const PROBLEM_NAMES: Record<Lang, Record<QualityCode, string>> = {
  "zh-CN": {
    missing_required: "必填项为空",
    unparseable_value: "无法识别的值",
    duplicate_customer_id: "客户编号重复",
    unknown_customer: "客户不在客户表中",
    future_date: "日期晚于分析日期",
    zero_amount: "金额为 0",
    blank_row: "空行（已跳过）",
    totals_row: "合计行（已跳过）",
    unparseable_optional: "可选项无法识别（按空值处理）",
    unknown_cause: "投诉原因未识别（归为“其他”）",
    out_of_range: "超出范围（按空值处理）",
    possible_duplicate_customer: "可能重复的客户（请核对）",
    ambiguous_number: "数字的小数符号不明确（请核对）",
    encoding_fallback: "行的编码与文件不同（请核对文字）",
    invalid_encoding: "行含无效字节（请核对文字）",
    text_too_long: "文字超过单元格上限（输出中截断）",
    number_in_date_cell: "日期格式单元格中的数字（按数字读取）",
    missing_column: "缺少必需的列",
    missing_sheet: "缺少工作表",
    header_not_found: "找不到标题行",
    unmapped_column: "未识别的列（已忽略）",
  },
  "en-US": {
    missing_required: "Required value empty",
    unparseable_value: "Unreadable value",
    duplicate_customer_id: "Duplicate customer ID",
    unknown_customer: "Customer not on the Customers sheet",
    future_date: "Date after the analysis date",
    zero_amount: "Amount is zero",
    blank_row: "Blank rows (skipped)",
    totals_row: "Totals rows (skipped)",
    unparseable_optional: "Unreadable optional value (treated as empty)",
    unknown_cause: "Complaint cause not recognised (counted as other)",
    out_of_range: "Out of range (treated as empty)",
    possible_duplicate_customer: "Possible duplicate customers (please review)",
    ambiguous_number: "Numbers with an unclear decimal mark (please check)",
    encoding_fallback: "Rows in another encoding than the file (please check the text)",
    invalid_encoding: "Rows with invalid bytes (please check the text)",
    text_too_long: "Text longer than a cell holds (cut on the tabs)",
    number_in_date_cell: "Number in a date-formatted cell (read as a number)",
    missing_column: "Required column missing",
    missing_sheet: "Sheet missing",
    header_not_found: "No header row",
    unmapped_column: "Unrecognised columns (ignored)",
  },
};

/**
 * The UI language for a BCP 47 tag (Office.context.displayLanguage, navigator.language, ?lang=):
 * any Chinese is zh-CN, anything else en-US.
 *
 * @example pickLang("zh-TW") // "zh-CN"
 * @example pickLang("de-DE") // "en-US"
 */
export function pickLang(tag: string | null | undefined): Lang {
  return typeof tag === "string" && /^zh\b/i.test(tag.trim()) ? "zh-CN" : "en-US";
}

/**
 * Fills `{name}` placeholders; unknown ones stay as they are.
 *
 * @example format("{rows} rows done", { rows: 12 }) // "12 rows done"
 */
export function format(
  template: string,
  params: Record<string, string | number> = {},
  lang: Lang = "en-US",
): string {
  return fill(template, params, lang);
}

/**
 * A translator for one language: `t("rowsDone", { rows: 5 })`.
 *
 * @example translator("en-US")("tabRun") // "Run"
 */
export function translator(
  lang: Lang,
): (key: StringKey, params?: Record<string, string | number>) => string {
  const table = STRINGS[lang];
  return (key, params) => format(table[key], params, lang);
}

export type Translate = ReturnType<typeof translator>;

/**
 * A whole number in the UI language's style (thousands separators).
 *
 * @example formatCount(12345, "en-US") // "12,345"
 */
export function formatCount(n: number, lang: Lang): string {
  return new Intl.NumberFormat(lang, { maximumFractionDigits: 0 }).format(n);
}
