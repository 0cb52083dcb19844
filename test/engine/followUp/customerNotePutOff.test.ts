/**
 * fix65b (tester64 U185): a car wash member, 卡状态 冻结, 备注 "出国半年，停卡到2027年3月1日", was
 * called on 12-07 "to ask when he resumes", 19 days overdue: the note already said when. A time the
 * Customers sheet's note (备注) names holds her until then (hold.ts customerNoteTimes, read on the
 * analysis date: the note has no day of its own), where it says when to contact her again
 * (明年3月再联系) or, her status or note saying a pause, when the pause ends (停卡到…). A date after
 * 到 alone in any other note (会员有效期到2027年5月) says how long a card is good for: no hold. Data
 * after tester64's wash workbook (洁亮会员台账.xlsx, 会员档案 JL003), as of 2026-12-06.
 */
import { analyzeWorkbook } from "../../../src/engine/analyze";
import type { Grid } from "../../../src/engine/cells";
import { memorySource } from "../../../src/engine/ingest/memorySource";
import { isoDate, parseIsoDate } from "../../../src/engine/parse/date";
import { defaultRules } from "../../../src/engine/rules";
import { UNSCHEDULED_REASONS } from "../../../src/engine/followUp/labels";
import { holdText } from "../../../src/engine/followUp/hold";

const asOf = parseIsoDate("2026-12-06");
// [ID, status, note]
const MEMBERS: Array<[string, string, string]> = [
  ["JL003", "冻结", "出国半年，停卡到2027年3月1日"],
  ["E1", "Frozen", "Abroad, card frozen until March 1"],
  ["N1", "正常", "不要打电话。明年三月再联系"],
  ["N2", "正常", "明年3月再联系"],
  ["V1", "正常", "会员有效期到2027年5月"],
  ["P1", "冻结", "出国了"],
  // reviewer65 H9 (CN1-customers-note-times.xlsx, gen_cnote.py): a pause the note says is over.
  ["O1", "正常", "去年停卡到3月，现在正常"],
  ["O2", "正常", "暂停过一次（3月到5月），现在每周都来"],
  ["O3", "正常", "之前冻结到11月底，现在恢复了"],
  ["O4", "Active", "Paused until March last year, back to weekly now"],
  ["O5", "正常", "上次停卡到10月1日，已恢复"],
  ["Y1", "正常", "停卡到2027年3月1日"],
  // reviewer65 M6 (CN1 A08): the same put-off as N2, but she still buys every 20 days.
  ["R1", "正常", "明年3月再联系"],
  // tester66 U236 (repro/u236-customers.csv): a client off for the season, the pause and its end in
  // the note, while the status says nothing; still within three of her gaps (R1's rhythm).
  ["S1", "正常", "Cancelled for the season (knee surgery) - back next May"],
  ["S2", "正常", "暂停到明年5月"],
];
const ids = MEMBERS.map(([id]) => id);
const customers: Grid = [["会员卡号", "姓名", "手机", "卡状态", "备注"]];
const sales: Grid = [["会员卡号", "日期", "金额"]];
for (const [k, [id, status, note]] of MEMBERS.entries()) {
  customers.push([id, `会员${id}`, `1380000${String(k).padStart(4, "0")}`, status, note]);
  // A 60 wash every two weeks until 2026-08-20 (JL003's rhythm): 108 days quiet.
  if (id === "R1" || id === "S1" || id === "S2")
    for (let d = parseIsoDate("2026-01-10"); d <= parseIsoDate("2026-11-25"); d += 20)
      sales.push([id, isoDate(d), 300]);
  else
    for (let d = parseIsoDate("2025-04-03"); d <= parseIsoDate("2026-08-20"); d += 14)
      sales.push([id, isoDate(d), 60]);
}

const run = async () => {
  const a = await analyzeWorkbook(memorySource({ 会员档案: customers, 消费记录: sales }), {
    rules: defaultRules(),
    asOf,
  });
  const id = (c: number) => a.dataset.customers.id[c];
  const calls: Record<string, string[]> = Object.fromEntries(ids.map((i) => [i, []]));
  const f = a.schedule.followUps;
  for (let i = 0; i < f.count; i++) calls[id(f.customer[i])].push(isoDate(f.day[i]));
  const listed: Record<string, string> = {};
  const u = a.schedule.unscheduled;
  for (let i = 0; i < u.count; i++)
    listed[id(u.customer[i])] = `${UNSCHEDULED_REASONS[u.why[i]]} ${isoDate(u.due[i])}`;
  return { a, calls, listed, index: (c: string) => ids.indexOf(c) };
};

test("a frozen card held to the day its note names: no call before it", async () => {
  const { calls, listed } = await run();
  for (const c of ["JL003", "E1"]) {
    expect([c, calls[c]]).toEqual([c, []]);
    expect([c, listed[c]]).toEqual([c, "next_contact_agreed 2027-03-01"]);
  }
  // Frozen with no day said: the regular contact to ask, as before.
  expect(calls.P1.length).toBeGreaterThan(0);
});

test("a Customers note naming when to call again holds her; a card's validity does not", async () => {
  const { calls, listed } = await run();
  for (const c of ["N1", "N2"]) {
    expect([c, calls[c]]).toEqual([c, []]);
    expect([c, listed[c]]).toEqual([c, "next_contact_agreed 2027-03-01"]);
  }
  expect(calls.V1.length).toBeGreaterThan(0);
});

test("the reason says the pause, its end and the note, in both languages", async () => {
  const { a, index } = await run();
  const holds = a.schedule.holds;
  expect(holdText(holds, index("JL003"), "zh-CN")).toBe(
    "客户状态为“冻结”，至 2027-03-01（客户资料备注：出国半年，停卡到2027年3月1日）：届时联系（不安排挽留联系）",
  );
  expect(holdText(holds, index("E1"), "en-US")).toBe(
    "Customer status “Frozen” until 2027-03-01 (customer note: Abroad, card frozen until March 1): contact then (no retention call)",
  );
  expect(holdText(holds, index("N1"), "zh-CN")).toBe(
    "客户资料备注：2027 年3月 起再联系（“不要打电话。明年三月再联系”）",
  );
  expect(holdText(holds, index("N2"), "en-US", false)).toBe("Customer note: contact from Mar 2027");
});

test("a pause the note says is over, or a month with no year while the status says none, holds nobody (reviewer65 H9)", async () => {
  const { calls, listed } = await run();
  for (const c of ["O1", "O2", "O3", "O4", "O5"]) {
    expect([c, listed[c]]).toEqual([c, undefined]);
    expect([c, calls[c].length > 0]).toEqual([c, true]);
  }
  // A pause's end with its year stands, whatever the status says.
  expect([calls.Y1, listed.Y1]).toEqual([[], "next_contact_agreed 2027-03-01"]);
});

test("an undated put-off holds no regular still buying on her rhythm (reviewer65 M6)", async () => {
  const { calls, listed } = await run();
  expect([listed.R1, calls.R1.length > 0]).toEqual([undefined, true]);
  // Quiet since August (N2): still held to March.
  expect(listed.N2).toBe("next_contact_agreed 2027-03-01");
});

test("a note saying a pause for the season and when it ends holds her, still on her rhythm (tester66 U236)", async () => {
  const { calls, listed } = await run();
  expect([calls.S1, listed.S1]).toEqual([[], "next_contact_agreed 2027-05-01"]);
  // 明年 is the year of the month after it, as 2027 is.
  expect([calls.S2, listed.S2]).toEqual([[], "next_contact_agreed 2027-05-01"]);
});
