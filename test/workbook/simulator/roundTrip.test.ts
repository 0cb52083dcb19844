import { createSimulatedExcel, SimWorkbook } from "../../../src/workbook/simulator";
import { roundTripRun } from "../../../src/workbook/simulator/roundTrip";

/**
 * Each sync as a round trip of tasks: the request leaves at the end of the add-in's task, the
 * simulator works in a task of its own (timed), the answer comes in the next. The preview uses it
 * so the browser test can tell the simulator's blocks from the pane's.
 */
test("the simulator's work in each sync has a task of its own, timed", async () => {
  const wb = SimWorkbook.fromSheets({ 客户: [["客户编号"], ["C1"], ["C2"]] });
  const excel = createSimulatedExcel(wb);
  const log: string[] = [];
  let now = 0;
  const syncs: { start: number; ms: number }[] = [];
  const run = roundTripRun(excel.run, {
    nextTask: async () => {
      log.push("task");
      now += 10;
    },
    now: () => now,
    onSync: (s) => syncs.push(s),
  });
  const values = await run(async (context) => {
    const range = context.workbook.worksheets.getItem("客户").getRange("A1:A3");
    range.load("values");
    log.push("add-in");
    await context.sync();
    log.push("add-in");
    return range.values;
  });
  expect(values).toEqual([["客户编号"], ["C1"], ["C2"]]);
  // The add-in's code, a new task for the simulator, a new task for the answer.
  expect(log).toEqual(["add-in", "task", "task", "add-in"]);
  expect(syncs).toEqual([{ start: 10, ms: 0 }]);
});

test("a failing sync still hands the answer back in a task of its own", async () => {
  const wb = SimWorkbook.fromSheets({ 客户: [["a"]] });
  const excel = createSimulatedExcel(wb);
  let tasks = 0;
  const run = roundTripRun(excel.run, { nextTask: async () => void tasks++, now: () => 0 });
  await expect(
    run(async (context) => {
      context.workbook.worksheets.getItem("没有这张表").getRange("A1").load("values");
      await context.sync();
    }),
  ).rejects.toMatchObject({ code: "ItemNotFound" });
  expect(tasks).toBe(2);
});
