import { columnLetters } from "../../engine/a1";
import { say } from "../../engine/words/catalog";
import type { Cell } from "../../engine/cells";
import { excelEpochOffset, MS_PER_DAY } from "../../engine/parse/date";
import { rowReader, type ColumnFormat, type ReportTable } from "../../engine/report/table";
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
  return say(lang, "file", "cutMarker");
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
  const sample = o.earlier.slice(-1000).concat(table.rows(0, Math.min(table.rowCount, 2000)));
  const widths = fitWidths(table, sample, o.headers);
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
  // Layout (Overview): title, block headers, numbers by kind, ISO dates as dates.
  const layout = !isTable
    ? {
        title: styles.xf({ bold: true, size: 16, locked }),
        block: styles.xf({ bold: true, fill: HEADER_FILL, locked }),
        integer: styles.xf({ numFmt: NUMBER_FORMATS.integer, locked }),
        number: styles.xf({ numFmt: NUMBER_FORMATS.number, locked }),
        text: styles.xf({ locked, vertical: "top", wrap: false }),
        // Long text in a column that wraps (the Changes tab's reasons): wrapped, not spilled right.
        wrapText: styles.xf({ locked, vertical: "top", wrap: true }),
        date: styles.xf({ numFmt: NUMBER_FORMATS.date, locked }),
      }
    : null;

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

  // The row number's digits, written once per row and copied into each cell's reference.
  const rowDigits = new Uint8Array(16);
  let rowDigitCount = 0;
  const startRow = (): void => {
    r++;
    let n = r;
    let k = 0;
    do {
      rowDigits[15 - k++] = 48 + (n % 10);
      n = Math.floor(n / 10);
    } while (n > 0);
    rowDigits.copyWithin(0, 16 - k, 16);
    rowDigitCount = k;
    bytes.bytes(rowOpen);
    bytes.prefix(rowDigits, rowDigitCount);
    bytes.bytes(rowOpenEnd);
  };

  const writeRow = (cells: readonly Cell[], rowIndex: number): void => {
    startRow();
    const n = isTable ? width : cells.length;
    for (let i = 0; i < n; i++) {
      const value = cells[i];
      if (value === null || value === undefined || value === "") continue;
      let s: number;
      if (layout) {
        s = layoutStyle(layout, value, rowIndex, i, cells, afterBlank);
        if (s === layout.text && wrapped[i]) s = layout.wrapText;
      } else {
        s = colXf[i];
        if (highlight && highlight.column === i && typeof value === "string")
          s = fillXf.get(value) ?? s;
      }
      const format = isTable ? table.columns[i].format : undefined;
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
        const ds = layout ? layout.date : format === "date" || format === "datetime" ? s : dateXf;
        writeCell(i, fragments.number(ds), serial, VALUE_CLOSE);
      } else {
        const text = typeof value === "string" ? value : String(value);
        // The Overview gives its dates as ISO text: shown as dates (only real ones, round-tripped).
        if (layout && table.tab === "overview" && /^\d{4}-\d{2}-\d{2}$/.test(text)) {
          const ms = Date.parse(`${text}T00:00:00Z`);
          if (!Number.isNaN(ms) && new Date(ms).toISOString().slice(0, 10) === text) {
            writeCell(i, fragments.number(layout.date), ms / MS_PER_DAY + offset, VALUE_CLOSE);
            continue;
          }
        }
        writeText(i, s, text);
      }
    }
    bytes.bytes(rowClose);
    if (layout) afterBlank = cells.every((c) => c === null || c === undefined || c === "");
  };

  // Table tabs (all rows but the Overview's): the same bytes as writeRow, with what depends only on
  // the column (its style's fragments, whether it holds dates) looked up once per sheet.
  const numberOpen = colXf.map((s) => fragments.number(s));
  const isDate = table.columns.map((c) => c.format === "date" || c.format === "datetime");
  const fillColumn = highlight ? highlight.column : -1;
  const writeTableRow = (cells: readonly Cell[]): void => {
    startRow();
    for (let i = 0; i < width; i++) {
      const value = cells[i];
      if (value === null || value === undefined || value === "") continue;
      if (typeof value === "number") {
        if (!Number.isFinite(value)) continue; // never NaN or Infinity
        if (isDate[i]) {
          const serial = value + offset;
          if (serial >= 1) writeCell(i, numberOpen[i], serial, VALUE_CLOSE);
          continue;
        }
        writeCell(i, numberOpen[i], value, VALUE_CLOSE);
      } else if (typeof value === "string") {
        writeText(i, i === fillColumn ? (fillXf.get(value) ?? colXf[i]) : colXf[i], value);
      } else if (typeof value === "boolean") {
        writeCell(i, fragments.boolean(colXf[i]), value ? 1 : 0, VALUE_CLOSE);
      } else if (value instanceof Date) {
        const ms = value.getTime();
        if (Number.isNaN(ms)) continue;
        const serial = ms / MS_PER_DAY + offset;
        if (serial < 1) continue;
        writeCell(i, fragments.number(isDate[i] ? colXf[i] : dateXf), serial, VALUE_CLOSE);
      } else writeText(i, colXf[i], String(value));
    }
    bytes.bytes(rowClose);
  };

  /** <c r="{column}{row}" s="…"><v>{value}</v></c> from fragments. */
  const writeCell = (i: number, open: Buffer, value: number, close: Buffer): void => {
    bytes.cellStart(
      cellOpen[i] ?? Buffer.from(`<c r="${columnLetters(i)}`, "latin1"),
      rowDigits,
      rowDigitCount,
      open,
    );
    bytes.number(value);
    bytes.bytes(close);
  };
  /** An inline string cell, cut at Excel's limit with the marker. */
  const writeText = (i: number, s: number, value: string): void => {
    let text = value;
    if (text.length > MAX_CELL_CHARS) {
      text = text.slice(0, MAX_CELL_CHARS - marker.length) + marker;
      result.cutCells++;
    }
    const preserve = isSpace(text.charCodeAt(0)) || isSpace(text.charCodeAt(text.length - 1));
    bytes.cellStart(
      cellOpen[i] ?? Buffer.from(`<c r="${columnLetters(i)}`, "latin1"),
      rowDigits,
      rowDigitCount,
      fragments.text(s, preserve),
    );
    bytes.text(text);
    bytes.bytes(TEXT_CLOSE);
  };
  let afterBlank = false;

  let rowIndex = 0;
  for (const cells of o.earlier) {
    if (r >= MAX_ROWS) break;
    writeRow(cells, rowIndex++);
    if (bytes.pos >= PIECE) yield bytes.take();
  }
  // Row by row through one reused array where the table fills rows (ReportTable.fillRow): no
  // array per row or per block; writeRow and writeTableRow never keep it.
  const read = rowReader(table, o.blockRows);
  for (let start = 0; start < table.rowCount && r < MAX_ROWS; start += o.blockRows) {
    const end = Math.min(table.rowCount, start + o.blockRows, start + (MAX_ROWS - r));
    for (let i = start; i < end; i++) {
      if (layout) writeRow(read(i), rowIndex++);
      else writeTableRow(read(i));
      if (bytes.pos >= PIECE) yield bytes.take();
    }
    o.onProgress?.(table.tab, end);
  }
  if (isTable && r === 1) r = 2; // an empty table still covers one data row
  result.rows = r - (isTable ? 1 : 0);

  out = "</sheetData>";
  if (o.protect) out += sheetProtectionXml();
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
  integer: number;
  number: number;
  text: number;
  date: number;
}

/** The Overview's look: the first row is the title; a row after a blank row heads a block. */
function layoutStyle(
  l: LayoutStyles,
  value: Cell,
  rowIndex: number,
  column: number,
  cells: readonly Cell[],
  afterBlank: boolean,
): number {
  if (rowIndex === 0 && column === 0) return l.title;
  if (typeof value === "number") return Number.isInteger(value) ? l.integer : l.number;
  if (afterBlank && cells.every((c) => typeof c === "string" || c === null || c === undefined))
    return l.block;
  return l.text;
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
      let w: number;
      if (typeof v === "number") {
        w = format === "date" ? 11 : format === "datetime" ? 17 : numberWidth(v, format);
      } else if (v instanceof Date) w = 11;
      else w = textWidth(String(v)) + 2;
      if (w > MAX_WIDTH) wrap = true;
      if (w > widest) widest = w;
    }
    out.push({ width: Math.min(MAX_WIDTH, Math.max(widest, 6)), wrap });
  }
  return out;
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
