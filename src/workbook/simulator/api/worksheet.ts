// The simulated Excel.WorksheetCollection, Worksheet, WorksheetProtection and WorksheetFreezePanes.
import { SimContext, SimProxy } from "../context";
import { SimError, invalidArgument, notFound } from "../errors";
import { SimSheet } from "../sheet";
import { SimChartCollection } from "./chart";
import { SimRange } from "./range";
import {
  SimKeyedCollection,
  SimPart,
  guard,
  live,
  objectRef,
  rangeFromAddress,
  throwError,
} from "./shared";
import { SimPageBreakCollection, SimPageLayout } from "./pageLayout";
import { SimTableCollection } from "./table";

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

export class SimWorksheet extends SimProxy<SimSheet> {
  protected readonly scalarProps = ["name", "position", "visibility", "id"] as const;
  protected readonly typeName = "Worksheet";
  readonly tables: SimTableCollection = new SimTableCollection(this.context, this);
  readonly charts: SimChartCollection = new SimChartCollection(this.context, this);
  readonly freezePanes: SimFreezePanes = new SimFreezePanes(this.context, this);
  readonly protection: SimProtectionProxy = new SimProtectionProxy(this.context, this);
  readonly autoFilter: SimAutoFilter = new SimAutoFilter(this.context, this);
  readonly pageLayout: SimPageLayout = new SimPageLayout(this.context, this);
  readonly horizontalPageBreaks = new SimPageBreakCollection(this.context, this, false);
  readonly verticalPageBreaks = new SimPageBreakCollection(this.context, this, true);

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
    if (prop === "pageLayout") return this.pageLayout;
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

/**
 * Worksheet.autoFilter (ExcelApi 1.9): apply over a range (one per sheet, replacing any earlier)
 * and remove; filter criteria are not simulated.
 */
export class SimAutoFilter extends SimPart<SimSheet> {
  protected readonly scalarProps = [] as const;
  protected readonly typeName = "AutoFilter";

  protected read(): unknown {
    throw invalidArgument("The simulated AutoFilter has no properties.");
  }

  apply(range: SimRange | string): void {
    if (typeof range !== "string" && !(range instanceof SimRange))
      throw invalidArgument("AutoFilter.apply takes a range.");
    this.call({ m: "apply", a: [objectRef(range)] }, (t) => {
      const ref =
        typeof range === "string"
          ? rangeFromAddress(this.context.wb, range, live(t))
          : range.resolveOrThrow("range");
      if (ref.sheet !== t) throw invalidArgument("The range is on another sheet.");
      guard(live(t), "apply a filter", "allowAutoFilter");
      t.autoFilter = { ...ref.rect };
    });
  }

  remove(): void {
    this.call({ m: "remove" }, (t) => {
      guard(live(t), "remove a filter", "allowAutoFilter");
      live(t).autoFilter = null;
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
