import type {
  Complaints,
  Contacts,
  Customers,
  Dataset,
  Surveys,
  Transactions,
} from "../../../src/engine/model";
import { CUSTOMER_TYPES } from "../../../src/engine/model";
import { parseIsoDate } from "../../../src/engine/parse/date";
import type { CustomerType } from "../../../src/engine/schema";

/**
 * Hand-made datasets for tests: a few literal rows in, a typed column-wise Dataset out, as ingest
 * would build it. Dates are ISO texts ("2025-06-30") or day offsets before asOf (a number: 10 = ten
 * days before the analysis date), whichever reads best in the test.
 */

export type DayRef = string | number;

export interface CustomerRow {
  id: string;
  name?: string;
  type?: CustomerType;
  owner?: string;
  region?: string;
  birthday?: DayRef;
  consent?: boolean;
}
export interface TransactionRow {
  customer: string;
  date: DayRef;
  amount: number;
  order?: number;
}
export interface SurveyRow {
  customer: string;
  date: DayRef;
  overall?: number;
  recommend?: number;
}
export interface ComplaintRow {
  customer: string;
  received: DayRef;
  complex?: boolean;
  /** Hours after receipt. */
  firstResponseHours?: number;
  resolvedHours?: number;
}
export interface ContactRow {
  customer: string;
  date: DayRef;
}

export interface DatasetSpec {
  asOf: string;
  customers: (CustomerRow | string)[];
  transactions?: TransactionRow[];
  surveys?: SurveyRow[];
  complaints?: ComplaintRow[];
  contacts?: ContactRow[];
}

function dayOf(ref: DayRef, asOf: number): number {
  if (typeof ref === "number") return asOf - ref;
  const d = parseIsoDate(ref);
  if (Number.isNaN(d)) throw new Error(`bad test date ${ref}`);
  return d;
}

const rows = (n: number) => Int32Array.from({ length: n }, (_, i) => i + 2);

/** A Dataset from literal rows (customers given as ids or rows). */
export function makeDataset(spec: DatasetSpec): Dataset {
  const asOf = parseIsoDate(spec.asOf);
  const cs = spec.customers.map((c) => (typeof c === "string" ? { id: c } : c));
  const index = new Map(cs.map((c, i) => [c.id, i]));
  const idx = (id: string) => {
    const i = index.get(id);
    if (i === undefined) throw new Error(`unknown test customer ${id}`);
    return i;
  };
  const customers: Customers = {
    count: cs.length,
    id: cs.map((c) => c.id),
    key: cs.map((c) => c.id.toLowerCase()),
    name: cs.map((c) => c.name ?? `Customer ${c.id}`),
    type: Int8Array.from(cs.map((c) => (c.type ? CUSTOMER_TYPES.indexOf(c.type) : -1))),
    owner: cs.map((c) => c.owner ?? ""),
    phone: cs.map(() => ""),
    email: cs.map(() => ""),
    region: cs.map((c) => c.region ?? ""),
    industry: cs.map(() => ""),
    created: new Float64Array(cs.length).fill(NaN),
    birthday: Float64Array.from(
      cs.map((c) => (c.birthday !== undefined ? dayOf(c.birthday, asOf) : NaN)),
    ),
    creditRating: cs.map(() => ""),
    marketingConsent: Int8Array.from(
      cs.map((c) => (c.consent === undefined ? -1 : c.consent ? 1 : 0)),
    ),
    sourceRow: rows(cs.length),
  };
  const tx = spec.transactions ?? [];
  const transactions: Transactions = {
    count: tx.length,
    customer: Int32Array.from(tx.map((t) => idx(t.customer))),
    day: Float64Array.from(tx.map((t) => dayOf(t.date, asOf))),
    amount: Float64Array.from(tx.map((t) => t.amount)),
    order: Int32Array.from(tx.map((t) => t.order ?? 0)),
    hasOrderIds: tx.some((t) => t.order !== undefined),
    product: new Int32Array(tx.length).fill(-1),
    products: [],
    quantity: new Float64Array(tx.length).fill(NaN),
    sourceRow: rows(tx.length),
  };
  let surveys: Surveys | null = null;
  if (spec.surveys) {
    const s = spec.surveys;
    surveys = {
      count: s.length,
      customer: Int32Array.from(s.map((r) => idx(r.customer))),
      day: Float64Array.from(s.map((r) => dayOf(r.date, asOf))),
      overall: Float64Array.from(s.map((r) => r.overall ?? NaN)),
      recommend: Float64Array.from(s.map((r) => r.recommend ?? NaN)),
      quality: new Float64Array(s.length).fill(NaN),
      price: new Float64Array(s.length).fill(NaN),
      afterSales: new Float64Array(s.length).fill(NaN),
      delivery: new Float64Array(s.length).fill(NaN),
      comment: s.map(() => ""),
      sourceRow: rows(s.length),
    };
  }
  let complaints: Complaints | null = null;
  if (spec.complaints) {
    const k = spec.complaints;
    const received = k.map((r) => dayOf(r.received, asOf));
    const after = (i: number, h: number | undefined) =>
      h === undefined ? NaN : received[i] + h / 24;
    complaints = {
      count: k.length,
      customer: Int32Array.from(k.map((r) => idx(r.customer))),
      receivedAt: Float64Array.from(received),
      cause: new Int8Array(k.length).fill(5),
      complexity: Int8Array.from(k.map((r) => (r.complex ? 1 : 0))),
      firstResponseAt: Float64Array.from(k.map((r, i) => after(i, r.firstResponseHours))),
      resolvedAt: Float64Array.from(k.map((r, i) => after(i, r.resolvedHours))),
      status: Int8Array.from(k.map((r) => (r.resolvedHours === undefined ? 0 : 1))),
      sourceRow: rows(k.length),
    };
  }
  let contacts: Contacts | null = null;
  if (spec.contacts) {
    const t = spec.contacts;
    contacts = {
      count: t.length,
      customer: Int32Array.from(t.map((r) => idx(r.customer))),
      day: Float64Array.from(t.map((r) => dayOf(r.date, asOf))),
      channel: new Int8Array(t.length).fill(0),
      owner: t.map(() => ""),
      sourceRow: rows(t.length),
    };
  }
  return { asOf, customers, transactions, surveys, complaints, contacts, sources: {}, counts: {} };
}

/** Transactions of one customer on the given days before asOf, each with the same amount. */
export function purchases(customer: string, daysAgo: number[], amount = 100): TransactionRow[] {
  return daysAgo.map((d) => ({ customer, date: d, amount }));
}
