import { changesLine, neitherWayLines } from "../engine/report/changesTab";
import path from "node:path";
import { scheduleSummary, scheduleSummaryLines } from "../engine/followUp/summary";
import {
  CHURN_REASON_CODES,
  LIFECYCLE_STAGES,
  MAX_CHURN_REASONS,
  RFM_SEGMENTS,
  RISK_LEVELS,
} from "../engine/analysis";
import { amount, churnReasonsText } from "../engine/churn/reasons";
import { LEFT_SOURCES, leftSourceOf, type LeftSource } from "../engine/overview/kpis";
import { churnProbabilityOf, valueAtStake } from "../engine/followUp/valueAtStake";
import { TYPED_NOT_KEPT_WARNINGS } from "../engine/followUp/typedNotes";
import type { CustomerAnalysis } from "../engine/analysis";
import type { FollowUpSchedule } from "../engine/followUp/schedule";
import { isNoteWarning } from "../engine/followUp/warnings";
import { atRiskListed, listedLast } from "../engine/report/atRiskTab";
import { dataQualityTable } from "../engine/report/dataQualityTab";
import { TOLD_ROW_FINDINGS, toldFinding, toldFindings } from "../engine/report/toldFindings";
import { labelOf } from "../engine/labels";
import { isoDate } from "../engine/parse/date";
import { foldLabel } from "../engine/parse/text";
import { STOP_LIST_SHEET_WORDS } from "../engine/headerWords";
import type { Finding, QualityCode } from "../engine/quality";
import type { Lang } from "../engine/schema";
import type { WordParams } from "../engine/words/format";
import { SHEETS, SHEET_KINDS } from "../engine/schema";
import { inputSheets, sheetInput, siblingSheets } from "../engine/ingest/workbook";
import type { AnalyzeOutcome } from "./analyzeCommand";
import { tabName, type OutputTab } from "../engine/report/outputTabs";
import { say as words, type Code } from "../engine/words/catalog";
import { formatNumber, formatPercent, npsWhole, padDisplay } from "../engine/words/format";

/** Why an optional sheet that is there went unread (ingest: the sheet's findings). */
const UNUSABLE = new Set<QualityCode>(["empty_sheet", "header_not_found", "missing_column"]);
/** The label column of the segment, stage and risk blocks, in terminal columns (both languages). */
const LABEL_WIDTH = 22;

/**
 * The short summary the CLI prints after a run: where the output is, the row accounting per sheet,
 * counts per segment, stage and risk level, and the customers most at risk with their reasons.
 */
export function summaryText(o: AnalyzeOutcome, lang: Lang, topAtRisk = 10): string {
  const a = o.analysis;
  const an = a.classification.analysis;
  const lines: string[] = [];
  // Every number through the catalog's formatter, in the run's language (1,097, 97.5%).
  const pct = (x: number) => formatPercent(x, lang);
  const num = (x: number) => formatNumber(x, lang);
  // The sheet a tab was written to: a refresh in another language keeps our tabs' names, so
  // "see the … tab" names the tab the workbook has, not this language's name for it.
  const sheetOf = (tab: OutputTab) =>
    o.written.find((w) => w.tab === tab)?.sheetName ?? tabName(tab, lang);
  const say = (code: Code<"summary">, params?: WordParams) =>
    lines.push(words(lang, "summary", code, params));
  // A report refreshed in place replaced the very file given (reviewer D5, stop 42): said so.
  // Where the outputs are, as full paths whatever was typed (tester49 L5: `analysis.xlsx` for CSV
  // input, a full path for a workbook typed with one): a default output is named by us, and under
  // `npm run cli` a relative path reads from the project's folder, not the shell's.
  lines.push(
    words(lang, "cli", o.refreshedInPlace ? "refreshedInPlace" : "outputWorkbook", {
      file: path.resolve(o.outPath),
    }),
  );
  if (o.jsonPath) lines.push(words(lang, "cli", "jsonResult", { file: path.resolve(o.jsonPath) }));
  for (const w of o.written) {
    // A tab numbered because a sheet of the user's has its name is said by the run warning
    // tab_names_taken (with what our tabs' pointers then mean), not here as well.
    const taken = a.warnings.some((x) => x.tabs?.includes(tabName(w.tab, lang)));
    if (w.renamedBecause && !taken) lines.push(`  ${w.sheetName}: ${w.renamedBecause}`);
    // The engine's limits (report/limits.ts) keep both at 0; the writer counts them as a last guard.
    if (w.rowsLeftOut) say("rowsLeftOut", { sheet: w.sheetName, rows: w.rowsLeftOut });
    if (w.cutCells) say("cutCells", { sheet: w.sheetName, cells: w.cutCells });
  }
  lines.push(
    words(lang, "cli", "runLine", {
      date: isoDate(a.asOf),
      version: a.ruleSet.version,
      hash: a.ruleSet.hash.slice(0, 12),
      analysisSeconds: o.analysisSeconds.toFixed(1),
      seconds: o.seconds.toFixed(1),
    }),
  );
  // Stale data changes how every figure below reads: said first (a new-user trial found it last).
  for (const w of a.warnings)
    if (w.code === "stale_data") say("warning", { message: w.message[lang] });
  // So is a sheet of the sales' very columns left unread for its name (交易备份: tester64 U180).
  for (const f of a.findings)
    if (f.code === "same_column_sales_unread") say("error", { message: f.message[lang] });
  lines.push("");
  lines.push(words(lang, "cli", "rowsHeading"));
  for (const kind of SHEET_KINDS) {
    const c = a.dataset.counts[kind];
    // Visits read from an appointments sheet (预约登记) are said as such (tester65 U215).
    const appointments = kind === "visits" && a.dataset.visits?.appointments;
    const label = padDisplay(
      appointments ? words(lang, "cli", "appointmentsRows") : SHEETS[kind].label[lang],
      14,
    );
    const whyOf = (code: QualityCode) => {
      const name = words(lang, "problemNames", code);
      return lang === "en-US" ? name[0].toLowerCase() + name.slice(1) : name;
    };
    if (c) {
      // A header and no rows (a header-only surveys.csv): said on its row too (refresh8), as an
      // empty one is below.
      const headerOnly =
        c.read === 0 && a.findings.some((f) => f.kind === kind && f.code === "no_data_rows");
      lines.push(
        `  ${label} ${num(c.read)} / ${num(c.used)} / ${num(c.rejected)}` +
          (headerOnly ? words(lang, "cli", "sheetUnused", { why: whyOf("no_data_rows") }) : ""),
      );
      continue;
    }
    // An optional sheet there but unusable (empty, no header, a required column missing) is named
    // with why, not left out (stop 24 tester #7: an empty 投诉 dropped out of this table).
    const why = a.findings.find((f) => f.kind === kind && UNUSABLE.has(f.code));
    if (!why) continue;
    const reason = whyOf(why.code);
    lines.push(
      why.code === "empty_sheet"
        ? `  ${label} ${num(0)} / ${num(0)} / ${num(0)}${words(lang, "cli", "sheetUnused", { why: reason })}`
        : `  ${label} ${words(lang, "cli", "sheetNotUsed", { why: reason })}`,
    );
  }
  // A sheet read as an input under a name that is not one of the input's own (Sales data as the
  // Transactions, by its first word): which sheet was read as what (tester48 L5). A CSV file is
  // the input it was given as.
  const readAs = SHEET_KINDS.flatMap((kind) => {
    const s = a.dataset.sources[kind];
    if (!s || s.sheetIsFile) return [];
    const own = SHEETS[kind].names.map((n) => foldLabel(n));
    if (own.includes(foldLabel(s.sheetName))) return [];
    return [
      words(lang, "cli", "sheetReadAs", { input: SHEETS[kind].label[lang], sheet: s.sheetName }),
    ];
  });
  if (readAs.length > 0)
    lines.push(
      words(lang, "cli", "sheetsReadAs", {
        list: readAs.join(words(lang, "ingest", "nameSeparator")),
      }),
    );
  const unread = o.unreadSheets ?? [];
  if (unread.length > 0)
    lines.push(
      words(lang, "cli", "sheetsNotRead", {
        sheets: unread.length,
        list: unread.map((n) => `“${n}”`).join(words(lang, "ingest", "nameSeparator")),
        inputs: SHEET_KINDS.map((kind) => SHEETS[kind].label[lang]).join(
          words(lang, "ingest", "nameSeparator"),
        ),
      }),
      ...passedOver(a, unread, lang),
      ...stopListHints(unread, lang),
    );
  // Every finding (the pane's count and the JSON's dataQuality entries), how many need a look, and
  // the rows of the Data quality tab they are on: findings alike share a row (27 rows of one unknown
  // id: 27 findings on 1 row), so the two counts differ and both are named (reviewer12 D8).
  // Those that need a look counted apart from the notes (tester61 U124: "395 项问题" for one error
  // and 394 unread columns).
  const problems = a.findings.filter((f) => f.severity !== "info").length;
  const notes = a.findings.length - problems;
  const tabRows = () =>
    o.written.find((w) => w.tab === "dataQuality")?.rows ??
    dataQualityTable(a.findings, lang).rowCount;
  // None at all: no pointer to an empty tab (tester, stop 31: "0 条记录，其中 0 条需要核对（见…）").
  lines.push(
    a.findings.length === 0
      ? words(lang, "cli", "qualityNone")
      : problems === 0
        ? words(lang, "cli", "qualityNotesOnly", {
            count: notes,
            rows: tabRows(),
            tab: sheetOf("dataQuality"),
          })
        : words(lang, "cli", "qualityLine", {
            problems,
            notes: notes > 0 ? words(lang, "cli", "qualityNotes", { count: notes }) : "",
            rows: tabRows(),
            tab: sheetOf("dataQuality"),
          }),
  );
  // Findings that change what the analysis sees, not one row: each gets its own line (a new-user
  // trial: a third of the transactions dropped, or dates read the wrong way round, showed nowhere).
  // Each named by its sheet, or its file's name for a CSV file (stop-23 tester #11: "the file or
  // sheet is empty" named neither), unless its words name it already.
  // A typo'd header is said once, by its run warning at the end (which names the file and what it
  // costs), not here as well (stop 42 tester #5a: "customers.csv：列“负责任”未识别…" and then
  // "文件“customers.csv”的列“负责任”未识别…").
  for (const f of toldFindings(a)) lines.push(findingLine(f, lang));
  for (const code of TOLD_ROW_FINDINGS) {
    const rows = a.findings.filter((f) => f.code === code);
    if (rows.length === 0) continue;
    const first = rows[0];
    // A CSV by its file; a workbook's row by its file and sheet (reviewer59 M4: a copy found on
    // the second of two month sheets was said as "months.xlsx row 3").
    const where =
      first.sheetIsFile || !first.file
        ? (first.file && path.basename(first.file)) || first.sheet
        : words(lang, "summary", "sheetOfFile", {
            file: path.basename(first.file),
            sheet: first.sheet,
          });
    say("rowWarning", {
      sheet: where,
      row: first.row,
      message: first.message[lang],
      count: rows.length,
      tab: sheetOf("dataQuality"),
    });
  }
  // A run later than this one is not compared with (changes/laterRun.ts): said where the changes
  // line would be, not among the warnings at the end.
  for (const w of a.warnings)
    if (w.code === "later_run_not_compared") say("warning", { message: w.message[lang] });
  // A refresh says what moved since the last run (a new-user trial: the tab was written, the
  // summary was silent).
  if (a.changes) {
    const now = { asOf: a.asOf, ruleSetHash: a.ruleSet.hash };
    lines.push(changesLine(a.changes, now, lang, sheetOf("changes")));
    // Moves counted neither way (stop 31 tester #5), each said where it is counted, and input
    // sheets read by one run only, said like a rule-set change: the pane shows the same lines.
    for (const line of neitherWayLines(a.changes, lang, sheetOf("changes"))) lines.push(line.text);
  }
  lines.push("");
  const count = (arr: Int8Array, k: number) => arr.reduce((n, v) => n + (v === k ? 1 : 0), 0);
  const block = (
    title: string,
    list: readonly string[],
    arr: Int8Array,
    kind: Parameters<typeof labelOf>[0],
  ) => {
    lines.push(title);
    list.forEach((_, k) => {
      const n = count(arr, k);
      if (n > 0)
        lines.push(`  ${padDisplay(labelOf(kind, k, lang), LABEL_WIDTH)} ${num(n).padStart(8)}`);
    });
  };
  block(words(lang, "cli", "segmentsHeading"), RFM_SEGMENTS, an.rfmSegment, "segment");
  block(words(lang, "cli", "stagesHeading"), LIFECYCLE_STAGES, an.lifecycleStage, "stage");
  // Churn risk: the at-risk counts (high, medium) never include the already lost (level churned).
  const H = a.rules.churn.churnHorizonDays;
  say("riskHeading", { days: H });
  RISK_LEVELS.forEach((level, k) => {
    const n = count(an.churnLevel, k);
    if (n === 0) return;
    let sum = 0;
    for (let i = 0; i < an.churnLevel.length; i++)
      if (an.churnLevel[i] === k && Number.isFinite(an.churnProbability[i]))
        sum += an.churnProbability[i];
    const stated =
      level === "churned" || level === "prospect"
        ? ""
        : `  ${words(lang, "summary", "mean", { share: pct(sum / n) })}`;
    lines.push(
      `  ${padDisplay(labelOf("risk", k, lang), LABEL_WIDTH)} ${num(n).padStart(8)}${stated}`,
    );
  });
  // Of them, those the user says have left (状态 已搬离, 停用日期): no win-back either (tester58 U65).
  // Those whose status says the course was completed (结课: the reason's figure b is 1; tester61
  // U117) are told apart: they finished, not left; and those whose every subscription ended (b 2:
  // the Subscriptions sheet, not the Customers sheet, says so; newuser62 M3).
  const leftCode = CHURN_REASON_CODES.indexOf("customer_left");
  // By what said so (LEFT_SOURCES), named in the line (tester68 U402: a 回访记录 note read "客户表的
  // 状态或停用日期写明").
  const leftBy = new Array<number>(LEFT_SOURCES.length).fill(0);
  let completed = 0;
  for (let c = 0; c < an.churnLevel.length; c++) {
    if (an.churnReasons.codes[c * MAX_CHURN_REASONS] !== leftCode) continue;
    const by = leftSourceOf(an.churnReasons, c);
    if (by < 0) completed++;
    else leftBy[by]++;
  }
  const SUBSCRIPTION = LEFT_SOURCES.indexOf("subscription");
  const canceled = leftBy[SUBSCRIPTION];
  leftBy[SUBSCRIPTION] = 0;
  const left = leftBy.reduce((x, y) => x + y, 0);
  // Who left is churned whatever their last purchase (Finn, canceled 06-30, bought 183 days ago, was
  // told as "no purchase for 365 days"; newuser62 M3): the definition says so when any did.
  say(left + canceled > 0 ? "churnedNoteLeft" : "churnedNote", {
    level: labelOf("risk", RISK_LEVELS.indexOf("churned"), lang),
    days: a.rules.churn.churnedAfterDays,
  });
  if (left > 0) say("churnedLeftNote", { count: left, sources: leftSources(leftBy, lang) });
  if (canceled > 0) say("churnedSubscriptionNote", { count: canceled });
  if (completed > 0) say("churnedCompletedNote", { count: completed });
  // A completed status with payments on the customer's own rhythm since: not left (classify.ts
  // stillPaying; reviewer61 R10).
  const paying = a.classification.completedStillPaying ?? 0;
  if (paying > 0) say("completedPayingNote", { count: paying });
  // Default weights: the levels' percentages are a ranking, not measured chances; said here as on
  // the model tab, not only in the JSON (tester52 M3: 76.6 % read as a measured chance).
  if (a.churn?.model.note) lines.push(`  ${a.churn.model.note[lang]}`);
  if (a.churn?.validation.available) lines.push(`  ${a.churn.validation.sentence[lang]}`);
  else if (a.churn?.validation.note) lines.push(`  ${a.churn.validation.note[lang]}`);
  const k = a.kpis;
  say("rates", {
    retention: pct(k.retentionRate),
    churn: pct(k.churnRate),
    repeat: pct(k.repeatPurchaseRate),
  });
  // Which reading the rates follow (overview/kpis.ts; tester61 U116), as the Overview's notes say.
  const ratesOf = { left: k.previousLeft, previousActive: k.previousActive };
  if (k.reading.kind === "one_off")
    say("ratesOneOffNote", { ...ratesOf, once: k.reading.once, buyers: k.reading.buyers });
  else if (k.previousLeft > 0)
    say("ratesLeftNote", { ...ratesOf, sources: leftSources(k.previousLeftBy, lang) });
  if (a.satisfaction) {
    // The window's, beside the window's other KPIs; all time as its own line (issue 9 item 6).
    // Whole points, as the Overview and the pane (npsWhole).
    const npsText = (x: number) => (Number.isFinite(x) ? String(npsWhole(x)) : "–");
    const w = a.satisfaction.window;
    const from = isoDate(w.from);
    const to = isoDate(w.to);
    say("satisfactionWindow", {
      csat: pct(w.stats.csat),
      nps: npsText(w.stats.nps),
      from,
      to,
      responses: num(w.stats.responses),
    });
    const s = a.satisfaction.overall;
    say("satisfactionAll", {
      csat: pct(s.csat),
      nps: npsText(s.nps),
      responses: num(s.responses),
    });
  }
  // The schedule's summary and the run's warnings (followUp/summary.ts, followUp/warnings.ts).
  lines.push(
    ...scheduleSummaryLines(
      scheduleSummary(a.schedule),
      lang,
      undefined,
      sheetOf("segments"),
      sheetOf("followUps"),
    ),
  );
  for (const w of a.warnings)
    // rows_not_used: its many_unreadable findings are said above, with the column and a value;
    // returns_as_purchases, row_kinds_unknown, amounts_scaled, stored_value, currencies_mixed, sibling_sheets_unread,
    // missing_column: their findings are too.
    if (
      w.code !== "stale_data" &&
      w.code !== "later_run_not_compared" &&
      w.code !== "rows_not_used" &&
      w.code !== "returns_as_purchases" &&
      w.code !== "row_kinds_unknown" &&
      w.code !== "amounts_scaled" &&
      w.code !== "stored_value" &&
      w.code !== "currencies_mixed" &&
      w.code !== "sibling_sheets_unread" &&
      w.code !== "missing_column"
    )
      // The calendar the currency chose, the visits sheet read: what the run did, a note (isNoteWarning).
      say(isNoteWarning(w) ? "note" : "warning", { message: w.message[lang] });
  lines.push("");
  // The most value at risk among customers not yet churned (a call can still keep them): the
  // churn probability x 12-month spend, the schedule's own measure for a win-back (valueAtStake.ts).
  // By probability among the high level alone, all ten were small accounts (stop-23 trial T1).
  // The At-risk tab's first rows, said so (stop 30: tester stop 29 #1 found the two differ).
  const top = mostAtStake(an, a.schedule, topAtRisk);
  if (top.length > 0) say("topAtRisk", { count: top.length, tab: sheetOf("atRisk") });
  const c = a.dataset.customers;
  for (const i of top) {
    // The name once where it is the ID (QuickBooks keys its customers by name: tester70 U610,
    // "Quarry Bistro Quarry Bistro"), or where there is none.
    const name = (c.name[i] ?? "").trim();
    say("topLine", {
      who: name === "" || name === c.id[i] ? c.id[i] : `${c.id[i]} ${name}`,
      share: pct(an.churnProbability[i]),
      amount: amount(valueAtStake(an, i, true)),
      reasons: churnReasonsText(an, i, lang),
    });
  }
  return lines.join("\n") + "\n";
}

/** A told finding's summary line (toldFinding: its sheet or file named unless its words do). */
function findingLine(f: Finding, lang: Lang): string {
  const { note, sheet, message } = toldFinding(f, lang);
  if (sheet === undefined) return words(lang, "summary", note ? "note" : "warning", { message });
  return words(lang, "summary", note ? "sheetNote" : "sheetWarning", { sheet, message });
}

/**
 * Findings --quiet still says: rows refused for an unreadable required value are data missing
 * from the report, not chatter (tester51 C1: -q printed nothing with 3,024 of 3,036 refused).
 */
const QUIET_FINDINGS: ReadonlySet<QualityCode> = new Set([
  "many_unreadable",
  "many_blank_required",
  "returns_written_positive",
  "same_column_sales_unread",
]);

export function printSummary(o: AnalyzeOutcome, lang: Lang): void {
  process.stdout.write(summaryText(o, lang));
}

/**
 * What --quiet still says, on stderr: the warnings that something a user typed on the schedule
 * tab is not kept (typedNotes.ts TYPED_NOT_KEPT_WARNINGS; tester46 L3), each a line as in the
 * summary. The run's other warnings stay on the Overview, the run log and the JSON result.
 *
 * @example quietText(outcome, "zh-CN") // "警告：回访计划中有 1 个你手填的状态…\n"
 */
export function quietText(o: AnalyzeOutcome, lang: Lang): string {
  const refused = o.analysis.findings
    .filter((f) => QUIET_FINDINGS.has(f.code))
    .map((f) => `${findingLine(f, lang)}\n`);
  const typed = o.analysis.warnings
    .filter((w) => TYPED_NOT_KEPT_WARNINGS.has(w.code))
    .map((w) => `${words(lang, "summary", "warning", { message: w.message[lang] })}\n`);
  return [...refused, ...typed].join("");
}

/**
 * The `count` customers at risk whose value at stake (churn probability x 12-month spend) is
 * largest, then the more likely to leave, then in sheet order: the first `count` rows of the
 * At-risk tab (report/atRiskTab.ts: the same customers, atRiskListed, in the same order). At risk:
 * high or medium level, or low with a retention (win_back) contact in the schedule, which covers a
 * silent key account at a low figure (stop-24 tester #2). One pass with a short sorted list (no
 * sort of every customer). Customers with nothing at stake (0: a spend not above zero) are left out;
 * they sort last on the tab, so the list is still its first rows. So are the customers held
 * (followUp/hold.ts: paused, or a next contact agreed) and the finished courses (one day with
 * spend, then only ¥0 revisits), listed after the others on the tab (report/atRiskTab.ts
 * listedLast): their silence is no sign of leaving (tester59 U86, judge60).
 *
 * @example mostAtStake(analysis.classification.analysis, analysis.schedule, 10) // [41, 7, …]
 */
export function mostAtStake(
  an: CustomerAnalysis,
  schedule: Pick<FollowUpSchedule, "followUps" | "unscheduled" | "holds" | "finishedCourse">,
  count: number,
): number[] {
  if (count <= 0) return [];
  const listed = atRiskListed(an, schedule);
  const top: number[] = [];
  const stake: number[] = [];
  const before = (v: number, i: number, k: number) =>
    v > stake[k] || (v === stake[k] && churnProbabilityOf(an, i) > churnProbabilityOf(an, top[k]));
  for (let i = 0; i < listed.length; i++) {
    if (listed[i] !== 1 || listedLast(schedule, i)) continue;
    const v = valueAtStake(an, i, true);
    // Nothing at stake (a 12-month spend not above zero: returns exceeding purchases) is no call's
    // worth: "C002 … 0 at stake" was listed second of two (tester44 #5).
    if (!(v > 0)) continue;
    if (top.length === count && !before(v, i, count - 1)) continue;
    let k = Math.min(top.length, count - 1);
    while (k > 0 && before(v, i, k - 1)) k--;
    top.splice(k, 0, i);
    stake.splice(k, 0, v);
    if (top.length > count) {
      top.pop();
      stake.pop();
    }
  }
  return top;
}

/**
 * Per unread sheet whose name says an input that was read from another sheet (tester61 U119: a
 * sheet named 交易 beside 缴费, both a transactions name, and only 缴费 read): which sheet was read
 * and why, the earlier sheet on a tie (inputSheets, the one owner of the choice), and how to read
 * the other. Not for a sheet of another period (2025销售 beside 2026销售: sibling_sheets says it).
 */
/**
 * A line per unread sheet whose name says it lists customers not to contact (停止供货, 黑名单, Do not
 * call: STOP_LIST_SHEET_WORDS): how those customers are held off, by their Customers status or note
 * (tester63 U164). Not read as such a list: the status and note own "no contact", with their
 * reasons and the Overview's count, and a sheet of names alone could not say which customer.
 */
function stopListHints(unread: readonly string[], lang: Lang): string[] {
  const stop = STOP_LIST_SHEET_WORDS.map((w) => foldLabel(w));
  return unread
    .filter((sheet) => {
      const name = foldLabel(sheet);
      return stop.some((w) => name.includes(w));
    })
    .map((sheet) => `  ${words(lang, "cli", "sheetStopList", { sheet })}`);
}

function passedOver(
  a: AnalyzeOutcome["analysis"],
  unread: readonly string[],
  lang: Lang,
): string[] {
  return unread.flatMap((sheet) => {
    const kind = sheetInput(sheet);
    const read = kind ? a.dataset.sources[kind] : undefined;
    if (!kind || !read || read.sheetIsFile || read.sheetName === sheet) return [];
    // The sheet read for its columns over one of a weak name (维修单 over 储值卡流水:
    // salesSheetByColumns, tester70 U600): no tie of names; its input_sheet_unread warning says why.
    const warned = a.dataset.unreadInputSheets?.some((u) => u.name === sheet);
    if (warned && sheetInput(read.sheetName) !== kind) return [];
    const pair = [read.sheetName, sheet];
    if (siblingSheets(pair, inputSheets(pair))[kind]?.includes(sheet)) return [];
    // Listed first, the unread sheet would be read: the names say the input equally well.
    const tie = inputSheets([sheet, read.sheetName])[kind].sheet === sheet;
    return [
      `  ${words(lang, "cli", tie ? "sheetPassedOverTie" : "sheetPassedOver", {
        sheet,
        read: read.sheetName,
        input: SHEETS[kind].label[lang],
      })}`,
    ];
  });
}

/**
 * What said the customers left (counts by overview/kpis.ts LEFT_SOURCES), in words: one source
 * "跟进记录写明", several each with its count "客户表的状态写明 2 位，跟进记录写明 1 位".
 *
 * @example leftSources([0, 0, 0, 1, 0], "zh-CN") // "跟进记录写明"
 */
export function leftSources(counts: readonly number[], lang: Lang): string {
  const used = LEFT_SOURCES.flatMap((k, i) => (counts[i] > 0 ? [{ k, count: counts[i] }] : []));
  const name = (k: LeftSource) => words(lang, "summary", `leftSource_${k}`);
  if (used.length === 1)
    return words(lang, "summary", "leftSourceOne", { source: name(used[0].k) });
  return used
    .map(({ k, count }) => words(lang, "summary", "leftSourceCount", { source: name(k), count }))
    .join(words(lang, "summary", "leftSourcesSeparator"));
}
