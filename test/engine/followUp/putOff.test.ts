/**
 * fix64a (reviewer63 R9 rest): a contact's note that puts the customer off to a named time was a
 * refusal for ever (不要打电话。明年三月再联系, Do not call. Try in March: do_not_contact) or ignored
 * (Do not call until March, 别打了，过完年再说, 下周再打: called this month). What the customer
 * said is "not now, then": no call before that time, one from it (hold.ts, as a 下次跟进 date), and
 * the reason quotes the note and its day. A plain refusal stays a refusal. Data after reviewer63 r11
 * (monthly buyers, notes of 2026-11-20, as of 2026-12-06).
 */
import { analyzeWorkbook } from "../../../src/engine/analyze";
import type { Grid } from "../../../src/engine/cells";
import { memorySource } from "../../../src/engine/ingest/memorySource";
import { isoDate, parseIsoDate } from "../../../src/engine/parse/date";
import { defaultRules } from "../../../src/engine/rules";
import { UNSCHEDULED_REASONS } from "../../../src/engine/followUp/labels";
import { holdText } from "../../../src/engine/followUp/hold";
import { FOLLOW_UP_REASONS } from "../../../src/engine/rules/service";

const asOf = parseIsoDate("2026-12-06");
const NOTES: Array<[string, string, string]> = [
  ["D01", "2026-11-20", "不要打电话。明年三月再联系"],
  ["S06", "2026-11-20", "Do not call. Try in March"],
  ["T1", "2026-11-20", "Do not call until March"],
  ["T2", "2026-11-20", "不要打电话，明年3月再联系"],
  ["T3", "2026-11-20", "别打了，过完年再说"],
  ["T4", "2026-11-20", "回老家过年，年后再联系"],
  ["T5", "2026-12-02", "下周再打"],
  ["T6", "2026-12-01", "call back after the holidays"],
  ["T7", "2026-12-01", "busy until 15 Jan"],
  ["S05", "2026-11-20", "客户说不要再打了。下个月再说"],
  ["N1", "2026-11-20", "不要打电话"],
  ["N2", "2026-11-20", "客户说三月份新店开业"],
  // reviewer64 H9 (T-note-times P13, T2-note-times Q10): a month with what was done then.
  ["P13", "2026-11-25", "11月已联系，客户说考虑一下"],
  ["Q10", "2026-11-25", "上次是3月联系的，客户说再考虑"],
];
const ids = NOTES.map(([id]) => id);
const customers: Grid = [["客户编号", "客户名称", "电话", "负责人"]];
const sales: Grid = [["客户编号", "交易日期", "金额"]];
for (const [k, id] of ids.entries()) {
  customers.push([id, `客户${id}`, `1380000${String(k).padStart(4, "0")}`, "李经理"]);
  // Monthly, 3,000 each, the last on 2026-10-17: seven weeks quiet, owed a call.
  for (let m = 5; m <= 10; m++) sales.push([id, `2026-${String(m).padStart(2, "0")}-17`, 3000]);
}
const contacts: Grid = [
  ["客户编号", "日期", "方式", "结果", "备注"],
  ...NOTES.map(([id, day, note]) => [id, day, "电话", "已接通", note]),
  // D01 was reached once more, with nothing noted: that says nothing against her March.
  ["D01", "2026-12-01", "电话", "已接通", ""],
];

const run = async () => {
  const a = await analyzeWorkbook(
    memorySource({ 客户: customers, 交易: sales, 跟进记录: contacts }),
    { rules: defaultRules(), asOf },
  );
  const id = (c: number) => a.dataset.customers.id[c];
  const calls: Record<string, string[]> = Object.fromEntries(ids.map((i) => [i, []]));
  const f = a.schedule.followUps;
  for (let i = 0; i < f.count; i++) calls[id(f.customer[i])].push(isoDate(f.day[i]));
  const listed: Record<string, string> = {};
  const u = a.schedule.unscheduled;
  for (let i = 0; i < u.count; i++) {
    const why = UNSCHEDULED_REASONS[u.why[i]];
    listed[id(u.customer[i])] = `${why} ${isoDate(u.due[i])}`;
  }
  const index = (c: string) => ids.indexOf(c);
  return { a, calls, listed, index };
};

test("a refusal naming a later time is a hold until it, not a refusal for ever", async () => {
  const { calls, listed } = await run();
  for (const c of ["D01", "S06", "T1", "T2"]) {
    expect([c, calls[c]]).toEqual([c, []]);
    expect([c, listed[c]]).toEqual([c, "next_contact_agreed 2027-03-01"]);
  }
  for (const c of ["T3", "T4"]) {
    expect([c, calls[c]]).toEqual([c, []]);
    expect([c, listed[c]]).toEqual([c, "next_contact_agreed 2027-02-13"]);
  }
  expect(listed.T7).toBe("next_contact_agreed 2027-01-15");
});

test("a time within the plan: no call before it, the first on its first working day", async () => {
  const { calls } = await run();
  // 下周 of Wednesday 2026-12-02: Monday 12-07.
  expect(calls.T5[0]).toBe("2026-12-07");
  // After the holidays (noted 12-01): 2027-01-02 is a Saturday; nothing before it.
  expect(calls.T6).toEqual(["2027-01-04"]);
});

test("a time already come is no hold: she is called; a plain refusal stays a refusal", async () => {
  const { calls, listed } = await run();
  // 下个月 of 11-20 is December: the time has come by 12-06.
  expect(calls.S05.length).toBeGreaterThan(0);
  expect(listed.N1).toMatch(/^do_not_contact/);
  // A month named, not as when to call: no hold.
  expect(calls.N2.length).toBeGreaterThan(0);
});

test("a month followed by what was done (已联系, 联系的) holds nobody (reviewer64 H9)", async () => {
  const { calls, listed } = await run();
  for (const c of ["P13", "Q10"]) {
    expect([c, listed[c]]).toEqual([c, undefined]);
    expect([c, calls[c].length > 0]).toEqual([c, true]);
  }
});

test("the reason quotes the time, the note's day and the note, in both languages", async () => {
  const { a, index } = await run();
  const holds = a.schedule.holds;
  expect(holdText(holds, index("D01"), "zh-CN")).toBe(
    "客户说 2027 年3月再联系（备注 2026-11-20）：不要打电话。明年三月再联系",
  );
  expect(holdText(holds, index("S06"), "en-US")).toBe(
    "Asked to be called in Mar 2027 (note of 2026-11-20): Do not call. Try in March",
  );
  expect(holdText(holds, index("T3"), "zh-CN", false)).toBe(
    "客户说 2027-02-13 起再联系（备注 2026-11-20）",
  );
  expect(holdText(holds, index("T7"), "en-US", false)).toBe(
    "Asked to be called from 2027-01-15 (note of 2026-12-01)",
  );
});

test("an open complaint is still followed up now when the note says 三月再联系 (reviewer64 M2)", async () => {
  // reviewer64 T3-complaints P05: complaint of 11-24 still open, an answered call of 11-25 noted
  // 三月再联系. Held to March, she had no contact at all while her complaint stayed open.
  const a = await analyzeWorkbook(
    memorySource({
      客户: [customers[0], customers[1]],
      交易: sales.filter((r, i) => i === 0 || r[0] === "D01"),
      跟进记录: [contacts[0], ["D01", "2026-11-25", "电话", "已接通", "三月再联系"]],
      投诉: [
        ["客户编号", "投诉时间", "投诉原因", "处理状态"],
        ["D01", "2026-11-24", "服务态度差", "未处理"],
      ],
    }),
    { rules: defaultRules(), asOf },
  );
  const f = a.schedule.followUps;
  const contacted = Array.from({ length: f.count }, (_, i) => [
    isoDate(f.day[i]),
    FOLLOW_UP_REASONS.filter((_r, r) => (f.reasons[i] & (1 << r)) !== 0).join("+"),
  ]);
  expect(contacted).toEqual([["2026-12-07", "complaint_follow_up"]]);
  const u = a.schedule.unscheduled;
  const listed = Array.from({ length: u.count }, (_, i) => UNSCHEDULED_REASONS[u.why[i]]);
  expect(listed).toContain("next_contact_agreed");
});
