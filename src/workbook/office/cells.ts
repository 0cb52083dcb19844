import type { Cell } from "../../engine/cells";
import { fromJsDate, toExcelSerial } from "../../engine/parse/date";
import { CELL_MAX_CHARS } from "../../engine/report/limits";
import type { ColumnFormat, LayoutLook } from "../../engine/report/table";
import { NUMBER_FORMATS, numberFormat as columnNumberFormat } from "../numberFormats";
import { lookFormat } from "../file/layoutLook";

/** Text: Excel keeps a string as typed only in a cell formatted "@". */
export const TEXT_FORMAT = "@";
export const GENERAL_FORMAT = "General";

/** What the adapter writes for one block: values and, set first, their number formats. */
export interface ExcelBlock {
  values: (string | number | boolean)[][];
  numberFormat: string[][];
}

// Global lookups are slow in jest's vm contexts; this runs once per cell.
const NativeDate = Date;
const NativeString = String;
const { isFinite } = Number;

/**
 * Converts report rows to what Range.values and Range.numberFormat take. Every string is written
 * with format "@" whatever its column, so "=HYPERLINK(…)", "+86 138…", "-abc", "@x" or "00123"
 * stay text; dates (epoch days) become serial numbers with a date format; blanks become "" (null
 * would leave the cell unchanged). `formats` null: a layout block (General, strings as text).
 * Amounts in `currency` (ReportTable.currency; the yuan when absent: numberFormat).
 *
 * @example toExcelBlock([["=1+1", 19000]], ["text", "date"]).numberFormat // [["@", "yyyy-mm-dd"]]
 */
export function toExcelBlock(
  rows: Cell[][],
  formats: readonly (ColumnFormat | null)[],
  looks?: (row: number) => readonly (LayoutLook | null)[] | undefined,
  currency?: string,
): ExcelBlock {
  const width = formats.length;
  const values: (string | number | boolean)[][] = new Array(rows.length);
  const numberFormat: string[][] = new Array(rows.length);
  const columnFormats = formats.map((f) => (f ? columnNumberFormat(f, currency) : GENERAL_FORMAT));
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    const v: (string | number | boolean)[] = new Array(width);
    const f: string[] = new Array(width);
    // A layout row's looks (ReportTable.looks) give its numbers their formats, as in a file.
    const rowLooks = looks?.(i);
    for (let j = 0; j < width; j++) {
      const look = rowLooks?.[j];
      const format = lookFormat(look ?? null) ?? formats[j];
      let cell: Cell = row[j];
      let fmt =
        format && format !== formats[j] ? columnNumberFormat(format, currency) : columnFormats[j];
      let isDate = false;
      if (cell instanceof NativeDate) {
        cell = fromJsDate(cell);
        isDate = true;
      }
      if (cell === null || cell === undefined) {
        v[j] = "";
      } else if (typeof cell === "string") {
        // The engine cut long text with its marker already (limits.ts fitCellText); this only
        // keeps a request Excel would refuse from being sent.
        v[j] = cell.length > CELL_MAX_CHARS ? cell.slice(0, CELL_MAX_CHARS) : cell;
        fmt = TEXT_FORMAT;
      } else if (typeof cell === "number") {
        if (!isFinite(cell)) v[j] = "";
        else if (format === "date" || format === "datetime") v[j] = toExcelSerial(cell);
        else if (isDate) {
          v[j] = toExcelSerial(cell);
          fmt = NUMBER_FORMATS.date;
        } else if (format === "text")
          v[j] = NativeString(cell); // a phone number stays text
        else v[j] = cell;
      } else {
        v[j] = cell; // boolean
        if (format === "text") fmt = GENERAL_FORMAT;
      }
      f[j] = fmt;
    }
    values[i] = v;
    numberFormat[i] = f;
  }
  return { values, numberFormat };
}

/**
 * Excel's values back to engine cells, in place: "" (empty) becomes null; numbers (dates arrive
 * as serials), strings and booleans stay as they are.
 *
 * @example fromExcelValues([["a", ""]]) // [["a", null]]
 */
export function fromExcelValues(values: unknown[][]): Cell[][] {
  for (let i = 0; i < values.length; i++) {
    const row = values[i];
    for (let j = 0; j < row.length; j++) if (row[j] === "") row[j] = null;
  }
  return values as Cell[][];
}

/**
 * Column width in points for a width in characters (Excel's default 8.43 characters is 48 pt).
 *
 * @example columnWidthPoints(10) // 61
 */
export function columnWidthPoints(chars: number): number {
  return Math.round(Math.min(255, Math.max(1, chars)) * 5.7 + 4);
}

/**
 * Display width of a header in characters (CJK characters count twice).
 *
 * @example textWidth("客户ID") // 6
 */
export function textWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += ch.charCodeAt(0) >= 0x2e80 ? 2 : 1;
  return w;
}
