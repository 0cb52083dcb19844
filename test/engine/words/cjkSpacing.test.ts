import { CATALOGS, say } from "../../../src/engine/words/catalog";
import { fill, lowerFirst } from "../../../src/engine/words/format";

/**
 * Stop-20 tester W6: Chinese texts set words apart with spaces as English does
 * ("生命周期阶段从 成熟期 降至 衰退期"). Chinese runs its words together: no space between two Han
 * characters, nor between a Han character and a placeholder whose value is words (Chinese in a
 * Chinese run: a stage, a sheet, a tab). A space stays beside numbers, dates, codes and arrows
 * ("第 3 行", "v2", "成熟期 → 衰退期"), as in the rest of the catalog.
 *
 * Every zh template is rendered with sample values: words for the placeholders below, a number
 * for every other one.
 */

/**
 * Placeholders whose values are words: for every section ("*"), a section, or one code of it
 * (the code's list replaces its section's: changes.figure's {from} and {to} are numbers).
 */
const WORD_VALUED: Record<string, readonly string[]> = {
  "*": [
    ...["dimension", "sheet", "tab", "label", "level", "field", "input", "cause", "stage"],
    ...["expected", "reason", "order", "unit", "where", "population", "message"],
    // The visits' words by their kind (words/visitKind.ts: 上课/签到, 到诊, 签到表).
    ...["one", "ones", "log", "logSheet"],
  ],
  changes: ["from", "to"],
  // The causes of the other movers are words (分档门槛或数据更正).
  "overviewTab.changesOthers": ["causes"],
  "followUp.modelFitUnsettled": ["repeat", "how", "done"],
  "followUp.spendFitUnsettled": ["how", "done"],
  "followUp.modelFiguresBlank": ["advice"],
  // The customers named ("：1000001、1000002") or nothing, and the advice: words.
  "followUp.trendPeriodShort": ["ids", "advice"],
  // The weak ranking's clause ("，回测中…") or nothing: words.
  "followUp.churnHorizonShort": ["weak"],
  "followUp.briefChurnHorizonShort": ["weak"],
  // {when}: what the rows aged from, words ("其首次保留的日期", sched47).
  "followUp.typedStatusesDropped": ["ids", "when"],
  "followUp.typedNotesDropped": ["ids", "when"],
  "followUp.typedStatusSaysDone": ["ids", "tab", "contacts"],
  // The at-risk tab's and the schedule tab's names (tester54 T8).
  // {columns}: the headers, each in its quotes (“处理情况”): a word set against its quote (reviewer55 L1).
  "followUp.atRiskColumnsNotKept": ["tab", "schedule", "columns"],
  "followUp.scheduleColumnsNotKept": ["columns"],
  "analyze.addedOnTab": ["columns"],
  // The customers named ("（1000729 某公司）"), and the schedule tab's headers: words.
  "followUp.scheduleOwnerDateChanged": ["ids", "owner", "date"],
  "overviewTab.changesCauses2": ["a", "b"],
  "ruleErrors.wrongType": ["got"],
  "pane.fieldError": ["message"],
  // The input that took the sheet, named: a word (misc47).
  "pane.sheetLooksLikeTaken": ["taken"],
  // The required columns missing, each in its quotes (“客户编号”: tester60 U102).
  "input.sheetsLookLikeButFor": ["missing", "columns", "list"],
  // The sheet's own name ("（工作表“销售”）" or nothing) and the fields, quoted and listed: words.
  "pane.runBlockedHeader": ["on"],
  "pane.runBlockedColumns": ["on", "fields"],
  "pane.nextStepColumns": ["fields"],
  "runLog.sheetCount": ["count"],
  // Both columns ("C 列", "第 3 列") and what goes missing: words (tester44 #4).
  "quality.duplicate_column": ["value", "first", "second", "missing"],
  // Where a copy's first is ("第 3 行", "“2025年1月”表第 3 行"): words (reviewer59 M4).
  "quality.duplicate_row": ["firstAt"],
  "quality.duplicate_row_kept": ["firstAt"],
  "quality.duplicate_row_payment_differs": ["firstAt"],
  "quality.duplicate_row_split_payment": ["firstAt"],
  "quality.order_line_conflict": ["firstAt"],
  // The required columns missing, quoted and listed: words (tester44 #8b).
  "quality.missing_columns": ["fields"],
  // A customer's own columns, named: words (fixB's open point).
  "input.customersAreOther": ["fields"],
  "input.customersAreOtherFile": ["fields"],
  // The sheets missing, quoted, and the workbook's sheets: words (tester47 L4).
  "input.workbookNotCsvLacks": ["missing", "sheets", "named", "input"],
  "changes.figure": ["figure"],
  // The complaint's words, quoted (service_resolvedText: “收银员态度不好”), and what said a
  // customer left (客户表的状态, 跟进记录): words (tester68 U403, U402).
  "changes.service_resolved": ["text"],
  "changes.service_resolvedMany": ["text"],
  "summary.leftSourceOne": ["source"],
  "summary.leftSourceCount": ["source"],
  // The month's own word (3月, typedDate.month3) after the year: "2027 年3月" (fix64a).
  "followUpTab.putOffMonth": ["monthName", "note"],
  "followUpTab.putOffMonthNoNote": ["monthName"],
  // The same in a Customers note's put-off: {when} "2027 年3月" (fix65b).
  "followUpTab.monthOfYear": ["monthName"],
  // A seasonal customer's season, the months' own words (5月–9月, typedDate): "每年5月–9月购买".
  "churnReasons.longSinceOffSeason": ["from", "to"],
  "churnReasons.withinOffSeason": ["from", "to"],
  // The notes ("，另有 394 项提示" or nothing): words (tester61 U124).
  "cli.qualityLine": ["notes"],
  // The program's judgment rules' versions: numbers ("版本 1 → 2").
  "changes.judgmentChanged": [],
  "changes.judgmentChangedEarlier": [],
  // Version numbers (rules/readingVersion.ts).
  "changes.readingVersions": [],
  "changes.readingVersionsEarlier": [],
  "changes.reasonWithFigures": ["moves"],
  // A tier's cut-offs and the spend are numbers; the move and the tier's name are words.
  "changes.cutOffRose": ["move", "tier"],
  "changes.cutOffFell": ["move", "tier"],
  "changes.cutOffOthers": ["moves"],
  "changes.cutOffOthersLater": ["moves"],
  // The move is words; dates, days and counts are numbers (stop 42).
  "changes.programMove": ["move"],
  "changes.byTimeMove": ["move"],
  "changes.lostByTimeMove": ["moves"],
  // Who made a contact and how: words ("（王芳）", "电话联系").
  "changes.service_contactAny": ["owner"],
  "changes.service_contact": ["how", "owner"],
  "changes.boughtOneInterval": ["move"],
  "changes.boughtFalling": ["move"],
  "changes.boughtRiskRose": ["move"],
  "changes.refitOthers": ["move"],
  // Days (numbers), and where the previous run was read from (a file name, then words).
  "changes.figure_daysSinceLastPurchase": [],
  "changes.figure_daysSinceLastVisit": [],
  "changes.previousFile": ["source"],
  // Whose run log: "late.json 的运行日志" or "上次分析的运行日志" (words).
  "analysisNotes.laterHistoryLeftOut": ["log"],
  "analysisNotes.laterHistoryOnLog": ["log"],
  "changes.sheetsLeftOut": ["sheets"],
  // A command: its input and options are file names and flags, not numbers.
  "file.refreshCommand": ["input", "options", "previous"],
  "file.refreshIntoCommand": ["input", "options", "out"],
  // "2025-12-31 是星期三，不是星期五" (typedDate.ts).
  "typedDate.wrongWeekday": ["written", "actual"],
  "summary.sheetsLeftOutLine": ["sheets"],
  "changes.sheetsAdded": ["sheets"],
  "summary.sheetsAddedLine": ["sheets"],
  "followUpTab.instead": ["channel"],
  "followUpTab.insteadNoPhone": ["channel"],
  "followUpTab.insteadNoEmail": ["channel"],
  "followUpTab.insteadAsked": ["channel"],
  atRiskTab: ["contact", "why", "tier"],
  // The rows skipped, said in words ("；另有 1 行为合计行或空行，已跳过") or nothing.
  "quality.many_unreadable": ["skippedNote"],
  "quality.many_blank_required": ["skippedNote"],
  // The order columns carried down, quoted and listed: words (tester54 T10).
  "quality.continuation_lines_filled": ["fields"],
  // 邮箱 / 名称 (ingest keyEmails, keyNames).
  "quality.customer_key_by_other": ["what"],
  "quality.customer_key_shared": ["what"],
  // The customers (IDs and names) and examples are the user's own values, listed (keyByOther.ts).
  "quality.customer_key_shared_row": ["what", "customers"],
  "quality.customer_key_near": ["what", "customer"],
  "quality.customer_key_shared_rows": ["what", "examples"],
  "quality.customer_key_near_rows": ["what", "examples"],
  "ingest.keySharedExample": ["customers"],
  "ingest.keyNearExample": ["customer"],
  // A household's phone: the customers sharing it and the one its sales count for (reviewer66 M7).
  "quality.customer_key_household_row": ["what", "customers", "customer"],
  "quality.customer_key_household_rows": ["what", "examples"],
  "ingest.keyHouseholdExample": ["customers", "customer"],
  // "。是否应为“负责人”？" (headersFound.ts unmappedHint) or nothing.
  "quality.unmapped_column": ["hint"],
  "quality.unmapped_near_field": ["hint", "field"],
  // The sheet, the column, its suggestion and field are names; （未指定） is words (warnings.ts).
  "followUp.misspeltOwner": ["where", "column", "suggestion", "field", "none"],
  "followUp.misspeltColumn": ["where", "column", "suggestion", "field"],
  "followUp.misspeltOwnerNoCalls": ["where", "column", "suggestion", "field"],
  "followUp.misspeltPhone": ["where", "column", "suggestion", "field"],
  "followUp.misspeltEmail": ["where", "column", "suggestion", "field"],
  "followUp.misspeltConsent": ["where", "column", "suggestion", "field"],
  "followUp.misspeltInSheet": ["sheet"],
  "followUp.misspeltInFile": ["file"],
  // Where the visits were read from: the file, or the sheet of its workbook (inputReadFrom).
  "followUp.visitsRead": ["place"],
  "followUp.visitsReadAppointments": ["place"],
  "followUp.visitsStale": ["place"],
  "followUp.visitsStopped": ["place"],
  // What the newest row is: a transaction (交易) or a visit (上课签到), newer than every sale (fix63c).
  "followUp.staleData": ["what"],
  "followUp.sheetOfFile": ["sheet", "file"],
  // A warning's brief (a sentence) and a tab's name (overviewTab.ts warningText).
  "overviewTab.warningBrief": ["brief", "tab"],
  // Where a customer asked not to be contacted: a column's header and the words quoted.
  "followUpTab.doNotContact": ["place", "column", "words"],
  "followUpTab.doNotContactNoWords": ["place", "column"],
};

/** Column layouts: spaces align their columns (help, the backtest's tables). */
const LAYOUTS = new Set([
  "help.text",
  "backtest.help",
  "backtest.levelHead",
  "backtest.bandHead",
  "backtest.brier",
  "backtest.decileHead",
]);

const HAN = "\\u4e00-\\u9fff";
/** Two Han characters with only spaces between them. */
const SPACED = new RegExp(`[${HAN}][ \\u00a0]+[${HAN}]`);
/** A number run into a Han character: the catalog sets numbers apart ("第 3 行", "0–24 天"). */
const NUMBER_JOINED = new RegExp(`[${HAN}]12|12[${HAN}]`);

function rendered(section: string, code: string, template: string): string {
  const words = new Set([
    ...WORD_VALUED["*"],
    ...(WORD_VALUED[`${section}.${code}`] ?? WORD_VALUED[section] ?? []),
  ]);
  const params: Record<string, string | number> = {};
  for (const m of template.matchAll(/\{(\w+)(?:\|[^{}]*)?\}/g))
    params[m[1]] = words.has(m[1]) ? "成熟期" : 12;
  return fill(template, params, "zh-CN");
}

describe("no spaces between Chinese words (issue 13, W6)", () => {
  test("every zh template, rendered with sample values", () => {
    const zh = CATALOGS["zh-CN"] as unknown as Record<string, Record<string, string>>;
    const spaced: string[] = [];
    for (const [section, codes] of Object.entries(zh))
      for (const [code, template] of Object.entries(codes)) {
        if (LAYOUTS.has(`${section}.${code}`)) continue;
        const text = rendered(section, code, template);
        if (SPACED.test(text)) spaced.push(`${section}.${code}: ${text}`);
      }
    expect(spaced).toEqual([]);
  });

  test("a number is set apart from Chinese words, as elsewhere in the catalog", () => {
    const zh = CATALOGS["zh-CN"] as unknown as Record<string, Record<string, string>>;
    const joined: string[] = [];
    for (const [section, codes] of Object.entries(zh))
      for (const [code, template] of Object.entries(codes)) {
        // ruleDocs quote values ("24小时内"); backtest.stages' {population} brings its own comma.
        if (LAYOUTS.has(`${section}.${code}`) || section === "ruleDocs") continue;
        if (`${section}.${code}` === "backtest.stages") continue;
        // A date form as it is typed (2025年12月31日), one of those a typed date takes; a birthday's
        // month and day likewise (12月9日: typedDate.monthDay and its month words, tester60 U101).
        if (["typedDate.notADate", "typedDate.noYear"].includes(`${section}.${code}`)) continue;
        if (section === "typedDate" && /^month(Day|\d+)$/.test(code)) continue;
        const text = rendered(section, code, template);
        if (NUMBER_JOINED.test(text)) joined.push(`${section}.${code}: ${text}`);
      }
    expect(joined).toEqual([]);
  });

  test("the test can fail: the stop-20 text is caught", () => {
    expect(SPACED.test(rendered("changes", "dropped", "{dimension}从 {from} 降至 {to}"))).toBe(
      true,
    );
    expect(rendered("changes", "dropped", say("zh-CN", "changes", "dropped"))).toBe(
      "成熟期从成熟期降至成熟期",
    );
  });

  test("English changes: a dimension's name mid-sentence in lower case, an acronym kept", () => {
    expect(lowerFirst("Lifecycle stage")).toBe("lifecycle stage");
    expect(lowerFirst("RFM segment")).toBe("RFM segment");
    expect(lowerFirst("")).toBe("");
  });
});
