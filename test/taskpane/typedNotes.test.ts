import type { Cell } from "../../src/engine/cells";
import { defaultRules } from "../../src/engine/rules";
import { runAnalysis, type Choices } from "../../src/taskpane/controller";
import { previewSample } from "../../src/taskpane/previewSample";
import { createSimulatedExcel } from "../../src/workbook/simulator";

const none: Choices = { sheets: {}, columns: {} };

/**
 * Tester #8 (stop 44) through the add-in: a manager types on 回访计划 in Excel (状态, a line under
 * 沟通要点, 说明) and re-runs the analysis; the refresh reads the tab before it replaces it and
 * keeps what was typed on the customer's row. A typed row whose customer has no row now is kept
 * at the end of the tab and said.
 */
test("the add-in keeps what was typed on the schedule through a refresh (simulator)", async () => {
  const sample = await previewSample("zh-CN", { customers: 150, transactions: 1500 });
  const excel = createSimulatedExcel(sample.workbook);
  const run = (asOf: number) =>
    runAnalysis(
      { run: excel.run, lang: "zh-CN", today: () => asOf },
      { rules: defaultRules(), choices: none, pause: async () => undefined },
    );
  await run(sample.asOf - 31);
  const sheet = sample.workbook.findSheet("回访计划")!;
  const before = sheet.toGrid();
  const h = before[0];
  const [id, status, point] = ["客户编号", "状态", "沟通要点"].map((t) => h.indexOf(t));
  const noteColumn = h.findIndex((t) => String(t).startsWith("说明"));
  expect([id, status, point, noteColumn].every((k) => k >= 0)).toBe(true);
  const ids = before.slice(1).map((r) => String(r[id]));
  // A regular call's customer: a month later its call is another one (another reason and
  // planned-from date). (The first row's customer depends on the owners' order, and a retention
  // call due again keeps its status: 46cf7df.)
  const reasonAt = h.indexOf("回访原因");
  const firstRow = before.findIndex((r, k) => k > 0 && String(r[reasonAt]).startsWith("定期回访"));
  expect(firstRow).toBeGreaterThan(0);
  const first = ids[firstRow - 1];
  const second = ids.find((x) => x !== first)!;
  // Typed as a user does in Excel: a status, a line under our talking point, a note; and one row
  // given the id of a customer the workbook does not have (its customer gone).
  sheet.enter(firstRow, status, "已约下周二拜访");
  const row2 = ids.indexOf(second) + 1;
  sheet.enter(row2, point, `${String(before[row2][point] ?? "")}\n客户要求先发报价单`);
  sheet.enter(row2, noteColumn, "经理已确认");
  const last = before.length - 1;
  sheet.enter(last, id, "GONE-1");
  sheet.enter(last, status, "暂停合作");

  const refreshed = await run(sample.asOf);
  const after: Cell[][] = sheet.toGrid();
  const rowOf = (cid: string) => after.find((r) => r[id] === cid)!;
  // A month later the customer's call has another reason (a retention call), but nothing of the
  // customer's is recorded since (no contact, no purchase): it is still the customer's open call,
  // and the status typed on it is on the customer's first row (tester51 R1), not kept off it.
  expect(rowOf(first)[reasonAt]).not.toBe(before[firstRow][reasonAt]);
  expect(rowOf(first)[status]).toBe("已约下周二拜访");
  // Kept rows: the date blank, the reason saying so (reviewer44 D12); after the planned rows.
  const isOff = (r: Cell[]) => r[0] == null && String(r[reasonAt]).startsWith("已移出计划");
  expect(after.filter((r) => r[id] === first && isOff(r))).toEqual([]);
  expect(String(rowOf(second)[point]).split("\n").at(-1)).toBe("客户要求先发报价单");
  expect(String(rowOf(second)[noteColumn]).split("\n").at(-1)).toBe("经理已确认");
  const kept = after.filter(isOff).map((r) => [r[id], r[status]]);
  expect(kept).toContainEqual(["GONE-1", "暂停合作"]);
  const w = refreshed.analysis.warnings.find((x) => x.code === "typed_notes_off_schedule")!;
  expect(w.message["zh-CN"]).toContain("回访计划中有 1 行你手填的内容");
  // Every other status is ours.
  const typedStatuses = after
    .slice(1)
    .filter((r) => !["已安排", "未安排"].includes(String(r[status])));
  expect(typedStatuses.length).toBe(2);
}, 120_000);
