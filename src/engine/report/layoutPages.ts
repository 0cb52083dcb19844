import type { Cell } from "../cells";
import type { RowLooks } from "./table";
import {
  INDENT_CHARS,
  LATIN_LINE_HEIGHT,
  LINE_HEIGHT,
  MAX_WIDTH,
  NOTE_INDENT_CHARS,
  breakLinesWell,
  headingLines,
  hasWide,
  headingWidth,
  labelsFitWidth,
  layoutHeading,
  numberWidth,
  textHeight,
  textLines,
  valueWidth,
} from "./textMeasure";

/**
 * Where a layout tab's printed pages start and where its charts sit (issue 11: the Overview's NPS
 * chart was cut by the page break at the foot of page 1). Charts stack beside the data, 15 rows
 * high and 16 apart, as before, but never across a page break: a chart that would cross one
 * starts the next page instead. The Overview chooses its page breaks (manual row breaks, which
 * Excel and LibreOffice honour when a tab is fitted one page wide) between its blocks, from an
 * estimate of how many lines a page holds: rows then never run past a page the writer did not
 * choose. Both adapters place charts with chartTops, so a file and the add-in agree.
 */

/** A chart is this many rows high … */
export const CHART_ROWS = 15;
/** … and the next starts this many rows lower. */
export const CHART_STEP = 16;
/** Columns a chart spans; one blank column separates it from the data. */
export const CHART_COLUMNS = 8;

/**
 * The first row (0-based) of each of `count` charts stacked down from row 0: a chart that would
 * cross a page break (rows that start a page) starts at that break instead.
 *
 * @example chartTops(3, [40]) // [0, 16, 40]
 */
export function chartTops(count: number, pageBreaks: readonly number[] = []): number[] {
  const breaks = [...pageBreaks].sort((a, b) => a - b);
  const tops: number[] = [];
  let top = 0;
  for (let i = 0; i < count; i++) {
    // Past every break it would cross (a page shorter than a chart is skipped).
    for (const b of breaks) if (b > top && top + CHART_ROWS > b) top = b;
    tops.push(top);
    top += CHART_STEP;
  }
  return tops;
}

// Landscape A4 with the writer's margins (reportSheet.ts: 0.5 in left/right, 0.6 in top/bottom).
const PRINT_WIDTH_PT = 841.9 - 2 * 36;
const PRINT_HEIGHT_PT = 595.3 - 2 * 43.2;
/**
 * The estimate's unit, points per line: a line of wrapped text with CJK in it (textMeasure.ts
 * LINE_HEIGHT; a Latin line is 15, textHeight), and LibreOffice fits a row of one line of Chinese
 * to 16 (a CJK font's line is taller than Calibri's 15). The title row's height (rowHeights.ts).
 */
const LINE_PT = LINE_HEIGHT;
const TITLE_LINES = 24 / LINE_PT;
/** Pixels per character of column width (Calibri 11's digit), and a default column's pixels. */
const PX_PER_CHAR = 7;
const DEFAULT_COLUMN_PX = 64;
/** A column the engine gives no width is at least this wide (columnWidths.ts fitWidths). */
const LEAST_WIDTH = 6;
/** The share of a page the estimate fills: room for a row that prints taller than estimated. */
const FILL = 0.92;

/**
 * Lines a page holds for a layout of these column widths (characters) with charts to its right,
 * printed one page wide: the wider the tab, the smaller the print and the more lines per page.
 * Columns the engine gives no width count at their least, so the estimate errs to fewer lines.
 *
 * @example linesPerPage([26, 16, 14, 16], 4, true) // 32
 */
export function linesPerPage(
  widths: readonly (number | undefined)[],
  columns: number,
  charts: boolean,
): number {
  let px = 0;
  for (let i = 0; i < columns; i++) px += PX_PER_CHAR * (widths[i] ?? LEAST_WIDTH);
  if (charts) px += DEFAULT_COLUMN_PX * (CHART_COLUMNS + 1);
  const scale = Math.min(1, PRINT_WIDTH_PT / (px * 0.75));
  return Math.floor((FILL * PRINT_HEIGHT_PT) / scale / LINE_PT);
}

/**
 * Characters an amount's currency symbol takes before it (¥, $, €, £: one; the writer counts the
 * run's own, workbook/numberFormats.ts currencyWidth, wider only for HK$), when not told.
 */
const SYMBOL_WIDTH = 1;

/**
 * Column widths (characters) of a layout as the writer fits them (columnWidths.ts fitWidths, which
 * the engine may not import): the engine's width where it gives one is the least; numbers widen a
 * column by their digits, separators and decimals; a heading, or text under a number's look, by
 * its text up to 14 (it wraps past that); other text by its text, unless the engine gave the
 * column a width (it wraps in it); notes and lone cells (titles) spill, so count for nothing.
 * Estimated narrower than printed, a wide tab (the Changes tab: RFM headings widen its columns to
 * 14) was thought to print larger than it does and its pages were half empty (stop 24 tester #5b).
 *
 * `symbol`: the characters the run's currency symbol takes before an amount (ReportTable.currency).
 *
 * @example layoutWidths([["Title"], ["Date", "Revenue"], [20453, 40639124.01]], [], [26], 2) // [26, 16]
 */
export function layoutWidths(
  rows: readonly (readonly Cell[])[],
  looks: readonly (RowLooks | undefined)[],
  given: readonly (number | undefined)[],
  columns: number,
  labels?: ReadonlySet<string>,
  symbol: number = SYMBOL_WIDTH,
): number[] {
  const out: number[] = [];
  for (let i = 0; i < columns; i++) {
    const asked = given[i];
    let w = Math.max(LEAST_WIDTH, asked ?? 0);
    // Data labels under a look, fitted last (ReportTable.labels: never written with line feeds).
    const labelled: { text: string; indent: number }[] = [];
    for (let r = 1; r < rows.length; r++) {
      const v = rows[r][i];
      const look = looks[r]?.[i] ?? null;
      if (!filled(v) || look === "note") continue;
      if (typeof v === "string" && rows[r].filter(filled).length === 1) continue; // spills right
      const format = look === null || look === "heading" ? "text" : look;
      if (typeof v === "number") {
        if (format === "date") w = Math.max(w, 11);
        else if (format === "datetime") w = Math.max(w, 17);
        else if (Number.isFinite(v))
          w = Math.max(w, numberWidth(v, format) + (format === "money" ? symbol : 0));
      } else if (v instanceof Date) w = Math.max(w, 11);
      else if (typeof v === "string") {
        if (look !== null && labels?.has(v))
          labelled.push({ text: v, indent: headingIndent(rows[r], looks[r], i) });
        else if (look !== null)
          w = Math.max(w, headingWidth(v, headingIndent(rows[r], looks[r], i)));
        else if (asked === undefined || valueWidth(v) <= asked) w = Math.max(w, valueWidth(v));
      }
    }
    out.push(Math.min(MAX_WIDTH, labelsFitWidth(labelled, w)));
  }
  return out;
}

const filled = (c: Cell | undefined) => c !== null && c !== undefined && c !== "";

/**
 * Whether layout cell i stands right of a figure (a right-aligned number, or a heading over
 * numbers): a note or heading there is one indent in (the file's layoutLook.ts), so a value and
 * the text after it do not touch (`20,000客户表中的客户`). Dates are left-aligned: no indent after one.
 *
 * @example afterFigure(["客户数", 3002, "客户表中的客户"], [null, "integer", "note"], 2) // true
 * @example afterFigure(["规则集", "规则未变"], [null, "note"], 1) // false
 */
export function afterFigure(
  cells: readonly Cell[],
  looks: RowLooks | undefined,
  i: number,
): boolean {
  if (i <= 0) return false;
  const look = looks?.[i - 1] ?? null;
  if (look === null) return typeof cells[i - 1] === "number";
  return (
    look !== "heading" &&
    look !== "note" &&
    look !== "warning" &&
    look !== "date" &&
    look !== "datetime"
  );
}

/**
 * Characters a layout heading (a cell with a look other than a note, holding text) is indented:
 * over figures it is right-aligned one indent in, as they are; right of a figure one indent in
 * from the left (the file's layoutLook.ts); else flush.
 *
 * @example headingIndent(["指标", "数值"], [null, "integer"], 1) // 1
 */
export function headingIndent(
  cells: readonly Cell[],
  looks: RowLooks | undefined,
  i: number,
): number {
  const look = looks?.[i] ?? null;
  if (look === null || look === "note" || look === "warning") return 0;
  if (look === "heading") return afterFigure(cells, looks, i) ? INDENT_CHARS : 0;
  return look === "date" || look === "datetime" ? 0 : INDENT_CHARS;
}

/**
 * The lines a layout heading takes in its column as written (textMeasure.ts layoutHeading: broken
 * between words), at most.
 *
 * @example layoutHeadingLines("流动收入占比（%）", [null, "percent"], ["x", "流动收入占比（%）"], 1, 14) // 2
 */
export function layoutHeadingLines(
  text: string,
  looks: RowLooks | undefined,
  cells: readonly Cell[],
  i: number,
  width: number,
): number {
  const indent = headingIndent(cells, looks, i);
  return headingLines(layoutHeading(text, width, indent), width, indent);
}

/**
 * Lines (of LINE_PT) each layout row prints on, as the writer sizes it (rowHeights.ts rowLines,
 * measured by the same textLines and sized by the same textHeight): a note over the rest of its
 * row (up to the next filled cell), written broken where it wraps in a `breakLines` column
 * (ReportColumn.breakLines, as the writer's layoutTexts writes it) and counted as written; a
 * heading bold in its column; text in a column that wraps (some text in it is wider than the
 * column) unless alone in its row (it spills right); the title taller. A row of several lines is
 * its tallest text: 16 pt a line with CJK in it, 15 without (textHeight: an English row of wrapped
 * text was counted 16 a line, written 15, reviewer15 D4). A row of one line counts 15/16 of a line
 * unless it holds Chinese (LibreOffice fits a row to its font: a CJK line is 16 pt, Calibri's 15).
 *
 * @example rowLineEstimates([["Overview"], ["Rate", 0.5, "x".repeat(60)]], [undefined, [null, "percent", "note"]], [26, 16, 14], 3) // [1.5, 2.8125]
 */
export function rowLineEstimates(
  rows: readonly (readonly Cell[])[],
  looks: readonly (RowLooks | undefined)[],
  widths: readonly (number | undefined)[],
  columns: number,
  breakLines: readonly boolean[] = [],
): number[] {
  const width = (i: number) => widths[i] ?? LEAST_WIDTH;
  // Columns that wrap: the writer wraps a column whose plain text runs past its width.
  const wraps = new Array<boolean>(columns).fill(false);
  for (let r = 1; r < rows.length; r++) {
    const row = rows[r];
    for (let i = 0; i < row.length && i < columns; i++) {
      const v = row[i];
      if (typeof v !== "string" || v === "" || (looks[r]?.[i] ?? null) !== null) continue;
      if (row.filter(filled).length > 1 && valueWidth(v) > width(i)) wraps[i] = true;
    }
  }
  return rows.map((row, r) => {
    if (r === 0) return TITLE_LINES;
    let lines = 1;
    let points = 0;
    let wide = false;
    const soleCell = row.filter(filled).length === 1;
    for (let i = 0; i < row.length; i++) {
      let v = row[i];
      if (typeof v !== "string" || v === "") continue;
      if (!wide) wide = hasWide(v);
      const look = looks[r]?.[i] ?? null;
      let n = 1;
      if (look === "note") {
        let end = columns - 1;
        for (let k = i + 1; k < row.length; k++) {
          if (filled(row[k])) {
            end = k - 1;
            break;
          }
        }
        let span = 0;
        for (let k = i; k <= end; k++) span += width(k);
        if (afterFigure(row, looks[r], i)) span -= NOTE_INDENT_CHARS; // indented off the figure
        if (breakLines[i] === true) v = breakLinesWell(v, span);
        n = textLines(v, span);
      } else if (look !== null) n = layoutHeadingLines(v, looks[r], row, i, width(i));
      else if (wraps[i] && !soleCell) n = textLines(v, width(i));
      if (n > lines) lines = n;
      if (n > 1) points = Math.max(points, textHeight(v, n));
    }
    if (lines > 1) return points / LINE_PT;
    return wide ? 1 : LATIN_LINE;
  });
}

/** A row of one line of Calibri in lines of LINE_PT. */
const LATIN_LINE = LATIN_LINE_HEIGHT / LINE_PT;

/**
 * Rows (0-based) that start a printed page: pages filled block by block (a block starts after a
 * blank row) up to `perPage` lines, then, where the charts reach below the data, a break before
 * a chart that would push the last page past `perPage` lines (rows below the data are one line).
 *
 * @example
 * const starts = Array.from({ length: 60 }, (_, r) => r > 0 && r % 10 === 0); // a block per 10 rows
 * pageBreaksFor(new Array(60).fill(1), starts, 0, 45) // [40]
 */
export function pageBreaksFor(
  lines: readonly number[],
  blockStarts: readonly boolean[],
  charts: number,
  perPage: number,
): number[] {
  const n = lines.length;
  const height = (from: number, to: number) => {
    let h = 0;
    for (let r = from; r < to; r++) h += r < n ? lines[r] : 1;
    return h;
  };
  const breaks: number[] = [];
  let start = 0;
  while (height(start, n) > perPage) {
    let end = start;
    for (let r = start + 1; r < n; r++) {
      if (!blockStarts[r]) continue;
      if (height(start, r) > perPage) break;
      end = r;
    }
    // A block taller than a page: its own page(s), broken where the printer breaks it.
    if (end === start) {
      end = n;
      for (let r = start + 1; r < n; r++) {
        if (blockStarts[r]) {
          end = r;
          break;
        }
      }
      if (end === n) break;
    }
    breaks.push(end);
    start = end;
  }
  // Charts below the data: the last page holds them while it has room, else they start a page.
  for (let guard = 0; guard < charts; guard++) {
    const tops = chartTops(charts, breaks);
    const last = breaks.length > 0 ? breaks[breaks.length - 1] : 0;
    const over = tops.find((t) => t > last && height(last, t + CHART_ROWS) > perPage);
    if (over === undefined) break;
    // At the start of the block the chart is beside, where that is on this page.
    let at = over;
    for (let r = over; r > last; r--) {
      if (blockStarts[r]) {
        at = r;
        break;
      }
    }
    breaks.push(at);
  }
  return breaks;
}

/**
 * A layout tab's page breaks: between blocks (a block starts after a blank row), so no chart
 * beside them crosses a page, from an estimate of the lines a page holds (the Overview's and the
 * Validation tab's: issue 11, the NPS chart was cut at the foot of page 1).
 *
 * @example blockPageBreaks({ rows: [["Title"], [], ["Rate", 0.5]], looks: [] }, [26, 16], 2, 0) // []
 */
export function blockPageBreaks(
  layout: { rows: readonly (readonly Cell[])[]; looks: readonly (RowLooks | undefined)[] },
  widths: readonly (number | undefined)[],
  columns: number,
  charts: number,
  breakLines: readonly boolean[] = [],
): number[] {
  const { rows, looks } = layout;
  const filled = (c: Cell) => c !== null && c !== undefined && c !== "";
  const blank = (r: readonly Cell[]) => !r.some(filled);
  const starts = rows.map((r, i) => i > 0 && blank(rows[i - 1]) && !blank(r));
  const all = layoutWidths(rows, looks, widths, columns);
  const lines = rowLineEstimates(rows, looks, all, columns, breakLines);
  return pageBreaksFor(lines, starts, charts, linesPerPage(all, columns, charts > 0));
}
