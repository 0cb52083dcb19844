import type { Cell } from "../../engine/cells";
import { fromExcelSerial } from "../../engine/parse/date";
import type { ChartSpec, ReportTable } from "../../engine/report/table";
import type { Lang } from "../../engine/schema";
import { freeSheetName, sheetNameKey, validSheetName } from "../file/sheetNames";
import { ownedTabName } from "../ownedTabs";
import type { WrittenTab } from "../port";
import { CHUNK_BUDGET_BYTES, ChunkPlanner } from "./budget";
import { throwIfCancelled, type CancelSource } from "./cancel";
import { columnWidthPoints, textWidth, toExcelBlock, TEXT_FORMAT } from "./cells";
import { readOwnership, tempTabName } from "./ownership";
import { jsonBytes } from "./payloadSize";
import { readSource, type ReadStats } from "./reader";
import { isPayloadError, type ExcelRun } from "./run";

export interface WriteOptions {
  lang: Lang;
  cancel: CancelSource;
  /** Protect output tabs against accidental edits (filtering and sorting stay allowed). */
  protect: boolean;
}

/** Sizes seen while writing, for tests and the run log. */
export interface WriteStats {
  chunks: number;
  /** The largest request a chunk was estimated at, in bytes. */
  largestChunkBytes: number;
  largestChunkRows: number;
}

/** Request bytes of one fill: a getRangeByIndexes action and a property set. */
const FILL_BYTES = 260;
/** Request bytes of the rest of a chunk: the range, suspend calls, envelope. */
const CHUNK_OVERHEAD_BYTES = 1_000;
/** Above this many rows, widths come from headers instead of autofit (autofit reads every cell). */
const AUTOFIT_MAX_ROWS = 5_000;

const CHART_TYPES: Record<ChartSpec["type"], string> = {
  pie: "Pie",
  bar: "BarClustered",
  column: "ColumnClustered",
  line: "Line",
};

interface SheetInfo {
  id: string;
  name: string;
  position: number;
}

interface Plan {
  table: ReportTable;
  finalName: string;
  tempName: string;
  old: SheetInfo | null;
  renamedBecause?: string;
}

/**
 * Writes report tables into the open workbook. Each tab is built in a new hidden sheet first
 * (marked CA_TMP_<tab>); only when every tab is complete are the previous tabs (recognised by their
 * CA_TAB_<tab> name, whatever the user renamed them to) deleted and the new ones renamed into
 * place. On failure or cancel the new sheets are deleted and the previous tabs stay as they were.
 * A user's own sheet with a tab's name is left alone: the tab gets "<name> (2)".
 */
export async function writeReport(
  run: ExcelRun,
  tables: ReportTable[],
  options: WriteOptions,
  onProgress: ((tab: string, rowsDone: number) => void) | undefined,
  stats: WriteStats,
): Promise<WrittenTab[]> {
  throwIfCancelled(options.cancel);
  try {
    const { plans, sheetCount } = await prepare(run, tables, options);
    for (const plan of plans) {
      await buildTab(run, plan, options, onProgress, stats);
    }
    throwIfCancelled(options.cancel);
    await swap(run, plans, sheetCount);
    return plans.map((p) => ({
      tab: p.table.tab,
      sheetName: p.finalName,
      rows: p.table.rowCount,
      ...(p.renamedBecause ? { renamedBecause: p.renamedBecause } : {}),
    }));
  } catch (error) {
    await removeTemporarySheets(run).catch(() => undefined); // the first error is the one to report
    throw error;
  }
}

/** Cleans up leftovers, reads what the run log holds, and picks each tab's name. */
async function prepare(
  run: ExcelRun,
  tables: ReportTable[],
  options: WriteOptions,
): Promise<{ plans: Plan[]; sheetCount: number }> {
  await removeTemporarySheets(run);
  const { owned, sheets } = await run(async (context) => {
    const ownership = await readOwnership(context);
    const items = context.workbook.worksheets;
    items.load("items/name,items/id,items/position");
    await context.sync();
    const sheets: SheetInfo[] = items.items.map((s) => ({
      id: s.id,
      name: s.name,
      position: s.position,
    }));
    return { owned: ownership.owned, sheets };
  });
  const byKey = new Map(sheets.map((s) => [sheetNameKey(s.name), s]));
  const ownedKeys = new Map<string, string>(); // sheet key → tab
  for (const [tab, name] of owned) ownedKeys.set(sheetNameKey(name), tab);
  const replacing = new Set(tables.map((t) => t.tab));
  // Sheets that stay: every sheet except our tabs that this run replaces.
  const taken = new Set<string>();
  for (const s of sheets) {
    const tab = ownedKeys.get(sheetNameKey(s.name));
    if (!(tab && replacing.has(tab as ReportTable["tab"]))) taken.add(sheetNameKey(s.name));
  }
  const plans: Plan[] = [];
  let tempCounter = Date.now() % 100_000;
  for (const source of tables) {
    const oldName = owned.get(source.tab);
    const old = oldName ? (byKey.get(sheetNameKey(oldName)) ?? null) : null;
    let table = source;
    if (source.mode === "append" && old) {
      table = appendTo(source, await readAll(run, old.name, options.cancel));
    }
    const wanted = validSheetName(source.sheetName);
    const finalName = freeSheetName(wanted, taken);
    taken.add(sheetNameKey(finalName));
    let renamedBecause: string | undefined;
    if (finalName !== wanted) {
      const holder = ownedKeys.get(sheetNameKey(wanted));
      renamedBecause = renamedMessage(
        options.lang,
        wanted,
        finalName,
        holder !== undefined ||
          plans.some((p) => sheetNameKey(p.finalName) === sheetNameKey(wanted)),
      );
    }
    let tempName: string;
    do tempName = `~CA ${source.tab} ${tempCounter++}`.slice(0, 31);
    while (taken.has(sheetNameKey(tempName)) || byKey.has(sheetNameKey(tempName)));
    taken.add(sheetNameKey(tempName));
    plans.push({ table, finalName, tempName, old, renamedBecause });
  }
  return { plans, sheetCount: sheets.length };
}

function renamedMessage(lang: Lang, wanted: string, used: string, ours: boolean): string {
  if (lang === "zh-CN") {
    return ours
      ? `本次结果中已有名为“${wanted}”的工作表，因此写入了“${used}”。`
      : `工作簿中已有您自己的工作表“${wanted}”，为不覆盖它，结果写入了“${used}”。`;
  }
  return ours
    ? `Another tab of these results is already named “${wanted}”, so this one was written to “${used}”.`
    : `The workbook already has your own sheet “${wanted}”; to leave it untouched, the results were written to “${used}”.`;
}

async function readAll(run: ExcelRun, sheetName: string, cancel: CancelSource): Promise<Cell[][]> {
  const rows: Cell[][] = [];
  const stats: ReadStats = { chunks: 0, largestChunkBytes: 0, largestChunkRows: 0 };
  await readSource(run, sheetName, (block) => void rows.push(...block), cancel, stats);
  return rows;
}

/**
 * The run log as it will be: the rows already in the tab (matched to columns by header, or by
 * position when only the language changed), then this run's rows.
 */
export function appendTo(table: ReportTable, old: Cell[][]): ReportTable {
  if (old.length < 2) return table;
  const oldHeader = old[0].map((h) => (h === null || h === undefined ? "" : String(h)));
  const samePlaces = oldHeader.length === table.columns.length;
  const sourceOf = table.columns.map((c, j) => {
    const i = oldHeader.indexOf(c.header);
    return i >= 0 ? i : samePlaces ? j : -1;
  });
  const oldRows = old.slice(1).map((r) =>
    sourceOf.map((i, j): Cell => {
      if (i < 0) return null;
      const v = r[i];
      const f = table.columns[j].format;
      // Excel gave dates back as serial numbers; the table holds epoch days.
      return (f === "date" || f === "datetime") && typeof v === "number" ? fromExcelSerial(v) : v;
    }),
  );
  const before = oldRows.length;
  return {
    ...table,
    rowCount: before + table.rowCount,
    rows(start, end) {
      const out = oldRows.slice(Math.min(start, before), Math.min(end, before));
      if (end > before) out.push(...table.rows(Math.max(0, start - before), end - before));
      return out;
    },
  };
}

/** Column letters of a zero-based index. */
function columnLetters(column: number): string {
  let n = column + 1;
  let s = "";
  while (n > 0) {
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** Contiguous runs of one colour in a column of a block. */
function fillRuns(
  rows: Cell[][],
  column: number,
  fills: Record<string, string>,
): { start: number; length: number; color: string }[] {
  const runs: { start: number; length: number; color: string }[] = [];
  let current: { start: number; length: number; color: string } | null = null;
  for (let i = 0; i < rows.length; i++) {
    const v = rows[i][column];
    const color = v === null || v === undefined ? undefined : fills[String(v)];
    if (color && current && current.color === color && current.start + current.length === i)
      current.length++;
    else if (color) runs.push((current = { start: i, length: 1, color }));
    else current = null;
  }
  return runs;
}

async function buildTab(
  run: ExcelRun,
  plan: Plan,
  options: WriteOptions,
  onProgress: ((tab: string, rowsDone: number) => void) | undefined,
  stats: WriteStats,
): Promise<void> {
  const table = plan.table;
  const isTable = table.style === "table";
  await run(async (context) => {
    const book = context.workbook;
    const sheet = book.worksheets.add(plan.tempName);
    sheet.visibility = "Hidden";
    book.names.add(tempTabName(table.tab), sheet.getRange("A1"));
    await context.sync();

    let width = Math.max(1, table.columns.length);
    let sheetRow = 0;
    let pendingHeader = isTable;
    const planner = new ChunkPlanner(width);
    let done = 0;
    while (done < table.rowCount || pendingHeader) {
      throwIfCancelled(options.cancel);
      const n = Math.min(planner.next(table.rowCount - done), table.rowCount - done);
      const rows = n > 0 ? table.rows(done, done + n) : [];
      if (!isTable) for (const r of rows) width = Math.max(width, r.length);
      const formats = isTable
        ? table.columns.map((c) => c.format)
        : new Array<null>(width).fill(null);
      const block = toExcelBlock(rows, formats);
      const runs = table.highlight
        ? fillRuns(rows, table.highlight.column, table.highlight.fills)
        : [];
      const bytes =
        jsonBytes(block.values) +
        jsonBytes(block.numberFormat) +
        runs.length * FILL_BYTES +
        CHUNK_OVERHEAD_BYTES;
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
        for (const r of runs) {
          sheet.getRangeByIndexes(
            sheetRow + r.start,
            table.highlight!.column,
            r.length,
            1,
          ).format.fill.color = r.color;
        }
      }
      try {
        await context.sync();
      } catch (error) {
        if (!isPayloadError(error) || n <= 1) throw error;
        planner.shrink(n); // Excel refused the request before running it: send less
        continue;
      }
      range?.untrack();
      pendingHeader = false;
      stats.chunks++;
      stats.largestChunkBytes = Math.max(stats.largestChunkBytes, bytes);
      stats.largestChunkRows = Math.max(stats.largestChunkRows, n);
      sheetRow += n;
      done += n;
      onProgress?.(table.tab, done);
    }

    throwIfCancelled(options.cancel);
    context.application.suspendApiCalculationUntilNextSync();
    if (isTable) {
      const all = sheet.getRangeByIndexes(0, 0, Math.max(1, sheetRow), width);
      sheet.tables.add(all, true);
      sheet.freezePanes.freezeRows(1);
      table.columns.forEach((c, j) => {
        const minimum = c.format === "datetime" ? 16 : c.format === "date" ? 11 : 8;
        const chars = c.width ?? Math.min(40, Math.max(minimum, textWidth(c.header) + 3));
        sheet.getRangeByIndexes(0, j, 1, 1).format.columnWidth = columnWidthPoints(chars);
      });
    } else if (sheetRow > 0 && sheetRow <= AUTOFIT_MAX_ROWS) {
      sheet.getRangeByIndexes(0, 0, sheetRow, width).format.autofitColumns();
    }
    (table.charts ?? []).forEach((spec, i) => addChart(sheet, spec, i, width));
    if (options.protect) {
      sheet.protection.protect({
        allowAutoFilter: true,
        allowSort: true,
        allowFormatColumns: true,
        allowFormatRows: true,
      });
    }
    await context.sync();
  });
}

/** A native chart beside the data: charts stack downwards, 8 columns wide and 15 rows high. */
function addChart(sheet: Excel.Worksheet, spec: ChartSpec, index: number, dataWidth: number): void {
  if (spec.rowCount < 1 || spec.columnCount < 1) return;
  const source = sheet.getRangeByIndexes(spec.row, spec.column, spec.rowCount, spec.columnCount);
  const chart = sheet.charts.add(CHART_TYPES[spec.type] as Excel.ChartType, source, "Auto");
  chart.title.text = spec.title;
  const left = dataWidth + 1;
  const top = 1 + index * 16;
  chart.setPosition(`${columnLetters(left)}${top}`, `${columnLetters(left + 7)}${top + 14}`);
}

/**
 * Puts the finished tabs in place of the previous ones, in one batch (one request: Excel either
 * receives all of it or none). `sheetCount` is the number of sheets before the build.
 */
async function swap(run: ExcelRun, plans: Plan[], sheetCount: number): Promise<void> {
  await run(async (context) => {
    const book = context.workbook;
    context.application.suspendScreenUpdatingUntilNextSync();
    const temps = plans.map((p) => book.worksheets.getItem(p.tempName));
    temps.forEach((t) => (t.visibility = "Visible")); // first: a workbook keeps one visible sheet
    for (const p of plans) if (p.old) book.worksheets.getItemOrNullObject(p.old.id).delete();
    plans.forEach((p, i) => {
      book.names.getItemOrNullObject(ownedTabName(p.table.tab)).delete();
      book.names.getItemOrNullObject(tempTabName(p.table.tab)).delete();
      temps[i].name = p.finalName;
      book.names.add(ownedTabName(p.table.tab), temps[i].getRange("A1"));
    });
    // Back where the previous tabs were, left to right.
    const last = sheetCount + plans.length - plans.filter((p) => p.old).length - 1;
    const moves = plans
      .map((p, i) => ({ sheet: temps[i], position: p.old?.position ?? -1 }))
      .filter((m) => m.position >= 0);
    moves.sort((a, b) => a.position - b.position);
    for (const m of moves) m.sheet.position = Math.min(m.position, last);
    await context.sync();
  });
}

/** Deletes sheets left half-built (marked CA_TMP_<tab>) and our names that point nowhere. */
export async function removeTemporarySheets(run: ExcelRun): Promise<void> {
  await run(async (context) => {
    const { temps, stale } = await readOwnership(context);
    const book = context.workbook;
    for (const name of temps) book.worksheets.getItemOrNullObject(name).delete();
    for (const name of stale) book.names.getItemOrNullObject(name).delete();
    const names = book.names;
    names.load("items/name");
    await context.sync();
    for (const item of names.items)
      if (item.name.toUpperCase().startsWith("CA_TMP_")) item.delete();
    await context.sync();
  });
}
