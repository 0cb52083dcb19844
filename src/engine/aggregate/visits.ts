// A customer's visits (消课记录, 签到, Check-ins: Dataset.visits) are her presence (tester61 U112).
// A student who prepaid 80 lessons a year ago and attends every Saturday is not churned; a member
// whose card is still charged each month but who stopped checking in is going quiet. So, for a
// customer with a visit up to the analysis date and a purchase by then, the rhythm measures the
// stage, churn risk and the call read (the purchase days, the first and last day, the gaps, the
// recent and previous counts, the win-back) are taken over her visit days instead of her payment
// days. Her money stays her money: spend, RFM's recency, frequency and monetary value (R from her
// last payment: SegmentationMeasures.paidRecencyDays), revenue, orders and the customer-base model
// are read from the transactions alone (a visit is no sale).
import type { Dataset } from "../model";
import { groupByCustomer, type CustomerGroups } from "./byCustomer";
import type { MeasureSettings, SegmentationMeasures } from "./customerSummary";

/** Each customer's visit days (whole epoch days), grouped in day order (byCustomer.ts). */
export interface VisitGroups extends CustomerGroups {
  day: Float64Array;
  /**
   * When every regular visitor stops together long before the date (visitsStoppedTogether: an
   * export not refreshed, not everyone leaving at once): the log's last day, and per customer 1
   * for those still coming then, whose visits are read as of that day. Null otherwise.
   */
  together: { end: number; current: Uint8Array } | null;
}

/** A customer's visit days, copied out in day order for the per-customer pass. */
export interface VisitScratch {
  days: Float64Array;
  count: number;
  /**
   * The day her visits are read as of when before the date: the log's last day for a customer
   * still coming when every regular stopped together (VisitGroups.together); else Infinity.
   */
  readAsOf: number;
}

/**
 * The dataset's visits grouped by customer, as of the run's analysis date `asOf`; null when no
 * visits sheet was read. A customer whose payment failed is read by her visits too: her coming says
 * she stays, and the call about her card is owed on its own (followUp/candidates.ts
 * wantsWinBackOf; newuser62 M2: Chloe, checking in weekly, charges failing since 09-01, read by
 * her payments was "Overdue by 92 days", high 99.2 %, beside "a payment problem, not a sign of
 * leaving").
 *
 * @example visitGroups(dataset, dataset.customers.count, asOf) // null without a Check-ins sheet
 */
export function visitGroups(
  dataset: Pick<Dataset, "visits" | "customers" | "transactions">,
  n: number,
  asOf: number,
): VisitGroups | null {
  const v = dataset.visits;
  if (!v || v.count === 0 || visitsStaleDays(dataset, asOf) > 0) return null;
  const groups = groupByCustomer(v.customer, v.day, n);
  const stopped = visitsStoppedTogether(v, groups, asOf);
  const together = stopped ? { end: stopped.end, current: stopped.current } : null;
  return { ...groups, day: v.day, together };
}

/**
 * A visits log ending this many days or more before the last transaction (both up to the date) is
 * out of date: an old check-in export beside this month's payments (reviewer62 R2 w5: check-ins to
 * 06-30, payments to 12-01 made four paying members "no check-in for 160 days", urgent).
 */
export const VISITS_STALE_DAYS = 60;

/**
 * How many days the visits log (up to `asOf`) ends before the last transaction up to `asOf`, when
 * that is VISITS_STALE_DAYS or more (the log is then not read: visitGroups); else 0.
 *
 * @example visitsStaleDays(dataset, asOf) // 154: check-ins end 06-30, the last payment 12-01
 */
export function visitsStaleDays(
  dataset: Pick<Dataset, "visits" | "transactions">,
  asOf: number,
): number {
  const v = dataset.visits;
  if (!v || v.count === 0) return 0;
  const lastOf = (days: Float64Array): number => {
    let last = -Infinity;
    for (const d of days) if (d <= asOf && d > last) last = d;
    return last;
  };
  const lastVisit = lastOf(v.day);
  const lastPaid = lastOf(dataset.transactions.day);
  if (lastVisit === -Infinity || lastPaid === -Infinity) return 0;
  const behind = Math.floor(lastPaid) - Math.floor(lastVisit);
  return behind >= VISITS_STALE_DAYS ? behind : 0;
}

/**
 * The fewest regular visitors, all stopping together, for a log to read as not refreshed
 * (visitsStoppedTogether): fewer is too few to tell an export from the people.
 */
export const STOPPED_TOGETHER_MIN = 3;
/** Nor before the log ends this many days before the date (a weekly export read days later). */
export const STOPPED_TOGETHER_MIN_DAYS = 14;

/** A visits log in which every regular visitor stops together long before the date. */
export interface StoppedTogether {
  /** The log's last visit day up to the date (epoch day). */
  end: number;
  /** The earliest last visit of the regulars who were still coming then. */
  from: number;
  /** Days from `end` to the date. */
  days: number;
  /** How many regulars were still coming at `end` (each within her own gap of it). */
  regulars: number;
  /** Per customer, 1 for those regulars: their visits are read as of `end`. */
  current: Uint8Array;
}

/**
 * The visits log read as one whole (newuser62 M4b): it ends `days` before the date `asOf`, and
 * every regular visitor still coming at its end (two visit days or more, the last within twice her
 * own mean gap of the end: at least STOPPED_TOGETHER_MIN of them) stops there, for longer than twice
 * their median gap and STOPPED_TOGETHER_MIN_DAYS. People stop one by one; a log in which all of
 * them stop in the same few days is an export that was not refreshed (or a closure): those still
 * coming are read as of its own last day, not as leaving (the days after it are unknown); one who
 * had stopped before it is read as before. The school's rerun of 2026-12-20: six weekly
 * students, the four still coming last seen 11-24…11-28, all six read high risk at once. Null
 * otherwise.
 *
 * @example visitsStoppedTogether(dataset.visits, groups, asOf) // { end: 11-28, days: 22, … }
 */
export function visitsStoppedTogether(
  v: { day: Float64Array },
  groups: CustomerGroups,
  asOf: number,
): StoppedTogether | null {
  let end = -Infinity;
  for (const d of v.day) if (d <= asOf && d > end) end = d;
  if (end === -Infinity) return null;
  end = Math.floor(end);
  const days = Math.floor(asOf) - end;
  if (days < STOPPED_TOGETHER_MIN_DAYS) return null;
  const gaps: number[] = [];
  let from = end;
  const { offsets, rows } = groups;
  const current = new Uint8Array(Math.max(0, offsets.length - 1));
  for (let c = 0; c + 1 < offsets.length; c++) {
    let first = Infinity;
    let last = -Infinity;
    let count = 0;
    let previous = NaN;
    for (let k = offsets[c]; k < offsets[c + 1]; k++) {
      const d = Math.floor(v.day[rows[k]]);
      if (d > end || d === previous) continue;
      previous = d;
      count++;
      if (d < first) first = d;
      if (d > last) last = d;
    }
    if (count < 2) continue;
    const gap = (last - first) / (count - 1);
    // Still coming: not yet twice her own gap past her last visit (a missed class is no leaving).
    if (end - last > Math.ceil(2 * gap)) continue;
    current[c] = 1;
    gaps.push(gap);
    if (last < from) from = last;
  }
  if (gaps.length < STOPPED_TOGETHER_MIN) return null;
  gaps.sort((a, b) => a - b);
  const h = gaps.length >> 1;
  const median = gaps.length % 2 ? gaps[h] : (gaps[h - 1] + gaps[h]) / 2;
  return days > 2 * median ? { end, from, days, regulars: gaps.length, current } : null;
}

/** Scratch room for one customer's visit days (copyCustomerVisits makes it grow). */
export function newVisitScratch(): VisitScratch {
  return { days: new Float64Array(64), count: 0, readAsOf: Infinity };
}

/**
 * Copies customer c's visit days into `scratch` (day order); none without visits (`groups` null).
 */
export function copyCustomerVisits(
  scratch: VisitScratch,
  groups: VisitGroups | null,
  c: number,
): void {
  scratch.count = 0;
  const together = groups === null ? null : groups.together;
  scratch.readAsOf = together !== null && together.current[c] === 1 ? together.end : Infinity;
  if (groups === null) return;
  const from = groups.offsets[c];
  const count = groups.offsets[c + 1] - from;
  if (count > scratch.days.length) {
    let size = scratch.days.length;
    while (size < count) size *= 2;
    scratch.days = new Float64Array(size);
  }
  for (let j = 0; j < count; j++) scratch.days[j] = Math.floor(groups.day[groups.rows[from + j]]);
  scratch.count = count;
}

/**
 * Customer c's rhythm measures over her visit days up to the analysis date, in place of those over
 * her purchase days, when she has both by then (see the file's head); `byVisits[c]` is set to say
 * so (the reasons then speak of visits). Her spend, frequency and monetary value are unchanged.
 *
 * @example measureVisitRhythm(summary.segmentation, settings, c, visits) // Ben: recency 40, not 3
 */
export function measureVisitRhythm(
  out: SegmentationMeasures,
  settings: MeasureSettings,
  c: number,
  visits: VisitScratch,
): void {
  if (visits.count === 0 || !(out.purchaseDays[c] > 0)) return;
  const asOf = settings.asOf;
  const recentStart = asOf - settings.trendPeriodDays;
  const previousStart = asOf - 2 * settings.trendPeriodDays;
  const { days: day, count } = visits;
  let first = NaN;
  let last = NaN;
  let wonBack = NaN;
  let days = 0;
  let squares = 0;
  let rCount = 0;
  let pCount = 0;
  let windows = 0;
  for (let j = 0; j < count; j++) {
    const d = day[j];
    if (d > asOf) break;
    if (d > settings.windowStart) windows |= 1;
    else if (d > settings.previousWindowStart) windows |= 2;
    if (d === last) continue;
    if (days === 0) first = d;
    else {
      if (d - last >= settings.inactiveDays) wonBack = d;
      squares += (d - last) * (d - last);
    }
    last = d;
    days++;
    if (d > recentStart) rCount++;
    else if (d > previousStart) pCount++;
  }
  // Her visits replace her payments' rhythm only where they cover it (reviewer62 R2, R2b): not a
  // single sign-in at an event, nor a log with fewer days than her payments (a check-in system
  // started last month beside three years of monthly payments).
  if (days < 2 || days < out.purchaseDays[c]) return;
  if (out.paidRecencyDays) out.paidRecencyDays[c] = out.recencyDays[c];
  out.purchaseDays[c] = days;
  out.firstPurchase[c] = first;
  out.recencyDays[c] = asOf - last;
  out.wonBackDay[c] = wonBack;
  out.gapSquares[c] = squares;
  out.recentCount[c] = rCount;
  out.previousCount[c] = pCount;
  out.spendDays[c] = days;
  out.spendFirst[c] = first;
  out.spendLast[c] = last;
  out.spendGapSquares[c] = squares;
  if (out.byVisits) out.byVisits[c] = 1;
  if (out.visitWindows) out.visitWindows[c] = windows;
}

/**
 * The last and first day of each customer's activity the follow-up plan reads (its retention
 * calls, holds, one-time buyers): her last and first purchase, or, for a customer read by her
 * visits (SegmentationMeasures.byVisits), her last and first visit up to the analysis date. The
 * summary's own arrays when nobody is read by visits.
 *
 * @example activityDays(summary).last[c] // her last check-in's day, not the last auto-charge's
 */
export function activityDays(summary: {
  lastPurchase: Float64Array;
  firstPurchase: Float64Array;
  measuredFor: Pick<MeasureSettings, "asOf">;
  segmentation: Pick<
    SegmentationMeasures,
    "byVisits" | "recencyDays" | "firstPurchase" | "visitsShift"
  >;
}): { last: Float64Array; first: Float64Array } {
  const { byVisits, recencyDays, firstPurchase, visitsShift } = summary.segmentation;
  if (!byVisits || !byVisits.includes(1))
    return { last: summary.lastPurchase, first: summary.firstPurchase };
  const last = Float64Array.from(summary.lastPurchase);
  const first = Float64Array.from(summary.firstPurchase);
  const asOf = summary.measuredFor.asOf;
  for (let c = 0; c < byVisits.length; c++) {
    if (byVisits[c] !== 1) continue;
    // Her true days, where her visits were read as of the log's end (visitsShift).
    const shift = visitsShift ? visitsShift[c] : 0;
    last[c] = asOf - recencyDays[c] - shift;
    first[c] = firstPurchase[c] - shift;
  }
  return { last, first };
}

/**
 * Each customer's last day of activity as churn risk's outcome reads it (churn/learn.ts
 * noPurchaseOutcome, the backtest): her last purchase (ModelMeasures.lastDay), or, for a customer
 * read by her visits (SegmentationMeasures.byVisits), her last visit when later. A student on a
 * prepaid package of 48 lessons pays once and comes every week: labelled by her payments she "did
 * not buy again in 90 days" and the model learned weekly attenders were leaving (tester67 U300:
 * 37 of 173 weekly students high, 80–89 %). The model's own array when nobody is read by visits.
 *
 * @example lastActiveDay(summary)[c] // 2026-11-29, her last lesson, not her package of 05-02
 */
export function lastActiveDay(summary: {
  model: { lastDay: Float64Array };
  measuredFor: Pick<MeasureSettings, "asOf">;
  segmentation: Pick<SegmentationMeasures, "byVisits" | "recencyDays" | "visitsShift">;
}): Float64Array {
  const paid = summary.model.lastDay;
  const { byVisits, recencyDays, visitsShift } = summary.segmentation;
  if (!byVisits || !byVisits.includes(1)) return paid;
  const last = Float64Array.from(paid);
  const asOf = summary.measuredFor.asOf;
  for (let c = 0; c < byVisits.length && c < last.length; c++) {
    if (byVisits[c] !== 1) continue;
    // Her true last visit, where her visits were read as of the log's end (visitsShift).
    const visit = asOf - recencyDays[c] - (visitsShift ? visitsShift[c] : 0);
    if (!(last[c] >= visit)) last[c] = visit;
  }
  return last;
}

/**
 * The newest visit day up to `asOf` (whole epoch day); NaN without a visit by then. The data are
 * as current as the newest of it and the transactions (a school paid per term, its lessons signed
 * in to yesterday: followUp/warnings.ts stale_data).
 *
 * @example newestVisitDay(dataset, asOf) // 2026-12-05's day: lessons signed in to yesterday
 */
export function newestVisitDay(dataset: Pick<Dataset, "visits">, asOf: number): number {
  const v = dataset.visits;
  const limit = Math.floor(asOf);
  let newest = NaN;
  if (!v) return newest;
  for (let i = 0; i < v.count; i++) {
    const d = Math.floor(v.day[i]);
    if (d <= limit && !(d <= newest)) newest = d;
  }
  return newest;
}
