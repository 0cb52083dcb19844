// Excel tables in the simulated workbook: what a table is, and the moves that change its rows and headers.
import type { Rect } from "./address";
import { breakColumnIn, moveSpan, renameColumnIn, shiftRowsIn } from "./references";
import { SimSheet } from "./sheet";
import type { SimWorkbook } from "./workbook";

/** An Excel table on a simulated sheet. */
export interface SimTable {
  id: string;
  name: string;
  sheet: SimSheet;
  rect: Rect;
  showHeaders: boolean;
  showFilterButton: boolean;
  showTotals: boolean;
  style: string;
  /** Column names as Excel holds them (the header texts); structured references use these. */
  columns: string[];
}

/** Whether two blocks share a cell. */
export function overlaps(a: Rect, b: Rect): boolean {
  return (
    a.row < b.row + b.rowCount &&
    b.row < a.row + a.rowCount &&
    a.column < b.column + b.columnCount &&
    b.column < a.column + a.columnCount
  );
}

/**
 * Rows of a table's sheet inserted (delta > 0) or deleted (delta < 0) at row `at` over the
 * table's columns (Range.insert / Range.delete inside a table): cells below move, the table
 * grows or shrinks, references follow or break.
 */
export function shiftTableRows(wb: SimWorkbook, table: SimTable, at: number, delta: number): void {
  const sheet = table.sheet;
  const { column, columnCount } = table.rect;
  for (let c = column; c < column + columnCount; c++) {
    for (const arrays of [sheet.columns, sheet.formats]) {
      const col = arrays[c];
      if (!col) continue;
      if (delta > 0) col.splice(at, 0, ...new Array(delta).fill(undefined));
      else col.splice(at, -delta);
    }
  }
  for (const map of [sheet.formulas, sheet.fills, sheet.bold]) {
    const moved = new Map<number, never>();
    for (const [k, v] of map as Map<number, never>) {
      const r = Math.floor(k / 16_384);
      const c = k % 16_384;
      if (c < column || c >= column + columnCount || r < at) moved.set(k, v);
      else if (delta > 0 || r >= at - delta) moved.set(SimSheet.key(r + delta, c), v);
    }
    (map as Map<number, never>).clear();
    for (const [k, v] of moved) (map as Map<number, never>).set(k, v);
  }
  sheet.setRaw(0, 0, sheet.value(0, 0)); // drop the cached used range
  const span = moveSpan(table.rect.row, table.rect.row + table.rect.rowCount - 1, at, delta);
  if (span) table.rect = { ...table.rect, row: span[0], rowCount: span[1] - span[0] + 1 };
  for (const chart of wb.sheets.flatMap((s) => s.charts)) {
    if (chart.sourceSheet !== sheet) continue;
    const s = moveSpan(chart.source.row, chart.source.row + chart.source.rowCount - 1, at, delta);
    if (s) chart.source = { ...chart.source, row: s[0], rowCount: s[1] - s[0] + 1 };
    else chart.broken = true;
  }
  wb.rewriteFormulas((f) => shiftRowsIn(f, sheet.name, at, delta));
}

/**
 * The header row of a table as its column names: a changed header renames the column and
 * structured references follow; blanks and duplicates get Excel's Column<n> / <name>2.
 */
export function syncTableHeaders(wb: SimWorkbook, table: SimTable): void {
  const { sheet, rect } = table;
  const seen = new Set<string>();
  const names: string[] = [];
  for (let j = 0; j < rect.columnCount; j++) {
    const v = sheet.value(rect.row, rect.column + j);
    let header = v === undefined || v === "" ? `Column${j + 1}` : String(v);
    const base = header;
    for (let k = 2; seen.has(header.toLowerCase()); k++) header = `${base}${k}`;
    seen.add(header.toLowerCase());
    if (header !== v) {
      sheet.formulas.delete(SimSheet.key(rect.row, rect.column + j));
      sheet.setRaw(rect.row, rect.column + j, header);
    }
    names.push(header);
  }
  const before = table.columns;
  table.columns = names;
  for (let j = 0; j < Math.min(before.length, names.length); j++) {
    if (before[j] !== names[j])
      wb.rewriteFormulas((f) => renameColumnIn(f, table.name, before[j], names[j]));
  }
}

/**
 * A table column deleted (TableColumn.delete, ExcelApi 1.1), as Excel deletes one: the table's
 * cells right of it, in the table's rows, move one column left with their names (its last column's
 * cells are emptied), the table is one column narrower, structured references to the deleted
 * column become #REF! and every other one keeps naming its column ("the cell references for
 * structured references adjust automatically … as rows and columns are added and deleted in a
 * table": Microsoft support, Using structured references with Excel tables). A1 references are not
 * moved (as for row moves, only what the add-in's tests need: no test holds an A1 reference into a
 * table's columns).
 */
export function deleteTableColumn(wb: SimWorkbook, table: SimTable, index: number): void {
  const sheet = table.sheet;
  const { row, rowCount, column, columnCount } = table.rect;
  const first = column + index;
  const last = column + columnCount - 1;
  for (const arrays of [sheet.columns, sheet.formats] as (unknown[] | undefined)[][]) {
    for (let c = first; c <= last; c++) {
      const from = c < last ? arrays[c + 1] : undefined;
      if (!arrays[c] && !from) continue;
      arrays[c] ??= [];
      for (let r = row; r < row + rowCount; r++) arrays[c]![r] = from?.[r];
    }
  }
  for (const map of [sheet.formulas, sheet.fills, sheet.bold, sheet.wrapped]) {
    const moved = new Map<number, never>();
    for (const [k, v] of map as Map<number, never>) {
      const r = Math.floor(k / 16_384);
      const c = k % 16_384;
      if (r < row || r >= row + rowCount || c < first || c > last) moved.set(k, v);
      else if (c > first) moved.set(SimSheet.key(r, c - 1), v);
    }
    (map as Map<number, never>).clear();
    for (const [k, v] of moved) (map as Map<number, never>).set(k, v);
  }
  sheet.setRaw(row, column, sheet.value(row, column)); // drop the cached used range
  const name = table.columns[index];
  table.rect = { ...table.rect, columnCount: columnCount - 1 };
  table.columns = table.columns.filter((_, j) => j !== index);
  wb.rewriteFormulas((f) => breakColumnIn(f, table.name, name));
}
