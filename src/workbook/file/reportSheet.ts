import { columnLetters } from "../../engine/a1";
import type { Cell } from "../../engine/cells";
import * as dates from "../../engine/parse/date";
import * as limits from "../../engine/report/limits";
import { lookRow, rowReader, type ReportTable, type RowLooks } from "../../engine/report/table";
import { NUMBER_FORMATS } from "../numberFormats";
import { isLockedCell, sheetProtectionXml } from "../protection";
import * as cellFragments from "./cellFragments";
import { fitWidths, layoutWidth } from "./columnWidths";
import {
  TABLE_VERTICAL,
  layoutCellStyle,
  tableHeaderAlignment,
  layoutStyles,
  lookFormat,
  noteEnd,
  tableAlignment,
} from "./layoutLook";
import { keyColumns, pagesWide, TABLE_PRINT_OPTIONS } from "./printSetup";
import { rowHeight, rowLines, tableRowLines, TABLE_ROW_HEIGHT, TITLE_HEIGHT } from "./rowHeights";
import type { SharedStringTable } from "./sharedStrings";
import type { StyleBook, XfSpec } from "./styleBook";
import { Fragment, XmlBytes } from "./xmlBytes";
import { escapeXml } from "./xmlText";

// Imported bindings taken once: read per cell as CommonJS (tsx, jest), each is a getter call.
const { CellFragments, isSpace, TEXT_CLOSE, VALUE_CLOSE } = cellFragments;
const { CELL_MAX_CHARS, fitCellText } = limits;
const { excelEpochOffset, MS_PER_DAY } = dates;

export { headerWidth, textWidth } from "./columnWidths";
export { tableHeaders, tablePartXml } from "./tablePart";

/**
 * One of our tabs as worksheet XML, written directly in pieces of about a megabyte (no per-cell
 * objects): table tabs get a header row, number formats from the column types, fitted widths
 * (CJK counted double, capped, long text wrapped), a frozen header, an Excel table part over the
 * data, landscape print setup one page wide; layout tabs (the Overview) get a styled title and
 * block headers. No cell holds a formula: text is always an inline string. Widths, row heights,
 * the layouts' looks, the cell bytes and the table part live in modules of their own.
 */

const MAX_ROWS = 1_048_576;
/**
 * Notes merged over the rest of their row, at most (a Changes list of a million movers would
 * otherwise carry a million merged ranges, slow to open); past it a note wraps in its own cell.
 */
const MAX_MERGES = 20_000;
/** A piece of XML handed to the compressor (zipWriter.ts POOLED says why a megabyte). */
const PIECE = 1 << 20;
const HEADER_FILL = "#D9E1F2";

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
  /**
   * Shared strings of a package we write whole: a table tab's repetitive text columns (labels,
   * owners, regions) refer to it instead of writing inline strings.
   */
  shared?: SharedStringTable;
  /** Where the XML's buffers come from (ZipWriter.pieceBuffer: pieces then go uncopied). */
  pieceBuffer?: () => Buffer;
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
  /** Columns repeated on every printed page of a tab printed over pages side by side ("$A:$B"). */
  printColumns?: string;
  /** The columns that print (ReportTable.printColumns: the schedule's call sheet), e.g. "$A:$I". */
  printArea?: string;
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

  // Styles per column; wrap decided from a sample of the rows (first 2,000). Nobody looks at a
  // hidden tab (the run state, whose rows are blocks of 32,000 characters): its header decides.
  const sampleCount = table.hidden ? 0 : Math.min(table.rowCount, 2000);
  const sample = o.earlier.slice(-1000).concat(table.rows(0, sampleCount));
  const looks = isTable ? undefined : table.looks;
  const earlierCount = sample.length - sampleCount;
  const sampleLooks = sample.map((_, k) => lookRow(looks, k - earlierCount));
  const widths = fitWidths(table, sample, o.headers, sampleLooks);
  const widthOf = widths.map((w) => w.width);
  const colXf: number[] = [];
  const dateXf = styles.xf({ numFmt: NUMBER_FORMATS.date, locked, vertical: TABLE_VERTICAL });
  const wrapped = widths.map((w) => w.wrap);
  table.columns.forEach((c, i) => {
    const spec: XfSpec = { locked, ...tableAlignment(c.format, table.highlight?.column === i) };
    if (isTable && c.format !== "text") spec.numFmt = NUMBER_FORMATS[c.format];
    if (isTable && c.format === "text") spec.numFmt = NUMBER_FORMATS.text;
    if (wrapped[i]) spec.wrap = true;
    colXf.push(styles.xf(spec));
  });
  // Each header aligned like its column's values (layoutLook.ts tableHeaderAlignment).
  const headerXf = table.columns.map((c, i) =>
    styles.xf({
      bold: true,
      fill: HEADER_FILL,
      locked,
      vertical: "center",
      wrap: true,
      ...tableHeaderAlignment(c.format, table.highlight?.column === i),
    }),
  );
  const highlight = table.highlight;
  const fillXf = new Map<string, number>();
  if (highlight) {
    for (const [text, colour] of Object.entries(highlight.fills)) {
      const f = table.columns[highlight.column]?.format;
      const base: XfSpec = { locked, ...tableAlignment(f ?? "text", true), fill: colour };
      if (isTable && f) base.numFmt = NUMBER_FORMATS[f];
      fillXf.set(text, styles.xf(base));
    }
  }
  // Layout (Overview, Changes, …): title, block titles, headings aligned like their column,
  // numbers in the format of their look (or by kind), notes wrapped over the rest of the row.
  const layout = isTable ? null : layoutStyles(styles, locked);
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
    "</sheetView></sheetViews>" +
    // A table tab's one-line rows are TABLE_ROW_HEIGHT tall (rowHeights.ts), written once here.
    (isTable
      ? `<sheetFormatPr defaultRowHeight="${TABLE_ROW_HEIGHT}" customHeight="1"/>`
      : '<sheetFormatPr defaultRowHeight="15"/>') +
    "<cols>";
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
      out += `<c r="${letters[i]}1" s="${headerXf[i]}" t="inlineStr"><is><t>${escapeXml(h)}</t></is></c>`;
    });
    out += "</row>";
  }
  const bytes = new XmlBytes(PIECE + (64 << 10), o.pieceBuffer);
  bytes.utf8(out);

  // Preformatted fragments: each cell is written as bytes from these, its row number and value.
  const cellOpen = letters.map((l) => Fragment.of(`<c r="${l}`));
  const fragments = new CellFragments();
  // A cell right after the row's previous one is written without its reference (`<c s="3">`: the
  // column after the previous cell's, ECMA-376 §18.3.1.4, where r is optional); the first cell of
  // each row and any cell after a gap keep theirs, which the readers that need an anchor use
  // (exceljs). A fifth of a table tab's bytes, a third of the deflating (measured at 100,000 rows).
  const bare = new CellFragments("<c");
  /** The column a cell must be in to go without a reference (-1 at a row's start: none). */
  let nextColumn = -1;
  const rowOpen = Fragment.of('<row r="');
  const rowOpenEnd = Fragment.of('">');
  const heightOpen = Fragment.of('" ht="');
  const heightClose = Fragment.of('" customHeight="1');
  const rowClose = Fragment.of("</row>");

  // The row number's digits, written once per row and copied into each cell's reference.
  const rowDigits = new Uint8Array(16);
  let rowDigitCount = 0;
  /** Opens the next row; `lines` > 1 (wrapped text) or the title's height sets its height. */
  const startRow = (lines: number, title = false): void => {
    r++;
    let n = r;
    let k = 0;
    do {
      rowDigits[15 - k++] = 48 + (n % 10);
      n = Math.floor(n / 10);
    } while (n > 0);
    rowDigits.copyWithin(0, 16 - k, 16);
    rowDigitCount = k;
    nextColumn = -1;
    bytes.frag(rowOpen);
    bytes.prefix(rowDigits, rowDigitCount);
    if (title || lines > 1) {
      bytes.frag(heightOpen);
      bytes.int(title ? TITLE_HEIGHT : rowHeight(lines, isTable));
      bytes.frag(heightClose);
    }
    bytes.frag(rowOpenEnd);
  };

  const writeRow = (cells: readonly Cell[], rowIndex: number, looks?: RowLooks): void => {
    const lines = rowLines(cells, looks, wrappedColumns, widthOf, layoutLast, isTable);
    startRow(lines, layout !== null && rowIndex === 0);
    const n = isTable ? width : cells.length;
    for (let i = 0; i < n; i++) {
      const value = cells[i];
      if (value === null || value === undefined || value === "") continue;
      let s: number;
      const look = looks?.[i] ?? null;
      if (layout) {
        s = layoutCellStyle(
          layout,
          value,
          rowIndex,
          i,
          cells,
          afterBlank,
          looks,
          wrapped[i],
          lines,
        );
        if (look === "note" && typeof value === "string" && merges.length < MAX_MERGES) {
          const end = noteEnd(cells, i, layoutLast);
          if (end > i)
            merges.push(`${letters[i] ?? columnLetters(i)}${r}:${columnLetters(end)}${r}`);
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
          if (serial >= 1) writeCell(i, fragments.number(s), bare.number(s), serial);
          continue;
        }
        writeCell(i, fragments.number(s), bare.number(s), value);
      } else if (typeof value === "boolean") {
        writeCell(i, fragments.boolean(s), bare.boolean(s), value ? 1 : 0);
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
        writeCell(i, fragments.number(ds), bare.number(ds), serial);
      } else {
        const text = typeof value === "string" ? value : String(value);
        // The Overview gives its dates as ISO text: shown as dates (only real ones, round-tripped).
        if (layout && table.tab === "overview" && /^\d{4}-\d{2}-\d{2}$/.test(text)) {
          const ms = Date.parse(`${text}T00:00:00Z`);
          if (!Number.isNaN(ms) && new Date(ms).toISOString().slice(0, 10) === text) {
            const d = layout.date;
            writeCell(i, fragments.number(d), bare.number(d), ms / MS_PER_DAY + offset);
            continue;
          }
        }
        writeText(i, s, text);
      }
    }
    bytes.frag(rowClose);
    if (layout) afterBlank = cells.every((c) => c === null || c === undefined || c === "");
  };

  // Table tabs (all rows but the Overview's): the same bytes as writeRow, with what depends only on
  // the column (its style's fragments, whether it holds dates) looked up once per sheet.
  const numberOpen = colXf.map((s) => fragments.number(s));
  const numberBare = colXf.map((s) => bare.number(s));
  const isDate = table.columns.map((c) => c.format === "date" || c.format === "datetime");
  const fillColumn = highlight ? highlight.column : -1;
  const shared = isTable ? o.shared : undefined;
  const sharedColumn = shared ? repetitive(sample, width) : [];
  // Only tabs with a wrapped column (reasons, talking points) measure their rows' text; nobody
  // reads the hidden run state.
  // A tab with a print area (the schedule's call sheet) sizes its rows to the printed columns: the
  // screen's later columns show their first lines (the whole text is in the cell), and a printed
  // page holds rows, not blank space under one-line reasons.
  const sized = table.printColumns
    ? wrappedColumns.filter((i) => i < table.printColumns!)
    : wrappedColumns;
  const linesOf = sized.length > 0 && !table.hidden ? tableRowLines(sized, widthOf) : null;
  const writeTableRow = (cells: readonly Cell[]): void => {
    startRow(linesOf ? linesOf(cells) : 1);
    for (let i = 0; i < width; i++) {
      const value = cells[i];
      if (value === null || value === undefined || value === "") continue;
      if (typeof value === "number") {
        if (!Number.isFinite(value)) continue; // never NaN or Infinity
        if (isDate[i]) {
          const serial = value + offset;
          if (serial >= 1) writeCell(i, numberOpen[i], numberBare[i], serial);
          continue;
        }
        writeCell(i, numberOpen[i], numberBare[i], value);
      } else if (typeof value === "string") {
        const s = i === fillColumn ? (fillXf.get(value) ?? colXf[i]) : colXf[i];
        if (sharedColumn[i]) {
          const k = shared!.index(value);
          if (k >= 0) {
            writeCell(i, fragments.sharedText(s), bare.sharedText(s), k);
            continue;
          }
        }
        writeText(i, s, value);
      } else if (typeof value === "boolean") {
        writeCell(i, fragments.boolean(colXf[i]), bare.boolean(colXf[i]), value ? 1 : 0);
      } else if (value instanceof Date) {
        const ms = value.getTime();
        if (Number.isNaN(ms)) continue;
        const serial = ms / MS_PER_DAY + offset;
        if (serial < 1) continue;
        const ds = isDate[i] ? colXf[i] : dateXf;
        writeCell(i, fragments.number(ds), bare.number(ds), serial);
      } else writeText(i, colXf[i], String(value));
    }
    bytes.frag(rowClose);
  };

  /** A cell's start: `<c r="{column}{row}` + `open`, or `bareOpen` alone right after the previous cell. */
  const cellStart = (i: number, open: Fragment, bareOpen: Fragment): void => {
    if (i === nextColumn) bytes.frag(bareOpen);
    else
      bytes.cellStart(
        cellOpen[i] ?? Fragment.of(`<c r="${columnLetters(i)}`),
        rowDigits,
        rowDigitCount,
        open,
      );
    nextColumn = i + 1;
  };
  /** <c r="{column}{row}" s="…"><v>{value}</v></c> (or <c s="…">…) from fragments. */
  const writeCell = (i: number, open: Fragment, bareOpen: Fragment, value: number): void => {
    cellStart(i, open, bareOpen);
    bytes.number(value);
    bytes.frag(VALUE_CLOSE);
  };
  // The hidden run state's text is JSON (changes/statePacked.ts): its quotes stay quotes in element
  // content (a sixth of its bytes as &quot;); the visible tabs' bytes are as they were.
  const rawQuotes = table.hidden === true;
  /** An inline string cell, cut at Excel's limit with the engine's marker (limits.ts). */
  const writeText = (i: number, s: number, value: string): void => {
    const text = value.length > CELL_MAX_CHARS ? fitCellText(value, o.lang) : value;
    if (text !== value) result.cutCells++;
    const preserve = isSpace(text.charCodeAt(0)) || isSpace(text.charCodeAt(text.length - 1));
    cellStart(i, fragments.text(s, preserve), bare.text(s, preserve));
    if (rawQuotes) bytes.content(text);
    else bytes.text(text);
    bytes.frag(TEXT_CLOSE);
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
      if (layout) writeRow(read(i), rowIndex++, lookRow(looks, i));
      else writeTableRow(read(i));
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
  // A wide table tab prints over two or three pages side by side, its key columns on each; a tab
  // with a print area (the schedule's call sheet) prints only those columns.
  const printed = isTable && table.printColumns ? Math.min(width, table.printColumns) : 0;
  if (printed > 0) result.printArea = `$A:$${letters[printed - 1]}`;
  if (!isTable && table.printRows)
    result.printArea = `$A$1:$${lastCol}$${Math.min(table.printRows, lastRow)}`;
  const keys = keyColumns(table.columns.map((c) => c.key));
  const pages = isTable ? pagesWide(printed > 0 ? widthOf.slice(0, printed) : widthOf, keys) : 1;
  if (pages > 1) result.printColumns = `$${letters[keys[0]]}:$${letters[keys[1]]}`;
  if (isTable) out += TABLE_PRINT_OPTIONS;
  out +=
    '<pageMargins left="0.5" right="0.5" top="0.6" bottom="0.6" header="0.3" footer="0.3"/>' +
    `<pageSetup paperSize="9" orientation="landscape" fitToWidth="${pages}" fitToHeight="0"/>` +
    // Each printed page says which tab it is and its number (&A tab, &P page, &N pages).
    "<headerFooter><oddFooter>&amp;L&amp;A&amp;R&amp;P / &amp;N</oddFooter></headerFooter>";
  // A layout's page breaks (the Overview's, between blocks): brk id is the last row of a page.
  const breaks = isTable ? [] : (table.pageBreaks ?? []).filter((b) => b > 0 && b < lastRow);
  if (breaks.length > 0)
    out += `<rowBreaks count="${breaks.length}" manualBreakCount="${breaks.length}">${breaks.map((b) => `<brk id="${b}" max="16383" man="1"/>`).join("")}</rowBreaks>`;
  if (o.drawingRelId) out += `<drawing r:id="${o.drawingRelId}"/>`;
  if (isTable && o.tableRelId)
    out += `<tableParts count="1"><tablePart r:id="${o.tableRelId}"/></tableParts>`;
  out += "</worksheet>";
  bytes.utf8(out);
  yield bytes.take(true);
}

/**
 * Which columns' texts repeat enough to share (SharedStringTable): in the sample rows, at least 20
 * texts, at most 200 distinct ones, each distinct text four times on average.
 *
 * @example repetitive([["a", "x1"], ["a", "x2"]], 2) // [false, false] (too few rows)
 */
export function repetitive(sample: readonly (readonly Cell[])[], width: number): boolean[] {
  const out: boolean[] = [];
  for (let i = 0; i < width; i++) {
    const seen = new Set<string>();
    let texts = 0;
    for (const row of sample) {
      const v = row[i];
      if (typeof v !== "string" || v === "") continue;
      texts++;
      seen.add(v);
      if (seen.size > 200) break;
    }
    out.push(texts >= 20 && seen.size <= 200 && seen.size * 4 <= texts);
  }
  return out;
}
