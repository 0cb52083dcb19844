import type { DatedSummary } from "../aggregate/customerSummary";
import type { BgNbdFit, BgNbdParams } from "../clv/bgnbd";
import { fitCustomerModel, startCustomerModel, type CustomerModel } from "../clv/customerModel";
import type { Dataset } from "../model";
import type { RuleSet } from "../rules/schema";
import { dropSpareFeatures, type Snapshot } from "../churn/features";
import type { LearningSet } from "../churn/learn";
import type { EarlierSample } from "../churn/sample";
import { validateChurnRisk, type Outcome, type Validation } from "./validation";

/**
 * A value's typed columns made movable to another thread: those the thread keeps using (any column
 * reachable from `keep`) copied, every other one moved as it is, each buffer listed once in
 * `transfer`. Moving costs nothing; a copy is fresh memory, and new pages are dear here (30 MB of
 * copies took 0.16 CPU-s at 100,000 customers, load 17).
 *
 * @example const { value, transfer } = movable(job, [today]); worker.postMessage(value, transfer);
 */
export function movable<T>(
  value: T,
  keep: readonly unknown[],
): { value: T; transfer: ArrayBuffer[] } {
  const kept = new Set<ArrayBufferLike>();
  const seen = new Set<object>();
  // Plain objects' fields only: no JS arrays (string columns) and no functions are walked.
  const mark = (v: unknown): void => {
    if (v === null || typeof v !== "object" || seen.has(v) || Array.isArray(v)) return;
    seen.add(v);
    if (ArrayBuffer.isView(v)) kept.add(v.buffer);
    else for (const x of Object.values(v)) mark(x);
  };
  keep.forEach(mark);
  const transfer = new Set<ArrayBuffer>();
  // A column met twice is copied once (the message keeps it one array).
  const copies = new Map<ArrayBufferView, ArrayBufferView>();
  const move = (v: unknown): unknown => {
    if (ArrayBuffer.isView(v)) {
      const copied = copies.get(v);
      if (copied) return copied;
      const b = v.buffer;
      const mine =
        !kept.has(b) &&
        // By its tag, not instanceof (a test realm's buffers fail it): no SharedArrayBuffer.
        Object.prototype.toString.call(b) === "[object ArrayBuffer]" &&
        v.byteLength > 0 &&
        v.byteOffset === 0 &&
        v.byteLength === b.byteLength;
      const a = mine ? v : (v as unknown as Float64Array).slice();
      transfer.add(a.buffer as ArrayBuffer);
      copies.set(v, a);
      return a;
    }
    if (Array.isArray(v)) return v.map(move);
    if (v !== null && typeof v === "object") {
      const out: Record<string, unknown> = {};
      for (const [k, x] of Object.entries(v)) out[k] = move(x);
      return out;
    }
    return v;
  };
  return { value: move(value) as T, transfer: [...transfer] };
}

/**
 * A repeat-purchase model fit as plain data (issue 11: the engine on both cores): today's model, or
 * one of churn risk's earlier dates (asOf − H, asOf − 2H: `earlier`). Each is fitted from a
 * summary's model measures alone, so the CLI fits all three in its worker (src/cli/backtestWorker.ts)
 * while the main thread classifies the customers, measures the earlier dates and learns churn risk;
 * the fits' code is compiled in that one thread, the learning's in the main thread. What churn risk
 * asks of the model's function (the probability of no purchase over the churn horizon) comes
 * computed. The add-in and the tests fit in the thread: the same functions on the same values.
 */
export interface ModelJob {
  rules: RuleSet;
  customers: number;
  asOf: number;
  /** The date's model measures, their settings and the customer count's column (checkMeasuredFor). */
  summary: DatedSummary;
  /** An earlier date's fit (earlierModel's arguments); absent: today's model. */
  earlier?: EarlierFit;
  /**
   * Today's model in two parts (customerModel.ts startCustomerModel): this job's result holds the
   * fit and what churn risk reads, its ModelRest fields empty; they come from the runner's rest(),
   * asked after the earlier dates' fits, which need only the fit (so they do not wait for today's
   * spend model and lifetime values, which only the report reads).
   */
  split?: boolean;
}

/** What an earlier date's model computes and where its fit starts (churn/risk.ts). */
export interface EarlierFit {
  /** Expected purchases over the churn horizon (the date the backtest scores). */
  expected: boolean;
  /** Whether the fit is made (else the model's "switched off" result). */
  fit: boolean;
  warmStart?: WarmStart;
  /**
   * Start from the fit of the job run before this one in the same place (asOf − 2H after
   * asOf − H), when that one was fitted; else from `warmStart`.
   */
  afterPrevious: boolean;
  /**
   * The backtest's fit (asOf − 2H), whose snapshot the runner scores (Runners.backtest): the runner
   * keeps the columns of it that a snapshot reads (copies of them sent back).
   */
  backtest?: boolean;
}

/**
 * The churn backtest as plain data (churn/risk.ts): the asOf − 2H snapshot but for the
 * repeat-purchase model's columns, which come from the runner's fit of the job marked
 * EarlierFit.backtest; the asOf − H snapshot it scores; what happened up to today.
 */
export interface BacktestJob {
  rules: RuleSet;
  older: Omit<Snapshot, "modelNoPurchase" | "pAlive" | "expectedPurchases">;
  scored: Snapshot | null;
  outcome: Outcome;
  sample: EarlierSample | null;
  /**
   * The learning set at the older date, as the analysis took it (churn/risk.ts ChurnEarlier.set2:
   * learningSet of its stages and the scored date's purchases), or null: taken here.
   */
  set?: LearningSet | null;
  /** The season a year before the scored date (validateChurnRisk's season), or null. */
  season?: { learned: number; ahead: number } | null;
}

/** What a snapshot reads of a date's repeat-purchase model (churn/risk.ts snapshotFrom). */
export type SnapshotModel = Pick<Snapshot, "modelNoPurchase" | "pAlive" | "expectedPurchases">;

/**
 * The backtest (validateChurnRisk) of a job, its older snapshot made whole with its model's
 * columns; the feature matrices' spare memory is dropped after (the last of the run's churn steps).
 */
export function backtestOf(job: BacktestJob, model: SnapshotModel): Validation {
  const { rules, scored, outcome, sample, set, season } = job;
  const older: Snapshot = { ...job.older, ...model };
  const validation = validateChurnRisk({ older, scored, outcome, rules, sample, set, season });
  dropSpareFeatures();
  return validation;
}

/** A fit to start the optimiser from: its parameters and inverse-Hessian approximation. */
export type WarmStart = BgNbdParams & { inverseHessian?: Float64Array };

/** A fitted model without its function, and that function's answer for the churn horizon. */
export type ModelResult = Omit<CustomerModel, "probabilityOfNoPurchase"> & {
  noPurchase: Float64Array | null;
};

/**
 * Fits a model job elsewhere (the CLI: its worker), or null: fitted in the thread. Jobs are run in
 * the order they are given. The columns reachable from `keep` are still the thread's (movable
 * copies them).
 */
export type ModelRunner = (job: ModelJob, keep: readonly unknown[]) => Promise<ModelResult> | null;

/** The part of today's model a split job (ModelJob.split) leaves to the runner's rest(). */
export type ModelRest = Pick<
  CustomerModel,
  | "expectedNextPurchase"
  | "clv"
  | "note"
  | "gammaGamma"
  | "fitNote"
  | "notFitted"
  | "oneTimeValueBlank"
>;

/** What runs beside the main thread: the repeat-purchase fits, and the word that none follows. */
export interface Runners {
  model: ModelRunner;
  /**
   * The rest of the last split job's model (ModelJob.split), after the jobs given since; null: it
   * could not be asked (then it is computed in the thread).
   */
  rest(): Promise<ModelRest> | null;
  /** No job follows: the runner may end (its worker's memory freed). */
  done(): void;
  /**
   * Runs the backtest there, after the fit marked EarlierFit.backtest (given before it), or null:
   * it could not be asked (then it runs in the thread). Absent: the backtest runs in the thread.
   * The columns reachable from `keep` are still the thread's (movable copies them).
   */
  backtest?(job: BacktestJob, keep: readonly unknown[]): Promise<Validation> | null;
}

const NO_SPEND = new Float64Array(0);

/** The model job of a date: what fitCustomerModel reads of its summary (the columns themselves). */
export function modelJob(
  dataset: Dataset,
  summary: Pick<DatedSummary, "measuredFor" | "model">,
  asOf: number,
  rules: RuleSet,
  earlier?: EarlierFit,
): ModelJob {
  const { measuredFor } = summary;
  // An earlier date's fit computes no lifetime value (earlierModel): its repeat spend, which only
  // the spend model reads, is not sent (copied) at all.
  const model = earlier ? { ...summary.model, repeatSpend: NO_SPEND } : summary.model;
  return {
    rules,
    customers: dataset.customers.count,
    asOf,
    // The fit reads the summary's customer count from the length of its purchaseDays
    // (checkMeasuredFor), nothing else of it: the model's own column stands for it (one copy less).
    summary: { measuredFor, model, purchaseDays: model.purchaseDays } as DatedSummary,
    ...(earlier ? { earlier } : {}),
  };
}

/**
 * An earlier date's repeat-purchase model (churn/risk.ts analyseAsOf): only what a snapshot reads
 * is computed: no lifetime value, no next-purchase date, expected purchases only when `expected`.
 * Without `fit` the model is left unfitted (its "switched off" result: no probabilities).
 */
export function earlierModel(
  dataset: Dataset,
  rules: RuleSet,
  summary: DatedSummary,
  expected: boolean,
  warmStart: WarmStart | undefined,
  fit: boolean,
): CustomerModel {
  return fitCustomerModel(
    dataset,
    summary,
    summary.measuredFor.asOf,
    { ...rules.model, purchaseHorizonDays: rules.churn.churnHorizonDays, enabled: fit },
    { expectedPurchases: expected, nextPurchase: false, lifetimeValue: false, warmStart },
  );
}

/**
 * Fits a model job (in a worker, or here) as the run makes it; `previous`: the fit of the job run
 * before it in the same place (EarlierFit.afterPrevious).
 */
export function fitModelJob(job: ModelJob, previous: BgNbdFit | null = null): ModelResult {
  const dataset = { customers: { count: job.customers } } as Dataset;
  const e = job.earlier;
  const m = e
    ? earlierModel(
        dataset,
        job.rules,
        job.summary,
        e.expected,
        (e.afterPrevious ? previous : null) ?? e.warmStart,
        e.fit,
      )
    : fitCustomerModel(dataset, job.summary, job.asOf, job.rules.model);
  const { probabilityOfNoPurchase, ...rest } = m;
  return { ...rest, noPurchase: probabilityOfNoPurchase(job.rules.churn.churnHorizonDays) };
}

/** The fitting side of a runner: each job's model, and the rest of a split one (ModelJob.split). */
export interface ModelFitter {
  fit(job: ModelJob): { value: ModelResult; transfer: ArrayBuffer[] };
  rest(): { value: ModelRest; transfer: ArrayBuffer[] };
  /** The backtest of the fit marked EarlierFit.backtest (Runners.backtest). */
  backtest(job: BacktestJob): { value: Validation; transfer: ArrayBuffer[] };
}

/** A split job's ModelRest columns, until rest() sends them. */
const NOT_YET = new Float64Array(0);
const NO_NOTE = new Int8Array(0);

/**
 * The fitting side of a runner (the CLI's worker): fits each job given, in order, each earlier
 * date's from the fit before it (EarlierFit.afterPrevious), and returns its model movable (its
 * columns moved; the fit's own kept, the next job may start from it). A split job's rest is
 * computed when asked (rest()), after the jobs given since.
 *
 * @example const f = modelFitter(); port.on("message", (job) => { const m = f.fit(job); port.postMessage(m.value, m.transfer); });
 */
export function modelFitter(): ModelFitter {
  let previous: BgNbdFit | null = null;
  let pending: (() => CustomerModel) | null = null;
  let olderModel: SnapshotModel | null = null;
  return {
    fit(job) {
      const last = previous;
      previous = null; // a job that failed leaves no fit to start from
      if (!job.split || job.earlier) {
        const result = fitModelJob(job, last);
        previous = result.bgnbd;
        if (!job.earlier?.backtest) return movable(result, [previous]);
        // The backtest's snapshot reads these here: they stay, copies go back.
        const { noPurchase: modelNoPurchase, pAlive, expectedPurchases } = result;
        olderModel = { modelNoPurchase, pAlive, expectedPurchases };
        return movable(result, [previous, olderModel]);
      }
      pending = null;
      const dataset = { customers: { count: job.customers } } as Dataset;
      const started = startCustomerModel(dataset, job.summary, job.asOf, job.rules.model);
      pending = started.rest;
      const { probabilityOfNoPurchase, ...first } = started.first;
      previous = first.bgnbd;
      // The rest's columns are not sent now (empty here): rest() fills and sends them.
      const result: ModelResult = {
        ...first,
        expectedNextPurchase: NOT_YET,
        clv: NOT_YET,
        note: NO_NOTE,
        noPurchase: probabilityOfNoPurchase(job.rules.churn.churnHorizonDays),
      };
      // A model left unfitted shares one NaN column among its predictions: rest() sends it again.
      return movable(result, [previous, started.first.expectedNextPurchase, started.first.clv]);
    },
    rest() {
      const then = pending;
      pending = null;
      if (!then) throw new Error("no split model job to finish");
      const { expectedNextPurchase, clv, note, gammaGamma, fitNote, notFitted, oneTimeValueBlank } =
        then();
      const rest = { expectedNextPurchase, clv, note, gammaGamma, fitNote, notFitted };
      return movable({ ...rest, oneTimeValueBlank }, [previous]);
    },
    backtest(job) {
      const model = olderModel;
      olderModel = null;
      if (!model) throw new Error("no backtest fit to score");
      return { value: backtestOf(job, model), transfer: [] };
    },
  };
}

/**
 * The model a fitted job stands for. Its function answers the churn horizon only (churn risk's
 * question, answered where it was fitted); any other horizon is a mistake, said so.
 */
export function modelOf(result: ModelResult, rules: RuleSet): CustomerModel {
  const { noPurchase, ...rest } = result;
  const H = rules.churn.churnHorizonDays;
  return {
    ...rest,
    probabilityOfNoPurchase: (days) => {
      if (days !== H)
        throw new RangeError(`the model fitted elsewhere answers ${H} days, not ${days}`);
      return noPurchase;
    },
  };
}
