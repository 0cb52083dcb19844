import type { Dataset } from "../model";
import { groupByCustomer, type CustomerGroups } from "./byCustomer";

/**
 * What every customer has bought up to the analysis date, one array per measure. A purchase is a
 * row with a positive amount; returns (negative amounts) reduce spend but are not purchases.
 */
export interface CustomerSummary {
  groups: CustomerGroups;
  /** Epoch day of the first and last purchase; NaN when the customer never bought. */
  firstPurchase: Float64Array;
  lastPurchase: Float64Array;
  /** Distinct orders (by order id where the sheet has one, otherwise one per row). */
  orders: Int32Array;
  /** Distinct days with a purchase. */
  purchaseDays: Int32Array;
  /** Net spend: purchases minus returns. */
  netSpend: Float64Array;
  /** Sum of returns as a positive number. */
  returns: Float64Array;
}

/**
 * Summarises each customer's purchases in one pass over the grouped transactions.
 *
 * @example summariseCustomers(dataset).netSpend[0] // net spend of the first customer
 */
export function summariseCustomers(dataset: Dataset): CustomerSummary {
  const t = dataset.transactions;
  const n = dataset.customers.count;
  const groups = groupByCustomer(t.customer, t.day, n);
  const firstPurchase = new Float64Array(n).fill(NaN);
  const lastPurchase = new Float64Array(n).fill(NaN);
  const orders = new Int32Array(n);
  const purchaseDays = new Int32Array(n);
  const netSpend = new Float64Array(n);
  const returns = new Float64Array(n);
  const seenOrders = new Set<number>();
  for (let c = 0; c < n; c++) {
    const start = groups.offsets[c];
    const end = groups.offsets[c + 1];
    let lastDay = NaN;
    let rowsBought = 0;
    seenOrders.clear();
    for (let k = start; k < end; k++) {
      const i = groups.rows[k];
      const amount = t.amount[i];
      netSpend[c] += amount;
      if (amount < 0) {
        returns[c] -= amount;
        continue;
      }
      const d = t.day[i];
      if (d !== lastDay) {
        purchaseDays[c]++;
        lastDay = d;
        if (Number.isNaN(firstPurchase[c])) firstPurchase[c] = d;
      }
      rowsBought++;
      if (t.hasOrderIds) seenOrders.add(t.order[i]);
    }
    lastPurchase[c] = lastDay;
    orders[c] = t.hasOrderIds ? seenOrders.size : rowsBought;
  }
  return { groups, firstPurchase, lastPurchase, orders, purchaseDays, netSpend, returns };
}
