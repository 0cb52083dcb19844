import type { Cell } from "../../engine/cells";
import type { ReportTable } from "../../engine/report/table";
import { fitSample, fitWidths } from "./columnWidths";

// A tab's column widths fitted on another thread (the command line's aside thread, once it has
// written the JSON or between its pieces) while the main thread writes the tab before it. At
// 100,000 customers the main thread fits the schedule's and the at-risk tab's columns (their
// shared widths, the headers' breaks: columnWidths.ts) for ~0.13 CPU-s after the segments tab,
// when it writes those tabs alone and the second core idles. The sample is taken where the tab's
// rows are (the main thread), a tab ahead, and goes with the job; the widths come back as data.
// A job not back when its tab starts is fitted there, from the same sample: the same widths.

/** A column's width and whether it wraps, as fitWidths gives them. */
export type FittedWidths = Array<{ width: number; wrap: boolean }>;

/** What fitWidths reads of a tab: its fields but its functions (rows are in `sample`). */
export interface FitJob {
  table: Record<string, unknown>;
  sample: Cell[][];
  headers: string[];
}

/**
 * Sends a job to be fitted elsewhere; the getter gives its widths once they are back, else null
 * (never waited for). Throws when the job cannot be sent: the tab is fitted where it is written.
 */
export type FitAside = (job: FitJob) => () => FittedWidths | null;

/** A tab's sample taken ahead, and its widths once fitted elsewhere (reportSheet.ts `fitted`). */
export interface FittedAhead {
  sample: Cell[][];
  widths: () => FittedWidths | null;
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
export function fitJob(table: ReportTable, sample: Cell[][], headers: string[]): FitJob {
  const data: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(table))
    if (typeof value !== "function") data[key] = value;
  return { table: data, sample, headers };
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
