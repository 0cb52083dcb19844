import type { Grid } from "../../engine/cells";
import { BLOCK_CHARS } from "../../engine/changes/statePacked";
import type { ReportTable } from "../../engine/report/table";
import type { Lang } from "../../engine/schema";
import type { GridSource, TableSink, WrittenTab } from "../port";
import type { CancelSource } from "./cancel";
import { ownedKey } from "../ownedTabs";
import { readOwnership } from "./ownership";
import {
  listHiddenSheets,
  listSources,
  listWorksheets,
  readMergedAreas,
  readSource,
  type ReadStats,
} from "./reader";
import type { MergedArea } from "../../engine/ingest/mergedFill";
import { ABOVE_DECLARED, hostApiSupport, patientRun, type ApiSupport } from "./apiSupport";
import { cellEditError } from "./precheck";
import { errorCode, type Clock, type ExcelRun } from "./run";
import { writeReport, type WriteStats } from "./writer";

export interface OfficeWorkbookOptions {
  /** Language of messages (WrittenTab.renamedBecause). */
  lang: Lang;
  /** Cancels a read or write between chunks: an AbortSignal (or anything with `aborted`)… */
  signal?: { aborted: boolean };
  /** …or a callback that says whether the user has cancelled. */
  isCancelled?: () => boolean;
  /** Protect output tabs against accidental edits (default true; filtering and sorting stay allowed). */
  protect?: boolean;
  /**
   * Which ExcelApi sets the host supports (default: Office.context.requirements; everything when
   * office.js is absent, e.g. the simulator, which enforces its own apiVersion).
   */
  supports?: ApiSupport;
  /**
   * Times the pane's own work on each chunk, which is cut to a time budget (budget.ts); default
   * performance.now. Tests pass a fake one so chunk sizes do not depend on the machine's load.
   */
  clock?: Clock;
}

/**
 * The open workbook in Excel, through the Excel JavaScript API: reads input sheets and tables in
 * row chunks (GridSource) and writes the report tabs (TableSink). `run` is Excel.run in Excel and
 * the simulator's run in tests and the preview page.
 *
 * Sheet names listed: worksheets first, then Excel tables by their own names (a table whose name
 * is also a sheet's is not listed: the sheet wins in readSheet); the add-in's own tabs are left out.
 * worksheetNames lists the worksheets alone (what our tabs' sheet names may collide with).
 *
 * @example
 * const book = new OfficeWorkbook(Excel.run, { lang: "zh-CN", signal: controller.signal });
 * const { dataset } = await ingestWorkbook(book, { asOf });
 * await book.writeTables(tables);
 */
export class OfficeWorkbook implements GridSource, TableSink {
  /** Sizes of the chunks read and written so far (estimated request / measured response bytes). */
  readonly stats: { read: ReadStats; write: WriteStats } = {
    read: { chunks: 0, largestChunkBytes: 0, largestChunkRows: 0 },
    write: { chunks: 0, largestChunkBytes: 0, largestChunkRows: 0 },
  };

  private readonly run: ExcelRun;
  private readonly supports: ApiSupport;
  /** Sheets holding the packed run state (ownedSheet told us), read with long-cell chunks. */
  private readonly packed = new Set<string>();
  /**
   * Our tabs as the workbook holds them (ownedKey → sheet), read once for every ownedSheet call
   * until the next write: a run asks for each tab's (words/tabNamesKept.ts tabSheetNames), and
   * reading the markers afresh each time took 14 syncs more on a first run, 27 on a refresh
   * (the simulator's count, 120 customers: 72 → 86 and 104 → 131; read once, 72 and 101).
   */
  private owned: Promise<Map<string, string>> | null = null;

  /** `run` is wrapped so batches wait while the user edits a cell (ExcelApi 1.11+). */
  constructor(
    run: ExcelRun,
    private readonly options: OfficeWorkbookOptions,
  ) {
    this.supports = options.supports ?? hostApiSupport();
    this.run = patientRun(run, this.supports);
  }

  private get cancel(): CancelSource {
    const { signal, isCancelled } = this.options;
    if (!signal && !isCancelled) return undefined;
    return () => !!signal?.aborted || !!isCancelled?.();
  }

  sheetNames(): Promise<string[]> {
    return listSources(this.run).catch(explainCellEdit);
  }

  worksheetNames(): Promise<string[]> {
    return listWorksheets(this.run).catch(explainCellEdit);
  }

  hiddenSheets(): Promise<string[]> {
    return listHiddenSheets(this.run).catch(explainCellEdit);
  }

  readSheet(
    name: string,
    onRows: (rows: Grid, firstRow: number) => void | Promise<void>,
  ): Promise<void> {
    return readSource(
      this.run,
      name,
      onRows,
      this.cancel,
      this.stats.read,
      this.options.clock,
      this.packed.has(name) ? BLOCK_CHARS : undefined,
    ).catch(explainCellEdit);
  }

  /** The sheet's merged cells, where the host can tell (ExcelApi 1.13): GridSource.mergedAreas. */
  async mergedAreas(name: string): Promise<MergedArea[]> {
    if (!this.supports(ABOVE_DECLARED.mergedAreas)) return [];
    return readMergedAreas(this.run, name).catch(explainCellEdit);
  }

  /** The sheet an earlier run wrote for an output tab (or its part), or null (the previous run's state). */
  async ownedSheet(tab: ReportTable["tab"], part = 1): Promise<string | null> {
    this.owned ??= this.run(
      async (context) =>
        new Map([...(await readOwnership(context)).owned].map(([key, o]) => [key, o.sheet])),
    );
    // A failed read is not kept: the next call tries again.
    this.owned.catch(() => (this.owned = null));
    const sheet = (await this.owned).get(ownedKey(tab, part)) ?? null;
    // The run state packs up to BLOCK_CHARS characters in a cell: read it in chunks sized for that.
    if (sheet && tab === "runState") this.packed.add(sheet);
    return sheet;
  }

  writeTables(
    tables: ReportTable[],
    onProgress?: (tab: string, rowsDone: number) => void,
  ): Promise<WrittenTab[]> {
    this.owned = null; // the write renames, adds and marks tabs
    const options = {
      lang: this.options.lang,
      cancel: this.cancel,
      protect: this.options.protect ?? true,
      supports: this.supports,
      clock: this.options.clock,
    };
    return writeReport(this.run, tables, options, onProgress, this.stats.write);
  }
}

/** Excel refused a batch because a cell is being edited (hosts below ExcelApi 1.11): say what to do. */
function explainCellEdit(error: unknown): never {
  if (errorCode(error) === "InvalidOperationInCellEditMode") throw cellEditError();
  throw error;
}
