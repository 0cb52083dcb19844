import {
  invoiceDue,
  invoiceOverdue,
  UNSTATED_TERMS_DAYS,
  type PaymentFailed,
} from "../ingest/paymentFailed";
import type { Dataset } from "../model";
import type { Snapshot } from "./features";

type Invoice = NonNullable<Dataset["unpaidInvoices"]>[number];

/**
 * Money owed proves no loyalty (tester64 U188): a customer with an invoice overdue
 * (PaymentFailed.owedInvoices) is judged on its rhythm up to its last purchase that is no invoice
 * set aside: one she fell behind on, or one issued on or after the day she fell behind. She fell
 * behind on an overdue invoice once it is unpaid past its due date (the sheet's, or its day plus the
 * sheet's terms) and a month (UNSTATED_TERMS_DAYS) past its day both; the day she fell behind is the
 * earliest such. Brightside Realty, a monthly retainer paid to October, its November invoice Overdue and
 * December's Unpaid, read "Lowers the risk: within its own rhythm (last purchase 5 days ago)", low
 * 7 %: the invoices it had not paid were its loyalty. The unpaid invoices still count as spend
 * (the accrual reading, REFERENCE "Money owed"); only the timing measures churn risk reads move:
 * the days since the last purchase, and the rhythm's days with spend, last day and squared gaps,
 * as if the set-aside invoices' days had no purchase. Today's snapshot only: the invoices' statuses
 * are today's.
 *
 * What tells an invoice the seller issued from an order the customer placed is when it was issued
 * against the day the customer fell behind (reviewer65 M3): a weekly buyer's four invoices of the
 * last month, not yet due and issued before her one overdue invoice fell due, are her orders (she
 * ordered 2 days ago, not 37); Brightside's December retainer invoice, issued after its November
 * one went unpaid, is the seller's monthly billing, which proves nothing about the client.
 *
 * The seller's billing repeats one amount (a retainer's fee, Brightside's 3,000 each month): a
 * customer whose invoices set aside carry amounts that vary (BILLING_AMOUNT_SPREAD) placed them as
 * orders, received at her own rhythm, and nothing of hers is set aside (tester70 U607: a roaster's
 * café on Net 30, every invoice since mid-August unpaid, read high 99.9 % "last purchase 115 days
 * ago" beside its Last purchase of 2 days ago). A customer whose invoices are set aside is read to
 * her last paid-up purchase, and her reasons say so (Snapshot.owedAside).
 *
 * An overdue invoice not yet a month unpaid is an order like any other (its money still said owed,
 * PaymentFailed): with the day she fell behind taken as the terms' due date, a weekly buyer paying
 * at 30 days on Net 14 terms (or Net 7, Due on receipt, a Due Date a fortnight on) had every order
 * of the last three weeks set aside, and read high 99.0 % "last purchase 37 days ago", having
 * ordered 2 days ago (reviewer67 H2); the terms' spelling decided it.
 *
 * Returns the snapshot itself when nobody owes, else a copy whose changed columns are copies.
 *
 * @example owedRecency(snapshot, dataset, failed).recencyDays[c] // 66: paid to 2026-10-01, as of 12-06
 */
export function owedRecency(
  s: Snapshot,
  dataset: Pick<Dataset, "transactions" | "unpaidInvoices">,
  failed: PaymentFailed | null | undefined,
): Snapshot {
  const invoices = dataset.unpaidInvoices;
  const t = dataset.transactions;
  if (!failed || !invoices || !t || !failed.owedInvoices.some((k) => k > 0)) return s;
  const asOf = Math.floor(s.asOf);
  // The day each owing customer fell behind: the earliest day one of her overdue invoices was both
  // past its due date (the sheet's, or its day plus the sheet's terms) and a month unpaid
  // (UNSTATED_TERMS_DAYS: the usual terms; shorter ones paid within it are paid late, not left).
  const late = (f: Invoice): number =>
    Math.floor(Math.max(f.day + UNSTATED_TERMS_DAYS, invoiceDue(f)));
  const behind = new Map<number, number>();
  for (const f of invoices) {
    if (!(failed.owedInvoices[f.customer] > 0) || !(Math.floor(f.day) <= asOf)) continue;
    if (!invoiceOverdue(f, asOf)) continue;
    const from = late(f);
    if (from <= asOf && !(from >= (behind.get(f.customer) ?? Infinity)))
      behind.set(f.customer, from);
  }
  // Their unpaid invoices set aside: those she fell behind on, and those issued on or after the day
  // she fell behind (the seller's billing, a retainer's next month: at net 30 it is issued the very
  // day the last falls due, reviewer66 M2). One issued before it, overdue not a month or not yet
  // due, is an order the customer placed in good standing: a purchase (reviewer65 M3).
  const owed = new Map<number, Set<number>>();
  const least = new Map<number, number>();
  const most = new Map<number, number>();
  for (const f of invoices) {
    const from = behind.get(f.customer);
    if (from === undefined || !(Math.floor(f.day) <= asOf)) continue;
    if (!(invoiceOverdue(f, asOf) && late(f) <= asOf) && !(Math.floor(f.day) >= from)) continue;
    let days = owed.get(f.customer);
    if (!days) owed.set(f.customer, (days = new Set()));
    days.add(Math.floor(f.day));
    least.set(f.customer, Math.min(least.get(f.customer) ?? Infinity, f.amount));
    most.set(f.customer, Math.max(most.get(f.customer) ?? -Infinity, f.amount));
  }
  // The seller's billing repeats one amount (a retainer's fee: Brightside's 3,000 each month); the
  // set-aside invoices of amounts that vary are orders the customer placed and received, invoiced at
  // her own rhythm (tester70 U607: a roaster's café paying late, 8 shipments since August): her
  // purchases, nothing set aside.
  // Billed a month apart at the least: a standing order of one amount every fortnight is orders too
  // (reviewer71 H7: 360 every 14 days, paid 75 days late, read 99.9 % as the retainer).
  for (const [c, days] of owed)
    if (
      !(most.get(c)! <= least.get(c)! * (1 + BILLING_AMOUNT_SPREAD)) ||
      !monthApart([...days].sort((a, b) => a - b))
    )
      owed.delete(c);
  const bought = new Map<number, Map<number, number>>();
  for (let i = 0; i < t.count; i++) {
    const c = t.customer[i];
    const d = Math.floor(t.day[i]);
    if (!owed.has(c) || !(d <= asOf) || !(t.amount[i] >= 0)) continue;
    let days = bought.get(c);
    if (!days) bought.set(c, (days = new Map()));
    days.set(d, (days.get(d) ?? 0) + t.amount[i]);
  }
  let out: Snapshot | null = null;
  for (const [c, unpaid] of owed) {
    const days = bought.get(c);
    if (!days || !(s.spendDays && s.spendLast && s.spendGapSquares)) continue;
    // The purchase days that are none of those invoices': the last of them is the last kept one.
    const paid = [...days.keys()].filter((d) => !unpaid.has(d)).sort((a, b) => a - b);
    const last = paid.length > 0 ? paid[paid.length - 1] : NaN;
    // Never paid at all, or nothing unpaid after the last paid day: nothing to move.
    if (!(last === last && asOf - last > s.recencyDays[c])) continue;
    out ??= {
      ...s,
      recencyDays: s.recencyDays.slice(),
      purchaseDays: s.purchaseDays.slice(),
      gapSquares: s.gapSquares.slice(),
      spendDays: s.spendDays.slice(),
      spendLast: s.spendLast.slice(),
      spendGapSquares: s.spendGapSquares.slice(),
      owedAside: new Uint8Array(s.recencyDays.length),
    };
    out.owedAside![c] = 1;
    const spend = paid.filter((d) => days.get(d)! > 0);
    out.recencyDays[c] = asOf - last;
    out.purchaseDays[c] = paid.length;
    out.gapSquares[c] = squaredGaps(paid);
    out.spendDays![c] = spend.length;
    out.spendLast![c] = spend.length > 0 ? spend[spend.length - 1] : NaN;
    out.spendGapSquares![c] = squaredGaps(spend);
  }
  return out ?? s;
}

/**
 * How far apart the amounts of the invoices set aside may lie and still be one fee the seller bills
 * (a retainer's, a subscription's): 1 %, a rounding or a small fee beside it; a supplier's orders vary
 * by a fifth and more (tester70 U607's café: 270 to 480 a fortnight).
 */
const BILLING_AMOUNT_SPREAD = 0.01;

/**
 * The least days between two invoices of the seller's billing: a month's (28) less a few for the
 * day it is issued on. A customer invoiced oftener (a standing order every fortnight or week) is
 * invoiced for what she orders.
 */
const BILLING_MIN_GAP_DAYS = 25;

/** Whether sorted invoice days lie a month apart or more (BILLING_MIN_GAP_DAYS); one day does. */
function monthApart(days: readonly number[]): boolean {
  for (let k = 1; k < days.length; k++)
    if (days[k] - days[k - 1] < BILLING_MIN_GAP_DAYS) return false;
  return true;
}

/** The sum of the squared gaps between consecutive days (ascending). */
function squaredGaps(days: readonly number[]): number {
  let sum = 0;
  for (let i = 1; i < days.length; i++) sum += (days[i] - days[i - 1]) ** 2;
  return sum;
}
