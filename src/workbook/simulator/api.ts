import { parseAddress, quoteSheetName, rectAddress, splitSheetAddress, type Rect } from "./address";
import { SimContext, SimProxy, type SyncState } from "./context";
import type { OperationRecord } from "./payload";
import { invalidArgument, notFound, SimError } from "./errors";
import { READ_CELL_LIMIT } from "./payload";
import { SimSheet, type SimChart } from "./sheet";
import { breakColumnIn } from "./references";
import { displayText } from "./text";
import type { SimName, SimTable, SimWorkbook } from "./workbook";

/** A block of a sheet: what a simulated Range resolves to. */
interface RangeRef {
  sheet: SimSheet;
  rect: Rect;
}

/** An object passed as an argument goes into the request as a reference to it, not its contents. */
function objectRef(x: unknown): unknown {
  return x instanceof SimProxy ? { objectPath: true } : x;
}

function live(sheet: SimSheet): SimSheet {
  if (sheet.deleted) throw notFound(`worksheet ${sheet.name}`);
  return sheet;
}

function guard(sheet: SimSheet, what: string, allowed?: string): void {
  if (!sheet.protection.protected) return;
  if (allowed && sheet.protection.options[allowed] === true) return;
  throw new SimError("AccessDenied", `The sheet “${sheet.name}” is protected: cannot ${what}.`);
}

/** Looks up a range from "A1:B2" (on `sheet`) or "Sheet!A1:B2". */
function rangeFromAddress(wb: SimWorkbook, text: string, sheet: SimSheet | null): RangeRef {
  const { sheet: sheetName, address } = splitSheetAddress(text);
  const target = sheetName === null ? sheet : (wb.findSheet(sheetName) ?? null);
  if (!target) throw invalidArgument(`The address “${text}” does not name a sheet.`);
  const rect = parseAddress(address);
  if (!rect) throw invalidArgument(`The address “${text}” is not valid.`);
  return { sheet: live(target), rect };
}

function shape(value: unknown, rect: Rect, prop: string): (r: number, c: number) => unknown {
  if (!Array.isArray(value)) return () => value; // one value for every cell
  if (
    value.length !== rect.rowCount ||
    value.some((row) => !Array.isArray(row) || row.length !== rect.columnCount)
  ) {
    throw invalidArgument(
      `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${prop}).`,
      `Range.${prop}`,
    );
  }
  return (r, c) => (value as unknown[][])[r][c];
}

/** A part of another proxy (format, fill, protection…): resolves to what its owner resolves to. */
abstract class SimPart<T> extends SimProxy<T> {
  constructor(context: SimContext, owner: { resolve(): T | null }) {
    super(context, () => owner.resolve());
  }
}

/** Calls `f` for every cell of a block, row by row (i, j: the cell's offsets in the block). */
function eachCell(
  rect: Rect,
  f: (row: number, column: number, i: number, j: number) => void,
): void {
  for (let i = 0; i < rect.rowCount; i++) {
    for (let j = 0; j < rect.columnCount; j++) f(rect.row + i, rect.column + j, i, j);
  }
}

/**
 * A write of a whole block (values, formulas, numberFormat): the sheet must be live and allow it,
 * the array must fit the block (or be one value); then each cell is put and counted as written.
 */
function writeCells(
  t: RangeRef,
  state: SyncState,
  value: unknown,
  prop: string,
  protection: readonly [what: string, allowed?: string],
  put: (sheet: SimSheet, row: number, column: number, v: unknown) => void,
): void {
  const sheet = live(t.sheet);
  guard(sheet, ...protection);
  const at = shape(value, t.rect, prop);
  eachCell(t.rect, (r, c, i, j) => put(sheet, r, c, at(i, j)));
  state.cellsWritten += t.rect.rowCount * t.rect.columnCount;
}

export class SimWorkbookProxy extends SimProxy<SimWorkbook> {
  protected readonly scalarProps = ["name"] as const;
  protected readonly typeName = "Workbook";
  readonly worksheets: SimWorksheetCollection;
  readonly tables: SimTableCollection;
  readonly names: SimNamedItemCollection;
  readonly settings: SimSettingCollection;
  readonly application: SimApplication;
  readonly protection: SimWorkbookProtection;
  readonly functions: SimFunctions;

  constructor(context: SimContext) {
    super(context, () => context.wb);
    this.protection = new SimWorkbookProtection(context);
    this.functions = new SimFunctions(context);
    this.worksheets = new SimWorksheetCollection(context);
    this.tables = new SimTableCollection(context, null);
    this.names = new SimNamedItemCollection(context);
    this.settings = new SimSettingCollection(context);
    this.application = new SimApplication(context);
  }

  protected read(t: SimWorkbook, prop: string): unknown {
    if (prop === "name") return "Book1.xlsx";
    if (prop === "readOnly") {
      t.requireApi("1.8", "Workbook.readOnly");
      return t.readOnly;
    }
    throw invalidArgument(`Unknown property ${prop}.`);
  }

  protected override nav(prop: string): SimProxy<unknown> | null {
    return prop === "protection" ? this.protection : null;
  }

  get readOnly(): boolean {
    return this.get("readOnly");
  }
}

/** Workbook.protection (ExcelApi 1.7): whether the structure is protected. */
export class SimWorkbookProtection extends SimProxy<SimWorkbook> {
  protected readonly scalarProps = ["protected"] as const;
  protected readonly typeName = "WorkbookProtection";

  constructor(context: SimContext) {
    super(context, () => context.wb);
  }

  protected read(t: SimWorkbook, prop: string): unknown {
    t.requireApi("1.7", "WorkbookProtection.protected");
    if (prop === "protected") return t.structureProtected;
    throw invalidArgument(`Unknown property ${prop} of WorkbookProtection.`);
  }

  get protected(): boolean {
    return this.get("protected");
  }
}

/** A worksheet function's result (FunctionResult): load("value"), then sync. */
export class SimFunctionResult extends SimProxy<{ value: number }> {
  protected readonly scalarProps = ["value"] as const;
  protected readonly typeName = "FunctionResult";

  protected read(t: { value: number }, prop: string): unknown {
    if (prop === "value") return t.value;
    throw invalidArgument(`Unknown property ${prop} of FunctionResult.`);
  }

  get value(): number {
    return this.get("value");
  }
}

/**
 * Workbook.functions (ExcelApi 1.2). Only DATE, which answers in the workbook's date system:
 * "year: a number from 1900 or 1904 (depending on the workbook's date system)".
 */
export class SimFunctions extends SimProxy<SimWorkbook> {
  protected readonly scalarProps = [] as const;
  protected readonly typeName = "Functions";

  constructor(context: SimContext) {
    super(context, () => context.wb);
  }

  protected read(): unknown {
    throw invalidArgument("Functions has no properties.");
  }

  date(year: number, month: number, day: number): SimFunctionResult {
    return new SimFunctionResult(
      this.context,
      () => {
        const wb = this.context.wb;
        const days = Date.UTC(year, month - 1, day) / 86_400_000;
        return { value: wb.date1904 ? days + 24107 : days + 25569 };
      },
      { m: "date", a: [year, month, day] },
    );
  }
}

export class SimApplication extends SimProxy<SimWorkbook> {
  protected readonly scalarProps = ["calculationMode"] as const;
  protected readonly typeName = "Application";

  constructor(context: SimContext) {
    super(context, () => context.wb);
  }

  protected read(_t: SimWorkbook, prop: string): unknown {
    if (prop === "calculationMode") return "Automatic";
    throw invalidArgument(`Unknown property ${prop}.`);
  }

  suspendApiCalculationUntilNextSync(): void {
    this.call(
      { m: "suspendApiCalculationUntilNextSync" },
      (_t, state) => void (state.suspendedCalculation = true),
    );
  }

  suspendScreenUpdatingUntilNextSync(): void {
    this.call(
      { m: "suspendScreenUpdatingUntilNextSync" },
      (_t, state) => void (state.suspendedScreenUpdating = true),
    );
  }
}

/** A proxy class as collections make them: bound to a member, or made by an action of its own. */
type ProxyClass<T, P> = new (
  context: SimContext,
  resolver: () => T | null,
  instantiate?: OperationRecord | false,
) => P;

/**
 * Shared behaviour of collections: load() fills `items` with proxies bound to the members the sync
 * sees; getCount() counts them when the sync runs it.
 */
abstract class SimCollection<T, P extends SimProxy<T>> extends SimProxy<SimWorkbook> {
  protected readonly scalarProps: readonly string[] = [];
  private itemList: P[] | undefined;

  constructor(
    context: SimContext,
    protected readonly itemClass: ProxyClass<T, P>,
  ) {
    // A collection is never a null object: it stands for (part of) the workbook.
    super(context, () => context.wb);
  }

  /** The members as the sync sees them now. */
  protected abstract members(): T[];

  get items(): P[] {
    if (!this.itemList)
      throw new SimError(
        "PropertyNotLoaded",
        `The property 'items' is not available. Call load and context.sync() first.`,
        `${this.typeName}.items`,
      );
    return this.itemList;
  }

  protected read(): unknown {
    throw invalidArgument("Collections have no scalar properties here.");
  }

  override loadNow(props: readonly string[], state: SyncState): void {
    const itemProps = props.map((p) => p.replace(/^items\//, "")).filter((p) => p !== "items");
    const proxies = this.members().map((m) =>
      SimProxy.bound(new this.itemClass(this.context, () => m)),
    );
    state.responseBytes += 12;
    for (const p of proxies) p.loadNow(itemProps.length ? itemProps : defaultProps(p), state);
    state.commits.push(() => (this.itemList = proxies));
  }

  getCount(): { value: number } {
    const result = { value: NaN };
    this.call({ m: "getCount" }, (_wb, state) => {
      const n = this.members().length;
      state.commits.push(() => (result.value = n));
    });
    return result;
  }

  /** A proxy made by an action of its own (getItem, add…), resolved when the sync runs that action. */
  protected make(resolver: () => T | null, record: OperationRecord): P {
    return new this.itemClass(this.context, resolver, record);
  }
}

/** A collection whose members are found by a key (name or id): getItem and getItemOrNullObject. */
abstract class SimKeyedCollection<T, P extends SimProxy<T>> extends SimCollection<T, P> {
  /** What a missing member is called in the ItemNotFound message ("worksheet", "table"…). */
  protected abstract readonly itemKind: string;

  protected abstract find(key: string): T | undefined;

  getItem(key: string): P {
    return this.make(() => this.find(key) ?? throwError(notFound(`${this.itemKind} ${key}`)), {
      m: "getItem",
      a: [key],
    });
  }

  getItemOrNullObject(key: string): P {
    return this.make(() => this.find(key) ?? null, { m: "getItemOrNullObject", a: [key] });
  }
}

function defaultProps(p: SimProxy<unknown>): readonly string[] {
  return (p as unknown as { scalarProps: readonly string[] }).scalarProps;
}

export class SimWorksheetCollection extends SimKeyedCollection<SimSheet, SimWorksheet> {
  protected readonly typeName = "WorksheetCollection";
  protected readonly itemKind = "worksheet";

  constructor(context: SimContext) {
    super(context, SimWorksheet);
  }

  protected members(): SimSheet[] {
    return this.context.wb.sheets.slice();
  }

  protected find(key: string): SimSheet | undefined {
    return this.context.wb.findSheet(key) ?? this.context.wb.sheets.find((s) => s.id === key);
  }

  add(name?: string): SimWorksheet {
    const wb = this.context.wb;
    return this.make(
      () => {
        let n = wb.sheets.length + 1;
        while (name === undefined && wb.findSheet(`Sheet${n}`)) n++;
        wb.checkStructure("Worksheets.add");
        return wb.addSheet(name ?? `Sheet${n}`);
      },
      { m: "add", a: [name ?? null] },
    );
  }

  getActiveWorksheet(): SimWorksheet {
    return this.make(
      () => this.context.wb.activeSheet ?? throwError(notFound("active worksheet")),
      { m: "getActiveWorksheet" },
    );
  }

  getFirst(visibleOnly = false): SimWorksheet {
    return this.make(
      () =>
        this.context.wb.sheets.find((s) => !visibleOnly || s.visibility === "Visible") ??
        throwError(notFound("worksheet")),
      { m: "getFirst", a: [visibleOnly] },
    );
  }
}

function throwError(e: Error): never {
  throw e;
}

export class SimWorksheet extends SimProxy<SimSheet> {
  protected readonly scalarProps = ["name", "position", "visibility", "id"] as const;
  protected readonly typeName = "Worksheet";
  readonly tables: SimTableCollection = new SimTableCollection(this.context, this);
  readonly charts: SimChartCollection = new SimChartCollection(this.context, this);
  readonly freezePanes: SimFreezePanes = new SimFreezePanes(this.context, this);
  readonly protection: SimProtectionProxy = new SimProtectionProxy(this.context, this);

  /** The sheet, for an operation on it: ItemNotFound when missing or deleted. */
  private liveSheet(): SimSheet {
    return live(this.resolveOrThrow("worksheet"));
  }

  protected read(t: SimSheet, prop: string): unknown {
    live(t);
    switch (prop) {
      case "name":
        return t.name;
      case "id":
        return t.id;
      case "position":
        return this.context.wb.sheets.indexOf(t);
      case "visibility":
        return t.visibility;
      default:
        throw invalidArgument(`Unknown property ${prop} of Worksheet.`);
    }
  }

  protected override nav(prop: string): SimProxy<unknown> | null {
    if (prop === "protection") return this.protection;
    return null;
  }

  get name(): string {
    return this.get("name");
  }
  set name(value: string) {
    this.set("name", value, (t) => this.context.wb.renameSheet(live(t), value));
  }
  get id(): string {
    return this.get("id");
  }
  get position(): number {
    return this.get("position");
  }
  set position(value: number) {
    this.set("position", value, (t) => this.context.wb.moveSheet(live(t), value));
  }
  get visibility(): string {
    return this.get("visibility");
  }
  set visibility(value: string) {
    this.set("visibility", value, (t) => this.context.wb.setVisibility(live(t), value));
  }

  delete(): void {
    this.call({ m: "delete" }, (t) => this.context.wb.deleteSheet(live(t)));
  }

  activate(): void {
    this.call({ m: "activate" }, (t) => {
      if (live(t).visibility !== "Visible")
        throw new SimError("InvalidOperation", "A hidden sheet cannot be activated.");
      this.context.wb.activeSheet = t;
    });
  }

  getRange(address?: string): SimRange {
    return new SimRange(
      this.context,
      () => {
        const sheet = this.liveSheet();
        if (address === undefined)
          return { sheet, rect: { row: 0, column: 0, rowCount: 1_048_576, columnCount: 16_384 } };
        return rangeFromAddress(this.context.wb, address, sheet);
      },
      { m: "getRange", a: [address ?? null] },
    );
  }

  getRangeByIndexes(
    startRow: number,
    startColumn: number,
    rowCount: number,
    columnCount: number,
  ): SimRange {
    return new SimRange(
      this.context,
      () => {
        const sheet = this.liveSheet();
        const ok =
          [startRow, startColumn, rowCount, columnCount].every((x) => Number.isInteger(x)) &&
          startRow >= 0 &&
          startColumn >= 0 &&
          rowCount > 0 &&
          columnCount > 0;
        if (!ok || startRow + rowCount > 1_048_576 || startColumn + columnCount > 16_384) {
          throw invalidArgument(
            "The argument is invalid or missing or has an incorrect format.",
            "Worksheet.getRangeByIndexes",
          );
        }
        return { sheet, rect: { row: startRow, column: startColumn, rowCount, columnCount } };
      },
      { m: "getRangeByIndexes", a: [startRow, startColumn, rowCount, columnCount] },
    );
  }

  getCell(row: number, column: number): SimRange {
    return this.getRangeByIndexes(row, column, 1, 1);
  }

  /** Excel: on a blank sheet getUsedRange returns A1 (it does not throw); the OrNullObject form gives a null object. */
  getUsedRange(valuesOnly = false): SimRange {
    return new SimRange(
      this.context,
      () => {
        const sheet = this.liveSheet();
        return {
          sheet,
          rect: sheet.usedRange(valuesOnly) ?? { row: 0, column: 0, rowCount: 1, columnCount: 1 },
        };
      },
      { m: "getUsedRange", a: [valuesOnly] },
    );
  }

  getUsedRangeOrNullObject(valuesOnly = false): SimRange {
    return new SimRange(
      this.context,
      () => {
        const sheet = this.resolve();
        if (!sheet) return null;
        const rect = live(sheet).usedRange(valuesOnly);
        return rect ? { sheet, rect } : null;
      },
      { m: "getUsedRangeOrNullObject", a: [valuesOnly] },
    );
  }
}

export class SimProtectionProxy extends SimPart<SimSheet> {
  protected readonly scalarProps = ["protected", "options"] as const;
  protected readonly typeName = "WorksheetProtection";

  protected read(t: SimSheet, prop: string): unknown {
    if (prop === "protected") return t.protection.protected;
    if (prop === "options") return { ...t.protection.options };
    throw invalidArgument(`Unknown property ${prop} of WorksheetProtection.`);
  }

  get protected(): boolean {
    return this.get("protected");
  }
  get options(): Record<string, unknown> {
    return this.get("options");
  }

  protect(options?: Record<string, unknown>, password?: string): void {
    this.call({ m: "protect", a: [options ?? null] }, (t) => {
      if (t.protection.protected)
        throw new SimError(
          "InvalidOperation",
          "The sheet is already protected.",
          "WorksheetProtection.protect",
        );
      t.protection = {
        protected: true,
        options: { ...(options ?? {}), ...(password ? { password } : {}) },
      };
    });
  }

  unprotect(password?: string): void {
    this.call({ m: "unprotect" }, (t) => {
      const wanted = t.protection.options.password;
      if (t.protection.protected && wanted !== undefined && wanted !== password) {
        throw new SimError(
          "AccessDenied",
          "The password is wrong.",
          "WorksheetProtection.unprotect",
        );
      }
      t.protection = { protected: false, options: {} };
    });
  }
}

export class SimFreezePanes extends SimPart<SimSheet> {
  protected readonly scalarProps = [] as const;
  protected readonly typeName = "WorksheetFreezePanes";

  protected read(): unknown {
    throw invalidArgument("WorksheetFreezePanes has no properties.");
  }

  freezeRows(count = 1): void {
    this.call({ m: "freezeRows", a: [count] }, (t) => void (live(t).frozenRows = count));
  }

  unfreeze(): void {
    this.call({ m: "unfreeze" }, (t) => void (live(t).frozenRows = 0));
  }
}

export class SimRange extends SimProxy<RangeRef> {
  protected readonly scalarProps = [
    "address",
    "rowCount",
    "columnCount",
    "rowIndex",
    "columnIndex",
    "cellCount",
    "values",
    "numberFormat",
    "text",
    "formulas",
  ] as const;
  protected readonly typeName = "Range";
  readonly format: SimRangeFormat = new SimRangeFormat(this.context, this);
  readonly conditionalFormats: SimConditionalFormatCollection = new SimConditionalFormatCollection(
    this.context,
    this,
  );

  protected read(t: RangeRef, prop: string): unknown {
    const sheet = live(t.sheet);
    const r = t.rect;
    const cells = r.rowCount * r.columnCount;
    const grid = (f: (row: number, col: number) => unknown) => {
      if (cells > READ_CELL_LIMIT) {
        throw new SimError(
          "RangeExceedsLimit",
          `The range has ${cells} cells; reads are limited to ${READ_CELL_LIMIT}.`,
          `Range.${prop}`,
        );
      }
      const out: unknown[][] = new Array(r.rowCount);
      for (let i = 0; i < r.rowCount; i++) {
        const row = new Array(r.columnCount);
        for (let j = 0; j < r.columnCount; j++) row[j] = f(r.row + i, r.column + j);
        out[i] = row;
      }
      return out;
    };
    switch (prop) {
      case "address":
        return `${quoteSheetName(sheet.name)}!${rectAddress(r)}`;
      case "rowCount":
        return r.rowCount;
      case "columnCount":
        return r.columnCount;
      case "rowIndex":
        return r.row;
      case "columnIndex":
        return r.column;
      case "cellCount":
        return cells;
      case "values":
        if (cells > READ_CELL_LIMIT) return grid(() => "");
        return sheet.readValues(r);
      case "numberFormat":
        return grid((row, col) => sheet.format(row, col));
      case "formulas":
        return grid((row, col) => sheet.formula(row, col) ?? sheet.value(row, col) ?? "");
      case "text":
        return grid((row, col) => displayText(sheet.value(row, col), sheet.format(row, col)));
      default:
        throw invalidArgument(`Unknown property ${prop} of Range.`);
    }
  }

  protected override nav(prop: string): SimProxy<unknown> | null {
    if (prop === "format") return this.format;
    return null;
  }

  get address(): string {
    return this.get("address");
  }
  get rowCount(): number {
    return this.get("rowCount");
  }
  get columnCount(): number {
    return this.get("columnCount");
  }
  get rowIndex(): number {
    return this.get("rowIndex");
  }
  get columnIndex(): number {
    return this.get("columnIndex");
  }
  get cellCount(): number {
    return this.get("cellCount");
  }
  get text(): string[][] {
    return this.get("text");
  }

  get values(): unknown[][] {
    return this.get("values");
  }
  set values(value: unknown[][]) {
    this.set("values", value, (t, state) => {
      writeCells(t, state, value, "values", ["change cells"], (sheet, r, c, v) =>
        sheet.enter(r, c, v),
      );
      this.context.wb.cellsWritten(t.sheet, t.rect);
    });
  }

  get formulas(): unknown[][] {
    return this.get("formulas");
  }
  set formulas(value: unknown[][]) {
    this.set("formulas", value, (t, state) =>
      writeCells(t, state, value, "formulas", ["change cells"], (sheet, r, c, v) => {
        // A formula written through `formulas` is a formula whatever the number format.
        if (typeof v === "string" && v.startsWith("=")) {
          sheet.setRaw(r, c, "#NAME?");
          sheet.formulas.set(SimSheet.key(r, c), v);
        } else sheet.enter(r, c, v);
      }),
    );
  }

  get numberFormat(): unknown[][] {
    return this.get("numberFormat");
  }
  set numberFormat(value: unknown[][]) {
    const protection = ["change number formats", "allowFormatCells"] as const;
    this.set("numberFormat", value, (t, state) =>
      writeCells(t, state, value, "numberFormat", protection, (sheet, r, c, f) => {
        if (f !== null && f !== undefined) sheet.setFormat(r, c, String(f));
      }),
    );
  }

  /**
   * Range.copyFrom (ExcelApi 1.9): "Copies cell data or formatting from the source range … The
   * destination is expanded automatically if it's smaller than the source." One small request
   * whatever the size: the cells do not travel through the add-in.
   */
  copyFrom(source: SimRange | string, copyType = "All"): void {
    this.call({ m: "copyFrom", a: [objectRef(source), copyType] }, (t, state) => {
      const wb = this.context.wb;
      wb.requireApi("1.9", "Range.copyFrom");
      const from =
        typeof source === "string"
          ? rangeFromAddress(wb, source, t.sheet)
          : source.resolveOrThrow("range");
      const src = live(from.sheet);
      const sheet = live(t.sheet);
      guard(sheet, "change cells");
      const rect = { ...from.rect, row: t.rect.row, column: t.rect.column };
      const values = copyType === "All" || copyType === "Values" || copyType === "Formulas";
      const formats = copyType === "All" || copyType === "Formats";
      eachCell(from.rect, (r, c, i, j) => {
        const to = SimSheet.key(rect.row + i, rect.column + j);
        const key = SimSheet.key(r, c);
        if (values) {
          const v = src.value(r, c);
          (sheet.columns[rect.column + j] ??= [])[rect.row + i] = v;
          const f = copyType === "Values" ? undefined : src.formulas.get(key);
          if (f !== undefined) sheet.formulas.set(to, f);
          else sheet.formulas.delete(to);
        }
        if (formats) {
          (sheet.formats[rect.column + j] ??= [])[rect.row + i] = src.formats[c]?.[r];
          const fill = src.fills.get(key);
          if (fill !== undefined) sheet.fills.set(to, fill);
          else sheet.fills.delete(to);
        }
      });
      if (formats) sheet.setLocked(rect, src.isLocked(from.rect.row, from.rect.column));
      sheet.setRaw(0, 0, sheet.value(0, 0)); // drop the cached used range
      state.cellsWritten += rect.rowCount * rect.columnCount;
      wb.cellsWritten(sheet, rect);
    });
  }

  /**
   * Range.insert / Range.delete (ExcelApi 1.1) of whole rows of a table (its full width, inside
   * it or just below its header): Excel inserts or removes table rows, so the table grows or
   * shrinks, and references move or break. Other shapes are not simulated.
   */
  insert(shift: string): SimRange {
    return new SimRange(
      this.context,
      () => {
        const t = this.resolveOrThrow("range");
        this.shiftTable(t, shift, "Down", t.rect.rowCount);
        return t;
      },
      { m: "insert", a: [shift] },
    );
  }

  delete(shift: string): void {
    this.call({ m: "delete", a: [shift] }, (t) =>
      this.shiftTable(t, shift, "Up", -t.rect.rowCount),
    );
  }

  private shiftTable(t: RangeRef, shift: string, expected: string, delta: number): void {
    const wb = this.context.wb;
    const sheet = live(t.sheet);
    guard(
      sheet,
      delta > 0 ? "insert rows" : "delete rows",
      delta > 0 ? "allowInsertRows" : "allowDeleteRows",
    );
    const table = wb.tables.find(
      (x) =>
        x.sheet === sheet &&
        x.rect.column === t.rect.column &&
        x.rect.columnCount === t.rect.columnCount &&
        t.rect.row > x.rect.row &&
        t.rect.row < x.rect.row + x.rect.rowCount &&
        (delta > 0 || t.rect.row + t.rect.rowCount <= x.rect.row + x.rect.rowCount),
    );
    if (shift !== expected || !table) {
      throw new SimError(
        "NotImplemented",
        "The simulator inserts and deletes only whole rows of a table, shifting down or up.",
        delta > 0 ? "Range.insert" : "Range.delete",
      );
    }
    if (delta < 0 && table.rect.rowCount + delta < 2)
      throw new SimError(
        "InvalidOperation",
        "A table keeps at least one data row.",
        "Range.delete",
      );
    wb.shiftTableRows(table, t.rect.row, delta);
  }

  getCell(row: number, column: number): SimRange {
    return new SimRange(
      this.context,
      () => {
        const t = this.resolveOrThrow("range");
        return {
          sheet: t.sheet,
          rect: {
            row: t.rect.row + row,
            column: t.rect.column + column,
            rowCount: 1,
            columnCount: 1,
          },
        };
      },
      { m: "getCell", a: [row, column] },
    );
  }

  getResizedRange(deltaRows: number, deltaColumns: number): SimRange {
    return new SimRange(
      this.context,
      () => {
        const t = this.resolveOrThrow("range");
        const rect = {
          ...t.rect,
          rowCount: t.rect.rowCount + deltaRows,
          columnCount: t.rect.columnCount + deltaColumns,
        };
        if (rect.rowCount < 1 || rect.columnCount < 1)
          throw invalidArgument("The resized range is empty.");
        return { sheet: t.sheet, rect };
      },
      { m: "getResizedRange", a: [deltaRows, deltaColumns] },
    );
  }

  getEntireColumn(): SimRange {
    return new SimRange(
      this.context,
      () => {
        const t = this.resolveOrThrow("range");
        return {
          sheet: t.sheet,
          rect: {
            row: 0,
            column: t.rect.column,
            rowCount: 1_048_576,
            columnCount: t.rect.columnCount,
          },
        };
      },
      { m: "getEntireColumn" },
    );
  }

  clear(): void {
    this.call({ m: "clear" }, (t) => {
      const sheet = live(t.sheet);
      guard(sheet, "clear cells");
      eachCell(t.rect, (r, c) => {
        if (sheet.columns[c]) sheet.columns[c][r] = undefined;
        if (sheet.formats[c]) sheet.formats[c][r] = undefined;
        sheet.formulas.delete(SimSheet.key(r, c));
        sheet.fills.delete(SimSheet.key(r, c));
      });
      sheet.setRaw(0, 0, sheet.value(0, 0)); // drop the cached used range
    });
  }
}

export class SimRangeFormat extends SimPart<RangeRef> {
  protected readonly scalarProps = ["columnWidth"] as const;
  protected readonly typeName = "RangeFormat";
  readonly fill: SimRangeFill = new SimRangeFill(this.context, this);
  readonly font: SimRangeFont = new SimRangeFont(this.context, this);
  readonly protection: SimFormatProtection = new SimFormatProtection(this.context, this);

  protected read(t: RangeRef, prop: string): unknown {
    if (prop === "columnWidth") return t.sheet.columnWidths.get(t.rect.column) ?? 48;
    throw invalidArgument(`Unknown property ${prop} of RangeFormat.`);
  }

  protected override nav(prop: string): SimProxy<unknown> | null {
    return prop === "fill" ? this.fill : prop === "font" ? this.font : null;
  }

  get columnWidth(): number {
    return this.get("columnWidth");
  }
  set columnWidth(value: number) {
    this.set("columnWidth", value, (t) => {
      guard(live(t.sheet), "change column widths", "allowFormatColumns");
      if (!(value >= 0 && value <= 255 * 7.5))
        throw invalidArgument(`Column width ${value} is out of range.`);
      for (let j = 0; j < t.rect.columnCount; j++)
        t.sheet.columnWidths.set(t.rect.column + j, value);
    });
  }

  /** Widths from the longest displayed text (about 7 points a character, CJK counted twice). */
  autofitColumns(): void {
    this.call({ m: "autofitColumns" }, (t) => {
      const sheet = live(t.sheet);
      guard(sheet, "change column widths", "allowFormatColumns");
      const used = sheet.usedRange(true);
      if (!used) return;
      const r0 = Math.max(t.rect.row, used.row);
      const r1 = Math.min(t.rect.row + t.rect.rowCount, used.row + used.rowCount);
      for (let j = 0; j < t.rect.columnCount; j++) {
        const c = t.rect.column + j;
        let chars = 0;
        for (let r = r0; r < r1; r++) {
          const text = displayText(sheet.value(r, c), sheet.format(r, c));
          let w = 0;
          for (const ch of text) w += ch.charCodeAt(0) > 0x2e80 ? 2 : 1;
          chars = Math.max(chars, w);
        }
        sheet.columnWidths.set(c, chars === 0 ? 48 : Math.min(255, chars) * 7 + 5);
      }
    });
  }

  autofitRows(): void {
    this.call({ m: "autofitRows" }, () => undefined);
  }
}

/**
 * Range.conditionalFormats (ExcelApi 1.6): add("CellValue") with cellValue.rule and
 * cellValue.format.fill.color; clearAll(). The format is set up in the same batch, as the add-in
 * does; Excel keeps one rule for the whole range, however many cells it colours.
 */
export class SimConditionalFormatCollection extends SimPart<RangeRef> {
  protected readonly scalarProps = [] as const;
  protected readonly typeName = "ConditionalFormatCollection";

  protected read(): unknown {
    throw invalidArgument("ConditionalFormatCollection has no properties here.");
  }

  add(type: string): {
    cellValue: {
      format: { fill: { color: string } };
      rule: { formula1: string; operator: string };
    };
  } {
    const entry = {
      rect: { row: 0, column: 0, rowCount: 1, columnCount: 1 },
      operator: "",
      formula1: "",
      fill: null as string | null,
    };
    const fill = { color: "" };
    const cellValue = {
      format: { fill },
      rule: { formula1: "", operator: "" },
    };
    this.call({ m: "conditionalFormats.add", a: [type] }, (t) => {
      this.context.wb.requireApi("1.6", "ConditionalFormatCollection.add");
      if (type !== "CellValue")
        throw new SimError(
          "NotImplemented",
          "The simulator models CellValue conditional formats only.",
        );
      const sheet = live(t.sheet);
      guard(sheet, "change conditional formats", "allowFormatCells");
      entry.rect = { ...t.rect };
      sheet.conditionalFormats.push(entry);
    });
    // The rule and colour set on the returned objects travel with the add (not sized separately).
    return {
      cellValue: {
        format: {
          fill: {
            get color() {
              return fill.color;
            },
            set color(value: string) {
              fill.color = value;
              entry.fill = value.toUpperCase();
            },
          },
        },
        get rule() {
          return cellValue.rule;
        },
        set rule(value: { formula1: string; operator: string }) {
          cellValue.rule = value;
          entry.formula1 = value.formula1;
          entry.operator = value.operator;
        },
      },
    };
  }

  clearAll(): void {
    this.call({ m: "conditionalFormats.clearAll" }, (t) => {
      this.context.wb.requireApi("1.6", "ConditionalFormatCollection.clearAll");
      const sheet = live(t.sheet);
      const r = t.rect;
      const inside = (x: Rect) =>
        x.row >= r.row &&
        x.column >= r.column &&
        x.row + x.rowCount <= r.row + r.rowCount &&
        x.column + x.columnCount <= r.column + r.columnCount;
      for (let i = sheet.conditionalFormats.length - 1; i >= 0; i--)
        if (inside(sheet.conditionalFormats[i].rect)) sheet.conditionalFormats.splice(i, 1);
    });
  }
}

/** Range.format.protection (ExcelApi 1.2): whether cells are locked once the sheet is protected. */
export class SimFormatProtection extends SimPart<RangeRef> {
  protected readonly scalarProps = ["locked"] as const;
  protected readonly typeName = "FormatProtection";

  protected read(t: RangeRef, prop: string): unknown {
    if (prop !== "locked") throw invalidArgument(`Unknown property ${prop} of FormatProtection.`);
    const first = t.sheet.isLocked(t.rect.row, t.rect.column);
    return t.sheet.allLocked(t.rect, first) ? first : null;
  }

  get locked(): boolean {
    return this.get("locked");
  }
  set locked(value: boolean) {
    this.set("locked", value, (t) => {
      const sheet = live(t.sheet);
      guard(sheet, "change cell formats", "allowFormatCells");
      sheet.setLocked(t.rect, value);
    });
  }
}

export class SimRangeFill extends SimPart<RangeRef> {
  protected readonly scalarProps = ["color"] as const;
  protected readonly typeName = "RangeFill";

  protected read(t: RangeRef, prop: string): unknown {
    if (prop !== "color") throw invalidArgument(`Unknown property ${prop} of RangeFill.`);
    const first = t.sheet.fills.get(SimSheet.key(t.rect.row, t.rect.column)) ?? null;
    for (let i = 0; i < t.rect.rowCount; i++) {
      for (let j = 0; j < t.rect.columnCount; j++) {
        if ((t.sheet.fills.get(SimSheet.key(t.rect.row + i, t.rect.column + j)) ?? null) !== first)
          return null;
      }
    }
    return first ?? "#FFFFFF";
  }

  get color(): string {
    return this.get("color");
  }
  set color(value: string) {
    this.set("color", value, (t) => {
      const sheet = live(t.sheet);
      guard(sheet, "change cell formats", "allowFormatCells");
      if (!/^#[0-9A-Fa-f]{6}$/.test(value) && !/^[A-Za-z]+$/.test(value))
        throw invalidArgument(`“${value}” is not a colour.`, "RangeFill.color");
      const color = value.toUpperCase();
      eachCell(t.rect, (r, c) => sheet.fills.set(SimSheet.key(r, c), color));
    });
  }

  clear(): void {
    this.call({ m: "clear" }, (t) => {
      eachCell(t.rect, (r, c) => t.sheet.fills.delete(SimSheet.key(r, c)));
    });
  }
}

export class SimRangeFont extends SimPart<RangeRef> {
  protected readonly scalarProps = ["bold"] as const;
  protected readonly typeName = "RangeFont";

  protected read(t: RangeRef, prop: string): unknown {
    if (prop !== "bold") throw invalidArgument(`Unknown property ${prop} of RangeFont.`);
    return t.sheet.bold.get(SimSheet.key(t.rect.row, t.rect.column)) ?? false;
  }

  get bold(): boolean {
    return this.get("bold");
  }
  set bold(value: boolean) {
    this.set("bold", value, (t) => {
      const sheet = live(t.sheet);
      guard(sheet, "change cell formats", "allowFormatCells");
      eachCell(t.rect, (r, c) => sheet.bold.set(SimSheet.key(r, c), value));
    });
  }
}

export class SimTableCollection extends SimKeyedCollection<SimTable, SimTableProxy> {
  protected readonly typeName = "TableCollection";
  protected readonly itemKind = "table";

  constructor(
    context: SimContext,
    private readonly sheet: SimWorksheet | null,
  ) {
    super(context, SimTableProxy);
  }

  /** The workbook's tables, or one sheet's. */
  protected members(): SimTable[] {
    const sheet = this.sheet?.resolve();
    return this.context.wb.tables.filter((t) => !this.sheet || t.sheet === sheet);
  }

  protected find(key: string): SimTable | undefined {
    const lower = key.toLowerCase();
    return this.members().find((t) => t.name.toLowerCase() === lower || t.id === key);
  }

  add(address: SimRange | string, hasHeaders: boolean): SimTableProxy {
    return this.make(
      () => {
        const ref =
          typeof address === "string"
            ? rangeFromAddress(this.context.wb, address, this.sheet?.resolve() ?? null)
            : address.resolveOrThrow("range");
        guard(live(ref.sheet), "add a table");
        return this.context.wb.addTable(ref.sheet, ref.rect, hasHeaders);
      },
      { m: "add", a: [objectRef(address), hasHeaders] },
    );
  }
}

export class SimTableProxy extends SimProxy<SimTable> {
  protected readonly scalarProps = [
    "name",
    "id",
    "showHeaders",
    "showFilterButton",
    "showTotals",
    "style",
  ] as const;
  protected readonly typeName = "Table";
  readonly worksheet: SimWorksheet = new SimWorksheet(
    this.context,
    () => this.resolve()?.sheet ?? null,
  );
  readonly columns: SimTableColumnCollection = new SimTableColumnCollection(this.context, this);
  readonly rows: SimTableRowCollection = new SimTableRowCollection(this.context, this);

  private alive(t: SimTable): SimTable {
    if (!this.context.wb.tables.includes(t)) throw notFound(`table ${t.name}`);
    return t;
  }

  protected read(t: SimTable, prop: string): unknown {
    this.alive(t);
    switch (prop) {
      case "name":
        return t.name;
      case "id":
        return t.id;
      case "showHeaders":
        return t.showHeaders;
      case "showFilterButton":
        return t.showFilterButton;
      case "showTotals":
        return t.showTotals;
      case "style":
        return t.style;
      default:
        throw invalidArgument(`Unknown property ${prop} of Table.`);
    }
  }

  protected override nav(prop: string): SimProxy<unknown> | null {
    return prop === "worksheet" ? this.worksheet : null;
  }

  get name(): string {
    return this.get("name");
  }
  set name(value: string) {
    this.set("name", value, (t) => this.context.wb.renameTable(this.alive(t), value));
  }
  get id(): string {
    return this.get("id");
  }
  get showFilterButton(): boolean {
    return this.get("showFilterButton");
  }
  set showFilterButton(value: boolean) {
    this.set("showFilterButton", value, (t) => void (this.alive(t).showFilterButton = value));
  }
  get showHeaders(): boolean {
    return this.get("showHeaders");
  }
  get showTotals(): boolean {
    return this.get("showTotals");
  }
  get style(): string {
    return this.get("style");
  }
  set style(value: string) {
    this.set("style", value, (t) => void (this.alive(t).style = value));
  }

  private part(pick: (t: SimTable) => Rect | null): SimRange {
    return new SimRange(
      this.context,
      () => {
        const t = this.alive(this.resolveOrThrow("table"));
        const rect = pick(t);
        return rect ? { sheet: t.sheet, rect } : null;
      },
      { m: "getRange" },
    );
  }

  getRange(): SimRange {
    return this.part((t) => t.rect);
  }

  getHeaderRowRange(): SimRange {
    return this.part((t) => ({ ...t.rect, rowCount: 1 }));
  }

  getDataBodyRange(): SimRange {
    return this.part((t) => ({ ...t.rect, row: t.rect.row + 1, rowCount: t.rect.rowCount - 1 }));
  }

  delete(): void {
    this.call({ m: "delete" }, (t) => this.context.wb.deleteTable(this.alive(t)));
  }

  /** Table.resize (ExcelApi 1.13): the table now covers `range`; no cell moves. */
  resize(range: SimRange | string): void {
    this.call({ m: "resize", a: [objectRef(range)] }, (t) => {
      this.context.wb.requireApi("1.13", "Table.resize");
      const table = this.alive(t);
      const ref =
        typeof range === "string"
          ? rangeFromAddress(this.context.wb, range, table.sheet)
          : range.resolveOrThrow("range");
      if (ref.sheet !== table.sheet) throw invalidArgument("A table cannot move to another sheet.");
      guard(live(table.sheet), "resize a table");
      this.context.wb.resizeTable(table, ref.rect);
    });
  }
}

/**
 * Table.columns: add (ExcelApi 1.4 appends at the end when index is null or undefined) and
 * getItemAt(i).delete(), as the 1.9 fallback of a refresh uses them; cells right of the table are
 * not simulated (the add-in's tabs have none).
 */
export class SimTableColumnCollection extends SimProxy<SimTable> {
  protected readonly scalarProps = [] as const;
  protected readonly typeName = "TableColumnCollection";

  constructor(context: SimContext, table: SimTableProxy) {
    super(context, () => table.resolve());
  }

  protected read(): unknown {
    throw invalidArgument("TableColumnCollection has no properties here.");
  }

  add(index?: number | null): void {
    this.call({ m: "add", a: [index ?? null] }, (t) => {
      if (index !== undefined && index !== null && index !== t.rect.columnCount)
        throw new SimError("NotImplemented", "The simulator appends table columns only.");
      guard(live(t.sheet), "insert columns", "allowInsertColumns");
      t.rect = { ...t.rect, columnCount: t.rect.columnCount + 1 };
      this.context.wb.syncTableHeaders(t);
    });
  }

  getItemAt(index: number): { delete(): void } {
    return {
      delete: () =>
        this.call({ m: "getItemAt.delete", a: [index] }, (t) => {
          if (index !== t.rect.columnCount - 1)
            throw new SimError(
              "NotImplemented",
              "The simulator deletes the last table column only.",
            );
          guard(live(t.sheet), "delete columns", "allowDeleteColumns");
          const c = t.rect.column + index;
          for (let r = t.rect.row; r < t.rect.row + t.rect.rowCount; r++) {
            if (t.sheet.columns[c]) t.sheet.columns[c][r] = undefined;
            t.sheet.formulas.delete(SimSheet.key(r, c));
          }
          const name = t.columns[index];
          t.rect = { ...t.rect, columnCount: t.rect.columnCount - 1 };
          t.columns = t.columns.slice(0, -1);
          this.context.wb.rewriteFormulas((f) => breakColumnIn(f, t.name, name));
        }),
    };
  }
}

/**
 * Table.rows: add(index, values) (ExcelApi 1.1). Rows are added at the end (index null or
 * undefined); cells below the table in its columns move down, as Excel inserts them.
 */
export class SimTableRowCollection extends SimProxy<SimTable> {
  protected readonly scalarProps = [] as const;
  protected readonly typeName = "TableRowCollection";

  constructor(context: SimContext, table: SimTableProxy) {
    super(context, () => table.resolve());
  }

  protected read(): unknown {
    throw invalidArgument("TableRowCollection has no properties here.");
  }

  add(index?: number | null, values?: unknown[][]): void {
    this.call({ m: "add", a: [index ?? null, values ?? null] }, (t, state) => {
      if (index !== undefined && index !== null)
        throw new SimError("NotImplemented", "The simulator adds table rows at the end only.");
      const sheet = live(t.sheet);
      guard(sheet, "insert rows", "allowInsertRows");
      const rows = values ?? [new Array(t.rect.columnCount).fill("")];
      if (rows.some((r) => !Array.isArray(r) || r.length !== t.rect.columnCount))
        throw invalidArgument(
          "The values do not match the table's columns.",
          "TableRowCollection.add",
        );
      const at = t.rect.row + t.rect.rowCount;
      this.context.wb.shiftTableRows(t, at, rows.length);
      t.rect = { ...t.rect, rowCount: t.rect.rowCount + rows.length };
      rows.forEach((r, i) => r.forEach((v, j) => sheet.enter(at + i, t.rect.column + j, v)));
      state.cellsWritten += rows.length * t.rect.columnCount;
    });
  }
}

const CHART_TYPES = new Set([
  "Pie",
  "Doughnut",
  "ColumnClustered",
  "ColumnStacked",
  "BarClustered",
  "BarStacked",
  "Line",
  "LineMarkers",
  "Area",
  "XYScatter",
]);

/** A chart with its sheet: what a simulated Chart resolves to. */
interface ChartRef {
  chart: SimChart;
  sheet: SimSheet;
}

export class SimChartCollection extends SimCollection<ChartRef, SimChartProxy> {
  protected readonly typeName = "ChartCollection";

  constructor(
    context: SimContext,
    private readonly sheet: SimWorksheet,
  ) {
    super(context, SimChartProxy);
  }

  protected members(): ChartRef[] {
    const sheet = this.sheet.resolve();
    return sheet ? sheet.charts.map((chart) => ({ chart, sheet })) : [];
  }

  add(type: string, sourceData: SimRange, seriesBy = "Auto"): SimChartProxy {
    return this.make(
      () => {
        const sheet = live(this.sheet.resolveOrThrow("worksheet"));
        if (!CHART_TYPES.has(type))
          throw invalidArgument(`Chart type ${type} is not supported here.`, "ChartCollection.add");
        if (!["Auto", "Columns", "Rows"].includes(seriesBy))
          throw invalidArgument(`seriesBy ${seriesBy} is not valid.`);
        guard(sheet, "add a chart", "allowEditObjects");
        const source = sourceData.resolveOrThrow("range");
        const chart = this.context.wb.addChart(sheet, type, source.rect, seriesBy, source.sheet);
        return { chart, sheet };
      },
      { m: "add", a: [type, objectRef(sourceData), seriesBy] },
    );
  }
}

export class SimChartProxy extends SimProxy<ChartRef> {
  protected readonly scalarProps = ["name", "id", "chartType"] as const;
  protected readonly typeName = "Chart";
  readonly title: SimChartTitle = new SimChartTitle(this.context, this);

  protected read(t: { chart: SimChart }, prop: string): unknown {
    if (prop === "name") return t.chart.name;
    if (prop === "id") return String(t.chart.id);
    if (prop === "chartType") return t.chart.type;
    throw invalidArgument(`Unknown property ${prop} of Chart.`);
  }

  get name(): string {
    return this.get("name");
  }
  set name(value: string) {
    this.set("name", value, (t) => void (t.chart.name = value));
  }
  get chartType(): string {
    return this.get("chartType");
  }

  setPosition(startCell: SimRange | string, endCell?: SimRange | string): void {
    const args = [objectRef(startCell), objectRef(endCell ?? null)];
    this.call({ m: "setPosition", a: args }, (t) => {
      const address = (x: SimRange | string | undefined) => {
        if (x === undefined) return undefined;
        if (typeof x === "string") {
          if (!parseAddress(splitSheetAddress(x).address))
            throw invalidArgument(`“${x}” is not an address.`);
          return x;
        }
        const ref = x.resolve();
        return ref ? rectAddress(ref.rect) : undefined;
      };
      t.chart.position = { start: address(startCell) ?? "", end: address(endCell) };
    });
  }

  delete(): void {
    this.call({ m: "delete" }, (t) => {
      const i = t.sheet.charts.indexOf(t.chart);
      if (i >= 0) t.sheet.charts.splice(i, 1);
    });
  }
}

export class SimChartTitle extends SimProxy<SimChart> {
  protected readonly scalarProps = ["text"] as const;
  protected readonly typeName = "ChartTitle";

  constructor(context: SimContext, chart: SimChartProxy) {
    super(context, () => chart.resolve()?.chart ?? null);
  }

  protected read(t: SimChart, prop: string): unknown {
    if (prop === "text") return t.title;
    throw invalidArgument(`Unknown property ${prop} of ChartTitle.`);
  }

  get text(): string {
    return this.get("text");
  }
  set text(value: string) {
    this.set("text", value, (t) => void (t.title = value));
  }
}

export class SimNamedItemCollection extends SimKeyedCollection<SimName, SimNamedItem> {
  protected readonly typeName = "NamedItemCollection";
  protected readonly itemKind = "name";

  constructor(context: SimContext) {
    super(context, SimNamedItem);
  }

  protected members(): SimName[] {
    return this.context.wb.names.slice();
  }

  protected find(name: string): SimName | undefined {
    return this.context.wb.findName(name);
  }

  add(name: string, reference: SimRange | string, comment?: string): SimNamedItem {
    return this.make(
      () => {
        const ref =
          typeof reference === "string"
            ? rangeFromAddress(this.context.wb, reference, null)
            : reference.resolveOrThrow("range");
        return this.context.wb.addName(name, live(ref.sheet), ref.rect, comment ?? "");
      },
      { m: "add", a: [name, objectRef(reference), comment ?? null] },
    );
  }
}

export class SimNamedItem extends SimProxy<SimName> {
  protected readonly scalarProps = [
    "name",
    "type",
    "value",
    "formula",
    "comment",
    "visible",
  ] as const;
  protected readonly typeName = "NamedItem";

  protected read(t: SimName, prop: string): unknown {
    const wb = this.context.wb;
    switch (prop) {
      case "name":
        return t.name;
      case "type":
        return t.sheet ? "Range" : "Error";
      case "value":
        return t.sheet ? wb.nameFormula(t).slice(1) : "#REF!";
      case "formula":
        return wb.nameFormula(t);
      case "comment":
        return t.comment;
      case "visible":
        return t.visible;
      default:
        throw invalidArgument(`Unknown property ${prop} of NamedItem.`);
    }
  }

  get name(): string {
    return this.get("name");
  }
  get type(): string {
    return this.get("type");
  }
  get value(): string {
    return this.get("value");
  }
  get formula(): string {
    return this.get("formula");
  }
  /** NamedItem.formula (ExcelApi 1.7): re-points the name. */
  set formula(value: string) {
    this.set("formula", value, (t) => {
      this.context.wb.requireApi("1.7", "NamedItem.formula");
      const ref = rangeFromAddress(this.context.wb, String(value).replace(/^=/, ""), null);
      t.sheet = live(ref.sheet);
      t.rect = ref.rect;
    });
  }
  get comment(): string {
    return this.get("comment");
  }
  get visible(): boolean {
    return this.get("visible");
  }
  set visible(value: boolean) {
    this.set("visible", value, (t) => void (t.visible = value));
  }

  getRange(): SimRange {
    return new SimRange(
      this.context,
      () => {
        const t = this.resolveOrThrow("name");
        if (!t.sheet) throw new SimError("InvalidReference", "The name does not refer to a range.");
        return { sheet: t.sheet, rect: t.rect };
      },
      { m: "getRange" },
    );
  }

  getRangeOrNullObject(): SimRange {
    return new SimRange(
      this.context,
      () => {
        const t = this.resolve();
        return t?.sheet ? { sheet: t.sheet, rect: t.rect } : null;
      },
      { m: "getRangeOrNullObject" },
    );
  }

  delete(): void {
    this.call({ m: "delete" }, (t) => this.context.wb.deleteName(t));
  }
}

export class SimSettingCollection extends SimKeyedCollection<string, SimSetting> {
  protected readonly typeName = "SettingCollection";
  protected readonly itemKind = "setting";

  constructor(context: SimContext) {
    super(context, SimSetting);
  }

  protected members(): string[] {
    return [...this.context.wb.settings.keys()];
  }

  protected find(key: string): string | undefined {
    return this.context.wb.settings.has(key) ? key : undefined;
  }

  /** Adds or replaces a setting; the value is kept as JSON (as Office does). */
  add(key: string, value: unknown): SimSetting {
    const json = JSON.stringify(value);
    return this.make(
      () => {
        if (typeof key !== "string" || key === "")
          throw invalidArgument("A setting needs a key.", "SettingCollection.add");
        if (json === undefined)
          throw invalidArgument("The setting's value cannot be stored.", "SettingCollection.add");
        this.context.wb.settings.set(key, json);
        return key;
      },
      { m: "add", a: [key, value] },
    );
  }
}

export class SimSetting extends SimProxy<string> {
  protected readonly scalarProps = ["key", "value"] as const;
  protected readonly typeName = "Setting";

  protected read(key: string, prop: string): unknown {
    if (prop === "key") return key;
    if (prop === "value") {
      const json = this.context.wb.settings.get(key);
      if (json === undefined) throw notFound(`setting ${key}`);
      return JSON.parse(json);
    }
    throw invalidArgument(`Unknown property ${prop} of Setting.`);
  }

  get key(): string {
    return this.get("key");
  }
  get value(): unknown {
    return this.get("value");
  }
  set value(value: unknown) {
    const json = JSON.stringify(value);
    this.set("value", value, (key) => void this.context.wb.settings.set(key, json));
  }

  delete(): void {
    this.call({ m: "delete" }, (key) => void this.context.wb.settings.delete(key));
  }
}
