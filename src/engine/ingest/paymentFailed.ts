import type { Dataset } from "../model";
import { customerKey } from "../parse/identifier";
import { FAILED_CHARGE_WORDS, PAYMENT_FAILED_STATUS_WORDS } from "../optionWords";
import type { CustomerIndex } from "./builders";
import { rowKindKey } from "./rowKinds";
import { median } from "../segmentation/quantiles";

/** A status as PAYMENT_FAILED_STATUS_WORDS are matched: lower case, `_` / `-` and spaces as one space. */
const normal = (text: string): string =>
  text
    .toLowerCase()
    .replace(/[_\-\s]+/g, " ")
    .trim();

const INDEX: ReadonlyMap<string, number> = new Map(
  PAYMENT_FAILED_STATUS_WORDS.map((w, i) => [normal(w), i] as const),
);

const FAILED: ReadonlySet<string> = new Set(FAILED_CHARGE_WORDS.map((w) => rowKindKey(w)));

/**
 * Whether a transactions row's status cell says its charge failed (FAILED_CHARGE_WORDS, the whole
 * cell as ROW_KIND_WORDS are matched).
 *
 * @example failedChargeWord("Failed") // true
 * @example failedChargeWord("Refunded") // false
 */
export function failedChargeWord(text: string): boolean {
  return text.length <= 24 && FAILED.has(rowKindKey(text));
}

/**
 * Per customer, the PAYMENT_FAILED_STATUS_WORDS index of a status saying a charge failed (past_due,
 * 欠费, 扣款失败), -1 for any other; null without a status column (tester61 U134).
 *
 * @example paymentFailedStatus(["active", "past_due"]) // Int8Array [-1, 0]
 */
export function paymentFailedStatus(status: readonly string[] | undefined): Int8Array | null {
  if (!status) return null;
  const out = new Int8Array(status.length).fill(-1);
  let any = false;
  for (let c = 0; c < status.length; c++) {
    const s = status[c];
    if (!s || s.length > 24) continue;
    const i = INDEX.get(normal(s));
    if (i === undefined) continue;
    out[c] = i;
    any = true;
  }
  return any ? out : null;
}

/** The longest Decline Reason kept of a failed charge (a code or a short message: expired_card). */
export const DECLINE_REASON_CHARS = 40;

/**
 * Joins the transactions' failed charges (SheetSource.failedCharges) to their customers by ID, as
 * Dataset.failedCharges; the rows of an unknown ID are left (their row is said as not used).
 */
export function joinFailedCharges(
  dataset: Pick<Dataset, "sources" | "failedCharges" | "unpaidInvoices" | "refundedOrders">,
  index: CustomerIndex,
): void {
  joinBilled(dataset, index);
  joinRefunded(dataset, index);
  const source = dataset.sources.transactions;
  const rows = source?.failedCharges;
  if (!source || !rows) return;
  delete source.failedCharges;
  const out: NonNullable<Dataset["failedCharges"]> = [];
  for (const f of rows) {
    const c = index.get(customerKey(f.id));
    if (c === undefined) continue;
    out.push(
      f.why === undefined ? { customer: c, day: f.day } : { customer: c, day: f.day, why: f.why },
    );
  }
  if (out.length > 0) dataset.failedCharges = out;
}

/** The orders refunded whole (SheetSource.refundedRows) joined as Dataset.refundedOrders. */
function joinRefunded(
  dataset: Pick<Dataset, "sources" | "refundedOrders">,
  index: CustomerIndex,
): void {
  const source = dataset.sources.transactions;
  const rows = source?.refundedRows;
  if (!source || !rows) return;
  delete source.refundedRows;
  const out: NonNullable<Dataset["refundedOrders"]> = [];
  for (const f of rows) {
    const c = f.customer ?? index.get(customerKey(f.id));
    if (c !== undefined) out.push({ customer: c, day: f.day, amount: f.amount, row: f.row });
  }
  if (out.length > 0) dataset.refundedOrders = out;
}

/** The invoices awaiting payment (SheetSource.billedRows) joined as Dataset.unpaidInvoices. */
function joinBilled(
  dataset: Pick<Dataset, "sources" | "unpaidInvoices">,
  index: CustomerIndex,
): void {
  const source = dataset.sources.transactions;
  const rows = source?.billedRows;
  if (!source || !rows) return;
  delete source.billedRows;
  const out: NonNullable<Dataset["unpaidInvoices"]> = [];
  for (const f of rows) {
    const c = f.customer ?? index.get(customerKey(f.id));
    if (c !== undefined)
      out.push({ customer: c, day: f.day, amount: f.amount, overdue: f.overdue, due: f.due });
  }
  if (out.length > 0) dataset.unpaidInvoices = out;
}

/**
 * A failed charge counts while its last failure is within this many of the customer's own cycles
 * (the median gap between their paid purchases, FAILED_CHARGE_CYCLE_DAYS without one) before the
 * analysis date: older, the card was never updated and the customer has lapsed, a retention call
 * (reviewer62 R5: a charge failed 10 months ago read "update the payment method").
 */
export const FAILED_CHARGE_RECENT_CYCLES = 2;
/** The cycle of FAILED_CHARGE_RECENT_CYCLES: at least a month, at most a quarter; a month without a rhythm. */
export const FAILED_CHARGE_CYCLE_DAYS = { min: 31, max: 92 } as const;

/**
 * Per customer, what says a payment of theirs failed (tester61 U134): a status saying so (its
 * PAYMENT_FAILED_STATUS_WORDS index in `status`, -1 none), and the failed charges on the
 * transactions sheet (Stripe's Failed) after their last paid purchase up to `asOf` (`charges`, the
 * last one's day in `lastDay`, NaN none): a charge that failed before a later payment was settled,
 * and the last failure within FAILED_CHARGE_RECENT_CYCLES of the customer's cycle of `asOf` (an
 * older one is a lapse, not a card to update), the first of them on `firstDay` (NaN none: the
 * payment call is owed from it, newuser62 M2) and why the last failed in `why` (a Decline Reason
 * column). `failed[c]` 1 when either says so. Null when no
 * customer has either.
 */
export interface PaymentFailed {
  status: Int8Array;
  charges: Int32Array;
  lastDay: Float64Array;
  firstDay: Float64Array;
  failed: Uint8Array;
  /** Why the last failure failed, by customer, where the sheet says (Decline Reason: expired_card). */
  why: Map<number, string>;
  /**
   * The overdue invoices awaiting payment up to the date (Dataset.unpaidInvoices: its status says
   * so, or its due date is before the date): how many and how much in all (tester62 U148: Golden
   * Gate, 3 overdue, 3,600, the oldest due 09-27); 0 for any other. `firstDay` is then the day the
   * oldest fell due (invoiceDue), today at the latest: one its status says is Overdue before it falls
   * due (markedOverdue).
   */
  owedInvoices: Int32Array;
  /**
   * 1 for a customer owing invoices that all fall due after the analysis date (invoiceDue), their
   * status alone saying Overdue (newer than the terms): said "marked overdue", not "overdue since"
   * a day after the analysis date (fix68a: Brightside's Net 60 invoice, Overdue on 12-06, read
   * "overdue since 2026-12-31"); 0 for any other.
   */
  markedOverdue: Uint8Array;
  owedAmount: Float64Array;
  /**
   * The same customers' invoices awaiting payment that are not overdue yet: how many and how much
   * (reviewer65 M3: "5 unpaid invoices, 2,500" counted 4 not yet due as owed); 0 for any other.
   */
  laterInvoices: Int32Array;
  laterAmount: Float64Array;
}

/**
 * Whether customer c's payment problem is money owed on overdue invoices alone (no status nor
 * failed charge says it): the reason, the talking point and the call then say the money.
 */
export const owesInvoices = (failed: PaymentFailed, c: number): boolean =>
  failed.owedInvoices[c] > 0 && failed.status[c] < 0 && failed.charges[c] === 0;

/**
 * Since when customer c's money owed is overdue (owesInvoices): the day her oldest overdue invoice
 * fell due, NaN when only its status says Overdue (markedOverdue): said "marked overdue".
 */
export const owedSince = (failed: PaymentFailed, c: number): number =>
  failed.markedOverdue[c] === 1 ? NaN : failed.firstDay[c];

const MEMO = new WeakMap<Dataset, { asOf: number; out: PaymentFailed | null }>();

/**
 * The customers whose payment failed (PaymentFailed), once per dataset and analysis date: the
 * churn reasons, the talking points and the schedule's purpose read the same.
 *
 * @example paymentFailed(dataset, asOf)?.failed[c] // 1: Chloe's three Failed charges, none paid since
 */
export function paymentFailed(
  dataset: Pick<Dataset, "customers" | "transactions" | "failedCharges" | "unpaidInvoices">,
  asOf: number,
): PaymentFailed | null {
  const key = dataset as Dataset;
  const memo = MEMO.get(key);
  if (memo && memo.asOf === asOf) return memo.out;
  const out = computePaymentFailed(dataset, asOf);
  MEMO.set(key, { asOf, out });
  return out;
}

function computePaymentFailed(
  dataset: Pick<Dataset, "customers" | "transactions" | "failedCharges" | "unpaidInvoices">,
  asOf: number,
): PaymentFailed | null {
  const n = dataset.customers.count;
  const status = paymentFailedStatus(dataset.customers.status);
  const charges = dataset.failedCharges;
  const invoices = dataset.unpaidInvoices;
  if (!status && !charges && !invoices) return null;
  const out: PaymentFailed = {
    status: status ?? new Int8Array(n).fill(-1),
    charges: new Int32Array(n),
    lastDay: new Float64Array(n).fill(NaN),
    firstDay: new Float64Array(n).fill(NaN),
    failed: new Uint8Array(n),
    why: new Map(),
    owedInvoices: new Int32Array(n),
    owedAmount: new Float64Array(n),
    laterInvoices: new Int32Array(n),
    laterAmount: new Float64Array(n),
    markedOverdue: new Uint8Array(n),
  };
  let any = false;
  if (status)
    for (let c = 0; c < n; c++)
      if (status[c] >= 0) {
        out.failed[c] = 1;
        any = true;
      }
  if (charges) {
    // Each customer's last paid purchase up to the analysis date: a failure before it was settled.
    const paid = new Float64Array(n).fill(-Infinity);
    const days: number[][] = [];
    const t = dataset.transactions;
    for (let i = 0; t && i < t.count; i++) {
      const d = Math.floor(t.day[i]);
      if (!(t.amount[i] > 0 && d < asOf + 1)) continue;
      const c = t.customer[i];
      if (d > paid[c]) paid[c] = d;
      (days[c] ??= []).push(d);
    }
    for (const f of charges) {
      const c = f.customer;
      if (!(f.day < asOf + 1) || !(f.day > paid[c])) continue;
      out.charges[c]++;
      if (!(f.day < out.lastDay[c])) {
        out.lastDay[c] = f.day;
        if (f.why !== undefined) out.why.set(c, f.why);
        else out.why.delete(c);
      }
      if (!(f.day >= out.firstDay[c])) out.firstDay[c] = f.day;
    }
    for (let c = 0; c < n; c++) {
      if (out.charges[c] === 0) continue;
      if (asOf - out.lastDay[c] > FAILED_CHARGE_RECENT_CYCLES * cycleDays(days[c])) {
        out.charges[c] = 0;
        out.lastDay[c] = NaN;
        out.firstDay[c] = NaN;
        out.why.delete(c);
        continue;
      }
      out.failed[c] = 1;
      any = true;
    }
  }
  if (invoices && owedInvoices(invoices, asOf, out)) any = true;
  return any ? out : null;
}

/**
 * The days to pay taken for an invoice whose sheet has neither a due date nor terms: Net 30, the
 * usual terms (QuickBooks', HubSpot's default). Its own day instead read every order a weekly buyer
 * placed after one open invoice as the seller's billing (reviewer66 M8: "last purchase 37 days ago",
 * high 99.9 %); a monthly retainer's next invoice is still issued on or after the day. It is also
 * the least time an invoice is unpaid before its customer is read as behind (churn/owedRecency.ts),
 * whatever shorter terms say: paying a Net 14 or Due-on-receipt invoice within the month is paying
 * late, not leaving (reviewer67 H2).
 */
export const UNSTATED_TERMS_DAYS = 30;

/**
 * The epoch day an unpaid invoice falls due: its due date (the sheet's, or its day plus the sheet's
 * terms: ingest/paymentRows.ts termsDue), else its day plus UNSTATED_TERMS_DAYS. The one reading of
 * "fell due": the money owed's "overdue since" and the day its customer fell behind
 * (churn/owedRecency.ts) both read it (an undated Overdue invoice was overdue since its own day
 * there, since a month on here).
 *
 * @example invoiceDue({ day: epochDay(2026, 11, 1), due: NaN }) // epochDay(2026, 12, 1)
 */
export const invoiceDue = (f: { day: number; due: number }): number =>
  Number.isNaN(f.due) ? f.day + UNSTATED_TERMS_DAYS : f.due;

/**
 * Whether an unpaid invoice is overdue on `asOf`: its status says so, or its due date is past (an
 * invoice without one only by its status: reviewer66 M8).
 */
export const invoiceOverdue = (f: { overdue: boolean; due: number }, asOf: number): boolean =>
  f.overdue || f.due < asOf;

/**
 * Each customer's invoices awaiting payment up to asOf into `out` (the overdue ones in
 * owedInvoices, owedAmount, the others in laterInvoices, laterAmount, the day the oldest overdue
 * one fell due in firstDay (invoiceDue; asOf and markedOverdue 1 when all fall due after it), failed 1),
 * for those with at least one overdue; true when any customer has one.
 */
function owedInvoices(
  invoices: NonNullable<Dataset["unpaidInvoices"]>,
  asOf: number,
  out: PaymentFailed,
): boolean {
  const n = out.failed.length;
  const count = new Int32Array(n);
  const amount = new Float64Array(n);
  const later = new Int32Array(n);
  const laterAmount = new Float64Array(n);
  const overdue = new Float64Array(n).fill(NaN);
  const today = Math.floor(asOf);
  for (const f of invoices) {
    if (!(f.day < asOf + 1)) continue;
    // Overdue as its status says, or by its due date; since it fell due, today at the latest.
    if (!invoiceOverdue(f, asOf)) {
      later[f.customer]++;
      laterAmount[f.customer] += f.amount;
      continue;
    }
    count[f.customer]++;
    amount[f.customer] += f.amount;
    const from = invoiceDue(f);
    if (!(from >= overdue[f.customer])) overdue[f.customer] = from;
  }
  let any = false;
  for (let c = 0; c < n; c++) {
    if (overdue[c] !== overdue[c]) continue;
    out.owedInvoices[c] = count[c];
    out.owedAmount[c] = amount[c];
    out.laterInvoices[c] = later[c];
    out.laterAmount[c] = laterAmount[c];
    // Its status alone says so, before it falls due: marked overdue, today.
    const marked = Math.floor(overdue[c]) > today;
    if (marked) out.markedOverdue[c] = 1;
    const since = marked ? today : overdue[c];
    if (!(out.firstDay[c] <= since)) out.firstDay[c] = since;
    out.failed[c] = 1;
    any = true;
  }
  return any;
}

/**
 * A customer's cycle (FAILED_CHARGE_RECENT_CYCLES): the median gap between their distinct paid
 * purchase days, within FAILED_CHARGE_CYCLE_DAYS; its minimum (a month) with fewer than two.
 *
 * @example cycleDays([0, 30, 61, 92]) // 31
 */
export function cycleDays(days: number[] | undefined): number {
  const { min, max } = FAILED_CHARGE_CYCLE_DAYS;
  if (!days) return min;
  const d = [...new Set(days)].sort((a, b) => a - b);
  if (d.length < 2) return min;
  const gaps = Float64Array.from(d.slice(1), (x, i) => x - d[i]);
  return Math.min(max, Math.max(min, median(gaps)));
}
