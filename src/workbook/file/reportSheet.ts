import { columnLetters } from "../../engine/a1";
import type { Cell } from "../../engine/cells";
import * as dates from "../../engine/parse/date";
import * as limits from "../../engine/report/limits";
import { headingIndent } from "../../engine/report/layoutPages";
import { lookRow, rowReader, type ReportTable, type RowLooks } from "../../engine/report/table";
import { layoutHeading } from "../../engine/report/textMeasure";
import { NUMBER_FORMATS, numberFormat } from "../numberFormats";
import { isLockedCell, sheetProtectionXml } from "../protection";
import * as cellFragments from "./cellFragments";
import { fitSample, fitWidths, headerIndent, layoutWidth } from "./columnWidths";
import type { FittedAhead } from "./fitAside";
import {
  layoutCellStyle,
  tableHeaderAlignment,
  layoutStyles,
  lookFormat,
  noteEnd,
  tableAlignment,
} from "./layoutLook";
import { keyColumns, pagesWide, TABLE_PRINT_OPTIONS } from "./printSetup";
import { besidePrint, type BesidePrint } from "../../engine/report/printBeside";
import {
  headerRowHeight,
  heightOfRow,
  layoutTexts,
  rowLines,
  TableRowLines,
  type ParagraphsAhead,
  TABLE_ROW_HEIGHT,
  TITLE_HEIGHT,
} from "./rowHeights";
import type { SharedStringTable } from "./sharedStrings";
import type { StyleBook, XfSpec } from "./styleBook";
import { Fragment, XmlBytes } from "./xmlBytes";
import { crc32Combine } from "./crc32Combine";
import type { DeflatedRun } from "./zipWriter";
import type { WrittenRaw } from "../../engine/followUp/writtenCells";
import { escapeXml } from "./xmlText";

// Imported bindings taken once: read per cell as CommonJS (tsx, jest), each is a getter call.
const { CellFragments, isSpace, TEXT_CLOSE, VALUE_CLOSE } = cellFragments;
const { CELL_MAX_CHARS, fitCellText } = limits;
const { excelSerial, MS_PER_DAY } = dates;

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
  /** The tab the workbook opens on (openOn.ts): its view marked selected, as Excel marks it. */
  selected?: boolean;
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
  /**
   * The tab's sample taken ahead (fitAside.ts tabSample) and its widths fitted on another thread,
   * when back by the time the tab starts; else fitted here from that sample. Not with `earlier`.
   */
  fitted?: FittedAhead;
  /**
   * Rows written and deflated on another thread (RowsAhead): each run is written as it is in place
   * of its rows when the table says those hold only that column's text (ReportTable.soleColumn)
   * and the column's format is the one they were written with; else the rows are written here.
   */
  ahead?: RowsAhead;
  /**
   * The rows before those (ReportTable.soleColumn.beside: the run state's schedule hashes beside
   * its packed cells) and the beside column's cells, made on another thread (BesideAhead): used
   * as `ahead` is, when both columns' formats are those they were written with.
   */
  besideAhead?: BesideAhead;
}

/**
 * A hidden table tab's rows that hold only one column's text, written and deflated ahead on
 * another thread (the run state's packed cells: jsonWorker.ts) by soleColumnRowsXml: table rows
 * `from` to `to` (0-based, exclusive) in each run, the runs in order, none overlapping.
 */
export interface RowsAhead {
  column: number;
  /** The column's cell format they were written with. */
  xf: number;
  runs: Array<DeflatedRun & { from: number; to: number }>;
}

/**
 * A hidden table tab's rows that hold its sole column's text and one column beside it
 * (ReportTable.soleColumn.beside), written and deflated on another thread with the beside
 * column's cells, which that thread made (writtenCells): `cells` are given to the table
 * (beside.use) before the tab is written.
 */
export interface BesideAhead {
  cells: string[];
  rows: RowsAhead & { besideColumn: number; besideXf: number };
}

/**
 * Asks another thread for a hidden tab's rows with its sole column and the column beside it
 * (BesideAhead), written with formats `xf` and `beside.xf`: asked when the tab's formats are known
 * (the thread then waits for it), `give` sends what the beside column's cells are made of once the
 * tab `beside.after` is written, `get` returns them once back (or a promise of them while that
 * thread makes them), else null.
 */
export type BesideAside = (job: {
  column: number;
  xf: number;
  beside: { column: number; xf: number };
  lang: "zh-CN" | "en-US";
}) => { give(raw: WrittenRaw): void; get(): BesideAhead | null | Promise<BesideAhead | null> };

/**
 * Asks another thread for a hidden tab's sole-column rows (RowsAhead) written with format `xf`:
 * a getter of them, a promise of them while that thread writes them, null when they are not
 * coming (not started there, or none).
 */
export type RowsAside = (job: {
  column: number;
  xf: number;
  lang: "zh-CN" | "en-US";
}) => () => RowsAhead | null | Promise<RowsAhead | null>;

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
  /** A layout's row printed at the top of each page after its own (ReportTable.printTitleRow), e.g. "$31:$31". */
  printTitleRows?: string;
  /** A layout's list under an autoFilter (ReportTable.listRow), e.g. "$A$73:$O$1100". */
  filterRef?: string;
}

/** Writes the worksheet XML of a tab in pieces. */
export async function* reportSheetXml(
  o: SheetOptions,
  result: SheetResult,
): AsyncGenerator<Buffer | DeflatedRun> {
  const { table, styles } = o;
  const isTable = table.style === "table";
  const locked = !o.protect ? false : isLockedCell(table.style);
  const width = table.columns.length;
  const letters = Array.from({ length: Math.max(width, 1) + 16 }, (_, i) => columnLetters(i));
  const date1904 = o.date1904;

  // Styles per column; wrap decided from a sample of the rows (first 2,000, and the rows holding
  // what a user typed: fitSample). Nobody looks at a hidden tab (the run state, whose rows are
  // blocks of 32,000 characters): its header decides.
  const sampleCount = table.hidden ? 0 : Math.min(table.rowCount, 2000);
  const earlierSample = o.earlier.slice(-1000);
  const earlierCount = earlierSample.length;
  const ahead = earlierCount === 0 && !table.hidden ? o.fitted : undefined;
  const sample = table.hidden
    ? earlierSample
    : (ahead?.sample ?? earlierSample.concat(fitSample(table, sampleCount)));
  const looks = isTable ? undefined : table.looks;
  const sampleLooks = sample.map((_, k) => lookRow(looks, k - earlierCount));
  const widths = ahead?.widths() ?? fitWidths(table, sample, o.headers, sampleLooks);
  // A layout printed side by side at one scale, at the widths it assumes (ReportTable.sideBySide:
  // the Changes tab; the engine fits them as fitWidths does, from the same rows).
  const printWidths = isTable ? undefined : table.sideBySide?.widths;
  const widthOf = widths.map((w, i) => printWidths?.[i] ?? w.width);
  // The page beside the call sheet (ReportTable.printBeside: the schedule's status and note): at
  // the call sheet's scale, a manual break after it, the key columns repeated on it.
  const beside = besideOf(table, widthOf);
  // Each column's format in a row of one line and in a taller row (layoutLook.ts tableVertical:
  // centred, or every cell at the top of a wrapped row).
  const colXf: number[] = [];
  const colXfTall: number[] = [];
  const dateXf = styles.xf({
    numFmt: NUMBER_FORMATS.date,
    locked,
    ...tableAlignment("date", false),
  });
  const dateXfTall = styles.xf({
    numFmt: NUMBER_FORMATS.date,
    locked,
    ...tableAlignment("date", false, 2),
  });
  const wrapped = widths.map((w) => w.wrap);
  table.columns.forEach((_, i) => {
    colXf.push(styles.xf(columnSpec(table, i, wrapped[i], locked)));
    colXfTall.push(styles.xf(columnSpec(table, i, wrapped[i], locked, 2)));
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
  const fillXfTall = new Map<string, number>();
  if (highlight) {
    for (const [text, colour] of Object.entries(highlight.fills)) {
      const f = table.columns[highlight.column]?.format;
      const base: XfSpec = { locked, fill: colour };
      if (isTable && f) base.numFmt = numberFormat(f, table.currency);
      fillXf.set(text, styles.xf({ ...base, ...tableAlignment(f ?? "text", true) }));
      fillXfTall.set(text, styles.xf({ ...base, ...tableAlignment(f ?? "text", true, 2) }));
    }
  }
  // Layout (Overview, Changes, …): title, block titles, headings aligned like their column,
  // numbers in the format of their look (or by kind), notes wrapped over the rest of the row.
  const layout = isTable ? null : layoutStyles(styles, locked, table.currency);
  const sheetLayout = layout;
  // A layout's list (ReportTable.listRow: the Changes tab's customers) is sorted and filtered as a
  // table is: its cells unlocked, the blank ones by their row's format (the merged notes' cells).
  const listFrom =
    !isTable && table.listRow !== undefined && table.listRow >= 0 && (table.part ?? 1) === 1
      ? o.earlier.length + table.listRow
      : -1;
  const listLayout = listFrom >= 0 && locked ? layoutStyles(styles, false, table.currency) : layout;
  const listBlankXf = listFrom >= 0 && locked ? styles.xf({ locked: false }) : -1;
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
    // Fit to pages wide, but on a tab printing a page beside (a fixed scale: Fit To ignores breaks).
    (beside ? "" : '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>') +
    `<dimension ref="${result.ref}"/>` +
    `<sheetViews><sheetView${o.selected ? ' tabSelected="1"' : ""} workbookViewId="0">` +
    (isTable
      ? '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A2" sqref="A2"/>'
      : "") +
    "</sheetView></sheetViews>" +
    // A table tab's one-line rows are TABLE_ROW_HEIGHT tall (rowHeights.ts), written once here.
    (isTable
      ? `<sheetFormatPr defaultRowHeight="${TABLE_ROW_HEIGHT}" customHeight="1"/>`
      : '<sheetFormatPr defaultRowHeight="15"/>') +
    "<cols>";
  widthOf.forEach((w, i) => {
    out += `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1" style="${colXf[i] ?? 0}"/>`;
  });
  if (widths.length === 0) out += '<col min="1" max="1" width="12" customWidth="1"/>';
  out += "</cols><sheetData>";

  if (isTable) {
    const indents = table.columns.map((_, i) => headerIndent(table, i));
    out += `<row r="1" ht="${headerRowHeight(o.headers, widthOf, indents)}" customHeight="1">`;
    o.headers.forEach((h, i) => {
      out += `<c r="${letters[i]}1" s="${headerXf[i]}" t="inlineStr"><is><t>${escapeXml(h)}</t></is></c>`;
    });
    out += "</row>";
  }
  const bytes = new XmlBytes(PIECE + (64 << 10), o.pieceBuffer);
  bytes.utf8(out);
  const c = new SheetCells(bytes, letters, isTable, table.hidden === true, o.lang, result);
  if (isTable) c.r = 1;

  // A layout's notes in a breakLines column (the Changes list's reasons) are written broken where
  // they wrap at their span (rowHeights.ts layoutTexts), and counted as written.
  const noteBreaks = isTable ? [] : table.columns.map((col) => col.breakLines === true);
  const breaksNotes = noteBreaks.includes(true);
  const height = { points: 0 };
  const writeRow = (
    row: readonly Cell[],
    rowIndex: number,
    looks?: RowLooks,
    nextLooks?: RowLooks,
  ): void => {
    const cells = breaksNotes ? layoutTexts(row, looks, noteBreaks, widthOf, layoutLast) : row;
    const lines = rowLines(cells, looks, wrappedColumns, widthOf, layoutLast, isTable, height);
    const inList = listFrom >= 0 && rowIndex >= listFrom;
    const layout = inList ? listLayout : sheetLayout;
    c.startRow(lines, layout !== null && rowIndex === 0, inList ? listBlankXf : -1, height.points);
    const n = isTable ? width : cells.length;
    const { fragments, bare } = c;
    let lastFilled = -1;
    let lastStyle = 0;
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
        lastFilled = i;
        lastStyle = s;
        if (look === "note" && typeof value === "string" && merges.length < MAX_MERGES) {
          const end = noteEnd(cells, i, layoutLast);
          if (end > i)
            merges.push(`${letters[i] ?? columnLetters(i)}${c.r}:${columnLetters(end)}${c.r}`);
        }
      } else {
        const tall = lines > 1;
        s = (tall ? colXfTall : colXf)[i];
        if (highlight && highlight.column === i && typeof value === "string")
          s = (tall ? fillXfTall : fillXf).get(value) ?? s;
      }
      const format = isTable ? table.columns[i].format : lookFormat(look);
      if (typeof value === "number") {
        if (!Number.isFinite(value)) continue; // never NaN or Infinity
        if (format === "date" || format === "datetime") {
          const serial = excelSerial(value, date1904);
          if (serial >= 1) c.writeCell(i, fragments.number(s), bare.number(s), serial);
          continue;
        }
        c.writeCell(i, fragments.number(s), bare.number(s), value);
      } else if (typeof value === "boolean") {
        c.writeCell(i, fragments.boolean(s), bare.boolean(s), value ? 1 : 0);
      } else if (value instanceof Date) {
        const ms = value.getTime();
        if (Number.isNaN(ms)) continue;
        const serial = excelSerial(ms / MS_PER_DAY, date1904);
        if (serial < 1) continue;
        const ds = layout
          ? format === "datetime"
            ? s
            : layout.date
          : format === "date" || format === "datetime"
            ? s
            : lines > 1
              ? dateXfTall
              : dateXf;
        c.writeCell(i, fragments.number(ds), bare.number(ds), serial);
      } else {
        let text = typeof value === "string" ? value : String(value);
        // A heading broken between words in its column (layoutHeading: not 流动收入占比（/%）);
        // a data label never (ReportTable.labels: its column was widened to break it well).
        if (
          layout &&
          look !== null &&
          look !== "note" &&
          look !== "warning" &&
          !table.labels?.has(text)
        )
          text = layoutHeading(text, widthOf[i] ?? 8, headingIndent(cells, looks, i));
        // The Overview gives its dates as ISO text: shown as dates (only real ones, round-tripped).
        if (layout && table.tab === "overview" && /^\d{4}-\d{2}-\d{2}$/.test(text)) {
          const ms = Date.parse(`${text}T00:00:00Z`);
          if (!Number.isNaN(ms) && new Date(ms).toISOString().slice(0, 10) === text) {
            const d = layout.date;
            c.writeCell(
              i,
              fragments.number(d),
              bare.number(d),
              excelSerial(ms / MS_PER_DAY, date1904),
            );
            continue;
          }
        }
        c.writeText(i, s, text);
      }
    }
    // A heading over a column of notes (the Changes list's 变化说明, the Overview's 说明): its
    // fill spans the columns the notes under it are merged over, not its own column alone.
    if (
      layout &&
      lastFilled >= 0 &&
      looks?.[lastFilled] === "heading" &&
      nextLooks?.[lastFilled] === "note"
    )
      for (let k = lastFilled + 1; k <= layoutLast; k++) c.writeBlank(k, lastStyle);
    bytes.frag(ROW_CLOSE);
    if (layout) afterBlank = cells.every((v) => v === null || v === undefined || v === "");
  };
  let afterBlank = false;

  let rowIndex = 0;
  for (const cells of o.earlier) {
    if (c.r >= MAX_ROWS) break;
    writeRow(cells, rowIndex++);
    if (bytes.pos >= PIECE) yield bytes.take();
  }
  // Row by row through one reused array where the table fills rows (ReportTable.fillRow): no
  // array per row or per block; the writers never keep it.
  const read = rowReader(table, o.blockRows);
  // Table tabs (all rows but the layouts'): the rows are written by TableRows' methods, a piece at
  // a time, with what depends only on the column looked up once per sheet (see TableRows).
  const rows = layout
    ? null
    : new TableRows(
        c,
        table,
        [colXf, colXfTall],
        [fillXf, fillXfTall],
        [dateXf, dateXfTall],
        date1904,
        o.shared,
        sample,
        widthOf,
        wrappedColumns,
        beside ? beside.columns : table.printColumns ? table.printColumns : width,
        ahead?.paragraphs?.() ?? [],
      );
  const runs = aheadRuns(o, table, colXf);
  let run = 0;
  for (let start = 0; start < table.rowCount && c.r < MAX_ROWS; start += o.blockRows) {
    const end = Math.min(table.rowCount, start + o.blockRows, start + (MAX_ROWS - c.r));
    if (rows) {
      for (let i = start; i < end;) {
        while (run < runs.length && runs[run].from < i) run++;
        const next = run < runs.length && runs[run].to <= end ? runs[run] : undefined;
        if (next && next.from === i) {
          // Its rows as written ahead: the XML so far goes first, as a piece of its own.
          if (bytes.pos > 0) yield bytes.take();
          yield next;
          c.r += next.to - next.from;
          i = next.to;
          run++;
          continue;
        }
        i = rows.write(read, i, next ? next.from : end);
        if (bytes.pos >= PIECE) yield bytes.take();
      }
    } else {
      for (let i = start; i < end; i++) {
        writeRow(
          read(i),
          rowIndex++,
          lookRow(looks, i),
          i + 1 < table.rowCount ? lookRow(looks, i + 1) : undefined,
        );
        if (bytes.pos >= PIECE) yield bytes.take();
      }
    }
    o.onProgress?.(table.tab, end);
  }
  if (isTable && c.r === 1) c.r = 2; // an empty table still covers one data row
  result.rows = c.r - (isTable ? 1 : 0);

  out = "</sheetData>";
  if (o.protect) out += sheetProtectionXml();
  const listRowNumber = listFrom + 1;
  if (listFrom >= 0 && listRowNumber <= lastRow) {
    result.filterRef = `$A$${listRowNumber}:$${lastCol}$${lastRow}`;
    // No button over the columns past the list's own (ReportTable.listColumns: the notes' merge).
    const own = table.listColumns ?? Infinity;
    let hidden = "";
    for (let k = own; k <= layoutLast; k++)
      hidden += `<filterColumn colId="${k}" hiddenButton="1"/>`;
    out += hidden
      ? `<autoFilter ref="A${listRowNumber}:${lastCol}${lastRow}">${hidden}</autoFilter>`
      : `<autoFilter ref="A${listRowNumber}:${lastCol}${lastRow}"/>`;
  }
  if (merges.length > 0)
    out += `<mergeCells count="${merges.length}">${merges.map((m) => `<mergeCell ref="${m}"/>`).join("")}</mergeCells>`;
  // A wide table tab prints over two or three pages side by side, its key columns on each; a tab
  // with a print area (the schedule's call sheet) prints only those columns.
  const printed = isTable && table.printColumns ? Math.min(width, table.printColumns) : 0;
  // Bounded to the rows written ($A$1:$N$845, not $A:$N): openpyxl drops a whole-column print area
  // (and warns on each load), so a report saved through it would lose it; Excel reads both.
  if (printed > 0) result.printArea = `$A$1:$${letters[printed - 1]}$${lastRow}`;
  if (!isTable && table.printRows)
    result.printArea = `$A$1:$${lastCol}$${Math.min(table.printRows, lastRow)}`;
  // A layout's heading row repeated on each page (the Changes tab's list): on the tab's first part
  // only, whose rows the engine numbered.
  const titleRow = table.printTitleRow;
  if (!isTable && titleRow !== undefined && (table.part ?? 1) === 1) {
    const r = o.earlier.length + titleRow + 1;
    if (titleRow >= 0 && r <= lastRow) result.printTitleRows = `$${r}:$${r}`;
  }
  const keys = table.sideBySide?.titleColumns ?? keyColumns(table.columns.map((c) => c.key));
  if (beside) result.printArea = `$A$1:$${letters[beside.columns - 1]}$${lastRow}`;
  const pages = beside
    ? 2
    : isTable
      ? pagesWide(printed > 0 ? widthOf.slice(0, printed) : widthOf, keys)
      : 1;
  if (pages > 1) result.printColumns = `$${letters[keys[0]]}:$${letters[keys[1]]}`;
  if (isTable) out += TABLE_PRINT_OPTIONS;
  out +=
    '<pageMargins left="0.5" right="0.5" top="0.6" bottom="0.6" header="0.3" footer="0.3"/>' +
    // A tab two or more pages wide prints across before down, so a row's two halves are
    // neighbouring pages (Excel's default is down then across: the 20k segments tab printed ~556
    // pages of left halves before the first right half, stop 28 tester #1).
    `<pageSetup paperSize="9" orientation="landscape"${pages > 1 ? ' pageOrder="overThenDown"' : ""}${beside ? ` scale="${beside.scale}"` : ` fitToWidth="${pages}" fitToHeight="0"`}/>` +
    // Each printed page says which tab it is and its number (&A tab, &P page, &N pages).
    "<headerFooter><oddFooter>&amp;L&amp;A&amp;R&amp;P / &amp;N</oddFooter></headerFooter>";
  // A layout's page breaks (the Overview's, between blocks): brk id is the last row of a page.
  const breaks = isTable ? [] : (table.pageBreaks ?? []).filter((b) => b > 0 && b < lastRow);
  if (breaks.length > 0)
    out += `<rowBreaks count="${breaks.length}" manualBreakCount="${breaks.length}">${breaks.map((b) => `<brk id="${b}" max="16383" man="1"/>`).join("")}</rowBreaks>`;
  // The break left of the page beside (brk id: the first column of the new page, 0-based).
  if (beside)
    out += `<colBreaks count="1" manualBreakCount="1"><brk id="${beside.breakAt}" max="1048575" man="1"/></colBreaks>`;
  if (o.drawingRelId) out += `<drawing r:id="${o.drawingRelId}"/>`;
  if (isTable && o.tableRelId)
    out += `<tableParts count="1"><tablePart r:id="${o.tableRelId}"/></tableParts>`;
  out += "</worksheet>";
  bytes.utf8(out);
  yield bytes.take(true);
}

/**
 * A table tab's column `i`'s cell format: its number format by type, wrapped or not, aligned by
 * type (`lines` > 1: a taller row's, layoutLook.ts tableAlignment). One owner for the tab's writer
 * and for soleColumnXf.
 */
function columnSpec(
  table: ReportTable,
  i: number,
  wrap: boolean,
  locked: boolean,
  lines?: number,
): XfSpec {
  const c = table.columns[i];
  const isTable = table.style === "table";
  const spec: XfSpec = { locked };
  if (isTable && c.format !== "text") spec.numFmt = numberFormat(c.format, table.currency);
  if (isTable && c.format === "text") spec.numFmt = NUMBER_FORMATS.text;
  if (wrap) spec.wrap = true;
  return { ...spec, ...tableAlignment(c.format, table.highlight?.column === i, lines) };
}

/**
 * The format index reportSheetXml gives the cells of a hidden table tab's column `column` (its
 * sole column, ReportTable.soleColumn, or the one beside it) in its one-line rows, when `styles`
 * holds it already (a tab written before uses it), else undefined: rows written ahead with it are
 * then the same bytes as those written here, and asking for it adds no format out of turn.
 */
export function soleColumnXf(
  table: ReportTable,
  headers: string[],
  protect: boolean,
  styles: StyleBook,
  column = table.soleColumn?.column,
): number | undefined {
  if (column === undefined || !table.hidden || table.style !== "table") return undefined;
  if (column < 0 || column >= table.columns.length) return undefined;
  const locked = !protect ? false : isLockedCell(table.style);
  // A hidden tab's widths: from its header alone (reportSheetXml: no sample).
  const wrap = fitWidths(table, [], headers, [])[column]?.wrap ?? false;
  return styles.known(columnSpec(table, column, wrap, locked));
}

/** A column of rows written ahead (aheadRowsXml): its format and each row's text. */
export interface AheadColumn {
  column: number;
  xf: number;
  text(row: number): string | null;
}

/**
 * Table rows `from` to `to` (0-based) of a tab whose only filled cells in them are `columns`'
 * texts (in column order: ReportTable.soleColumn and its beside), as reportSheetXml writes them
 * in a hidden tab's one-line rows: written and deflated ahead on another thread (jsonWorker.ts),
 * the same bytes (test/workbook/file/rowsAhead.test.ts).
 */
export function aheadRowsXml(
  columns: readonly AheadColumn[],
  from: number,
  to: number,
  lang: "zh-CN" | "en-US",
): Buffer {
  const last = columns.reduce((m, c) => Math.max(m, c.column), 0);
  const letters = Array.from({ length: last + 1 }, (_, i) => columnLetters(i));
  const bytes = new XmlBytes(1 << 19);
  const result: SheetResult = { rows: 0, cutCells: 0, rowsLeftOut: 0, ref: "A1" };
  // A hidden tab's text keeps its quotes (SheetCells rawQuotes); its row k is sheet row k + 2.
  const c = new SheetCells(bytes, letters, true, true, lang, result);
  c.r = from + 1;
  for (let k = from; k < to; k++) {
    c.startRow(1, false, -1, 0);
    for (const col of columns) {
      const value = col.text(k);
      if (value !== null && value !== "") c.writeText(col.column, col.xf, value);
    }
    bytes.frag(ROW_CLOSE);
  }
  return Buffer.from(bytes.take(true));
}

/**
 * The runs of o.besideAhead and o.ahead that reportSheetXml may write in place of their rows, in
 * order; the beside column's cells given to the table first (they are in the rows it writes).
 */
function aheadRuns(o: SheetOptions, table: ReportTable, colXf: number[]): RowsAhead["runs"] {
  const sole = table.soleColumn;
  if (!sole || !table.hidden || table.style !== "table" || o.earlier.length > 0) return [];
  const usable = (r: { from: number; to: number }, from: number) =>
    r.from >= from && r.to <= table.rowCount && r.from < r.to;
  const runs: RowsAhead["runs"] = [];
  const b = o.besideAhead;
  const beside = sole.beside;
  if (
    b &&
    beside &&
    b.rows.column === sole.column &&
    b.rows.xf === colXf[sole.column] &&
    b.rows.besideColumn === beside.column &&
    b.rows.besideXf === colXf[beside.column]
  ) {
    const from = beside.from();
    if (Number.isFinite(from)) {
      beside.use(b.cells);
      for (const r of b.rows.runs) if (usable(r, from)) runs.push(r);
    }
  }
  const ahead = o.ahead;
  if (ahead && sole.column === ahead.column && colXf[sole.column] === ahead.xf) {
    const from = Math.max(sole.from(), runs.length > 0 ? runs[runs.length - 1].to : 0);
    for (const r of ahead.runs) if (usable(r, from)) runs.push(r);
  }
  // Runs one after the other, their bytes too (one buffer from the thread), go as one: one file
  // write instead of one each.
  const joined: RowsAhead["runs"] = [];
  for (const r of runs) {
    const last = joined[joined.length - 1];
    const bytes = last?.deflated;
    if (
      last &&
      last.to === r.from &&
      bytes!.buffer === r.deflated.buffer &&
      bytes!.byteOffset + bytes!.byteLength === r.deflated.byteOffset
    ) {
      joined[joined.length - 1] = {
        from: last.from,
        to: r.to,
        deflated: new Uint8Array(
          bytes!.buffer,
          bytes!.byteOffset,
          bytes!.byteLength + r.deflated.byteLength,
        ),
        crc: crc32Combine(last.crc, r.crc, r.size),
        size: last.size + r.size,
      };
    } else joined.push(r);
  }
  return joined;
}

// A row's markup around its number and height.
const ROW_OPEN = Fragment.of('<row r="');
const ROW_OPEN_END = Fragment.of('">');
const HEIGHT_OPEN = Fragment.of('" ht="');
const HEIGHT_CLOSE = Fragment.of('" customHeight="1');
const ROW_CLOSE = Fragment.of("</row>");
const STYLE_OPEN = Fragment.of('" s="');
const STYLE_CLOSE = Fragment.of('" customFormat="1');

/**
 * The rows and cells of one sheet as bytes: the row being written (its number's digits, copied
 * into each cell's reference), the cell fragments by style, the text cells cut at Excel's limit.
 * Methods of one class shared by every sheet, not closures made per sheet: V8 then compiles them
 * once for the whole workbook (per-sheet closures were new call targets at each sheet, their
 * callers deoptimised and compiled again: V8's reported compile times for a 100,000-customer write
 * fell 2058/1861/1354 -> 1192/617/788 ms in 3 pairs at load ~17, --trace-opt; the same bytes. A
 * CPU A/B of the whole write was within noise then).
 */
class SheetCells {
  /** The last row written (1-based; 0 before the first). */
  r = 0;
  /** The column a cell must be in to go without a reference (-1 at a row's start: none). */
  private nextColumn = -1;
  // The row number's digits, written once per row and copied into each cell's reference.
  private readonly rowDigits = new Uint8Array(16);
  private rowDigitCount = 0;
  /** The row whose number `rowDigits` holds (0: none yet). */
  private digitsRow = 0;
  /** `<c r="{column}` per column. */
  private readonly cellOpen: Fragment[];
  // Preformatted fragments: each cell is written as bytes from these, its row number and value.
  readonly fragments = new CellFragments();
  // A cell right after the row's previous one is written without its reference (`<c s="3">`: the
  // column after the previous cell's, ECMA-376 §18.3.1.4, where r is optional); the first cell of
  // each row and any cell after a gap keep theirs, which the readers that need an anchor use
  // (exceljs). A fifth of a table tab's bytes, a third of the deflating (measured at 100,000 rows).
  readonly bare = new CellFragments("<c");

  /**
   * `rawQuotes`: the hidden run state's text is JSON (changes/statePacked.ts): its quotes stay
   * quotes in element content (a sixth of its bytes as &quot;); the visible tabs' bytes are as
   * they were.
   */
  constructor(
    readonly bytes: XmlBytes,
    letters: readonly string[],
    private readonly isTable: boolean,
    private readonly rawQuotes: boolean,
    private readonly lang: "zh-CN" | "en-US",
    private readonly result: SheetResult,
  ) {
    this.cellOpen = letters.map((l) => Fragment.of(`<c r="${l}`));
  }

  /**
   * Opens the next row; `lines` > 1 (wrapped text: `points`, its tallest text's height, sets the
   * row's: rowHeights.ts textHeight) or the title's height sets its height; `style` (>= 0) is the
   * format of the row's blank cells.
   */
  startRow(lines: number, title: boolean, style = -1, points = 0): void {
    const r = ++this.r;
    const rowDigits = this.rowDigits;
    let k = this.rowDigitCount;
    if (r === this.digitsRow + 1 && k > 0) {
      // The next row (nearly always): the last row's digits counted up by one, in place.
      let d = k - 1;
      while (d >= 0 && rowDigits[d] === 57) rowDigits[d--] = 48;
      if (d >= 0) rowDigits[d]++;
      else {
        // 9…9 + 1: a digit more (the rest are zeros already).
        rowDigits[0] = 49;
        rowDigits[k++] = 48;
      }
    } else {
      let n = r;
      k = 0;
      do {
        rowDigits[15 - k++] = 48 + (n % 10);
        n = Math.floor(n / 10);
      } while (n > 0);
      rowDigits.copyWithin(0, 16 - k, 16);
    }
    this.digitsRow = r;
    this.rowDigitCount = k;
    this.nextColumn = -1;
    const bytes = this.bytes;
    bytes.frag(ROW_OPEN);
    bytes.prefix(rowDigits, k);
    if (style >= 0) {
      bytes.frag(STYLE_OPEN);
      bytes.int(style);
      bytes.frag(STYLE_CLOSE);
    }
    if (title || lines > 1) {
      bytes.frag(HEIGHT_OPEN);
      bytes.int(title ? TITLE_HEIGHT : heightOfRow(points, this.isTable));
      bytes.frag(HEIGHT_CLOSE);
    }
    bytes.frag(ROW_OPEN_END);
  }

  /** A cell's start: `<c r="{column}{row}` + `open`, or `bareOpen` alone right after the previous cell. */
  cellStart(i: number, open: Fragment, bareOpen: Fragment): void {
    if (i === this.nextColumn) this.bytes.frag(bareOpen);
    else
      this.bytes.cellStart(
        this.cellOpen[i] ?? Fragment.of(`<c r="${columnLetters(i)}`),
        this.rowDigits,
        this.rowDigitCount,
        open,
      );
    this.nextColumn = i + 1;
  }

  /** <c r="{column}{row}" s="…"><v>{value}</v></c> (or <c s="…">…) from fragments. */
  writeCell(i: number, open: Fragment, bareOpen: Fragment, value: number): void {
    this.cellStart(i, open, bareOpen);
    this.bytes.number(value);
    this.bytes.frag(VALUE_CLOSE);
  }

  /** A blank cell with a format: <c r="{column}{row}" s="…"/>. */
  writeBlank(i: number, s: number): void {
    const bytes = this.bytes;
    bytes.cellStart(
      this.cellOpen[i] ?? Fragment.of(`<c r="${columnLetters(i)}`),
      this.rowDigits,
      this.rowDigitCount,
      Fragment.of(`" s="${s}"/>`),
    );
    this.nextColumn = -1;
  }

  /** An inline string cell, cut at Excel's limit with the engine's marker (limits.ts). */
  writeText(i: number, s: number, value: string): void {
    const text = value.length > CELL_MAX_CHARS ? fitCellText(value, this.lang) : value;
    if (text !== value) this.result.cutCells++;
    const preserve = isSpace(text.charCodeAt(0)) || isSpace(text.charCodeAt(text.length - 1));
    this.cellStart(i, this.fragments.text(s, preserve), this.bare.text(s, preserve));
    if (this.rawQuotes) this.bytes.content(text);
    else this.bytes.text(text);
    this.bytes.frag(TEXT_CLOSE);
  }
}

/**
 * A table tab's rows (all tabs but the layouts, whose rows the generator writes): the same bytes as
 * a layout row would be, with what depends only on the column (its style's fragments, whether it
 * holds dates, whether its texts are shared) looked up once per sheet. The row loop is here, a
 * piece at a time (`write`), not in the generator: V8 compiled the whole generator (~45 ms a
 * compile, twice) for its hot loop.
 */
class TableRows {
  private readonly width: number;
  /** Per column, its format's cell openings in a row of one line ([0]) and a taller one ([1]). */
  private readonly numberOpen: [Fragment[], Fragment[]];
  private readonly numberBare: [Fragment[], Fragment[]];
  private readonly isDate: boolean[];
  private readonly fillColumn: number;
  private readonly shared: SharedStringTable | null;
  private readonly sharedColumn: boolean[];
  /** The lines of a row's tallest wrapped cell (rowHeights.ts), or null: every row one line. */
  private readonly linesOf: TableRowLines | null;

  constructor(
    private readonly c: SheetCells,
    table: ReportTable,
    /** Each column's format in a row of one line and in a taller one (layoutLook.ts tableVertical). */
    private readonly colXf: [number[], number[]],
    private readonly fillXf: [Map<string, number>, Map<string, number>],
    private readonly dateXf: [number, number],
    /** The workbook's date system (excelSerial): 1904 or 1900. */
    private readonly date1904: boolean,
    shared: SharedStringTable | undefined,
    sample: readonly (readonly Cell[])[],
    widthOf: number[],
    wrappedColumns: number[],
    /** The columns that print, from A (the print area's, or through its page beside): sized. */
    sizedThrough: number,
    /** Paragraphs broken on another thread at these widths (fitAside.ts FittedAhead). */
    paragraphs: readonly ParagraphsAhead[],
  ) {
    this.width = table.columns.length;
    const open = (xfs: number[]) => xfs.map((s) => c.fragments.number(s));
    const bare = (xfs: number[]) => xfs.map((s) => c.bare.number(s));
    this.numberOpen = [open(colXf[0]), open(colXf[1])];
    this.numberBare = [bare(colXf[0]), bare(colXf[1])];
    this.isDate = table.columns.map((col) => col.format === "date" || col.format === "datetime");
    this.fillColumn = table.highlight ? table.highlight.column : -1;
    this.shared = shared ?? null;
    this.sharedColumn = shared ? repetitive(sample, this.width) : [];
    // Only tabs with a wrapped column (reasons, talking points) measure their rows' text; nobody
    // reads the hidden run state.
    // A tab with a print area (the schedule's call sheet) sizes its rows to the printed columns:
    // the screen's later columns show their first lines (the whole text is in the cell), and a
    // printed page holds rows, not blank space under one-line reasons. The page beside it
    // (printBeside: the schedule's status and note) prints those rows too: its columns count, or a
    // note of two lines (ours and a typed one) printed its first only (reviewer47 M1).
    const sized = wrappedColumns.filter((i) => i < sizedThrough);
    // Reasons and messages are written broken where they wrap (ReportColumn.breakLines).
    const breaks = table.columns.map((col) => col.breakLines === true);
    // A line a user typed is written as typed (ReportTable.typedLines: tester47 M1).
    this.linesOf =
      sized.length > 0 && !table.hidden
        ? new TableRowLines(sized, widthOf, breaks, table.typedLines ?? null, paragraphs)
        : null;
  }

  /**
   * Writes rows from `from` on, up to `end` or until the buffer holds a piece (PIECE bytes):
   * the index of the next row to write.
   */
  write(read: (index: number) => readonly Cell[], from: number, end: number): number {
    const bytes = this.c.bytes;
    let i = from;
    while (i < end) {
      this.row(read(i++));
      if (bytes.pos >= PIECE) break;
    }
    return i;
  }

  private row(cells: readonly Cell[]): void {
    const c = this.c;
    const { fragments, bare } = c;
    const { width, isDate, fillColumn, date1904 } = this;
    const linesOf = this.linesOf;
    const lines = linesOf !== null ? linesOf.of(cells) : 1;
    c.startRow(lines, false, -1, lines > 1 ? linesOf!.points : 0);
    // Every cell of a row of more than one line at the top (layoutLook.ts tableVertical).
    const k = lines > 1 ? 1 : 0;
    const colXf = this.colXf[k];
    const numberOpen = this.numberOpen[k];
    const numberBare = this.numberBare[k];
    for (let i = 0; i < width; i++) {
      const value = cells[i];
      if (value === null || value === undefined || value === "") continue;
      if (typeof value === "number") {
        if (!Number.isFinite(value)) continue; // never NaN or Infinity
        if (isDate[i]) {
          const serial = excelSerial(value, date1904);
          if (serial >= 1) c.writeCell(i, numberOpen[i], numberBare[i], serial);
          continue;
        }
        c.writeCell(i, numberOpen[i], numberBare[i], value);
      } else if (typeof value === "string") {
        const s = i === fillColumn ? (this.fillXf[k].get(value) ?? colXf[i]) : colXf[i];
        // As measured: broken where it wraps in a breakLines column (rowHeights.ts).
        const text = linesOf !== null ? linesOf.textOf(i, value) : value;
        if (this.sharedColumn[i]) {
          const k = this.shared!.index(text);
          if (k >= 0) {
            c.writeCell(i, fragments.sharedText(s), bare.sharedText(s), k);
            continue;
          }
        }
        c.writeText(i, s, text);
      } else if (typeof value === "boolean") {
        c.writeCell(i, fragments.boolean(colXf[i]), bare.boolean(colXf[i]), value ? 1 : 0);
      } else if (value instanceof Date) {
        const ms = value.getTime();
        if (Number.isNaN(ms)) continue;
        const serial = excelSerial(ms / MS_PER_DAY, date1904);
        if (serial < 1) continue;
        const ds = isDate[i] ? colXf[i] : this.dateXf[k];
        c.writeCell(i, fragments.number(ds), bare.number(ds), serial);
      } else c.writeText(i, colXf[i], String(value));
    }
    c.bytes.frag(ROW_CLOSE);
  }
}

/**
 * Which columns' texts repeat enough to share (SharedStringTable): in the sample rows, at least 20
 * texts, each distinct text used twice or more on average. Labels (segment, stage, owner …) are
 * used hundreds of times each; the schedule's status notes ("计划期内负责人每日名额已满", "到回访日期逾期
 * 26 天；…"), 1,238 distinct in 67,209 cells at 100,000 customers, about three times each in the
 * sample (586 of 1,697): shared they are 7.5 MB less XML to deflate (75.2 → 67.8 MB), and their
 * look-ups cost the main thread less than writing them inline (13.4 → 11.4 ms, their 67,208 texts
 * alone). A column of texts used less than twice (reasons: 1,444 distinct of 1,895 in the segments
 * tab's sample, 38,310 of 94,450 in the tab) stays inline: hashing each fresh text and writing the
 * table at the end cost the main thread more than writing it (24.9 → 34.7 + 21.9 ms) for deflate
 * time saved on another thread. No cap on distinct texts here: the table's limit bounds it.
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
      // More distinct texts than half the rows: used less than twice on average, whatever follows.
      if (seen.size * 2 > sample.length) break;
    }
    out.push(texts >= 20 && seen.size * 2 <= texts);
  }
  return out;
}

/**
 * A tab's page beside: a layout's as the engine decided it (ReportTable.sideBySide: the Changes
 * tab's reasons, its title columns on it), a table tab's beside its print area
 * (ReportTable.printBeside: the schedule's status and note) from its fitted column widths.
 */
function besideOf(table: ReportTable, widths: readonly number[]): BesidePrint | null {
  if (table.style !== "table") return table.sideBySide ?? null;
  if (!table.printColumns || !table.printBeside) return null;
  return besidePrint(widths, table.printColumns, table.printBeside);
}
