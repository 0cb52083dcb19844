import { compareSnapshots, moveCounts } from "../../src/engine/changes";
import { defaultRules } from "../../src/engine/rules";
import { runAnalysis, type Choices } from "../../src/taskpane/controller";
import { previewSample } from "../../src/taskpane/previewSample";
import { createSimulatedExcel } from "../../src/workbook/simulator";

const none: Choices = { sheets: {}, columns: {} };

/**
 * Issue 12 through the add-in: refreshes on the Excel simulator read the previous run's hidden
 * state before replacing the tabs, compare, and write the Changes tab; a refresh with the same
 * input and date reports no movement.
 */
test("the add-in compares each refresh with the run it replaces (simulator)", async () => {
  const sample = await previewSample("zh-CN", { customers: 150, transactions: 1500 });
  const excel = createSimulatedExcel(sample.workbook);
  const run = (asOf: number) =>
    runAnalysis(
      { run: excel.run, lang: "zh-CN", today: () => asOf },
      { rules: defaultRules(), choices: none, pause: async () => undefined },
    );
  const first = await run(sample.asOf - 31);
  expect(first.analysis.changes).toBeNull();
  const state = sample.workbook.findSheet("CA_run_state");
  expect(state?.visibility).toBe("Hidden");
  expect(first.written.some((w) => w.tab === "changes")).toBe(false);

  const second = await run(sample.asOf);
  const ch = second.analysis.changes!;
  expect(ch.previous.source).toBe("state");
  expect(ch.previous.asOf).toBe(sample.asOf - 31);
  // The previous run the add-in read back equals what the first run computed.
  const want = compareSnapshots(first.analysis.snapshot!, second.analysis.snapshot!);
  expect(moveCounts(ch.comparison)).toEqual(moveCounts(want));
  expect(ch.comparison.matrices.map((m) => Array.from(m.counts))).toEqual(
    want.matrices.map((m) => Array.from(m.counts)),
  );
  const tab = second.written.find((w) => w.tab === "changes")!;
  expect(tab.sheetName).toBe("变化");
  const sheet = sample.workbook.findSheet("变化")!;
  expect(sheet.value(0, 2)).toBe(isoOf(sample.asOf - 31));
  expect(sheet.value(0, 4)).toBe(isoOf(sample.asOf));

  const third = await run(sample.asOf);
  const counts = moveCounts(third.analysis.changes!.comparison);
  expect(counts.worse + counts.better + counts.sideways + counts.new).toBe(0);
  expect(third.analysis.changes!.comparison.removed.length).toBe(0);
}, 120_000);

function isoOf(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}
