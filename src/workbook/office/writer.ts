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
import { heldTabName, readOwnership, TEMP_TAB_PREFIX, tempTabName } from "./ownership";
import { jsonBytes } from "./payloadSize";
import { readSource, type ReadStats } from "./reader";
import { isPayloadError, type ExcelRun } from "./run";
import { renamedBecause } from "../renamedBecause";

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
  /** The previous tab as planning saw it. */
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
  let plans: Plan[] = [];
  try {
    plans = (await prepare(run, tables, options)).plans;
    for (const plan of plans) {
      await buildTab(run, plan, options, onProgress, stats);
    }
    throwIfCancelled(options.cancel);
    await swap(run, plans, options.lang);
    return plans.map((p) => ({
      tab: p.table.tab,
      sheetName: p.finalName,
      rows: p.table.rowCount,
      ...(p.renamedBecause ? { renamedBecause: p.renamedBecause } : {}),
    }));
  } catch (error) {
    // A sheet whose add ran but whose CA_TMP_ mark did not is known here by name only.
    const built = plans.map((p) => p.tempName);
    await removeTemporarySheets(run, built).catch(() => undefined); // the first error is the one to report
    throw error;
  }
}

/** Cleans up leftovers, reads what the run log holds, and picks each tab's name. */
async function prepare(
  run: ExcelRun,
  tables: ReportTable[],
  options: WriteOptions,
): Promise<{ plans: Plan[] }> {
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
    let because: string | undefined;
    if (finalName !== wanted) {
      const holder = ownedKeys.get(sheetNameKey(wanted));
      because = renamedBecause(
        wanted,
        finalName,
        holder !== undefined ||
          plans.some((p) => sheetNameKey(p.finalName) === sheetNameKey(wanted)),
        options.lang,
      );
    }
    let tempName: string;
    do tempName = `~CA ${source.tab} ${tempCounter++}`.slice(0, 31);
    while (taken.has(sheetNameKey(tempName)) || byKey.has(sheetNameKey(tempName)));
    taken.add(sheetNameKey(tempName));
    plans.push({ table, finalName, tempName, old, renamedBecause: because });
  }
  return { plans };
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

/** Where a tab's sheets are when the swap starts (ids, so renames by the user do not matter). */
interface SwapSheets {
  tempId: string;
  /** The previous tab, if it still exists: its id, current name, holding name and position. */
  old: { id: string; name: string; holdingName: string; position: number } | null;
}

/**
 * Puts the finished tabs in place of the previous ones so that a failure at any point leaves
 * either the previous results or the new ones complete. Excel runs a batch's operations in order
 * and keeps those before a failing one (nothing is rolled back), so the swap is two batches:
 *
 * A. hold each previous tab aside (marked CA_OLD_<tab>, renamed to a holding name), rename the new
 *    sheets to their final names, show them and move them to the previous tabs' places;
 * B. point CA_TAB_<tab> at the new sheets, drop their CA_TMP_ marks, delete the previous tabs.
 *
 * A failure in A is undone by removeTemporarySheets (the CA_TAB_ names still point at the previous
 * tabs: they get their names back and the new sheets go). A failure in B is rolled forward. Final
 * names are checked again just before A, so a sheet the user made meanwhile only changes a name.
 */
async function swap(run: ExcelRun, plans: Plan[], lang: Lang): Promise<void> {
  let sheets: SwapSheets[] = [];
  let committing = false;
  try {
    await run(async (context) => {
      const book = context.workbook;
      const items = book.worksheets;
      items.load("items/name,items/id,items/position");
      await context.sync();
      sheets = placeSwap(
        plans,
        items.items.map((s) => ({ id: s.id, name: s.name, position: s.position })),
        lang,
      );

      // A: previous tabs aside, new ones under their names, shown, in the previous tabs' places.
      context.application.suspendScreenUpdatingUntilNextSync();
      plans.forEach((p, i) => {
        const old = sheets[i].old;
        if (!old) return;
        const sheet = book.worksheets.getItem(old.id);
        book.names.getItemOrNullObject(heldTabName(p.table.tab)).delete();
        book.names.add(heldTabName(p.table.tab), sheet.getRange("A1"), old.name);
        sheet.name = old.holdingName;
      });
      const temps = sheets.map((s) => book.worksheets.getItem(s.tempId));
      plans.forEach((p, i) => (temps[i].name = p.finalName));
      temps.forEach((t, i) => (t.visibility = plans[i].table.hidden ? "Hidden" : "Visible"));
      // Each insertion before a later place shifts that place one to the right.
      const moves = sheets
        .map((s, i) => ({ sheet: temps[i], position: s.old?.position ?? -1 }))
        .filter((m) => m.position >= 0)
        .sort((a, b) => a.position - b.position);
      moves.forEach((m, k) => (m.sheet.position = m.position + k));
      await context.sync();

      // B: the new tabs become ours; the previous ones go.
      committing = true;
      queueCommit(context, plans, sheets);
      await context.sync();
    });
  } catch (error) {
    if (!committing) throw error; // writeReport's cleanup puts the previous tabs back
    // The new tabs are complete and named: finish the commit rather than lose them.
    await run(async (context) => {
      queueCommit(context, plans, sheets);
      await context.sync();
    }).catch(() => Promise.reject(error));
  }
}

/**
 * Reads where the tabs are now and settles the final names: a final name a sheet of the user's has
 * taken since planning goes to another free name (with renamedBecause).
 */
function placeSwap(plans: Plan[], current: SheetInfo[], lang: Lang): SwapSheets[] {
  const byId = new Map(current.map((s) => [s.id, s]));
  const byKey = new Map(current.map((s) => [sheetNameKey(s.name), s]));
  const result: SwapSheets[] = plans.map((p) => {
    const temp = byKey.get(sheetNameKey(p.tempName));
    if (!temp) throw new Error(`The sheet being built for ${p.table.tab} has gone.`);
    const old = p.old ? byId.get(p.old.id) : undefined;
    return {
      tempId: temp.id,
      old: old ? { id: old.id, name: old.name, holdingName: "", position: old.position } : null,
    };
  });
  // Every sheet that stays keeps its name; previous tabs and new sheets are renamed.
  const moving = new Set(result.flatMap((s) => [s.tempId, ...(s.old ? [s.old.id] : [])]));
  const taken = new Set(current.filter((s) => !moving.has(s.id)).map((s) => sheetNameKey(s.name)));
  const clashes = plans.filter((p) => taken.has(sheetNameKey(p.finalName)));
  for (const p of plans) if (!clashes.includes(p)) taken.add(sheetNameKey(p.finalName));
  for (const p of clashes) {
    const wanted = validSheetName(p.table.sheetName);
    p.finalName = freeSheetName(wanted, taken);
    taken.add(sheetNameKey(p.finalName));
    const ours = plans.some((q) => q !== p && sheetNameKey(q.finalName) === sheetNameKey(wanted));
    p.renamedBecause = renamedBecause(wanted, p.finalName, ours, lang);
  }
  for (const s of current) taken.add(sheetNameKey(s.name));
  let counter = Date.now() % 100_000;
  for (let i = 0; i < plans.length; i++) {
    const old = result[i].old;
    if (!old) continue;
    let name: string;
    do name = `~CA old ${plans[i].table.tab} ${counter++}`.slice(0, 31);
    while (taken.has(sheetNameKey(name)));
    taken.add(sheetNameKey(name));
    old.holdingName = name;
  }
  return result;
}

/** Queues B of the swap; safe to queue again after a partial run (null objects do nothing). */
function queueCommit(context: Excel.RequestContext, plans: Plan[], sheets: SwapSheets[]): void {
  const book = context.workbook;
  plans.forEach((p, i) => {
    book.names.getItemOrNullObject(ownedTabName(p.table.tab)).delete();
    book.names.add(
      ownedTabName(p.table.tab),
      book.worksheets.getItem(sheets[i].tempId).getRange("A1"),
    );
    book.names.getItemOrNullObject(tempTabName(p.table.tab)).delete();
  });
  plans.forEach((p, i) => {
    const old = sheets[i].old;
    if (!old) return;
    book.worksheets.getItemOrNullObject(old.id).delete(); // first: a name left pointing nowhere is stale
    book.names.getItemOrNullObject(heldTabName(p.table.tab)).delete();
  });
}

/**
 * Tidies up after an interrupted or failed write: deletes sheets left half-built (marked
 * CA_TMP_<tab>, or named in `building` by the write that just failed), gives previous tabs held aside by an unfinished swap their names back (or deletes
 * them when the new tab was already committed), and deletes our names that point nowhere.
 */
export async function removeTemporarySheets(
  run: ExcelRun,
  building: readonly string[] = [],
): Promise<void> {
  await run(async (context) => {
    const { temps, held, stale, owned, sheets } = await readOwnership(context);
    const book = context.workbook;
    const ownedKeys = new Set([...owned.values()].map(sheetNameKey));
    // A sheet still marked CA_TMP_ that is already a tab (a commit cut short) stays.
    const present = new Map(sheets.map((name) => [sheetNameKey(name), name]));
    const unmarked = building.flatMap((name) => present.get(sheetNameKey(name)) ?? []);
    const doomed = [...new Set([...temps, ...unmarked])].filter(
      (name) => !ownedKeys.has(sheetNameKey(name)),
    );
    for (const name of doomed) book.worksheets.getItemOrNullObject(name).delete();
    const doomedKeys = new Set(doomed.map(sheetNameKey));
    const names = new Set(sheets.map(sheetNameKey).filter((k) => !doomedKeys.has(k)));
    for (const h of held) {
      const tab = owned.get(h.tab);
      const sheet = book.worksheets.getItem(h.sheet);
      if (tab !== undefined && sheetNameKey(tab) !== sheetNameKey(h.sheet)) {
        sheet.delete(); // the new tab was committed: this one is done with
      } else {
        if (tab === undefined) book.names.add(ownedTabName(h.tab), sheet.getRange("A1"));
        const back = sheetNameKey(h.originalName);
        if (back !== sheetNameKey(h.sheet) && !names.has(back)) {
          names.delete(sheetNameKey(h.sheet));
          names.add(back);
          sheet.name = h.originalName;
        }
      }
      book.names.getItemOrNullObject(heldTabName(h.tab)).delete();
    }
    for (const name of stale) book.names.getItemOrNullObject(name).delete();
    const all = book.names;
    all.load("items/name");
    await context.sync();
    for (const item of all.items)
      if (item.name.toUpperCase().startsWith(TEMP_TAB_PREFIX)) item.delete();
    await context.sync();
  });
}
