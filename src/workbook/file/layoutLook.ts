import type { Cell } from "../../engine/cells";
import type { ColumnFormat, LayoutLook } from "../../engine/report/table";
import { NUMBER_FORMATS } from "../numberFormats";
import type { StyleBook } from "./styleBook";

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
  integer: number;
  number: number;
  text: number;
  /** Long text in a column that wraps (the Changes tab's reasons): wrapped, not spilled right. */
  wrapText: number;
  note: number;
  date: number;
  formats: Record<ColumnFormat, number>;
}

const HEADER_FILL = "#D9E1F2";

/**
 * A layout tab's cell formats, added to the style book. Cells sit on the bottom of their row
 * (Excel's default), not the top: a line of Chinese is drawn in a CJK font whose line box is
 * taller than Calibri's, so top-aligned figures printed about 4.5 pt above the Chinese text beside
 * them (the Overview's 按季度满意度: 回答数 half a line above its 说明, stop 24 tester #5d);
 * bottom-aligned, their baselines differ by 0.4 pt (LibreOffice, measured). A figure beside a
 * wrapped note sits on the note's last line, as in a financial statement. Dates are left-aligned:
 * right-aligned, a date ran into the label after it (`2025-09-30本次分析日期`, tester #5c) and
 * stood far from its heading.
 *
 * @example layoutStyles(styles, true).title // the index of a bold 16 pt format
 */
export function layoutStyles(styles: StyleBook, locked: boolean): LayoutStyles {
  const formats = {} as Record<ColumnFormat, number>;
  for (const f of Object.keys(NUMBER_FORMATS) as ColumnFormat[])
    formats[f] = styles.xf({
      numFmt: NUMBER_FORMATS[f],
      locked,
      ...(DATES.has(f) ? { horizontal: "left" as const } : {}),
    });
  return {
    title: styles.xf({ bold: true, size: 16, locked }),
    block: styles.xf({ bold: true, size: 12, locked }),
    heading: styles.xf({ bold: true, fill: HEADER_FILL, locked, wrap: true }),
    headingNumber: styles.xf({
      bold: true,
      fill: HEADER_FILL,
      locked,
      wrap: true,
      horizontal: "right",
    }),
    integer: styles.xf({ numFmt: NUMBER_FORMATS.integer, locked }),
    number: styles.xf({ numFmt: NUMBER_FORMATS.number, locked }),
    text: styles.xf({ locked, wrap: false }),
    wrapText: styles.xf({ locked, wrap: true }),
    note: styles.xf({ locked, wrap: true }),
    date: styles.xf({ numFmt: NUMBER_FORMATS.date, locked, horizontal: "left" }),
    formats,
  };
}

/** Formats shown as dates: left-aligned in a layout, like their headings. */
const DATES: ReadonlySet<ColumnFormat> = new Set<ColumnFormat>(["date", "datetime"]);

/** The number format a look gives a layout cell, if any. @example lookFormat("percent") // "percent" */
export function lookFormat(look: LayoutLook | null): ColumnFormat | undefined {
  return look === null || look === "heading" || look === "note" ? undefined : look;
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
