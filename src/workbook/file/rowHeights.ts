import type { Cell } from "../../engine/cells";
import type { RowLooks } from "../../engine/report/table";
import { isWide, textWidth } from "./columnWidths";
import { alone, noteEnd } from "./layoutLook";

/**
 * Row heights for wrapped text: LibreOffice and printing do not fit rows on opening, so a row
 * whose text wraps gets its height written (lines × 15 pt, CJK counted double).
 */

/** Points per line of wrapped text at the default 11 pt font (Excel's default row is 15 pt). */
export const LINE_HEIGHT = 15;
/** The height of a layout's title row (16 pt bold). */
export const TITLE_HEIGHT = 24;
/** At most this many lines tall: a longer text is still all there, in the cell. */
export const MAX_LINES = 12;

/**
 * Lines a text takes wrapped in a cell `width` characters wide (CJK counted double); 1 for a
 * text shorter than half the width, whatever its characters (most cells: no count).
 *
 * @example textLines("a reason of forty characters, more or less", 21) // 3
 */
export function textLines(text: string, width: number): number {
  const room = width > 2 ? width - 1 : 1;
  const n = text.length;
  if (n * 2 <= room && text.indexOf("\n") < 0) return 1;
  // One pass over the text, a line count per "\n"-separated part: each part's width as
  // columnWidths' textWidth counts it, plus 0.2 per CJK character (lineWidth below).
  let lines = 0;
  let w = 0;
  let wide = 0;
  for (let i = 0; i < n; i++) {
    const code = text.charCodeAt(i);
    if (code === 10) {
      lines += Math.max(1, Math.ceil((w + 0.2 * wide) / room));
      w = 0;
      wide = 0;
      continue;
    }
    if (code < 0x1100) {
      w++;
      continue;
    }
    if (code >= 0x2e80) wide++;
    if (code >= 0xdc00 && code <= 0xdfff) continue; // second half of a pair
    w += isWide(code) ? 2 : 1;
  }
  return lines + Math.max(1, Math.ceil((w + 0.2 * wide) / room));
}

/**
 * Width of a wrapped line's text for counting lines: a CJK character prints a little wider than
 * two Latin ones (LibreOffice, 11 pt: a three-line Chinese reason overprinted the next row when
 * counted at 2), so it counts 2.2 here; column widths still count it 2 (textWidth). What
 * textLines counts in one pass; kept as the definition it is tested against.
 */
export function lineWidth(text: string): number {
  const w = textWidth(text);
  let wide = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) >= 0x2e80) wide++;
  return w + 0.2 * wide;
}

/**
 * Lines of wrapped text in a table tab's rows: the longest of the wrapped columns' texts. Counted
 * each time in one pass over the text (a memo keyed by text cost more: the texts are made per row,
 * so each look-up hashed a fresh string, and past a few thousand reasons most missed).
 *
 * @example const lines = tableRowLines([4], [10, 10, 10, 10, 40]); lines(row) // 2
 */
export function tableRowLines(
  wrappedColumns: readonly number[],
  widths: readonly number[],
): (cells: readonly Cell[]) => number {
  const columns = wrappedColumns.length;
  return (cells) => {
    let lines = 1;
    for (let k = 0; k < columns; k++) {
      const i = wrappedColumns[k];
      const v = cells[i];
      if (typeof v !== "string" || v === "") continue;
      const n = textLines(v, widths[i]);
      if (n > lines) lines = n;
    }
    return lines;
  };
}

/**
 * How many lines the row's wrapped text takes: table tabs look only at their wrapped columns;
 * layout tabs also at notes (over the rest of the row) and headings.
 *
 * @example rowLines(["C1", "a reason of forty characters, more or less"], undefined, [1], [10, 21], 1, true) // 3
 */
export function rowLines(
  cells: readonly Cell[],
  looks: RowLooks | undefined,
  wrappedColumns: readonly number[],
  widths: readonly number[],
  last: number,
  isTable: boolean,
): number {
  let lines = 1;
  for (const i of wrappedColumns) {
    const v = cells[i];
    // A lone text (a layout's block title) spills right instead of wrapping.
    if (typeof v === "string" && v !== "" && (isTable || !alone(cells, i))) {
      const n = textLines(v, widths[i]);
      if (n > lines) lines = n;
    }
  }
  if (isTable || !looks) return lines;
  for (let i = 0; i < looks.length; i++) {
    const v = cells[i];
    const look = looks[i];
    if (typeof v !== "string" || v === "" || look === null) continue;
    let span = widths[i] ?? 8;
    if (look === "note") {
      span = 0;
      for (let k = i, end = noteEnd(cells, i, last); k <= end; k++) span += widths[k] ?? 8;
    }
    const n = textLines(v, span);
    if (n > lines) lines = n;
  }
  return lines;
}
