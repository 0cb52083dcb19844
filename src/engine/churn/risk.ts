import type { CustomerSummary, DatedSummary } from "../aggregate/customerSummary";
import { classifyCustomers, type ClassifyResult } from "../classify";
import type { BgNbdParams } from "../clv/bgnbd";
import { fitCustomerModel, type CustomerModel } from "../clv/customerModel";
import type { Dataset } from "../model";
import type { RuleSet } from "../rules/schema";
import type { RuleSetId } from "../rules";
import { validateChurnRisk, type Validation } from "../backtest/validation";
import {
  backtestData,
  backtestStages,
  backtestSummary,
  type BacktestJob,
  type BacktestRunner,
} from "../backtest/job";
import { assessChurnRisk } from "./assess";
import { eligibleOf, snapshotOf, type Snapshot } from "./features";
import { learnChurnModel, learningSet, type ChurnModel } from "./learn";
import { summariseEarlier } from "./earlier";
import { earlierSample, type EarlierSample } from "./sample";
import { serviceSignals } from "./signals";

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

/** A snapshot from an analysis date's summary, classification and model. */
export function snapshotFrom(dataset: Dataset, rules: RuleSet, d: DateAnalysis): Snapshot {
  const H = rules.churn.churnHorizonDays;
  return snapshotOf({
    asOf: d.asOf,
    summary: d.summary,
    classification: d.classification,
    // The repeat-purchase model's own P(no purchase in H) (MBG/NBD by default) is one feature.
    modelNoPurchase: d.model.probabilityOfNoPurchase(H),
    pAlive: d.model.pAlive,
    expectedPurchases: d.model.expectedPurchases,
    signals: serviceSignals(dataset, rules, d.asOf),
    contactAfterDays: rules.churn.signals.noRecentContact.afterDays,
    lowScoreMax: rules.satisfaction.lowScoreMax,
    npsDetractorMax: rules.satisfaction.npsDetractorMax,
    trendPeriodDays: rules.lifecycle.trendPeriodDays,
  });
}

/**
 * The analysis as of an earlier date from its summary (churn/earlier.ts): the classification and
 * the repeat-purchase model with only what was known then. Only what a snapshot reads is computed:
 * no lifetime value, no next-purchase date, expected purchases only when `expected` (the date the
 * backtest scores checks them against what happened). Without `fit` the model is left unfitted
 * (its "switched off" result: no probabilities): for a date nothing learns from or scores.
 */
export function analyseAsOf(
  dataset: Dataset,
  rules: RuleSet,
  summary: DatedSummary,
  expected: boolean,
  warmStart?: BgNbdParams,
  classification: ClassifyResult = stagesAsOf(dataset, rules, summary),
  fit = true,
): DateAnalysis {
  const day = summary.measuredFor.asOf;
  const model = fitCustomerModel(
    dataset,
    summary,
    day,
    { ...rules.model, purchaseHorizonDays: rules.churn.churnHorizonDays, enabled: fit },
    { expectedPurchases: expected, nextPurchase: false, lifetimeValue: false, warmStart },
  );
  return { asOf: day, summary, classification, model };
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

/** Whether learning at a date can succeed (learnChurnModel's own test, on its stages alone). */
function learns(c: ClassifyResult, asOf: number, later: Float64Array, rules: RuleSet): boolean {
  return learningSet({ asOf, ...eligibleOf(c.analysis.lifecycleStage) }, later, rules.churn).enough;
}

/**
 * Learns churn risk, writes it into today's analysis (classification.analysis), and runs the
 * backtest. `today` must hold the run's summary, classification and model. The earlier dates'
 * measures come from one shared pass over the transactions (summariseEarlier).
 *
 * @example const churn = churnRisk(dataset, rules, { asOf, summary, classification, model });
 */
export function churnRisk(
  dataset: Dataset,
  rules: RuleSet,
  today: DateAnalysis & { summary: CustomerSummary },
  onStep: (detail: string) => void = () => undefined,
): ChurnRiskResult {
  const started = startChurnRisk(dataset, rules, today, onStep, null, null);
  return { ...started, validation: started.validation as Validation };
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
}

/**
 * The earlier dates' measures and stages, which read today's summary and stages but not today's
 * model: the CLI measures them while its worker fits that model (analyze.ts).
 */
export function churnEarlier(
  dataset: Dataset,
  rules: RuleSet,
  today: Omit<DateAnalysis, "model"> & { summary: CustomerSummary },
): ChurnEarlier {
  const H = rules.churn.churnHorizonDays;
  const first = firstPurchaseDay(today.summary);
  const hasPast = first === first && today.asOf - H > first;
  const hasPast2 = hasPast && today.asOf - 2 * H > first;
  const days = hasPast2 ? [today.asOf - H, today.asOf - 2 * H] : hasPast ? [today.asOf - H] : [];
  // Above 300,000 buyers the earlier dates are measured on a stratified sample of 200,000 of them
  // (churn/sample.ts): learning and the backtest read no more; today's customers are all scored.
  const sample = earlierSample(today.classification.analysis.lifecycleStage);
  const earlier = summariseEarlier(dataset, rules, today.summary, days, sample?.member ?? null);
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
  const learns2 =
    stages2 !== null &&
    learns(stages2, earlier[1].measuredFor.asOf, earlier[0].model.lastDay, rules);
  // Today's purchases (the snapshot's lastPurchaseDay) are the asOf − H date's outcomes.
  const fit1 =
    stages1 !== null &&
    (learns2 || learns(stages1, earlier[0].measuredFor.asOf, today.summary.model.lastDay, rules));
  return { hasPast2, sample, earlier, stages1, stages2, learns2, fit1 };
}

/**
 * churnRisk with the backtest's last step (backtest/job.ts: the fit at asOf − 2H and the
 * validation) handed to `runner` as soon as its inputs are known, before today's model is learned:
 * the CLI runs it in a worker thread meanwhile. The validation is then a promise; without a runner
 * (or when it declines) it is computed here, where churnRisk computes it.
 */
export function startChurnRisk(
  dataset: Dataset,
  rules: RuleSet,
  today: DateAnalysis & { summary: CustomerSummary },
  onStep: (detail: string) => void,
  runner: BacktestRunner | null,
  measured: ChurnEarlier | null = null,
): Omit<ChurnRiskResult, "validation"> & { validation: Validation | Promise<Validation> } {
  const H = rules.churn.churnHorizonDays;
  const now = snapshotFrom(dataset, rules, today);
  onStep("churnLearn");
  const { sample, earlier, stages1, stages2, learns2, fit1, hasPast2 } =
    measured ?? churnEarlier(dataset, rules, today);
  // The earlier dates' repeat-purchase fits start from today's parameters: the same customers a
  // few months apart, so the optimiser needs fewer steps to the same optimum (lead's rule: churn
  // probabilities within 1e-6, levels, order and the CDNOW backtest's figures unchanged).
  const warm = today.model.bgnbd ?? undefined;
  const past1 = stages1
    ? analyseAsOf(dataset, rules, earlier[0], hasPast2, warm, stages1, fit1)
    : null;
  const snap1 = past1 ? snapshotFrom(dataset, rules, past1) : null;
  const model = learnChurnModel(snap1, now.lastPurchaseDay, today.asOf, now, rules.churn);
  // The backtest reads no more than this (backtest/job.ts): handed to the runner now, it runs
  // beside today's churn risk, the schedule and satisfaction (issue 11). The earlier dates' columns
  // are not read here again (the runner may move them); today's and the dataset's are.
  const job: BacktestJob | null = stages2 && {
    rules,
    data: backtestData(dataset),
    summary: backtestSummary(earlier[1]),
    stages: backtestStages(stages2),
    warmStart: past1?.model.bgnbd ?? warm,
    fit: learns2,
    scored: snap1,
    outcome: {
      asOf: now.asOf,
      lastPurchaseDay: now.lastPurchaseDay,
      modelPurchaseDays: now.modelPurchaseDays,
      stage: now.stage,
    },
    sample,
  };
  const elsewhere = job && runner ? runner(job, [today, now, dataset]) : null;
  assessChurnRisk(today.classification.analysis, now, model, rules);
  onStep("churnBacktest");
  const validation =
    elsewhere ??
    (job
      ? backtestOf(job)
      : validateChurnRisk({ older: null, scored: snap1, outcome: now, rules, sample }));
  return { horizonDays: H, churnedAfterDays: rules.churn.churnedAfterDays, model, validation };
}

/**
 * A backtest job run in this thread (a worker's too): the repeat-purchase fit and snapshot at
 * asOf − 2H, then churn risk learned there validated on the asOf − H snapshot.
 */
export function backtestOf(job: BacktestJob): Validation {
  // Only what the fit and serviceSignals read (backtest/job.ts BacktestData).
  const dataset = job.data as unknown as Dataset;
  const { rules } = job;
  const past2 = analyseAsOf(dataset, rules, job.summary, false, job.warmStart, job.stages, job.fit);
  return validateChurnRisk({
    older: snapshotFrom(dataset, rules, past2),
    scored: job.scored,
    outcome: job.outcome,
    rules,
    sample: job.sample,
  });
}

function firstPurchaseDay(summary: DatedSummary): number {
  const f = summary.model.firstDay;
  let min = NaN;
  for (let c = 0; c < f.length; c++) if (f[c] === f[c] && !(f[c] >= min)) min = f[c];
  return min;
}
