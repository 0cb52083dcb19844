import type { Dataset } from "../model";
import type { RuleSet } from "../rules/schema";
import { serviceSignals, type ServiceSignals } from "../churn/signals";

/**
 * What the service sheets gave the churn model for each customer at a run's date, as one small
 * whole number a customer (the run state's `serviceSignals` field, statePacked.ts): a refresh of
 * the same date tells "this customer's survey or complaint data changed" from "the model was refit
 * on the others'" by it (refresh8: an edit of one survey row read as a refit).
 *
 * The code holds the service features of churn/features.ts featureMatrix, as the model reads them:
 * - bit 0: the latest overall score in its lookback is low (lowSatisfaction);
 * - bit 1: the latest recommend score in its lookback is a detractor's (npsDetractor);
 * - bits 2-3: open complaints, at most 3 (openComplaints);
 * - bits 4-5: complaints answered or resolved late in the lookback, at most 3 (lateComplaints);
 * - bits 6 on: whole days without contact past the rule's threshold, at most 4 thresholds (the
 *   feature noRecentContact times the threshold: contactCap), one day more for a customer never
 *   contacted (the model reads it as the cap; the words say "never contacted", reviewer D3, stop
 *   34: a never contacted customer read "360 → 0"); 0 without a Contacts sheet. States written
 *   before stop 34 give a never contacted customer the cap itself (read "at least 360").
 * A sheet that was not read gives 0 for its part. -1: not known (a state written before this field,
 * a JSON result, a Customer segments tab).
 *
 * Two runs' codes are comparable at the same date, rules and input sheets only (the lookbacks and
 * the time since the last contact move with the date; a complaint's status is today's, not the
 * date's). At 100,000 customers the field adds ~1-3 characters a customer to the state.
 */

/** The code's parts. */
export const SERVICE_LOW_SCORE = 1;
export const SERVICE_DETRACTOR = 2;
const OPEN_SHIFT = 2;
const LATE_SHIFT = 4;
const CONTACT_SHIFT = 6;
/** Counts are kept to 3, as the model reads them (featureMatrix: Math.min(3, …)). */
export const COUNT_MAX = 3;

/** A customer's service code's parts (decodeService). */
export interface ServiceParts {
  lowScore: boolean;
  detractor: boolean;
  open: number;
  late: number;
  /**
   * Whole days without contact past the threshold (at most 4 thresholds: contactCap), the cap + 1
   * for a customer never contacted.
   */
  contactGap: number;
}

/**
 * The days without contact past the threshold at which the churn model's feature stops growing
 * (4 thresholds, features.ts noRecentContact): the most a contacted customer's code holds.
 *
 * @example contactCap(defaultRules()) // 360
 */
export function contactCap(rules: RuleSet): number {
  return 4 * rules.churn.signals.noRecentContact.afterDays;
}

/**
 * A code as the churn model reads it: never contacted folded onto the cap (both read 4 thresholds).
 * Two codes with the same model code tell the model the same (compare.ts DATA_SERVICE).
 *
 * @example modelCode(code(never contacted), 360) === modelCode(code(contacted 500 days ago), 360) // true
 */
export function modelCode(code: number, cap: number | undefined): number {
  if (cap === undefined || code < 0) return code;
  const gap = Math.floor(code / (1 << CONTACT_SHIFT));
  return gap > cap ? code - (gap - cap) * (1 << CONTACT_SHIFT) : code;
}

/**
 * A code's parts.
 *
 * @example decodeService(1 | (2 << 2)) // { lowScore: true, detractor: false, open: 2, late: 0, contactGap: 0 }
 */
export function decodeService(code: number): ServiceParts {
  return {
    lowScore: (code & SERVICE_LOW_SCORE) !== 0,
    detractor: (code & SERVICE_DETRACTOR) !== 0,
    open: (code >> OPEN_SHIFT) & COUNT_MAX,
    late: (code >> LATE_SHIFT) & COUNT_MAX,
    contactGap: Math.floor(code / (1 << CONTACT_SHIFT)),
  };
}

/**
 * Each customer's service code at `asOf` from the signals the churn model reads there (or the
 * dataset's, measured: one pass over each service sheet).
 *
 * @example serviceCodes(dataset, rules, asOf)[0] // 0: nothing the churn model reads as a risk
 */
export function serviceCodes(
  dataset: Dataset,
  rules: RuleSet,
  asOf: number,
  signals: ServiceSignals = serviceSignals(dataset, rules, asOf),
): Int32Array {
  const n = dataset.customers.count;
  const out = new Int32Array(n);
  const { satisfactionScore, recommendScore, openComplaints, lateComplaints, lastContactDay } =
    signals;
  const lowMax = rules.satisfaction.lowScoreMax;
  const detractorMax = rules.satisfaction.npsDetractorMax;
  const after = rules.churn.signals.noRecentContact.afterDays;
  const gapMax = contactCap(rules);
  for (let c = 0; c < n; c++) {
    let code = 0;
    if (satisfactionScore && satisfactionScore[c] <= lowMax) code |= SERVICE_LOW_SCORE;
    if (recommendScore && recommendScore[c] <= detractorMax) code |= SERVICE_DETRACTOR;
    if (openComplaints) code |= Math.min(COUNT_MAX, openComplaints[c]) << OPEN_SHIFT;
    if (lateComplaints) code |= Math.min(COUNT_MAX, lateComplaints[c]) << LATE_SHIFT;
    if (lastContactDay) {
      const since = asOf - lastContactDay[c];
      const gap =
        since === since ? Math.min(gapMax, Math.max(0, Math.round(since - after))) : gapMax + 1;
      code += gap * (1 << CONTACT_SHIFT);
    }
    out[c] = code;
  }
  return out;
}

/**
 * Service signals that counted at the previous analysis date and no longer count at this one only
 * because they aged out of their lookback (refresh8: a customer whose risk fell as a low score
 * passed its window was given no cause). Kept for those customers alone (a few in a thousand):
 * per-customer arrays of a million would ride with the comparison to the JSON thread.
 */
export interface ServiceAgedOut {
  /** The customers with a signal aged out, ascending: the arrays below hold theirs, in order. */
  customers: Int32Array;
  /** The low overall score (1–5) that counted then and its survey day; NaN none. */
  score: Float64Array;
  scoreDay: Float64Array;
  /** The detractor recommend score (0–10) that counted then and its survey day; NaN none. */
  recommend: Float64Array;
  recommendDay: Float64Array;
  /** Late complaints that counted then and no longer (their count, as the model reads it). */
  late: Uint8Array;
  /** The lookbacks (days): low score, recommend score, late complaints. */
  lookbackDays: { score: number; recommend: number; late: number };
}

/**
 * Where customer c is in an aged-out list (its slot in the arrays), -1 when nothing of it aged out;
 * the purchases that left the window (compare.ts WindowLeft) are kept alike.
 *
 * @example const k = agedSlot(aged, i); k >= 0 && aged.score[k] // its low score that aged out
 */
export function agedSlot(aged: { readonly customers: Int32Array }, c: number): number {
  const list = aged.customers;
  let lo = 0;
  let hi = list.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const x = list[mid];
    if (x === c) return mid;
    if (x < c) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/**
 * What aged out of the churn model's service signals between the previous analysis date `from`
 * and this one `to` (epoch days, from before to), measured on this run's data at both dates: a low
 * score or detractor score that was the latest in its lookback then, older than it now, with no
 * score in it now; late complaints counted then and fewer now (a late complaint stays late: fewer
 * is older than the lookback), as the model reads them (at most 3). Undefined when `from` is not
 * an earlier date. `now`: the signals at `to` when already measured.
 *
 * @example const a = serviceAgedOut(dataset, rules, prev.asOf, asOf)!; a.score[agedSlot(a, 0)] // 2
 */
export function serviceAgedOut(
  dataset: Dataset,
  rules: RuleSet,
  from: number,
  to: number,
  now: ServiceSignals = serviceSignals(dataset, rules, to),
): ServiceAgedOut | undefined {
  if (!Number.isFinite(from) || !Number.isFinite(to) || !(Math.floor(from) < Math.floor(to)))
    return undefined;
  const then = serviceSignals(dataset, rules, Math.floor(from));
  const n = dataset.customers.count;
  const f = rules.churn.signals;
  const lookbackDays = {
    score: f.lowSatisfaction.lookbackDays,
    recommend: f.npsDetractor.lookbackDays,
    late: f.lateComplaints.lookbackDays,
  };
  const end = Math.floor(to);
  const score = agedScores(
    then.satisfactionScore,
    then.satisfactionDay,
    now.satisfactionScore,
    rules.satisfaction.lowScoreMax,
    lookbackDays.score,
    end,
  );
  const recommend = agedScores(
    then.recommendScore,
    then.recommendDay,
    now.recommendScore,
    rules.satisfaction.npsDetractorMax,
    lookbackDays.recommend,
    end,
  );
  const lateThen = then.lateComplaints;
  const lateNow = now.lateComplaints;
  const customers: number[] = [];
  const late: number[] = [];
  const at = { score: 0, recommend: 0 };
  const out = {
    score: [] as number[],
    scoreDay: [] as number[],
    recommend: [] as number[],
    recommendDay: [] as number[],
  };
  for (let c = 0; c < n; c++) {
    const fewer =
      lateThen && lateNow
        ? Math.max(0, Math.min(COUNT_MAX, lateThen[c]) - Math.min(COUNT_MAX, lateNow[c]))
        : 0;
    const s = score.customers[at.score] === c;
    const r = recommend.customers[at.recommend] === c;
    if (!s && !r && fewer === 0) continue;
    customers.push(c);
    late.push(fewer);
    out.score.push(s ? score.score[at.score] : NaN);
    out.scoreDay.push(s ? score.day[at.score++] : NaN);
    out.recommend.push(r ? recommend.score[at.recommend] : NaN);
    out.recommendDay.push(r ? recommend.day[at.recommend++] : NaN);
  }
  return {
    customers: Int32Array.from(customers),
    score: Float64Array.from(out.score),
    scoreDay: Float64Array.from(out.scoreDay),
    recommend: Float64Array.from(out.recommend),
    recommendDay: Float64Array.from(out.recommendDay),
    late: Uint8Array.from(late),
    lookbackDays,
  };
}

/**
 * The customers (ascending) whose score at most `max` was the latest in the lookback then, is
 * older than it at `end`, with no score in it now (a row deleted since is not "aged out"), with
 * that score and its day.
 */
function agedScores(
  then: Float64Array | null,
  thenDay: Float64Array | null,
  now: Float64Array | null,
  max: number,
  lookback: number,
  end: number,
): { customers: number[]; score: number[]; day: number[] } {
  const out = { customers: [] as number[], score: [] as number[], day: [] as number[] };
  if (!then || !thenDay || !now) return out;
  for (let c = 0; c < then.length; c++) {
    const s = then[c];
    if (s <= max && now[c] !== now[c] && end - thenDay[c] > lookback) {
      out.customers.push(c);
      out.score.push(s);
      out.day.push(Math.floor(thenDay[c]));
    }
  }
  return out;
}
