import type { Cell } from "../../engine/cells";
import { quoteSheetName, rectAddress, type Rect } from "./address";
import { versionAtLeast, type ApiVersion } from "./apiVersion";
import { invalidArgument, SimError } from "./errors";
import { LOOKS_LIKE_CELL, NAME_RULE, sheetNameProblem } from "./naming";
import { breakSheetIn, breakTableIn, renameSheetIn, renameTableIn } from "./references";
import { SimSheet, type SimChart } from "./sheet";
import { emptyStats, type SimStats } from "./stats";
import { overlaps, shiftTableRows, syncTableHeaders, type SimTable } from "./tables";
import { fromJsDate, toExcelSerial } from "../../engine/parse/date";

/**
 * A workbook-scoped defined name referring to a cell block (sheet null once the sheet is deleted:
 * #REF!), or holding a text constant (`="…"`, as the command line's run-input record does).
 */
export interface SimName {
  name: string;
  sheet: SimSheet | null;
  rect: Rect;
  comment: string;
  visible: boolean;
  /** The text a constant name holds (NamedItem.type "String"); undefined for a range name. */
  text?: string;
}

/**
 * An in-memory workbook with the parts of Excel the add-in uses. Tests and the preview page build
 * one from grids, hand it to createSimulatedExcel and read it back for assertions.
 */
export class SimWorkbook {
  readonly sheets: SimSheet[] = [];
  readonly tables: SimTable[] = [];
  readonly names: SimName[] = [];
  /** Add-in settings (workbook.settings): values kept as JSON text, as Office stores them. */
  readonly settings = new Map<string, string>();
  activeSheet: SimSheet | null = null;
  readonly stats: SimStats = emptyStats();
  /**
   * Fault injection: sync numbers (1-based, as counted in stats.syncs) that fail, with the code and,
   * for a failure inside the batch, the 1-based operation that fails (earlier ones stay applied).
   */
  readonly faults = new Map<number, { code: string; operation?: number }>();
  /** Called before each sync runs, with its 1-based number (e.g. to cancel a run at sync N). */
  beforeSync?: (sync: number) => void;
  /** The ExcelApi version this host supports (default: a current Excel). */
  apiVersion: ApiVersion = "1.17";
  /** The workbook's structure is protected (Review > Protect Workbook): no sheet added, deleted, renamed. */
  structureProtected = false;
  /** Opened read-only, or in view mode on the web: nothing can change (workbook.readOnly, 1.8). */
  readOnly = false;
  /** The 1904 date system (Excel for Mac's old default): serial 0 is 1904-01-01. */
  date1904 = false;
  /**
   * What Excel on the web answers a request over 5 MB with: the payload code, or (as some builds
   * do) a bare GeneralException.
   */
  oversizeCode: "RequestPayloadSizeLimitExceeded" | "GeneralException" =
    "RequestPayloadSizeLimitExceeded";
  /**
   * What Excel on the web answers a response over 5 MB with. Microsoft's docs name no code for it:
   * "Excel on the web has a payload size limit for requests and responses of 5MB, and an API will
   * return a RichAPI.Error error if this limit is exceeded" (Excel JavaScript API performance,
   * "Payload size limit best practices"; resource-limits-and-performance-optimization, "Excel
   * add-ins"), and only RequestPayloadSizeLimitExceeded by name, for requests. So a response may
   * come back as the payload code or as a bare GeneralException: tests try both.
   */
  oversizeResponseCode: "ResponsePayloadSizeLimitExceeded" | "GeneralException" =
    "ResponsePayloadSizeLimitExceeded";
  private editing: { done: Promise<void>; end: () => void } | null = null;
  private nextId = 1;
  private nextChartId = 1;

  /**
   * A workbook with one sheet per entry, rows from A1. Dates become serial numbers with a date
   * format (as Excel stores them); strings are stored as text, as they would be in a saved file.
   *
   * @example SimWorkbook.fromSheets({ 客户: [["客户编号"], ["C001"]] }).sheet("客户").value(1, 0) // "C001"
   */
  static fromSheets(sheets: Record<string, Cell[][]>): SimWorkbook {
    const wb = new SimWorkbook();
    for (const [name, grid] of Object.entries(sheets)) {
      const sheet = wb.addSheet(name);
      for (let r = 0; r < grid.length; r++) {
        const row = grid[r];
        for (let c = 0; c < row.length; c++) putRaw(sheet, r, c, row[c]);
      }
    }
    return wb;
  }

  /**
   * Adds a sheet filled column by column (columns[c][r]), starting at a cell: for large test data
   * without building a million row arrays.
   *
   * @example wb.addSheetColumns("订单", [["订单号", "A1"], ["金额", 9.5]])
   */
  addSheetColumns(
    name: string,
    columns: Cell[][],
    origin: { row: number; column: number } = { row: 0, column: 0 },
  ): SimSheet {
    const sheet = this.addSheet(name);
    for (let c = 0; c < columns.length; c++) {
      const col = columns[c];
      for (let r = 0; r < col.length; r++) putRaw(sheet, origin.row + r, origin.column + c, col[r]);
    }
    return sheet;
  }

  /** Adds an empty sheet at the end (Excel's naming rules apply). */
  addSheet(name: string): SimSheet {
    const problem = sheetNameProblem(name, this.sheetNames());
    if (problem) {
      const code = problem === "is already taken" ? "ItemAlreadyExists" : "InvalidArgument";
      throw new SimError(code, `The sheet name “${name}” ${problem}.`, "Worksheets.add");
    }
    const sheet = new SimSheet(`{SHEET-${this.nextId++}}`, name);
    this.sheets.push(sheet);
    this.activeSheet ??= sheet;
    return sheet;
  }

  sheetNames(): string[] {
    return this.sheets.map((s) => s.name);
  }

  /** The sheet with this name (any case); throws when there is none. */
  sheet(name: string): SimSheet {
    const s = this.findSheet(name);
    if (!s) throw new Error(`no sheet named ${name}`);
    return s;
  }

  findSheet(name: string): SimSheet | undefined {
    const lower = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === lower);
  }

  renameSheet(sheet: SimSheet, name: string): void {
    if (sheet.name === name) return;
    const problem = sheetNameProblem(
      name,
      this.sheets.filter((s) => s !== sheet).map((s) => s.name),
    );
    if (problem) throw invalidArgument(`The sheet name “${name}” ${problem}.`, "Worksheet.name");
    this.checkStructure("Worksheet.name");
    const from = sheet.name;
    sheet.name = name;
    this.rewriteFormulas((f) => renameSheetIn(f, from, name));
  }

  deleteSheet(sheet: SimSheet): void {
    this.checkStructure("Worksheet.delete");
    if (sheet.visibility === "VeryHidden") {
      // Worksheet.delete: "if the worksheet's visibility is set to "VeryHidden", the delete
      // operation will fail with an InvalidOperation exception" (Excel JavaScript API reference).
      throw new SimError(
        "InvalidOperation",
        "A very hidden worksheet cannot be deleted; make it hidden or visible first.",
        "Worksheet.delete",
      );
    }
    const visible = this.sheets.filter((s) => s.visibility === "Visible");
    if (visible.length === 1 && visible[0] === sheet) {
      throw new SimError(
        "InvalidOperation",
        "A workbook must contain at least one visible worksheet.",
        "Worksheet.delete",
      );
    }
    this.sheets.splice(this.sheets.indexOf(sheet), 1);
    sheet.deleted = true;
    for (let i = this.tables.length - 1; i >= 0; i--)
      if (this.tables[i].sheet === sheet) this.deleteTable(this.tables[i]);
    for (const n of this.names) if (n.sheet === sheet) n.sheet = null;
    for (const chart of this.sheets.flatMap((s) => s.charts))
      if (chart.sourceSheet === sheet) chart.broken = true; // its series now read #REF!
    this.rewriteFormulas((f) => breakSheetIn(f, sheet.name));
    if (this.activeSheet === sheet)
      this.activeSheet = this.sheets.find((s) => s.visibility === "Visible") ?? null;
  }

  moveSheet(sheet: SimSheet, position: number): void {
    if (!Number.isInteger(position) || position < 0 || position >= this.sheets.length) {
      throw invalidArgument(`Position ${position} is out of range.`, "Worksheet.position");
    }
    this.sheets.splice(this.sheets.indexOf(sheet), 1);
    this.sheets.splice(position, 0, sheet);
  }

  setVisibility(sheet: SimSheet, visibility: string): void {
    if (visibility !== "Visible" && visibility !== "Hidden" && visibility !== "VeryHidden") {
      throw invalidArgument(`Unknown visibility ${visibility}.`, "Worksheet.visibility");
    }
    if (visibility !== "Visible") {
      const others = this.sheets.filter((s) => s !== sheet && s.visibility === "Visible");
      if (others.length === 0) {
        throw new SimError(
          "InvalidOperation",
          "A workbook must contain at least one visible worksheet.",
          "Worksheet.visibility",
        );
      }
    }
    sheet.visibility = visibility;
    if (visibility !== "Visible" && this.activeSheet === sheet) {
      this.activeSheet = this.sheets.find((s) => s.visibility === "Visible") ?? null;
    }
  }

  /** Adds an Excel table over a block; the header row's cells become unique text headers. */
  addTable(sheet: SimSheet, rect: Rect, hasHeaders: boolean): SimTable {
    for (const t of this.tables) {
      if (t.sheet === sheet && overlaps(t.rect, rect)) {
        throw new SimError(
          "InvalidOperation",
          "A table can't overlap another table.",
          "Tables.add",
        );
      }
    }
    let r = { ...rect };
    if (!hasHeaders) {
      throw new SimError(
        "NotImplemented",
        "The simulator only adds tables whose first row is the header.",
        "Tables.add",
      );
    }
    if (r.rowCount === 1) r = { ...r, rowCount: 2 }; // Excel adds one empty data row
    let n = this.tables.length + 1;
    while (this.tables.some((t) => t.name.toLowerCase() === `table${n}`)) n++;
    const table: SimTable = {
      id: `{TABLE-${this.nextId++}}`,
      name: `Table${n}`,
      sheet,
      rect: r,
      showHeaders: true,
      showFilterButton: true,
      showTotals: false,
      style: "TableStyleMedium2",
      columns: [],
    };
    this.syncTableHeaders(table);
    this.tables.push(table);
    return table;
  }

  /**
   * Table.name as Excel sets it. Documented (learn.microsoft.com/javascript/api/excel/excel.table,
   * `name`: "must follow the guidelines specified in the Rename an Excel table article"; `id`:
   * "remains the same even when the table is renamed"): a table's name is a defined name of the
   * workbook, so it follows the name rules (at most 255 characters, which the simulator let pass
   * until stop 46) and is unique among tables and names ignoring case (ECMA-376 SpreadsheetML, Formulas,
   * Names: "All names within a workbook shall be unique", "not case-sensitive"); the id stays.
   * A sheet's name is apart: a table may share it (the add-in names its tables after their sheets).
   */
  renameTable(table: SimTable, name: string): void {
    if (
      !NAME_RULE.test(name) ||
      LOOKS_LIKE_CELL.test(name) ||
      /\s/.test(name) ||
      name.length > 255
    ) {
      throw invalidArgument(`“${name}” is not a valid table name.`, "Table.name");
    }
    const lower = name.toLowerCase();
    if (
      this.tables.some((t) => t !== table && t.name.toLowerCase() === lower) ||
      this.names.some((n) => n.name.toLowerCase() === lower)
    ) {
      throw new SimError("ItemAlreadyExists", `The name “${name}” is already taken.`, "Table.name");
    }
    const from = table.name;
    table.name = name;
    this.rewriteFormulas((f) => renameTableIn(f, from, name));
  }

  addChart(
    sheet: SimSheet,
    type: string,
    source: Rect,
    seriesBy: string,
    sourceSheet: SimSheet = sheet,
  ): SimChart {
    const id = this.nextChartId++;
    const chart: SimChart = {
      id,
      name: `Chart ${id}`,
      type,
      source,
      sourceSheet,
      broken: false,
      seriesBy,
      title: "",
      position: null,
    };
    sheet.charts.push(chart);
    return chart;
  }

  /** Adds a workbook-scoped defined name (Excel's name rules; unique ignoring case). */
  addName(name: string, sheet: SimSheet, rect: Rect, comment = ""): SimName {
    this.checkNewName(name);
    const item: SimName = { name, sheet, rect, comment, visible: true };
    this.names.push(item);
    return item;
  }

  /**
   * Adds a workbook-scoped name holding a text constant, as a workbook saved with `="…"` under
   * Formulas > Name Manager (or the command line's run-input record) opens in Excel.
   */
  addTextName(name: string, text: string, visible = true): SimName {
    this.checkNewName(name);
    const rect = { row: 0, column: 0, rowCount: 1, columnCount: 1 };
    const item: SimName = { name, sheet: null, rect, comment: "", visible, text };
    this.names.push(item);
    return item;
  }

  /** Excel's name rules for a new name: valid, and unique among names and tables ignoring case. */
  private checkNewName(name: string): void {
    if (!NAME_RULE.test(name) || LOOKS_LIKE_CELL.test(name) || name.length > 255) {
      throw invalidArgument(`“${name}” is not a valid name.`, "NamedItems.add");
    }
    const lower = name.toLowerCase();
    if (
      this.names.some((n) => n.name.toLowerCase() === lower) ||
      this.tables.some((t) => t.name.toLowerCase() === lower)
    ) {
      throw new SimError(
        "ItemAlreadyExists",
        `The name “${name}” already exists.`,
        "NamedItems.add",
      );
    }
  }

  findName(name: string): SimName | undefined {
    const lower = name.toLowerCase();
    return this.names.find((n) => n.name.toLowerCase() === lower);
  }

  deleteName(item: SimName): void {
    const i = this.names.indexOf(item);
    if (i >= 0) this.names.splice(i, 1);
  }

  /** The formula of a name as Excel shows it: "=Sheet1!$A$1", "='My sheet'!$A$1" or "=#REF!$A$1". */
  nameFormula(item: SimName): string {
    if (item.text !== undefined) return `="${item.text.replace(/"/g, '""')}"`;
    const where = item.sheet ? quoteSheetName(item.sheet.name) : "#REF";
    return `=${where}!${rectAddress(item.rect, true)}`;
  }

  /** Names and what they refer to, for assertions. */
  definedNames(): Record<string, string> {
    return Object.fromEntries(this.names.map((n) => [n.name, this.nameFormula(n)]));
  }

  /** Settings parsed back from their JSON text, for assertions. */
  settingValues(): Record<string, unknown> {
    return Object.fromEntries([...this.settings].map(([k, v]) => [k, JSON.parse(v)]));
  }

  /** Tables on a sheet, for assertions. */
  tablesOn(sheet: SimSheet): SimTable[] {
    return this.tables.filter((t) => t.sheet === sheet);
  }

  /** Makes sync number `n` from now (1 = the next one) fail with `code`, before running anything. */
  failSync(n: number, code = "GeneralException"): void {
    this.faults.set(this.stats.syncs + n, { code });
  }

  /**
   * Makes operation `operation` (1-based, in the order queued) of sync number `n` from now fail
   * with `code`: the operations before it are applied and stay applied, as in Excel.
   *
   * @example wb.failOperation(1, 3); // the next sync runs two operations, then fails
   */
  failOperation(n: number, operation: number, code = "GeneralException"): void {
    this.faults.set(this.stats.syncs + n, { code, operation });
  }

  /** Throws ApiNotFound when `api` (of requirement set `version`) is above this host's. */
  requireApi(version: string, api: string): void {
    if (!versionAtLeast(this.apiVersion, version)) {
      throw new SimError(
        "ApiNotFound",
        `The API you are trying to use could not be found (${api} needs ExcelApi ${version}; this Excel has ${this.apiVersion}).`,
        api,
      );
    }
  }

  /** Office.context.requirements.isSetSupported("ExcelApi", version) for this host. */
  isSetSupported(name: string, version = "1.1"): boolean {
    return name === "ExcelApi" && versionAtLeast(this.apiVersion, version);
  }

  /** The user starts typing in a cell (cell-edit mode): batches fail or wait until it ends. */
  startCellEdit(): void {
    if (this.editing) return;
    let end!: () => void;
    const done = new Promise<void>((resolve) => (end = resolve));
    this.editing = { done, end };
  }

  /** The user presses Enter or Esc. */
  endCellEdit(): void {
    const e = this.editing;
    this.editing = null;
    e?.end();
  }

  /** While in cell-edit mode: the promise of its end; null otherwise. */
  get cellEdit(): Promise<void> | null {
    return this.editing?.done ?? null;
  }

  /** Throws what Excel throws when the workbook's structure cannot change. */
  checkStructure(api: string): void {
    if (this.readOnly) throw new SimError("AccessDenied", "The workbook is read-only.", api);
    if (this.structureProtected)
      throw new SimError(
        "GeneralException",
        "There was an internal error while processing the request.",
        api,
      );
  }

  /** Applies `f` to every formula of every sheet (the text Excel keeps). */
  rewriteFormulas(f: (formula: string) => string): void {
    for (const sheet of this.sheets) {
      for (const [k, formula] of sheet.formulas) {
        const next = f(formula);
        if (next !== formula) sheet.formulas.set(k, next);
      }
    }
  }

  /**
   * Table.resize (ExcelApi 1.13): "The new range must overlap with the original table range and
   * the headers (or the top of the table) must be in the same row." No cell moves.
   */
  resizeTable(table: SimTable, rect: Rect): void {
    if (rect.row !== table.rect.row || !overlaps(rect, table.rect))
      throw invalidArgument(
        "The new range must overlap the table and keep its header row.",
        "Table.resize",
      );
    for (const t of this.tables)
      if (t !== table && t.sheet === table.sheet && overlaps(t.rect, rect))
        throw new SimError(
          "InvalidOperation",
          "A table can't overlap another table.",
          "Table.resize",
        );
    table.rect = rect.rowCount < 2 ? { ...rect, rowCount: 2 } : rect;
    this.syncTableHeaders(table);
  }

  /** See shiftTableRows in tables.ts. */
  shiftTableRows(table: SimTable, at: number, delta: number): void {
    shiftTableRows(this, table, at, delta);
  }

  /** See syncTableHeaders in tables.ts. */
  syncTableHeaders(table: SimTable): void {
    syncTableHeaders(this, table);
  }

  /** A cell block was written: header rows of tables in it rename their columns. */
  cellsWritten(sheet: SimSheet, rect: Rect): void {
    for (const t of this.tables) {
      if (t.sheet !== sheet) continue;
      const header = { ...t.rect, rowCount: 1 };
      if (overlaps(header, rect)) this.syncTableHeaders(t);
    }
  }

  deleteTable(table: SimTable): void {
    this.tables.splice(this.tables.indexOf(table), 1);
    this.rewriteFormulas((f) => breakTableIn(f, table.name));
  }

  /** Forgets the sizes seen so far (e.g. after setting up a test). */
  resetStats(): void {
    Object.assign(this.stats, emptyStats()); // the same object: callers may hold it
    this.faults.clear();
  }
}

const NativeDate = Date;
const { isFinite } = Number;

function putRaw(sheet: SimSheet, r: number, c: number, v: Cell): void {
  if (v === null || v === undefined || v === "") return;
  if (v instanceof NativeDate) {
    const t = v.getTime();
    if (!isNaN(t)) sheet.setRaw(r, c, toExcelSerial(fromJsDate(v)), "yyyy-mm-dd");
    return;
  }
  if (typeof v === "number" && !isFinite(v)) return;
  sheet.setRaw(r, c, v);
}
