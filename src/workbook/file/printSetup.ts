/**
 * How wide a table tab prints: one landscape A4 page wide while that keeps the text at about 70%
 * of its size or more, else two or three pages side by side (the key columns A:B repeated on each,
 * Print_Titles), so the segments and schedule tabs print legibly instead of at a few points. The
 * schedule's call sheet prints one page wide with its status and note on a page beside it
 * (besidePrint).
 */

/** Characters of column width on a landscape A4 page with our margins, at 100% (about 770 pt). */
const PAGE_CHARS = 140;
/** The smallest print scale we accept before going to another page. */
const LEAST_SCALE = 0.7;
/** A tab never prints more pages wide than this (the rest shrinks). */
const MAX_PAGES = 3;

/**
 * Pages side by side (fitToWidth) for a table tab of these column widths (characters).
 *
 * @example pagesWide([12, 10, 14]) // 1
 * @example pagesWide(new Array(30).fill(14)) // 3
 */
export function pagesWide(
  widths: readonly number[],
  keys: readonly [number, number] = [0, 1],
): number {
  let total = 0;
  for (const w of widths) total += w;
  const perPage = PAGE_CHARS / LEAST_SCALE;
  if (total <= perPage) return 1;
  // Each page after the first repeats the key columns.
  const repeated = (widths[keys[0]] ?? 0) + (widths[keys[1]] ?? 0);
  const more = Math.ceil((total - perPage) / Math.max(perPage / 2, perPage - repeated));
  return Math.min(MAX_PAGES, 1 + more);
}

/** Column keys that hold the customer's ID (segments: "id"; the schedule: "customerId"). */
const ID_KEYS = new Set(["id", "customerId"]);

/**
 * The two columns repeated on each page of a tab printed pages wide: the customer's ID and the
 * column after it (the name), else A and B.
 *
 * @example keyColumns(["dueDate", "owner", "customerId", "customerName"]) // [2, 3]
 */
export function keyColumns(keys: readonly string[]): [number, number] {
  const i = keys.findIndex((k) => ID_KEYS.has(k));
  return i >= 0 && i + 1 < keys.length ? [i, i + 1] : [0, 1];
}

/**
 * A table tab prints its cell grid: rules between rows and columns on paper (the screen shows
 * gridlines; paper showed none, so a row's wrapped reasons ran into the next row's and a run of
 * one-line rows read as one block: stop 27 tester #3). One element per sheet: no per-cell cost.
 */
export const TABLE_PRINT_OPTIONS = '<printOptions gridLines="1"/>';

/**
 * How a table tab with a page beside its print area prints (ReportTable.printBeside: the
 * schedule's 计划依据日期, 状态 and 说明 beside its call sheet).
 */
export interface BesidePrint {
  /** The print scale, percent: the call sheet's columns one page wide (Excel and LibreOffice
   * ignore a manual page break under Fit To, so the scale is fixed, not fitToWidth). */
  scale: number;
  /** The column (0-based) the page beside starts at: a manual column break left of it. */
  breakAt: number;
  /** The columns printed, from A: the call sheet's and the page beside's. */
  columns: number;
}

/** Points of paper across a landscape A4 page inside our margins (0.5 in left and right). */
const PAGE_POINTS = 770;
/**
 * Points a character of column width takes at 100%, with some room: Excel's 7 px (5.25 pt) for
 * Calibri 11, LibreOffice's 5.56 with Carlito (measured on the zh demo's PDF, stop 47). A fixed
 * scale has no Fit To to absorb the difference: at 5.5 (PAGE_CHARS' 770 / 140) the zh call sheet's
 * 196.5 characters took 71%, and LibreOffice put 逾期天数 on a page of its own.
 */
const CHAR_POINTS = 5.6;

/**
 * The call sheet (the first `printColumns` columns) on one page at the scale that fits them, the
 * columns after it up to `printBeside` on the next page, the key columns (Print_Titles) beside them:
 * the same rows on both pages (printed across, then down). At most 100%.
 *
 * @example besidePrint([14, 14, 9.5, 34.5, 18, 13.5, 50.5, 10, 8, 14, 10.5, 16, 10, 50], 11, 14)
 * // { scale: 69, breakAt: 11, columns: 14 }: zh demo, 196.5 characters on the first page
 */
export function besidePrint(
  widths: readonly number[],
  printColumns: number,
  printBeside: number,
  titles?: readonly [number, number],
): BesidePrint | null {
  const columns = Math.min(widths.length, printBeside);
  if (printColumns <= 0 || columns <= printColumns) return null;
  let total = 0;
  for (let i = 0; i < printColumns; i++) total += widths[i] ?? 0;
  // With `titles` (the columns repeated on each page, first and last), the page beside holds them
  // and its own columns, and fits at the same scale too (the Changes tab's reasons beside its
  // customers' IDs and names: its page beside is as wide as its first).
  if (titles) {
    let beside = 0;
    for (let i = titles[0]; i <= titles[1]; i++) beside += widths[i] ?? 0;
    for (let i = printColumns; i < columns; i++) beside += widths[i] ?? 0;
    total = Math.max(total, beside);
  }
  const fit = (100 * PAGE_POINTS) / (CHAR_POINTS * Math.max(1, total));
  const scale = Math.max(10, Math.min(100, Math.floor(fit)));
  return { scale, breakAt: printColumns, columns };
}
