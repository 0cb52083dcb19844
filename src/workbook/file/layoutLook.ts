import type { Cell } from "../../engine/cells";
import type { ColumnFormat, LayoutLook, RowLooks } from "../../engine/report/table";
import { NUMBER_FORMATS, numberFormat } from "../numberFormats";
import type { StyleBook, XfSpec } from "./styleBook";
import { afterFigure } from "../../engine/report/layoutPages";
import { WARNING_FILL } from "../../engine/report/serviceText";

/**
 * How a layout tab's cells look in a file (the Overview, Changes, Satisfaction, …): the title,
 * block titles, headings aligned like the numbers under them, numbers in the format of their look
 * (ReportTable.looks) or by kind, notes wrapped over the rest of their row.
 */

/** The cell formats (style indices) of a layout tab. */
export interface LayoutStyles {
  title: number;
  block: number;
  heading: number;
  headingNumber: number;
  /** A heading right of a figure's column (说明 after 数量): one indent in, as the notes under it. */
  headingAfterNumber: number;
  integer: number;
  number: number;
  text: number;
  /** Long text in a column that wraps (the Changes tab's reasons): wrapped, not spilled right. */
  wrapText: number;
  note: number;
  /** A note after a label or a date, or alone on its row: not indented. */
  noteFlush: number;
  /** A warning's label (LayoutLook "warning"): bold on the warning fill. */
  warning: number;
  /** The note of a warning row: wrapped, not indented, on the warning fill. */
  warningNote: number;
  date: number;
  formats: Record<ColumnFormat, number>;
  /** Each format's twin aligned to the top, for a row of more than one line (layoutCellStyle). */
  top: ReadonlyMap<number, number>;
}

/**
 * How table tabs' cells sit in their row, the one rule for both adapters (the add-in's commit.ts
 * sets the same on its data rows): a row of more than one line (the schedule's 4-line reasons, a
 * segments row as tall as its reasons on the next printed page) has every cell at the top, as in
 * a list, so the ID, the name and the first words of the reason read across one line (centred, a
 * 10-line reason left the labels floating halfway down beside it: stop 34 tester #3). A row of one
 * line is centred: LibreOffice lays a line of Chinese in a CJK font whose line box is taller than
 * Calibri's, and at the top a line of figures (date, ID, phone) printed 4 pt above the Chinese
 * name beside it (stop 26 tester #5); centred, they are within 1 pt. In Excel a one-line row is as
 * tall as its line, so the two alignments show the same.
 *
 * @example tableVertical(1) // "center"
 * @example tableVertical(4) // "top"
 */
export function tableVertical(lines: number): "top" | "center" {
  return lines > 1 ? WRAPPED_ROW_VERTICAL : "center";
}

/** Where the cells of a table tab's row of more than one line sit (tableVertical). */
export const WRAPPED_ROW_VERTICAL = "top" as const;

/**
 * A table tab column's alignment in a row of `lines` lines (tableVertical); dates and the
 * highlighted column (risk level, priority: a coloured label) centred across, so a right-aligned
 * date or amount no longer runs into the text after it (`2025-12-31王芳`, `2,769.72中`); other
 * figures right-aligned one indent in from the column's edge, so they stand apart from the text or
 * coloured label in the next column (`74.1%中`, `2需要关注` in the segments tab: stop 27 tester #3).
 *
 * @example tableAlignment("date", false) // { vertical: "center", horizontal: "center" }
 * @example tableAlignment("money", false, 3) // { vertical: "top", horizontal: "right", indent: 1 }
 */
export function tableAlignment(
  format: ColumnFormat,
  highlighted: boolean,
  lines = 1,
): Pick<XfSpec, "vertical" | "horizontal" | "indent"> {
  const vertical = tableVertical(lines);
  if (highlighted || DATES.has(format)) return { vertical, horizontal: "center" };
  if (format !== "text") return { vertical, horizontal: "right", indent: 1 };
  return { vertical };
}

/**
 * A table tab header's alignment over its column: right over figures, as they are, so a narrow
 * column's header stands over its values (the segments tab's `R 分` sat left, its scores right,
 * under `F 分`); left (the default) over text and centred over dates and coloured labels.
 *
 * @example tableHeaderAlignment("integer", false) // { horizontal: "right", indent: 1 }
 */
export function tableHeaderAlignment(
  format: ColumnFormat,
  highlighted: boolean,
): Pick<XfSpec, "horizontal" | "indent"> {
  const { horizontal, indent } = tableAlignment(format, highlighted);
  return horizontal ? (indent ? { horizontal, indent } : { horizontal }) : {};
}

/** Indent levels of a note or heading right of a figure: a gap after the right-aligned value. */
const NOTE_INDENT = 1;

const HEADER_FILL = "#D9E1F2";

/**
 * A layout tab's cell formats, added to the style book. A one-line row's cells sit on the bottom
 * of the row (Excel's default), not the top: a line of Chinese is drawn in a CJK font whose line
 * box is taller than Calibri's, so top-aligned figures printed about 4.5 pt above the Chinese text
 * beside them (the Overview's 按季度满意度: 回答数 half a line above its 说明, stop 24 tester #5d);
 * bottom-aligned, their baselines differ by 0.4 pt (LibreOffice, measured). A row of more than one
 * line (a reason wrapped over 2–3 lines) is aligned to the top: at the bottom, its count printed
 * beside the reason's last line, `1,991` beside `价值）；名单只列…` (stop 26 tester #5); at the top it
 * is beside the reason's first words, as in a list. A note (or heading) right of a figure is
 * one indent in: a right-aligned value touched the note after it (`20,000客户表中的客户`). Dates
 * are left-aligned: right-aligned, a date ran into the label after it (`2025-09-30本次分析日期`,
 * tester #5c) and stood far from its heading.
 *
 * @example layoutStyles(styles, true).title // the index of a bold 16 pt format
 */
export function layoutStyles(styles: StyleBook, locked: boolean, currency?: string): LayoutStyles {
  const top = new Map<number, number>();
  /** A format and its top-aligned twin. */
  const xf = (spec: Omit<XfSpec, "locked">): number => {
    const s = styles.xf({ ...spec, locked });
    top.set(s, styles.xf({ ...spec, locked, vertical: "top" }));
    return s;
  };
  const formats = {} as Record<ColumnFormat, number>;
  // Figures right-aligned one indent in, as on table tabs, and their headings with them: two
  // headings over figures side by side no longer run together ("Revenue before Revenue moved (%)",
  // the trend's 收入活跃客户数: stop 32 tester #2, #4), nor a figure into the text after it.
  const figure = { horizontal: "right" as const, indent: NOTE_INDENT };
  for (const f of Object.keys(NUMBER_FORMATS) as ColumnFormat[])
    formats[f] = xf({
      numFmt: numberFormat(f, currency),
      ...(DATES.has(f) ? { horizontal: "left" as const } : f === "text" ? {} : figure),
    });
  const indented = { horizontal: "left" as const, indent: NOTE_INDENT };
  return {
    title: xf({ bold: true, size: 16 }),
    block: xf({ bold: true, size: 12 }),
    heading: xf({ bold: true, fill: HEADER_FILL, wrap: true }),
    headingNumber: xf({ bold: true, fill: HEADER_FILL, wrap: true, ...figure }),
    headingAfterNumber: xf({ bold: true, fill: HEADER_FILL, wrap: true, ...indented }),
    integer: xf({ numFmt: NUMBER_FORMATS.integer, ...figure }),
    number: xf({ numFmt: NUMBER_FORMATS.number, ...figure }),
    text: xf({ wrap: false }),
    wrapText: xf({ wrap: true }),
    note: xf({ wrap: true, ...indented }),
    noteFlush: xf({ wrap: true }),
    warning: xf({ bold: true, fill: WARNING_FILL }),
    warningNote: xf({ wrap: true, fill: WARNING_FILL }),
    date: xf({ numFmt: NUMBER_FORMATS.date, horizontal: "left" }),
    formats,
    top,
  };
}

/** Formats shown as dates: left-aligned in a layout, like their headings. */
const DATES: ReadonlySet<ColumnFormat> = new Set<ColumnFormat>(["date", "datetime"]);

/** The number format a look gives a layout cell, if any. @example lookFormat("percent") // "percent" */
export function lookFormat(look: LayoutLook | null): ColumnFormat | undefined {
  return look === null || look === "heading" || look === "note" || look === "warning"
    ? undefined
    : look;
}

/**
 * A layout cell's format: the first row's first cell is the title; a cell's look decides
 * (a number in its format, text under a number format is that column's heading, right-aligned,
 * left over dates);
 * without one, a row of text after a blank row is a block title, numbers go by kind.
 *
 * @example layoutStyle(l, 0.736, 3, 1, row, false, "percent") // l.formats.percent
 */
export function layoutStyle(
  l: LayoutStyles,
  value: Cell,
  rowIndex: number,
  column: number,
  cells: readonly Cell[],
  afterBlank: boolean,
  look: LayoutLook | null,
): number {
  if (rowIndex === 0 && column === 0) return l.title;
  if (look === "heading") return l.heading;
  if (look === "note") return l.note;
  if (look === "warning") return l.warning;
  if (look !== null)
    return typeof value !== "string"
      ? l.formats[look]
      : DATES.has(look)
        ? l.heading
        : l.headingNumber;
  if (typeof value === "number") return Number.isInteger(value) ? l.integer : l.number;
  if (afterBlank && cells.every((c) => typeof c === "string" || c === null || c === undefined))
    return l.block;
  return l.text;
}

/**
 * A layout cell's format in its row (what the file writer uses): layoutStyle, then text in a
 * wrapped column (not alone on its row) wrapped, a note or heading indented when right of a figure
 * (afterFigure) and flush otherwise, and in a row of more than one line every cell at the top.
 *
 * @example layoutCellStyle(l, 1991, 9, 1, row, false, looks, false, 3) // l.top.get(l.formats.integer)
 */
export function layoutCellStyle(
  l: LayoutStyles,
  value: Cell,
  rowIndex: number,
  column: number,
  cells: readonly Cell[],
  afterBlank: boolean,
  looks: RowLooks | undefined,
  wrappedColumn: boolean,
  lines: number,
): number {
  const look = looks?.[column] ?? null;
  let s = layoutStyle(l, value, rowIndex, column, cells, afterBlank, look);
  if (s === l.text && wrappedColumn && !alone(cells, column)) s = l.wrapText;
  else if (s === l.note && looks?.[0] === "warning") s = l.warningNote;
  else if (s === l.note && !afterFigure(cells, looks, column)) s = l.noteFlush;
  else if (s === l.heading && afterFigure(cells, looks, column)) s = l.headingAfterNumber;
  return lines > 1 ? (l.top.get(s) ?? s) : s;
}

/**
 * The last column a note in column i spans: up to the next filled cell, else the layout's last.
 *
 * @example noteEnd(["Rate", 0.7, "Definition", null, null], 2, 4) // 4
 */
export function noteEnd(cells: readonly Cell[], i: number, last: number): number {
  for (let k = i + 1; k <= last && k < cells.length; k++) {
    const c = cells[k];
    if (c !== null && c !== undefined && c !== "") return k - 1;
  }
  return last;
}

/** Whether cell i is the only filled cell of its row. @example alone([null, "Tiers"], 1) // true */
export function alone(row: readonly Cell[], i: number): boolean {
  for (let k = 0; k < row.length; k++) {
    if (k === i) continue;
    const c = row[k];
    if (c !== null && c !== undefined && c !== "") return false;
  }
  return true;
}
