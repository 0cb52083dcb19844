/**
 * The separate passes over the grouped transactions that the analysis made before the customer
 * summary measured everything in one pass (src at commit b7e4d5d: aggregate/customerSummary.ts,
 * classify.ts pass 1, overview/kpis.ts, clv/summary.ts summariseGroupsForModel). Kept here only so
 * the property test can show the one pass computes exactly what they did.
 */
import { groupByCustomer, type CustomerGroups } from "../../../src/engine/aggregate/byCustomer";
import { ordersRecycled } from "../../../src/engine/aggregate/recycledOrders";
import { medianInPlace } from "../../../src/engine/lifecycle/rhythm";
import type { Dataset } from "../../../src/engine/model";
import type { RuleSet } from "../../../src/engine/rules";
import { windowStart } from "../../../src/engine/segmentation/window";

/**
 * 1 on each row whose order id the customer paid on an earlier day (tester61 U113, since these
 * passes: a further payment of one order is no purchase day, no return, but activity).
 */
function furtherPayments(dataset: Dataset, groups: CustomerGroups): Uint8Array {
  const t = dataset.transactions;
  const further = new Uint8Array(t.day.length);
  // Recycled IDs (取餐号 001 … each day: reviewer61 R17) are no installments.
  if (!t.hasOrderIds || ordersRecycled(t, groups)) return further;
  const firstDay = new Map<number, number>();
  for (let c = 0; c < dataset.customers.count; c++) {
    firstDay.clear();
    for (let k = groups.offsets[c]; k < groups.offsets[c + 1]; k++) {
      const i = groups.rows[k];
      const d = Math.floor(t.day[i]);
      const seen = firstDay.get(t.order[i]);
      if (seen === undefined) firstDay.set(t.order[i], d);
      else if (seen < d) further[i] = 1;
    }
  }
  return further;
}

/** The old summariseCustomers: every row. */
export function previousSummary(dataset: Dataset) {
  const t = dataset.transactions;
  const n = dataset.customers.count;
  const groups = groupByCustomer(t.customer, t.day, n);
  const further = furtherPayments(dataset, groups);
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
    let purchaseDay = NaN;
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
        lastDay = d;
        if (Number.isNaN(firstPurchase[c])) firstPurchase[c] = d;
      }
      if (d !== purchaseDay && further[i] === 0) {
        purchaseDays[c]++;
        purchaseDay = d;
      }
      rowsBought++;
      if (t.hasOrderIds) seenOrders.add(t.order[i]);
    }
    lastPurchase[c] = lastDay;
    orders[c] = t.hasOrderIds ? seenOrders.size : rowsBought;
  }
  return { groups, firstPurchase, lastPurchase, orders, purchaseDays, netSpend, returns };
}

/** The old classifyCustomers pass 1 (typical gaps before the population gap is filled in). */
export function previousClassifyPass(
  dataset: Dataset,
  groups: CustomerGroups,
  rules: RuleSet,
  analysisDay: number = dataset.asOf,
) {
  const n = dataset.customers.count;
  const t = dataset.transactions;
  const { offsets, rows } = groups;
  const asOf = Math.floor(analysisDay);
  const start = windowStart(asOf, rules.window.months);
  const period = rules.lifecycle.trendPeriodDays;
  const recentStart = asOf - period;
  const previousStart = asOf - 2 * period;
  const churnDays = rules.churn.churnedAfterDays;
  const minGap = rules.lifecycle.typicalGap.minDays;
  const recencyDays = new Float64Array(n).fill(NaN);
  const frequency = new Int32Array(n);
  const monetary = new Float64Array(n);
  const firstDay = new Float64Array(n).fill(NaN);
  const purchaseDays = new Int32Array(n);
  const typicalGapDays = new Float64Array(n).fill(NaN);
  const returnDay = new Float64Array(n).fill(NaN);
  const recentCount = new Int32Array(n);
  const previousCount = new Int32Array(n);
  const recentSpend = new Float64Array(n);
  const previousSpend = new Float64Array(n);
  const gapSquares = new Float64Array(n);
  const further = furtherPayments(dataset, groups);
  let gaps = new Float64Array(1024);
  for (let c = 0; c < n; c++) {
    let last = NaN;
    let paidLast = NaN;
    let windowDay = NaN;
    let count = 0;
    let gapCount = 0;
    let inWindow = 0;
    let spend = 0;
    let rCount = 0;
    let pCount = 0;
    let rSpend = 0;
    let pSpend = 0;
    const end = offsets[c + 1];
    for (let k = offsets[c]; k < end; k++) {
      const i = rows[k];
      const d = t.day[i];
      if (d > asOf) break;
      const a = t.amount[i];
      if (d > start) spend += a;
      if (d > recentStart) rSpend += a;
      else if (d > previousStart) pSpend += a;
      if (a < 0) continue;
      if (d > start && d !== windowDay) {
        inWindow++;
        windowDay = d;
      }
      if (further[i] === 1) {
        paidLast = d;
        continue;
      }
      if (d === last) continue;
      if (count === 0) firstDay[c] = d;
      else {
        const gap = d - last;
        const away = d - (paidLast > last ? paidLast : last);
        if (gapCount === gaps.length) {
          const bigger = new Float64Array(gaps.length * 2);
          bigger.set(gaps);
          gaps = bigger;
        }
        gaps[gapCount++] = gap;
        if (away >= churnDays) returnDay[c] = d;
      }
      last = d;
      count++;
      if (d > recentStart) rCount++;
      else if (d > previousStart) pCount++;
    }
    purchaseDays[c] = count;
    frequency[c] = inWindow;
    monetary[c] = spend;
    recentCount[c] = rCount;
    previousCount[c] = pCount;
    recentSpend[c] = rSpend;
    previousSpend[c] = pSpend;
    for (let g = 0; g < gapCount; g++) gapSquares[c] += gaps[g] * gaps[g];
    if (count > 0) {
      recencyDays[c] = asOf - (paidLast > last ? paidLast : last);
      if (gapCount > 0) typicalGapDays[c] = Math.max(minGap, medianInPlace(gaps, gapCount));
    }
  }
  return {
    recencyDays,
    frequency,
    monetary,
    firstDay,
    purchaseDays,
    typicalGapDays,
    returnDay,
    recentCount,
    previousCount,
    recentSpend,
    previousSpend,
    gapSquares,
  };
}

/** The old relationshipKpis transaction walk: the figures that came from the rows. */
export function previousKpiPass(
  dataset: Dataset,
  groups: CustomerGroups,
  window: { windowStart: number; windowMonths: number; asOf: number },
  valueTier: Int8Array,
) {
  const t = dataset.transactions;
  const n = dataset.customers.count;
  const end = Math.floor(window.asOf) + 1;
  const start = Math.floor(window.windowStart);
  const previousWindowStart = windowStart(start, window.windowMonths);
  const from = start + 1;
  const prevFrom = previousWindowStart + 1;
  const revenueByTier = [0, 0, 0];
  let active = 0;
  let repeat = 0;
  let revenue = 0;
  let purchases = 0;
  let orders = 0;
  let previousActive = 0;
  let retained = 0;
  const seen = new Set<number>();
  for (let c = 0; c < n; c++) {
    let spend = 0;
    let days = 0;
    let lastDay = NaN;
    let rowsBought = 0;
    let boughtBefore = false;
    seen.clear();
    for (let k = groups.offsets[c]; k < groups.offsets[c + 1]; k++) {
      const i = groups.rows[k];
      const d = t.day[i];
      if (d >= end) break;
      const amount = t.amount[i];
      // A zero amount is a purchase with no spend (issue 9); an unknown one counts in the window.
      if (d >= prevFrom && d < from && amount >= 0) boughtBefore = true;
      if (d < from) continue;
      spend += amount;
      if (amount < 0) continue;
      purchases += amount;
      rowsBought++;
      if (t.hasOrderIds) seen.add(t.order[i]);
      if (Math.floor(d) !== lastDay) {
        days++;
        lastDay = Math.floor(d);
      }
    }
    revenue += spend;
    orders += t.hasOrderIds ? seen.size : rowsBought;
    if (days > 0) active++;
    if (days > 1) repeat++;
    if (boughtBefore) {
      previousActive++;
      if (days > 0) retained++;
    }
    revenueByTier[valueTier[c]] += spend;
  }
  return {
    previousWindowStart,
    windowDays: end - from,
    activeCustomers: active,
    revenue,
    orders,
    averageOrderValue: orders > 0 ? purchases / orders : NaN,
    repeatPurchaseRate: active > 0 ? repeat / active : NaN,
    previousActive,
    retained,
    revenueByTier,
  };
}

/** The old summariseGroupsForModel walk. */
export function previousModelPass(
  dataset: Dataset,
  groups: CustomerGroups,
  asOfDay: number,
  unit: number,
) {
  const n = dataset.customers.count;
  const txDay = dataset.transactions.day;
  const txAmount = dataset.transactions.amount;
  const { offsets, rows } = groups;
  const lastDay = Math.floor(asOfDay);
  const frequency = new Float64Array(n).fill(NaN);
  const recency = new Float64Array(n).fill(NaN);
  const age = new Float64Array(n).fill(NaN);
  const averageSpend = new Float64Array(n).fill(NaN);
  const hasPurchase = new Uint8Array(n);
  for (let c = 0; c < n; c++) {
    let first = NaN;
    let current = NaN;
    let days = 0;
    let dayTotal = 0;
    let repeatTotal = 0;
    let repeatDays = 0;
    const end = offsets[c + 1];
    for (let k = offsets[c]; k < end; k++) {
      const i = rows[k];
      const a = txAmount[i];
      if (!(a >= 0)) continue; // zero amounts are purchases (issue 9)
      const d = Math.floor(txDay[i]);
      if (d > lastDay) break;
      if (d !== current) {
        if (days > 1) {
          repeatTotal += dayTotal;
          repeatDays++;
        }
        if (days === 0) first = d;
        current = d;
        days++;
        dayTotal = 0;
      }
      dayTotal += a;
    }
    if (days === 0) continue;
    if (days > 1) {
      repeatTotal += dayTotal;
      repeatDays++;
    }
    frequency[c] = days - 1;
    recency[c] = (current - first) / unit;
    age[c] = (lastDay - first) / unit;
    averageSpend[c] = repeatDays > 0 ? repeatTotal / repeatDays : NaN;
    hasPurchase[c] = 1;
  }
  return { frequency, recency, age, averageSpend, hasPurchase };
}
