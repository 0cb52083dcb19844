import type { Cell } from "../../engine/cells";
import type { RowLooks } from "../../engine/report/table";
import { alone, noteEnd } from "./layoutLook";
import * as textMeasure from "../../engine/report/textMeasure";
import { afterFigure, layoutHeadingLines } from "../../engine/report/layoutPages";

// Taken once: read per call as CommonJS (tsx, jest), an imported binding is a getter call.
const {
  textLines,
  headingLines,
  breakLinesWell,
  hasWide,
  textRoom,
  widthAt,
  NOTE_INDENT_CHARS,
  WIDE,
  WIDE_FROM,
} = textMeasure;
export { textLines };

/**
 * Row heights for wrapped text: LibreOffice and printing do not fit rows on opening, so a row
 * whose text wraps gets its height written (lines × 16 pt, or 15 for Latin text: lineHeightOf;
 * text measured as Calibri 11 prints it).
 */

/** Points per line of wrapped text (textMeasure.ts owns them: the page estimate reads them too). */
export const LINE_HEIGHT = textMeasure.LINE_HEIGHT;
export const LATIN_LINE_HEIGHT = textMeasure.LATIN_LINE_HEIGHT;
/** The height of a layout's title row (16 pt bold). */
export const TITLE_HEIGHT = 24;
/** At most this many lines tall: a longer text is still all there, in the cell (textMeasure.ts). */
export const MAX_LINES = textMeasure.MAX_LINES;

/**
 * Points a table tab's row has beyond its lines: a one-line row is 16 + 2 = 18 pt, a row of two
 * lines 34. At the default 15 pt a run of one-line rows printed with no gap between them, beside
 * two-line rows 32 pt tall (stop 27 tester #3: it reads, but it looks untidy); with the same air
 * in every row, and the grid printed (printSetup.ts), the rows read evenly. 20 pt looked no
 * better and printed a fifth fewer rows a page. Layout tabs (the Overview) keep 16 a line: their
 * page breaks are estimated from it (engine/report/layoutPages.ts).
 */
export const TABLE_ROW_PAD = 2;
/** A table tab's one-line row (its sheet's default row height). */
export const TABLE_ROW_HEIGHT = LINE_HEIGHT + TABLE_ROW_PAD;

/**
 * The height (pt) of a row of `lines` lines of wrapped text: a table tab's with its air, a
 * layout's 16 a line, at most MAX_LINES.
 *
 * @example rowHeight(2, true) // 34
 * @example rowHeight(2, false) // 32
 */
export function rowHeight(lines: number, isTable: boolean): number {
  return Math.min(lines, MAX_LINES) * LINE_HEIGHT + (isTable ? TABLE_ROW_PAD : 0);
}

/**
 * Points a line of a text takes wrapped (15 Latin, 16 with CJK), and a text of n lines: textMeasure.ts
 * owns them, so the page estimate (engine/report/layoutPages.ts) counts rows as they are written.
 */
export const lineHeightOf = textMeasure.lineHeightOf;
export const textHeight = textMeasure.textHeight;

/**
 * The height (pt) of a row whose tallest text takes `points` (textHeight): a table tab's with its
 * air.
 *
 * @example heightOfRow(30, true) // 32
 */
export function heightOfRow(points: number, isTable: boolean): number {
  return points + (isTable ? TABLE_ROW_PAD : 0);
}

/** A table's header row: two lines (30 pt), bold, wrapped; taller when a header needs more. */
export const HEADER_HEIGHT = 30;

/**
 * The height (pt) of a table tab's header row: 30 for headers of one or two lines, else 16 a
 * line of the tallest (bold text wrapped at its column's width, `indents[i]` characters in, over
 * a renderer's few percent narrower: textMeasure.ts headingLines): the en segments tab's "Days
 * since last purchase" takes three lines at 12 characters, whose first was cut off at 30 pt
 * (tester, stop 31).
 *
 * @example headerRowHeight(["Customer ID", "Days since last purchase"], [14, 12]) // 48
 */
export function headerRowHeight(
  headers: readonly string[],
  widths: readonly number[],
  indents: readonly number[] = [],
): number {
  let lines = 2;
  for (let i = 0; i < headers.length; i++) {
    const n = headingLines(headers[i], widths[i] ?? 8, indents[i] ?? 0);
    if (n > lines) lines = n;
  }
  return lines <= 2 ? HEADER_HEIGHT : rowHeight(lines, false);
}

/**
 * Lines of wrapped text in a table tab's rows: the longest of the wrapped columns' texts. Counted
 * each time in one pass over the text (a memo keyed by text cost more: the texts are made per row,
 * so each look-up hashed a fresh string, and past a few thousand reasons most missed; a
 * direct-mapped cache of 1,024 texts a column, stop 32, hit 15,000 of the schedule's 113,000 texts
 * too long to skip: names, phone numbers and reasons are per customer).
 *
 * One class for every tab: the writer's row loop then has one call target, not a closure per
 * sheet (a new target deoptimised it at each tab).
 *
 * @example new TableRowLines([4], [10, 10, 10, 10, 40]).of(row) // 2
 */
export class TableRowLines {
  private readonly columns: Int32Array;
  private readonly widthOf: Float64Array;
  /** Per wrapped column, the room for text in it (textRoom of its width). */
  private readonly roomOf: Float64Array;
  /** Per wrapped column: its texts are written broken where they wrap (ReportColumn.breakLines). */
  private readonly breaks: Uint8Array;
  /** Per column of the tab, its index in `columns`, or -1. */
  private readonly slot: Int32Array;
  /** The last row's texts as written, per wrapped column (textOf). */
  private readonly last: string[];
  /**
   * Per wrapped column, paragraphs as written (broken): reasons repeat, and a talking point is
   * the customer's own text (the last contact) after words many customers share; cleared past
   * MEMO paragraphs.
   */
  private readonly paragraphs: Map<string, Paragraph>[];
  /** The height (pt) of the last row measured (`of`) with more than one line: its tallest text's. */
  points = 0;
  /** The height (pt) of the text `broken` measured last, 0 for one line. */
  private brokenPoints = 0;

  /**
   * `typed`: lines a user typed (ReportTable.typedLines), written as they are in a breakLines
   * column, never broken (tester47 M1); counted as the renderer wraps them.
   */
  constructor(
    wrappedColumns: readonly number[],
    widths: readonly number[],
    breakLines: readonly boolean[] = [],
    private readonly typed: ReadonlySet<string> | null = null,
    ahead: readonly ParagraphsAhead[] = [],
  ) {
    this.columns = Int32Array.from(wrappedColumns);
    this.widthOf = Float64Array.from(wrappedColumns, (i) => widths[i]);
    this.roomOf = Float64Array.from(wrappedColumns, (i) => textRoom(widths[i]));
    this.breaks = Uint8Array.from(wrappedColumns, (i) => (breakLines[i] ? 1 : 0));
    this.slot = new Int32Array(Math.max(widths.length, ...wrappedColumns.map((i) => i + 1))).fill(
      -1,
    );
    wrappedColumns.forEach((i, k) => (this.slot[i] = k));
    this.last = wrappedColumns.map(() => "");
    // A column's paragraphs broken on another thread at its width start its memo (the same
    // paragraphs, so the same text: paragraphsAhead.ts).
    this.paragraphs = wrappedColumns.map(
      (i, k) =>
        (this.breaks[k] === 1
          ? ahead.find((a) => a.column === i && a.width === this.widthOf[k])?.memo
          : undefined) ?? new Map<string, Paragraph>(),
    );
  }

  /**
   * The lines of the row's wrapped cell of most lines (1 when none wraps); `points` then holds the
   * height of its tallest text (textHeight: a Latin text's lines are shorter).
   */
  of(cells: readonly Cell[]): number {
    const columns = this.columns;
    let lines = 1;
    let points = 0;
    for (let k = 0; k < columns.length; k++) {
      const v = cells[columns[k]];
      if (typeof v !== "string" || v === "") continue;
      if (this.breaks[k] === 1) {
        // Broken as written (kept in `last`), its lines and height counted as below.
        const n = this.broken(k, v);
        if (n > lines) lines = n;
        if (this.brokenPoints > points) points = this.brokenPoints;
        continue;
      }
      // A short text whose characters fit the room side by side (a phone number, a name): one line.
      const room = this.roomOf[k];
      if (v.length * WIDE > room && fitsLine(v, room)) continue;
      const n = textLines(v, this.widthOf[k]);
      if (n > lines) lines = n;
      if (n > 1) {
        const p = textHeight(v, n);
        if (p > points) points = p;
      }
    }
    this.points = points;
    return lines;
  }

  /**
   * The text of column `i` as written, for the row last measured (`of`) whose cell is `value`:
   * broken where it wraps in a breakLines column, else `value`.
   */
  textOf(i: number, value: string): string {
    const k = i < this.slot.length ? this.slot[i] : -1;
    return k >= 0 && this.breaks[k] === 1 ? this.last[k] : value;
  }

  /**
   * Writes `text` as breakLinesWell breaks it at column k's width into `last[k]`, its height
   * (textHeight) into `brokenPoints`, and returns its lines (textLines). Paragraph by paragraph:
   * breakLinesWell breaks each "\n"-separated paragraph on its own, and textLines counts each line
   * on its own, so the text's lines are the sum of its paragraphs' and it holds a CJK character
   * when one of them does. A paragraph no wider than the
   * room in CJK characters is one line as it is (textLines' and breakLinesWell's first test); a
   * wider one is broken and counted once per column (`paragraphs`). A memo of whole texts (stop 45)
   * missed most talking points (the 100k schedule's: 50,764 of 82,358; their 24,240 paragraphs
   * too wide to skip are 8,624 distinct), and each look-up hashed the whole text (stop 46).
   */
  private broken(k: number, text: string): number {
    const width = this.widthOf[k];
    const room = textRoom(width);
    const memo = this.paragraphs[k];
    // As breakLinesWell builds it: `out` holds the text before `kept`, broken.
    let out = "";
    let kept = 0;
    let lines = 0;
    let wide = false;
    let start = 0;
    for (;;) {
      const end = text.indexOf("\n", start);
      const to = end < 0 ? text.length : end;
      if (fitsAsIs(to - start, room)) {
        lines++;
        if (!wide) wide = wideIn(text, start, to);
      } else {
        const part = start === 0 && to === text.length ? text : text.slice(start, to);
        let p = memo.get(part);
        if (p === undefined) {
          p = paragraphOf(part, width, this.typed);
          if (memo.size >= MEMO) memo.clear();
          memo.set(part, p);
        }
        lines += p.lines;
        if (p.wide) wide = true;
        if (p.text !== part) {
          out += text.slice(kept, start) + p.text;
          kept = to;
        }
      }
      if (end < 0) break;
      start = end + 1;
    }
    this.last[k] = kept === 0 ? text : out + text.slice(kept);
    const height = wide ? LINE_HEIGHT : LATIN_LINE_HEIGHT;
    this.brokenPoints = lines > 1 ? Math.min(lines, MAX_LINES) * height : 0;
    return lines;
  }
}

/**
 * Whether `text` (no line feed) is one line in `room` for want of width: its characters' widths
 * (widthAt, as wrapLines counts them) add up to less than the room, so no word can go over (a
 * margin covers sums added in another order). A phone number is 12 characters, too many to pass
 * textLines' first test (12 × WIDE > 17.3) though its digits take 6.5: the 100k schedule's and
 * At-risk tab's 87,742 phones were laid out (wrapLines) row by row. Gives up (false: count it)
 * at a line feed or once past the room.
 *
 * @example fitsLine("181 2675 2110", textRoom(18)) // true
 */
export function fitsLine(text: string, room: number): boolean {
  const most = room - 1e-9;
  let used = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 10) return false;
    used += widthAt(text, i);
    if (used > most) return false;
  }
  return true;
}

/** A paragraph of a breakLines column as written, its lines, and whether it holds a CJK character. */
export class Paragraph {
  constructor(
    readonly text: string,
    readonly lines: number,
    readonly wide: boolean,
  ) {}
}

/**
 * A paragraph (no line feed) of a breakLines column as written at `width`: broken where it wraps
 * (breakLinesWell), or as typed when a user typed it (TableRowLines `typed`).
 *
 * @example paragraphOf("x".repeat(45), 21, null).lines // 3
 */
export function paragraphOf(
  part: string,
  width: number,
  typed: ReadonlySet<string> | null,
): Paragraph {
  const t = typed !== null && typed.has(part) ? part : breakLinesWell(part, width);
  return new Paragraph(t, textLines(t, width), hasWide(t));
}

/**
 * Whether a paragraph of `length` characters is one line as it is in `room` (textRoom): no wider
 * than the room in CJK characters (textLines' and breakLinesWell's first test). TableRowLines
 * neither breaks nor remembers such a paragraph.
 */
export function fitsAsIs(length: number, room: number): boolean {
  return length * WIDE <= room;
}

/**
 * A breakLines column's paragraphs broken ahead (paragraphsAhead.ts) at `width`: TableRowLines
 * starts that column's memo with them when it is written at that width.
 */
export interface ParagraphsAhead {
  column: number;
  width: number;
  memo: Map<string, Paragraph>;
}

/** Whether text[from, to) holds a wide (CJK) character (hasWide, in place). */
function wideIn(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) >= WIDE_FROM) return true;
  return false;
}

/**
 * Paragraphs a breakLines column keeps as written (TableRowLines): the schedule's reasons repeat.
 * At 4,096 the 100k workbook's columns (10,624, 8,638 and 165 distinct paragraphs too wide to
 * skip) cleared their memo five times: 24,829 paragraphs broken for 19,427 distinct ones.
 */
export const MEMO = 1 << 15;

/**
 * How many lines the row's wrapped text takes: table tabs look only at their wrapped columns;
 * layout tabs also at notes (over the rest of the row) and headings.
 *
 * `height`, when given, gets the height (pt) of the row's tallest text (textHeight).
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
  height?: { points: number },
): number {
  let lines = 1;
  let points = 0;
  const count = (v: string, n: number) => {
    if (n > lines) lines = n;
    if (n > 1 && height) {
      const p = textHeight(v, n);
      if (p > points) points = p;
    }
  };
  for (const i of wrappedColumns) {
    const v = cells[i];
    // A lone text (a layout's block title) spills right instead of wrapping; a note is counted
    // below, over the columns it spans (here, in its first column alone, it took lines it does not).
    if (!isTable && looks?.[i] === "note") continue;
    if (typeof v === "string" && v !== "" && (isTable || !alone(cells, i)))
      count(v, textLines(v, widths[i]));
  }
  if (!isTable && looks) {
    for (let i = 0; i < looks.length; i++) {
      const v = cells[i];
      const look = looks[i];
      if (typeof v !== "string" || v === "" || look === null) continue;
      // Headings (over text or over numbers) are bold, broken between words (layoutHeading);
      // notes and labels regular.
      if (look === "note") count(v, textLines(v, noteSpan(cells, looks, i, widths, last)));
      else count(v, layoutHeadingLines(v, looks, cells, i, widths[i] ?? 8));
    }
  }
  if (height) height.points = points;
  return lines;
}

/**
 * The width (characters) a layout's note at column `i` has: its columns to noteEnd (merged), less
 * an indent right of a figure (layoutLook.ts). The writer counts and breaks a note at it.
 *
 * @example noteSpan(["Rule", "text"], ["heading", "note"], 1, [10, 20, 30], 2) // 50
 */
export function noteSpan(
  cells: readonly Cell[],
  looks: RowLooks,
  i: number,
  widths: readonly number[],
  last: number,
): number {
  let span = 0;
  for (let k = i, end = noteEnd(cells, i, last); k <= end; k++) span += widths[k] ?? 8;
  return afterFigure(cells, looks, i) ? span - NOTE_INDENT_CHARS : span;
}

/**
 * A layout row's cells as written: a note in a breakLines column (the Changes list's 变化说明,
 * ReportColumn.breakLines) broken where it wraps at its span (textMeasure.ts breakLinesWell: never
 * a date cut, nor a line starting with "："); `cells` itself when nothing is broken.
 *
 * @example layoutTexts(["变差", "自 2025-11-30 起，…"], [null, "note"], [false, true], [8, 12], 1)
 */
export function layoutTexts(
  cells: readonly Cell[],
  looks: RowLooks | undefined,
  breakLines: readonly boolean[],
  widths: readonly number[],
  last: number,
): readonly Cell[] {
  if (!looks) return cells;
  let out: Cell[] | null = null;
  for (let i = 0; i < looks.length && i < breakLines.length; i++) {
    const v = cells[i];
    if (!breakLines[i] || looks[i] !== "note" || typeof v !== "string" || v === "") continue;
    const t = breakLinesWell(v, noteSpan(cells, looks, i, widths, last));
    if (t === v) continue;
    out ??= cells.slice();
    out[i] = t;
  }
  return out ?? cells;
}
