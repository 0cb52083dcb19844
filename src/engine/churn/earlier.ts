import {
  copyOrders,
  copyVisits,
  datedSummary,
  grow,
  measureModel,
  measureSegmentation,
  newScratch,
  type CustomerSummary,
  type DatedSummary,
} from "../aggregate/customerSummary";
import { ordersRecycled } from "../aggregate/recycledOrders";
import { copyCustomerVisits, newVisitScratch, visitGroups } from "../aggregate/visits";
import type { Dataset } from "../model";
import type { RuleSet } from "../rules/schema";

/**
 * The customer summary as of earlier dates (churn risk's snapshots, asOf − H and asOf − 2H), from
 * ONE pass over the transactions for all of them: each customer's rows are copied out of the
 * columns once and measured at every date. Only what an earlier date needs is measured: the
 * segmentation's and the model's dated measures (with exactly summariseCustomers' definitions:
 * the same functions). The undated fields (every row's purchases) and the grouping are today's,
 * shared; the Overview's window figures are not measured (only today's Overview shows them).
 *
 * With `only`, just the customers it marks are measured; the others have no purchase at these dates
 * (so their stage there is prospect, and no earlier step scores or learns from them).
 *
 * @example const [past1, past2] = summariseEarlier(dataset, rules, today, [asOf - 90, asOf - 180]);
 */
export function summariseEarlier(
  dataset: Dataset,
  rules: RuleSet,
  today: CustomerSummary,
  days: readonly number[],
  only: Uint8Array | null = null,
): DatedSummary[] {
  const n = dataset.customers.count;
  const out = days.map((day) => datedSummary(today, rules, day));
  const { offsets, rows } = today.groups;
  const txDay = dataset.transactions.day;
  const txAmount = dataset.transactions.amount;
  const txOrder = dataset.transactions.order;
  const hasOrderIds = dataset.transactions.hasOrderIds;
  const scratch = newScratch(hasOrderIds);
  // As summariseCustomers: installments only where the sheet's order IDs are not recycled.
  const installments = hasOrderIds && !ordersRecycled(dataset.transactions, today.groups);
  // Her visits (消课记录, Check-ins) are her rhythm at every date, as today (aggregate/visits.ts).
  const visits = visitGroups(dataset, n, today.measuredFor.asOf);
  const visitDays = newVisitScratch();
  // The latest date first: a customer with no row up to it has none up to the earlier ones.
  const latest = Math.max(...days);
  for (let c = 0; c < n; c++) {
    // Outside the sample (churn/sample.ts) a customer is left with no purchase at these dates.
    if (only && !only[c]) continue;
    const from = offsets[c];
    let count = offsets[c + 1] - from;
    if (count > scratch.day.length) grow(scratch, count, hasOrderIds);
    const { day, amount } = scratch;
    // Rows are in day order: copy only those up to the latest date (the measures stop there too).
    let k = 0;
    for (; k < count; k++) {
      const i = rows[from + k];
      const d = txDay[i];
      if (d >= latest + 1) break;
      day[k] = d;
      amount[k] = txAmount[i];
    }
    count = k;
    if (count === 0) continue;
    copyOrders(scratch, txOrder, hasOrderIds, rows, from, count, installments);
    copyVisits(scratch, dataset.transactions.storedValueVisit, rows, from, count);
    copyCustomerVisits(visitDays, visits, c);
    for (const s of out) {
      measureSegmentation(s.segmentation, s.measuredFor, c, scratch, count, visitDays);
      measureModel(s.model, s.measuredFor.asOf, c, scratch, count);
    }
  }
  return out;
}
