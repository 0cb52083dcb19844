import { takeEarlier, type CustomerSummary, type DatedSummary } from "../aggregate/customerSummary";
import { lastActiveDay } from "../aggregate/visits";
import { classifyCustomers, type ClassifyResult } from "../classify";
import type { CustomerModel } from "../clv/customerModel";
import type { Dataset } from "../model";
import type { RuleSet } from "../rules/schema";
import type { RuleSetId } from "../rules";
import { validateChurnRisk, type Validation } from "../backtest/validation";
import {
  earlierModel,
  modelJob,
  modelOf,
  type BacktestJob,
  type ModelResult,
  type ModelRunner,
  type Runners,
  type WarmStart,
} from "../backtest/job";
import { assessChurnRisk } from "./assess";
import { owedRecency } from "./owedRecency";
import { pausesOf } from "../followUp/hold";
import {
  dropSpareFeatures,
  eligibleOf,
  releaseFeatures,
  snapshotOf,
  type Snapshot,
} from "./features";
import {
  learnChurnModel,
  learningSet,
  prepareLearning,
  type ChurnModel,
  type LearningSet,
  type PreparedLearning,
} from "./learn";
import { summariseEarlier } from "./earlier";
import { seasonShare } from "./seasonShift";
import { earlierSample, SAMPLE_ABOVE, SAMPLE_BUYERS, type EarlierSample } from "./sample";
import { serviceSignals, unhappyOf, type ServiceSignals } from "./signals";

/**
 * Churn risk learned on the workbook's own history (issue 9 items 2 and 4). Three snapshots, each
 * using only what was known at its date (transactions, surveys, complaints and contacts):
 *
 *   asOf − 2H ──learn──▶ asOf − H ──learn──▶ asOf            (H = churn.churnHorizonDays)
 *
 * Today's model is learned on the asOf − H snapshot with who bought in (asOf − H, asOf] as the
 * outcome, and scores today's customers. The backtest learns the same way one horizon earlier
 * (snapshot asOf − 2H, outcomes to asOf − H), scores the asOf − H snapshot and compares with what
 * happened up to asOf: it is never scored on the data it learned from.
 */

export interface ChurnRiskResult {
  horizonDays: number;
  churnedAfterDays: number;
  model: ChurnModel;
  validation: Validation;
}

/** The pieces of one analysis date the churn steps read. */
export interface DateAnalysis {
  asOf: number;
  summary: DatedSummary;
  classification: ClassifyResult;
  model: CustomerModel;
}

/**
 * A snapshot from an analysis date's summary, classification and model; `signals`: the service
 * sheets' at its date when already measured (serviceSignals).
 */
export function snapshotFrom(
  dataset: Dataset,
  rules: RuleSet,
  d: DateAnalysis,
  signals: ServiceSignals = serviceSignals(dataset, rules, d.asOf),
): Snapshot {
  const H = rules.churn.churnHorizonDays;
  const snapshot = snapshotOf({
    asOf: d.asOf,
    summary: d.summary,
    classification: d.classification,
    // The repeat-purchase model's own P(no purchase in H) (MBG/NBD by default) is one feature.
    modelNoPurchase: d.model.probabilityOfNoPurchase(H),
    pAlive: d.model.pAlive,
    expectedPurchases: d.model.expectedPurchases,
    signals,
    ...snapshotRules(rules),
  });
  // Today's unpaid invoices of a customer owing money are no purchases it keeps its rhythm by
  // (owedRecency.ts; tester64 U188), and today's pauses (冻结, on leave) explain a silence: the
  // statuses are today's, so an earlier date's stay as read.
  if (Math.floor(d.asOf) !== Math.floor(dataset.asOf)) return snapshot;
  const owed = owedRecency(snapshot, dataset, signals.paymentFailed);
  const sat = rules.satisfaction;
  const pauses = pausesOf(
    dataset,
    d.asOf,
    unhappyOf(signals, sat.lowScoreMax, sat.npsDetractorMax, snapshot),
  );
  if (pauses === undefined) return owed;
  const paused = new Uint8Array(dataset.customers.count);
  for (const c of pauses.keys()) paused[c] = 1;
  return { ...owed, paused };
}

/** The rules a snapshot keeps. */
function snapshotRules(rules: RuleSet) {
  return {
    contactAfterDays: rules.churn.signals.noRecentContact.afterDays,
    lowScoreMax: rules.satisfaction.lowScoreMax,
    npsDetractorMax: rules.satisfaction.npsDetractorMax,
    trendPeriodDays: rules.lifecycle.trendPeriodDays,
  };
}

const NO_COLUMN = new Float64Array(0);

/** A date's snapshot before its repeat-purchase model is fitted: the model's columns empty. */
function modelless(
  rules: RuleSet,
  summary: DatedSummary,
  classification: ClassifyResult,
  signals: ServiceSignals,
): Snapshot {
  return snapshotOf({
    asOf: summary.measuredFor.asOf,
    summary,
    classification,
    modelNoPurchase: null,
    pAlive: NO_COLUMN,
    expectedPurchases: NO_COLUMN,
    signals,
    ...snapshotRules(rules),
  });
}

/**
 * The backtest handed to the runner that fits asOf − 2H (sendEarlier: Runners.backtest), once the
 * asOf − H snapshot it scores is made, or null: it could not be asked. The asOf − 2H snapshot goes
 * without the model's columns (the runner's fit has them); both snapshots' columns are moved there
 * (this thread reads them no more), all that is still read here (`keep`: today's analysis, its
 * snapshot, the dataset, the rules) copied.
 */
function backtestElsewhere(
  dataset: Dataset,
  rules: RuleSet,
  m: ChurnEarlier,
  signals2: ServiceSignals,
  scored: Snapshot | null,
  now: Snapshot,
  runner: NonNullable<Runners["backtest"]>,
  keep: readonly unknown[],
): Promise<Validation> | null {
  const {
    modelNoPurchase: _p,
    pAlive: _a,
    expectedPurchases: _e,
    ...older
  } = modelless(rules, m.earlier[1], m.stages2!, signals2);
  const { asOf, lastPurchaseDay, modelPurchaseDays, stage } = now;
  const job: BacktestJob = {
    rules,
    older,
    scored,
    outcome: { asOf, lastPurchaseDay, modelPurchaseDays, stage },
    sample: m.sample,
    set: m.set2,
    season: scored ? seasonAt(dataset, rules, scored.asOf) : null,
  };
  return runner(job, [...keep, now, rules]);
}

/**
 * The analysis as of an earlier date from its summary (churn/earlier.ts): the classification and
 * the repeat-purchase model with only what was known then (backtest/job.ts earlierModel: no
 * lifetime value, no next-purchase date, expected purchases only when `expected`, unfitted without
 * `fit`).
 */
export function analyseAsOf(
  dataset: Dataset,
  rules: RuleSet,
  summary: DatedSummary,
  expected: boolean,
  warmStart?: WarmStart,
  classification: ClassifyResult = stagesAsOf(dataset, rules, summary),
  fit = true,
): DateAnalysis {
  const model = earlierModel(dataset, rules, summary, expected, warmStart, fit);
  return { asOf: summary.measuredFor.asOf, summary, classification, model };
}

/**
 * A snapshot reads R, M, the rhythm and the stage only: no scores, segments, classes or tiers.
 * `ruleSet`: the rules' id when known (today's classification's), not hashed again.
 */
function stagesAsOf(
  dataset: Dataset,
  rules: RuleSet,
  summary: DatedSummary,
  ruleSet?: RuleSetId,
): ClassifyResult {
  const day = summary.measuredFor.asOf;
  return classifyCustomers(dataset, summary, rules, day, { stagesOnly: true, ruleSet });
}

/**
 * The learning set at a date (learnChurnModel's, on its stages alone): its `enough` says whether
 * learning there can succeed.
 */
function learnsFrom(c: ClassifyResult, asOf: number, later: Float64Array, rules: RuleSet) {
  return learningSet({ asOf, ...eligibleOf(c.analysis.lifecycleStage) }, later, rules.churn);
}

/** Whether learning at a date can succeed (learnChurnModel's own test, on its stages alone). */
function learns(c: ClassifyResult, asOf: number, later: Float64Array, rules: RuleSet): boolean {
  return learnsFrom(c, asOf, later, rules).enough;
}

/**
 * Learns churn risk, writes it into today's analysis (classification.analysis), and runs the
 * backtest, all in this thread. `today` must hold the run's summary, classification and model. The
 * earlier dates' measures come from one shared pass over the transactions (summariseEarlier), or
 * are `measured` (churnEarlier) already.
 *
 * @example const churn = churnRisk(dataset, rules, { asOf, summary, classification, model });
 */
export function churnRisk(
  dataset: Dataset,
  rules: RuleSet,
  today: DateAnalysis & { summary: CustomerSummary },
  onStep: (detail: string) => void = () => undefined,
  measured: ChurnEarlier | null = null,
  signals?: ServiceSignals,
): ChurnRiskResult {
  const now = snapshotFrom(dataset, rules, today, signals);
  onStep("churnLearn");
  const m = measured ?? churnEarlier(dataset, rules, today);
  const { past1, past2 } = earlierHere(dataset, rules, today, m);
  const { model, snap1 } = learnToday(dataset, rules, today, now, past1);
  onStep("churnBacktest");
  const validation = backtest(dataset, rules, past2, snap1, now, m.sample, undefined, m.set2);
  return {
    horizonDays: rules.churn.churnHorizonDays,
    churnedAfterDays: rules.churn.churnedAfterDays,
    model,
    validation,
  };
}

/** What churn risk measures at the earlier dates before it needs today's model (churnEarlier). */
export interface ChurnEarlier {
  hasPast2: boolean;
  sample: EarlierSample | null;
  earlier: DatedSummary[];
  stages1: ClassifyResult | null;
  stages2: ClassifyResult | null;
  /** Whether learning at asOf − 2H can succeed, and whether the asOf − H fit is made. */
  learns2: boolean;
  fit1: boolean;
  /**
   * The learning set at asOf − 2H (learningSet: who is learned from, their outcomes up to asOf − H),
   * taken to decide learns2: the backtest's learning (validateChurnRisk) reads it rather than
   * taking it again. Null without that date.
   */
  set2: LearningSet | null;
}

/**
 * The earlier dates' measures and stages, which read today's summary and stages but not today's
 * model: the CLI measures them while its worker fits that model (analyze.ts). `sampleAbove` and
 * `sampleBuyers` are churn/sample.ts's sizes (SAMPLE_ABOVE, SAMPLE_BUYERS, the run's); a test
 * lowers them to take the sampled path on small data.
 *
 * @example churnRisk(dataset, rules, today, undefined, churnEarlier(dataset, rules, today, 500, 400))
 */
export function churnEarlier(
  dataset: Dataset,
  rules: RuleSet,
  today: Omit<DateAnalysis, "model"> & { summary: CustomerSummary },
  sampleAbove = SAMPLE_ABOVE,
  sampleBuyers = SAMPLE_BUYERS,
): ChurnEarlier {
  const H = rules.churn.churnHorizonDays;
  const first = firstPurchaseDay(today.summary);
  const hasPast = first === first && today.asOf - H > first;
  const hasPast2 = hasPast && today.asOf - 2 * H > first;
  const days = hasPast2 ? [today.asOf - H, today.asOf - 2 * H] : hasPast ? [today.asOf - H] : [];
  // Above 300,000 buyers the earlier dates are measured on a stratified sample of 200,000 of them
  // (churn/sample.ts): learning and the backtest read no more; today's customers are all scored.
  const sample = earlierSample(
    today.classification.analysis.lifecycleStage,
    sampleAbove,
    sampleBuyers,
  );
  // Measured in today's pass when asked there (analyze.ts: earlierDays), the same figures.
  const earlier =
    (sample === null ? takeEarlier(today.summary, days) : null) ??
    summariseEarlier(dataset, rules, today.summary, days, sample?.member ?? null);
  // The model's expected purchases at asOf − H are over the churn horizon (the backtest's
  // purchase check); today's keep the model rules' horizon (the tabs show them).
  // A date's repeat-purchase fit is read only where something learns from or scores it: today's
  // model learns at asOf − H, the backtest learns at asOf − 2H and scores asOf − H. When learning
  // there cannot succeed (no buyers or no non-buyers after it: data ending before asOf − H),
  // learnChurnModel falls back to the default weights on today's snapshot and the backtest says
  // so, whatever the fit: it is skipped. The fits that are made start and end as before.
  const id = today.classification.rules;
  const stages1 = hasPast ? stagesAsOf(dataset, rules, earlier[0], id) : null;
  const stages2 = hasPast2 ? stagesAsOf(dataset, rules, earlier[1], id) : null;
  // asOf − H's purchases (its snapshot's lastPurchaseDay) are the asOf − 2H date's outcomes.
  const set2 =
    stages2 !== null
      ? learnsFrom(stages2, earlier[1].measuredFor.asOf, lastActiveDay(earlier[0]), rules)
      : null;
  const learns2 = set2 !== null && set2.enough;
  // Today's purchases (the snapshot's lastPurchaseDay) are the asOf − H date's outcomes.
  const fit1 =
    stages1 !== null &&
    (learns2 || learns(stages1, earlier[0].measuredFor.asOf, lastActiveDay(today.summary), rules));
  return { hasPast2, sample, earlier, stages1, stages2, learns2, fit1, set2 };
}

/**
 * The earlier dates churn risk may measure (asOf − H, asOf − 2H), for summariseCustomers to measure
 * in today's pass (takeEarlier); none when they may be measured on a sample (more customers than
 * SAMPLE_ABOVE could be as many buyers: churn/sample.ts), which only today's stages decide.
 *
 * @example summariseCustomers(dataset, rules, asOf, earlierDays(rules, asOf, customers))
 */
export function earlierDays(rules: RuleSet, asOf: number, customers: number): number[] {
  const H = rules.churn.churnHorizonDays;
  return customers > SAMPLE_ABOVE ? [] : [asOf - H, asOf - 2 * H];
}

/** The earlier dates' analyses: asOf − H (learned from, scored by the backtest) and asOf − 2H. */
interface Earlier<T> {
  past1: T | null;
  past2: T | null;
}

/**
 * The earlier dates' repeat-purchase fits, here: each starts from the fit before it (asOf − H from
 * today's, asOf − 2H from asOf − H's, else today's): the same customers a few months apart, so the
 * optimiser needs fewer steps to the same optimum (lead's rule: churn probabilities within 1e-6,
 * levels, order and the CDNOW backtest's figures unchanged).
 */
function earlierHere(
  dataset: Dataset,
  rules: RuleSet,
  today: DateAnalysis,
  m: ChurnEarlier,
): Earlier<DateAnalysis> {
  const warm = today.model.bgnbd ?? undefined;
  const { earlier, stages1, stages2 } = m;
  const past1 = stages1
    ? analyseAsOf(dataset, rules, earlier[0], m.hasPast2, warm, stages1, m.fit1)
    : null;
  const past2 = stages2
    ? analyseAsOf(dataset, rules, earlier[1], false, past1?.model.bgnbd ?? warm, stages2, m.learns2)
    : null;
  return { past1, past2 };
}

/** The earlier dates' fits handed to a runner (sendEarlier); null where none was sent. */
export interface EarlierSent {
  past1: Promise<ModelResult> | null;
  past2: Promise<ModelResult> | null;
  /** The runner that fitted asOf − 2H for its backtest too (EarlierFit.backtest). */
  backtest?: Runners["backtest"];
}

/**
 * The fits of earlierHere handed to `runner` (the CLI's worker, in order, right after today's: each
 * starts from the fit before it there, asOf − H from today's, asOf − 2H from asOf − H's), before
 * today's model is back; null when the runner declines the first (then all are fitted here).
 * With `backtestRunner` (Runners.backtest), the asOf − 2H fit is marked for the backtest there.
 */
export function sendEarlier(
  dataset: Dataset,
  rules: RuleSet,
  m: ChurnEarlier,
  runner: ModelRunner,
  backtestRunner?: Runners["backtest"],
): EarlierSent | null {
  const { earlier, stages1, stages2 } = m;
  if (!stages1) return { past1: null, past2: null };
  // Every column of a job stays the main thread's (the snapshots read the measures, the analysis
  // today's fit): the job itself is what is kept, all copied, nothing else walked (walking today's
  // analysis and the dataset to find them took 75-355 ms, load 20).
  const send = (i: number, expected: boolean, fit: boolean, backtest?: boolean) => {
    const job = modelJob(dataset, earlier[i], earlier[i].measuredFor.asOf, rules, {
      expected,
      fit,
      afterPrevious: true,
      ...(backtest ? { backtest } : {}),
    });
    return runner(job, [job]);
  };
  const past1 = send(0, m.hasPast2, m.fit1);
  if (!past1) return null;
  if (!stages2) return { past1, past2: null };
  // With a runner for the backtest, asOf − 2H's fit is scored there (startChurnRisk).
  const past2 = send(1, false, m.learns2, backtestRunner !== undefined);
  return { past1, past2, ...(past2 && backtestRunner ? { backtest: backtestRunner } : {}) };
}

/** The earlier dates' analyses from the fits sent (sendEarlier), as promises. */
function earlierElsewhere(
  rules: RuleSet,
  dataset: Dataset,
  today: DateAnalysis,
  m: ChurnEarlier,
  sent: EarlierSent,
): Earlier<Promise<DateAnalysis>> {
  const { earlier, stages1, stages2 } = m;
  if (!stages1 || !sent.past1) return { past1: null, past2: null };
  const warm = today.model.bgnbd ?? undefined;
  const dated =
    (summary: DatedSummary, classification: ClassifyResult) =>
    (r: ModelResult): DateAnalysis => ({
      asOf: summary.measuredFor.asOf,
      summary,
      classification,
      model: modelOf(r, rules),
    });
  const past1 = sent.past1.then(dated(earlier[0], stages1));
  if (!stages2) return { past1, past2: null };
  const past2 = sent.past2
    ? sent.past2.then(dated(earlier[1], stages2))
    : past1.then((p1) =>
        analyseAsOf(dataset, rules, earlier[1], false, p1.model.bgnbd ?? warm, stages2, m.learns2),
      );
  // A worker that stops rejects both fits at once; past1 is awaited first, and past2 must not end
  // the process as an unhandled rejection meanwhile (its own await still sees the error).
  past2.catch(() => undefined);
  return { past1, past2 };
}

/**
 * Today's churn model, learned at asOf − H (past1) on who bought up to today, written into today's
 * analysis; and the asOf − H snapshot (the backtest scores it).
 */
function learnToday(
  dataset: Dataset,
  rules: RuleSet,
  today: DateAnalysis,
  now: Snapshot,
  past1: DateAnalysis | null,
  signals1?: ServiceSignals,
  prepared?: PreparedLearning,
): { model: ChurnModel; snap1: Snapshot | null } {
  const snap1 = past1 ? snapshotFrom(dataset, rules, past1, signals1) : null;
  // The season learned from against the one ahead, a year earlier (churn/seasonShift.ts).
  const season = snap1 ? seasonAt(dataset, rules, today.asOf) : null;
  const model = learnChurnModel(
    snap1,
    now.lastPurchaseDay,
    today.asOf,
    now,
    rules.churn,
    prepared,
    season,
  );
  releaseFeatures(assessChurnRisk(today.classification.analysis, now, model, rules));
  return { model, snap1 };
}

/**
 * The season learned from against the one ahead of `asOf`, a year earlier (churn/seasonShift.ts):
 * today's learning reads it at today, the backtest at its scored date, as the analysis on that
 * date would have.
 */
function seasonAt(dataset: Dataset, rules: RuleSet, asOf: number) {
  const H = rules.churn.churnHorizonDays;
  return seasonShare(dataset.transactions, dataset.customers.count, asOf, H, dataset.visits);
}

/**
 * The backtest: churn risk learned at asOf − 2H (past2) scores the asOf − H snapshot and is
 * compared with what happened up to asOf (`now`).
 */
function backtest(
  dataset: Dataset,
  rules: RuleSet,
  past2: DateAnalysis | null,
  scored: Snapshot | null,
  now: Snapshot,
  sample: EarlierSample | null,
  signals2?: ServiceSignals,
  set?: LearningSet | null,
): Validation {
  const older = past2 ? snapshotFrom(dataset, rules, past2, signals2) : null;
  const season = scored ? seasonAt(dataset, rules, scored.asOf) : null;
  const validation = validateChurnRisk({ older, scored, outcome: now, rules, sample, set, season });
  // The last of the run's feature matrices: none is kept for the next run.
  dropSpareFeatures();
  return validation;
}

/**
 * churnRisk with the earlier dates' repeat-purchase fits sent to a runner (sendEarlier: the CLI's
 * worker thread, which fitted today's model: the fits' code is compiled there only, the learning's
 * here). The service signals at those dates are measured meanwhile. The validation is a promise:
 * the backtest's, run by the runner that fitted asOf − 2H when it takes it (sendEarlier's backtest
 * runner: the snapshots sent to it once today's model is learned), else computed here when the
 * asOf − 2H fit is back; with nothing sent (no runner, or it declined) everything is computed here,
 * as churnRisk does.
 */
export async function startChurnRisk(
  dataset: Dataset,
  rules: RuleSet,
  today: DateAnalysis & { summary: CustomerSummary },
  onStep: (detail: string) => void,
  sent: EarlierSent | null,
  measured: ChurnEarlier | null = null,
  signals?: ServiceSignals,
): Promise<Omit<ChurnRiskResult, "validation"> & { validation: Validation | Promise<Validation> }> {
  const m = measured;
  if (!sent || !m) return churnRisk(dataset, rules, today, onStep, m, signals);
  const fits = earlierElsewhere(rules, dataset, today, m, sent);
  const now = snapshotFrom(dataset, rules, today, signals);
  onStep("churnLearn");
  const [day1, day2] = m.earlier.map((e) => e.measuredFor.asOf);
  const signals1 = fits.past1 ? serviceSignals(dataset, rules, day1) : undefined;
  const signals2 = fits.past2 ? serviceSignals(dataset, rules, day2) : undefined;
  // Today's learning at asOf − H but for the feature its model gives, while the runner fits it.
  const prepared =
    fits.past1 && signals1
      ? prepareLearning(
          modelless(rules, m.earlier[0], m.stages1!, signals1),
          now.lastPurchaseDay,
          rules.churn,
        )
      : undefined;
  const past1 = fits.past1 ? await fits.past1 : null;
  const { model, snap1 } = learnToday(dataset, rules, today, now, past1, signals1, prepared);
  onStep("churnBacktest");
  // The backtest where asOf − 2H was fitted (its runner's), else here when that fit is back.
  const there =
    fits.past2 && sent.backtest && signals2
      ? backtestElsewhere(dataset, rules, m, signals2, snap1, now, sent.backtest, [today, dataset])
      : null;
  // This thread's last feature matrix is made: none is kept for the next run.
  if (there) dropSpareFeatures();
  const validation =
    there ??
    (fits.past2
      ? fits.past2.then((p2) =>
          backtest(dataset, rules, p2, snap1, now, m.sample, signals2, m.set2),
        )
      : backtest(dataset, rules, null, snap1, now, m.sample));
  // Awaited by the caller later, after other awaits: handled meanwhile (as past2 above).
  if (validation instanceof Promise) validation.catch(() => undefined);
  const { churnHorizonDays: horizonDays, churnedAfterDays } = rules.churn;
  return { horizonDays, churnedAfterDays, model, validation };
}

function firstPurchaseDay(summary: DatedSummary): number {
  const f = summary.model.firstDay;
  let min = NaN;
  for (let c = 0; c < f.length; c++) if (f[c] === f[c] && !(f[c] >= min)) min = f[c];
  return min;
}
