import { analyzeWorkbook, type Analysis } from "../../../src/engine/analyze";
import {
  fitModelJob,
  movable,
  type BacktestJob,
  type ModelJob,
} from "../../../src/engine/backtest/job";
import { generatePopulation } from "../../../src/engine/backtest/generate";
import { backtestOf } from "../../../src/engine/churn/risk";
import { memorySource } from "../../../src/engine/ingest/memorySource";
import { defaultRules } from "../../../src/engine/rules";

// Today's model and the backtest handed to runners (the CLI's worker thread) as movable makes them: moved through
// a structured clone with its transfer list, as postMessage does, then run by backtestOf. The
// analysis must be the one made with the backtest in the thread, its own columns left whole.
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

async function analyse(runner: boolean): Promise<{ a: Analysis; jobs: number }> {
  const { g, sheets } = sheetsWithService();
  let jobs = 0;
  const a = await analyzeWorkbook(memorySource(sheets as never), {
    rules: defaultRules(),
    asOf: g.end,
    runners: runner
      ? () => ({
          model: (job: ModelJob, keep: readonly unknown[]) => {
            jobs++;
            const { value, transfer } = movable(job, keep);
            const fitted = fitModelJob(structuredClone(value, { transfer }));
            const back = movable(fitted, []);
            return Promise.resolve(structuredClone(back.value, { transfer: back.transfer }));
          },
          backtest: (job: BacktestJob, keep: readonly unknown[]) => {
            jobs++;
            const { value, transfer } = movable(job, keep);
            const received = structuredClone(value, { transfer });
            return Promise.resolve(backtestOf(received));
          },
        })
      : undefined,
  });
  return { a, jobs };
}

test("a backtest moved to a runner gives the validation and analysis of the one in the thread", async () => {
  const here = await analyse(false);
  const moved = await analyse(true);
  expect(moved.jobs).toBe(2);
  expect(here.a.dataset.surveys?.count).toBeGreaterThan(0);
  expect(here.a.churn.validation.available).toBe(true);
  expect(moved.a.churn.validation).toEqual(here.a.churn.validation);
  // Nothing the analysis keeps was moved away (a transferred column would be empty).
  expect(moved.a.classification).toEqual(here.a.classification);
  expect(moved.a.summary).toEqual(here.a.summary);
  expect(moved.a.dataset).toEqual(here.a.dataset);
  expect(moved.a.churn.model).toEqual(here.a.churn.model);
  // The model fitted elsewhere: every column and figure, its function aside.
  const { probabilityOfNoPurchase: _f, ...model } = moved.a.model;
  const { probabilityOfNoPurchase: _g, ...inThread } = here.a.model;
  expect(model).toEqual(inThread);
  expect(moved.a.model.probabilityOfNoPurchase(90)).toEqual(
    here.a.model.probabilityOfNoPurchase(90),
  );
}, 60_000);
