// Helpers every simulated Excel object shares: the range a proxy resolves to, sheet guards, block writes, and the collection base classes.
import { type Rect, parseAddress, splitSheetAddress } from "../address";
import { SimContext, SimProxy, type SyncState } from "../context";
import { SimError, invalidArgument, notFound } from "../errors";
import type { OperationRecord } from "../payload";
import { SimSheet } from "../sheet";
import type { SimWorkbook } from "../workbook";

/** A block of a sheet: what a simulated Range resolves to. */
export interface RangeRef {
  sheet: SimSheet;
  rect: Rect;
}

/** An object passed as an argument goes into the request as a reference to it, not its contents. */
export function objectRef(x: unknown): unknown {
  return x instanceof SimProxy ? { objectPath: true } : x;
}

export function live(sheet: SimSheet): SimSheet {
  if (sheet.deleted) throw notFound(`worksheet ${sheet.name}`);
  return sheet;
}

export function guard(sheet: SimSheet, what: string, allowed?: string): void {
  if (!sheet.protection.protected) return;
  if (allowed && sheet.protection.options[allowed] === true) return;
  throw new SimError("AccessDenied", `The sheet “${sheet.name}” is protected: cannot ${what}.`);
}

/** Looks up a range from "A1:B2" (on `sheet`) or "Sheet!A1:B2". */
export function rangeFromAddress(wb: SimWorkbook, text: string, sheet: SimSheet | null): RangeRef {
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
export abstract class SimPart<T> extends SimProxy<T> {
  constructor(context: SimContext, owner: { resolve(): T | null }) {
    super(context, () => owner.resolve());
  }
}

/** Calls `f` for every cell of a block, row by row (i, j: the cell's offsets in the block). */
export function eachCell(
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
export function writeCells(
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
export abstract class SimCollection<T, P extends SimProxy<T>> extends SimProxy<SimWorkbook> {
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
export abstract class SimKeyedCollection<T, P extends SimProxy<T>> extends SimCollection<T, P> {
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

export function throwError(e: Error): never {
  throw e;
}
