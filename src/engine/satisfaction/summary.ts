import { RFM_SEGMENTS, VALUE_TIERS, type CustomerAnalysis } from "../analysis";
import { quarterKey, quarterLabel } from "../calendar/civil";
import type { Dataset } from "../model";
import { windowStart as windowStartOf } from "../segmentation/window";
import type { SatisfactionRules } from "../rules/service";
import {
  SATISFACTION_DIMENSIONS,
  SatisfactionAccumulator,
  type SatisfactionDimension,
  type SatisfactionStats,
} from "./stats";

/** A customer with a low score in the lookback window: their latest such response. */
export interface LowScore {
  customer: number;
  day: number;
  /** Overall score 1–5, NaN not answered. */
  overall: number;
  /** Likelihood to recommend 0–10, NaN not answered. */
  recommend: number;
  /** The lowest answered score of the response and what it was for. */
  lowest: "overall" | SatisfactionDimension;
  lowestScore: number;
  comment: string;
}

/** Satisfaction overall and by value tier, RFM segment, owner and quarter (DOMAIN §6; issue 4). */
export interface SatisfactionSummary {
  /** Every response, whatever its date ("all time"). */
  overall: SatisfactionStats;
  /**
   * Responses dated in the analysis window (from ≤ day ≤ to: the Overview's and the segmentation's
   * window), the headline beside the window's other KPIs (issue 9 item 6).
   */
  window: { from: number; to: number; stats: SatisfactionStats };
  /** Index = VALUE_TIERS. */
  byTier: SatisfactionStats[];
  /** Index = RFM_SEGMENTS (customers without a segment are in `overall` only). */
  bySegment: SatisfactionStats[];
  /** Owners as on the Customers sheet ("" = no owner), most responses first. */
  byOwner: { owner: string; stats: SatisfactionStats }[];
  /** Calendar quarters of the survey date, oldest first ("2025-Q3"). */
  byQuarter: { quarter: string; stats: SatisfactionStats }[];
  /** Latest low response per customer within lowScoreLookbackDays, newest first. */
  lowScores: LowScore[];
}

/**
 * Summarises the Surveys sheet. A response is low when any answered 1–5 score (overall or a
 * dimension) is at most lowScoreMax; the low-score list covers responses dated in the
 * lowScoreLookbackDays up to and including the analysis date. Null when there is no Surveys sheet.
 *
 * @example
 * const s = summariseSatisfaction({ dataset, analysis, rules, asOf: dataset.asOf });
 * s?.overall.csat // 0.8 = 80 % of answers were 4 or 5
 */
export function summariseSatisfaction(input: {
  dataset: Dataset;
  analysis: Pick<CustomerAnalysis, "valueTier" | "rfmSegment">;
  rules: SatisfactionRules;
  asOf: number;
  /** The day before the analysis window (CustomerSummary.measuredFor.windowStart); default 12 months. */
  windowStart?: number;
}): SatisfactionSummary | null {
  const { dataset, analysis, rules } = input;
  const s = dataset.surveys;
  if (!s) return null;
  const n = dataset.customers.count;

  // Owner code per customer ("" included as its own owner).
  const ownerNames: string[] = [];
  const ownerOfCustomer = ownerCodes(dataset.customers.owner, n, ownerNames);
  const [minQ, maxQ] = quarterRange(s);
  const quarters = maxQ >= minQ ? maxQ - minQ + 1 : 0;

  const overall = new SatisfactionAccumulator(1, rules);
  const inWindow = new SatisfactionAccumulator(1, rules);
  const periodTo = Math.floor(input.asOf);
  const periodFrom = (input.windowStart ?? windowStartOf(periodTo, 12)) + 1;
  const tiers = new SatisfactionAccumulator(VALUE_TIERS.length, rules);
  const segments = new SatisfactionAccumulator(RFM_SEGMENTS.length, rules);
  const owners = new SatisfactionAccumulator(ownerNames.length, rules);
  const byQuarter = new SatisfactionAccumulator(quarters, rules);
  const ownerResponses = new Int32Array(ownerNames.length);

  const windowStart = Math.floor(input.asOf) - rules.lowScoreLookbackDays + 1;
  const windowEnd = Math.floor(input.asOf) + 1;
  const latestLow = new Map<number, number>(); // customer → survey row

  for (let i = 0; i < s.count; i++) {
    const c = s.customer[i];
    overall.add(0, s, i);
    if (s.day[i] >= periodFrom && s.day[i] < periodTo + 1) inWindow.add(0, s, i);
    if (c >= 0 && c < n) {
      const t = analysis.valueTier[c];
      if (t >= 0 && t < VALUE_TIERS.length) tiers.add(t, s, i);
      const seg = analysis.rfmSegment[c];
      if (seg >= 0 && seg < RFM_SEGMENTS.length) segments.add(seg, s, i);
      owners.add(ownerOfCustomer[c], s, i);
      ownerResponses[ownerOfCustomer[c]]++;
    }
    const d = s.day[i];
    if (Number.isFinite(d)) byQuarter.add(quarterKey(d) - minQ, s, i);
    if (d >= windowStart && d < windowEnd && lowestScore(s, i)[1] <= rules.lowScoreMax) {
      const prev = latestLow.get(c);
      if (prev === undefined || s.day[prev] <= d) latestLow.set(c, i);
    }
  }

  const lowScores = lowScoresOf(s, latestLow);
  lowScores.sort((a, b) => b.day - a.day || a.customer - b.customer);

  const ownerOrder = ownerNames
    .map((owner, k) => ({ owner, k }))
    .filter(({ k }) => ownerResponses[k] > 0)
    .sort((a, b) => ownerResponses[b.k] - ownerResponses[a.k] || a.owner.localeCompare(b.owner));
  const quarterList: SatisfactionSummary["byQuarter"] = [];
  for (let q = 0; q < quarters; q++) {
    const stats = byQuarter.stats(q);
    if (stats.responses > 0) quarterList.push({ quarter: quarterLabel(minQ + q), stats });
  }
  return {
    overall: overall.stats(0),
    window: { from: periodFrom, to: periodTo, stats: inWindow.stats(0) },
    byTier: VALUE_TIERS.map((_, t) => tiers.stats(t)),
    bySegment: RFM_SEGMENTS.map((_, g) => segments.stats(g)),
    byOwner: ownerOrder.map(({ owner, k }) => ({ owner, stats: owners.stats(k) })),
    byQuarter: quarterList,
    lowScores,
  };
}

// summariseSatisfaction's loops but the one over the responses, each a small function of its own:
// V8 compiled the whole long function again mid-loop (OSR) for each of its loops, 4 TurboFan
// compiles in a 100k run (stop 38).

/** The owner code of each of n customers (names in first-seen order into `names`, "" one too). */
function ownerCodes(owner: Dataset["customers"]["owner"], n: number, names: string[]): Int32Array {
  const code = new Map<string, number>();
  const ownerOfCustomer = new Int32Array(n);
  for (let c = 0; c < n; c++) {
    const o = (owner[c] ?? "").trim();
    let k = code.get(o);
    if (k === undefined) {
      k = names.length;
      code.set(o, k);
      names.push(o);
    }
    ownerOfCustomer[c] = k;
  }
  return ownerOfCustomer;
}

/** The first and last quarterKey of the responses' days ([Infinity, -Infinity] without any). */
function quarterRange(s: NonNullable<Dataset["surveys"]>): [number, number] {
  let minQ = Infinity;
  let maxQ = -Infinity;
  for (let i = 0; i < s.count; i++) {
    const d = s.day[i];
    if (!Number.isFinite(d)) continue;
    const q = quarterKey(d);
    if (q < minQ) minQ = q;
    if (q > maxQ) maxQ = q;
  }
  return [minQ, maxQ];
}

/** The low scores of the latest low response per customer (customer → survey row), unsorted. */
function lowScoresOf(
  s: NonNullable<Dataset["surveys"]>,
  latestLow: Map<number, number>,
): LowScore[] {
  const lowScores: LowScore[] = [];
  for (const [c, i] of latestLow) {
    const [lowest, score] = lowestScore(s, i);
    lowScores.push({
      customer: c,
      day: s.day[i],
      overall: s.overall[i],
      recommend: s.recommend[i],
      lowest,
      lowestScore: score,
      comment: s.comment[i] ?? "",
    });
  }
  return lowScores;
}

/** The lowest answered 1–5 score of survey row i (overall first on ties); [overall, NaN] if none. */
function lowestScore(
  s: NonNullable<Dataset["surveys"]>,
  i: number,
): ["overall" | SatisfactionDimension, number] {
  let which: "overall" | SatisfactionDimension = "overall";
  let low = s.overall[i];
  const dims = [s.quality[i], s.price[i], s.afterSales[i], s.delivery[i]];
  for (let k = 0; k < dims.length; k++) {
    const v = dims[k];
    if (v === v && !(low <= v)) {
      low = v;
      which = SATISFACTION_DIMENSIONS[k];
    }
  }
  return [which, low];
}
