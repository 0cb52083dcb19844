import { columnLetters } from "../../engine/a1";
import type { Cell } from "../../engine/cells";
import { excelEpochOffset, MS_PER_DAY } from "../../engine/parse/date";
import type { ColumnFormat, LayoutLook, ReportTable } from "../../engine/report/table";
import { NUMBER_FORMATS } from "../numberFormats";
import { isLockedCell, sheetProtectionXml } from "../protection";
import type { StyleBook, XfSpec } from "./styleBook";
import { XmlBytes } from "./xmlBytes";
import { escapeXml } from "./xmlText";

/**
 * One of our tabs as worksheet XML, written directly in pieces of about a megabyte (no per-cell
 * objects): table tabs get a header row, number formats from the column types, fitted widths
 * (CJK counted double, capped, long text wrapped), a frozen header, an Excel table part over the
 * data, landscape print setup one page wide; layout tabs (the Overview) get a styled title and
 * block headers. No cell holds a formula: text is always an inline string.
 */

/** Excel's limit of characters in a cell. */
export const MAX_CELL_CHARS = 32_767;
const MAX_ROWS = 1_048_576;
const PIECE = 1 << 20;
const HEADER_FILL = "#D9E1F2";
const MAX_WIDTH = 50;
/** Points per line of wrapped text at the default 11 pt font (Excel's default row is 15 pt). */
const LINE_HEIGHT = 15;
/** The height of a layout's title row (16 pt bold). */
const TITLE_HEIGHT = 24;
/** At most this many lines tall: a longer text is still all there, in the cell. */
const MAX_LINES = 12;
/** A layout heading over numbers counts at most this wide (it wraps instead). */
const HEADING_WIDTH = 14;

export interface SheetOptions {
  table: ReportTable;
  /** Rows written above the table's own rows (the run log's earlier rows). */
  earlier: Cell[][];
  styles: StyleBook;
  date1904: boolean;
  lang: "zh-CN" | "en-US";
  protect: boolean;
  /** The relationship id of the table part (table tabs), the drawing (charts). */
  tableRelId?: string;
  /** The relationship id of the sheet's drawing (native charts, chartParts.ts). */
  drawingRelId?: string;
  /** Column names of the table part, as written in the header cells. */
  headers: string[];
  blockRows: number;
  onProgress?: (tab: string, rowsDone: number) => void;
}

export interface SheetResult {
  rows: number;
  /** Cells whose text was cut at 32,767 characters. */
  cutCells: number;
  /** Rows not written because the sheet was full (1,048,576 rows). */
  rowsLeftOut: number;
  /** The used range, e.g. "A1:K1001". */
  ref: string;
}

/** The header names of a table part: unique (case-insensitive), non-empty, one line. */
export function tableHeaders(table: ReportTable): string[] {
  const seen = new Set<string>();
  return table.columns.map((c, i) => {
    const base = (c.header.replace(/[\r\n\t]+/g, " ").trim() || `Column${i + 1}`).slice(0, 255);
    let name = base;
    for (let n = 2; seen.has(name.toLowerCase()); n++) name = `${base}${n}`;
    seen.add(name.toLowerCase());
    return name;
  });
}

/** Display width of text: wide (CJK) characters count double. */
export function textWidth(text: string): number {
  let width = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xdc00 && code <= 0xdfff) continue; // second half of a pair
    width += isWide(code) ? 2 : 1;
  }
  return width;
}

function isWide(code: number): boolean {
  return (
    (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0xa4cf) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    (code >= 0xd800 && code <= 0xdbff)
  );
}

/**
 * A column width for a header: CJK and other wide characters count double, plus padding (and room
 * for the filter button); at least wide enough for the column's dates.
 *
 * @example headerWidth("客户编号", "text") // 10
 */
export function headerWidth(header: string, format: ColumnFormat): number {
  const least = format === "datetime" ? 17 : format === "date" ? 12 : 8;
  return Math.min(MAX_WIDTH, Math.max(least, textWidth(header) + 2));
}

/** The marker that ends a cut text. */
export function cutMarker(lang: "zh-CN" | "en-US"): string {
  return lang === "zh-CN" ? "…（超出 Excel 单元格上限，已截断）" : "… [cut at Excel's cell limit]";
}

/** Writes the worksheet XML of a tab in pieces. */
export async function* reportSheetXml(
  o: SheetOptions,
  result: SheetResult,
): AsyncGenerator<Buffer> {
  const { table, styles } = o;
  const isTable = table.style === "table";
  const locked = !o.protect ? false : isLockedCell(table.style);
  const width = table.columns.length;
  const letters = Array.from({ length: Math.max(width, 1) + 16 }, (_, i) => columnLetters(i));
  const offset = excelEpochOffset(o.date1904);
  const marker = cutMarker(o.lang);

  // Styles per column; wrap decided from a sample of the rows (first 2,000).
  const sampleCount = Math.min(table.rowCount, 2000);
  const sample = o.earlier.slice(-1000).concat(table.rows(0, sampleCount));
  const looksOf = !isTable && table.looks ? table.looks.bind(table) : null;
  const sampleLooks = Array.from(
    { length: sample.length },
    (_, k) => looksOf?.(k - (sample.length - sampleCount)) ?? undefined,
  );
  const widths = fitWidths(table, sample, o.headers, sampleLooks);
  const widthOf = widths.map((w) => w.width);
  const colXf: number[] = [];
  const dateXf = styles.xf({ numFmt: NUMBER_FORMATS.date, locked, vertical: "top" });
  const wrapped = widths.map((w) => w.wrap);
  table.columns.forEach((c, i) => {
    const spec: XfSpec = { locked, vertical: "top" };
    if (isTable && c.format !== "text") spec.numFmt = NUMBER_FORMATS[c.format];
    if (isTable && c.format === "text") spec.numFmt = NUMBER_FORMATS.text;
    if (wrapped[i]) spec.wrap = true;
    colXf.push(styles.xf(spec));
  });
  const headerXf = styles.xf({
    bold: true,
    fill: HEADER_FILL,
    locked,
    vertical: "center",
    wrap: true,
  });
  const highlight = table.highlight;
  const fillXf = new Map<string, number>();
  if (highlight) {
    for (const [text, colour] of Object.entries(highlight.fills)) {
      const base: XfSpec = { locked, vertical: "top", fill: colour };
      const f = table.columns[highlight.column]?.format;
      if (isTable && f) base.numFmt = NUMBER_FORMATS[f];
      fillXf.set(text, styles.xf(base));
    }
  }
  // Layout (Overview): title, block titles, headings aligned like their column, numbers in the
  // format of their look (or by kind), notes wrapped over the rest of the row, ISO dates as dates.
  const layout: LayoutStyles | null = !isTable
    ? {
        title: styles.xf({ bold: true, size: 16, locked }),
        block: styles.xf({ bold: true, size: 12, locked }),
        heading: styles.xf({ bold: true, fill: HEADER_FILL, locked, vertical: "top", wrap: true }),
        headingNumber: styles.xf({
          bold: true,
          fill: HEADER_FILL,
          locked,
          vertical: "top",
          wrap: true,
          horizontal: "right",
        }),
        integer: styles.xf({ numFmt: NUMBER_FORMATS.integer, locked, vertical: "top" }),
        number: styles.xf({ numFmt: NUMBER_FORMATS.number, locked, vertical: "top" }),
        text: styles.xf({ locked, vertical: "top", wrap: false }),
        // Long text in a column that wraps (the Changes tab's reasons): wrapped, not spilled right.
        wrapText: styles.xf({ locked, vertical: "top", wrap: true }),
        note: styles.xf({ locked, vertical: "top", wrap: true }),
        date: styles.xf({ numFmt: NUMBER_FORMATS.date, locked, vertical: "top" }),
        formats: {} as Record<ColumnFormat, number>,
      }
    : null;
  if (layout) {
    for (const f of Object.keys(NUMBER_FORMATS) as ColumnFormat[])
      layout.formats[f] = styles.xf({ numFmt: NUMBER_FORMATS[f], locked, vertical: "top" });
  }
  const layoutLast = Math.max(width, layoutWidth(table, sample)) - 1;
  const merges: string[] = [];
  const wrappedColumns = wrapped.flatMap((w, i) => (w ? [i] : []));

  const total = o.earlier.length + table.rowCount + (isTable ? 1 : 0);
  const written = Math.min(total, MAX_ROWS);
  result.rowsLeftOut = total - written;
  const lastRow = Math.max(written, isTable ? 2 : 1);
  const lastCol = letters[Math.max(width, layoutWidth(table, sample)) - 1] ?? "A";
  result.ref = `A1:${lastCol}${lastRow}`;

  let out =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ' +
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
    `<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr><dimension ref="${result.ref}"/>` +
    '<sheetViews><sheetView workbookViewId="0">' +
    (isTable
      ? '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A2" sqref="A2"/>'
      : "") +
    '</sheetView></sheetViews><sheetFormatPr defaultRowHeight="15"/><cols>';
  widths.forEach((w, i) => {
    out += `<col min="${i + 1}" max="${i + 1}" width="${w.width}" customWidth="1" style="${colXf[i] ?? 0}"/>`;
  });
  if (widths.length === 0) out += '<col min="1" max="1" width="12" customWidth="1"/>';
  out += "</cols><sheetData>";

  let r = 0;
  if (isTable) {
    r = 1;
    out += `<row r="1" ht="30" customHeight="1">`;
    o.headers.forEach((h, i) => {
      out += `<c r="${letters[i]}1" s="${headerXf}" t="inlineStr"><is><t>${escapeXml(h)}</t></is></c>`;
    });
    out += "</row>";
  }
  const bytes = new XmlBytes(PIECE + (64 << 10));
  bytes.utf8(out);

  // Preformatted fragments: each cell is written as bytes from these, its row number and value.
  const cellOpen = letters.map((l) => Buffer.from(`<c r="${l}`, "latin1"));
  const fragments = new CellFragments();
  const rowOpen = Buffer.from('<row r="', "latin1");
  const rowOpenEnd = Buffer.from('">', "latin1");
  const rowClose = Buffer.from("</row>", "latin1");

  const writeRow = (cells: Cell[], rowIndex: number, looks?: RowLooks): void => {
    r++;
    bytes.bytes(rowOpen);
    bytes.int(r);
    // Wrapped text sets the row's height: LibreOffice and printing do not fit rows on opening.
    const lines = rowLines(cells, looks, wrappedColumns, widthOf, layoutLast, isTable);
    if (layout && rowIndex === 0) {
      bytes.ascii(`" ht="${TITLE_HEIGHT}" customHeight="1`); // the 16 pt title
    } else if (lines > 1) {
      bytes.ascii(`" ht="${Math.min(lines, MAX_LINES) * LINE_HEIGHT}" customHeight="1`);
    }
    bytes.bytes(rowOpenEnd);
    const n = isTable ? width : cells.length;
    for (let i = 0; i < n; i++) {
      const value = cells[i];
      if (value === null || value === undefined || value === "") continue;
      let s: number;
      const look = looks?.[i] ?? null;
      if (layout) {
        s = layoutStyle(layout, value, rowIndex, i, cells, afterBlank, look);
        if (s === layout.text && wrapped[i] && !alone(cells, i)) s = layout.wrapText;
        if (look === "note" && typeof value === "string") {
          const end = noteEnd(cells, i, layoutLast);
          if (end > i) merges.push(`${columnLetters(i)}${r}:${columnLetters(end)}${r}`);
        }
      } else {
        s = colXf[i];
        if (highlight && highlight.column === i && typeof value === "string")
          s = fillXf.get(value) ?? s;
      }
      const format = isTable ? table.columns[i].format : lookFormat(look);
      if (typeof value === "number") {
        if (!Number.isFinite(value)) continue; // never NaN or Infinity
        if (format === "date" || format === "datetime") {
          const serial = value + offset;
          if (serial >= 1) writeCell(i, fragments.number(s), serial, VALUE_CLOSE);
          continue;
        }
        writeCell(i, fragments.number(s), value, VALUE_CLOSE);
      } else if (typeof value === "boolean") {
        writeCell(i, fragments.boolean(s), value ? 1 : 0, VALUE_CLOSE);
      } else if (value instanceof Date) {
        const ms = value.getTime();
        if (Number.isNaN(ms)) continue;
        const serial = ms / MS_PER_DAY + offset;
        if (serial < 1) continue;
        const ds = layout
          ? format === "datetime"
            ? s
            : layout.date
          : format === "date" || format === "datetime"
            ? s
            : dateXf;
        writeCell(i, fragments.number(ds), serial, VALUE_CLOSE);
      } else {
        let text = typeof value === "string" ? value : String(value);
        // The Overview gives its dates as ISO text: shown as dates (only real ones, round-tripped).
        if (layout && table.tab === "overview" && /^\d{4}-\d{2}-\d{2}$/.test(text)) {
          const ms = Date.parse(`${text}T00:00:00Z`);
          if (!Number.isNaN(ms) && new Date(ms).toISOString().slice(0, 10) === text) {
            writeCell(i, fragments.number(layout.date), ms / MS_PER_DAY + offset, VALUE_CLOSE);
            continue;
          }
        }
        if (text.length > MAX_CELL_CHARS) {
          text = text.slice(0, MAX_CELL_CHARS - marker.length) + marker;
          result.cutCells++;
        }
        const preserve = isSpace(text.charCodeAt(0)) || isSpace(text.charCodeAt(text.length - 1));
        bytes.bytes(cellOpen[i] ?? Buffer.from(`<c r="${columnLetters(i)}`, "latin1"));
        bytes.int(r);
        bytes.bytes(fragments.text(s, preserve));
        bytes.text(text);
        bytes.bytes(TEXT_CLOSE);
      }
    }
    bytes.bytes(rowClose);
    if (layout) afterBlank = cells.every((c) => c === null || c === undefined || c === "");
  };
  /** <c r="{column}{row}" s="…"><v>{value}</v></c> from fragments. */
  const writeCell = (i: number, open: Buffer, value: number, close: Buffer): void => {
    bytes.bytes(cellOpen[i] ?? Buffer.from(`<c r="${columnLetters(i)}`, "latin1"));
    bytes.int(r);
    bytes.bytes(open);
    bytes.number(value);
    bytes.bytes(close);
  };
  let afterBlank = false;

  let rowIndex = 0;
  for (const cells of o.earlier) {
    if (r >= MAX_ROWS) break;
    writeRow(cells, rowIndex++);
    if (bytes.pos >= PIECE) yield bytes.take();
  }
  for (let start = 0; start < table.rowCount && r < MAX_ROWS; start += o.blockRows) {
    const end = Math.min(table.rowCount, start + o.blockRows, start + (MAX_ROWS - r));
    const rows = table.rows(start, end);
    for (let k = 0; k < rows.length; k++) {
      writeRow(rows[k], rowIndex++, looksOf?.(start + k));
      if (bytes.pos >= PIECE) yield bytes.take();
    }
    o.onProgress?.(table.tab, end);
  }
  if (isTable && r === 1) r = 2; // an empty table still covers one data row
  result.rows = r - (isTable ? 1 : 0);

  out = "</sheetData>";
  if (o.protect) out += sheetProtectionXml();
  if (merges.length > 0)
    out += `<mergeCells count="${merges.length}">${merges.map((m) => `<mergeCell ref="${m}"/>`).join("")}</mergeCells>`;
  out +=
    '<pageMargins left="0.5" right="0.5" top="0.6" bottom="0.6" header="0.3" footer="0.3"/>' +
    '<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>';
  if (o.drawingRelId) out += `<drawing r:id="${o.drawingRelId}"/>`;
  if (isTable && o.tableRelId)
    out += `<tableParts count="1"><tablePart r:id="${o.tableRelId}"/></tableParts>`;
  out += "</worksheet>";
  bytes.utf8(out);
  yield bytes.take();
}

const VALUE_CLOSE = Buffer.from("</v></c>", "latin1");
const TEXT_CLOSE = Buffer.from("</t></is></c>", "latin1");

/** The bytes between a cell's reference and its value, per cell format and value type. */
class CellFragments {
  private readonly numbers: Buffer[] = [];
  private readonly booleans: Buffer[] = [];
  private readonly texts: Buffer[] = [];
  private readonly preserved: Buffer[] = [];

  number(s: number): Buffer {
    return (this.numbers[s] ??= Buffer.from(`" s="${s}"><v>`, "latin1"));
  }

  boolean(s: number): Buffer {
    return (this.booleans[s] ??= Buffer.from(`" s="${s}" t="b"><v>`, "latin1"));
  }

  /** Inline text; `preserve` when it starts or ends with white space (kept by xml:space). */
  text(s: number, preserve: boolean): Buffer {
    return preserve
      ? (this.preserved[s] ??= Buffer.from(
          `" s="${s}" t="inlineStr"><is><t xml:space="preserve">`,
          "latin1",
        ))
      : (this.texts[s] ??= Buffer.from(`" s="${s}" t="inlineStr"><is><t>`, "latin1"));
  }
}

/** White space as String.prototype.trim sees it at the ends of a text (the common ones). */
function isSpace(code: number): boolean {
  return (
    code === 32 ||
    code === 9 ||
    code === 10 ||
    code === 13 ||
    code === 0x3000 ||
    code === 0xa0 ||
    code === 0xfeff ||
    code === 11 ||
    code === 12 ||
    code === 0x2028 ||
    code === 0x2029 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x1680 ||
    code === 0x202f ||
    code === 0x205f
  );
}

interface LayoutStyles {
  wrapText: number;
  title: number;
  block: number;
  heading: number;
  headingNumber: number;
  integer: number;
  number: number;
  text: number;
  note: number;
  date: number;
  formats: Record<ColumnFormat, number>;
}

type RowLooks = readonly (LayoutLook | null)[];

/** The number format a look gives a layout cell, if any. */
function lookFormat(look: LayoutLook | null): ColumnFormat | undefined {
  return look === null || look === "heading" || look === "note" ? undefined : look;
}

/**
 * A layout cell's format: the first row's first cell is the title; a cell's look decides
 * (a number in its format, text under a number format is that column's heading, right-aligned);
 * without one, a row of text after a blank row is a block title, numbers go by kind.
 */
function layoutStyle(
  l: LayoutStyles,
  value: Cell,
  rowIndex: number,
  column: number,
  cells: Cell[],
  afterBlank: boolean,
  look: LayoutLook | null,
): number {
  if (rowIndex === 0 && column === 0) return l.title;
  if (look === "heading") return l.heading;
  if (look === "note") return l.note;
  if (look !== null) return typeof value === "string" ? l.headingNumber : l.formats[look];
  if (typeof value === "number") return Number.isInteger(value) ? l.integer : l.number;
  if (afterBlank && cells.every((c) => typeof c === "string" || c === null || c === undefined))
    return l.block;
  return l.text;
}

/**
 * How many lines the row's wrapped text takes: table tabs look only at their wrapped columns
 * (cheap: most rows skip the count, as a text shorter than half the width fits whatever its
 * characters); layout tabs also at notes (over the rest of the row) and headings.
 */
function rowLines(
  cells: Cell[],
  looks: RowLooks | undefined,
  wrappedColumns: number[],
  widths: number[],
  last: number,
  isTable: boolean,
): number {
  let lines = 1;
  const fit = (text: string, width: number) => {
    const room = Math.max(1, width - 1);
    if (text.length * 2 <= room && text.indexOf("\n") < 0) return;
    let n = 0;
    for (const part of text.split("\n")) n += Math.max(1, Math.ceil(textWidth(part) / room));
    if (n > lines) lines = n;
  };
  for (const i of wrappedColumns) {
    const v = cells[i];
    // A lone text (a layout's block title) spills right instead of wrapping.
    if (typeof v === "string" && v !== "" && (isTable || !alone(cells, i))) fit(v, widths[i]);
  }
  if (isTable || !looks) return lines;
  for (let i = 0; i < looks.length; i++) {
    const v = cells[i];
    const look = looks[i];
    if (typeof v !== "string" || v === "" || look === null) continue;
    if (look === "note") {
      let span = 0;
      for (let k = i, end = noteEnd(cells, i, last); k <= end; k++) span += widths[k] ?? 8;
      fit(v, span);
    } else fit(v, widths[i] ?? 8);
  }
  return lines;
}

function layoutWidth(table: ReportTable, sample: Cell[][]): number {
  if (table.style === "table") return table.columns.length;
  return sample.reduce((m, r) => Math.max(m, r.length), 1);
}

/** Column widths from the header and a sample of values; wrap where text passes the cap. */
function fitWidths(
  table: ReportTable,
  sample: Cell[][],
  headers: string[],
  looks: (RowLooks | undefined)[],
): Array<{ width: number; wrap: boolean }> {
  const isTable = table.style === "table";
  const n = isTable ? table.columns.length : layoutWidth(table, sample);
  const out: Array<{ width: number; wrap: boolean }> = [];
  for (let i = 0; i < n; i++) {
    const format = isTable ? table.columns[i].format : "text";
    // The header plus room for the filter button; a width the engine asks for is the least.
    let widest = isTable ? Math.min(MAX_WIDTH, headerWidth(headers[i], format) + 2) : 6;
    const asked = table.columns[i]?.width;
    if (asked !== undefined && asked > widest) widest = asked;
    let wrap = false;
    for (let r = isTable ? 0 : 1; r < sample.length; r++) {
      const v = sample[r][i];
      if (v === null || v === undefined) continue;
      const look = looks[r]?.[i] ?? null;
      // A note wraps over the rest of its row; a lone text in a row (a block title) spills right.
      if (!isTable && (look === "note" || (typeof v === "string" && alone(sample[r], i)))) continue;
      const f = isTable ? format : (lookFormat(look) ?? format);
      let w: number;
      if (typeof v === "number") {
        w = f === "date" ? 11 : f === "datetime" ? 17 : numberWidth(v, f);
      } else if (v instanceof Date) w = 11;
      else if (!isTable && look !== null) w = Math.min(HEADING_WIDTH, textWidth(String(v)) + 1);
      else {
        w = textWidth(String(v)) + 2;
        // A layout column the engine gave a width keeps it: longer text wraps in it (numbers
        // still widen it, never shown as ###).
        if (!isTable && asked !== undefined && w > asked) {
          wrap = true;
          continue;
        }
      }
      if (w > MAX_WIDTH) wrap = true;
      if (w > widest) widest = w;
    }
    out.push({ width: Math.min(MAX_WIDTH, Math.max(widest, 6)), wrap });
  }
  return out;
}

/** The last column a note in column i spans: up to the next filled cell, else the layout's last. */
function noteEnd(cells: Cell[], i: number, last: number): number {
  for (let k = i + 1; k <= last && k < cells.length; k++) {
    const c = cells[k];
    if (c !== null && c !== undefined && c !== "") return k - 1;
  }
  return last;
}

/** Whether cell i is the only filled cell of its row. */
function alone(row: Cell[], i: number): boolean {
  for (let k = 0; k < row.length; k++) {
    if (k === i) continue;
    const c = row[k];
    if (c !== null && c !== undefined && c !== "") return false;
  }
  return true;
}

function numberWidth(v: number, format: ColumnFormat): number {
  if (!Number.isFinite(v)) return 4;
  const digits = Math.max(1, Math.floor(Math.log10(Math.abs(v) + 1)) + 1);
  const grouped = digits + Math.floor((digits - 1) / 3);
  const decimals = format === "integer" ? 0 : format === "percent" ? 2 : 3;
  return grouped + decimals + (v < 0 ? 1 : 0) + 3;
}

/** The table part of a table tab. */
export function tablePartXml(id: number, name: string, ref: string, headers: string[]): string {
  const cols = headers
    .map((h, i) => `<tableColumn id="${i + 1}" name="${escapeXml(h)}"/>`)
    .join("");
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<table xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" id="${id}" name="${name}" displayName="${name}" ref="${ref}" totalsRowShown="0">` +
    `<autoFilter ref="${ref}"/><tableColumns count="${headers.length}">${cols}</tableColumns>` +
    '<tableStyleInfo name="TableStyleMedium2" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/></table>'
  );
}
