import { existsSync } from "node:fs";
import path from "node:path";
import { Worker, isMainThread, parentPort } from "node:worker_threads";
import { movableJob, type BacktestJob, type BacktestRunner } from "../engine/backtest/job";
import type { Validation } from "../engine/backtest/validation";
import { backtestOf } from "../engine/churn/risk";

/**
 * The backtest's last step (engine/backtest/job.ts: the repeat-purchase fit at asOf − 2H and the
 * validation) on the second core, while the main thread learns today's churn model, writes churn
 * risk, plans the follow-ups and summarises satisfaction (issue 11: the main thread was the critical
 * path, the second core idle during the analysis). The worker boots when the data has been read
 * (its ~0.1 s of loading beside the summary, segments and model), gets the job's typed columns
 * moved (the asOf − 2H ones) or copied (the rest: movableJob), and sends back the validation, a
 * few kilobytes. The same function computes it from the same values as in the thread.
 * CA_BACKTEST_WORKER=0 runs it in the main thread; so do runs from the sources (tests, tsx: no
 * bundle beside this one, build/cli/backtestWorker.js) and data below MIN_CUSTOMERS, unless
 * CA_BACKTEST_WORKER=1 (the bundle test compares both).
 */
export const MIN_CUSTOMERS = 10_000;

/** A worker that may run one backtest, and the means to stop it. */
export interface BacktestWorker {
  /** The runner for a run of this many customers (its worker started now), or null: in the thread. */
  runnerFor(customers: number): BacktestRunner | null;
  /** Stops the worker if it still runs (the analysis failed or was cancelled). */
  close(): Promise<void>;
}

/** @example const bw = backtestWorker(); analyzeWorkbook(src, { …, backtest: bw.runnerFor }) */
export function backtestWorker(): BacktestWorker {
  let worker: Worker | null = null;
  const script = path.join(__dirname, "backtestWorker.js");
  return {
    runnerFor(customers) {
      const env = process.env.CA_BACKTEST_WORKER;
      if (env === "0" || (customers < MIN_CUSTOMERS && env !== "1")) return null;
      if (!existsSync(script)) return null;
      let w: Worker;
      try {
        w = new Worker(script);
      } catch {
        return null;
      }
      worker = w;
      // Until a job is posted, it holds nothing up (a run that fails first exits without it).
      w.unref();
      w.on("error", () => undefined); // told to the job by its exit
      return (job, keep) => post(w, job, keep);
    },
    async close() {
      await worker?.terminate();
    },
  };
}

function post(w: Worker, job: BacktestJob, keep: readonly unknown[]): Promise<Validation> | null {
  const { job: moved, transfer } = movableJob(job, keep);
  const result = new Promise<Validation>((resolve, reject) => {
    w.once("message", (m: { validation?: Validation; error?: string }) => {
      if (m.error !== undefined) reject(new Error(m.error));
      else resolve(m.validation!);
    });
    w.once("error", reject);
    w.once("exit", (code) => reject(new Error(`the backtest worker stopped (exit code ${code})`)));
  });
  try {
    w.postMessage(moved, transfer);
  } catch {
    void w.terminate(); // a value that cannot be sent: the backtest runs in the thread
    return null;
  }
  w.ref();
  // Awaited at the end of the analysis; a failure before then must not count as unhandled.
  result.catch(() => undefined);
  return result;
}

/** The worker's side: one job, its validation sent back (or what failed), then it ends. */
function serve(): void {
  parentPort!.once("message", (job: BacktestJob) => {
    try {
      parentPort!.postMessage({ validation: backtestOf(job) });
    } catch (e) {
      parentPort!.postMessage({ error: (e as Error)?.stack ?? String(e) });
    }
  });
}

if (!isMainThread && /backtestWorker\.js$/.test(__filename)) serve();
