/**
 * Which columns of our tab a refresh fits, when Excel cannot say who set a width.
 *
 * Our tabs are ours: as the command line's file is written afresh, a refresh fits each column to
 * what it now holds (a longer name, a wider figure), not only the columns the tab did not have
 * (stop 51: a column kept the width of the first run for good). A column the user resized by hand
 * keeps their width. Excel keeps no author of a width: Office.js gives a column's width in points
 * (RangeFormat.columnWidth, ExcelApi 1.2; `null` for columns of different widths), whether it is
 * the sheet's standard width (useStandardWidth, 1.7) and whether it is hidden (columnHidden, 1.2),
 * and Worksheet.onFormatChanged fires only while the pane is open. So each commit records the widths
 * Excel reports once ours are set (settings.ts `widths`, by tab), and the next refresh takes a
 * column whose width is no longer the recorded one as the user's.
 *
 * - A column the tab did not have (appended by a new version): ours.
 * - A hidden column (Excel reports its width as 0): the user's, left hidden.
 * - A tab with no record (written by an older version, or by the command line into the file): ours,
 *   the file's rule; from this refresh on there is a record.
 * - Otherwise ours when its width is the recorded one, within SAME_WIDTH_POINTS.
 */

/**
 * Points within which a width read back is the recorded one. The record is Excel's own reading
 * after our write, so the same Excel reads it back exactly; the slack is for a reading rounded
 * differently (a reopened file: Excel stores widths in characters, to 1/256). A hand-resized
 * column moves by whole pixels at least (0.75 pt at 96 dpi), and by far more in practice.
 */
export const SAME_WIDTH_POINTS = 0.3;

/**
 * For each of a tab's `count` columns, whether the refresh sets its width.
 *
 * @param current the widths Excel reports now, in points (one per column the live tab has)
 * @param recorded the widths recorded after the last commit of this tab, or undefined
 * @example ownColumns([61, 120, 0], [61, 90, 48], 4) // [true, false, false, true]
 */
export function ownColumns(
  current: readonly (number | null)[],
  recorded: readonly number[] | undefined,
  count: number,
): boolean[] {
  return Array.from({ length: count }, (_, j) => {
    if (j >= current.length) return true;
    const now = current[j];
    if (now === null || !(now > 0)) return false;
    const then = recorded?.[j];
    if (recorded === undefined || then === undefined) return true;
    return Math.abs(now - then) <= SAME_WIDTH_POINTS;
  });
}
