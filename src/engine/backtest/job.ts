import type { DatedSummary } from "../aggregate/customerSummary";
import type { CustomerAnalysis } from "../analysis";
import type { ClassifyResult } from "../classify";
import type { BgNbdParams } from "../clv/bgnbd";
import { fitCustomerModel, type CustomerModel } from "../clv/customerModel";
import type { Complaints, Contacts, Dataset, Surveys } from "../model";
import type { RuleSet } from "../rules/schema";
import type { Snapshot } from "../churn/features";
import type { EarlierSample } from "../churn/sample";
import type { Outcome, Validation } from "./validation";

/**
 * The backtest's last step as plain data (issue 11: the engine on both cores): the repeat-purchase
 * fit at asOf − 2H (warm-started from the asOf − H fit's parameters), its snapshot, and the
 * validation of the model learned there on the asOf − H snapshot (churn/risk.ts). Everything it
 * reads is here, typed columns and numbers, so the CLI can run it in a worker thread
 * (src/cli/backtestWorker.ts) while the main thread goes on with churn learning, the follow-up
 * schedule and satisfaction; the add-in and the tests run it in the thread (churn/risk.ts
 * backtestOf). Either
 * way the same function computes the same figures from the same values.
 */
export interface BacktestJob {
  rules: RuleSet;
  /** The dataset's customer count and the service sheets' columns serviceSignals reads. */
  data: BacktestData;
  /** The asOf − 2H measures (churn/earlier.ts) without today's shared columns (groups, spend). */
  summary: DatedSummary;
  /** The asOf − 2H stages (classifyCustomers stagesOnly): what a snapshot reads of them. */
  stages: ClassifyResult;
  warmStart: BgNbdParams | undefined;
  /** Whether the asOf − 2H fit is made (learning there can succeed: churn/risk.ts learns). */
  fit: boolean;
  /** The asOf − H snapshot the backtest scores. */
  scored: Snapshot | null;
  /** Who bought up to asOf: what happened after the scored date. */
  outcome: Outcome;
  sample: EarlierSample | null;
}

/** What the backtest reads of the dataset: no strings, no transactions (the summary has them). */
export interface BacktestData {
  customers: { count: number };
  surveys: Pick<Surveys, "count" | "customer" | "day" | "overall" | "recommend"> | null;
  complaints: Pick<
    Complaints,
    "count" | "customer" | "receivedAt" | "status" | "complexity" | "firstResponseAt" | "resolvedAt"
  > | null;
  contacts: Pick<Contacts, "count" | "customer" | "day"> | null;
}

/**
 * Runs a backtest job elsewhere (the CLI: a worker thread) and settles with its validation, or
 * returns null to have it run in the thread. The columns reachable from `keep` are still the
 * thread's (movable copies them); the job's others are not read again and may be moved.
 */
export type BacktestRunner = (
  job: BacktestJob,
  keep: readonly unknown[],
) => Promise<Validation> | null;

/** The parts of a dataset the backtest reads (the columns themselves, not copies). */
export function backtestData(dataset: Dataset): BacktestData {
  const s = dataset.surveys;
  const k = dataset.complaints;
  const t = dataset.contacts;
  return {
    customers: { count: dataset.customers.count },
    surveys: s && {
      count: s.count,
      customer: s.customer,
      day: s.day,
      overall: s.overall,
      recommend: s.recommend,
    },
    complaints: k && {
      count: k.count,
      customer: k.customer,
      receivedAt: k.receivedAt,
      status: k.status,
      complexity: k.complexity,
      firstResponseAt: k.firstResponseAt,
      resolvedAt: k.resolvedAt,
    },
    contacts: t && { count: t.count, customer: t.customer, day: t.day },
  };
}

/** A date's measures without the columns it shares with today's summary (but the customer count's). */
export function backtestSummary(s: DatedSummary): DatedSummary {
  const { measuredFor, segmentation, model, purchaseDays } = s;
  // checkMeasuredFor reads the customer count off purchaseDays.
  return { measuredFor, segmentation, model, purchaseDays } as DatedSummary;
}

/** What a snapshot reads of a date's classification (stages, recency, spend, rhythm). */
export function backtestStages(c: ClassifyResult): ClassifyResult {
  const { lifecycleStage, recencyDays, monetary } = c.analysis;
  const analysis = { lifecycleStage, recencyDays, monetary } as CustomerAnalysis;
  return { analysis, typicalGapDays: c.typicalGapDays } as ClassifyResult;
}

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
  const move = (v: unknown): unknown => {
    if (ArrayBuffer.isView(v)) {
      const b = v.buffer;
      const mine =
        !kept.has(b) &&
        b instanceof ArrayBuffer &&
        v.byteLength > 0 &&
        v.byteOffset === 0 &&
        v.byteLength === b.byteLength;
      const a = mine ? v : (v as unknown as Float64Array).slice();
      transfer.add(a.buffer as ArrayBuffer);
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
 * Today's repeat-purchase model as plain data (issue 11): fitted from the summary's model measures
 * alone, so the CLI fits it in its worker while the main thread classifies the customers and
 * measures the earlier dates. What churn risk asks of the model's function (the probability of no
 * purchase over the churn horizon) comes computed.
 */
export interface ModelJob {
  rules: RuleSet;
  customers: number;
  asOf: number;
  /** Today's model measures, their settings and the customer count's column (checkMeasuredFor). */
  summary: DatedSummary;
}

/** A fitted model without its function, and that function's answer for the churn horizon. */
export type ModelResult = Omit<CustomerModel, "probabilityOfNoPurchase"> & {
  noPurchase: Float64Array | null;
};

/** Fits a model job elsewhere (the CLI: its worker), or null: fitted in the thread. */
export type ModelRunner = (job: ModelJob, keep: readonly unknown[]) => Promise<ModelResult> | null;

/** What runs beside the main thread: today's model fit, the backtest's last step. */
export interface Runners {
  model: ModelRunner;
  backtest: BacktestRunner;
}

/** The model job of a run: what fitCustomerModel reads (the columns themselves). */
export function modelJob(
  dataset: Dataset,
  summary: DatedSummary,
  asOf: number,
  rules: RuleSet,
): ModelJob {
  const { measuredFor, model, purchaseDays } = summary;
  return {
    rules,
    customers: dataset.customers.count,
    asOf,
    summary: { measuredFor, model, purchaseDays } as DatedSummary,
  };
}

/** Fits a model job (in a worker, or here): fitCustomerModel as the run makes it. */
export function fitModelJob(job: ModelJob): ModelResult {
  const dataset = { customers: { count: job.customers } } as Dataset;
  const m = fitCustomerModel(dataset, job.summary, job.asOf, job.rules.model);
  const { probabilityOfNoPurchase, ...rest } = m;
  return { ...rest, noPurchase: probabilityOfNoPurchase(job.rules.churn.churnHorizonDays) };
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
