import type { Analysis } from "../engine/analyze";
import { MAX_CHURN_REASONS, REASON_FIGURES, type ChurnReasons } from "../engine/analysis";
import type { CompactReasons } from "../engine/report/customerJson";
import type { CustomerSummary } from "../engine/aggregate/customerSummary";
import type { Contacts, Customers, Transactions } from "../engine/model";
import type { FollowUpSchedule } from "../engine/followUp/schedule";
import { DIMENSIONS, type Dimension, type Snapshot } from "../engine/changes/snapshot";
import type { ChurnLevels } from "../engine/churn/combine";
import type { CarriedNotes, TypedRow } from "../engine/followUp/typedNotes";

/**
 * The analysis without the row columns of its transactions and contacts, for the command's last
 * output: the JSON result, which holds per-customer figures, the schedule and summaries, and reads
 * no transaction or contact row (its counts come from `dataset.counts`, kept). At 1,000,000
 * customers / 10,000,000 transactions / 2.9M contacts those columns are ~480 MB, still held while
 * the 1 GB of JSON is written, where the run's memory peaked (issue 11: < 3 GB). Everything else is
 * shared, not copied; the caller's analysis is not changed. The rows' count is 0 here, so a reader
 * that did look at them would see none, never a count without its columns.
 *
 * @example analysis = withoutRowColumns(analysis); // after the workbook and the full-list CSVs
 */
export function withoutRowColumns(a: Analysis): Analysis {
  const d = a.dataset;
  return {
    ...a,
    dataset: {
      ...d,
      transactions: noTransactions(d.transactions),
      contacts: d.contacts ? noContacts() : null,
    },
  };
}

function noTransactions(t: Transactions): Transactions {
  return {
    count: 0,
    customer: new Int32Array(0),
    day: new Float64Array(0),
    amount: new Float64Array(0),
    order: new Int32Array(0),
    hasOrderIds: t.hasOrderIds,
    product: new Int32Array(0),
    products: t.products,
    quantity: new Float64Array(0),
    sourceRow: new Int32Array(0),
  };
}

function noContacts(): Contacts {
  return {
    count: 0,
    customer: new Int32Array(0),
    day: new Float64Array(0),
    channel: new Int8Array(0),
    owner: [],
    sourceRow: new Int32Array(0),
  };
}

type Column =
  | Int8Array
  | Uint8Array
  | Int16Array
  | Uint16Array
  | Int32Array
  | Uint32Array
  | Float32Array
  | Float64Array;

/**
 * The part of the analysis the JSON result reads (resultJsonChunks), for the worker that writes it
 * (jsonWorker.ts), with each typed column copied into a buffer of its own listed in `transfer`: the
 * worker receives those buffers without a structured clone. Left out: the rows (withoutRowColumns),
 * the customers' other fields (contact details, created, …), the summary's measures but the six
 * purchase columns, the snapshot but its service codes (the customers' `serviceSignals`), the
 * survey and complaint rows, and the functions (the calendar,
 * the model's probability). At 100,000 customers the whole analysis took ~0.4 CPU-s to copy on the
 * main thread; at 1,000,000 5 CPU-s and 1.4 GB more memory (stop 23), which kept the JSON there.
 * The customers' owners and regions, a few names over every customer, go as codes into their
 * distinct names (CodedStrings): 200,000 strings cloned one by one were a third of the hand-over
 * at 100,000 customers (stub worker, alternated, load 13-15: 0.64 -> 0.55 CPU-s for the whole
 * hand-over; this thread's part 0.60 -> 0.53 s). Their ids and names, distinct, go packed
 * (PackedStrings: two typed arrays moved, not 200,000 strings cloned on this thread). The worker
 * decodes both (decodeColumns) before it writes. A reader of a field left out finds it undefined: test/cli/releaseRows.test.ts writes the
 * JSON both ways and compares the bytes.
 *
 * @example const { analysis, transfer } = jsonColumns(a); new Worker(f, { workerData: analysis, transferList: transfer });
 */
export function jsonColumns(a: Analysis): { analysis: Analysis; transfer: ArrayBuffer[] } {
  const transfer: ArrayBuffer[] = [];
  const own = <T extends Column>(x: T): T => {
    const copy = x.slice() as T;
    transfer.push(copy.buffer as ArrayBuffer);
    return copy;
  };
  const coded = (x: string[]): string[] | CodedStrings => {
    const c = codeStrings(x);
    if (c === null) return x;
    transfer.push(c.codes.buffer as ArrayBuffer);
    return c;
  };
  const compact = (r: ChurnReasons): ChurnReasons => {
    const c = compactReasons(r);
    transfer.push(c.codes.buffer as ArrayBuffer, c.figures.buffer as ArrayBuffer);
    transfer.push(c.first.buffer as ArrayBuffer);
    return c as unknown as ChurnReasons;
  };
  const packed = (x: string[]): string[] | PackedStrings => {
    const p = packStrings(x);
    if (p === null) return x;
    transfer.push(p.chars.buffer as ArrayBuffer, p.ends.buffer as ArrayBuffer);
    return p;
  };
  // Every typed column of a flat object of columns copied; other fields (counts, names) as they are.
  const owned = <T extends object>(o: T): T => {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(o))
      out[k] = ArrayBuffer.isView(v) && !(v instanceof DataView) ? own(v as Column) : v;
    return out as T;
  };
  const d = a.dataset;
  const c = d.customers;
  const s = a.summary;
  const ca = a.classification.analysis;
  const sc = a.schedule;
  const { probabilityOfNoPurchase: _function, ...model } = a.model;
  const json: Analysis = {
    ...a,
    // Of the snapshot, the service codes alone (customers' serviceSignals, schema 4).
    snapshot: a.snapshot?.service
      ? ({ service: own(a.snapshot.service) } as Partial<Snapshot> as Snapshot)
      : undefined,
    dataset: {
      ...d,
      customers: {
        count: c.count,
        id: packed(c.id),
        name: packed(c.name),
        type: own(c.type),
        owner: coded(c.owner),
        region: coded(c.region),
        sourceRow: own(c.sourceRow),
      } as unknown as Customers,
      transactions: undefined as unknown as Transactions,
      surveys: null,
      complaints: null,
      contacts: null,
    },
    summary: {
      firstPurchase: own(s.firstPurchase),
      lastPurchase: own(s.lastPurchase),
      orders: own(s.orders),
      purchaseDays: own(s.purchaseDays),
      netSpend: own(s.netSpend),
      returns: own(s.returns),
    } as CustomerSummary,
    classification: {
      ...a.classification,
      typicalGapDays: new Float64Array(0), // the schedule's input, not the JSON's: 0.8 MB cloned at 100k
      analysis: {
        ...owned(ca),
        churnReasons: compact(ca.churnReasons),
      },
    },
    schedule: {
      ...sc,
      rotated: new Uint8Array(0),
      followUps: owned(sc.followUps),
      unscheduled: owned(sc.unscheduled),
      nextFollowUp: own(sc.nextFollowUp),
      openComplaint: owned(sc.openComplaint),
      calendar: undefined as unknown as FollowUpSchedule["calendar"],
    },
    model: owned(model) as Analysis["model"],
    // What the user typed (the rows' `typed`, `keptTyped`), without the hashes of our texts each
    // row shares (the reader's, not the JSON's). Absent on a fresh run: nothing to hand over.
    carriedNotes: a.carriedNotes && typedForJson(a.carriedNotes),
  };
  return { analysis: json, transfer };
}

/** The typed rows as the JSON reads them: their rows without `written` (a set shared by all). */
function typedForJson(c: CarriedNotes): CarriedNotes {
  const bare = (t: TypedRow): TypedRow => {
    const { written: _written, ...row } = t.row;
    return { ...t, row };
  };
  return {
    byRow: new Map([...c.byRow].map(([r, t]) => [r, bare(t)])),
    off: c.off.map((o) => ({ ...o, typed: bare(o.typed) })),
    typedRows: c.typedRows,
    dropped: c.dropped.map(bare),
  };
}

/**
 * The churn reasons with only the figures of the reasons there are (CompactReasons; the JSON reads
 * either form the same way, customerJson). Slots after a customer's first empty one are never read
 * (churn/reasons.ts eachReason) and are left out too.
 *
 * @example compactReasons(analysis.classification.analysis.churnReasons).figures.length
 */
export function compactReasons(r: ChurnReasons): CompactReasons {
  const n = r.codes.length / MAX_CHURN_REASONS;
  const first = new Int32Array(n);
  let used = 0;
  for (let i = 0; i < n; i++) {
    first[i] = used;
    for (let s = 0; s < MAX_CHURN_REASONS && r.codes[i * MAX_CHURN_REASONS + s] >= 0; s++) used++;
  }
  const figures = new Float64Array(used * REASON_FIGURES);
  for (let i = 0, o = 0; i < n; i++) {
    const end = (i + 1 < n ? first[i + 1] : used) * REASON_FIGURES;
    for (let f = i * MAX_CHURN_REASONS * REASON_FIGURES; o < end;) figures[o++] = r.figures[f++];
  }
  return { codes: r.codes.slice(), figures, first };
}

/** A column of strings as codes into its distinct strings: `names[codes[i]]` is entry i. */
export interface CodedStrings {
  names: string[];
  codes: Int32Array;
}

/**
 * The distinct strings of `x` and each entry's code; null when an entry is not a string (then the
 * column is sent as it is, so it reads back as it was).
 *
 * @example codeStrings(["北", "南", "北"]) // { names: ["北", "南"], codes: Int32Array [0, 1, 0] }
 */
export function codeStrings(x: readonly string[]): CodedStrings | null {
  const codes = new Int32Array(x.length);
  const names: string[] = [];
  const code = new Map<string, number>();
  for (let i = 0; i < x.length; i++) {
    const v = x[i];
    if (typeof v !== "string") return null;
    let k = code.get(v);
    if (k === undefined) {
      k = names.length;
      names.push(v);
      code.set(v, k);
    }
    codes[i] = k;
  }
  return { names, codes };
}

/** The column codeStrings coded. @example decodeStrings(codeStrings(["a", "b", "a"])!) // ["a", "b", "a"] */
export function decodeStrings(c: CodedStrings): string[] {
  const out = new Array<string>(c.codes.length);
  for (let i = 0; i < out.length; i++) out[i] = c.names[c.codes[i]];
  return out;
}

/**
 * A column of strings as their UTF-16 code units end to end (one byte each when every unit is
 * below 256, as ids are) and where each entry ends: `chars[ends[i-1]..ends[i])` is entry i.
 */
export interface PackedStrings {
  chars: Uint8Array | Uint16Array;
  ends: Int32Array;
}

/**
 * The strings of `x` packed into two typed arrays, which a worker receives moved (transferred)
 * rather than as 100,000 strings cloned one by one; null when an entry is not a string (then the
 * column is sent as it is). Code units are copied as they are: lone surrogates survive.
 *
 * @example unpackStrings(packStrings(["1001", "魏涛芳"])!) // ["1001", "魏涛芳"]
 */
export function packStrings(x: readonly string[]): PackedStrings | null {
  const n = x.length;
  const ends = new Int32Array(n);
  let total = 0;
  for (let i = 0; i < n; i++) {
    const v = x[i];
    if (typeof v !== "string") return null;
    total += v.length;
    ends[i] = total;
  }
  const wide = new Uint16Array(total);
  let any = 0;
  for (let i = 0, p = 0; i < n; i++) {
    const v = x[i];
    for (let k = 0; k < v.length; k++) any |= wide[p++] = v.charCodeAt(k);
  }
  return { chars: any < 256 ? Uint8Array.from(wide) : wide, ends };
}

/**
 * The column packStrings packed: its code units decoded at once into one string, each entry a slice
 * of it (a decode per entry, 200,000 calls into the buffer's decoder, was 70 ms of the JSON thread
 * at 100,000 customers, profile).
 *
 * @example unpackStrings(packStrings(["a", ""])!) // ["a", ""]
 */
export function unpackStrings(p: PackedStrings): string[] {
  const one = p.chars.BYTES_PER_ELEMENT === 1;
  const bytes = Buffer.from(p.chars.buffer, p.chars.byteOffset, p.chars.byteLength);
  const whole = one ? bytes.toString("latin1") : bytes.toString("utf16le");
  const out = new Array<string>(p.ends.length);
  for (let i = 0, at = 0; i < out.length; i++) {
    const end = p.ends[i];
    out[i] = whole.slice(at, end);
    at = end;
  }
  return out;
}

/**
 * The worker's side of jsonColumns: the customers' coded columns (owner, region) decoded and their
 * packed ones (id, name) unpacked in place, so the JSON reads them as the analysis holds them (the
 * same bytes).
 *
 * @example const analysis = decodeColumns(workerData.analysis);
 */
export function decodeColumns(a: Analysis): Analysis {
  const c = a.dataset.customers as unknown as Record<string, unknown>;
  for (const k of ["owner", "region"]) {
    const v = c[k];
    if (v && !Array.isArray(v)) c[k] = decodeStrings(v as CodedStrings);
  }
  for (const k of ["id", "name"]) {
    const v = c[k];
    if (v && !Array.isArray(v)) c[k] = unpackStrings(v as PackedStrings);
  }
  return a;
}

/**
 * What the run state's packed cells read of the run's snapshot beside what jsonColumns sends
 * (statePacked.ts packCells): its codes and figures, copied (the state tab may still pack here),
 * and the churn levels. Its ids, names and owners are the customers' columns the JSON gets.
 */
export interface StateColumns {
  count: number;
  codes: Record<Dimension, Int8Array>;
  churnProbability: Float64Array;
  spend: Float64Array;
  frequency: Float64Array;
  lastPurchase: Float64Array;
  /** Snapshot.purchaseRows, when the run measured them. */
  purchaseRows?: Float64Array;
  levels: ChurnLevels;
}

/**
 * The most customers whose run state the aside thread packs. The packed cells (~100 bytes a
 * customer) are all held at once where they are made and again once sent, where the main thread
 * packs one block at a time: at 1,000,000 customers that raised the run's peak 2.40 -> 2.71 GB
 * (f0ab719d reverted it; issue 11's line there is < 3 GB), at 100,000 ~10 MB. Past it the main
 * thread packs them as it writes the tab.
 */
export const STATE_ASIDE_MAX = 250_000;

/**
 * The run's snapshot as the aside thread packs it (stateSnapshot), its typed columns copied into
 * buffers listed in `transfer`; null when there is none, more than STATE_ASIDE_MAX customers, or
 * when its ids, names or owners are not the customers' (checked entry by entry: the thread reads
 * the customers' instead, jsonColumns).
 *
 * @example const state = stateColumns(analysis, transfer); // beside jsonColumns(analysis)
 */
export function stateColumns(a: Analysis, transfer: ArrayBuffer[]): StateColumns | null {
  const s = a.snapshot;
  const c = a.dataset.customers;
  if (!s || s.count > c.count || s.count > STATE_ASIDE_MAX) return null;
  for (const [mine, theirs] of [
    [s.id, c.id],
    [s.name, c.name],
    [s.owner, c.owner],
  ] as const) {
    if (mine.length !== s.count) return null;
    for (let i = 0; i < s.count; i++) if (mine[i] !== theirs[i]) return null;
  }
  const own = <T extends Column>(x: T): T => {
    const copy = x.slice() as T;
    transfer.push(copy.buffer as ArrayBuffer);
    return copy;
  };
  const codes = {} as Record<Dimension, Int8Array>;
  for (const d of DIMENSIONS) codes[d] = own(s.codes[d]);
  return {
    count: s.count,
    codes,
    churnProbability: own(s.churnProbability),
    spend: own(s.spend),
    frequency: own(s.frequency),
    lastPurchase: own(s.lastPurchase),
    ...(s.purchaseRows ? { purchaseRows: own(s.purchaseRows) } : {}),
    levels: a.rules.churn.levels,
  };
}

/**
 * The worker's side of stateColumns: the snapshot its packed cells read, from the state's columns
 * and the customers' (decoded: decodeColumns) and service codes jsonColumns sent.
 *
 * @example packCells(stateSnapshot(decodeColumns(job.analysis), job.state), job.state.levels)
 */
export function stateSnapshot(a: Analysis, state: StateColumns): Snapshot {
  const c = a.dataset.customers;
  return {
    asOf: a.asOf,
    ruleSetHash: "",
    source: "run",
    count: state.count,
    key: [],
    id: c.id,
    name: c.name,
    owner: c.owner,
    codes: state.codes,
    churnProbability: state.churnProbability,
    spend: state.spend,
    frequency: state.frequency,
    lastPurchase: state.lastPurchase,
    service: a.snapshot?.service,
    purchaseRows: state.purchaseRows,
  };
}
