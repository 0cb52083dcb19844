/**
 * newuser70 N6 (/work/notes/stop70/newuser70/wb/a3.py, a3_until.xlsx): a pause whose end is written
 * in the status itself (冻结到2026-12-31, 冻结至2026-12-20) held the customer but planned no call on
 * the end day (as of 12-07 no follow-up in the 30 days), while the same date in 备注 (状态 冻结, 备注
 * 停卡到2026-12-31) got one on 12-31, "客户状态为“冻结”，至 2026-12-31…：届时联系". One reading of a
 * pause's end for both (hold.ts customerNoteTimes). Weekly 300 buyers to 2026-10-26, as of 2026-12-07.
 */
import { analyzeWorkbook } from "../../../src/engine/analyze";
import type { Grid } from "../../../src/engine/cells";
import { memorySource } from "../../../src/engine/ingest/memorySource";
import { isoDate, parseIsoDate } from "../../../src/engine/parse/date";
import { defaultRules } from "../../../src/engine/rules";
import { holdText } from "../../../src/engine/followUp/hold";

const asOf = parseIsoDate("2026-12-07");
// [ID, status, note]
const ROWS: Array<[string, string, string]> = [
  ["Q0", "冻结到2026-12-31", ""],
  ["Q1", "冻结", "停卡到2026-12-31"],
  ["Q2", "冻结至2026-12-20", ""],
  ["E0", "On hold until 2026-12-28", ""],
  // A pause's beginning is no end: the regular contact to ask, as before.
  ["S0", "2026-11-20冻结", ""],
];

const run = async (withNote: boolean) => {
  const customers: Grid = [["客户编号", "客户名称", "电话", "状态", ...(withNote ? ["备注"] : [])]];
  const sales: Grid = [["客户编号", "日期", "金额"]];
  for (const [k, [id, status, note]] of ROWS.entries()) {
    if (!withNote && note) continue;
    const phone = `1380000${String(k).padStart(4, "0")}`;
    customers.push([id, `到期${id}`, phone, status, ...(withNote ? [note] : [])]);
    for (let d = parseIsoDate("2025-06-02"); d <= parseIsoDate("2026-10-26"); d += 7)
      sales.push([id, isoDate(d), 300]);
  }
  // Steady weekly buyers beside them.
  for (let k = 0; k < 8; k++) {
    customers.push([`F${k}`, `客户F${k}`, `1390000${k}`, "正常", ...(withNote ? [""] : [])]);
    for (let d = parseIsoDate("2025-06-02") + k; d <= parseIsoDate("2026-12-05"); d += 7)
      sales.push([`F${k}`, isoDate(d), 200]);
  }
  const a = await analyzeWorkbook(memorySource({ 客户: customers, 订单: sales }), {
    rules: defaultRules(),
    asOf,
  });
  const calls: Record<string, string[]> = {};
  const f = a.schedule.followUps;
  for (let i = 0; i < f.count; i++) {
    const id = a.dataset.customers.id[f.customer[i]];
    (calls[id] ??= []).push(isoDate(f.day[i]));
  }
  const at = (id: string) => a.dataset.customers.id.indexOf(id);
  return { a, calls, at };
};

test("a pause's end in the status plans the call on that day, as the same end in the note", async () => {
  const { calls } = await run(true);
  expect(calls.Q1).toEqual(["2026-12-31"]);
  expect(calls.Q0).toEqual(["2026-12-31"]);
  // 2026-12-20 is a Sunday: the next working day.
  expect(calls.Q2[0]).toBe("2026-12-21");
  expect(calls.E0).toEqual(["2026-12-28"]);
  expect(calls.S0?.[0]).not.toBe("2026-11-20");
});

test("with no note column too, and the reason says the status, zh and en", async () => {
  const { a, calls, at } = await run(false);
  expect(calls.Q0).toEqual(["2026-12-31"]);
  const holds = a.schedule.holds;
  expect(holdText(holds, at("Q0"), "zh-CN")).toBe(
    "客户状态为“冻结到2026-12-31”：2026-12-31 联系（不安排挽留联系）",
  );
  expect(holdText(holds, at("E0"), "en-US")).toBe(
    "Customer status “On hold until 2026-12-28”: contact on 2026-12-28 (no retention call)",
  );
});
