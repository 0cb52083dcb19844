import type { Dataset } from "../../../src/engine/model";

/**
 * A small hand-made Dataset for the service tests (the shared helpers may not exist yet).
 * Days are epoch days; strings default to "".
 */
export interface CustomerSpec {
  id?: string;
  name?: string;
  owner?: string;
  birthday?: number;
  created?: number;
  consent?: number;
  phone?: string;
  email?: string;
}
export interface SurveySpec {
  customer: number;
  day: number;
  overall?: number;
  recommend?: number;
  quality?: number;
  price?: number;
  afterSales?: number;
  delivery?: number;
  comment?: string;
}
export interface ComplaintSpec {
  customer: number;
  receivedAt: number;
  cause?: number;
  complex?: boolean;
  firstResponseAt?: number;
  resolvedAt?: number;
  resolved?: boolean;
}
export interface TransactionSpec {
  customer: number;
  day: number;
  amount: number;
  order?: number;
}

export function smallDataset(spec: {
  asOf: number;
  customers: CustomerSpec[];
  transactions?: TransactionSpec[];
  surveys?: SurveySpec[];
  complaints?: ComplaintSpec[];
  contacts?: { customer: number; day: number }[];
}): Dataset {
  const cs = spec.customers;
  const n = cs.length;
  const str = (f: (c: CustomerSpec, i: number) => string | undefined) =>
    cs.map((c, i) => f(c, i) ?? "");
  const f64 = <T>(xs: T[], f: (x: T) => number | undefined) =>
    Float64Array.from(xs, (x) => f(x) ?? NaN);
  const tx = spec.transactions ?? [];
  const sv = spec.surveys;
  const cp = spec.complaints;
  const ct = spec.contacts;
  const ids = str((c, i) => c.id ?? `C${i + 1}`);
  return {
    asOf: spec.asOf,
    customers: {
      count: n,
      id: ids,
      key: ids,
      name: str((c) => c.name),
      type: new Int8Array(n).fill(-1),
      owner: str((c) => c.owner),
      phone: str((c) => c.phone),
      email: str((c) => c.email),
      region: str(() => ""),
      industry: str(() => ""),
      created: f64(cs, (c) => c.created),
      birthday: f64(cs, (c) => c.birthday),
      creditRating: str(() => ""),
      marketingConsent: Int8Array.from(cs, (c) => c.consent ?? -1),
      sourceRow: Int32Array.from(cs, (_, i) => i + 2),
    },
    transactions: {
      count: tx.length,
      customer: Int32Array.from(tx, (t) => t.customer),
      day: f64(tx, (t) => t.day),
      amount: f64(tx, (t) => t.amount),
      order: Int32Array.from(tx, (t) => t.order ?? 0),
      hasOrderIds: tx.some((t) => t.order !== undefined),
      product: new Int32Array(tx.length).fill(-1),
      products: [],
      quantity: new Float64Array(tx.length).fill(NaN),
      sourceRow: Int32Array.from(tx, (_, i) => i + 2),
    },
    surveys: sv
      ? {
          count: sv.length,
          customer: Int32Array.from(sv, (s) => s.customer),
          day: f64(sv, (s) => s.day),
          overall: f64(sv, (s) => s.overall),
          recommend: f64(sv, (s) => s.recommend),
          quality: f64(sv, (s) => s.quality),
          price: f64(sv, (s) => s.price),
          afterSales: f64(sv, (s) => s.afterSales),
          delivery: f64(sv, (s) => s.delivery),
          comment: sv.map((s) => s.comment ?? ""),
          sourceRow: Int32Array.from(sv, (_, i) => i + 2),
        }
      : null,
    complaints: cp
      ? {
          count: cp.length,
          customer: Int32Array.from(cp, (c) => c.customer),
          receivedAt: f64(cp, (c) => c.receivedAt),
          cause: Int8Array.from(cp, (c) => c.cause ?? 5),
          complexity: Int8Array.from(cp, (c) => (c.complex ? 1 : 0)),
          firstResponseAt: f64(cp, (c) => c.firstResponseAt),
          resolvedAt: f64(cp, (c) => c.resolvedAt),
          status: Int8Array.from(cp, (c) =>
            (c.resolved ?? Number.isFinite(c.resolvedAt ?? NaN)) ? 1 : 0,
          ),
          sourceRow: Int32Array.from(cp, (_, i) => i + 2),
        }
      : null,
    contacts: ct
      ? {
          count: ct.length,
          customer: Int32Array.from(ct, (c) => c.customer),
          day: f64(ct, (c) => c.day),
          channel: new Int8Array(ct.length).fill(-1),
          owner: ct.map(() => ""),
          sourceRow: Int32Array.from(ct, (_, i) => i + 2),
        }
      : null,
    sources: {},
    counts: {},
  };
}
