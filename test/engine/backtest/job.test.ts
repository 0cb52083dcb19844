import { analyzeWorkbook, type Analysis } from "../../../src/engine/analyze";
import {
  fitModelJob,
  modelFitter,
  movable,
  type BacktestJob,
  type ModelJob,
  type ModelResult,
} from "../../../src/engine/backtest/job";
import { generatePopulation } from "../../../src/engine/backtest/generate";
import { validateChurnRisk } from "../../../src/engine/backtest/validation";
import { learningSet } from "../../../src/engine/churn/learn";
import { memorySource } from "../../../src/engine/ingest/memorySource";
import { defaultRules } from "../../../src/engine/rules";

// The repeat-purchase fits (today's, then churn risk's asOf − H and asOf − 2H) handed to a runner (the CLI's
// worker thread) as movable makes them: moved through a structured clone with its transfer list, as postMessage
// does, then fitted in order by modelFitter (the worker's side), each earlier one from the fit before it. The
// analysis must be the one made with the fits in the thread, its own columns left whole.
function sheetsWithService() {
  const g = generatePopulation({ kind: "leaving", customers: 1500, seed: 4 });
  const ids = g.sheets.Customers.slice(1).map((r) => String(r[0]));
  const surveys = [["Customer ID", "Date", "Overall", "Recommend"]];
  const complaints = [["Customer ID", "Received", "Status"]];
  const contacts = [["Customer ID", "Date", "Channel"]];
  ids.forEach((id, i) => {
    if (i % 3 === 0) surveys.push([id, "2025-01-15", String(1 + (i % 5)), String(i % 11)]);
    if (i % 7 === 0) complaints.push([id, "2024-11-02", i % 2 ? "open" : "resolved"]);
    if (i % 4 === 0) contacts.push([id, i % 8 ? "2024-12-01" : "2025-04-01", "phone"]);
  });
  return {
    g,
    sheets: { ...g.sheets, Surveys: surveys, Complaints: complaints, Contacts: contacts },
  };
}

async function analyse(
  runner: boolean,
  backtest: boolean | "declined" = false,
): Promise<{
  a: Analysis;
  jobs: number;
  done: number;
  rests: number;
  backtests: number;
  sent: ModelJob[];
  fitted: ModelResult[];
  backtestJobs: BacktestJob[];
}> {
  const { g, sheets } = sheetsWithService();
  const backtestJobs: BacktestJob[] = [];
  const sent: ModelJob[] = [];
  const fitted: ModelResult[] = [];
  let jobs = 0;
  let done = 0;
  let rests = 0;
  let backtests = 0;
  const fitter = modelFitter();
  const a = await analyzeWorkbook(memorySource(sheets as never), {
    rules: defaultRules(),
    asOf: g.end,
    runners: runner
      ? () => ({
          model: (job: ModelJob, keep: readonly unknown[]) => {
            jobs++;
            const { value, transfer } = movable(job, keep);
            const received = structuredClone(value, { transfer });
            sent.push(structuredClone(received));
            const back = fitter.fit(received);
            const result = structuredClone(back.value, { transfer: back.transfer });
            fitted.push(result);
            return Promise.resolve(result);
          },
          rest: () => {
            rests++;
            const back = fitter.rest();
            return Promise.resolve(structuredClone(back.value, { transfer: back.transfer }));
          },
          done: () => {
            done++;
          },
          ...(backtest
            ? {
                backtest: (job: BacktestJob, keep: readonly unknown[]) => {
                  backtests++;
                  if (backtest === "declined") return null; // as when it cannot be sent
                  const { value, transfer } = movable(job, keep);
                  const received = structuredClone(value, { transfer });
                  backtestJobs.push(structuredClone(received));
                  const back = fitter.backtest(received);
                  return Promise.resolve(structuredClone(back.value, { transfer: back.transfer }));
                },
              }
            : {}),
        })
      : undefined,
  });
  return { a, jobs, done, rests, backtests, sent, fitted, backtestJobs };
}

/**
 * The analysis made with work moved to a runner equals the thread's: the validation, and nothing
 * the analysis keeps moved away (a transferred column would be empty); the model fitted elsewhere
 * with every column and figure, its function aside.
 */
function expectSameAnalysis(moved: Analysis, here: Analysis): void {
  expect(moved.churn.validation).toEqual(here.churn.validation);
  expect(moved.classification).toEqual(here.classification);
  expect(moved.summary).toEqual(here.summary);
  expect(moved.dataset).toEqual(here.dataset);
  expect(moved.churn.model).toEqual(here.churn.model);
  const { probabilityOfNoPurchase: _f, ...model } = moved.model;
  const { probabilityOfNoPurchase: _g, ...inThread } = here.model;
  expect(model).toEqual(inThread);
}

test("fits moved to a runner give the validation and analysis of the ones in the thread", async () => {
  const here = await analyse(false);
  const moved = await analyse(true);
  expect(moved.jobs).toBe(3);
  expect(moved.rests).toBe(1);
  expect(moved.done).toBe(1);
  // Today's job came in two parts: its first reply left the report's columns to rest().
  expect(moved.sent[0].split).toBe(true);
  expect(moved.fitted[0].clv).toHaveLength(0);
  expect(here.a.dataset.surveys?.count).toBeGreaterThan(0);
  expect(here.a.churn.validation.available).toBe(true);
  expectSameAnalysis(moved.a, here.a);
  expect(moved.a.model.probabilityOfNoPurchase(90)).toEqual(
    here.a.model.probabilityOfNoPurchase(90),
  );
}, 60_000);

// The backtest scored where asOf − 2H was fitted (the CLI's worker): its snapshots moved there, the asOf − 2H
// model's columns kept there from that fit. The same validation, and nothing the analysis keeps moved away.
test("a backtest run by the runner gives the validation and analysis of the one in the thread", async () => {
  const here = await analyse(false);
  const moved = await analyse(true, true);
  expect(moved.backtests).toBe(1);
  expect(moved.sent.map((j) => j.earlier?.backtest)).toEqual([undefined, undefined, true]);
  expect(here.a.churn.validation.available).toBe(true);
  expectSameAnalysis(moved.a, here.a);
  expect(moved.a.snapshot).toEqual(here.a.snapshot);
  // The asOf − 2H fit's copies went back; the runner scored with its own columns.
  expect(moved.fitted[2].pAlive.length).toBe(here.a.dataset.customers.count);
  // A backtest with no fit marked for it is refused (said, not scored on nothing).
  expect(() => modelFitter().backtest({} as BacktestJob)).toThrow("no backtest fit to score");
}, 60_000);

// The learning set at asOf − 2H, taken by the analysis to decide whether that fit is made, goes with the
// backtest (speedb50): the runner's learning reads it rather than taking it again. It is learningSet's own, and
// it is what the learning reads: one that is not enough leaves the backtest unavailable.
test("the backtest's learning reads the learning set the analysis took", async () => {
  const moved = await analyse(true, true);
  const rules = defaultRules();
  const [job] = moved.backtestJobs;
  expect(job.set?.enough).toBe(true);
  const scored = job.scored!;
  const older = {
    ...job.older,
    modelNoPurchase: moved.fitted[2].noPurchase,
    pAlive: moved.fitted[2].pAlive,
    expectedPurchases: moved.fitted[2].expectedPurchases,
  };
  expect(job.set).toEqual(learningSet(older, scored.lastPurchaseDay, rules.churn));
  const input = { older, scored, outcome: job.outcome, rules, sample: job.sample };
  const withSet = validateChurnRisk({ ...input, set: job.set });
  expect(withSet).toEqual(validateChurnRisk(input));
  expect(withSet).toEqual(moved.a.churn.validation);
  expect(validateChurnRisk({ ...input, set: { ...job.set!, enough: false } }).available).toBe(
    false,
  );
}, 60_000);

// The runner declines the backtest (null: the CLI's worker could not be sent it): the backtest is made in the thread
// once the asOf − 2H fit is back, with the same validation (reviewer47 L2).
test("a backtest the runner declines is made in the thread, with the same validation", async () => {
  const here = await analyse(false);
  const moved = await analyse(true, "declined");
  expect(moved.backtests).toBe(1);
  expect(moved.sent.map((j) => j.earlier?.backtest)).toEqual([undefined, undefined, true]);
  expect(moved.done).toBe(1);
  expect(moved.a.churn.validation).toEqual(here.a.churn.validation);
  expect(moved.a.snapshot).toEqual(here.a.snapshot);
}, 60_000);

test("the asOf − 2H fit starts from the asOf − H fit, whose columns went back to the main thread", async () => {
  const { sent, fitted } = await analyse(true);
  // asOf − H starts from today's fit there (sent before today's model was back), asOf − 2H from asOf − H's.
  expect(sent.map((j) => j.earlier?.afterPrevious)).toEqual([undefined, true, true]);
  expect(sent[1].earlier?.warmStart).toBeUndefined();
  // Each from the fitter's own fit before it, inverse Hessian included, not from its moved (emptied) copy.
  const today = fitModelJob(sent[0]).bgnbd!;
  const past1 = fitModelJob(sent[1], today).bgnbd!;
  expect(fitted[1].bgnbd).toEqual(past1);
  const fromPrevious = fitModelJob(sent[2], past1);
  expect(fitted[2].bgnbd).toEqual(fromPrevious.bgnbd);
  const fromToday = fitModelJob({
    ...sent[2],
    earlier: { ...sent[2].earlier!, afterPrevious: false, warmStart: today },
  });
  expect(fitted[2].bgnbd?.iterations).toBe(fromPrevious.bgnbd?.iterations);
  expect(fromToday.bgnbd).not.toEqual(fromPrevious.bgnbd);
  const withoutHessian = fitModelJob(sent[2], { ...past1, inverseHessian: new Float64Array(0) });
  expect(withoutHessian.bgnbd).not.toEqual(fromPrevious.bgnbd);
}, 60_000);
