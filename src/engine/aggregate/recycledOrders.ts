import type { Transactions } from "../model";
import type { CustomerGroups } from "./byCustomer";

/**
 * The most days one order is paid on as installments (首期款, 中期款, 尾款, 质保金; a year of
 * monthly payments): an ID on more days of one customer is no order but a number used again.
 */
export const MAX_INSTALLMENT_DAYS = 12;

/**
 * The share of a sheet's order IDs that may be used by more than one customer before its IDs are
 * read as recycled: a 32-bit hash of a million IDs makes about a hundred such pairs (0.01 %).
 */
const SHARED_ID_SHARE = 0.01;

/**
 * Whether the sheet's order IDs are recycled (reviewer61 R17): a till's 取餐号 or a delivery
 * platform's #12 restarts each day (001, 002, …), so one ID names many customers' visits, or one
 * customer's visits on many days. Then a later day's rows under an earlier day's ID are no further
 * payment of one order (aggregate/scratch.ts copyOrders: tester61 U113), and every day is a
 * purchase again. Recycled: more than 1 % of the IDs used by different customers, or an ID used by
 * one customer on more than MAX_INSTALLMENT_DAYS days. False without order IDs.
 *
 * @example ordersRecycled(t, groups) // true for 001, 002 … restarted each day
 */
export function ordersRecycled(t: Transactions, groups: CustomerGroups): boolean {
  if (!t.hasOrderIds || t.count === 0) return false;
  // The answer is "an ID used on more than MAX_INSTALLMENT_DAYS days by the first customer who
  // used it" or "more than SHARED_ID_SHARE of the IDs shared". A pass in table order (the columns
  // read in order, one table slot per row) counts the shared IDs exactly and bounds each ID's days
  // from above; only when that bound is passed is the customer-by-customer walk needed.
  if (groups.rows.length !== t.count) return walkByCustomer(t, groups);
  const scan = scanIds(t);
  if (scan.shared > SHARED_ID_SHARE * scan.distinct) return true;
  return scan.mostRuns > MAX_INSTALLMENT_DAYS && walkByCustomer(t, groups);
}

/** What scanIds finds. */
interface IdScan {
  distinct: number;
  /** IDs used by more than one customer. */
  shared: number;
  /**
   * The most runs of one ID (a row whose day differs from that ID's previous row's, in table
   * order, starts one), capped past MAX_INSTALLMENT_DAYS; the cap when a day is not a whole int32
   * (the grouping's day order is then not sure). Each day an ID is used on starts at least one
   * run, and a customer's rows are in day order in the walk, so the walk counts no customer more
   * days of an ID than it has runs.
   */
  mostRuns: number;
}

/**
 * The sheet's order IDs in table order (stop 61 measured 0.18 CPU-s for the customer-by-customer
 * walk on 1,000,000 rows: two columns read at random and five tables per row). One Int32Array of
 * four per slot (the ID, the customer who used it or −1 for more than one, its runs, the day of
 * its last row), so a row touches one cache line of the table.
 */
function scanIds(t: Transactions): IdScan {
  let size = 1;
  while (size < 2 * t.count) size *= 2;
  const shift = 32 - Math.log2(size);
  const last = size * 4 - 1;
  const table = new Int32Array(size * 4);
  const { order, customer, day } = t;
  const cap = MAX_INSTALLMENT_DAYS + 1;
  let distinct = 0;
  let shared = 0;
  let mostRuns = 1;
  for (let i = 0; i < t.count; i++) {
    const id = order[i];
    const c = customer[i];
    const d = day[i] | 0;
    if (d !== day[i]) mostRuns = cap;
    let at = (Math.imul(id, 0x9e3779b1) >>> shift) << 2;
    while (table[at + 2] !== 0 && table[at] !== id) at = (at + 4) & last;
    const runs = table[at + 2];
    if (runs === 0) {
      table[at] = id;
      table[at + 1] = c;
      table[at + 2] = 1;
      table[at + 3] = d;
      distinct++;
      continue;
    }
    const owner = table[at + 1];
    if (owner !== c && owner >= 0) {
      shared++;
      table[at + 1] = -1;
    }
    if (table[at + 3] !== d && runs < cap) {
      table[at + 3] = d;
      table[at + 2] = runs + 1;
      if (runs + 1 > mostRuns) mostRuns = runs + 1;
    }
  }
  return { distinct, shared, mostRuns };
}

/**
 * The customer-by-customer walk, each customer's rows in day order: stop 61's ordersRecycled,
 * unchanged (its test holds ordersRecycled to it).
 */
export function walkByCustomer(t: Transactions, groups: CustomerGroups): boolean {
  // An open-addressing table of the IDs: the customer who used each (−1: more than one), the last
  // day it was seen on for that customer and the count of its days.
  let size = 1;
  while (size < 2 * t.count) size *= 2;
  const shift = 32 - Math.log2(size);
  const mask = size - 1;
  const ids = new Int32Array(size);
  const used = new Uint8Array(size);
  const owner = new Int32Array(size);
  const lastDay = new Float64Array(size);
  const days = new Int32Array(size);
  const { offsets, rows } = groups;
  let distinct = 0;
  let shared = 0;
  for (let c = 0; c + 1 < offsets.length; c++) {
    for (let k = offsets[c]; k < offsets[c + 1]; k++) {
      const i = rows[k];
      const id = t.order[i];
      const d = Math.floor(t.day[i]);
      let slot = Math.imul(id, 0x9e3779b1) >>> shift;
      while (used[slot] === 1 && ids[slot] !== id) slot = (slot + 1) & mask;
      if (used[slot] === 0) {
        used[slot] = 1;
        ids[slot] = id;
        owner[slot] = c;
        lastDay[slot] = d;
        days[slot] = 1;
        distinct++;
      } else if (owner[slot] !== c) {
        if (owner[slot] >= 0) shared++;
        owner[slot] = -1;
      } else if (lastDay[slot] !== d) {
        // The customer's rows are in day order: a new day of this ID.
        lastDay[slot] = d;
        if (++days[slot] > MAX_INSTALLMENT_DAYS) return true;
      }
    }
  }
  return shared > SHARED_ID_SHARE * distinct;
}
