/**
 * speed66 (the stop-65 read-back): the schedule's holds (hold.ts holdsOf) and its refusals
 * (doNotContact.ts doNotContactOf) read the same notes for the time they put a customer off to:
 * every contact note went through noteTime.ts putOffTime twice a run, and customerNoteTimes read
 * every Customers note twice. Now the schedule reads them once (hold.ts noteTimesOf) and passes the
 * times to both; what they decide is unchanged (customerNotePutOff, doNotContact, hold tests).
 */
import { analyzeWorkbook } from "../../../src/engine/analyze";
import type { Grid } from "../../../src/engine/cells";
import { memorySource } from "../../../src/engine/ingest/memorySource";
import * as noteTime from "../../../src/engine/noteTime";
import { isoDate, parseIsoDate } from "../../../src/engine/parse/date";
import { defaultRules } from "../../../src/engine/rules";

const asOf = parseIsoDate("2026-12-06");
const customers: Grid = [["会员卡号", "姓名", "手机", "卡状态", "备注"]];
const sales: Grid = [["会员卡号", "日期", "金额"]];
const contacts: Grid = [["会员卡号", "日期", "方式", "内容"]];
const NOTES: Array<[string, string, string]> = [
  // [Customers note, status, the contact note of 2026-11-20]
  ["出国半年，停卡到2027年3月1日", "冻结", "客户说明年三月再联系"],
  ["明年3月再联系", "正常", "不要打电话。明年三月再联系"],
  ["会员有效期到2027年5月", "正常", "Busy until Jan 15, call back then"],
  ["", "正常", "不要再联系了"],
  ["", "正常", "已联系，客户很满意"],
];
for (const [k, [note, status, said]] of NOTES.entries()) {
  const id = `M${k}`;
  customers.push([id, `会员${id}`, `1380000${String(k).padStart(4, "0")}`, status, note]);
  for (let d = parseIsoDate("2025-04-03"); d <= parseIsoDate("2026-08-20"); d += 14)
    sales.push([id, isoDate(d), 60]);
  contacts.push([id, "2026-11-20", "电话", said]);
}

test("each note is read for its time once a run, not by the holds and the refusals each", async () => {
  const put = jest.spyOn(noteTime, "putOffTime");
  try {
    const a = await analyzeWorkbook(
      memorySource({ 会员档案: customers, 消费记录: sales, 联系记录: contacts }),
      { rules: defaultRules(), asOf },
    );
    // Not vacuous: the notes were read, and they hold and refuse as before.
    expect(a.schedule.unscheduled.count).toBeGreaterThan(0);
    const calls = put.mock.calls.map(([text, from, until]) => `${text}|${from}|${until}`);
    expect(calls.length).toBeGreaterThan(0);
    const times = new Map<string, number>();
    for (const c of calls) times.set(c, (times.get(c) ?? 0) + 1);
    // Before: each 2 (the contact notes 5 × 2, the Customers notes' reads 2 × each).
    expect([...times.values()].filter((x) => x > 1)).toEqual([]);
  } finally {
    put.mockRestore();
  }
});
