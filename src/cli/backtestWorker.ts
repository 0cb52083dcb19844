import { existsSync } from "node:fs";
import path from "node:path";
import { parentPort, type Worker } from "node:worker_threads";
import { giveBack, roleThread } from "../workbook/file/asideThread";
import type { Validation } from "../engine/backtest/validation";
import {
  modelFitter,
  movable,
  type BacktestJob,
  type ModelJob,
  type ModelRest,
  type ModelResult,
  type Runners,
} from "../engine/backtest/job";

/**
 * The repeat-purchase fits of the analysis on the second core (issue 11: the main thread was the
 * critical path, the second core idle during the analysis), each stated as plain data by the engine
 * (engine/backtest/job.ts): today's model's fit and what churn risk reads of it, made while the
 * main thread classifies the customers and measures the earlier dates; then churn risk's fits at
 * asOf − H and asOf − 2H (each from the one before), while the main thread takes today's snapshot
 * and the service signals, then learns; then the rest of today's model (its spend model, lifetime
 * values and next-purchase dates: the report's alone), while the main thread learns and plans;
 * then churn risk's backtest (its learning at asOf − 2H, scoring asOf − H: the snapshots sent once
 * today's model is learned, the asOf − 2H fit's columns kept here), while the main thread plans the
 * follow-ups and sums up satisfaction. Every fit runs here: their code is compiled in this thread
 * alone. The backtest's learning compiles the logistic fit and the features here too (cold, as in
 * the main thread, which learns today's model): the main thread was the critical path, this one
 * idle until the JSON (100k CSV: main CPU of the analysis 1.13 -> 0.99 s). The fits are a role of
 * the aside thread (src/workbook/file/asideThread.ts), asked for when the data has been read: the
 * thread that ingested the transactions aside, else one booted then (its ~0.1 s of loading beside
 * the summary). It gets each job's typed columns copied (movable; the backtest's snapshots moved),
 * and sends back the model's columns moved. The same functions compute the same figures from the same values as in the thread.
 * CA_BACKTEST_WORKER=0 runs it in the main thread; so do runs from the sources (tests, tsx: no
 * bundle beside this one, build/cli/asideWorker.js) and data below MIN_CUSTOMERS, unless
 * CA_BACKTEST_WORKER=1 (the bundle test compares both).
 */
// At 20,000 customers (b20k.xlsx, load 6) the worker cost 0.48 s of wall (5.91 -> 6.39 s): the
// summary and segments take 0.14 s there, less than its boot, so the model waited for it. At
// 100,000 it saved 0.34 s (12.54 -> 12.20) and 0.64 main-thread CPU-s.
export const MIN_CUSTOMERS = 50_000;

/** A worker that may fit the run's repeat-purchase models, and the means to stop it. */
export interface BacktestWorker {
  /** The runners for a run of this many customers (its worker started now), or null: in the thread. */
  runnerFor(customers: number): Runners | null;
  /** Stops the worker if it still runs (the analysis failed or was cancelled). */
  close(): Promise<void>;
}

type Message =
  | { kind: "model"; job: ModelJob }
  | { kind: "rest" }
  | { kind: "backtest"; job: BacktestJob }
  | { kind: "done" };
/** A fit's result (or the backtest's), or what failed: its message, and its stack for CA_DEBUG. */
type Reply = { result?: Answer; error?: string; stack?: string };
type Answer = ModelResult | ModelRest | Validation;

/** @example const bw = backtestWorker(); analyzeWorkbook(src, { …, runners: bw.runnerFor }) */
export function backtestWorker(): BacktestWorker {
  let worker: Worker | null = null;
  const script = path.join(__dirname, "asideWorker.js");
  return {
    runnerFor(customers) {
      const env = process.env.CA_BACKTEST_WORKER;
      if (env === "0" || (customers < MIN_CUSTOMERS && env !== "1")) return null;
      if (!existsSync(script)) return null;
      let w: Worker;
      try {
        w = roleThread(script, "model", null);
      } catch {
        return null;
      }
      worker = w;
      // Only while a job is out does it hold the process up (a failed run exits without it).
      w.unref();
      w.on("error", () => undefined); // told to the jobs by its exit
      // Once done() and every reply is in, the thread is free for its next role.
      const ask = inOrder(w, () => {
        if (worker === w) worker = null;
        giveBack(w);
      });
      return {
        model: (job, keep) => {
          const { value, transfer } = movable(job, keep);
          return ask({ kind: "model", job: value }, transfer) as Promise<ModelResult> | null;
        },
        rest: () => ask({ kind: "rest" }, []) as Promise<ModelRest> | null,
        backtest: (job, keep) => {
          const { value, transfer } = movable(job, keep);
          return ask({ kind: "backtest", job: value }, transfer) as Promise<Validation> | null;
        },
        done: () => {
          try {
            w.postMessage({ kind: "done" } satisfies Message);
          } catch {
            void w.terminate();
          }
          ask.done();
        },
      };
    },
    async close() {
      await worker?.terminate();
    },
  };
}

/**
 * Posts jobs to `w`, which answers each in the order given: each ask settles with its own reply
 * (null: it could not be sent, and the job runs in the thread; no later job is sent, but the jobs
 * already out are still answered: the backtest's refusal must not lose the asOf − 2H fit and
 * rest() queued before it, which the analysis awaits — reviewer47 L2). `free` is called once `done`
 * has been and every reply is in (not for a worker that stopped).
 */
export function inOrder(
  w: Pick<Worker, "postMessage" | "on" | "ref" | "unref" | "terminate">,
  free: () => void,
) {
  const waiting: { resolve(v: Answer): void; reject(e: Error): void }[] = [];
  let broken = false;
  let refused = false;
  let done = false;
  const freeWhenOver = () => {
    if (done && !broken && waiting.length === 0) {
      broken = true; // no job after done
      free();
    }
  };
  const message = (m: Reply) => {
    const settle = waiting.shift();
    if (waiting.length === 0) w.unref();
    if (settle) {
      if (m.error !== undefined)
        settle.reject(Object.assign(new Error(m.error), { stack: m.stack }));
      else settle.resolve(m.result!);
    }
    freeWhenOver();
  };
  const exit = (code: number) => {
    broken = true;
    for (const settle of waiting.splice(0))
      settle.reject(new Error(`the backtest worker stopped (exit code ${code})`));
  };
  w.on("message", message);
  w.on("exit", exit);
  const ask = (job: Message, transfer: ArrayBuffer[]): Promise<Answer> | null => {
    if (broken || refused) return null;
    try {
      w.postMessage(job, transfer);
    } catch {
      // A value that cannot be sent (nothing of it reached the thread, nothing was moved): it runs
      // in the thread. The worker is not stopped: its queue is answered, then done() frees it.
      refused = true;
      return null;
    }
    const result = new Promise<Answer>((resolve, reject) => {
      waiting.push({ resolve, reject });
    });
    w.ref();
    // Awaited later in the analysis; a failure before then must not count as unhandled.
    result.catch(() => undefined);
    return result;
  };
  return Object.assign(ask, {
    /** No job follows (done() was posted). */
    done: () => {
      done = true;
      freeWhenOver();
    },
  });
}

/**
 * The thread's side (its "model" role: src/cli/asideWorker.ts): the handler of the role's messages,
 * each job's model sent back, its columns moved (or what failed); an earlier date's fit may start
 * from the fit of the job before it (job.ts modelFitter). After "done" no job follows: the thread
 * waits for its next role.
 */
export function serveModels(): (m: unknown) => void {
  let fitter: ReturnType<typeof modelFitter> | null = modelFitter();
  return (message) => {
    const m = message as Message;
    if (m.kind === "done" || !fitter) {
      fitter = null; // its fits' memory is free
      return;
    }
    try {
      const { value, transfer } =
        m.kind === "rest"
          ? fitter.rest()
          : m.kind === "backtest"
            ? fitter.backtest(m.job)
            : fitter.fit(m.job);
      parentPort!.postMessage({ result: value } satisfies Reply, transfer);
    } catch (e) {
      const error = e as Error;
      parentPort!.postMessage({
        error: error?.message ?? String(e),
        stack: error?.stack,
      } satisfies Reply);
    }
  };
}
