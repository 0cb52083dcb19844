import type { Lang } from "../schema";
import { say, sayBoth } from "../words/catalog";
import { isoDate } from "../parse/date";
import type { ChurnRules } from "../rules/schema";
import {
  CHURN_FEATURES,
  FEATURE_COUNT,
  FEATURE_REASONS,
  featureMatrix,
  modelFeature,
  releaseFeatures,
  type Snapshot,
} from "./features";
import { blendOwnRhythm, floorOwnRhythm } from "./ownRhythm";
import { blendOrderFall } from "./orderFall";
import { pausedSilence } from "./pausedSilence";
import { blendSaidLeaving } from "./saidLeaving";
import { seasonShifted } from "./seasonShift";
import { fitLogistic, logisticScratch, sigmoid, type LogisticFit } from "./logistic";

/**
 * The churn-risk model: P(no purchase in the horizon) = sigmoid(intercept + Σ coefficient_k ×
 * (feature_k − mean_k) / sd_k). Learned on the workbook's own history (a snapshot one horizon
 * before the analysis date and who bought in the horizon after it), or, with too little history,
 * the documented default weights below.
 */
export interface ChurnModel {
  source: "learned" | "default";
  /** The snapshot date learned from and the end of its outcome horizon (epoch days; NaN for default). */
  learnedAsOf: number;
  outcomeTo: number;
  /** Customers learned from (scored at learnedAsOf, not in the churned stage) and the share that did not buy. */
  customers: number;
  noPurchaseRate: number;
  intercept: number;
  /** Per feature (CHURN_FEATURES order): coefficient on the standardised feature, its mean and sd. */
  coefficients: Float64Array;
  means: Float64Array;
  sds: Float64Array;
  /**
   * The typical window spend the low_spend reason quotes: the geometric mean of 1 + spend, less 1,
   * over the customers who spent more than zero. The spend feature's mean counts a net return as
   * no spend (log 1 = 0), which dragged the figure down: "typically about 77.57" among spends of
   * 750 to 2,950 (tester44 #5). Absent or not finite: exp(mean) − 1.
   */
  typicalSpend?: number;
  /**
   * 1 for a feature a learned model could not learn and weighs with its default weight
   * (DEFAULT_WEIGHTS; unlearnable): standardised on the customers scored, clipped as under the
   * default weights. Absent: none (a default model's are all default).
   */
  keptDefault?: Uint8Array;
  /**
   * Which features keep their default weight under learned weights and why (keptNote), both
   * languages; absent: none. Said under the risk levels and in the JSON, as `note` is.
   */
  keptNote?: Record<Lang, string>;
  /** Why the default weights are used (English and Chinese); null when learned. */
  note: { "zh-CN": string; "en-US": string } | null;
  /** The history's figures behind `note` (customers, buyers, the minimum), for other notes to quote. */
  shortHistory?: Record<Lang, string>;
}

/**
 * Default weights on the standardised features, used when the workbook's history is too short to
 * learn from. Our choice, set from what the CDNOW backtest learned (recency against rhythm and the
 * repeat-purchase model carry most of the signal; more purchases and higher spend lower the risk)
 * and the seeds' service claims taken as modest priors (001 §3.1 "60% of churn from poor
 * service": each service sign adds about a third of a standard deviation's worth). The intercept is
 * 0 (an average customer at 50%) without history, and from the short history when there is one, at
 * most 0 (levelFromHistory).
 */
export const DEFAULT_WEIGHTS: Record<(typeof CHURN_FEATURES)[number], number> = {
  overdueVsRhythm: 0.6,
  recency: 0.6,
  frequency: -0.4,
  spend: -0.1,
  age: 0,
  countTrend: -0.1,
  spendTrend: -0.1,
  modelNoPurchase: 0.5,
  lowSatisfaction: 0.3,
  npsDetractor: 0.2,
  openComplaints: 0.3,
  lateComplaints: 0.2,
  noRecentContact: 0.2,
};

/** The eligible customers of a snapshot, every k-th when there are more than `max` (deterministic). */
export function eligibleRows(
  s: Pick<Snapshot, "eligible" | "eligibleCount">,
  max = Infinity,
): Int32Array {
  const step = s.eligibleCount > max ? s.eligibleCount / max : 1;
  const out = new Int32Array(Math.min(s.eligibleCount, Math.ceil(s.eligibleCount / step)));
  const k = everyStep(s.eligible, step, out);
  return k === out.length ? out : out.slice(0, k);
}

/**
 * Every `step`-th eligible customer into `out` until it is full; returns how many. The column, not
 * the snapshot: eligibleRows is given snapshots of several shapes, and a loop reading the column
 * through them was thrown away at each new one ("wrong map"), as at the line after it.
 */
function everyStep(eligible: Uint8Array, step: number, out: Int32Array): number {
  let k = 0;
  let seen = 0;
  let next = 0;
  for (let c = 0; c < eligible.length && k < out.length; c++) {
    if (!eligible[c]) continue;
    if (seen >= next) {
      out[k++] = c;
      next += step;
    }
    seen++;
  }
  return k;
}

/** The spend feature's column (CHURN_FEATURES order). */
const SPEND = CHURN_FEATURES.indexOf("spend");

/**
 * The typical spend of those who spent (ChurnModel.typicalSpend), from the unstandardised features:
 * log(1 + spend) above 0. NaN when nobody did.
 */
function typicalSpendOf(x: Float64Array, rows: number): number {
  let sum = 0;
  let n = 0;
  for (let i = 0; i < rows; i++) {
    const v = x[SPEND * rows + i];
    if (v > 0) {
      sum += v;
      n++;
    }
  }
  return n > 0 ? Math.expm1(sum / n) : NaN;
}

/** Mean and standard deviation of each feature column. */
function moments(x: Float64Array, rows: number): { means: Float64Array; sds: Float64Array } {
  const means = new Float64Array(FEATURE_COUNT);
  const sds = new Float64Array(FEATURE_COUNT);
  for (let k = 0; k < FEATURE_COUNT; k++) {
    const s = columnSum(x, k * rows, rows);
    const m = rows > 0 ? s / rows : 0;
    const v = squaredDeviations(x, k * rows, rows, m);
    means[k] = m;
    sds[k] = rows > 1 ? Math.sqrt(v / (rows - 1)) : 0;
  }
  return { means, sds };
}

// The passes over a column are functions of their own, with nothing after their loop: inside the
// loop over the features, a pass compiled on the fly was thrown away at the first line after it
// (moments, standardise and scoreChurn: 7 deoptimisations a run).

/** Σ x[o + i] over the rows, in row order. */
function columnSum(x: Float64Array, o: number, rows: number): number {
  let s = 0;
  for (let i = 0; i < rows; i++) s += x[o + i];
  return s;
}

/** Σ (x[o + i] − m)² over the rows, in row order. */
function squaredDeviations(x: Float64Array, o: number, rows: number, m: number): number {
  let v = 0;
  for (let i = 0; i < rows; i++) v += (x[o + i] - m) ** 2;
  return v;
}

/** Standardises x in place; constant columns (sd ≈ 0: a sheet that is absent) become 0. */
function standardise(x: Float64Array, rows: number, means: Float64Array, sds: Float64Array): void {
  for (let k = 0; k < FEATURE_COUNT; k++) standardiseColumn(x, k * rows, rows, means[k], sds[k]);
}

function standardiseColumn(x: Float64Array, o: number, rows: number, m: number, sd: number): void {
  for (let i = 0; i < rows; i++) x[o + i] = sd > 1e-9 ? (x[o + i] - m) / sd : 0;
}

/**
 * Who did not buy in (from, to]: 1 = no purchase (the outcome churn risk predicts). A customer
 * bought when their last purchase by `to` (from a later snapshot) is after `from`.
 */
export function noPurchaseOutcome(
  rows: Int32Array,
  from: number,
  laterLastPurchase: Float64Array,
): Uint8Array {
  const y = new Uint8Array(rows.length);
  for (let i = 0; i < rows.length; i++) y[i] = laterLastPurchase[rows[i]] > from ? 0 : 1;
  return y;
}

/** Why history was too short, in figures (also said by the backtest: backtest/validation.ts). */
const SHORT = (customers: number, buyers: number, nonBuyers: number, rules: ChurnRules) => {
  const figures = sayBoth("analysisNotes", "shortHistoryFigures", {
    customers,
    buyers,
    nonBuyers,
    minCustomers: rules.learning.minCustomers,
    minEach: rules.learning.minEachOutcome,
  });
  return {
    note: {
      "en-US": say("en-US", "analysisNotes", "learnTooShort", { figures: figures["en-US"] }),
      "zh-CN": say("zh-CN", "analysisNotes", "learnTooShort", { figures: figures["zh-CN"] }),
    },
    figures,
  };
};

/** Why the season learned from is not learned from (seasonShifted), in figures. */
const SEASON = (
  from: number,
  to: number,
  season: { learned: number; ahead: number },
  rules: ChurnRules,
) => {
  const pct = (x: number) => `${Math.round(100 * x)}%`;
  const figures = {
    from: isoDate(from),
    to: isoDate(to),
    days: rules.churnHorizonDays,
    learned: pct(season.learned),
    ahead: pct(season.ahead),
  };
  const said = sayBoth("analysisNotes", "seasonShiftFigures", figures);
  return {
    note: {
      "en-US": say("en-US", "analysisNotes", "learnSeasonShift", {
        ...figures,
        figures: said["en-US"],
      }),
      "zh-CN": say("zh-CN", "analysisNotes", "learnSeasonShift", {
        ...figures,
        figures: said["zh-CN"],
      }),
    },
    figures: said,
  };
};

/**
 * The customers learnChurnModel learns from at a snapshot (every k-th eligible one), whether each
 * did not buy after it, and whether there are enough of both outcomes to learn (else it falls back
 * to the default weights). Reads only who is eligible, so it can be asked before the date's
 * repeat-purchase model is fitted (churn/risk.ts skips fits nothing would read).
 *
 * @example learningSet(past, today.lastPurchaseDay, rules.churn).enough
 */
export function learningSet(
  past: Pick<Snapshot, "asOf" | "eligible" | "eligibleCount">,
  laterLastPurchase: Float64Array,
  rules: ChurnRules,
): { rows: Int32Array; y: Uint8Array; buyers: number; nonBuyers: number; enough: boolean } {
  const L = rules.learning;
  const rows = eligibleRows(past, L.maxCustomers);
  const y = noPurchaseOutcome(rows, past.asOf, laterLastPurchase);
  let nonBuyers = 0;
  for (let i = 0; i < y.length; i++) nonBuyers += y[i];
  const buyers = y.length - nonBuyers;
  const enough =
    past.eligibleCount >= L.minCustomers &&
    buyers >= L.minEachOutcome &&
    nonBuyers >= L.minEachOutcome;
  return { rows, y, buyers, nonBuyers, enough };
}

/** Who is learned from at a snapshot and their outcomes (learningSet). */
export type LearningSet = ReturnType<typeof learningSet>;

/**
 * Learns churn risk from a snapshot and who bought in the horizon after it (later last purchase
 * days), or falls back to the default weights (standardised on `fallback`, the snapshot to be
 * scored) when history is too short.
 *
 * @example const model = learnChurnModel(past, today.lastPurchaseDay, today, rules.churn);
 */
export function learnChurnModel(
  past: Snapshot | null,
  laterLastPurchase: Float64Array | null,
  outcomeTo: number,
  fallback: Snapshot,
  rules: ChurnRules,
  prepared?: PreparedLearning,
  season: { learned: number; ahead: number } | null = null,
): ChurnModel {
  const L = rules.learning;
  if (past && laterLastPurchase) {
    const { rows, y, buyers, nonBuyers, enough } =
      prepared?.set ?? learningSet(past, laterLastPurchase, rules);
    // The months learned from are another season than those ahead (churn/seasonShift.ts; tester68
    // U404): what they teach, its level above all, is not the months ahead's. The default weights,
    // at their own level (levelFromHistory would read that season's).
    if (enough && seasonShifted(season))
      return defaultModel(
        fallback,
        SEASON(past.asOf, outcomeTo, season!, rules),
        rules.churnedAfterDays,
      );
    if (enough) {
      const x = prepared?.x ?? featureMatrix(past, rows);
      if (prepared?.x) modelFeature(x, past, rows);
      const { means, sds } = moments(x, rows.length);
      const typicalSpend = typicalSpendOf(x, rows.length);
      const cases = offZeroCounts(x, rows.length);
      const keptDefault = unlearnable(cases, sds);
      standardise(x, rows.length, means, sds);
      const offset = fixedOdds(past, rows);
      const fit = fitSigned(x, y, priorPenalty(L.penalty, rows.length), keptDefault, offset);
      releaseFeatures(x);
      // Before keepDefaults gives a kept feature today's spread: constant on the learning date.
      const constant = Uint8Array.from(sds, (sd) => (sd > 1e-9 ? 0 : 1));
      keepDefaults(fit.coefficients, sds, keptDefault, fallback, rules.churnedAfterDays);
      const kept = keptNote(keptDefault, fit.coefficients, cases, constant, past.asOf, rows.length);
      return {
        source: "learned",
        learnedAsOf: past.asOf,
        outcomeTo,
        customers: rows.length,
        noPurchaseRate: nonBuyers / Math.max(1, y.length),
        intercept: fit.intercept,
        coefficients: fit.coefficients,
        means,
        sds,
        typicalSpend,
        keptDefault,
        ...(kept ? { keptNote: kept } : {}),
        note: null,
      };
    }
    const dm = defaultModel(
      fallback,
      SHORT(past.eligibleCount, buyers, nonBuyers, rules),
      rules.churnedAfterDays,
    );
    if (rows.length > 0) levelFromHistory(dm, past, rows, y, rules.churnedAfterDays);
    return dm;
  }
  return defaultModel(fallback, SHORT(0, 0, 0, rules), rules.churnedAfterDays);
}

/**
 * The fewest learning customers off a feature's usual value (0: no low score, no complaint, no
 * trend) it is learned from. Our choice: below it the fit gave a signal newer than the learning
 * date weight 0 (tester67 U306: nobody had a low score on 2026-09-08, so 56 gym members rating
 * 1–2/5 on 2026-11 read low), or a few cases whatever sign they happened to have.
 */
export const MIN_FEATURE_CASES = 10;

/** Per feature, the learning rows whose value is not 0 (a low score, a complaint, a trend). */
function offZeroCounts(x: Float64Array, rows: number): Int32Array {
  return Int32Array.from({ length: FEATURE_COUNT }, (_, k) => offZero(x, k * rows, rows));
}

/**
 * The features the learning set cannot teach (1): constant (sd ≈ 0) or fewer than
 * MIN_FEATURE_CASES customers off 0 (`cases`: a low score, a complaint, a trend). They keep their
 * default weight (keepDefaults), not the fit's 0.
 */
function unlearnable(cases: Int32Array, sds: Float64Array): Uint8Array {
  return Uint8Array.from(cases, (n, k) => (sds[k] > 1e-9 && n >= MIN_FEATURE_CASES ? 0 : 1));
}

/** Rows of a column whose value is not 0 (in row order). */
function offZero(x: Float64Array, o: number, rows: number): number {
  let n = 0;
  for (let i = 0; i < rows; i++) if (x[o + i] !== 0) n++;
  return n;
}

/**
 * What a learned model says of the features it weighs with their default weight (keepDefaults:
 * kept, and weighed today), and why, in both languages; null when none is. The note said nothing
 * of them: a low score newer than the learning date counted with a weight nobody learned, unsaid
 * (fix67g's open item).
 */
function keptNote(
  kept: Uint8Array,
  coefficients: Float64Array,
  cases: Int32Array,
  constant: Uint8Array,
  asOf: number,
  customers: number,
): Record<Lang, string> | null {
  const ks = CHURN_FEATURES.flatMap((_, k) => (kept[k] && coefficients[k] !== 0 ? [k] : []));
  if (ks.length === 0) return null;
  const out = {} as Record<Lang, string>;
  for (const lang of ["en-US", "zh-CN"] as const) {
    const parts = ks.map((k) =>
      say(lang, "analysisNotes", constant[k] ? "keptConstant" : "keptFew", {
        feature: say(lang, "analysisNotes", `feature_${CHURN_FEATURES[k]}`),
        customers,
        cases: cases[k],
        min: MIN_FEATURE_CASES,
      }),
    );
    out[lang] = say(lang, "analysisNotes", "learnedKeptDefault", {
      date: isoDate(asOf),
      parts: parts.join(say(lang, "analysisNotes", "keptJoin")),
      count: ks.length,
    });
  }
  return out;
}

/**
 * The default weight of each feature the learning set could not teach (`kept`), standardised by
 * its spread among the customers scored (`today`, as the default weights are: atLatestPurchase)
 * and measured from the learning set's value (the level the intercept was learned at): a low
 * score, absent on the learning date, adds what it adds under the default weights. A feature
 * constant today too (an absent sheet) stays 0.
 */
function keepDefaults(
  coefficients: Float64Array,
  sds: Float64Array,
  kept: Uint8Array,
  today: Snapshot,
  churnedAfterDays: number,
): void {
  if (kept.every((v) => v === 0)) return;
  const now = defaultMoments(today, churnedAfterDays);
  for (let k = 0; k < FEATURE_COUNT; k++) {
    if (!kept[k]) continue;
    const w = DEFAULT_WEIGHTS[CHURN_FEATURES[k]];
    coefficients[k] = now.sds[k] > 1e-9 ? w : 0;
    sds[k] = now.sds[k];
  }
}

/**
 * What learnChurnModel reads of a snapshot but its repeat-purchase model's column, made before that
 * model is fitted (churn/risk.ts: while the worker fits it): the learning set and, when it is enough,
 * the feature matrix with the model's feature left 0 (learnChurnModel writes it from the snapshot
 * it is then given, `past` with its model: the matrix featureMatrix would make).
 */
export interface PreparedLearning {
  set: LearningSet;
  x: Float64Array | null;
}

/**
 * The learning at `past` (a snapshot without its model: modelNoPurchase null) prepared
 * (PreparedLearning), for learnChurnModel given the same snapshot with its model.
 *
 * @example learnChurnModel(past, later, asOf, now, rules, prepareLearning({ ...past, modelNoPurchase: null }, later, rules))
 */
export function prepareLearning(
  past: Snapshot,
  laterLastPurchase: Float64Array,
  rules: ChurnRules,
): PreparedLearning {
  const set = learningSet(past, laterLastPurchase, rules);
  return { set, x: set.enough ? featureMatrix(past, set.rows) : null };
}

/**
 * What the learned weights are learned beside, as scoreChurn adds it to them: a steady customer's
 * orders falling against its usual order (blendOrderFall) and a stated reason to leave
 * (blendSaidLeaving), each row's fixed log-odds. Read under the default weights alone before
 * (tester67 U309: the bakery's second account, its orders at 45 % for eleven weeks, low 3.7 %).
 */
function fixedOdds(past: Snapshot, rows: Int32Array): Float64Array {
  const offset = new Float64Array(rows.length);
  blendOrderFall(past, rows, offset);
  blendSaidLeaving(past, rows, offset);
  return offset;
}

/**
 * What the learned fit's penalty pulls each coefficient toward: its default weight, not 0
 * (tester67 U317). Pulled toward 0, a small group whose outcome window held its season (58
 * Thanksgiving-only buyers, silent 250 days on the learning date, who then bought) turned recency,
 * the trends and the service signs the wrong way, held them at 0, and put the intercept at +0.89:
 * quarterly office clients read 70–87 % and got urgent calls. Toward the default weights
 * (penalty 10, rules churn.learning.penalty) the same bakery learns recency +0.25 and −2.27, the 16
 * quarterly clients read low; thousands of customers outweigh the pull (CDNOW AUC 0.7784 unchanged).
 */
const PRIOR = Float64Array.from(CHURN_FEATURES, (f) => DEFAULT_WEIGHTS[f]);

/**
 * The learning set's size up to which the penalty is the rule set's; beyond it the penalty falls
 * in proportion (PRIOR_CUSTOMERS / customers). A season's few dozen buyers are a large share of a
 * few hundred customers, not of thousands, where the history's own weights are the better ones:
 * at 10 on the generated population's 2,000 learners the medium level stated 64.7 % against 59.5 %
 * observed (backtest/calibration.test.ts asks for 3 points).
 */
const PRIOR_CUSTOMERS = 500;

/** The penalty toward the default weights for a learning set of `customers` (PRIOR_CUSTOMERS). */
function priorPenalty(penalty: number, customers: number): number {
  return customers > PRIOR_CUSTOMERS ? (penalty * PRIOR_CUSTOMERS) / customers : penalty;
}

/**
 * Fits the model with every coefficient on the side its reason describes (FEATURE_REASONS: more
 * overdue, longer since the last purchase, fewer purchases, falling purchases, a low score … may
 * only add risk): a coefficient that comes out the other way is held at 0 and the rest refitted,
 * until none does. Without this, correlated features trade off and one takes the wrong sign (the
 * sample's 2025-12-31 model: overdue against own rhythm −0.52 beside recency +1.02), and a
 * customer silent for 13 of their own purchase gaps is scored low because they were overdue.
 * The penalty pulls toward the default weights (PRIOR); the `unlearned` features are held at 0
 * from the start (unlearnable); `offset`: each row's log-odds not learned (fixedOdds). `x` is
 * standardised and not changed.
 */
export function fitSigned(
  x: Float64Array,
  y: Uint8Array,
  penalty: number,
  unlearned: Uint8Array = new Uint8Array(FEATURE_COUNT),
  offset?: Float64Array,
): LogisticFit {
  // The refits share the first fit's per-row work space (fresh memory is dear).
  const scratch = logisticScratch(y.length);
  const held = Uint8Array.from(unlearned);
  let fit = fitLogistic(x, y, FEATURE_COUNT, penalty, 30, { scratch, held, prior: PRIOR, offset });
  for (let round = 0; round < FEATURE_COUNT; round++) {
    let more = false;
    for (let k = 0; k < FEATURE_COUNT; k++) {
      if (held[k] || FEATURE_REASONS[k].side * fit.coefficients[k] >= 0) continue;
      held[k] = 1;
      more = true;
    }
    if (!more) break;
    // From the last fit with the held features at 0: a few Newton steps (bench: no slower).
    fit = fitLogistic(x, y, FEATURE_COUNT, penalty, 30, {
      held,
      start: fit,
      scratch,
      prior: PRIOR,
      offset,
    });
  }
  return fit;
}

/**
 * The snapshot the default weights are standardised on: `s` moved back to the day of its latest
 * purchase when that is before its date (the data end there), else `s` itself. Standardised on the
 * customers at the analysis date, one more silent week LOWERED a customer's risk: every customer's
 * days since the last purchase grew, the recent buyers' log days the most (0 → 7 days: log 1 → log
 * 8), so the population's mean rose and its spread shrank past a customer silent for a month
 * (tester53 N33: SZ027 26 → 33 days silent, 54% → 49%, with the same default weights and no new
 * data). As of the data's last day the population stands still while no data is added, and a
 * customer silent longer is only more at risk. Moved back: the days since the last purchase and
 * the date (the age, the days without contact), and who is scored then (not yet churnedAfterDays
 * silent); the 12-month figures and the repeat-purchase model's stay today's.
 */
export function atLatestPurchase(
  s: Snapshot,
  churnedAfterDays: number,
): Pick<Snapshot, "asOf" | "recencyDays" | "eligible" | "eligibleCount"> {
  let lag = Infinity;
  for (let c = 0; c < s.eligible.length; c++)
    if (s.eligible[c] && s.recencyDays[c] < lag) lag = s.recencyDays[c];
  if (!(lag > 0 && lag < Infinity)) return s;
  const n = s.recencyDays.length;
  const recencyDays = new Float64Array(n).fill(NaN);
  const eligible = new Uint8Array(n);
  let eligibleCount = 0;
  for (let c = 0; c < n; c++) {
    const r = s.recencyDays[c] - lag;
    if (!(r >= 0)) continue;
    recencyDays[c] = r;
    if (r < churnedAfterDays) {
      eligible[c] = 1;
      eligibleCount++;
    }
  }
  return { asOf: s.asOf - lag, recencyDays, eligible, eligibleCount };
}

/**
 * The default weights' level from the short history: the intercept that fits who did not buy in the
 * horizon after `past` (scored there with the default weights; penalised toward 0), at most 0. The
 * intercept 0 put the average customer at 50 %: on a ledger of regular buyers half of them were
 * listed (tester55 U1: 22, 18 wrong). Never above 0: one horizon of a small workbook is one season
 * (tester56's school, Sep–Nov after the August payments: 66 % did not pay, 48 listed of 60).
 */
function levelFromHistory(
  dm: ChurnModel,
  past: Snapshot,
  rows: Int32Array,
  y: Uint8Array,
  churnedAfterDays: number,
): void {
  const pm = defaultModel(past, { note: dm.note!, figures: dm.shortHistory! }, churnedAfterDays);
  const n = rows.length;
  const x = featureMatrix(past, rows, true);
  standardise(x, n, pm.means, pm.sds);
  clipStandardised(x, DEFAULT_CLIP, n);
  clipStandardised(x.subarray(0, n), DEFAULT_CLIP, 0, OVERDUE_CLIP);
  const eta = new Float64Array(n);
  for (let k = 0; k < FEATURE_COUNT; k++) contribute(x, k * n, n, dm.coefficients[k], eta);
  blendOwnRhythm(past, rows, eta, x);
  blendOrderFall(past, rows, eta, x);
  blendSaidLeaving(past, rows, eta);
  releaseFeatures(x);
  dm.intercept = Math.min(0, interceptFit(eta, y, LEVEL_PENALTY));
}

/** The penalty on the level's intercept (toward 0: 50 %): a prior of about one customer. */
const LEVEL_PENALTY = 0.5;

/** The penalised intercept a of P(y = 1) = sigmoid(a + eta) (Newton's method). */
function interceptFit(eta: Float64Array, y: Uint8Array, penalty: number): number {
  let a = 0;
  for (let it = 0; it < 50; it++) {
    let g = -penalty * a;
    let h = penalty;
    for (let i = 0; i < eta.length; i++) {
      const p = sigmoid(a + eta[i]);
      g += y[i] - p;
      h += p * (1 - p);
    }
    const step = Math.max(-2, Math.min(2, g / h));
    a += step;
    if (Math.abs(step) < 1e-10) break;
  }
  return a;
}

/**
 * The moments the default weights are standardised on: of the customers scored at `today` moved
 * back to its latest purchase (atLatestPurchase), their features as the default weights read them.
 */
function defaultMoments(
  today: Snapshot,
  churnedAfterDays: number,
): { means: Float64Array; sds: Float64Array; typicalSpend: number } {
  const s = { ...today, ...atLatestPurchase(today, churnedAfterDays) };
  const rows = eligibleRows(s, 200_000);
  const x = featureMatrix(s, rows, true);
  const { means, sds } = moments(x, rows.length);
  const typicalSpend = typicalSpendOf(x, rows.length);
  releaseFeatures(x);
  return { means, sds, typicalSpend };
}

function defaultModel(
  today: Snapshot,
  short: ReturnType<typeof SHORT>,
  churnedAfterDays: number,
): ChurnModel {
  const { means, sds, typicalSpend } = defaultMoments(today, churnedAfterDays);
  const coefficients = Float64Array.from(CHURN_FEATURES, (f) => DEFAULT_WEIGHTS[f]);
  return {
    source: "default",
    learnedAsOf: NaN,
    outcomeTo: NaN,
    customers: 0,
    noPurchaseRate: NaN,
    intercept: 0,
    coefficients,
    means,
    sds,
    typicalSpend,
    note: short.note,
    shortHistory: short.figures,
  };
}

/** Probabilities and per-feature contributions (log-odds against the average customer) of `rows`. */
export interface ChurnScores {
  probability: Float64Array;
  /** Column-major like the features: contribution of feature k for row i at k * rows + i. */
  contributions: Float64Array;
}

/**
 * Scores the customers in `rows` of a snapshot with a churn model.
 *
 * @example const { probability } = scoreChurn(model, today, eligibleRows(today));
 */
export function scoreChurn(model: ChurnModel, s: Snapshot, rows: Int32Array): ChurnScores {
  const n = rows.length;
  const x = featureMatrix(s, rows, model.source === "default");
  standardise(x, n, model.means, model.sds);
  if (model.source === "default") {
    clipStandardised(x, DEFAULT_CLIP, n);
    clipStandardised(x.subarray(0, n), DEFAULT_CLIP, 0, OVERDUE_CLIP);
  } else if (model.keptDefault) {
    // A default weight counts as under the default weights: clipped (keepDefaults).
    for (let k = 0; k < FEATURE_COUNT; k++)
      if (model.keptDefault[k]) clipStandardised(x.subarray(0, (k + 1) * n), DEFAULT_CLIP, k * n);
  }
  const eta = new Float64Array(n).fill(model.intercept);
  for (let k = 0; k < FEATURE_COUNT; k++) contribute(x, k * n, n, model.coefficients[k], eta);
  // A regular buyer past its own rhythm's due reads at least what it says (learned weights).
  if (model.source === "default") blendOwnRhythm(s, rows, eta, x);
  else floorOwnRhythm(s, rows, eta, x);
  // A customer paused today (冻结, on leave) is silent by the pause, one of an occasion order (a
  // wedding cake) by the occasion: her silence adds no risk.
  pausedSilence(s, rows, eta, x);
  // Under learned weights too, as they were learned (fixedOdds): falling orders and a stated
  // reason to leave (no history teaches a contact note's words).
  blendOrderFall(s, rows, eta, x);
  blendSaidLeaving(s, rows, eta);
  // eta is read no more: the probabilities take its place.
  toProbabilities(eta);
  return { probability: eta, contributions: x };
}

/**
 * How far from the customers' mean (in standard deviations) a feature counts under the default
 * weights. They were set for features in their usual range, not fitted on this workbook: on a small
 * one a lone customer is an outlier by construction (tester53 N16: the only one-time buyer among 29
 * frequent ones, purchase days −3.2 sd, "few purchases" +1.28 log-odds, 78% above the biggest
 * account 4× overdue). Clipped at 2 sd, the default weights rank at least as well on every data set
 * measured (AUC, no purchase in 90 days: zh 0.842 → 0.849, en 0.849 → 0.854 as of 2025-09-30;
 * CDNOW 0.772 both; DESIGN "Default weights"). Learned weights are fitted on unclipped features.
 */
export const DEFAULT_CLIP = 2;

/** Clips every standardised value to ±limit, in place. */
function clipStandardised(x: Float64Array, limit: number, from = 0, upper = limit): void {
  for (let i = from; i < x.length; i++) {
    const v = x[i];
    x[i] = v > upper ? upper : v < -limit ? -limit : v;
  }
}
/**
 * Overdue against the own rhythm counts up to 6 sd under the default weights (the others 2): it is
 * past the rhythm only (0 within it), so a regular customer 5× past its rhythm is a few sd out by
 * construction, and at 2 sd it weighed as much as a month's silence (rhythm56 HU; CDNOW AUC unchanged
 * to four places).
 */
const OVERDUE_CLIP = 6;

/** The contributions of one feature (b × its value, replacing it), added to eta. */
function contribute(x: Float64Array, o: number, n: number, b: number, eta: Float64Array): void {
  for (let i = 0; i < n; i++) {
    const c = b * x[o + i];
    x[o + i] = c; // the contribution replaces the feature
    eta[i] += c;
  }
}

/** sigmoid of each value, in place. */
function toProbabilities(eta: Float64Array): void {
  for (let i = 0; i < eta.length; i++) eta[i] = sigmoid(eta[i]);
}
