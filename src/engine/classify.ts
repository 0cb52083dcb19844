import type { CustomerSummary } from "./aggregate/customerSummary";
import { MAX_CHURN_REASONS, REASON_FIGURES, type CustomerAnalysis } from "./analysis";
import { churnScorer } from "./churn/score";
import { serviceSignals } from "./churn/signals";
import { medianInPlace, populationGap } from "./lifecycle/rhythm";
import { lifecycleStage, type StageInputs } from "./lifecycle/stage";
import type { Dataset } from "./model";
import { parseIsoDate, type EpochDay } from "./parse/date";
import { ruleSetId, type RuleSetId } from "./rules";
import type { RuleSet } from "./rules/schema";
import {
  mean,
  median,
  quintileCutPoints,
  scoreHigherBetter,
  scoreLowerBetter,
  type CutPoints,
} from "./segmentation/quantiles";
import { segmentLookup, segmentOf } from "./segmentation/segments";
import { valueClassOf, type ValueClassReference } from "./segmentation/valueClass";
import { tierCuts, tierOf, type TierCuts } from "./segmentation/valueTier";
import { windowStart } from "./segmentation/window";

/** The R, F and M cut points used, and whether each came from quintiles or the rule set. */
export interface RfmCutPoints {
  recencyDays: CutPoints;
  frequency: CutPoints;
  monetary: CutPoints;
  source: {
    recencyDays: "quantile" | "fixed";
    frequency: "quantile" | "fixed";
    monetary: "quantile" | "fixed";
  };
}

export interface ClassifyResult {
  analysis: CustomerAnalysis;
  /** Score k+1 needs a value beyond cut point k (recency: at most, fewer days scores higher). */
  cutPoints: RfmCutPoints;
  /** The reference the 8-class model compared with (mean or median of the buyers). */
  averages: ValueClassReference;
  /** The least window spend that is high and medium value. */
  tierCuts: TierCuts;
  /** "Churned" = no purchase for this many days (rule set churn.inactiveDays). */
  churnDefinitionDays: number;
  /** The analysis date and the day before the window (the window is start < day ≤ asOf). */
  asOf: EpochDay;
  windowStart: EpochDay;
  windowMonths: number;
  /** The typical gap used for customers who bought once (population rhythm). */
  populationGapDays: number;
  /** Each customer's typical gap between purchase days (population gap for one-time buyers; NaN prospects). */
  typicalGapDays: Float64Array;
  /** Customers with at least one purchase up to the analysis date (the scored population). */
  buyers: number;
  rules: RuleSetId;
}

/**
 * The analysis date: the rule set's asOf when it has one, else the dataset's (set by ingest from
 * --as-of or today). The caller should give ingest the same date so future-dated rows are flagged
 * consistently; rows after it are ignored here either way.
 *
 * @example analysisDate(defaultRules(), dataset) === Math.floor(dataset.asOf) // true
 */
export function analysisDate(rules: RuleSet, dataset: Dataset): EpochDay {
  const fromRules = rules.asOf !== undefined ? parseIsoDate(rules.asOf) : NaN;
  return Math.floor(Number.isNaN(fromRules) ? dataset.asOf : fromRules);
}

/** An empty result set for n customers. */
function allocate(n: number): CustomerAnalysis {
  return {
    recencyDays: new Float64Array(n).fill(NaN),
    frequency: new Int32Array(n),
    monetary: new Float64Array(n),
    rScore: new Uint8Array(n),
    fScore: new Uint8Array(n),
    mScore: new Uint8Array(n),
    rfmSegment: new Int8Array(n).fill(-1),
    valueClass: new Int8Array(n).fill(-1),
    valueTier: new Int8Array(n),
    lifecycleStage: new Int8Array(n),
    churnScore: new Float64Array(n),
    churnLevel: new Int8Array(n),
    churnReasons: {
      codes: new Int8Array(n * MAX_CHURN_REASONS).fill(-1),
      figures: new Float64Array(n * MAX_CHURN_REASONS * REASON_FIGURES),
    },
  };
}

/** Values of one measure for the buyers only (the population scores are taken over). */
function buyersOnly(values: ArrayLike<number>, buyer: Uint8Array, count: number): Float64Array {
  const out = new Float64Array(count);
  for (let i = 0, k = 0; i < buyer.length; i++) if (buyer[i]) out[k++] = values[i];
  return out;
}

/**
 * Classifies every customer: RFM measures in the window and their 1–5 scores, the named RFM
 * segment, the 8-class value class, the value tier, the lifecycle stage and the churn risk with its
 * reasons. One pass over the day-ordered transaction groups gathers every per-customer measure;
 * the rest are passes over per-customer typed arrays (no per-row objects).
 *
 * Prospects (no purchase up to the analysis date) are defined explicitly: scores 0, no RFM segment
 * and no value class (-1: they have no R, F or M to compare), tier low, stage prospect, risk low
 * with score 0. Every buyer gets exactly one segment, class, tier, stage and level.
 *
 * @example
 * const { analysis } = classifyCustomers(dataset, summariseCustomers(dataset), defaultRules());
 * LIFECYCLE_STAGES[analysis.lifecycleStage[0]] // "new", "mature", …
 */
export function classifyCustomers(
  dataset: Dataset,
  summary: CustomerSummary,
  rules: RuleSet,
): ClassifyResult {
  const n = dataset.customers.count;
  const t = dataset.transactions;
  const { offsets, rows } = summary.groups;
  const asOf = analysisDate(rules, dataset);
  const start = windowStart(asOf, rules.window.months);
  const period = rules.lifecycle.trendPeriodDays;
  const recentStart = asOf - period;
  const previousStart = asOf - 2 * period;
  const churnDays = rules.churn.inactiveDays;
  const minGap = rules.lifecycle.typicalGap.minDays;

  const analysis = allocate(n);
  const { recencyDays, frequency, monetary } = analysis;
  const firstDay = new Float64Array(n).fill(NaN);
  const purchaseDays = new Int32Array(n);
  const typicalGapDays = new Float64Array(n).fill(NaN);
  const returnDay = new Float64Array(n).fill(NaN);
  const recentCount = new Int32Array(n);
  const previousCount = new Int32Array(n);
  const recentSpend = new Float64Array(n);
  const previousSpend = new Float64Array(n);
  const buyer = new Uint8Array(n);
  let gaps = new Float64Array(1024);
  let buyers = 0;

  // Pass 1: transactions, grouped by customer and in day order. Columns in locals: the hot loop
  // reads 10,000,000 rows.
  const medianOf = medianInPlace;
  const txDay = t.day;
  const txAmount = t.amount;
  for (let c = 0; c < n; c++) {
    let last = NaN;
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
      const d = txDay[i];
      if (d > asOf) break; // day order: the rest is after the analysis date too
      const a = txAmount[i];
      if (d > start) spend += a;
      if (d > recentStart) rSpend += a;
      else if (d > previousStart) pSpend += a;
      if (a < 0) continue; // a return lowers spend but is not a purchase
      if (d === last) continue;
      if (count === 0) firstDay[c] = d;
      else {
        const gap = d - last;
        if (gapCount === gaps.length) {
          const bigger = new Float64Array(gaps.length * 2);
          bigger.set(gaps);
          gaps = bigger;
        }
        gaps[gapCount++] = gap;
        if (gap >= churnDays) returnDay[c] = d;
      }
      last = d;
      count++;
      if (d > start) inWindow++;
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
    if (count > 0) {
      buyer[c] = 1;
      buyers++;
      recencyDays[c] = asOf - last;
      if (gapCount > 0) typicalGapDays[c] = Math.max(minGap, medianOf(gaps, gapCount));
    }
  }

  // Population figures: the rhythm of one-time buyers, cut points, class reference, tier cuts.
  const popGap = populationGap(typicalGapDays, rules.lifecycle.typicalGap);
  const seg = rules.segmentation;
  const rValues = buyersOnly(recencyDays, buyer, buyers);
  const fValues = buyersOnly(frequency, buyer, buyers);
  const mValues = buyersOnly(monetary, buyer, buyers);
  const rCuts = (seg.rfm.recency.cutPoints as CutPoints | null) ?? quintileCutPoints(rValues);
  const fCuts = (seg.rfm.frequency.cutPoints as CutPoints | null) ?? quintileCutPoints(fValues);
  const mCuts = (seg.rfm.monetary.cutPoints as CutPoints | null) ?? quintileCutPoints(mValues);
  const centre = seg.valueClass.basis === "median" ? median : mean;
  const averages: ValueClassReference = {
    basis: seg.valueClass.basis,
    recencyDays: centre(rValues),
    frequency: centre(fValues),
    monetary: centre(mValues),
  };
  const tiers = tierCuts(monetary, seg.valueTier.highShare, seg.valueTier.mediumShare);
  const segments = segmentLookup(seg.segments);
  const score = churnScorer(
    { rules, signals: serviceSignals(dataset, rules, asOf), asOf },
    analysis,
  );

  // Pass 2: per customer, over the arrays of pass 1.
  const x: StageInputs = {
    purchaseDays: 0,
    recencyDays: NaN,
    ageDays: NaN,
    typicalGapDays: NaN,
    daysSinceReturn: NaN,
    recentCount: 0,
    previousCount: 0,
    recentSpend: 0,
    previousSpend: 0,
  };
  const {
    rScore,
    fScore,
    mScore,
    rfmSegment,
    valueClass,
    valueTier,
    lifecycleStage: stageOut,
  } = analysis;
  // Imported functions as locals: bundlers may turn each use of an import into a getter call.
  const [lower, higher, segmentFor, classFor, tierFor, stageFor] = [
    scoreLowerBetter,
    scoreHigherBetter,
    segmentOf,
    valueClassOf,
    tierOf,
    lifecycleStage,
  ] as const;
  for (let c = 0; c < n; c++) {
    if (buyer[c]) {
      if (!(typicalGapDays[c] === typicalGapDays[c])) typicalGapDays[c] = popGap;
      const r = lower(recencyDays[c], rCuts);
      const f = higher(frequency[c], fCuts);
      const m = higher(monetary[c], mCuts);
      rScore[c] = r;
      fScore[c] = f;
      mScore[c] = m;
      rfmSegment[c] = segmentFor(segments, r, f, m);
      valueClass[c] = classFor(recencyDays[c], frequency[c], monetary[c], averages);
    }
    valueTier[c] = tierFor(monetary[c], tiers);
    x.purchaseDays = purchaseDays[c];
    x.recencyDays = recencyDays[c];
    x.ageDays = asOf - firstDay[c];
    x.typicalGapDays = typicalGapDays[c];
    x.daysSinceReturn = asOf - returnDay[c];
    x.recentCount = recentCount[c];
    x.previousCount = previousCount[c];
    x.recentSpend = recentSpend[c];
    x.previousSpend = previousSpend[c];
    const stage = stageFor(x, rules.lifecycle, churnDays);
    stageOut[c] = stage;
    score(c, x, stage);
  }

  const source = (fixed: unknown) => (fixed ? "fixed" : "quantile") as "fixed" | "quantile";
  return {
    analysis,
    cutPoints: {
      recencyDays: rCuts,
      frequency: fCuts,
      monetary: mCuts,
      source: {
        recencyDays: source(seg.rfm.recency.cutPoints),
        frequency: source(seg.rfm.frequency.cutPoints),
        monetary: source(seg.rfm.monetary.cutPoints),
      },
    },
    averages,
    tierCuts: tiers,
    churnDefinitionDays: churnDays,
    asOf,
    windowStart: start,
    windowMonths: rules.window.months,
    populationGapDays: popGap,
    typicalGapDays,
    buyers,
    rules: ruleSetId(rules),
  };
}
