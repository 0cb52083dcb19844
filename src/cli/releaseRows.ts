import type { Analysis } from "../engine/analyze";
import type { Contacts, Transactions } from "../engine/model";

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
