import { analyzeWorkbook, type Progress } from "../../../src/engine/analyze";
import { memorySource } from "../../../src/engine/ingest/memorySource";
import { epochDay } from "../../../src/engine/parse/date";
import { defaultRules } from "../../../src/engine/rules";
import { ANALYZE_STEPS, throttled, type RunProgress } from "../../../src/taskpane/run/progress";

/** Progress reports within a step are thinned to one per interval; step changes and ends pass. */

const at = (
  phase: RunProgress["phase"],
  label: string,
  rowsDone: number,
  more: Partial<RunProgress> = {},
): RunProgress => ({
  phase,
  label,
  rowsDone,
  fraction: 0.1,
  ...more,
});

test("reports within a step pass at most once per interval; a new step always passes", () => {
  let now = 0;
  const got: number[] = [];
  const report = throttled(
    (p) => got.push(p.rowsDone),
    100,
    () => now,
  );
  report(at("read", "Reading Customers", 1)); // first: passes
  now = 50;
  report(at("read", "Reading Customers", 2)); // 50 ms later: dropped
  now = 100;
  report(at("read", "Reading Customers", 3)); // 100 ms after the last passed: passes
  now = 101;
  report(at("read", "Reading Transactions", 4)); // another sheet: passes
  report(at("analyze", "Segments", 5)); // another step: passes
  report(at("analyze", "Segments", 6)); // dropped
  expect(got).toEqual([1, 3, 4, 5]);
});

test("a step's end passes: all rows done, or the bar full", () => {
  const now = 0;
  const got: number[] = [];
  const report = throttled(
    (p) => got.push(p.rowsDone),
    100,
    () => now,
  );
  report(at("write", "Writing Segments", 10, { rowsTotal: 30 }));
  report(at("write", "Writing Segments", 20, { rowsTotal: 30 }));
  report(at("write", "Writing Segments", 30, { rowsTotal: 30 }));
  report(at("write", "Writing Run log", 0));
  report(at("write", "Writing Run log", 1, { fraction: 1 }));
  expect(got).toEqual([10, 30, 0, 1]);
});

// fix50 (stop 50): satisfaction is said before the follow-up plan now (analyze.ts says each step as
// its work starts); the bar's list in the other order held the bar still through the plan.
test("the engine's analysis steps come in the bar's order, so the bar never holds back", async () => {
  const steps: string[] = [];
  await analyzeWorkbook(
    memorySource({
      Customers: [["Customer ID"], ["A"], ["B"], ["C"]],
      Transactions: [
        ["Customer ID", "Date", "Amount"],
        ["A", "2025-06-01", 10],
        ["A", "2025-09-01", 15],
        ["B", "2025-07-01", 20],
      ],
    }),
    {
      rules: defaultRules(),
      asOf: epochDay(2025, 12, 31),
      onProgress: (p: Progress) => void (p.step === "analyze" && steps.push(p.detail)),
    },
  );
  const places = steps.map((s) => ANALYZE_STEPS.findIndex(([detail]) => detail === s));
  expect(places).not.toContain(-1);
  expect(places).toEqual([...places].sort((x, y) => x - y));
  expect(steps).toEqual(expect.arrayContaining(["satisfaction", "followUps", "overview"]));
});
