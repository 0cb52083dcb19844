import { analyzeWorkbook } from "../../src/engine/analyze";
import { generatePopulation } from "../../src/engine/backtest/generate";
import { memorySource } from "../../src/engine/ingest/memorySource";
import { defaultRules } from "../../src/engine/rules";

// A model worker that stops rejects every job it holds at once (backtestWorker's exit). The run
// must fail with that one error, said by its caller, and leave no rejection unhandled: Node ends
// the process on one, with a stack trace, after the CLI has printed its own message (reviewer,
// stop 30: the split model's rest and the earlier dates' fits were asked before the first await).
test("a model worker that stops fails the run once, with no unhandled rejection", async () => {
  const unhandled: unknown[] = [];
  const listen = (e: unknown) => unhandled.push(e);
  process.on("unhandledRejection", listen);
  try {
    const g = generatePopulation({ kind: "leaving", customers: 800, seed: 4 });
    const pending: Array<(e: Error) => void> = [];
    const dies = () => new Promise<never>((_, reject) => pending.push(reject));
    const runners = () => ({ model: () => dies(), rest: () => dies(), done: () => undefined });
    const run = analyzeWorkbook(memorySource(g.sheets), {
      rules: defaultRules(),
      asOf: g.end,
      runners,
    });
    // Every job asked by now stops together, as the worker's exit rejects them.
    await new Promise((r) => setTimeout(r, 50));
    const stop = new Error("model worker stopped (exit code 1)");
    for (const reject of pending) reject(stop);
    await expect(run).rejects.toBe(stop);
    await new Promise((r) => setTimeout(r, 20));
    expect(pending.length).toBeGreaterThan(1);
    expect(unhandled).toEqual([]);
  } finally {
    process.off("unhandledRejection", listen);
  }
});
