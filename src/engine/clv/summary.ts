/**
 * Per-customer summary (frequency, recency, age, average repeat spend) for the customer-base
 * model, as lifetimes' summary_data_from_transaction_data does with freq "D": purchases on the
 * same calendar day count as one purchase, and the first purchase is not a repeat purchase.
 *
 * What a purchase is has one definition, the customer summary's (aggregate/customerSummary.ts
 * measureModel): a row with an amount ≥ 0 on a day up to the analysis date. A return (negative
 * amount) or a row without a known amount is not a purchase. Both entry points below use it.
 */

import {
  checkMeasuredFor,
  measureModel,
  type DatedSummary as PurchaseSummary,
  type ModelMeasures,
} from "../aggregate/customerSummary";
import type { Dataset } from "../model";
import type { CustomerSummary } from "./group";
import { float64Column, uint8Column } from "./spares";

/** Transactions as columns, one entry per transaction. */
export interface TransactionColumns {
  /** Customer index 0..customerCount−1 of each transaction. */
  customer: Int32Array;
  /** Day number of each transaction (fractions are times of day; NaN = unknown date, skipped). */
  day: Float64Array;
  /** Amount of each transaction (negative = a return, NaN = unknown: neither is a purchase). */
  amount: Float64Array;
  /** Number of customers (length of the output columns). */
  customerCount: number;
}

/** Options for {@link summariseForModel}. */
export interface SummaryOptions {
  /** Last day of the observation period (inclusive: purchases on this day count). */
  asOfDay: number;
  /** Length of the model's time unit in days, e.g. 7 for weeks, 1 for days. */
  timeUnitDays: number;
}

/** Model inputs per customer; customers without purchases get NaN everywhere and hasPurchase 0. */
export interface ModelSummary extends CustomerSummary {
  /**
   * Mean spend per repeat purchase day: the mean over purchase days after the first of that
   * day's total amount (lifetimes' monetary_value). NaN without repeat purchases.
   */
  averageSpend: Float64Array;
  /** 1 when the customer bought at least once by asOfDay. */
  hasPurchase: Uint8Array;
}

/**
 * Builds the BG/NBD / Gamma-Gamma inputs from transaction columns in O(n log n):
 * frequency = distinct purchase days − 1, recency = (last − first purchase day) / timeUnitDays,
 * age = (asOfDay − first purchase day) / timeUnitDays, all on whole days (fractions floored).
 * Purchases are rows with an amount ≥ 0 (measureModel: returns are not purchases). Transactions
 * after asOfDay, with an unknown day or an out-of-range customer are ignored. For transaction
 * columns outside a Dataset (CDNOW, the bench); the analysis uses summariseGroupsForModel.
 *
 * @example
 * const s = summariseForModel({
 *   customer: Int32Array.of(0, 0, 0, 1),
 *   day: Float64Array.of(0, 0.5, 14, 7),
 *   amount: Float64Array.of(10, 5, 20, 8),
 *   customerCount: 3,
 * }, { asOfDay: 28, timeUnitDays: 7 });
 * // s.frequency => [1, 0, NaN], s.recency => [2, 0, NaN], s.age => [4, 3, NaN]
 * // s.averageSpend => [20, NaN, NaN], s.hasPurchase => [1, 1, 0]
 */
export function summariseForModel(
  transactions: TransactionColumns,
  options: SummaryOptions,
): ModelSummary {
  const { customer, day, amount, customerCount } = transactions;
  const unit = options.timeUnitDays;
  const lastDay = Math.floor(options.asOfDay);
  const n = customer.length;
  if (day.length !== n || amount.length !== n) {
    throw new RangeError("customer, day and amount must have one value per transaction.");
  }

  const usable = (i: number): boolean => {
    const c = customer[i];
    const d = day[i];
    return c >= 0 && c < customerCount && Number.isFinite(d) && Math.floor(d) <= lastDay;
  };
  // Counting sort of usable transactions by customer.
  const starts = new Int32Array(customerCount + 1);
  for (let i = 0; i < n; i++) if (usable(i)) starts[customer[i] + 1]++;
  for (let c = 0; c < customerCount; c++) starts[c + 1] += starts[c];
  const order = new Int32Array(starts[customerCount]);
  const next = starts.slice(0, customerCount);
  for (let i = 0; i < n; i++) if (usable(i)) order[next[customer[i]]++] = i;

  const measures: ModelMeasures = {
    purchaseDays: new Int32Array(customerCount),
    firstDay: new Float64Array(customerCount).fill(NaN),
    lastDay: new Float64Array(customerCount).fill(NaN),
    repeatSpend: new Float64Array(customerCount).fill(NaN),
  };
  // One customer's rows, in day order, as the customer summary holds them (measureModel's input).
  let rows = { day: new Float64Array(16), amount: new Float64Array(16) };
  const byDay = (i: number, j: number) => day[i] - day[j];
  for (let c = 0; c < customerCount; c++) {
    const from = starts[c];
    const to = starts[c + 1];
    if (from === to) continue;
    const mine = order.subarray(from, to);
    // Sort this customer's transactions by day: insertion sort for the usual handful.
    if (to - from > 24) mine.sort(byDay);
    else {
      for (let i = 1; i < mine.length; i++) {
        const v = mine[i];
        let j = i - 1;
        while (j >= 0 && day[mine[j]] > day[v]) {
          mine[j + 1] = mine[j];
          j--;
        }
        mine[j + 1] = v;
      }
    }
    if (mine.length > rows.day.length) {
      const size = Math.max(mine.length, rows.day.length * 2);
      rows = { day: new Float64Array(size), amount: new Float64Array(size) };
    }
    for (let k = 0; k < mine.length; k++) {
      rows.day[k] = day[mine[k]];
      rows.amount[k] = amount[mine[k]];
    }
    measureModel(measures, lastDay, c, rows, mine.length);
  }
  return inUnits(measures, lastDay, unit);
}

/**
 * The same model inputs as {@link summariseForModel} on the purchase rows (amounts ≥ 0), read
 * from the customer summary's model measures (aggregate/customerSummary.ts: taken in its one pass
 * over the day-ordered transactions), so no transaction is read again: O(customers).
 * frequency = purchase days − 1, recency = (last − first purchase day) / timeUnitDays,
 * age = (asOfDay − first) / timeUnitDays; averageSpend = mean day total over repeat purchase days
 * (the first purchase day excluded). Returns are not purchases; purchases after asOfDay are
 * ignored. asOfDay must be the summary's analysis date (a RangeError says so otherwise).
 *
 * @example
 * const summary = summariseCustomers(dataset, rules);
 * const s = summariseGroupsForModel(dataset, summary, { asOfDay: summary.measuredFor.asOf, timeUnitDays: 7 });
 * s.frequency[0] // summary.model.purchaseDays[0] − 1
 */
export function summariseGroupsForModel(
  dataset: Dataset,
  summary: PurchaseSummary,
  options: SummaryOptions,
): ModelSummary {
  const n = dataset.customers.count;
  const unit = options.timeUnitDays;
  const lastDay = Math.floor(options.asOfDay);
  checkMeasuredFor(summary, { asOf: lastDay }, "summariseGroupsForModel", n);
  return inUnits(summary.model, lastDay, unit);
}

/** The model inputs in a time unit from the purchase measures in days (the one conversion). */
function inUnits(m: ModelMeasures, lastDay: number, unit: number): ModelSummary {
  const n = m.purchaseDays.length;
  // A fit's inputs are given back when it ends (customerModel.ts): the next fit fills them.
  const frequency = float64Column(n, NaN);
  const recency = float64Column(n, NaN);
  const age = float64Column(n, NaN);
  const hasPurchase = uint8Column(n);
  for (let c = 0; c < n; c++) {
    const days = m.purchaseDays[c];
    if (days === 0) continue;
    const first = m.firstDay[c];
    frequency[c] = days - 1;
    recency[c] = (m.lastDay[c] - first) / unit;
    age[c] = (lastDay - first) / unit;
    hasPurchase[c] = 1;
  }
  // The measures' repeat spend is already NaN where there is no purchase (and where there is no
  // repeat day): the same array, read only, not a copy (8 MB per date at 1,000,000 customers).
  return { frequency, recency, age, averageSpend: m.repeatSpend, hasPurchase };
}
