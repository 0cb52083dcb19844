import type { Cell } from "../engine/cells";
import { analyzeWorkbook, type Analysis, type Progress } from "../engine/analyze";
import { localNow, resolveAnalysisDate } from "../engine/analysisDate";
import { CancelledError, InputError } from "../engine/errors";
import { findHeader, type ColumnOverrides } from "../engine/ingest/header";
import {
  ingestWorkbook,
  inputSheets,
  readTopRows,
  type GridSource,
} from "../engine/ingest/workbook";
import type { RowCounts } from "../engine/model";
import { isoDate, type EpochDay } from "../engine/parse/date";
import { QUALITY_CODES, type Finding, type QualityCode, type Severity } from "../engine/quality";
import { analysisTables } from "../engine/report/tabs";
import { defaultRules, parseRuleSet, type RuleSet } from "../engine/rules";
import { SHEET_KINDS, SHEETS, type Lang, type SheetKind } from "../engine/schema";
import { OfficeWorkbook } from "../workbook/office/officeWorkbook";
import { errorCode, type ExcelRun } from "../workbook/office/run";
import { loadWorkbookSettings, saveWorkbookSettings } from "../workbook/office/settings";
import type { WrittenTab } from "../workbook/port";
import { translator, type StringKey } from "./i18n";

/**
 * What the task pane does, apart from React: read and save the settings kept in the workbook,
 * find the input sheets and their columns, check the data, run the analysis with progress and
 * cancel, write the result tabs, and open one. The same code drives Excel (Excel.run) and the
 * preview page (the simulator's run); tests drive it in Node.
 */

/** Where the task pane runs. */
export interface Host {
  /** Excel.run, or the simulator's run. */
  run: ExcelRun;
  lang: Lang;
  /** The analysis date when the rules name none: today in Excel, the sample's date in the preview. */
  today(): EpochDay;
}

/** The user's choices of sheets and columns (saved in the workbook with the rule set). */
export interface Choices {
  sheets: Partial<Record<SheetKind, string>>;
  columns: Partial<Record<SheetKind, ColumnOverrides>>;
}

// ---------------------------------------------------------------------------------------------
// Settings

export interface LoadedSettings {
  rules: RuleSet;
  /** Why the saved rule set was not used (it no longer validates): the defaults apply. */
  rulesProblems: string[];
  choices: Choices;
}

/**
 * Reads the rule set and the sheet and column choices saved in the workbook. A saved rule set
 * that no longer validates is reported and replaced by the defaults.
 *
 * @example const { rules, choices } = await loadSettings(Excel.run, "zh-CN");
 */
export async function loadSettings(run: ExcelRun, lang: Lang): Promise<LoadedSettings> {
  const saved = await loadWorkbookSettings(run);
  let rules = defaultRules();
  let rulesProblems: string[] = [];
  if (saved.rules !== undefined) {
    const parsed = parseRuleSet(saved.rules, lang);
    if (parsed.ok) rules = parsed.rules;
    else rulesProblems = parsed.errors;
  }
  return {
    rules,
    rulesProblems,
    choices: { sheets: { ...(saved.sheets ?? {}) }, columns: { ...(saved.columns ?? {}) } },
  };
}

/**
 * Saves the rule set and/or the choices in the workbook (only what is given). Settings hold
 * configuration only: sheet names and header texts, never customer data.
 *
 * @example await saveSettings(Excel.run, { rules, choices });
 */
export async function saveSettings(
  run: ExcelRun,
  what: { rules?: RuleSet; choices?: Choices },
): Promise<void> {
  const settings: Parameters<typeof saveWorkbookSettings>[1] = {};
  if (what.rules) settings.rules = what.rules;
  if (what.choices) {
    const columns = Object.fromEntries(
      Object.entries(what.choices.columns).filter(([, m]) => m && Object.keys(m).length > 0),
    );
    settings.sheets = Object.keys(what.choices.sheets).length ? what.choices.sheets : null;
    settings.columns = Object.keys(columns).length ? columns : null;
  }
  await saveWorkbookSettings(run, settings);
}

/**
 * The choices after picking a sheet for an input: the old column corrections no longer apply.
 *
 * @example withSheet({ sheets: {}, columns: { customers: { name: "X" } } }, "customers", "客户").columns.customers // undefined
 */
export function withSheet(choices: Choices, kind: SheetKind, sheet: string): Choices {
  const columns = { ...choices.columns };
  delete columns[kind];
  return { sheets: { ...choices.sheets, [kind]: sheet }, columns };
}

/**
 * The choices after mapping a field to a header (null: back to automatic matching for that field).
 *
 * @example withColumn(empty, "transactions", "amount", "实付").columns.transactions // { amount: "实付" }
 */
export function withColumn(
  choices: Choices,
  kind: SheetKind,
  field: string,
  header: string | null,
): Choices {
  const map = { ...(choices.columns[kind] ?? {}) };
  if (header === null) delete map[field];
  else {
    // One column feeds one field: a header chosen here is no longer claimed by another field.
    for (const [f, h] of Object.entries(map)) if (h === header && f !== field) delete map[f];
    map[field] = header;
  }
  const columns = { ...choices.columns, [kind]: map };
  if (Object.keys(map).length === 0) delete columns[kind];
  return { sheets: { ...choices.sheets }, columns };
}

// ---------------------------------------------------------------------------------------------
// Detecting the inputs

export interface InputInfo {
  kind: SheetKind;
  required: boolean;
  /** The sheet (or table) used, or null when none was found. */
  sheet: string | null;
  /** True when the user chose the sheet (saved), false when it was found by name. */
  chosen: boolean;
  /** Excel row number of the header row; null when no header row was found. */
  headerRow: number | null;
  /** The header row's non-empty texts, left to right: the options of the column dropdowns. */
  headers: string[];
  /** Field key → the header it is read from, or null when no column matched. */
  mapping: Record<string, string | null>;
  /** Required fields with no column. */
  missing: string[];
  /** Fields the user mapped by hand. */
  corrected: string[];
}

export interface Detection {
  /** Every sheet and table name the inputs can be chosen from. */
  names: string[];
  inputs: Record<SheetKind, InputInfo>;
}

export { readTopRows } from "../engine/ingest/workbook";

function headerText(cell: Cell): string {
  if (cell === null || cell === undefined) return "";
  return String(cell).trim();
}

/**
 * Finds each input's sheet (the user's choice, else by name, as the analysis will) and, from its
 * top rows, the header row and the column each field is read from, with the user's corrections.
 * Reads only the first rows of each sheet, so it is quick on any size.
 *
 * @example const { inputs } = await detectInputs(book, choices); inputs.customers.mapping.customerId // "客户编号"
 */
export async function detectInputs(source: GridSource, choices: Choices): Promise<Detection> {
  const names = await source.sheetNames();
  const sheets = inputSheets(names, choices.sheets);
  const inputs = {} as Record<SheetKind, InputInfo>;
  for (const kind of SHEET_KINDS) {
    const spec = SHEETS[kind];
    const { sheet, chosen } = sheets[kind];
    const overrides = choices.columns[kind] ?? {};
    const info: InputInfo = {
      kind,
      required: spec.required,
      sheet,
      chosen,
      headerRow: null,
      headers: [],
      mapping: Object.fromEntries(spec.fields.map((f) => [f.key, null])),
      missing: spec.fields.filter((f) => f.required).map((f) => f.key),
      corrected: [],
    };
    inputs[kind] = info;
    if (!sheet) continue;
    const rows = await readTopRows(source, sheet);
    const match = findHeader(rows, spec, overrides);
    if (!match) continue;
    info.headerRow = match.rowIndex + 1;
    info.headers = [...new Set(match.headers.map(headerText).filter((h) => h !== ""))];
    for (const [field, column] of Object.entries(match.columns))
      info.mapping[field] = match.headers[column];
    info.missing = match.missing;
    info.corrected = Object.keys(overrides).filter(
      (f) => info.mapping[f] !== null && info.mapping[f] === overrides[f],
    );
  }
  return { names, inputs };
}

// ---------------------------------------------------------------------------------------------
// Data check

export interface ProblemCount {
  code: QualityCode;
  severity: Severity;
  /** Findings with this code (rows, or columns for sheet-level codes). */
  count: number;
}

export interface DataCheck {
  counts: Partial<Record<SheetKind, RowCounts>>;
  /** Problems by code, errors first, most frequent first. */
  problems: ProblemCount[];
  findings: number;
  /** Why the data cannot be analysed (a required sheet or column missing), in the UI language. */
  error: string | null;
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/**
 * Counts findings by code, errors first.
 *
 * @example problemCounts(findings)[0] // { code: "unknown_customer", severity: "error", count: 4 }
 */
export function problemCounts(findings: readonly Finding[]): ProblemCount[] {
  const counts = new Map<QualityCode, number>();
  for (const f of findings) counts.set(f.code, (counts.get(f.code) ?? 0) + 1);
  return [...counts]
    .map(([code, count]) => ({ code, severity: QUALITY_CODES[code] as Severity, count }))
    .sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || b.count - a.count);
}

/**
 * Reads every input row as the analysis will and reports rows read, used and not used per sheet
 * and the problems found by code. A required sheet or column that is missing is reported in
 * `error`, not thrown.
 *
 * @example const check = await checkData(book, choices, asOf, "zh-CN");
 */
export async function checkData(
  source: GridSource,
  choices: Choices,
  asOf: EpochDay,
  lang: Lang,
  onRows?: (rowsDone: number) => void,
): Promise<DataCheck> {
  let done = 0;
  const before: Partial<Record<SheetKind, number>> = {};
  try {
    const { dataset, findings } = await ingestWorkbook(source, {
      asOf,
      sheets: choices.sheets,
      columns: choices.columns,
      onProgress: (kind, rows) => {
        done += rows - (before[kind] ?? 0);
        before[kind] = rows;
        onRows?.(done);
      },
    });
    return {
      counts: dataset.counts,
      problems: problemCounts(findings),
      findings: findings.length,
      error: null,
    };
  } catch (error) {
    if (error instanceof InputError) {
      return { counts: {}, problems: [], findings: 0, error: describeError(error, lang).text };
    }
    throw error;
  }
}

/**
 * The data check a run already did (rows and findings of its ingest).
 *
 * @example dataCheckOf(result.analysis).counts.customers?.used
 */
export function dataCheckOf(analysis: Analysis): DataCheck {
  return {
    counts: analysis.dataset.counts,
    problems: problemCounts(analysis.findings),
    findings: analysis.findings.length,
    error: null,
  };
}

// ---------------------------------------------------------------------------------------------
// Running

export type Phase = "read" | "analyze" | "write";

/** Where a run is, for the progress bar. */
export interface RunProgress {
  phase: Phase;
  /** The current step in words (UI language). */
  label: string;
  /** Rows done in the current step (rows read, customers analysed, rows written). */
  rowsDone: number;
  /** Rows the current step has in all, when known (input rows, customers, the tab's rows). */
  rowsTotal?: number;
  /** 0–1 over the whole run; undefined when it cannot be estimated (an indeterminate bar). */
  fraction: number | undefined;
}

export interface KeyFigures {
  customers: number;
  highRisk: number;
  /** Follow-ups planned in the 7 days from the analysis date. */
  followUpsThisWeek: number;
  /** NPS (−100…100), null when there are no answers to the recommend question. */
  nps: number | null;
}

export interface RunResult {
  analysis: Analysis;
  written: WrittenTab[];
  figures: KeyFigures;
  check: DataCheck;
  asOf: EpochDay;
  durationSeconds: number;
}

export interface RunOptions {
  rules: RuleSet;
  choices: Choices;
  onProgress?: (p: RunProgress) => void;
  isCancelled?: () => boolean;
  /** Input rows expected (from a data check), so the read step can show how far it is. */
  expectedRows?: number;
  /** Lets the browser paint between blocks (default: a macrotask at most every 40 ms). */
  pause?: () => Promise<void>;
  /** The run log's "at" (epoch day with time); default now. */
  now?: () => number;
}

/** Share of the bar for each phase: reading is most of the work, then writing. */
const PHASE_SPAN: Record<Phase, [number, number]> = {
  read: [0, 0.5],
  analyze: [0.5, 0.6],
  write: [0.6, 1],
};
/** The engine's analysis steps in order (analyze.ts), with their words; others show as "Running…". */
const ANALYZE_STEPS: readonly [string, StringKey][] = [
  ["summary", "stepSummary"],
  ["segments", "stepSegments"],
  ["followUps", "stepFollowUps"],
  ["satisfaction", "stepSatisfaction"],
  ["model", "stepModel"],
  ["overview", "stepOverview"],
];

function within(phase: Phase, share: number): number {
  const [a, b] = PHASE_SPAN[phase];
  return a + (b - a) * Math.min(1, Math.max(0, share));
}

/**
 * Hands control back to the browser for one task: a MessageChannel message where there is one
 * (unlike setTimeout, not slowed to once a second when the page is in the background), else
 * setTimeout 0.
 */
function nextTask(): Promise<void> {
  if (typeof MessageChannel === "undefined")
    return new Promise((resolve) => setTimeout(resolve, 0));
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/**
 * A pause that yields to the browser when `everyMs` have passed since the last one, so a long run
 * keeps the page responsive and the progress bar painting.
 *
 * @example const pause = pauser(); for (…) await pause();
 */
export function pauser(everyMs = 40, clock: () => number = () => Date.now()): () => Promise<void> {
  let last = clock();
  return async () => {
    const now = clock();
    if (now - last < everyMs) return;
    await nextTask();
    last = clock();
  };
}

/**
 * A GridSource that pauses after each block it hands on (the engine's progress callbacks are
 * synchronous, so this is where a run can yield to the browser).
 *
 * @example withPauses(book, pauser())
 */
export function withPauses(source: GridSource, pause: () => Promise<void>): GridSource {
  return {
    sheetNames: () => source.sheetNames(),
    readSheet: (name, onRows) =>
      source.readSheet(name, async (rows, firstRow) => {
        await onRows(rows, firstRow);
        await pause();
      }),
    // The previous run's tabs (what changed since the last refresh).
    ownedSheet: source.ownedSheet ? (tab) => source.ownedSheet!(tab) : undefined,
  };
}

/**
 * The figures the Results step leads with.
 *
 * @example keyFigures(analysis).highRisk // analysis.kpis.customersByRisk[0]
 */
export function keyFigures(analysis: Analysis): KeyFigures {
  const { followUps } = analysis.schedule;
  const weekEnd = analysis.asOf + 7;
  let week = 0;
  for (let i = 0; i < followUps.count; i++) if (followUps.day[i] < weekEnd) week++;
  const nps = analysis.satisfaction?.window.stats.nps; // the analysis window's, as the Overview
  return {
    customers: analysis.dataset.customers.count,
    highRisk: analysis.kpis.customersByRisk[0] ?? 0,
    followUpsThisWeek: week,
    nps: nps !== undefined && Number.isFinite(nps) ? nps : null,
  };
}

/**
 * Runs the analysis on the open workbook and writes the result tabs: reads the inputs (with the
 * user's sheet and column choices), analyses with the rules, writes every tab (the adapter builds
 * the new tabs before removing the old ones, so a cancel or failure leaves the earlier results).
 * Throws InputError, CancelledError or an Excel error; describeError puts them in words.
 *
 * @example const result = await runAnalysis(host, { rules, choices, onProgress, isCancelled });
 */
export async function runAnalysis(host: Host, options: RunOptions): Promise<RunResult> {
  const t = translator(host.lang);
  const started = Date.now();
  const report = options.onProgress ?? (() => undefined);
  const isCancelled = options.isCancelled ?? (() => false);
  const pause = options.pause ?? pauser();
  const book = new OfficeWorkbook(host.run, { lang: host.lang, isCancelled });
  const source = withPauses(book, pause);
  const asOf = resolveAnalysisDate({ rules: options.rules, today: host.today });
  const expected = options.expectedRows ?? 0;

  const sheetNames: Partial<Record<string, string>> = {};
  let readBefore = 0;
  let lastKind = "";
  let lastRows = 0;
  let analyzeShare = 0;
  const onProgress = (p: Progress) => {
    if (p.step === "read") {
      if (p.detail !== lastKind) {
        readBefore += lastRows;
        lastKind = p.detail;
      }
      lastRows = p.rowsDone;
      const sheet = sheetNames[p.detail] ?? choicesSheet(options.choices, p.detail);
      const total = readBefore + p.rowsDone;
      report({
        phase: "read",
        label: t("stepRead", { sheet }),
        rowsDone: total,
        rowsTotal: expected > 0 ? Math.max(expected, total) : undefined,
        fraction: expected > 0 ? within("read", total / expected) : undefined,
      });
    } else {
      const i = ANALYZE_STEPS.findIndex(([detail]) => detail === p.detail);
      // A step this pane does not know yet keeps the bar where it was.
      if (i >= 0) analyzeShare = Math.max(analyzeShare, (i + 0.5) / ANALYZE_STEPS.length);
      const label = i >= 0 ? t(ANALYZE_STEPS[i][1]) : t("running");
      report({
        phase: "analyze",
        label,
        rowsDone: p.rowsDone,
        rowsTotal: p.rowsDone,
        fraction: within("analyze", analyzeShare),
      });
    }
  };
  // The read step names sheets by kind; show the sheet the user knows.
  const found = inputSheets(await book.sheetNames(), options.choices.sheets);
  for (const kind of SHEET_KINDS) if (found[kind].sheet) sheetNames[kind] = found[kind].sheet!;

  const analysis = await analyzeWorkbook(source, {
    rules: options.rules,
    asOf,
    sheets: options.choices.sheets,
    columns: options.choices.columns,
    onProgress,
    isCancelled,
  });
  if (isCancelled()) throw new CancelledError();
  report({
    phase: "analyze",
    label: t("stepReport"),
    rowsDone: analysis.dataset.customers.count,
    fraction: within("analyze", 1),
  });
  await pause();

  const durationBeforeWrite = (Date.now() - started) / 1000;
  const at = (options.now ?? (() => localNow()))();
  const tables = analysisTables(analysis, host.lang, {
    at,
    durationSeconds: round1(durationBeforeWrite),
    source: "add-in",
  });
  const totalRows = tables.reduce((s, tb) => s + tb.rowCount, 0) || 1;
  const offsets = new Map<string, number>();
  let sum = 0;
  for (const tb of tables) {
    offsets.set(tb.tab, sum);
    sum += tb.rowCount;
  }
  const sheetOf = new Map(tables.map((tb) => [tb.tab as string, tb.sheetName]));
  const rowsOfTab = new Map(tables.map((tb) => [tb.tab as string, tb.rowCount]));
  report({
    phase: "write",
    label: t("stepWrite", { tab: tables[0]?.sheetName ?? "" }),
    rowsDone: 0,
    fraction: within("write", 0),
  });
  const written = await book.writeTables(tables, (tab, rowsDone) => {
    const done = (offsets.get(tab) ?? 0) + rowsDone;
    report({
      phase: "write",
      label: t("stepWrite", { tab: sheetOf.get(tab) ?? tab }),
      rowsDone,
      rowsTotal: rowsOfTab.get(tab),
      fraction: within("write", done / totalRows),
    });
  });
  return {
    analysis,
    written,
    figures: keyFigures(analysis),
    check: dataCheckOf(analysis),
    asOf,
    durationSeconds: round1((Date.now() - started) / 1000),
  };
}

function round1(x: number): number {
  return Math.round(x * 10) / 10;
}

function choicesSheet(choices: Choices, kind: string): string {
  return choices.sheets[kind as SheetKind] ?? kind;
}

/**
 * Opens a result tab (worksheet.activate).
 *
 * @example await activateTab(Excel.run, "客户分类");
 */
export async function activateTab(run: ExcelRun, sheetName: string): Promise<void> {
  await run(async (context) => {
    context.workbook.worksheets.getItem(sheetName).activate();
    await context.sync();
  });
}

/** The analysis date as the UI shows it. @example showDate(20088) // "2024-12-31" */
export function showDate(day: EpochDay): string {
  return isoDate(day);
}

// ---------------------------------------------------------------------------------------------
// Errors in words

export interface ErrorText {
  kind: "input" | "cancelled" | "excel" | "unexpected";
  text: string;
}

/**
 * What went wrong, in the UI language: an InputError's own message (Chinese or English), a
 * cancel, an Excel error with its code, or anything else as unexpected.
 *
 * @example describeError(new InputError("No sheet", "没有表"), "zh-CN").text // "没有表"
 */
export function describeError(error: unknown, lang: Lang): ErrorText {
  const t = translator(lang);
  if (error instanceof InputError)
    return { kind: "input", text: lang === "zh-CN" ? error.messageZh : error.message };
  if (error instanceof CancelledError) return { kind: "cancelled", text: t("runCancelled") };
  const message = error instanceof Error ? error.message : String(error);
  const code = errorCode(error);
  if (code) return { kind: "excel", text: t("excelError", { code, message }) };
  return { kind: "unexpected", text: t("unexpectedError", { message }) };
}
