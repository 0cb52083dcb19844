import type { Lang } from "../../engine/schema";
import { headerRowHeight } from "../file/rowHeights";
import { headerIndent } from "../file/columnWidths";
import { WRAPPED_ROW_VERTICAL } from "../file/layoutLook";
import { freeSheetName, sheetNameKey, validSheetName } from "../../engine/sheetNames";
import { ownedTabName, ownedTabRef, partOf, stagingTabName } from "../ownedTabs";
import { renamedBecause } from "../renamedBecause";
import { isLockedCell, TAB_PROTECTION } from "../protection";
import { ABOVE_DECLARED, type ApiSupport } from "./apiSupport";
import { CHUNK_BUDGET_BYTES } from "./budget";
import { columnWidthPoints } from "./cells";
import { addChart, CHART_NAME_PREFIX } from "./charts";
import { chartTops } from "../../engine/report/layoutPages";
import { columnPoints } from "../../engine/report/printBeside";
import { retiredHeaders, type OutputTab } from "../../engine/report/outputTabs";
import { ownColumns } from "./ownWidths";
import type { Plan } from "./plan";
import { applyPrintLayout, columnWidths, columnWraps } from "./printLayout";
import type { ExcelRun } from "./run";

/** Above this many rows, widths come from headers instead of autofit (autofit reads every cell). */
const AUTOFIT_MAX_ROWS = 5_000;

/**
 * Puts a staged tab in place. The design (issue 15.1) is "stage, then copy into the live table":
 *
 * - A tab seen for the first time: the staged sheet itself becomes the tab (renamed, shown, an
 *   Excel table added at A1 under a name from the tab's name, marked, protected).
 * - A tab that exists: its sheet and its table stay (same names, same ids), so a user's formula
 *   (`='客户分类'!B2`), a chart series on another sheet and a structured reference
 *   (`=客户分类[流失风险分]`) keep pointing at them. Renaming and deleting a sheet is what broke
 *   them: "renaming a worksheet still updates any references", deleting one turns them into #REF!
 *   (Microsoft support, Rename a worksheet / Delete a worksheet). The table is resized to the new
 *   row count, then Range.copyFrom (ExcelApi 1.9) copies the staged values and formats in:
 *   one operation whatever the row count, so the cells never travel through the add-in twice.
 *   Table.resize is ExcelApi 1.13 ("The new range must overlap with the original table range and
 *   the headers … must be in the same row"); below it, blank rows are added at its end
 *   (TableRowCollection.add, ExcelApi 1.1, in chunks) or deleted from its end (Range.delete "Up"),
 *   which grows or shrinks the table just the same, and new columns are appended with
 *   TableColumnCollection.add (ExcelApi 1.4).
 *
 * Why staging and not writing straight into the table: the long, failure-prone part (thousands of
 * chunked requests, cancel, payload limits, a user typing) happens on the hidden staging sheet;
 * the commit is a handful of operations per tab, so a failure or cancel leaves the last good
 * results in the live tab. Excel does not roll back a failed batch, so the commit keeps that
 * window to a few operations. Columns keep their order: the tab registry only appends, or takes a
 * column off by listing it in RETIRED_COLUMNS (outputTabs.ts). The header row is copied over the
 * live one, and a changed header renames its column, structured references following it; so a
 * column taken off the middle is first deleted from the live table by its header
 * (TableColumnCollection.getItemOrNullObject, ExcelApi 1.4; TableColumn.delete, ExcelApi 1.1), as
 * when a user deletes a table column: Excel shifts the later columns left with their names, turns
 * references to the deleted one into #REF! and adjusts the others ("the cell references for
 * structured references adjust automatically … as rows and columns are added and deleted in a
 * table": Microsoft support, Using structured references with Excel tables). Copied over
 * without it, each later header would land on its left neighbour and take over its references
 * (reviewer12 D1: CA_segments[客户终身价值（12 个月）] ended up summing 预计下次购买日).
 */
export async function commitTab(
  run: ExcelRun,
  plan: Plan,
  supports: ApiSupport,
  protect: boolean,
  lang: Lang,
  recorded: readonly number[] | undefined,
): Promise<number[]> {
  const once = (context: Excel.RequestContext) =>
    commitOnce(context, plan, supports, protect, lang, recorded);
  try {
    return await run(once);
  } catch (error) {
    // Excel keeps the operations before a failing one: finish the commit from where it stopped
    // (every step reads the state afresh and is safe to repeat) rather than leave a half tab.
    // The widths the first try set differ from the record, so the retry takes every column as
    // ours (no record): else they read as the user's, for good (reviewer51 F5).
    const again = (context: Excel.RequestContext) =>
      commitOnce(context, plan, supports, protect, lang, undefined);
    return run(again).catch(() => Promise.reject(error));
  }
}

/** Commits one tab; resolves to the record of its columns' widths (widthRecord). */
async function commitOnce(
  context: Excel.RequestContext,
  plan: Plan,
  supports: ApiSupport,
  protect: boolean,
  lang: Lang,
  recorded: readonly number[] | undefined,
): Promise<number[]> {
  const book = context.workbook;
  const isTable = plan.table.style === "table";
  const rows = plan.stagedRows;
  const width = plan.width;
  // Read the state as it is now: a user may have made a sheet meanwhile, or an earlier attempt
  // may have done part of this.
  const sheets = book.worksheets;
  sheets.load("items/name,items/id");
  const staged = book.worksheets.getItemOrNullObject(plan.stagingId);
  const live = plan.live ? book.worksheets.getItemOrNullObject(plan.live.sheetId) : null;
  const target = live ?? staged;
  const charts = target.charts;
  charts.load("items/name");
  const tables = target.tables;
  tables.load("items/id");
  const existing = book.names.getItemOrNullObject(ownedTabName(plan.table.tab, partOf(plan.table)));
  await context.sync();
  if (target.isNullObject) throw new Error(`The sheet for ${plan.table.tab} has gone.`);
  const sheet = target;
  // The final name, checked again: a sheet the user made since planning keeps its name.
  const others = new Set(
    sheets.items
      .filter((s) => s.id !== (plan.live?.sheetId ?? plan.stagingId) && s.id !== plan.stagingId)
      .map((s) => sheetNameKey(s.name)),
  );
  if (others.has(sheetNameKey(plan.finalName))) {
    const wanted = validSheetName(plan.table.sheetName);
    plan.finalName = freeSheetName(wanted, others);
    plan.renamedBecause = renamedBecause(wanted, plan.finalName, false, lang);
  }
  sheet.protection.unprotect();
  sheet.name = plan.finalName;
  for (const chart of charts.items) if (chart.name.startsWith(CHART_NAME_PREFIX)) chart.delete(); // ours only
  let ours: readonly boolean[] | null = null; // the columns whose width is ours to set (null: all)
  if (!live) {
    sheet.visibility = plan.table.hidden ? "Hidden" : "Visible"; // the run-state tab stays hidden
    if (isTable && tables.items.length === 0) {
      const table = sheet.tables.add(sheet.getRangeByIndexes(0, 0, Math.max(2, rows), width), true);
      table.name = plan.tableName;
      sheet.freezePanes.freezeRows(1);
      setWidths(sheet, plan, null);
    } else if (printsSideBySide(plan)) {
      setWidths(sheet, plan, null);
    } else if (!isTable && rows <= AUTOFIT_MAX_ROWS) {
      sheet.getRangeByIndexes(0, 0, rows, width).format.autofitColumns();
    }
  } else {
    if (staged.isNullObject) throw new Error(`The staged rows of ${plan.table.tab} have gone.`);
    // The widths as they are, read with the table's size: which are still ours (ownWidths.ts).
    const before = queueWidths(sheet, width);
    if (isTable) await deleteRetired(context, sheet, plan.live!.table!.id, plan.table.tab);
    const current = isTable ? await tableSize(context, sheet, plan.live!.table!.id) : null;
    if (!current) await context.sync();
    // A table's columns past its old size are new; a layout's are all there already.
    ours = ownColumns(before().slice(0, current?.columns ?? width), recorded, width);
    if (current) {
      await fitTable(context, sheet, current, rows, width, supports);
      setWidths(sheet, plan, ours);
    } else {
      sheet.getUsedRangeOrNullObject().clear();
      // This run's widths, which its print scale assumes (those still ours: ownWidths.ts).
      if (printsSideBySide(plan)) setWidths(sheet, plan, ours);
    }
    sheet
      .getRangeByIndexes(0, 0, rows, width)
      .copyFrom(staged.getRangeByIndexes(0, 0, rows, width), "All");
    if (isTable && rows < 2) sheet.getRangeByIndexes(1, 0, 1, width).clear(); // the one empty row
    if (!isTable && !printsSideBySide(plan) && rows <= AUTOFIT_MAX_ROWS)
      autofitOurs(sheet, ours, rows);
  }
  wrapHeader(sheet, plan);
  alignRows(sheet, plan, rows);
  wrapColumns(sheet, plan, rows);
  highlight(sheet, plan, rows);
  const specs = plan.table.charts ?? [];
  const tops = chartTops(specs.length, plan.table.pageBreaks);
  specs.forEach((spec, i) => addChart(sheet, spec, i, width, tops[i]));
  // Print setup as the file adapter writes it (landscape, pages wide, titles, the call sheet's area).
  applyPrintLayout(sheet, plan.table, rows);
  // The marker is re-pointed in place (NamedItem.formula, ExcelApi 1.7), never deleted and
  // added again: there is no moment at which the tab is unmarked.
  if (!existing.isNullObject) existing.formula = `=${ownedTabRef(plan.finalName, width)}`;
  else {
    const marker = book.names.add(
      ownedTabName(plan.table.tab, partOf(plan.table)),
      sheet.getRangeByIndexes(0, 0, 1, width),
    );
    marker.visible = false;
  }
  // A layout's list (ReportTable.listRow: the Changes tab's customers) under an autoFilter, as
  // the file writer puts it: sorted and filtered like a table.
  const listRow = plan.table.listRow;
  const list =
    !isTable &&
    listRow !== undefined &&
    listRow >= 0 &&
    listRow < rows &&
    (plan.table.part ?? 1) === 1
      ? sheet.getRangeByIndexes(listRow, 0, rows - listRow, width)
      : null;
  if (list) sheet.autoFilter.apply(list);
  if (protect) {
    // The one rule (protection.ts): table cells unlocked, since Excel sorts only unlocked cells
    // on a protected sheet; layout cells locked (a layout's list not); sort, filter and
    // formatting allowed.
    sheet.getRangeByIndexes(0, 0, Math.max(isTable ? 2 : 1, rows), width).format.protection.locked =
      isLockedCell(plan.table.style);
    if (list) list.format.protection.locked = false;
    sheet.protection.protect({ ...TAB_PROTECTION });
  }
  book.names.getItemOrNullObject(stagingTabName(plan.table.tab, partOf(plan.table))).delete();
  if (live) staged.delete(); // last: while it exists, the commit can be finished
  // Read once set, in the same request: the record the next refresh tells ours from the user's by.
  const after = queueWidths(sheet, width);
  await context.sync();
  return widthRecord(after(), ours, recorded);
}

/**
 * What is recorded of a tab's widths (settings.ts `widths`): a column of ours, its width as Excel
 * reports it now; a column of the user's, what was recorded before (our last width), so it stays
 * theirs on the next refresh too. -1: no width known (never taken as ours).
 */
function widthRecord(
  now: readonly (number | null)[],
  ours: readonly boolean[] | null,
  recorded: readonly number[] | undefined,
): number[] {
  return now.map((w, j) => (!ours || ours[j] ? (w ?? -1) : (recorded?.[j] ?? -1)));
}

/**
 * Queues a read of each of the first `count` columns' widths (RangeFormat.columnWidth, points;
 * one range a column, as a range of columns of different widths reads null); the values are
 * there once the context syncs.
 */
function queueWidths(sheet: Excel.Worksheet, count: number): () => (number | null)[] {
  const formats = Array.from({ length: count }, (_, j) =>
    sheet.getRangeByIndexes(0, j, 1, 1).format.load("columnWidth"),
  );
  return () => formats.map((f) => (typeof f.columnWidth === "number" ? f.columnWidth : null));
}

/** A layout's columns that are ours autofitted to what they now hold, one range a run of them. */
function autofitOurs(sheet: Excel.Worksheet, ours: readonly boolean[], rows: number): void {
  for (let j = 0; j < ours.length; j++) {
    if (!ours[j] || (j > 0 && ours[j - 1])) continue;
    let end = j + 1;
    while (end < ours.length && ours[end]) end++;
    sheet.getRangeByIndexes(0, j, rows, end - j).format.autofitColumns();
  }
}

/**
 * Deletes the live table's columns that the registry took off this tab (RETIRED_COLUMNS), found by
 * their header in either language (TableColumnCollection.getItemOrNullObject, ExcelApi 1.4). Only
 * a column found is deleted: a retried commit, or a table that never had it, is left alone.
 */
async function deleteRetired(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  tableId: string,
  tab: OutputTab,
): Promise<void> {
  const headers = retiredHeaders(tab);
  if (headers.length === 0) return;
  const columns = sheet.tables.getItem(tableId).columns;
  const found = headers.map((h) => columns.getItemOrNullObject(h));
  await context.sync();
  for (const column of found) if (!column.isNullObject) column.delete();
}

/** The live table's size now (header row included). */
async function tableSize(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  id: string,
): Promise<{ id: string; rows: number; columns: number }> {
  const range = sheet.tables.getItem(id).getRange();
  range.load("rowCount,columnCount");
  await context.sync();
  return { id, rows: range.rowCount, columns: range.columnCount };
}

/**
 * Colours by value (risk levels) as conditional formats, ExcelApi 1.6: one cell-value rule per
 * colour over the whole data column ("Apply conditional formatting to Excel ranges", Microsoft
 * Learn), instead of a fill per run of cells (tens of thousands of operations on a large tab).
 * The rules follow the values when the user sorts or filters. Rules of an earlier run on that
 * column are cleared first.
 */
function highlight(sheet: Excel.Worksheet, plan: Plan, rows: number): void {
  const h = plan.table.highlight;
  if (!h || plan.table.style !== "table") return;
  sheet.getRangeByIndexes(0, h.column, 1, 1).getEntireColumn().conditionalFormats.clearAll();
  if (rows < 2) return;
  const column = sheet.getRangeByIndexes(1, h.column, rows - 1, 1);
  for (const [text, color] of Object.entries(h.fills)) {
    const cf = column.conditionalFormats.add("CellValue" as Excel.ConditionalFormatType);
    cf.cellValue.format.fill.color = color;
    cf.cellValue.rule = { formula1: `="${text.replace(/"/g, '""')}"`, operator: "EqualTo" };
  }
}

/**
 * A layout printed on two pages side by side (ReportTable.sideBySide: the Changes tab): its columns
 * at the widths its print scale assumes, set as a table's are, never autofitted. Autofit ("best
 * fit, based on the current data", Excel.RangeFormat.autofitColumns) widened the columns under its
 * long unwrapped notes and titles, and the tab printed three pages and more across (reviewer50 M2).
 */
function printsSideBySide(plan: Plan): boolean {
  return plan.table.style !== "table" && plan.table.sideBySide !== undefined;
}

/**
 * Column widths (printLayout.ts columnWidths: every column as the file fits it), for the columns
 * that are ours (all of a new tab's: `ours` null; on a refresh, ownWidths.ts). Office.js's
 * RangeFormat.columnWidth is set in points (cells.ts columnWidthPoints).
 */
function setWidths(sheet: Excel.Worksheet, plan: Plan, ours: readonly boolean[] | null): void {
  const widths = columnWidths(plan.table);
  // A tab printed at a fixed scale: its columns as wide on paper as the scale assumes.
  const points = printsSideBySide(plan) ? columnPoints : columnWidthPoints;
  widths.forEach((chars, j) => {
    if (ours && !ours[j]) return;
    sheet.getRangeByIndexes(0, j, 1, 1).format.columnWidth = points(chars);
  });
}

/**
 * A table tab's data rows with every cell at the top, as a file's rows of more than one line
 * (layoutLook.ts tableVertical: the one rule). Excel fits a row to its wrapped text, so a one-line
 * row is as tall as its line and shows the same as the file's centred one; a wrapped row (a long
 * reason) no longer leaves its ID and name at the bottom beside it, Excel's default (stop 34 tester
 * #3). Set on every commit: copying the staged cells in copies their formats too.
 */
function alignRows(sheet: Excel.Worksheet, plan: Plan, rows: number): void {
  if (plan.table.style !== "table" || rows < 2) return;
  sheet.getRangeByIndexes(1, 0, rows - 1, plan.width).format.verticalAlignment =
    VERTICAL[WRAPPED_ROW_VERTICAL];
}

/**
 * A table tab's data cells wrapped in the columns the file wraps (printLayout.ts columnWraps, from
 * fitWidths: long reasons, a talking point with a line feed), one range per run of wrapped
 * columns. Excel changes a row's height to fit its wrapped text ("Microsoft Excel will change the
 * row height of the range, if necessary, to accommodate the text in the range": Range.WrapText,
 * Microsoft Learn; RangeFormat.wrapText, ExcelApi 1.1), so a reason of five lines shows them, as in
 * the file; unwrapped, it stayed one line cut at the column's edge (reviewer11 D4). Set on every
 * commit: copying the staged cells in copies their formats too (the staged cells are not wrapped).
 */
function wrapColumns(sheet: Excel.Worksheet, plan: Plan, rows: number): void {
  if (plan.table.style !== "table" || rows < 2) return;
  const wraps = columnWraps(plan.table);
  for (let j = 0; j < plan.width; j++) {
    if (!wraps[j] || (j > 0 && wraps[j - 1])) continue;
    let end = j + 1;
    while (end < plan.width && wraps[end]) end++;
    sheet.getRangeByIndexes(1, j, rows - 1, end - j).format.wrapText = true;
  }
}

/** Office.js's names of the file's vertical alignments. */
const VERTICAL = { top: "Top", center: "Center" } as const;

/**
 * A table tab's header row wrapped and centred in its row, as the file writes every table header
 * (reportSheet.ts), and as tall as its tallest header at the columns' widths (rowHeights.ts
 * headerRowHeight: 30 pt for two lines, 16 a line beyond; write7, stop 32: a fixed 30 pt cut a
 * third line's top). The columns are widened to where their headers break well (printLayout.ts
 * columnWidths), which only a wrapped header uses: a tab without a print area kept a one-line header
 * row at those widths, still cut on screen, and looked unlike the file (reviewer10 D8). Set on
 * every commit: copying the staged cells in copies their formats too.
 */
function wrapHeader(sheet: Excel.Worksheet, plan: Plan): void {
  if (plan.table.style !== "table") return;
  const header = sheet.getRangeByIndexes(0, 0, 1, plan.width);
  header.format.wrapText = true;
  header.format.verticalAlignment = VERTICAL.center;
  header.format.rowHeight = headerRowHeight(
    plan.table.columns.map((c) => c.header),
    columnWidths(plan.table),
    plan.table.columns.map((_, i) => headerIndent(plan.table, i)),
  );
}

/**
 * Makes the live table `rows` × `width` (header included; at least one data row, as Excel keeps)
 * without replacing it or moving a cell of it. Cells left outside it are cleared.
 */
async function fitTable(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  current: { id: string; rows: number; columns: number },
  rows: number,
  width: number,
  supports: ApiSupport,
): Promise<void> {
  const table = sheet.tables.getItem(current.id);
  const want = Math.max(2, rows);
  if (supports(ABOVE_DECLARED.tableResize)) {
    table.resize(sheet.getRangeByIndexes(0, 0, want, width));
    if (current.rows > want)
      sheet
        .getRangeByIndexes(want, 0, current.rows - want, Math.max(width, current.columns))
        .clear();
    if (current.columns > width)
      sheet.getRangeByIndexes(0, width, want, current.columns - width).clear();
    return;
  }
  // ExcelApi 1.9: columns appended or removed at the right (TableColumnCollection.add, 1.4),
  // blank rows added at the end (TableRowCollection.add, 1.1) in chunks under the request limit,
  // rows deleted from the end (Range.delete "Up", 1.1). No row above the end moves, so a
  // reference to row 2 still means row 2.
  for (let c = current.columns; c < width; c++) table.columns.add(undefined as unknown as number);
  for (let c = current.columns; c > width; c--) table.columns.getItemAt(c - 1).delete();
  let have = current.rows;
  const perChunk = Math.max(1, Math.floor(CHUNK_BUDGET_BYTES / (width * 3 + 2)));
  while (have < want) {
    const n = Math.min(want - have, perChunk);
    const blank = Array.from({ length: n }, () => new Array<string>(width).fill(""));
    table.rows.add(undefined as unknown as number, blank);
    await context.sync(); // one chunk per request; a retried commit picks up from the new size
    have += n;
  }
  if (have > want) sheet.getRangeByIndexes(want, 0, have - want, width).delete("Up");
}
