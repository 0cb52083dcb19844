import type { Cell } from "../../engine/cells";
import type { ReportTable } from "../../engine/report/table";
import { fitSample, fitWidths } from "./columnWidths";
import { brokenAhead, paragraphsAhead, type BreakJob, type BrokenAhead } from "./paragraphsAhead";
import { MEMO, type ParagraphsAhead } from "./rowHeights";

// A tab's column widths fitted on another thread (the command line's aside thread, once it has
// written the JSON or between its pieces) while the main thread writes the tab before it. At
// 100,000 customers the main thread fits the schedule's and the at-risk tab's columns (their
// shared widths, the headers' breaks: columnWidths.ts) for ~0.13 CPU-s after the segments tab,
// when it writes those tabs alone and the second core idles. The sample is taken where the tab's
// rows are (the main thread), a tab ahead, and goes with the job; the widths come back as data.
// A job not back when its tab starts is fitted there, from the same sample: the same widths.

/** A column's width and whether it wraps, as fitWidths gives them. */
export type FittedWidths = Array<{ width: number; wrap: boolean }>;

/**
 * What fitWidths reads of a tab: its fields but its functions (rows are in `sample`); and its
 * breakLines columns' texts to break at their fitted widths (paragraphsAhead.ts), where the tab
 * has them at hand (ReportTable.columnTexts).
 */
export interface FitJob {
  table: Record<string, unknown>;
  sample: Cell[][];
  headers: string[];
  breaks?: BreakJob[];
}

/** A fitted job: its widths, and its breakLines columns' paragraphs broken at them. */
export interface FitAnswer {
  widths: FittedWidths;
  broken?: BrokenAhead[];
}

/**
 * Sends a job to be fitted elsewhere; the getter gives its answer once back, else null (never
 * waited for). Throws when the job cannot be sent: the tab is fitted where it is written.
 */
export type FitAside = (job: FitJob) => () => FitAnswer | null;

/**
 * A tab's sample taken ahead, and its widths once fitted elsewhere (reportSheet.ts `fitted`), with
 * its breakLines columns' paragraphs broken there (TableRowLines' memo), once back.
 */
export interface FittedAhead {
  sample: Cell[][];
  widths: () => FittedWidths | null;
  paragraphs?: () => ParagraphsAhead[];
}

/** Fewer rows than this and a tab is fitted where it is written (a job costs a message each way). */
export const FIT_ASIDE_MIN_ROWS = 1000;

/**
 * The rows a tab's columns are fitted to (fitSample of its first 2,000 and its typed rows), as the
 * sheet writer takes them: none for a hidden tab.
 *
 * @example tabSample(schedule).length // 2,000 and its typed rows past them
 */
export function tabSample(table: ReportTable): Cell[][] {
  return table.hidden ? [] : fitSample(table, Math.min(table.rowCount, 2000));
}

/**
 * True for a tab worth fitting on another thread: a table tab with many rows, shown, of this run's
 * rows alone (an appended tab's earlier rows join its sample where it is written).
 */
export function fitsAside(table: ReportTable): boolean {
  return (
    table.style === "table" &&
    !table.hidden &&
    table.mode !== "append" &&
    table.rowCount >= FIT_ASIDE_MIN_ROWS
  );
}

/**
 * The job of fitting `table` to `sample` under `headers`: its data fields (its functions stay).
 *
 * @example fitJob(schedule, tabSample(schedule), tableHeaders(schedule))
 */
export function fitJob(
  table: ReportTable,
  sample: Cell[][],
  headers: string[],
  breaks?: BreakJob[],
): FitJob {
  const data: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(table))
    if (typeof value !== "function") data[key] = value;
  return breaks && breaks.length > 0
    ? { table: data, sample, headers, breaks }
    : { table: data, sample, headers };
}

/**
 * The texts of a table's breakLines columns it has at hand (ReportTable.columnTexts), the first
 * MEMO rows' ("" for a row without): what a fit job breaks ahead.
 *
 * @example breakJobs(atRisk) // [{ column: 8, texts: [reasons…] }]
 */
export function breakJobs(table: ReportTable): BreakJob[] {
  const columnTexts = table.columnTexts;
  if (!columnTexts) return [];
  const jobs: BreakJob[] = [];
  table.columns.forEach((c, column) => {
    if (!c.breakLines) return;
    const at = columnTexts.call(table, column);
    if (!at) return;
    const n = Math.min(at.length, table.rowCount, MEMO);
    const texts: string[] = new Array<string>(n);
    for (let r = 0; r < n; r++) texts[r] = at[r] ?? "";
    jobs.push({ column, texts });
  });
  return jobs;
}

/**
 * A tab's sample and the answer to its fit job as the writer reads them (FittedAhead): the
 * paragraphs broken ahead keyed by the texts sent (`breaks`), asked once (the texts and what came
 * back are then let go).
 */
export function fittedFrom(
  sample: Cell[][],
  answer: () => FitAnswer | null,
  breaks: readonly BreakJob[],
): FittedAhead {
  let jobs = breaks;
  return {
    sample,
    widths: () => answer()?.widths ?? null,
    paragraphs: () => {
      const broken = jobs.length > 0 ? (answer()?.broken ?? []) : [];
      const out: ParagraphsAhead[] = [];
      for (const b of broken) {
        const job = jobs.find((j) => j.column === b.column);
        if (job) out.push(paragraphsAhead(b, job.texts));
      }
      jobs = [];
      return out;
    },
  };
}

/**
 * The other thread's side: the widths fitWidths gives the job's tab (a table tab: no layout looks).
 *
 * @example fittedWidths(fitJob(t, s, h)) // = fitWidths(t, s, h, s.map(() => undefined))
 */
export function fittedWidths(job: FitJob): FittedWidths {
  const table = { ...job.table, rows: () => [] } as unknown as ReportTable;
  return fitWidths(
    table,
    job.sample,
    job.headers,
    job.sample.map(() => undefined),
  );
}

/**
 * The other thread's side of a whole job: its widths, and its breakLines columns' paragraphs
 * broken at the widths of those that wrap (paragraphsAhead.ts), with the buffers to transfer.
 *
 * @example fitAnswer(fitJob(t, s, h, breakJobs(t))).answer.broken?.[0].width // 60
 */
export function fitAnswer(job: FitJob): { answer: FitAnswer; transfer: ArrayBuffer[] } {
  const widths = fittedWidths(job);
  if (!job.breaks) return { answer: { widths }, transfer: [] };
  const typed = (job.table.typedLines as ReadonlySet<string> | undefined) ?? null;
  const broken: BrokenAhead[] = [];
  const transfer: ArrayBuffer[] = [];
  for (const b of job.breaks) {
    const w = widths[b.column];
    if (!w?.wrap) continue; // not wrapped: not measured, nothing broken
    const made = brokenAhead(b, w.width, typed);
    broken.push(made.broken);
    transfer.push(...made.transfer);
  }
  return { answer: { widths, broken }, transfer };
}
