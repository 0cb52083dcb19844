/**
 * A1 addresses: column letters, parsing "A1", "A1:F10", "A:F", "3:5" and writing addresses with
 * the sheet name quoted the way Excel does ('Customer segments'!A1:B2). Column letters themselves
 * are the engine's (engine/a1.ts).
 */

import { columnIndex, columnLetters } from "../../engine/a1";

/** Excel's grid size. */
export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

/** A rectangle of cells, zero-based. */
export interface Rect {
  row: number;
  column: number;
  rowCount: number;
  columnCount: number;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;
const COLS = /^\$?([A-Za-z]{1,3}):\$?([A-Za-z]{1,3})$/;
const ROWS = /^\$?(\d{1,7}):\$?(\d{1,7})$/;

/**
 * Parses an address without a sheet ("B2", "A1:F10", "A:F", "3:5"); null when it is not one.
 *
 * @example parseAddress("B2:C4") // { row: 1, column: 1, rowCount: 3, columnCount: 2 }
 */
export function parseAddress(address: string): Rect | null {
  const text = address.trim();
  const cols = COLS.exec(text);
  if (cols) {
    const a = columnIndex(cols[1]);
    const b = columnIndex(cols[2]);
    return { row: 0, column: Math.min(a, b), rowCount: MAX_ROWS, columnCount: Math.abs(b - a) + 1 };
  }
  const rows = ROWS.exec(text);
  if (rows) {
    const a = +rows[1] - 1;
    const b = +rows[2] - 1;
    if (a < 0 || b < 0) return null;
    return {
      row: Math.min(a, b),
      column: 0,
      rowCount: Math.abs(b - a) + 1,
      columnCount: MAX_COLUMNS,
    };
  }
  const parts = text.split(":");
  if (parts.length > 2) return null;
  const cells = parts.map((p) => CELL.exec(p));
  if (cells.some((m) => !m)) return null;
  const r = cells.map((m) => +m![2] - 1);
  const c = cells.map((m) => columnIndex(m![1]));
  if (r.some((x) => x < 0 || x >= MAX_ROWS) || c.some((x) => x < 0 || x >= MAX_COLUMNS))
    return null;
  const r0 = Math.min(...r);
  const c0 = Math.min(...c);
  return {
    row: r0,
    column: c0,
    rowCount: Math.max(...r) - r0 + 1,
    columnCount: Math.max(...c) - c0 + 1,
  };
}

/** "B2" or "B2:C4" of a rectangle. @example rectAddress({ row: 0, column: 0, rowCount: 2, columnCount: 2 }) // "A1:B2" */
export function rectAddress(rect: Rect, absolute = false): string {
  const d = absolute ? "$" : "";
  const a = `${d}${columnLetters(rect.column)}${d}${rect.row + 1}`;
  if (rect.rowCount === 1 && rect.columnCount === 1) return a;
  const b = `${d}${columnLetters(rect.column + rect.columnCount - 1)}${d}${rect.row + rect.rowCount}`;
  return `${a}:${b}`;
}

/**
 * A sheet name as Excel writes it in an address: quoted (with '' for ') unless it is a plain word.
 *
 * @example quoteSheetName("Customer segments") // "'Customer segments'"
 */
export function quoteSheetName(name: string): string {
  // Excel leaves names of letters (any script), digits, _ and . unquoted, unless they look like a cell.
  if (/^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name) && !CELL.test(name) && !/^[Rr]\d*[Cc]\d*$/.test(name))
    return name;
  return `'${name.replace(/'/g, "''")}'`;
}

/**
 * Splits "Sheet!A1:B2" or "'My sheet'!A1" into sheet and address; sheet is null without "!".
 *
 * @example splitSheetAddress("'It''s'!A1") // { sheet: "It's", address: "A1" }
 */
export function splitSheetAddress(text: string): { sheet: string | null; address: string } {
  const t = text.trim().replace(/^=/, "");
  const quoted = /^'((?:[^']|'')+)'!(.*)$/.exec(t);
  if (quoted) return { sheet: quoted[1].replace(/''/g, "'"), address: quoted[2] };
  const bang = t.lastIndexOf("!");
  if (bang < 0) return { sheet: null, address: t };
  return { sheet: t.slice(0, bang), address: t.slice(bang + 1) };
}
