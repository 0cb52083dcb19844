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
 * wrong size of one item of five) is not. An order refunded whole (Shopify's Financial Status
 * `refunded`: Dataset.refundedOrders, no purchase, not in the transactions) on or after her last
 * purchase day is that last purchase, all of it back (tester69 U506: Rosa's Taqueria's misprinted
 * menus, refunded 2 days before she went silent, said nothing).
 */
export const REFUNDED_SHARE = 0.5;

/** Per customer: the refund (positive; 0 none), its latest row's day and Excel row, the purchase refunded. */
export interface Refunded {
  amount: Float64Array;
  day: Float64Array;
  row: Int32Array;
  bought: Float64Array;
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
  };
  sumLastDay(t, asOf, n, lastDay, out);
  if (dataset.refundedOrders) refundedWhole(dataset.refundedOrders, asOf, lastDay, out);
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

/** Her last purchase day's money (bought) and the returns from that day on (amount, latest day, row). */
function sumLastDay(
  t: Dataset["transactions"],
  asOf: number,
  n: number,
  lastDay: Float64Array,
  out: Refunded,
): void {
  for (let i = 0; i < t.count; i++) {
    const c = t.customer[i];
    const d = Math.floor(t.day[i]);
    if (c < 0 || c >= n || d > asOf || d < lastDay[c] || lastDay[c] === -Infinity) continue;
    const a = t.amount[i];
    if (d === lastDay[c] && a > 0) out.bought[c] += a;
    else if (isReturn(a)) {
      out.amount[c] -= a;
      if (!(d < out.day[c])) {
        out.day[c] = d;
        // Datasets built in code may carry no source rows.
        out.row[c] = t.sourceRow ? t.sourceRow[i] : -1;
      }
    }
  }
}
