// The simulated Excel.TableCollection, Table, TableColumnCollection and TableRowCollection.
import type { Rect } from "../address";
import { SimContext, SimProxy } from "../context";
import { SimError, invalidArgument, notFound } from "../errors";
import { deleteTableColumn, type SimTable } from "../tables";
import { SimRange } from "./range";
import { SimKeyedCollection, guard, live, objectRef, rangeFromAddress } from "./shared";
import { SimWorksheet } from "./worksheet";

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
 * Table.columns: add (ExcelApi 1.4 appends at the end when index is null or undefined),
 * getItemAt(i) (1.1) and getItemOrNullObject(name) (1.4), then delete() (TableColumn.delete, 1.1),
 * as a refresh uses them: the 1.9 fallback deletes the last columns, a column the registry took off
 * a tab is deleted by its header wherever it is (tables.ts deleteTableColumn). Cells right of the
 * table are not simulated (the add-in's tabs have none).
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

  getItemAt(index: number): SimTableColumn {
    return new SimTableColumn(
      this.context,
      () => {
        const t = this.resolveOrThrow("table");
        if (index < 0 || index >= t.rect.columnCount) throw notFound(`table column ${index}`);
        return { table: t, name: t.columns[index] };
      },
      { m: "getItemAt", a: [index] },
    );
  }

  /** A column by its name (the header, any case): a null object when the table has none. */
  getItemOrNullObject(key: string): SimTableColumn {
    return new SimTableColumn(
      this.context,
      () => {
        const t = this.resolveOrThrow("table");
        const name = t.columns.find((c) => c.toLowerCase() === key.toLowerCase());
        return name === undefined ? null : { table: t, name };
      },
      { m: "getItemOrNullObject", a: [key] },
    );
  }
}

/** A table's column, as the sync found it: the table and the column's name. */
interface ColumnRef {
  table: SimTable;
  name: string;
}

/** Excel.TableColumn: its name and index, and delete(). */
export class SimTableColumn extends SimProxy<ColumnRef> {
  protected readonly scalarProps = ["name", "index"] as const;
  protected readonly typeName = "TableColumn";

  protected read(ref: ColumnRef, prop: string): unknown {
    if (prop === "name") return ref.name;
    if (prop === "index") return ref.table.columns.indexOf(ref.name);
    throw invalidArgument(`TableColumn.${prop} is not simulated.`);
  }

  delete(): void {
    this.call({ m: "delete" }, (ref) => {
      const t = ref.table;
      const index = t.columns.indexOf(ref.name);
      if (!this.context.wb.tables.includes(t) || index < 0)
        throw notFound(`table column ${ref.name}`);
      guard(live(t.sheet), "delete columns", "allowDeleteColumns");
      if (t.rect.columnCount < 2)
        throw new SimError("InvalidOperation", "A table keeps at least one column.");
      deleteTableColumn(this.context.wb, t, index);
    });
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
