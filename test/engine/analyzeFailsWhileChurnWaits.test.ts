import { analyzeWorkbook, type Progress } from "../../src/engine/analyze";
import { generatePopulation } from "../../src/engine/backtest/generate";
import { modelFitter, movable, type ModelJob, type Runners } from "../../src/engine/backtest/job";
import { memorySource } from "../../src/engine/ingest/memorySource";
import { defaultRules } from "../../src/engine/rules";
import * as complaintsModule from "../../src/engine/complaints/summary";
import * as satisfactionModule from "../../src/engine/satisfaction/summary";

// Satisfaction and complaints are summarised while churn risk waits for the model worker's earlier
// fits (analyze.ts). reviewer49 L2: when one of them threw, the worker was never told that no job
// follows (runners.done()), and churn risk's work after the wait (learning, the backtest) went on
// behind the run's error. reviewer49 L3: the "satisfaction" step was said after the follow-up
// plan, long after its work. The log below records the steps said and the work done, in order.

jest.mock("../../src/engine/complaints/summary", () => {
  const actual = jest.requireActual("../../src/engine/complaints/summary");
  return { ...actual, summariseComplaints: jest.fn(actual.summariseComplaints) };
});
jest.mock("../../src/engine/satisfaction/summary", () => {
  const actual = jest.requireActual("../../src/engine/satisfaction/summary");
  return { ...actual, summariseSatisfaction: jest.fn(actual.summariseSatisfaction) };
});

const complaints = complaintsModule.summariseComplaints as jest.Mock;
const satisfaction = satisfactionModule.summariseSatisfaction as jest.Mock;
const actualComplaints = jest.requireActual("../../src/engine/complaints/summary")
  .summariseComplaints as typeof complaintsModule.summariseComplaints;
const actualSatisfaction = jest.requireActual("../../src/engine/satisfaction/summary")
  .summariseSatisfaction as typeof satisfactionModule.summariseSatisfaction;

/** A model worker faked in the thread: each job fitted as the worker would, answered `delayMs` later. */
function slowRunners(log: string[], delayMs: number): Runners {
  const fitter = modelFitter();
  const later = <T>(value: () => T) =>
    new Promise<T>((resolve) => setTimeout(() => resolve(value()), delayMs));
  return {
    model: (job: ModelJob, keep: readonly unknown[]) => {
      const { value, transfer } = movable(job, keep);
      const sent = structuredClone(value, { transfer });
      return later(() => {
        log.push("fit answered");
        const back = fitter.fit(sent);
        return structuredClone(back.value, { transfer: back.transfer });
      });
    },
    rest: () => later(() => fitter.rest().value),
    done: () => void log.push("done"),
  };
}

function run(log: string[], delayMs = 30) {
  const g = generatePopulation({ kind: "leaving", customers: 800, seed: 4 });
  return analyzeWorkbook(memorySource(g.sheets), {
    rules: defaultRules(),
    asOf: g.end,
    runners: () => slowRunners(log, delayMs),
    onProgress: (p: Progress) => void (p.step === "analyze" && log.push(`step ${p.detail}`)),
  });
}

afterEach(() => {
  complaints.mockImplementation(actualComplaints);
  satisfaction.mockImplementation(actualSatisfaction);
});

test("complaints failing while churn risk waits: the worker is told no job follows, churn work stops", async () => {
  const broken = new Error("complaints broke");
  complaints.mockImplementation(() => {
    throw broken;
  });
  const log: string[] = [];
  const unhandled: unknown[] = [];
  const listen = (e: unknown) => unhandled.push(e);
  process.on("unhandledRejection", listen);
  try {
    await expect(run(log, 60)).rejects.toBe(broken);
    const atFailure = log.length;
    // The earlier dates' fits still come back from the worker after the failure.
    await new Promise((r) => setTimeout(r, 400));
    expect(log.slice(0, atFailure)).toContain("done");
    expect(log.filter((l) => l === "done")).toHaveLength(1);
    // Nothing of churn risk is done, nor said, for the failed run once its fits are back.
    expect(log.slice(atFailure).filter((l) => l.startsWith("step"))).toEqual([]);
    expect(log).not.toContain("step churnBacktest");
  } finally {
    process.off("unhandledRejection", listen);
  }
  expect(unhandled).toEqual([]);
});

test("the satisfaction step is said as its work starts, not after the follow-up plan", async () => {
  const log: string[] = [];
  satisfaction.mockImplementation((...args: Parameters<typeof actualSatisfaction>) => {
    log.push("work satisfaction");
    return actualSatisfaction(...args);
  });
  await run(log);
  const work = log.indexOf("work satisfaction");
  expect(work).toBeGreaterThan(0);
  expect(log[work - 1]).toBe("step satisfaction");
  expect(log.filter((l) => l === "step satisfaction")).toHaveLength(1);
  // Said once, before the steps that come after its work.
  expect(log.indexOf("step followUps")).toBeGreaterThan(work);
  expect(log.filter((l) => l === "done")).toHaveLength(1);
});
