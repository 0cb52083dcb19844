import { inputSheets, salesSheetByColumns } from "../../engine/ingest/workbook";
import type { EpochDay } from "../../engine/parse/date";
import { isoDate } from "../../engine/parse/date";
import type { RuleSet } from "../../engine/rules";
import { resolveAnalysisDate } from "../../engine/analysisDate";
import { SHEET_KINDS, type Lang } from "../../engine/schema";
import { OfficeWorkbook } from "../../workbook/office/officeWorkbook";
import type { ExcelRun } from "../../workbook/office/run";
import type { WrittenTab } from "../../workbook/port";
import type { Choices } from "../choices";
import type { DataCheck } from "../dataCheck";
import { engineRun, type EngineResult, type KeyFigures, type RunRequest } from "./engineRun";
import { analyseInWorker, WorkerUnavailable, type AnalysisWorker } from "./inWorker";
import type { PaneAnalysis } from "./paneAnalysis";
import { pauser, withPauses } from "./pause";
import {
  engineProgress,
  reportProgress,
  throttled,
  writeProgress,
  type RunProgress,
} from "./progress";

/** Where the task pane runs. */
export interface Host {
  /** Excel.run, or the simulator's run. */
  run: ExcelRun;
  lang: Lang;
  /** The analysis date when the rules name none: today in Excel, the sample's date in the preview. */
  today(): EpochDay;
  /**
   * Starts the analysis worker (worker/start.ts); absent, null or throwing: the engine runs on
   * the page (Node, tests, a host without workers).
   */
  startWorker?: () => AnalysisWorker | null;
}

export interface RunResult {
  analysis: PaneAnalysis;
  written: WrittenTab[];
  figures: KeyFigures;
  check: DataCheck;
  asOf: EpochDay;
  durationSeconds: number;
  /** Where the engine ran: "worker", or "page" (no worker, or it failed to start). */
  engine: "worker" | "page";
}

export interface RunOptions {
  rules: RuleSet;
  choices: Choices;
  onProgress?: (p: RunProgress) => void;
  isCancelled?: () => boolean;
  /** Input rows expected (from a data check), so the read step can show how far it is. */
  expectedRows?: number;
  /** Lets the browser paint between blocks when the engine runs on the page (default: every 40 ms). */
  pause?: () => Promise<void>;
  /** The run log's "at" (epoch day with time); default: when the analysis ends. */
  now?: () => number;
}

function startWorker(host: Host): AnalysisWorker | null {
  try {
    return host.startWorker?.() ?? null;
  } catch {
    return null; // e.g. SecurityError: the page may not start workers (worker/start.ts)
  }
}

/**
 * Runs the analysis on the open workbook and writes the result tabs: reads the inputs (with the
 * user's sheet and column choices), analyses with the rules in the analysis worker (on the page
 * when there is none), writes every tab (the adapter builds the new rows before replacing the old
 * ones, so a cancel or failure leaves the earlier results). Throws InputError, CancelledError or
 * an Excel error; describeError puts them in words.
 *
 * @example const result = await runAnalysis(host, { rules, choices, onProgress, isCancelled });
 */
export async function runAnalysis(host: Host, options: RunOptions): Promise<RunResult> {
  const started = Date.now();
  // Each report re-renders the pane: at most ~10 a second within a step (progress.ts).
  const report = throttled(options.onProgress ?? (() => undefined));
  const isCancelled = options.isCancelled ?? (() => false);
  const pause = options.pause ?? pauser();
  const book = new OfficeWorkbook(host.run, { lang: host.lang, isCancelled });
  const asOf = resolveAnalysisDate({ rules: options.rules, today: host.today });

  // The read step names sheets by kind; show the sheet the user knows.
  const sheetNames: Partial<Record<string, string>> = {};
  const names = await book.sheetNames();
  const found = await salesSheetByColumns(
    book,
    names,
    inputSheets(names, options.choices.sheets),
    options.choices.columns,
  );
  for (const kind of SHEET_KINDS) if (found[kind].sheet) sheetNames[kind] = found[kind].sheet!;
  for (const [kind, sheet] of Object.entries(options.choices.sheets)) sheetNames[kind] ??= sheet;
  const onProgress = engineProgress(host.lang, sheetNames, options.expectedRows ?? 0, report);
  const request: RunRequest = {
    rules: options.rules,
    asOf,
    sheets: options.choices.sheets,
    columns: options.choices.columns,
    lang: host.lang,
    started,
    at: options.now?.(),
  };

  let engine: RunResult["engine"] = "page";
  let result: EngineResult | null = null;
  const worker = startWorker(host);
  if (worker) {
    try {
      result = await analyseInWorker(worker, book, request, onProgress, isCancelled);
      engine = "worker";
    } catch (error) {
      if (!(error instanceof WorkerUnavailable)) throw error;
    }
  }
  // No worker: the engine runs here, pausing after each block read so the page can paint.
  result ??= await engineRun(withPauses(book, pause), request, onProgress, isCancelled);
  report(reportProgress(host.lang, result.figures.customers));
  await pause();

  const { tables } = result;
  const writing = writeProgress(host.lang, tables, report);
  writing.start();
  const written = await book.writeTables(tables, writing.onRows);
  return {
    analysis: result.analysis,
    written,
    figures: result.figures,
    check: result.check,
    asOf,
    durationSeconds: Math.round((Date.now() - started) / 100) / 10,
    engine,
  };
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
