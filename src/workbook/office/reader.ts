import type { Grid } from "../../engine/cells";
import { sayBoth } from "../../engine/words/catalog";
import { InputError } from "../../engine/errors";
import { ChunkPlanner } from "./budget";
import { throwIfCancelled, type CancelSource } from "./cancel";
import { fromExcelValues } from "./cells";
import { readOwnership } from "./ownership";
import { CELL_MAX_CHARS } from "../../engine/report/limits";
import { jsonBytes, PAYLOAD_LIMIT_BYTES } from "./payloadSize";
import { from1904, uses1904 } from "./dateSystem";
import type { MergedArea } from "../../engine/ingest/mergedFill";
import { columnIndex } from "../../engine/a1";
import { defaultClock, tooLargeJudge, type Clock, type ExcelRun } from "./run";

/**
 * The most a cell can weigh in an answer: Excel's 32,767 characters (Microsoft support, "Excel
 * specifications and limits") at 3 bytes each in UTF-8 (CJK), with its quotes and comma.
 */
const MAX_CELL_BYTES = CELL_MAX_CHARS * 3 + 3;
/** A number format's string in an answer (a 1904 workbook's read loads them too): 255 at most. */
const MAX_FORMAT_BYTES = 255 * 3 + 3;

/** Sizes seen while reading, for the run log and tests. */
export interface ReadStats {
  chunks: number;
  largestChunkBytes: number;
  largestChunkRows: number;
}

/**
 * The input sheets of the open workbook: its worksheets, then its Excel tables, leaving out the
 * tabs the add-in wrote (so "客户分类" is never taken for the Customers sheet). A table is listed
 * by its own name (e.g. "Table1", "客户表"); when a sheet has the same name (ignoring case) the
 * sheet wins and the table is not listed.
 *
 * @example await listSources(Excel.run) // ["客户", "订单", "Table1"]
 */
export async function listSources(run: ExcelRun): Promise<string[]> {
  return run(async (context) => {
    const ours = (await readOwnership(context)).ours;
    const sheets = context.workbook.worksheets;
    sheets.load("items/name");
    const tables = context.workbook.tables;
    tables.load("items/name,items/worksheet/name");
    await context.sync();
    const names = sheets.items.map((s) => s.name).filter((n) => !ours.has(n.toLowerCase()));
    const taken = new Set(sheets.items.map((s) => s.name.toLowerCase()));
    for (const t of tables.items) {
      if (ours.has(t.worksheet.name.toLowerCase()) || taken.has(t.name.toLowerCase())) continue;
      names.push(t.name);
    }
    return names;
  });
}

/**
 * The open workbook's worksheets, the add-in's own tabs left out: the names our tabs' sheets can
 * collide with (a table's name is no sheet's; GridSource.worksheetNames).
 *
 * @example await listWorksheets(Excel.run) // ["客户", "订单"]
 */
export async function listWorksheets(run: ExcelRun): Promise<string[]> {
  return run(async (context) => {
    const ours = (await readOwnership(context)).ours;
    const sheets = context.workbook.worksheets;
    sheets.load("items/name");
    await context.sync();
    return sheets.items.map((s) => s.name).filter((n) => !ours.has(n.toLowerCase()));
  });
}

/**
 * The sheets hidden in the open workbook (Worksheet.visibility Hidden or VeryHidden), and the
 * tables on them by their own names: an input read from one is said (hiddenInputSheets.ts).
 *
 * @example await listHiddenSheets(Excel.run) // ["旧交易"]
 */
export async function listHiddenSheets(run: ExcelRun): Promise<string[]> {
  return run(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load("items/name,items/visibility");
    const tables = context.workbook.tables;
    tables.load("items/name,items/worksheet/name");
    await context.sync();
    const hidden = new Set(
      sheets.items.filter((s) => s.visibility !== "Visible").map((s) => s.name),
    );
    const out = [...hidden];
    for (const t of tables.items) if (hidden.has(t.worksheet.name)) out.push(t.name);
    return out;
  });
}

/**
 * Streams the used range (values only) of a sheet, or the whole range of a table (header row
 * included), in row chunks read with getRangeByIndexes. Chunks are sized so no response passes
 * 40% of Excel's 5 MB limit or 2,000,000 cells: the first chunk probes (10,000 cells), later ones
 * use the heaviest bytes per row seen; a payload error halves the chunk and retries.
 * `firstRow` is the Excel row number of the chunk's first row. Blank cells arrive as null.
 * In a 1904 workbook (dateSystem.ts) number formats are read too, and dates are handed on as
 * 1900-system serials, as the engine reads every serial.
 * The pane's own time on each answer (sizing it, converting it, handing it on) is timed with
 * `clock`, and chunks are cut to keep it within budget.ts's CHUNK_BUDGET_MS. `widestCell`: the
 * most characters a cell of this sheet may hold, when known to be long (the packed run state):
 * the probe then reads only the rows that fit the budget at that size.
 */
export async function readSource(
  run: ExcelRun,
  name: string,
  onRows: (rows: Grid, firstRow: number) => void | Promise<void>,
  cancel: CancelSource,
  stats: ReadStats,
  clock: Clock = defaultClock,
  widestCell?: number,
): Promise<void> {
  await run(async (context) => {
    const book = context.workbook;
    const date1904 = await uses1904(context);
    const sheet = book.worksheets.getItemOrNullObject(name);
    await context.sync();
    let worksheet: Excel.Worksheet;
    let area: Excel.Range;
    if (!sheet.isNullObject) {
      worksheet = sheet;
      area = sheet.getUsedRangeOrNullObject(true);
    } else {
      const table = book.tables.getItemOrNullObject(name);
      await context.sync();
      if (table.isNullObject) {
        throw InputError.of(sayBoth("office", "noSheetOrTable", { sheet: name }));
      }
      worksheet = table.worksheet;
      area = table.getRange();
    }
    area.load("rowIndex,columnIndex,rowCount,columnCount");
    await context.sync();
    if (area.isNullObject) return; // a blank sheet
    const { rowIndex, columnIndex, rowCount, columnCount } = area;
    area.untrack();
    const planner = new ChunkPlanner(columnCount);
    if (widestCell) planner.probeCellsOf(widestCell);
    let row = 0;
    while (row < rowCount) {
      throwIfCancelled(cancel);
      let n = planner.next(rowCount - row);
      let values: unknown[][];
      let formatBytes = 0;
      let handled = 0;
      // Excel on the web may refuse an oversize answer with a bare GeneralException: halved
      // while the chunk could pass the 5 MB limit at Excel's longest cells (a sheet of long text
      // needs several halvings: 600 cells of 32,000 characters were refused twice and the read
      // failed), taken at its word once it could not.
      const tooLarge = tooLargeJudge(
        () =>
          n * columnCount * (date1904 ? MAX_CELL_BYTES + MAX_FORMAT_BYTES : MAX_CELL_BYTES) >
          PAYLOAD_LIMIT_BYTES,
      );
      for (;;) {
        const chunk = worksheet.getRangeByIndexes(rowIndex + row, columnIndex, n, columnCount);
        chunk.load(date1904 ? "values,numberFormat" : "values");
        try {
          await context.sync();
        } catch (error) {
          if (n === 1 || !tooLarge(error)) throw error;
          planner.shrink(n);
          n = Math.max(1, Math.floor(n / 2));
          continue;
        }
        handled = clock();
        if (date1904) formatBytes = jsonBytes(chunk.numberFormat);
        values = date1904 ? from1904(chunk.values, chunk.numberFormat) : chunk.values;
        chunk.untrack();
        break;
      }
      const bytes = jsonBytes(values) + formatBytes;
      // Long cells (the packed run state) size chunks by their heaviest row: the probe's other
      // row is the header, a few hundred bytes, which halved the average of the rows after it.
      planner.record(n, widestCell ? Math.max(bytes, heaviestRow(values) * n) : bytes);
      stats.chunks++;
      if (bytes > stats.largestChunkBytes) {
        stats.largestChunkBytes = bytes;
      }
      stats.largestChunkRows = Math.max(stats.largestChunkRows, n);
      const handing = onRows(fromExcelValues(values), rowIndex + row + 1);
      planner.recordTime(n, clock() - handled); // the engine's own awaits are not the pane's time
      await handing;
      row += n;
    }
  });
}

/** The JSON bytes of a chunk's heaviest row. */
function heaviestRow(values: unknown[][]): number {
  let most = 0;
  for (const row of values) most = Math.max(most, jsonBytes(row));
  return most;
}

/**
 * A sheet's (or table's) merged areas over its used range (Range.getMergedAreasOrNullObject,
 * ExcelApi 1.13: its RangeAreas address, "Sheet1!A5:A18, Sheet1!A20:A26"); [] without any. More
 * than 512 areas fail in Excel ("this method will fail to return the result"): read without them.
 */
export async function readMergedAreas(run: ExcelRun, name: string): Promise<MergedArea[]> {
  return run(async (context) => {
    const book = context.workbook;
    const sheet = book.worksheets.getItemOrNullObject(name);
    await context.sync();
    let area: Excel.Range;
    if (!sheet.isNullObject) area = sheet.getUsedRangeOrNullObject(true);
    else {
      const table = book.tables.getItemOrNullObject(name);
      await context.sync();
      if (table.isNullObject) return [];
      area = table.getRange();
    }
    const merged = area.getMergedAreasOrNullObject();
    merged.load("address");
    try {
      await context.sync();
    } catch {
      return [];
    }
    return merged.isNullObject ? [] : mergedAreasOf(merged.address);
  });
}

/**
 * The areas of a RangeAreas address (each with its sheet; `$` and quotes allowed).
 *
 * @example mergedAreasOf("客户!A5:A18, 客户!$B$2:$C$2") // [{ top: 5, bottom: 18, left: 0, right: 0 }, { top: 2, bottom: 2, left: 1, right: 2 }]
 */
export function mergedAreasOf(address: string): MergedArea[] {
  const out: MergedArea[] = [];
  for (const m of address.matchAll(
    /\$?([A-Za-z]{1,3})\$?(\d+)(?::\$?([A-Za-z]{1,3})\$?(\d+))?\s*(?:,|$)/g,
  )) {
    const [top, bottom] = [Number(m[2]), Number(m[4] ?? m[2])].sort((a, b) => a - b);
    const [left, right] = [columnIndex(m[1]), columnIndex(m[3] ?? m[1])].sort((a, b) => a - b);
    out.push({ top, bottom, left, right });
  }
  return out;
}
