import { compareSnapshots, moveCounts } from "../../src/engine/changes";
import { LIFECYCLE_STAGES, RISK_LEVELS } from "../../src/engine/analysis";
import { MOVED_WRONG_WAY } from "../../src/engine/followUp/movements";
import { defaultRules } from "../../src/engine/rules";
import { runAnalysis, type Choices } from "../../src/taskpane/controller";
import { previewSample } from "../../src/taskpane/previewSample";
import { createSimulatedExcel } from "../../src/workbook/simulator";
import { displayText } from "../../src/workbook/simulator/text";

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
  // The previous run the add-in read back equals what the first run computed: compared alike with
  // this run, both give the same moves. (The add-in's own comparison also reads what customers told
  // since, serviceSince: a contact since keeps a move out of "time alone", fix62d TIME_SILENT.)
  const want = compareSnapshots(first.analysis.snapshot!, second.analysis.snapshot!);
  expect(moveCounts(compareSnapshots(ch.previous, second.analysis.snapshot!))).toEqual(
    moveCounts(want),
  );
  expect(ch.comparison.matrices.map((m) => Array.from(m.counts))).toEqual(
    want.matrices.map((m) => Array.from(m.counts)),
  );
  const tab = second.written.find((w) => w.tab === "changes")!;
  expect(tab.sheetName).toBe("变化");
  const sheet = sample.workbook.findSheet("变化")!;
  // The dates are date cells (serials under a date format), on the row under the title.
  expect(displayText(sheet.value(1, 1), sheet.format(1, 1))).toBe(isoOf(sample.asOf - 31));
  expect(displayText(sheet.value(1, 3), sheet.format(1, 3))).toBe(isoOf(sample.asOf));

  // A re-run of the same date (a typo fixed) compares with the run the second compared with,
  // which the add-in's run state keeps beside it: the month again (tester12 #1, stop 36).
  const third = await run(sample.asOf);
  expect(third.analysis.changes!.previous.asOf).toBe(sample.asOf - 31);
  expect(moveCounts(third.analysis.changes!.comparison)).toEqual(moveCounts(ch.comparison));
  expect(third.analysis.warnings.map((w) => w.code)).toContain("same_date_rerun");
  // And a fourth: the third's state keeps that run too.
  const fourth = await run(sample.asOf);
  expect(fourth.analysis.changes!.previous.asOf).toBe(sample.asOf - 31);
  expect(moveCounts(fourth.analysis.changes!.comparison)).toEqual(moveCounts(ch.comparison));
}, 120_000);

/**
 * Reviewer D5 (stop 34): a past month re-run on a workbook holding a later run is not compared
 * (later_run_not_compared) and keeps that run's state: the next ordinary refresh compares with the
 * later run, not with the past month. Its KPI trend ends at its own date (reviewer10 D1, stop 35).
 */
test("the add-in keeps a later run's state when a past month is re-run (simulator)", async () => {
  const sample = await previewSample("zh-CN", { customers: 150, transactions: 1500 });
  const excel = createSimulatedExcel(sample.workbook);
  const run = (asOf: number) =>
    runAnalysis(
      { run: excel.run, lang: "zh-CN", today: () => asOf },
      { rules: defaultRules(), choices: none, pause: async () => undefined },
    );
  await run(sample.asOf);
  const past = await run(sample.asOf - 31);
  expect(past.analysis.changes).toBeNull();
  const warning = past.analysis.warnings.find((w) => w.code === "later_run_not_compared")!;
  expect(warning.message["zh-CN"]).toContain(`工作簿中 ${isoOf(sample.asOf)} 的运行状态已保留`);
  expect(warning.message["en-US"]).toContain(`run state of ${isoOf(sample.asOf)} is kept`);
  expect(past.written.some((w) => w.tab === "runState")).toBe(false);
  const state = sample.workbook.findSheet("CA_run_state")!;
  expect(JSON.stringify(state.toGrid().slice(0, 3))).toContain(isoOf(sample.asOf));
  // The Changes tab says it too.
  expect(JSON.stringify(sample.workbook.findSheet("变化")!.toGrid())).toContain("运行状态已保留");
  // Reviewer10 D1 (stop 35): the Overview's trend ends at this run's date, the run log keeps the
  // later run, and the warning says so once.
  const overview = sample.workbook.findSheet("概览")!;
  const grid = overview.toGrid();
  const title = grid.findIndex((r) => String(r[0]).startsWith("历次运行趋势"));
  const trend: string[] = [];
  for (let r = title + 2; typeof overview.value(r, 0) === "number"; r++)
    trend.push(displayText(overview.value(r, 0), overview.format(r, 0)));
  expect(trend).toEqual([isoOf(sample.asOf - 31)]);
  expect(sample.workbook.findSheet("运行日志")!.toGrid()).toHaveLength(3);
  expect(warning.message["zh-CN"].split("工作簿的运行日志中有 1 次分析晚于本次分析")).toHaveLength(
    2,
  );
  expect(warning.message["en-US"]).toContain(
    `The workbook's run log has 1 analysis dated after this one (${isoOf(sample.asOf)})`,
  );
  // The next ordinary refresh compares with the later run.
  const next = await run(sample.asOf + 7);
  expect(next.analysis.changes!.previous.asOf).toBe(sample.asOf);
}, 120_000);

function isoOf(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

/**
 * The previous tabs are replaced, not added beside: one of each after three runs, the hidden state
 * holds the latest run (so the next refresh compares with it), a customer deleted from the
 * Customers sheet is listed as removed, and the wrong-way movers are on the follow-up schedule.
 */
test("the add-in replaces the previous tabs and lists a deleted customer (simulator)", async () => {
  const sample = await previewSample("zh-CN", { customers: 150, transactions: 1500 });
  const excel = createSimulatedExcel(sample.workbook);
  const run = (asOf: number) =>
    runAnalysis(
      { run: excel.run, lang: "zh-CN", today: () => asOf },
      { rules: defaultRules(), choices: none, pause: async () => undefined },
    );
  await run(sample.asOf - 31);
  const second = await run(sample.asOf);
  const names = sample.workbook.sheetNames();
  expect(new Set(names).size).toBe(names.length);
  // The state now holds the second run: its date is in the first data row.
  const state = sample.workbook.findSheet("CA_run_state")!;
  expect(JSON.stringify(state.toGrid().slice(0, 3))).toContain(isoOf(sample.asOf));

  // Movements drive the work: a wrong-way mover not already churned has a contact for it, unless
  // the move is the calendar's alone within its own rhythm (movements.ts timeAloneWithinRhythm:
  // never at high risk, nor after a purchase since the last run; tester52 M5).
  const c = second.analysis.changes!.comparison;
  const schedule = second.analysis.schedule;
  const moved = new Set<number>();
  for (const l of [schedule.followUps, schedule.unscheduled])
    for (let i = 0; i < l.count; i++)
      if (l.reasons[i] & (1 << MOVED_WRONG_WAY)) moved.add(l.customer[i]);
  const stage = second.analysis.snapshot!.codes.lifecycleStage;
  const churned = LIFECYCLE_STAGES.indexOf("churned");
  const expected = Array.from(c.wrongWay).filter((i) => stage[i] !== churned);
  expect(expected.length).toBeGreaterThan(0);
  expect(expected.some((i) => moved.has(i))).toBe(true);
  const high = RISK_LEVELS.indexOf("high");
  for (const i of expected)
    if (!moved.has(i))
      expect([i, second.analysis.snapshot!.codes.churnRiskLevel[i]]).not.toEqual([i, high]);

  // Delete the last customer row of the Customers sheet, then refresh on the same date.
  const customers = sample.workbook.sheet(sample.inputSheets[0]);
  const grid = customers.toGrid();
  const last = grid.length - 1;
  const gone = String(grid[last][0]);
  for (let k = 0; k < grid[last].length; k++) customers.setRaw(last, k, "");
  const third = await run(sample.asOf);
  const removed = third.analysis.changes!.comparison.removed;
  expect(Array.from(removed).map((j) => third.analysis.changes!.previous.id[j])).toEqual([gone]);
  const changesTab = JSON.stringify(sample.workbook.findSheet("变化")!.toGrid());
  expect(changesTab).toContain(gone);
  expect(new Set(sample.workbook.sheetNames()).size).toBe(sample.workbook.sheetNames().length);
}, 180_000);
