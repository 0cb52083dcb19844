import type { Dataset } from "../model";
import type { EpochDay } from "../parse/date";
import { defaultRules } from "../rules";
import type { RuleSet } from "../rules/schema";
import { windowStart } from "../segmentation/window";
import { groupByCustomer, type CustomerGroups } from "./byCustomer";
import {
  addOrder,
  copyOrders,
  copyVisits,
  grow,
  newOrderCount,
  newScratch,
  type Scratch,
} from "./scratch";
import { isReturn } from "./purchase";
import { recurringSeason } from "./season";
import { measureOrderFall, type OrderFallMeasures } from "./orderFall";
import { ordersRecycled } from "./recycledOrders";
import {
  copyCustomerVisits,
  measureVisitRhythm,
  newVisitScratch,
  visitGroups,
  type VisitScratch,
} from "./visits";

export { copyOrders, copyVisits, grow, newScratch, type Scratch } from "./scratch";

/**
 * The dates and rule-set figures the per-customer measures were taken with. The steps that read
 * the measures (classify, overview KPIs, the customer-base model) check them against their own.
 */
export interface MeasureSettings {
  /** The analysis date (whole epoch day): rows after it do not count in the dated measures. */
  asOf: EpochDay;
  /** The day before the window: the window is windowStart < day ≤ asOf (segmentation/window.ts). */
  windowStart: EpochDay;
  /** The window's length in calendar months (rule set window.months). */
  windowMonths: number;
  /** The day before the previous window, which ends on windowStart (the Overview's retention). */
  previousWindowStart: EpochDay;
  /** Length of the recent and previous trend periods (rule set lifecycle.trendPeriodDays). */
  trendPeriodDays: number;
  /** A gap of at least this many days ends in a win-back (rule set churn.churnedAfterDays). */
  inactiveDays: number;
  /** The least typical gap (rule set lifecycle.typicalGap.minDays). */
  minGapDays: number;
}

/**
 * The segmentation's measures (classify.ts), over rows up to the analysis date. A purchase is a
 * row that is not a return (purchase.ts); days are compared as stored. With them a steady
 * customer's falling orders (OrderFallMeasures, aggregate/orderFall.ts: churn risk reads them).
 */
export interface SegmentationMeasures extends OrderFallMeasures {
  /** Distinct purchase days up to the analysis date (0: a prospect). */
  purchaseDays: Int32Array;
  /** First purchase day up to the analysis date; NaN without one. */
  firstPurchase: Float64Array;
  /** asOf − last purchase day; NaN without a purchase. */
  recencyDays: Float64Array;
  /** Purchase days in the window (windowStart < day ≤ asOf). */
  frequency: Int32Array;
  /** Net spend in the window, returns deducted. */
  monetary: Float64Array;
  /** The last purchase day that ended a gap of inactiveDays or more (a win-back); NaN if none. */
  wonBackDay: Float64Array;
  /** Purchase days and net spend in the recent period (asOf − trendPeriodDays < day ≤ asOf) … */
  recentCount: Int32Array;
  recentSpend: Float64Array;
  /** … and in the period of the same length before it. */
  previousCount: Int32Array;
  previousSpend: Float64Array;
  /**
   * Sum of the squared gaps (days) between consecutive purchase days: with the first and last day
   * and the count, the spread of the customer's own rhythm (churn risk tells a regular buyer from
   * a bursty one by it: churn/features.ts gapSpread).
   */
  gapSquares: Float64Array;
  /**
   * The same over the purchase days with spend (a row above zero, or of an unknown amount, on the
   * day): a ¥0 visit (a free revisit, 复查 at 0) is activity, counted in purchaseDays and the
   * recency, but no purchase of the customer's rhythm (tester58 U66: a clinic's free revisits two
   * weeks after each six-monthly cleaning made its patients' rhythm about 90 days). A visit paid
   * from stored value at ¥0 (a punch card's 划卡: Transactions.storedValueVisit) is a purchase
   * here: her card paid for it (reviewer60 R9). Equal to
   * purchaseDays, firstPurchase, the last purchase day and gapSquares for a customer with no ¥0 day.
   */
  spendDays: Int32Array;
  spendFirst: Float64Array;
  spendLast: Float64Array;
  spendGapSquares: Float64Array;
  /**
   * 1 for a customer with exactly two days with spend whose day totals differ by UNEVEN_PAIR_RATIO
   * or more (tester64 U189: a 25,000 website build, then 1,500 of hosting 43 days later): their one
   * gap is no rhythm of its own (churn/features.ts churnRhythm). Absent: nobody's measured.
   */
  unevenPair?: Uint8Array;
  /**
   * For a seasonal customer in her off-season (seasonalGap: pool service May–Sep two years
   * running, the date in the winter), her longest gap between days with spend, last year's
   * off-season: the gap her silence is read against (churn/features.ts churnRhythm; tester66 U236).
   * NaN for every other customer; absent: nobody's measured.
   */
  offSeasonGap?: Float64Array;
  /**
   * For a customer whose off-season is read from the months she buys in (aggregate/season.ts
   * recurringSeason; tester68 U404), her season's first and last month as 100 × first + last (404:
   * Apr–Oct), 0 for every other customer (her reasons say the season: churn/assess.ts).
   */
  seasonMonths?: Uint16Array;
  /**
   * 1 for a customer whose rhythm measures above (purchase days, first day, recency, gaps, recent
   * and previous counts, win-back) are over her visits, not her purchases: she has a visit on the
   * Visits sheet (消课记录, Check-ins) and a purchase by the date (aggregate/visits.ts; tester61
   * U112). Absent in a summary measured without it.
   */
  byVisits?: Uint8Array;
  /**
   * For a customer read by her visits (byVisits), the days since her last payment, as recencyDays
   * would be without them (RFM's R and the tabs' days since the last purchase: money, not
   * presence); NaN for every other customer. Absent in a summary measured without it.
   */
  paidRecencyDays?: Float64Array;
  /**
   * For a customer read by her visits (byVisits): 1 when she visited in the window, + 2 when in the
   * previous window (the Overview's active and retained customers count her by them: kpis.ts);
   * 0 for every other customer. Absent in a summary measured without it.
   */
  visitWindows?: Uint8Array;
  /**
   * Where the visits log stops for every regular together long before the date (aggregate/
   * visits.ts visitsStoppedTogether: a log not refreshed), per customer the days from its last day
   * to the date for one still coming then, whose visits are read as of that day: her visit
   * timeline is moved on by them (recency from the log's end; first, last and win-back days later
   * by as much, so her gaps and asOf − recencyDays stay one reading); 0 for the others. Her true
   * days are those less it (activityDays). Absent otherwise.
   */
  visitsShift?: Float64Array;
}

/**
 * The Overview's per-customer figures (overview/kpis.ts) over whole days: the window is
 * windowStart + 1 ≤ day < asOf + 1, the previous window previousWindowStart + 1 ≤ day <
 * windowStart + 1. A purchase is a row that is not a return (amount ≥ 0 or unknown).
 */
export interface OverviewMeasures {
  /** Net amount of every row in the window (returns deducted). */
  revenue: Float64Array;
  /**
   * Amount of every customer's purchase rows in the window, added row by row in group order (the
   * average order value's numerator; one sum, so its rounding is the row-by-row sum's).
   */
  purchaseTotal: number;
  /** Orders among the window's purchase rows (by order id where the sheet has them, else rows). */
  orders: Int32Array;
  /** Distinct (floored) purchase days in the window. */
  purchaseDays: Int32Array;
  /** 1 when the customer bought in the previous window. */
  previousWindowBuyer: Uint8Array;
}

/**
 * The customer-base model's inputs in days (clv/summary.ts divides by its time unit): purchase
 * rows (amounts ≥ 0: a zero amount is a purchase with no spend) on floored days up to the
 * analysis date, as lifetimes counts them.
 */
export interface ModelMeasures {
  /** Distinct purchase days (frequency = purchaseDays − 1); 0 for customers who never bought. */
  purchaseDays: Int32Array;
  /** First and last purchase day; NaN without a purchase. */
  firstDay: Float64Array;
  lastDay: Float64Array;
  /** Mean day total over repeat purchase days (the first day excluded); NaN without repeats. */
  repeatSpend: Float64Array;
}

/**
 * Every per-customer transaction measure the analysis needs, one array per measure, from one pass
 * over the day-ordered transaction groups. The top-level fields cover every row of the sheet (the
 * customer tabs and follow-up show them); `segmentation`, `overview` and `model` count only rows
 * up to the analysis date in `measuredFor`, each with its own step's definition of a purchase.
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
  measuredFor: MeasureSettings;
  segmentation: SegmentationMeasures;
  overview: OverviewMeasures;
  model: ModelMeasures;
}

/**
 * The measures a step at an earlier date reads (churn risk's snapshots, churn/earlier.ts): the
 * dated segmentation and model measures without the Overview's, which only today's run needs.
 */
export type DatedSummary = Omit<CustomerSummary, "overview">;

/**
 * The settings the measures are taken with: the run's analysis date (resolved once by
 * resolveAnalysisDate) and the rule set's window, trend period, churn gap and least typical gap.
 *
 * @example measureSettings(defaultRules(), dataset.asOf).windowMonths // 12
 */
export function measureSettings(rules: RuleSet, analysisDay: EpochDay): MeasureSettings {
  const asOf = Math.floor(analysisDay);
  const start = windowStart(asOf, rules.window.months);
  return {
    asOf,
    windowStart: start,
    windowMonths: rules.window.months,
    previousWindowStart: windowStart(start, rules.window.months),
    trendPeriodDays: rules.lifecycle.trendPeriodDays,
    inactiveDays: rules.churn.churnedAfterDays,
    minGapDays: rules.lifecycle.typicalGap.minDays,
  };
}

/**
 * Throws a RangeError when the summary was measured with other settings than `expected`, or (given
 * `customers`) for another number of customers: a step given a summary of another date, rule set
 * or dataset would otherwise mix two analyses silently.
 *
 * @example checkMeasuredFor(summary, measureSettings(rules, asOf), "classifyCustomers", n);
 */
export function checkMeasuredFor(
  summary: Pick<DatedSummary, "purchaseDays" | "measuredFor">,
  expected: Partial<MeasureSettings>,
  step: string,
  customers?: number,
): void {
  if (customers !== undefined && summary.purchaseDays.length !== customers) {
    throw new RangeError(
      `${step}: the customer summary has ${summary.purchaseDays.length} customers, not ${customers}.`,
    );
  }
  for (const key of Object.keys(expected) as (keyof MeasureSettings)[]) {
    if (summary.measuredFor[key] !== expected[key]) {
      throw new RangeError(
        `${step}: the customer summary was measured with ${key} ${summary.measuredFor[key]}, not ${expected[key]}; summarise with the same rule set and date.`,
      );
    }
  }
}

/**
 * Measures each customer's transactions in one pass over the grouped, day-ordered rows: the
 * purchase summary (every row), the segmentation's window, trend and rhythm measures, the
 * Overview's window and previous-window figures, and the customer-base model's inputs. Later
 * steps read these arrays and never walk the transactions again. Pass the run's rule set and its
 * analysis date (resolveAnalysisDate); without them the default rule set at the date ingest used
 * (`dataset.asOf`) applies, which suits the undated summary fields but not a classification with
 * other rules (it would refuse the summary).
 *
 * @example
 * const s = summariseCustomers(dataset, rules, asOf);
 * s.netSpend[0]; // net spend of the first customer
 * s.segmentation.frequency[0]; // purchase days in the rule set's window
 */
export function summariseCustomers(
  dataset: Dataset,
  rules: RuleSet = defaultRules(),
  asOf: EpochDay = dataset.asOf,
  earlierDays: readonly number[] = [],
  first?: ModelFirst,
): CustomerSummary {
  const n = dataset.customers.count;
  if (first) checkMeasuredFor(first, measureSettings(rules, asOf), "summariseCustomers", n);
  const groups =
    first?.groups ?? groupByCustomer(dataset.transactions.customer, dataset.transactions.day, n);
  const settings = first?.measuredFor ?? measureSettings(rules, asOf);
  const { offsets, rows } = groups;
  const out: CustomerSummary = {
    groups,
    firstPurchase: new Float64Array(n).fill(NaN),
    lastPurchase: new Float64Array(n).fill(NaN),
    orders: new Int32Array(n),
    purchaseDays: new Int32Array(n),
    netSpend: new Float64Array(n),
    returns: new Float64Array(n),
    measuredFor: settings,
    segmentation: segmentationColumns(n),
    overview: {
      revenue: new Float64Array(n),
      purchaseTotal: 0,
      orders: new Int32Array(n),
      purchaseDays: new Int32Array(n),
      previousWindowBuyer: new Uint8Array(n),
    },
    model: first?.model ?? modelColumns(n),
  };
  // Each row is read from the columns once, into the customer's contiguous scratch rows; the
  // measures then loop over those (in cache) with few live values each, which is what keeps the
  // one pass fast: the columns are read in random order, the scratch rows in order.
  const t = dataset.transactions;
  const txDay = t.day;
  const txAmount = t.amount;
  const txOrder = t.order;
  const hasOrderIds = t.hasOrderIds;
  const scratch = newScratch(hasOrderIds);
  // Later days under an earlier day's order ID are installments only where IDs are not recycled.
  const installments = hasOrderIds && !ordersRecycled(t, groups);
  // Earlier dates' measures (takeEarlier), from the same rows in the same pass.
  const earlier = earlierDays.map((day) => datedSummary(out, rules, day));
  // A customer's visits (消课记录, Check-ins): her rhythm, not her money (aggregate/visits.ts).
  const visits = visitGroups(dataset, n, settings.asOf);
  if (visits?.together) out.segmentation.visitsShift = new Float64Array(n);
  const visitDays = newVisitScratch();
  let purchaseTotal = 0;
  for (let c = 0; c < n; c++) {
    const from = offsets[c];
    const count = offsets[c + 1] - from;
    if (count > scratch.day.length) grow(scratch, count, hasOrderIds);
    const { day, amount } = scratch;
    for (let j = 0; j < count; j++) {
      const i = rows[from + j];
      day[j] = txDay[i];
      amount[j] = txAmount[i];
    }
    copyOrders(scratch, txOrder, hasOrderIds, rows, from, count, installments);
    copyVisits(scratch, t.storedValueVisit, rows, from, count);
    measurePurchases(out, c, scratch, count, hasOrderIds);
    copyCustomerVisits(visitDays, visits, c);
    measureSegmentation(out.segmentation, settings, c, scratch, count, visitDays);
    purchaseTotal = measureOverview(
      out.overview,
      settings,
      c,
      scratch,
      count,
      hasOrderIds,
      purchaseTotal,
    );
    if (!first) measureModel(out.model, settings.asOf, c, scratch, count);
    if (earlier.length > 0) measureEarlier(earlier, c, scratch, count, visitDays);
  }
  out.overview.purchaseTotal = purchaseTotal;
  if (earlier.length > 0) measuredEarlier.set(out, earlier);
  return out;
}

/**
 * Today's model measures, taken before the rest of the summary (summariseCustomers `first`), and
 * the grouping they were taken over. The run measures them first when the model is fitted on the
 * other core (analyze.ts): its job is sent as soon as they are in, and the fit there runs while
 * the rest is measured here, instead of after it (100k CSVs: the other core sat idle through the
 * whole summary). The same function over the same rows: the same figures as in the one pass.
 */
export interface ModelFirst {
  groups: CustomerGroups;
  measuredFor: MeasureSettings;
  model: ModelMeasures;
  /** For checkMeasuredFor: the customer count is the model's column length. */
  purchaseDays: Int32Array;
}

/**
 * Groups the transactions by customer and takes today's model measures alone (ModelFirst).
 *
 * @example const first = measureModelFirst(dataset, rules, asOf); summariseCustomers(dataset, rules, asOf, [], first)
 */
export function measureModelFirst(dataset: Dataset, rules: RuleSet, asOf: EpochDay): ModelFirst {
  const n = dataset.customers.count;
  const t = dataset.transactions;
  const groups = groupByCustomer(t.customer, t.day, n);
  const measuredFor = measureSettings(rules, asOf);
  const model = modelColumns(n);
  modelPass(model, groups, t.day, t.amount, measuredFor.asOf, n);
  return { groups, measuredFor, model, purchaseDays: model.purchaseDays };
}

/** measureModel for each of n customers, their rows copied out in day order (a pass of its own). */
function modelPass(
  model: ModelMeasures,
  groups: CustomerGroups,
  txDay: Float64Array,
  txAmount: Float64Array,
  asOf: EpochDay,
  n: number,
): void {
  const { offsets, rows } = groups;
  const scratch = newScratch(false);
  for (let c = 0; c < n; c++) {
    const from = offsets[c];
    const count = offsets[c + 1] - from;
    if (count > scratch.day.length) grow(scratch, count, false);
    const { day, amount } = scratch;
    for (let j = 0; j < count; j++) {
      const i = rows[from + j];
      day[j] = txDay[i];
      amount[j] = txAmount[i];
    }
    measureModel(model, asOf, c, scratch, count);
  }
}

/** The segmentation's measures of n customers before any is taken (no purchase). */
function segmentationColumns(n: number): SegmentationMeasures {
  return {
    purchaseDays: new Int32Array(n),
    firstPurchase: new Float64Array(n).fill(NaN),
    recencyDays: new Float64Array(n).fill(NaN),
    frequency: new Int32Array(n),
    monetary: new Float64Array(n),
    wonBackDay: new Float64Array(n).fill(NaN),
    recentCount: new Int32Array(n),
    recentSpend: new Float64Array(n),
    previousCount: new Int32Array(n),
    previousSpend: new Float64Array(n),
    gapSquares: new Float64Array(n),
    spendDays: new Int32Array(n),
    spendFirst: new Float64Array(n).fill(NaN),
    spendLast: new Float64Array(n).fill(NaN),
    spendGapSquares: new Float64Array(n),
    unevenPair: new Uint8Array(n),
    offSeasonGap: new Float64Array(n).fill(NaN),
    seasonMonths: new Uint16Array(n),
    byVisits: new Uint8Array(n),
    paidRecencyDays: new Float64Array(n).fill(NaN),
    visitWindows: new Uint8Array(n),
    fallUsual: new Float64Array(n).fill(NaN),
    fallRecent: new Float64Array(n).fill(NaN),
    fallLast: new Float64Array(n).fill(NaN),
  };
}

/** The model's measures of n customers before any is taken (no purchase). */
function modelColumns(n: number): ModelMeasures {
  return {
    purchaseDays: new Int32Array(n),
    firstDay: new Float64Array(n).fill(NaN),
    lastDay: new Float64Array(n).fill(NaN),
    repeatSpend: new Float64Array(n).fill(NaN),
  };
}

/** Customer c's measures at each earlier date (the functions of today's: the same definitions). */
function measureEarlier(
  earlier: DatedSummary[],
  c: number,
  rows: Scratch,
  count: number,
  visits: VisitScratch,
): void {
  for (let e = 0; e < earlier.length; e++) {
    const s = earlier[e];
    // Each stops at the first row after its date (day order), as with only the rows up to it.
    measureSegmentation(s.segmentation, s.measuredFor, c, rows, count, visits);
    measureModel(s.model, s.measuredFor.asOf, c, rows, count);
  }
}

/** Earlier dates' summaries measured in summariseCustomers' pass, until taken (takeEarlier). */
const measuredEarlier = new WeakMap<CustomerSummary, DatedSummary[]>();

/**
 * The summaries as of `days` that summariseCustomers measured beside `today` (its earlierDays: the
 * same figures as churn/earlier.ts summariseEarlier, without a second pass over the transactions),
 * given once; null when those days were not all measured.
 *
 * @example takeEarlier(summary, [asOf - 90]) // [summary as of asOf − 90] or null
 */
export function takeEarlier(
  today: CustomerSummary,
  days: readonly number[],
): DatedSummary[] | null {
  const earlier = measuredEarlier.get(today);
  if (!earlier) return null;
  measuredEarlier.delete(today);
  if (days.length > earlier.length) return null;
  for (let k = 0; k < days.length; k++)
    if (earlier[k].measuredFor.asOf !== Math.floor(days[k])) return null;
  return earlier.slice(0, days.length);
}

/**
 * An earlier date's summary, its dated measures not yet taken (empty: no purchase): the undated
 * fields (every row's purchases) and the grouping are today's, shared; no Overview measures.
 */
export function datedSummary(today: CustomerSummary, rules: RuleSet, day: number): DatedSummary {
  const n = today.purchaseDays.length;
  return {
    groups: today.groups,
    firstPurchase: today.firstPurchase,
    lastPurchase: today.lastPurchase,
    orders: today.orders,
    purchaseDays: today.purchaseDays,
    netSpend: today.netSpend,
    returns: today.returns,
    measuredFor: measureSettings(rules, day),
    segmentation: segmentationColumns(n),
    model: modelColumns(n),
  };
}

/** The summary over every row: a purchase is a row that is not a return (purchase.ts). */
function measurePurchases(
  out: CustomerSummary,
  c: number,
  rows: Scratch,
  count: number,
  hasOrderIds: boolean,
): void {
  const { day, amount, order } = rows;
  const further = rows.furthers ? rows.further : null;
  const mark = hasOrderIds ? newOrderCount(rows) : 0;
  let orders = 0;
  let net = 0;
  let returned = 0;
  let first = NaN;
  let last = NaN;
  let purchaseLast = NaN;
  let days = 0;
  let bought = 0;
  for (let j = 0; j < count; j++) {
    const a = amount[j];
    net += a;
    if (isReturn(a)) {
      returned -= a;
      continue;
    }
    const d = day[j];
    if (d !== last) {
      last = d;
      if (first !== first) first = d; // still NaN
    }
    // A further payment of an order paid on an earlier day is no purchase day (tester61 U113).
    if (d !== purchaseLast && (further === null || further[j] === 0)) {
      days++;
      purchaseLast = d;
    }
    bought++;
    if (hasOrderIds) orders += addOrder(rows, order[j], mark);
  }
  out.netSpend[c] = net;
  out.returns[c] = returned;
  out.firstPurchase[c] = first;
  out.lastPurchase[c] = last;
  out.purchaseDays[c] = days;
  out.orders[c] = hasOrderIds ? orders : bought;
}

/**
 * The segmentation's measures over the rows up to asOf (day order: the first row after it ends
 * them). A return lowers spend but is not a purchase; a second row on a day adds no purchase day.
 * Given the customer's visits (消课记录, Check-ins), her rhythm measures are over them instead
 * (aggregate/visits.ts measureVisitRhythm).
 */
export function measureSegmentation(
  out: SegmentationMeasures,
  settings: MeasureSettings,
  c: number,
  rows: Scratch,
  count: number,
  visits?: VisitScratch,
): void {
  const { day, amount } = rows;
  const visit = rows.visits ? rows.visit : null;
  const further = rows.furthers ? rows.further : null;
  const asOf = settings.asOf;
  const start = settings.windowStart;
  const recentStart = asOf - settings.trendPeriodDays;
  const previousStart = asOf - 2 * settings.trendPeriodDays;
  const churnDays = settings.inactiveDays;
  let first = NaN;
  let last = NaN;
  let wonBack = NaN;
  let days = 0;
  let inWindow = 0;
  let spend = 0;
  let rCount = 0;
  let pCount = 0;
  let rSpend = 0;
  let pSpend = 0;
  let squares = 0;
  let spendDays = 0;
  let spendFirst = NaN;
  let spendLast = NaN;
  let spendSquares = 0;
  // The first day's spend and the latest day's (unevenPair).
  let firstSpend = 0;
  let daySpend = 0;
  // The latest gap of OFF_SEASON_DAYS or more between days with spend and the day it began (seasonalGap).
  let longGap = 0;
  let longFrom = NaN;
  let longAt = 0;
  // The first day with spend of the latest season and of the one before it (seasonalGap).
  let seasonStart = NaN;
  let lastSeasonStart = NaN;
  let paidLast = NaN;
  let windowLast = NaN;
  for (let j = 0; j < count; j++) {
    const d = day[j];
    if (d > asOf) break;
    const a = amount[j];
    if (d > start) spend += a;
    if (d > recentStart) rSpend += a;
    else if (d > previousStart) pSpend += a;
    // A day with spend (not a ¥0 row alone; an unknown amount counts), or a visit paid from stored
    // value at ¥0 (a punch card's 划卡: reviewer60 R9): the rhythm's purchase days.
    // A further payment of an order paid on an earlier day (首期款 / 中期款 / 尾款: tester61 U113)
    // is neither a purchase of the rhythm nor a return.
    const paysOn = further !== null && further[j] === 1;
    if ((!(a <= 0) || (visit !== null && visit[j] === 1)) && !paysOn && d !== spendLast) {
      if (spendDays === 0) spendFirst = seasonStart = d;
      else {
        spendSquares += (d - spendLast) * (d - spendLast);
        if (d - spendLast >= OFF_SEASON_DAYS) {
          longGap = d - spendLast;
          longFrom = spendLast;
          longAt = spendDays;
          lastSeasonStart = seasonStart;
          seasonStart = d;
        }
      }
      if (spendDays === 1) firstSpend = daySpend;
      if (out.offSeasonGap) spendDayOf(spendDays, d);
      daySpend = 0;
      spendLast = d;
      spendDays++;
    }
    if (d === spendLast && a > 0 && !paysOn) daySpend += a;
    if (isReturn(a)) continue;
    // The window's days with a payment (RFM's F, beside M, its spend, and R, the last payment).
    if (d > start && d !== windowLast) {
      windowLast = d;
      inWindow++;
    }
    // … nor a purchase day, but the customer's last activity (the recency): the job's end.
    if (paysOn) {
      paidLast = d;
      continue;
    }
    if (d === last) continue;
    if (days === 0) first = d;
    else {
      // Back after churnDays without paying: an order's later payments were activity too.
      if (d - (paidLast > last ? paidLast : last) >= churnDays) wonBack = d;
      squares += (d - last) * (d - last);
    }
    last = d;
    days++;
    if (d > recentStart) rCount++;
    else if (d > previousStart) pCount++;
  }
  out.purchaseDays[c] = days;
  out.firstPurchase[c] = first;
  out.wonBackDay[c] = wonBack;
  out.frequency[c] = inWindow;
  out.monetary[c] = spend;
  out.recentCount[c] = rCount;
  out.previousCount[c] = pCount;
  out.recentSpend[c] = rSpend;
  out.previousSpend[c] = pSpend;
  out.gapSquares[c] = squares;
  out.spendDays[c] = spendDays;
  out.spendFirst[c] = spendFirst;
  out.spendLast[c] = spendLast;
  out.spendGapSquares[c] = spendSquares;
  if (out.unevenPair && spendDays === 2 && unevenPair(firstSpend, daySpend)) out.unevenPair[c] = 1;
  if (out.offSeasonGap) {
    out.offSeasonGap[c] = seasonalGap({
      days: spendDays,
      span: spendLast - spendFirst,
      latest: longGap,
      before: longAt,
      sinceEnd: spendLast - longFrom,
      sinceStart: seasonStart - lastSeasonStart,
      silent: asOf - spendLast,
    });
    // Else a season read from the months she buys in (aggregate/season.ts; tester68 U404).
    const season =
      out.offSeasonGap[c] === out.offSeasonGap[c]
        ? null
        : recurringSeason(seasonDays, spendDays, asOf);
    if (season !== null) {
      out.offSeasonGap[c] = season.gap;
      if (out.seasonMonths) out.seasonMonths[c] = season.months;
    }
  }
  if (days > 0) out.recencyDays[c] = asOf - (paidLast > last ? paidLast : last);
  measureOrderFall(out, asOf, c, rows, count);
  if (!visits) return;
  const shift = visits.readAsOf < asOf ? asOf - visits.readAsOf : 0;
  measureVisitRhythm(out, shift > 0 ? visitSettings(settings, visits) : settings, c, visits);
  // Read as of the log's end: her timeline moved on to the date (SegmentationMeasures.visitsShift).
  if (shift > 0 && out.byVisits?.[c] === 1 && out.visitsShift) {
    out.visitsShift[c] = shift;
    out.firstPurchase[c] += shift;
    out.spendFirst[c] += shift;
    out.spendLast[c] += shift;
    out.wonBackDay[c] += shift;
  }
}

/** The settings a customer's visits are measured with: as of the log's own last day when earlier. */
let shifted: { base: MeasureSettings; asOf: number; settings: MeasureSettings } | null = null;
function visitSettings(settings: MeasureSettings, visits: VisitScratch): MeasureSettings {
  if (shifted === null || shifted.base !== settings || shifted.asOf !== visits.readAsOf)
    shifted = {
      base: settings,
      asOf: visits.readAsOf,
      settings: { ...settings, asOf: visits.readAsOf },
    };
  return shifted.settings;
}

/**
 * The Overview's window figures on whole days (from ≤ d < end) and whether the customer bought
 * in the previous window. Returns the running purchase total, added row by row.
 */
function measureOverview(
  out: OverviewMeasures,
  settings: MeasureSettings,
  c: number,
  rows: Scratch,
  count: number,
  hasOrderIds: boolean,
  purchaseTotal: number,
): number {
  const { day, amount, order } = rows;
  const end = settings.asOf + 1;
  const from = settings.windowStart + 1;
  const previousFrom = settings.previousWindowStart + 1;
  const mark = hasOrderIds ? newOrderCount(rows) : 0;
  let orders = 0;
  let total = purchaseTotal;
  let spend = 0;
  let bought = 0;
  let days = 0;
  let last = NaN;
  let boughtBefore = 0;
  for (let j = 0; j < count; j++) {
    const d = day[j];
    if (d >= end) break;
    const a = amount[j];
    if (d >= previousFrom && d < from && a >= 0 && !isReturn(a)) boughtBefore = 1;
    if (d < from) continue;
    spend += a;
    // A purchase is a row that is not a return: an unknown (NaN) amount counts, and so does a zero
    // amount (a purchase with no spend, issue 9); `-0.00` is a return (purchase.ts).
    if (isReturn(a)) continue;
    total += a;
    bought++;
    if (hasOrderIds) orders += addOrder(rows, order[j], mark);
    const whole = Math.floor(d);
    if (whole !== last) {
      days++;
      last = whole;
    }
  }
  out.revenue[c] = spend;
  out.orders[c] = hasOrderIds ? orders : bought;
  out.purchaseDays[c] = days;
  out.previousWindowBuyer[c] = boughtBefore;
  return total;
}

/**
 * A season within the year (tester66 U236: pool service May–Sep, a weekly mow Apr–Nov, two years
 * running): the latest gap of at least OFF_SEASON_DAYS between days with spend (`latest`, after
 * `before` of them) with at least SEASON_DAYS days with spend on each side, that gap at least
 * OFF_SEASON_RATIO × the mean of the others; this season began a year after the last one
 * (`sinceStart`) and ended a year after it (`sinceEnd`, the last day with spend since that gap
 * began), each ± two of those gaps, at most SEASON_SLACK days; and she has been silent (`silent`,
 * days since her last day with spend) longer than one of them: the season is over. Then that gap,
 * last year's off-season, is the one her silence is read against; else NaN. A customer who stopped
 * mid-season (her last purchase in July, the season ending in September) is no season's end and
 * is read against her own rhythm as before (the zh sample's judgment fixture: 3 of 300 customers
 * with one long gap a year before a recent purchase were read seasonal before sinceStart and silent).
 *
 * @example seasonalGap({ days: 10, span: 487, latest: 243, before: 5, sinceEnd: 365, sinceStart: 365, silent: 107 }) // 243: Grace
 */
export function seasonalGap(x: {
  days: number;
  span: number;
  latest: number;
  before: number;
  sinceEnd: number;
  sinceStart: number;
  silent: number;
}): number {
  const { days, latest, before } = x;
  if (!(before >= SEASON_DAYS && days - before >= SEASON_DAYS && latest >= OFF_SEASON_DAYS))
    return NaN;
  const others = (x.span - latest) / (days - 2);
  if (!(latest >= OFF_SEASON_RATIO * others && x.silent > others)) return NaN;
  // Two of her usual gaps early or late, at most SEASON_SLACK: a weekly client who stopped a month
  // before last year's end stopped mid-season.
  const slack = Math.min(SEASON_SLACK, 2 * others);
  const aYear = (d: number) => Math.abs(d - 365) <= slack;
  return aYear(x.sinceEnd) && aYear(x.sinceStart) ? latest : NaN;
}

/** The days with spend of the customer measured (recurringSeason), grown as needed. */
let seasonDays = new Float64Array(64);
function spendDayOf(i: number, d: number): void {
  if (i >= seasonDays.length) {
    const more = new Float64Array(2 * i);
    more.set(seasonDays);
    seasonDays = more;
  }
  seasonDays[i] = d;
}

/** seasonalGap's bounds: 2 days with spend a season, an off-season of 90 days and 3× the others. */
const SEASON_DAYS = 2;
const OFF_SEASON_DAYS = 90;
const OFF_SEASON_RATIO = 3;
const SEASON_SLACK = 31;

/**
 * Two days with spend of so different a size that one is an add-on to the other, not the next
 * purchase of a rhythm: the larger at least this many times the smaller (tester64 U189: a 25,000
 * website build and 1,500 of hosting, 16.7×). Our choice; on CDNOW (as of 1997-09-30, 4,441
 * customers of two purchase days, 200 of them at 5× or more) such a pair's gap read as a rhythm
 * ranks who buys again worse than the days since the last purchase alone (AUC 0.613 vs 0.625),
 * an even pair's no better either (0.605 vs 0.606).
 */
export const UNEVEN_PAIR_RATIO = 5;

/** Whether two days' spend differ by UNEVEN_PAIR_RATIO or more (an unknown amount: no). */
export function unevenPair(a: number, b: number): boolean {
  const low = a < b ? a : b;
  const high = a < b ? b : a;
  return low > 0 && high >= UNEVEN_PAIR_RATIO * low;
}

/** The model's purchase days (amounts ≥ 0, floored days up to asOf) and repeat-day spend. */
export function measureModel(
  out: ModelMeasures,
  asOf: EpochDay,
  c: number,
  rows: Pick<Scratch, "day" | "amount">,
  count: number,
): void {
  const { day, amount } = rows;
  let first = NaN;
  let current = NaN;
  let days = 0;
  let dayTotal = 0;
  let repeatTotal = 0;
  let repeatDays = 0;
  for (let j = 0; j < count; j++) {
    const a = amount[j];
    if (!(a >= 0) || isReturn(a)) continue; // returns, unknown amounts: no purchase; zero is one
    const d = Math.floor(day[j]);
    if (d > asOf) break; // day order: the rest is later too
    if (d !== current) {
      // Closing a repeat day (the first purchase day is not a repeat).
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
  if (days === 0) return;
  if (days > 1) {
    repeatTotal += dayTotal;
    repeatDays++;
  }
  out.purchaseDays[c] = days;
  out.firstDay[c] = first;
  out.lastDay[c] = current;
  out.repeatSpend[c] = repeatDays > 0 ? repeatTotal / repeatDays : NaN;
}
