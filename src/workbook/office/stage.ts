import type { Cell } from "../../engine/cells";
import { BLOCK_CHARS } from "../../engine/changes/statePacked";
import { lookRow, type ReportTable } from "../../engine/report/table";
import { partOf, stagingTabName } from "../ownedTabs";
import { CHUNK_BUDGET_BYTES, ChunkPlanner } from "./budget";
import { throwIfCancelled, type CancelSource } from "./cancel";
import { toExcelBlock, TEXT_FORMAT } from "./cells";
import { to1904 } from "./dateSystem";
import { jsonBytes } from "./payloadSize";
import type { Plan } from "./plan";
import { defaultClock, tooLargeJudge, type Clock, type ExcelRun } from "./run";

/** Sizes seen while writing, for tests and the run log. */
export interface WriteStats {
  chunks: number;
  /** The largest request a chunk was estimated at, in bytes. */
  largestChunkBytes: number;
  largestChunkRows: number;
}

/** Request bytes of the rest of a chunk: the range, suspend calls, envelope. */
const CHUNK_OVERHEAD_BYTES = 1_000;

/**
 * Writes a tab's rows into a new hidden sheet (marked with the tab's staging name), in chunks
 * sized under Excel's 5 MB request limit: header row first for a table tab, each chunk's number
 * formats before its values (text stays text). A chunk Excel calls too large is halved and sent
 * again (a GeneralException counts once, see run.ts). Nothing of the user's, and none of the
 * live tabs, changes here: a failure or cancel leaves the last good results as they were.
 * The pane's own time building each request is timed with `clock`, and chunks are cut to keep it
 * within budget.ts's CHUNK_BUDGET_MS (Excel's time on the request is not the pane's).
 */
export async function stageTab(
  run: ExcelRun,
  plan: Plan,
  cancel: CancelSource,
  date1904: boolean,
  onProgress: ((tab: string, rowsDone: number) => void) | undefined,
  stats: WriteStats,
  clock: Clock = defaultClock,
): Promise<void> {
  const table: ReportTable = plan.table;
  const isTable = table.style === "table";
  await run(async (context) => {
    const book = context.workbook;
    const sheet = book.worksheets.add(plan.stagingName);
    sheet.visibility = "Hidden";
    const mark = book.names.add(stagingTabName(table.tab, partOf(table)), sheet.getRange("A1"));
    mark.visible = false;
    sheet.load("id");
    await context.sync();
    plan.stagingId = sheet.id;

    let width = Math.max(1, table.columns.length);
    let sheetRow = 0;
    let pendingHeader = isTable;
    const planner = new ChunkPlanner(width);
    // The hidden run state packs up to BLOCK_CHARS characters a cell: probe with a few rows, not
    // the PROBE_CELLS cells that assume short ones (all 503 cells of a 100,000-customer state,
    // 11.7M characters packed in one block of the pane).
    if (table.tab === "runState") planner.probeCellsOf(BLOCK_CHARS);
    // Rows built but not yet sent (from `done` on): a chunk found too heavy, or refused, is sent
    // again smaller from these, not built again (packing the run state's cells is the dear part).
    let built: Cell[][] = [];
    let done = 0;
    let tooLarge = tooLargeJudge();
    while (done < table.rowCount || pendingHeader) {
      throwIfCancelled(cancel);
      const building = clock();
      const n = Math.min(planner.next(table.rowCount - done), table.rowCount - done);
      if (built.length < n) built = built.concat(table.rows(done + built.length, done + n));
      const rows = built.length === n ? built : built.slice(0, n);
      if (!isTable) for (const r of rows) width = Math.max(width, r.length);
      const formats = isTable
        ? table.columns.map((c) => c.format)
        : new Array<null>(width).fill(null);
      const start = done;
      const looks =
        !isTable && table.looks ? (i: number) => lookRow(table.looks, start + i) : undefined;
      const block = toExcelBlock(rows, formats, looks, table.currency);
      if (date1904) to1904(block.values, block.numberFormat);
      const bytes = jsonBytes(block.values) + jsonBytes(block.numberFormat) + CHUNK_OVERHEAD_BYTES;
      planner.record(Math.max(1, n), bytes);
      if (bytes > CHUNK_BUDGET_BYTES && n > 1) continue; // heavier rows than thought: plan again, smaller
      context.application.suspendApiCalculationUntilNextSync();
      context.application.suspendScreenUpdatingUntilNextSync();
      if (pendingHeader) {
        const header = sheet.getRangeByIndexes(0, 0, 1, width);
        header.numberFormat = [table.columns.map(() => TEXT_FORMAT)];
        header.values = [table.columns.map((c) => c.header)];
        sheetRow = 1;
      }
      let range: Excel.Range | null = null;
      if (n > 0) {
        range = sheet.getRangeByIndexes(sheetRow, 0, n, width);
        range.numberFormat = block.numberFormat; // before values: text stays text
        range.values = block.values;
      }
      planner.recordTime(Math.max(1, n), clock() - building);
      try {
        await context.sync();
      } catch (error) {
        if (n <= 1 || !tooLarge(error)) throw error;
        planner.shrink(n); // Excel refused the request before running it: send less
        continue;
      }
      tooLarge = tooLargeJudge(); // the next chunk may take one GeneralException again
      range?.untrack();
      built = built.length === n ? [] : built.slice(n);
      pendingHeader = false;
      stats.chunks++;
      stats.largestChunkBytes = Math.max(stats.largestChunkBytes, bytes);
      stats.largestChunkRows = Math.max(stats.largestChunkRows, n);
      sheetRow += n;
      done += n;
      onProgress?.(table.tab, done);
    }
    plan.stagedRows = Math.max(1, sheetRow);
    plan.width = width;
  });
}
