/**
 * Printing a tab's columns on two pages side by side at one fixed scale: the schedule's call sheet
 * with its status and note on a page beside it (ReportTable.printBeside, scaled by the file's
 * fitted widths), and a layout's columns broken in two (ReportTable.sideBySide: the Changes tab,
 * its figures on one page, its reasons beside them, at the widths the engine decides here). Excel
 * and LibreOffice ignore a manual page break under Fit To, so the scale is fixed, not fitToWidth.
 */

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
 * The points a column of `chars` characters is given where a width is set in points (the add-in's
 * RangeFormat.columnWidth) on a tab printed at a fixed scale: what the scale assumes, so the page
 * holds its columns (the add-in's columnWidthPoints, 5.7 a character and 4 more a column, made
 * the zh Changes tab's page beside 994 pt, 815 at 82%: past the page's 770).
 *
 * @example columnPoints(10) // 56
 */
export function columnPoints(chars: number): number {
  return Math.round(CHAR_POINTS * chars * 100) / 100;
}

/** How a tab with a page beside its first prints. */
export interface BesidePrint {
  /** The print scale, percent, at most 100: the wider page's columns one page wide. */
  scale: number;
  /** The column (0-based) the page beside starts at: a manual column break left of it. */
  breakAt: number;
  /** The columns printed, from A: the first page's and the page beside's. */
  columns: number;
}

/**
 * A layout tab printed on two pages side by side (ReportTable.sideBySide): the page beside, the
 * widths its scale assumes, which both adapters give the columns (the file's <col>, the add-in's
 * RangeFormat.columnWidth: an autofitted column in Excel made the scale wrong, reviewer50 M2), and
 * the columns repeated on the page beside (Print_Titles). Plain data: it crosses to the add-in's page.
 */
export interface SideBySide extends BesidePrint {
  /** Each column's width in characters, A to the layout's last. */
  widths: readonly number[];
  /** The first and last column (0-based) printed again on the page beside. */
  titleColumns: readonly [number, number];
  /** Characters across the wider page: the print's scale, so the lines a page holds. */
  chars: number;
}

/**
 * Characters across the wider of the two pages: the columns before `breakAt`, or (with `titles`)
 * the title columns and the columns from `breakAt` up to `columns`. Without titles the page beside
 * is not counted (the schedule's status and note are narrower than its call sheet).
 *
 * @example widerPage([23, 11, 24, 9, 12, 12, 9, 9, 10, 14, 14], 8, 11, [0, 2]) // 109
 */
export function widerPage(
  widths: readonly number[],
  breakAt: number,
  columns: number,
  titles?: readonly [number, number],
): number {
  let first = 0;
  for (let i = 0; i < breakAt; i++) first += widths[i] ?? 0;
  if (!titles) return first;
  let beside = 0;
  for (let i = titles[0]; i <= titles[1]; i++) beside += widths[i] ?? 0;
  for (let i = breakAt; i < columns; i++) beside += widths[i] ?? 0;
  return Math.max(first, beside);
}

/**
 * The scale (percent, 10 to 100) at which `chars` characters of column width fill a page across.
 *
 * @example scaleFor(196.5) // 69
 */
export function scaleFor(chars: number): number {
  const fit = (100 * PAGE_POINTS) / (CHAR_POINTS * Math.max(1, chars));
  return Math.max(10, Math.min(100, Math.floor(fit)));
}

/**
 * The first `printColumns` columns on one page at the scale that fits them, the columns after it up
 * to `printBeside` on the next page, the key columns (Print_Titles) beside them: the same rows on
 * both pages (printed across, then down). The page beside, narrower, is not counted. Null when
 * nothing is beside.
 *
 * @example besidePrint([14, 14, 9.5, 34.5, 18, 13.5, 50.5, 10, 8, 14, 10.5, 16, 10, 50], 11, 14)
 * // { scale: 69, breakAt: 11, columns: 14 }: zh demo, 196.5 characters on the first page
 */
export function besidePrint(
  widths: readonly number[],
  printColumns: number,
  printBeside: number,
): BesidePrint | null {
  const columns = Math.min(widths.length, printBeside);
  if (printColumns <= 0 || columns <= printColumns) return null;
  const scale = scaleFor(widerPage(widths, printColumns, columns));
  return { scale, breakAt: printColumns, columns };
}

/**
 * A layout of these column widths broken before `breakAt`, `titles` repeated beside: the page
 * beside and the widths, or undefined when nothing would be beside.
 *
 * @example sideBySide([20, 12, 30, 50, 50], 3, [0, 2])?.scale // 84: A:C and D:E, 162 characters
 */
export function sideBySide(
  widths: readonly number[],
  breakAt: number,
  titles: readonly [number, number],
): SideBySide | undefined {
  const columns = widths.length;
  if (breakAt <= 0 || columns <= breakAt) return undefined;
  const chars = widerPage(widths, breakAt, columns, titles);
  return {
    scale: scaleFor(chars),
    breakAt,
    columns,
    widths: widths.slice(),
    titleColumns: [titles[0], titles[1]],
    chars,
  };
}
