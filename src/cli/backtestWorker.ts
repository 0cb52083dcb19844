import { existsSync } from "node:fs";
import path from "node:path";
import { Worker, isMainThread, parentPort } from "node:worker_threads";
import {
  fitModelJob,
  movable,
  type BacktestJob,
  type ModelJob,
  type ModelResult,
  type Runners,
} from "../engine/backtest/job";
import type { Validation } from "../engine/backtest/validation";
import { backtestOf } from "../engine/churn/risk";

/**
 * Two steps of the analysis on the second core (issue 11: the main thread was the critical path,
 * the second core idle during the analysis), each stated as plain data by the engine
 * (engine/backtest/job.ts): today's repeat-purchase model, fitted while the main thread classifies
 * the customers and measures the earlier dates; then the backtest's last step (the fit at
 * asOf − 2H and the validation), while the main thread writes churn risk, plans the follow-ups and
 * summarises satisfaction. The worker boots when the data has been read (its ~0.1 s of loading
 * beside the summary), gets each job's typed columns moved (the asOf − 2H ones) or copied (today's:
 * movable), and sends back the model's columns moved, then the validation, a few kilobytes. The
 * same functions compute the same figures from the same values as in the thread.
 * CA_BACKTEST_WORKER=0 runs it in the main thread; so do runs from the sources (tests, tsx: no
 * bundle beside this one, build/cli/backtestWorker.js) and data below MIN_CUSTOMERS, unless
 * CA_BACKTEST_WORKER=1 (the bundle test compares both).
 */
// At 20,000 customers (b20k.xlsx, load 6) the worker cost 0.48 s of wall (5.91 -> 6.39 s): the
// summary and segments take 0.14 s there, less than its boot, so the model waited for it. At
// 100,000 it saved 0.34 s (12.54 -> 12.20) and 0.64 main-thread CPU-s.
export const MIN_CUSTOMERS = 50_000;

/** A worker that may fit today's model and run the backtest, and the means to stop it. */
export interface BacktestWorker {
  /** The runners for a run of this many customers (its worker started now), or null: in the thread. */
  runnerFor(customers: number): Runners | null;
  /** Stops the worker if it still runs (the analysis failed or was cancelled). */
  close(): Promise<void>;
}

type Message = { kind: "model"; job: ModelJob } | { kind: "backtest"; job: BacktestJob };
type Reply = { result?: unknown; error?: string };

/** @example const bw = backtestWorker(); analyzeWorkbook(src, { …, runners: bw.runnerFor }) */
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
      // Only while a job is out does it hold the process up (a failed run exits without it).
      w.unref();
      w.on("error", () => undefined); // told to the job by its exit
      const ask = ask1(w);
      return {
        model: (job, keep) => {
          const { value, transfer } = movable(job, keep);
          return ask<ModelResult>({ kind: "model", job: value }, transfer);
        },
        backtest: (job, keep) => {
          const { value, transfer } = movable(job, keep);
          return ask<Validation>({ kind: "backtest", job: value }, transfer);
        },
      };
    },
    async close() {
      await worker?.terminate();
    },
  };
}

/** Posts one job at a time to `w` and settles with its reply (null: it could not be sent). */
function ask1(w: Worker) {
  return <T>(message: Message, transfer: ArrayBuffer[]): Promise<T> | null => {
    let settle: { resolve(v: T): void; reject(e: Error): void } | null = null;
    const result = new Promise<T>((resolve, reject) => {
      settle = { resolve, reject };
    });
    const listeners = {
      message: (m: Reply) => {
        done();
        if (m.error !== undefined) settle!.reject(new Error(m.error));
        else settle!.resolve(m.result as T);
      },
      exit: (code: number) => {
        done();
        settle!.reject(new Error(`the backtest worker stopped (exit code ${code})`));
      },
    };
    function done() {
      w.off("message", listeners.message);
      w.off("exit", listeners.exit);
      w.unref();
    }
    try {
      w.postMessage(message, transfer);
    } catch {
      void w.terminate(); // a value that cannot be sent: the job runs in the thread
      return null;
    }
    w.on("message", listeners.message);
    w.on("exit", listeners.exit);
    w.ref();
    // Awaited later in the analysis; a failure before then must not count as unhandled.
    result.catch(() => undefined);
    return result;
  };
}

/** The worker's side: each job's result sent back, its columns moved (or what failed). */
function serve(): void {
  parentPort!.on("message", (m: Message) => {
    try {
      if (m.kind === "model") {
        const { value, transfer } = movable(fitModelJob(m.job), []);
        parentPort!.postMessage({ result: value }, transfer);
      } else {
        parentPort!.postMessage({ result: backtestOf(m.job) });
        parentPort!.close(); // the last job: the worker ends
      }
    } catch (e) {
      parentPort!.postMessage({ error: (e as Error)?.stack ?? String(e) });
    }
  });
}

if (!isMainThread && /backtestWorker\.js$/.test(__filename)) serve();
