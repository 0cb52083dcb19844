/**
 * fix64b: a contact note saying a death in the customer's family or of her pet (她母亲去世了, 狗狗去世了,
 * her husband passed away, 家里老人走了) was read as nothing: the customer got a win-back call and
 * regular sales calls the next week. Now no sales or retention contact for the rule's
 * followUp.bereavementPauseDays (30) after the note, then one contact, said on the row (家中有丧事，暂停联系至
 * … / Bereavement: no contact until …); a complaint follow-up still goes.
 */
import { analyzeWorkbook, type Analysis } from "../../../src/engine/analyze";
import type { Grid } from "../../../src/engine/cells";
import { holdText } from "../../../src/engine/followUp/hold";
import { mourns, noteSaysLeft } from "../../../src/engine/ingest/contactOutcome";
import { memorySource } from "../../../src/engine/ingest/memorySource";
import { isoDate, parseIsoDate } from "../../../src/engine/parse/date";
import { defaultRules } from "../../../src/engine/rules";
import { FOLLOW_UP_REASONS } from "../../../src/engine/rules/service";

const asOf = parseIsoDate("2026-12-06");

describe("mourns: a death in the customer's family or of her pet", () => {
  test.each([
    "她母亲去世了",
    "狗狗去世了",
    "Her husband passed away",
    "家里老人走了",
    "客户说她父亲上周过世了",
    "Her mother passed away last month",
  ])("%s: a bereavement, not her leaving", (note) => {
    expect(mourns(note)).toBe(true);
    expect(noteSaysLeft(note)).toBe(false);
  });
  test.each([
    "客户已去世",
    "Passed away",
    "Phone died mid-call, call back",
    "没有人去世",
    "客户说最近很忙",
    "",
  ])("%s: none", (note) => expect(mourns(note)).toBe(false));
});

/** Monthly buyers who stopped in August (each owed a win-back), with contact notes. */
async function run(en: boolean, pauseDays?: number): Promise<Analysis> {
  const ids = ["B1", "B2", "B3", "B4"];
  const customers: Grid = [
    en ? ["Customer ID", "Phone"] : ["客户编号", "手机"],
    ...ids.map((id, i) => [id, `1380000000${i}`]),
  ];
  const sales: Grid = [en ? ["Customer ID", "Date", "Amount"] : ["客户编号", "日期", "金额"]];
  for (const id of ids)
    for (let m = 1; m <= 8; m++) sales.push([id, `2026-${String(m).padStart(2, "0")}-01`, 500]);
  const contacts: Grid = [
    en ? ["Customer ID", "Date", "Note"] : ["客户编号", "日期", "内容"],
    ["B1", "2026-12-01", en ? "Her husband passed away" : "她母亲去世了"],
    // The control: a plain note on the same day.
    ["B2", "2026-12-01", en ? "Busy this month" : "客户说最近很忙"],
    // 66 days ago: the pause is over.
    ["B3", "2026-10-01", en ? "Her husband passed away" : "她母亲去世了"],
    ["B4", "2026-12-01", en ? "Her husband passed away" : "她母亲去世了"],
  ];
  const complaints: Grid = [
    en
      ? ["Customer ID", "Received", "Cause", "Status"]
      : ["客户编号", "投诉时间", "投诉原因", "处理状态"],
    ["B4", "2026-12-04", en ? "Damaged delivery" : "送货损坏", en ? "Open" : "未处理"],
  ];
  const rules = defaultRules();
  if (pauseDays !== undefined) rules.followUp.bereavementPauseDays = pauseDays;
  return analyzeWorkbook(
    memorySource(
      en
        ? { Customers: customers, Transactions: sales, Contacts: contacts, Complaints: complaints }
        : { 客户: customers, 交易: sales, 回访记录: contacts, 投诉: complaints },
    ),
    { rules, asOf },
  );
}

/** Customer `id`'s planned contacts: [date, reason codes]. */
function plannedOf(a: Analysis, id: string): [string, string[]][] {
  const c = a.dataset.customers.id.indexOf(id);
  const f = a.schedule.followUps;
  const out: [string, string[]][] = [];
  for (let i = 0; i < f.count; i++)
    if (f.customer[i] === c)
      out.push([
        isoDate(f.day[i]),
        FOLLOW_UP_REASONS.filter((_, r) => (f.reasons[i] & (1 << r)) !== 0),
      ]);
  return out;
}

test.each([false, true])(
  "no sales or retention contact for 30 days after the note, then one; a complaint still goes (English: %s)",
  async (en) => {
    const a = await run(en);
    const lang = en ? "en-US" : "zh-CN";
    // Before: B1 win_back + regular contacts from 12-07.
    expect(plannedOf(a, "B1")).toEqual([["2026-12-31", ["cadence"]]]);
    const c = a.dataset.customers.id.indexOf("B1");
    expect(holdText(a.schedule.holds, c, lang)).toBe(
      en
        ? "Bereavement: no contact until 2026-12-31 (“Her husband passed away”)"
        : "家中有丧事，暂停联系至 2026-12-31（“她母亲去世了”）",
    );
    // The control and the pause that is over: contacts before 12-31.
    for (const id of ["B2", "B3"]) expect(plannedOf(a, id)[0][0] < "2026-12-31").toBe(true);
    // The open complaint is followed up in the pause; nothing else before 12-31.
    const b4 = plannedOf(a, "B4");
    const early = b4.filter(([d]) => d < "2026-12-31");
    expect(early.length).toBeGreaterThan(0);
    for (const [, reasons] of early) expect(reasons).toEqual(["complaint_follow_up"]);
  },
);

test("bereavementPauseDays 0: no pause", async () => {
  const a = await run(false, 0);
  expect(plannedOf(a, "B1")[0][0] < "2026-12-31").toBe(true);
});
