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
 * - bits 6 on: whole days without contact past the rule's threshold, at most 4 thresholds (never
 *   contacted: 4), the feature noRecentContact times the threshold; 0 without a Contacts sheet.
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
const COUNT_MAX = 3;

/** A customer's service code's parts (decodeService). */
export interface ServiceParts {
  lowScore: boolean;
  detractor: boolean;
  open: number;
  late: number;
  /** Whole days without contact past the threshold (at most 4 thresholds). */
  contactGap: number;
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
  const gapMax = 4 * after;
  for (let c = 0; c < n; c++) {
    let code = 0;
    if (satisfactionScore && satisfactionScore[c] <= lowMax) code |= SERVICE_LOW_SCORE;
    if (recommendScore && recommendScore[c] <= detractorMax) code |= SERVICE_DETRACTOR;
    if (openComplaints) code |= Math.min(COUNT_MAX, openComplaints[c]) << OPEN_SHIFT;
    if (lateComplaints) code |= Math.min(COUNT_MAX, lateComplaints[c]) << LATE_SHIFT;
    if (lastContactDay) {
      const since = asOf - lastContactDay[c];
      const gap =
        since === since ? Math.min(gapMax, Math.max(0, Math.round(since - after))) : gapMax;
      code += gap * (1 << CONTACT_SHIFT);
    }
    out[c] = code;
  }
  return out;
}

/**
 * Service signals that counted at the previous analysis date and no longer count at this one only
 * because they aged out of their lookback (refresh8: a customer whose risk fell as a low score
 * passed its window was given no cause): per current customer, NaN / 0 where none.
 */
export interface ServiceAgedOut {
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
 * What aged out of the churn model's service signals between the previous analysis date `from`
 * and this one `to` (epoch days, from before to), measured on this run's data at both dates: a low
 * score or detractor score that was the latest in its lookback then, with none in it now; late
 * complaints counted then and fewer now (a late complaint stays late: fewer is older than the
 * lookback), as the model reads them (at most 3). Undefined when `from` is not an earlier date.
 *
 * @example serviceAgedOut(dataset, rules, prev.asOf, asOf)?.score[0] // 2: its 2/5 no longer counts
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
  const out: ServiceAgedOut = {
    score: new Float64Array(n).fill(NaN),
    scoreDay: new Float64Array(n).fill(NaN),
    recommend: new Float64Array(n).fill(NaN),
    recommendDay: new Float64Array(n).fill(NaN),
    late: new Uint8Array(n),
    lookbackDays: {
      score: f.lowSatisfaction.lookbackDays,
      recommend: f.npsDetractor.lookbackDays,
      late: f.lateComplaints.lookbackDays,
    },
  };
  const lowMax = rules.satisfaction.lowScoreMax;
  const detractorMax = rules.satisfaction.npsDetractorMax;
  const end = Math.floor(to);
  const { score, recommend } = out.lookbackDays;
  agedScores(
    then.satisfactionScore,
    then.satisfactionDay,
    now.satisfactionScore,
    lowMax,
    score,
    end,
    out.score,
    out.scoreDay,
  );
  agedScores(
    then.recommendScore,
    then.recommendDay,
    now.recommendScore,
    detractorMax,
    recommend,
    end,
    out.recommend,
    out.recommendDay,
  );
  const lateThen = then.lateComplaints;
  const lateNow = now.lateComplaints;
  if (lateThen && lateNow)
    for (let c = 0; c < n; c++) {
      const a = Math.min(COUNT_MAX, lateThen[c]);
      const b = Math.min(COUNT_MAX, lateNow[c]);
      if (a > b) out.late[c] = a - b;
    }
  return out;
}

/**
 * Scores at most `max` that were the latest in the lookback then, older than it at `end`, with no
 * score in it now (a row deleted since is not "aged out").
 */
function agedScores(
  then: Float64Array | null,
  thenDay: Float64Array | null,
  now: Float64Array | null,
  max: number,
  lookback: number,
  end: number,
  score: Float64Array,
  day: Float64Array,
): void {
  if (!then || !thenDay || !now) return;
  for (let c = 0; c < then.length; c++) {
    const s = then[c];
    if (s <= max && now[c] !== now[c] && end - thenDay[c] > lookback) {
      score[c] = s;
      day[c] = Math.floor(thenDay[c]);
    }
  }
}
