import { notFound, SimError, propertyNotLoaded } from "./errors";
import {
  jsonByteLength,
  MESSAGE_ENVELOPE_BYTES,
  OPERATION_ENVELOPE_BYTES,
  operationBytes,
  PAYLOAD_LIMIT_BYTES,
  utf8Length,
  type OperationRecord,
} from "./payload";
import type { SimWorkbook } from "./workbook";

/** What one sync gathers while it runs its operations. */
export interface SyncState {
  responseBytes: number;
  commits: (() => void)[];
  cellsWritten: number;
  suspendedCalculation: boolean;
  suspendedScreenUpdating: boolean;
}

/** A queued operation: what the request carries for it, and what it does when the sync runs it. */
export interface Operation {
  record: OperationRecord;
  run(state: SyncState): void;
}

/**
 * The simulated RequestContext: queues operations until sync(), then runs them in order against
 * the workbook like Excel does (earlier operations stay applied when a later one fails), sizes the
 * request and the response, and throws Excel's errors when either exceeds 5 MB.
 */
export class SimContext {
  private queue: Operation[] = [];
  closed = false;
  readonly trackedObjects = {
    add: (_obj: unknown) => undefined,
    remove: (_obj: unknown) => undefined,
  };

  /** Excel.run's RunOptions.delayForCellEdit: wait out cell-edit mode instead of failing. */
  delayForCellEdit = false;

  constructor(readonly wb: SimWorkbook) {}

  enqueue(op: Operation): void {
    if (this.closed) throw invalidObjectPath();
    this.queue.push(op);
  }

  get pending(): number {
    return this.queue.length;
  }

  async sync<T>(passThroughValue?: T): Promise<T> {
    if (this.closed) throw invalidObjectPath();
    const ops = this.queue;
    this.queue = [];
    await Promise.resolve(); // the real sync is a round trip: never synchronous
    // RunOptions.delayForCellEdit: "When false, if the user is in cell edit when the batch request
    // is processed by the host, the batch automatically fails. When true, … the batch request is
    // delayed until the user exits cell edit mode" (Excel JavaScript API reference, RunOptions).
    const editing = this.wb.cellEdit;
    if (editing && ops.length > 0) {
      if (!this.delayForCellEdit) {
        throw new SimError(
          "InvalidOperationInCellEditMode",
          "Excel is in cell-editing mode. Please exit the edit mode by pressing ENTER or TAB or selecting another cell, and then try again.",
          "RequestContext.sync",
        );
      }
      await editing;
    }
    const stats = this.wb.stats;
    const n = ++stats.syncs;
    this.wb.beforeSync?.(n);
    let requestBytes = MESSAGE_ENVELOPE_BYTES;
    for (const op of ops) requestBytes += operationBytes(op.record);
    const record = {
      requestBytes,
      responseBytes: 0,
      operations: ops.length,
      cellsWritten: 0,
      suspendedCalculation: false,
      suspendedScreenUpdating: false,
    };
    stats.log.push(record);
    stats.maxRequestBytes = Math.max(stats.maxRequestBytes, requestBytes);
    stats.totalRequestBytes += requestBytes;
    const fault = this.wb.faults.get(n);
    if (fault) this.wb.faults.delete(n);
    if (fault && fault.operation === undefined) {
      throw new SimError(fault.code, `Simulated failure of sync ${n}.`, "RequestContext.sync");
    }
    if (requestBytes > PAYLOAD_LIMIT_BYTES) {
      throw new SimError(
        this.wb.oversizeCode,
        `The request payload size (${requestBytes} bytes) has exceeded the limit of ${PAYLOAD_LIMIT_BYTES} bytes.`,
        "RequestContext.sync",
      );
    }
    const state: SyncState = {
      responseBytes: MESSAGE_ENVELOPE_BYTES,
      commits: [],
      cellsWritten: 0,
      suspendedCalculation: false,
      suspendedScreenUpdating: false,
    };
    try {
      // In order; the first failure stops the batch and earlier operations stay applied (as in Excel).
      for (let i = 0; i < ops.length; i++) {
        if (fault && fault.operation === i + 1) {
          throw new SimError(
            fault.code,
            `Simulated failure of operation ${i + 1} (${ops[i].record.m}) of sync ${n}.`,
            "RequestContext.sync",
          );
        }
        ops[i].run(state);
      }
    } finally {
      record.responseBytes = state.responseBytes;
      record.cellsWritten = state.cellsWritten;
      record.suspendedCalculation = state.suspendedCalculation;
      record.suspendedScreenUpdating = state.suspendedScreenUpdating;
      stats.maxResponseBytes = Math.max(stats.maxResponseBytes, state.responseBytes);
      stats.totalResponseBytes += state.responseBytes;
      if (state.cellsWritten > 0 && !(state.suspendedCalculation && state.suspendedScreenUpdating))
        stats.unsuspendedWrites++;
    }
    if (state.responseBytes > PAYLOAD_LIMIT_BYTES) {
      throw new SimError(
        this.wb.oversizeResponseCode,
        `The response payload size (${state.responseBytes} bytes) has exceeded the limit of ${PAYLOAD_LIMIT_BYTES} bytes.`,
        "RequestContext.sync",
      );
    }
    for (const commit of state.commits) commit();
    return passThroughValue as T;
  }

  /** Excel.run's end: pending operations are sent, then every proxy of the context is released. */
  async finish(): Promise<void> {
    if (this.queue.length) await this.sync();
    this.closed = true;
  }
}

function invalidObjectPath(): SimError {
  return new SimError(
    "InvalidObjectPath",
    "The object path isn't working for what you're trying to do. The object was used outside the Excel.run batch that created it.",
  );
}

type Resolver<T> = () => T | null;

function throwError(e: Error): never {
  throw e;
}

/**
 * Base of every simulated proxy object (Worksheet, Range, …): resolves to its workbook object when
 * a sync first runs one of its operations, keeps loaded values, throws PropertyNotLoaded for
 * anything not loaded and synced, and queues property sets and method calls.
 */
export abstract class SimProxy<T> {
  private state: "unresolved" | "resolved" | "null" = "unresolved";
  private target: T | undefined;
  protected readonly loaded = new Map<string, unknown>();
  /** Properties load() without arguments fetches. */
  protected abstract readonly scalarProps: readonly string[];
  protected abstract readonly typeName: string;

  constructor(
    readonly context: SimContext,
    private readonly resolver: Resolver<T>,
    instantiate: OperationRecord | false = false,
  ) {
    // Objects returned by methods (getItem, add, getRange…) are created by an action of their own.
    if (instantiate !== false)
      context.enqueue({ record: instantiate, run: () => void this.resolve() });
  }

  /** During a sync: the workbook object, null for a null object; throws like Excel when missing. */
  resolve(): T | null {
    if (this.state === "unresolved") {
      const t = this.resolver();
      if (t === null) this.state = "null";
      else {
        this.state = "resolved";
        this.target = t;
      }
    }
    return this.state === "null" ? null : (this.target as T);
  }

  /** During a sync: the workbook object; ItemNotFound (naming `what`) for a null object. */
  resolveOrThrow(what: string): T {
    return this.resolve() ?? throwError(notFound(what));
  }

  /** Marks a proxy made from an object the sync already has (collection items). */
  protected static bound<P extends SimProxy<unknown>>(proxy: P): P {
    proxy.resolve();
    return proxy;
  }

  get isNullObject(): boolean {
    if (this.state === "unresolved") throw propertyNotLoaded("isNullObject", this.typeName);
    return this.state === "null";
  }

  /** Reads one property from the workbook object (inside a sync). */
  protected abstract read(target: T, prop: string): unknown;

  /** Navigation properties that load("a/b") may follow. */
  protected nav(_prop: string): SimProxy<unknown> | null {
    return null;
  }

  load(spec?: string | string[] | { select?: string }): this {
    const props = parseProps(spec, this.scalarProps);
    this.context.enqueue({
      record: { m: "load", a: props },
      run: (state) => {
        state.responseBytes += OPERATION_ENVELOPE_BYTES;
        this.loadNow(props, state);
      },
    });
    return this;
  }

  /** Runs a load inside a sync (also used for items of a collection). */
  loadNow(props: readonly string[], state: SyncState): void {
    const t = this.resolve();
    if (t === null) return;
    const nested = new Map<string, string[]>();
    for (const prop of props) {
      const slash = prop.indexOf("/");
      if (slash > 0) {
        const head = prop.slice(0, slash);
        nested.set(head, [...(nested.get(head) ?? []), prop.slice(slash + 1)]);
        continue;
      }
      const sub = this.nav(prop);
      if (sub) {
        sub.loadNow(sub.scalarProps, state);
        continue;
      }
      const value = this.read(t, prop);
      state.responseBytes += utf8Length(prop) + 3 + jsonByteLength(value); // "prop":value,
      state.commits.push(() => this.loaded.set(prop, value));
    }
    for (const [head, rest] of nested) {
      const sub = this.nav(head);
      if (!sub) throw new SimError("InvalidArgument", `Cannot load ${head}/… of ${this.typeName}.`);
      sub.loadNow(rest, state);
    }
  }

  /** A loaded value, or PropertyNotLoaded. */
  protected get<V>(prop: string): V {
    if (!this.loaded.has(prop)) throw propertyNotLoaded(prop, this.typeName);
    return this.loaded.get(prop) as V;
  }

  /** Sets a property: the proxy shows the new value at once (as office.js does); Excel applies it at sync. */
  protected set(prop: string, value: unknown, apply: (target: T, state: SyncState) => void): void {
    this.loaded.set(prop, value);
    this.call({ m: prop, a: value }, apply);
  }

  /** Queues a method call; on a null object it does nothing (as Excel does). */
  protected call(record: OperationRecord, apply: (target: T, state: SyncState) => void): void {
    this.context.enqueue({
      record,
      run: (state) => {
        const t = this.resolve();
        if (t !== null) apply(t, state);
      },
    });
  }

  untrack(): this {
    return this;
  }

  track(): this {
    return this;
  }

  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this.loaded);
  }
}

function parseProps(
  spec: string | string[] | { select?: string } | undefined,
  all: readonly string[],
): string[] {
  let list: string[];
  if (spec === undefined) list = [...all];
  else if (typeof spec === "string") list = spec.split(",");
  else if (Array.isArray(spec)) list = spec;
  else list = (spec.select ?? "").split(",");
  return list.map((p) => p.trim()).filter((p) => p !== "");
}
