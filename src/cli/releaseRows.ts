import type { Analysis } from "../engine/analyze";
import type { CustomerSummary } from "../engine/aggregate/customerSummary";
import type { Contacts, Customers, Transactions } from "../engine/model";
import type { FollowUpSchedule } from "../engine/followUp/schedule";

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
 * purchase columns, the snapshot, the survey and complaint rows, and the functions (the calendar,
 * the model's probability). At 100,000 customers the whole analysis took ~0.4 CPU-s to copy on the
 * main thread; at 1,000,000 5 CPU-s and 1.4 GB more memory (stop 23), which kept the JSON there.
 * A reader of a field left out finds it undefined: test/cli/jsonColumns.test.ts writes the JSON
 * both ways and compares the bytes.
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
    snapshot: undefined,
    dataset: {
      ...d,
      customers: {
        count: c.count,
        id: c.id,
        name: c.name,
        type: own(c.type),
        owner: c.owner,
        region: c.region,
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
      analysis: {
        ...owned(ca),
        churnReasons: owned(ca.churnReasons),
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
  };
  return { analysis: json, transfer };
}
