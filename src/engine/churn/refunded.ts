import type { Dataset } from "../model";
import { isReturn } from "../aggregate/purchase";

/**
 * A refund of most of a customer's last purchase with nothing bought since (tester69 U503, U506:
 * 退费（剩余课时）−5,440 of a 8,160 course; a Shopify order refunded for a misprint): the clearest
 * "left, and unhappy" signal there is. Said first among what adds risk (churn reason `refunded`)
 * and quoted on the call (followUp/talkingPoints.ts), not weighed: no data set measured it.
 *
 * The last purchase is the money she paid on her last day with a purchase up to the analysis
 * date; the refund the returns written from that day on (a negative amount: aggregate/purchase.ts
 * isReturn). At least REFUNDED_SHARE of it back is a refund of "most of" it; a small return (a
 * wrong size of one item of five) is not. A return on that day which leaves at least
 * REFUNDED_SHARE of the day's money kept is an exchange (−100 and +100 for another size: reviewer70
 * M1's B), no refund; what she kept is the purchase a later refund is weighed against. A refund
 * larger than that purchase is of an earlier one (reviewer70 M1: −5,440 of a 8,160 course after a
 * 200 book; −300 for an older machine after a 20 coffee): the latest earlier row of at least its
 * size is the purchase refunded (`earlier`), and with none on record nothing is said. An order
 * refunded whole (Shopify's Financial Status
 * `refunded`: Dataset.refundedOrders, no purchase, not in the transactions) on or after her last
 * purchase day is that last purchase, all of it back (tester69 U506: Rosa's Taqueria's misprinted
 * menus, refunded 2 days before she went silent, said nothing).
 */
export const REFUNDED_SHARE = 0.5;

/**
 * Per customer: the refund (positive; 0 none), its latest row's day and Excel row, the purchase
 * refunded, and 1 in `earlier` when that purchase is an earlier one than her last day's.
 */
export interface Refunded {
  amount: Float64Array;
  day: Float64Array;
  row: Int32Array;
  bought: Float64Array;
  earlier: Uint8Array;
}

/**
 * The customers whose latest purchase was refunded (REFUNDED_SHARE of it or more) as of `asOf`;
 * null when none.
 *
 * @example refunded(dataset, asOf)?.amount[c] // 5440: 8,160 paid 04-06, 退费 −5,440 on 05-16
 */
export function refunded(
  dataset: Pick<Dataset, "transactions" | "customers" | "refundedOrders">,
  asOf: number,
): Refunded | null {
  const t = dataset.transactions;
  // A dataset of the service sheets alone (changes/service.ts serviceAgedOut's) has no sales.
  if (!t || t.count === 0) return null;
  const n = dataset.customers.count;
  const lastDay = new Float64Array(n).fill(-Infinity);
  lastPurchaseDays(t, asOf, n, lastDay);
  const out: Refunded = {
    amount: new Float64Array(n),
    day: new Float64Array(n).fill(NaN),
    row: new Int32Array(n).fill(-1),
    bought: new Float64Array(n),
    earlier: new Uint8Array(n),
  };
  sumLastDay(t, asOf, n, lastDay, out);
  if (dataset.refundedOrders) refundedWhole(dataset.refundedOrders, asOf, lastDay, out);
  earlierPurchases(t, lastDay, out);
  let any = false;
  for (let c = 0; c < n; c++) {
    if (out.amount[c] > 0 && out.bought[c] > 0 && out.amount[c] >= REFUNDED_SHARE * out.bought[c])
      any = true;
    else out.amount[c] = 0;
  }
  return any ? out : null;
}

/**
 * The orders refunded whole (Dataset.refundedOrders) into `out`: those of a later day than her last
 * purchase day make the latest of them her last purchase, all of it refunded; those of that day add
 * to it, bought and refunded.
 */
function refundedWhole(
  orders: NonNullable<Dataset["refundedOrders"]>,
  asOf: number,
  lastDay: Float64Array,
  out: Refunded,
): void {
  for (const o of orders) {
    const c = o.customer;
    const d = Math.floor(o.day);
    if (d > asOf || d < lastDay[c] || !(o.amount > 0)) continue;
    if (d > lastDay[c]) {
      // A later day than any purchase: her last purchase is this refunded order.
      lastDay[c] = d;
      out.bought[c] = 0;
      out.amount[c] = 0;
      out.day[c] = NaN;
    }
    out.bought[c] += o.amount;
    out.amount[c] += o.amount;
    if (!(d < out.day[c])) {
      out.day[c] = d;
      out.row[c] = o.row;
    }
  }
}

/** Each customer's last day with a purchase (an amount above 0) up to asOf. */
function lastPurchaseDays(
  t: Dataset["transactions"],
  asOf: number,
  n: number,
  lastDay: Float64Array,
): void {
  for (let i = 0; i < t.count; i++) {
    const c = t.customer[i];
    const d = Math.floor(t.day[i]);
    if (c >= 0 && c < n && d <= asOf && t.amount[i] > 0 && d > lastDay[c]) lastDay[c] = d;
  }
}

/**
 * Her last purchase day's money (bought) and the returns from that day on (amount, latest day,
 * row). The same day's returns are an exchange when the day keeps REFUNDED_SHARE of its money or
 * more: not refunded, and bought is what she kept.
 */
function sumLastDay(
  t: Dataset["transactions"],
  asOf: number,
  n: number,
  lastDay: Float64Array,
  out: Refunded,
): void {
  const sameDay = new Float64Array(n);
  for (let i = 0; i < t.count; i++) {
    const c = t.customer[i];
    const d = Math.floor(t.day[i]);
    if (c < 0 || c >= n || d > asOf || d < lastDay[c] || lastDay[c] === -Infinity) continue;
    const a = t.amount[i];
    if (d === lastDay[c] && a > 0) out.bought[c] += a;
    else if (isReturn(a)) {
      if (d === lastDay[c]) sameDay[c] -= a;
      else out.amount[c] -= a;
      if (!(d < out.day[c])) {
        out.day[c] = d;
        // Datasets built in code may carry no source rows.
        out.row[c] = t.sourceRow ? t.sourceRow[i] : -1;
      }
    }
  }
  for (let c = 0; c < n; c++) {
    const kept = out.bought[c] - sameDay[c];
    if (sameDay[c] > 0 && kept >= REFUNDED_SHARE * out.bought[c]) out.bought[c] = kept;
    else out.amount[c] += sameDay[c];
  }
}

/**
 * A refund larger than her last purchase is of an earlier one: the latest row before her last
 * purchase day of at least the refund's size becomes the purchase refunded (`earlier`); with none,
 * no purchase is known to be refunded (amount 0).
 */
function earlierPurchases(t: Dataset["transactions"], lastDay: Float64Array, out: Refunded): void {
  const n = out.amount.length;
  const over = (c: number) => out.amount[c] > out.bought[c] + 0.005;
  let anyOver = false;
  for (let c = 0; c < n && !anyOver; c++) anyOver = over(c);
  if (!anyOver) return;
  const at = new Float64Array(n).fill(-Infinity);
  const matched = new Float64Array(n);
  for (let i = 0; i < t.count; i++) {
    const c = t.customer[i];
    if (c < 0 || c >= n || !over(c)) continue;
    const d = Math.floor(t.day[i]);
    const a = t.amount[i];
    if (d < lastDay[c] && a + 0.005 >= out.amount[c] && d >= at[c]) {
      at[c] = d;
      matched[c] = a;
    }
  }
  for (let c = 0; c < n; c++) {
    if (!over(c)) continue;
    if (at[c] === -Infinity) out.amount[c] = 0;
    else {
      out.bought[c] = matched[c];
      out.earlier[c] = 1;
    }
  }
}
