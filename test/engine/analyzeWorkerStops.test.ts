import { analyzeWorkbook, type AnalyzeOptions } from "../../src/engine/analyze";
import { generatePopulation } from "../../src/engine/backtest/generate";
import { modelFitter, movable, type ModelJob } from "../../src/engine/backtest/job";
import { memorySource } from "../../src/engine/ingest/memorySource";
import { defaultRules } from "../../src/engine/rules";

// A model worker that stops rejects every job it holds at once (backtestWorker's exit). The run
// must fail with that one error, said by its caller, and leave no rejection unhandled: Node ends
// the process on one, with a stack trace, after the CLI has printed its own message (reviewer,
// stop 30: the split model's rest and the earlier dates' fits were asked before the first await).

/** The rejections left unhandled while `body` runs and shortly after (Node's check comes later). */
async function unhandledWhile(body: () => Promise<void>): Promise<unknown[]> {
  const unhandled: unknown[] = [];
  const listen = (e: unknown) => unhandled.push(e);
  process.on("unhandledRejection", listen);
  try {
    await body();
    await new Promise((r) => setTimeout(r, 50));
  } finally {
    process.off("unhandledRejection", listen);
  }
  return unhandled;
}

/** An 800-customer analysis with the given runners (the CLI's model worker, faked). */
function analyzeWith(runners: AnalyzeOptions["runners"]) {
  const g = generatePopulation({ kind: "leaving", customers: 800, seed: 4 });
  return analyzeWorkbook(memorySource(g.sheets), { rules: defaultRules(), asOf: g.end, runners });
}

test("a model worker that stops fails the run once, with no unhandled rejection", async () => {
  const pending: Array<(e: Error) => void> = [];
  const stop = new Error("model worker stopped (exit code 1)");
  let asked = 0;
  const dies = () =>
    new Promise<never>((_, reject) => {
      asked++;
      pending.push(reject);
    });
  const unhandled = await unhandledWhile(async () => {
    const run = analyzeWith(() => ({
      model: dies,
      // The last job asked (after today's and the earlier dates' fits): then every job stops
      // together, as the worker's exit rejects them; no timer decides when the jobs are in.
      rest: () => {
        setTimeout(() => pending.splice(0).forEach((reject) => reject(stop)), 0);
        return dies();
      },
      done: () => undefined,
    }));
    await expect(run).rejects.toBe(stop);
  });
  // Today's model, the two earlier fits and the rest were pending when the worker stopped.
  expect(asked).toBeGreaterThan(1);
  expect(unhandled).toEqual([]);
});

// The same when the worker answers today's model, then stops while the earlier dates' fits wait
// (reviewer, stop 30 D2: on 98aa142 too, the earlier fits' promises in churn/risk.ts).
test("a model worker that stops after today's fit fails the run once, with no unhandled rejection", async () => {
  const fitter = modelFitter();
  const pending: Array<(e: Error) => void> = [];
  const stop = new Error("the backtest worker stopped (exit code 1)");
  const dies = () => new Promise<never>((_, reject) => pending.push(reject));
  let calls = 0;
  const unhandled = await unhandledWhile(async () => {
    const run = analyzeWith(() => ({
      model: (job: ModelJob, keep: readonly unknown[]) => {
        if (calls++ === 0) {
          // Today's model, fitted as the worker would (moved there and back).
          const { value, transfer } = movable(job, keep);
          const back = fitter.fit(structuredClone(value, { transfer }));
          return Promise.resolve(structuredClone(back.value, { transfer: back.transfer }));
        }
        setTimeout(() => pending.splice(0).forEach((reject) => reject(stop)), 20);
        return dies();
      },
      rest: dies,
      done: () => undefined,
    }));
    await expect(run).rejects.toBe(stop);
  });
  expect(calls).toBeGreaterThan(2);
  expect(unhandled).toEqual([]);
});
