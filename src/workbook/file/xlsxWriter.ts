import ExcelJS from "exceljs";
import { promises as fsp } from "node:fs";
import { resolve } from "node:path";
import type { Cell } from "../../engine/cells";
import { tempBeside, tempSettled } from "./tempFiles";
import { InputError } from "../../engine/errors";
import type { ColumnFormat, OutputTab, ReportTable } from "../../engine/report/table";
import { ownedTabName, ownedTabRef, sheetOfRef, tabOfOwnedName } from "../ownedTabs";
import { ownedSheets } from "./ownedSheets";
import { checkOutputs, sameFile } from "./paths";
import type { TableSink, WrittenTab } from "../port";
import { toCell } from "./cellValue";
import { SheetLayoutScanner } from "./sheetLayout";
import { freeSheetName, sheetNameKey, validSheetName } from "./sheetNames";
import { XlsxPackage, type SheetPart } from "./xlsxPackage";
import { NUMBER_FORMATS } from "../numberFormats";
import { renamedBecause } from "../renamedBecause";

/**
 * Writes report tables to an .xlsx file with exceljs's streaming WorkbookWriter (styles and shared
 * strings on), into a temp file beside the target that is renamed over it at the end, so a failure
 * never leaves a half-written output. The input (copyFrom) is only read, never written.
 *
 * Input sheets (copyFrom) are copied first, in tab order. Preserved: cell values (formulas with
 * their cached results), cell styles (number formats, fonts, fills, borders, alignment), row
 * heights, column widths, hidden columns and column styles, merged cells, frozen panes, grid-line /
 * zoom / right-to-left view settings, tab colour, hidden / very hidden sheets, and workbook-level
 * defined names that refer to plain ranges (up to 10,000 cells) on copied sheets.
 * Not preserved (the streaming reader/writer cannot carry them): cells of a shared formula other
 * than its first (written as their cached values), array-formula semantics, hyperlinks (kept as
 * their text), comments, data validation, conditional formatting, Excel tables (ListObjects),
 * pictures and charts, pivot tables, chart sheets, sheet protection, print settings, whole-row
 * formats of empty rows, hidden rows, split (not frozen) panes, sheet-scoped defined names and
 * names that are formulas or constants.
 *
 * Report tables of style "table" get a bold, filled header row, a frozen header and an autoFilter
 * over the table. They are not real Excel tables: the streaming writer cannot write table parts;
 * the Office adapter makes real tables. Charts (ReportTable.charts) are ignored here; native charts
 * come from the Office adapter.
 *
 * Each tab written is marked with the defined name CA_TAB_<tab> (see ownedTabs.ts). When copying,
 * sheets so marked are our earlier output: they are not copied (the new run replaces them), except
 * the run log (mode "append"), whose earlier rows are kept above the new ones.
 *
 * @example
 * const writer = new XlsxReportWriter("out.xlsx", { copyFrom: "in.xlsx", lang: "zh-CN" });
 * const written = await writer.writeTables(tables, (tab, rows) => console.log(tab, rows));
 */
export class XlsxReportWriter implements TableSink {
  private readonly blockRows: number;

  constructor(
    readonly outPath: string,
    private readonly options: XlsxWriterOptions,
  ) {
    this.blockRows = Math.max(1, Math.floor(options.blockRows ?? 10_000));
    assertNotInput(outPath, options.copyFrom);
  }

  async writeTables(
    tables: ReportTable[],
    onProgress?: (tab: string, rowsDone: number) => void,
  ): Promise<WrittenTab[]> {
    const { copyFrom, lang } = this.options;
    assertNotInput(this.outPath, copyFrom);
    checkOutputs([this.outPath], []);
    const pkg = copyFrom ? await XlsxPackage.open(copyFrom) : null;
    const owned = pkg ? ownedSheets(pkg) : new Map<string, OutputTab>();
    const copied = pkg ? pkg.sheets.filter((s) => !owned.has(s.name)) : [];
    const plan = planNames(tables, copied, lang);

    const out = resolve(this.outPath);
    const temp = tempBeside(out);
    // exceljs opens the file itself and drops an open error on the floor (the run would hang):
    // create the file first, so a folder we cannot write in is an input error, not a silent stop.
    try {
      await (await fsp.open(temp, "wx")).close();
    } catch (e) {
      tempSettled(temp);
      throw new InputError(
        `${out}: cannot write here (${(e as Error).message})`,
        `${out}：无法在此写入（${(e as Error).message}）`,
      );
    }
    const book = new ExcelJS.stream.xlsx.WorkbookWriter({
      filename: temp,
      useStyles: true,
      useSharedStrings: this.options.sharedStrings ?? true,
    });
    try {
      for (const sheet of copied) await copySheet(book, pkg!, sheet, sheet.name);
      if (pkg) copyDefinedNames(book, pkg, new Set(copied.map((s) => s.name)));

      const written: WrittenTab[] = [];
      for (let i = 0; i < tables.length; i++) {
        const table = tables[i];
        const earlier =
          table.mode === "append" && pkg ? await earlierRows(pkg, owned, table.tab) : [];
        const rows = await writeTable(
          book,
          table,
          plan[i].sheetName,
          earlier,
          this.blockRows,
          onProgress,
          this.options.markOwned !== false,
        );
        if (this.options.markOwned !== false)
          book.definedNames.add(ownedTabRef(plan[i].sheetName), ownedTabName(table.tab));
        written.push({ tab: table.tab, sheetName: plan[i].sheetName, rows, ...plan[i].renamed });
      }
      if (copied.length === 0 && tables.length === 0) book.addWorksheet("Sheet1").commit();
      await book.commit();
      await fsp.rename(temp, out);
      tempSettled(temp);
      return written;
    } catch (error) {
      await abandon(book, temp);
      throw error;
    }
  }
}

export interface XlsxWriterOptions {
  /** An input .xlsx whose sheets are copied, unchanged, before the report tabs. */
  copyFrom?: string;
  /** The language of messages (WrittenTab.renamedBecause). */
  lang: "zh-CN" | "en-US";
  /**
   * Shared strings (default true) make smaller files, but exceljs keeps every distinct string in
   * memory until the end (measured at 200,000 × 20 with 1.6 million distinct strings: 741 MB peak
   * RSS and 20 s, against 355 MB and 11 s inline). False writes strings inline.
   */
  sharedStrings?: boolean;
  /** Rows pulled from a ReportTable at a time (default 10,000). */
  blockRows?: number;
  /**
   * Mark each written tab as the add-in's own (a CA_TAB_<tab> defined name), so the next run
   * replaces it, and protect it against accidental edits. Default true; false for workbooks that
   * are input data (the generated samples).
   */
  markOwned?: boolean;
}

const MS_PER_DAY = 86_400_000;
const HEADER_FILL = "FFD9E1F2";
const MAX_NAME_CELLS = 10_000;

type Book = ExcelJS.stream.xlsx.WorkbookWriter;
type Sheet = ExcelJS.Worksheet;

/** Throws InputError when the output is the input file itself (by resolved real path or inode). */
function assertNotInput(outPath: string, copyFrom: string | undefined): void {
  if (!copyFrom) return;
  if (sameFile(outPath, copyFrom)) {
    throw new InputError(
      `The output “${outPath}” is the input workbook; choose another output file (the input is never modified).`,
      `输出文件“${outPath}”就是输入工作簿；请另选输出文件（输入文件不会被修改）。`,
    );
  }
}

/** Sheet name → tab, for the input sheets that carry our CA_TAB_ defined names. */
interface PlannedName {
  sheetName: string;
  renamed: { renamedBecause?: string };
}

function planNames(
  tables: ReportTable[],
  copied: SheetPart[],
  lang: "zh-CN" | "en-US",
): PlannedName[] {
  const users = new Set(copied.map((s) => sheetNameKey(s.name)));
  const taken = new Set(users);
  return tables.map((table) => {
    const wanted = validSheetName(table.sheetName);
    const sheetName = freeSheetName(wanted, taken);
    taken.add(sheetNameKey(sheetName));
    if (sheetName === wanted) return { sheetName, renamed: {} };
    const because = renamedBecause(wanted, sheetName, !users.has(sheetNameKey(wanted)), lang);
    return { sheetName, renamed: { renamedBecause: because } };
  });
}

async function copySheet(
  book: Book,
  pkg: XlsxPackage,
  part: SheetPart,
  name: string,
): Promise<void> {
  const layout = new SheetLayoutScanner();
  const rows = await pkg.worksheet(part, (xml) => layout.scan(xml));
  let sheet: Sheet | null = null;
  // Views and columns come before the cell data in the sheet XML, so they are known by the time
  // the first row arrives; the writer needs them before it writes any row.
  const open = (): Sheet => {
    if (sheet) return sheet;
    sheet = book.addWorksheet(name, {
      state: part.state,
      views: layout.views.length ? (layout.views as Partial<ExcelJS.WorksheetView>[]) : undefined,
      properties: layout.tabColor ? { tabColor: { argb: layout.tabColor } } : undefined,
    });
    for (const col of layout.columns) {
      const style = col.styleId ? pkg.styleModel(col.styleId) : undefined;
      for (let n = col.min; n <= col.max; n++) {
        const column = sheet.getColumn(n);
        if (col.width !== undefined && Number.isFinite(col.width)) column.width = col.width;
        if (col.hidden) column.hidden = true;
        if (style) column.style = style as Partial<ExcelJS.Style>;
      }
    }
    return sheet;
  };
  let nextRow = 1;
  let count = 0;
  for await (const row of rows) {
    const target = open();
    const number = Number.isFinite(row.number) && row.number >= nextRow ? row.number : nextRow;
    const out = target.getRow(number);
    if (row.height) out.height = row.height;
    row.eachCell({ includeEmpty: true }, (cell, column) => {
      const value = copyValue(cell.value);
      const styled = cell.style && Object.keys(cell.style).length > 0;
      if (value === null && !styled) return;
      const to = out.getCell(column);
      if (styled) to.style = cell.style as Partial<ExcelJS.Style>;
      if (value !== null) to.value = value as ExcelJS.CellValue;
    });
    out.commit();
    nextRow = number + 1;
    if (++count % 2000 === 0) await breathe(book);
  }
  const target = open();
  // Merged ranges come after the cell data; the streaming writer's mergeCells() needs the rows
  // uncommitted, so the ranges go straight to the list it writes at commit (master cells hold the
  // values already; the other cells of a merge are empty in a file Excel wrote).
  const merges = (target as unknown as { _merges: Array<{ toString(): string }> })._merges;
  for (const ref of layout.merges) merges.push({ toString: () => ref });
  target.commit();
}

/** A cell value from the reader as the writer should store it (see the class comment for losses). */
function copyValue(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (typeof value !== "object" || value instanceof Date) return value;
  const v = value as Record<string, unknown>;
  if ("formula" in v || "sharedFormula" in v) {
    const result =
      typeof v.result === "number" && !Number.isFinite(v.result) ? undefined : v.result;
    const formula = typeof v.formula === "string" ? v.formula : "";
    if (!formula) return result ?? null; // a shared formula's later cells: only the value survives
    return result === undefined ? { formula } : { formula, result };
  }
  if ("richText" in v || "error" in v) return value;
  if ("text" in v) return toCell(v.text) ?? null;
  return null;
}

function copyDefinedNames(book: Book, pkg: XlsxPackage, copied: Set<string>): void {
  for (const name of pkg.definedNames) {
    if (name.localSheetId !== undefined || /^_xlnm\./i.test(name.name) || tabOfOwnedName(name.name))
      continue;
    if (
      !name.ranges.every((r) => copied.has(sheetOfRef(r) ?? "") && rangeCells(r) <= MAX_NAME_CELLS)
    )
      continue;
    try {
      for (const range of name.ranges) book.definedNames.add(range, name.name);
    } catch {
      // A reference exceljs cannot parse: the name is left out (documented above).
    }
  }
}

function rangeCells(ref: string): number {
  const m = /!\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/i.exec(ref);
  if (!m) return Infinity;
  if (!m[3]) return 1;
  const cols = Math.abs(columnNumber(m[3]) - columnNumber(m[1])) + 1;
  const rows = Math.abs(+m[4] - +m[2]) + 1;
  return cols * rows;
}

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** The data rows (below the header) of our earlier tab for `tab`, as cells. */
async function earlierRows(
  pkg: XlsxPackage,
  owned: Map<string, OutputTab>,
  tab: OutputTab,
): Promise<Cell[][]> {
  const name = [...owned].find(([, t]) => t === tab)?.[0];
  const part = name ? pkg.sheet(name) : undefined;
  if (!part) return [];
  const rows: Cell[][] = [];
  for await (const row of await pkg.worksheet(part)) {
    if (row.number <= 1) continue;
    const cells: Cell[] = [];
    row.eachCell({ includeEmpty: false }, (cell, column) => {
      while (cells.length < column - 1) cells.push(null);
      cells[column - 1] = toCell(cell.value, cell.numFmt, pkg.date1904);
    });
    if (cells.some((c) => c !== null)) rows.push(cells);
  }
  return rows;
}

async function writeTable(
  book: Book,
  table: ReportTable,
  name: string,
  earlier: Cell[][],
  blockRows: number,
  onProgress: ((tab: string, rowsDone: number) => void) | undefined,
  /** Protect the tab against edits: the add-in's own output, not input data (the samples). */
  protect: boolean,
): Promise<number> {
  const isTable = table.style === "table";
  const width = table.columns.length;
  const sheet = book.addWorksheet(name, {
    views: isTable
      ? [{ state: "frozen", xSplit: 0, ySplit: 1, topLeftCell: "A2", activeCell: "A2" }]
      : undefined,
  });
  const styles = table.columns.map((c) => (isTable ? { numFmt: NUMBER_FORMATS[c.format] } : {}));
  const dateStyle = { numFmt: NUMBER_FORMATS.date };
  table.columns.forEach((c, i) => {
    const column = sheet.getColumn(i + 1);
    column.width = c.width ?? (isTable ? headerWidth(c.header, c.format) : undefined) ?? 12;
  });

  let rowNumber = 1;
  if (isTable) {
    const header = {
      font: { bold: true },
      fill: solid(HEADER_FILL),
      alignment: { vertical: "middle" as const },
    };
    const row = sheet.getRow(rowNumber++);
    table.columns.forEach((c, i) => {
      const cell = row.getCell(i + 1);
      cell.value = c.header;
      cell.style = header;
    });
    row.commit();
  }

  const highlight = table.highlight;
  const fills = new Map<string, Partial<ExcelJS.Style>>();
  const styleOf = (column: number, value: unknown): Partial<ExcelJS.Style> => {
    const base =
      value instanceof Date && !(isTable && isDateFormat(table.columns[column]?.format))
        ? dateStyle
        : (styles[column] ?? {});
    if (!highlight || highlight.column !== column || value === null) return base;
    const colour = highlight.fills[String(value)];
    if (!colour) return base;
    let style = fills.get(colour);
    if (!style) fills.set(colour, (style = { ...base, fill: solid(argb(colour)) }));
    return style;
  };
  const writeRow = (cells: Cell[]): void => {
    const row = sheet.getRow(rowNumber++);
    const n = isTable ? Math.min(cells.length, width) : cells.length;
    for (let c = 0; c < n; c++) {
      const value = isTable ? tableValue(cells[c], table.columns[c].format) : layoutValue(cells[c]);
      if (value === null) continue;
      const cell = row.getCell(c + 1);
      cell.value = value;
      const style = styleOf(c, value);
      if (style !== undefined && Object.keys(style).length) cell.style = style;
    }
    row.commit();
  };

  for (const cells of earlier) writeRow(cells);
  for (let start = 0; start < table.rowCount; start += blockRows) {
    const block = table.rows(start, Math.min(table.rowCount, start + blockRows));
    for (const cells of block) writeRow(cells);
    onProgress?.(table.tab, Math.min(table.rowCount, start + blockRows));
    await breathe(book);
  }
  const rows = earlier.length + table.rowCount;
  if (isTable && width > 0) {
    sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: rows + 1, column: width } };
  }
  // Output tabs are protected against accidental edits (DOMAIN.md, security), as the add-in does:
  // no password, and filtering, sorting and resizing stay allowed.
  if (protect)
    await sheet.protect("", {
      autoFilter: true,
      sort: true,
      formatColumns: true,
      formatRows: true,
      selectLockedCells: true,
      selectUnlockedCells: true,
    });
  sheet.commit();
  return rows;
}

function isDateFormat(format: ColumnFormat | undefined): boolean {
  return format === "date" || format === "datetime";
}

/** A table cell as written: epoch days → Date in date columns; NaN and ±Infinity → empty. */
function tableValue(value: Cell, format: ColumnFormat): string | number | boolean | Date | null {
  if (value === null || value === undefined) return null;
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return null;
    return isDateFormat(format) ? new Date(Math.round(value * MS_PER_DAY)) : value;
  }
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value;
  return value;
}

function layoutValue(value: Cell): string | number | boolean | Date | null {
  if (value === null || value === undefined) return null;
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value;
  return value;
}

/**
 * A column width for a header: CJK and other wide characters count double, plus padding; at least
 * wide enough for the column's dates.
 *
 * @example headerWidth("客户编号", "text") // 10
 */
export function headerWidth(header: string, format: ColumnFormat): number {
  let width = 0;
  for (const ch of header) width += isWide(ch.codePointAt(0)!) ? 2 : 1;
  const least = format === "datetime" ? 17 : format === "date" ? 12 : 8;
  return Math.min(60, Math.max(least, width + 2));
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
    code >= 0x20000
  );
}

function solid(colour: string): ExcelJS.Fill {
  return { type: "pattern", pattern: "solid", fgColor: { argb: colour } };
}

function argb(hex: string): string {
  const m = /^#?([0-9a-f]{6})$/i.exec(hex.trim());
  return m ? `FF${m[1].toUpperCase()}` : "FFFFFF00";
}

/**
 * Lets the zip stream drain: the streaming writer buffers what it has not yet zipped, so without
 * yielding to the event loop a large tab would pile up in memory.
 */
async function breathe(book: Book): Promise<void> {
  const stream = (
    book as unknown as { stream?: NodeJS.WritableStream & { writableLength?: number } }
  ).stream;
  await new Promise((r) => setImmediate(r));
  for (let i = 0; i < 200 && (stream?.writableLength ?? 0) > 8 * 1024 * 1024; i++) {
    await new Promise((r) => setTimeout(r, 5));
  }
}

async function abandon(book: Book, temp: string): Promise<void> {
  const internals = book as unknown as {
    zip?: { abort?: () => void };
    stream?: { destroy?: () => void };
  };
  try {
    internals.zip?.abort?.();
    internals.stream?.destroy?.();
  } catch {
    // already broken: removing the temp file is what matters
  }
  await fsp.rm(temp, { force: true }).catch(() => undefined);
  tempSettled(temp);
}
