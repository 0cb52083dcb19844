/**
 * How wide a table tab prints: one landscape A4 page wide while that keeps the text at about 70%
 * of its size or more, else two or three pages side by side (the key columns A:B repeated on each,
 * Print_Titles), so the segments and schedule tabs print legibly instead of at a few points. The
 * schedule's call sheet prints one page wide with its status and note on a page beside it, and the
 * Changes tab on two pages side by side (engine/report/printBeside.ts).
 */

/** Characters of column width on a landscape A4 page with our margins, at 100% (about 770 pt). */
const PAGE_CHARS = 140;
/** The smallest print scale we accept before going to another page. */
const LEAST_SCALE = 0.7;
/** Characters of column width that print on one page at LEAST_SCALE (pagesWide's one page). */
export const ONE_PAGE_CHARS = PAGE_CHARS / LEAST_SCALE;
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
  const perPage = ONE_PAGE_CHARS;
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
