/**
 * Tester55 U4 and U8, on a small workbook modelled on her wine importer's (tester55 s1/mk.py):
 * - U4: SH-R003, closed for renovation (客户资料 状态 装修暂停; 跟进记录 10-05 内容 `装修中，1月重新开业后
 *   再订`, 下次跟进 2027-01-05), was planned an urgent 挽留联系 three weeks running: none of 状态, 内容
 *   and 下次跟进 was read. A next contact the user agreed holds the customer's calls until then (one
 *   contact on that day, its reason quoting the note); a pause word in the status holds off the
 *   urgent call; the talking point quotes the last note.
 * - U8: a call recorded as 未接通 lowered SH-R012's churn probability 87 % → 73 %: a call that did
 *   not get through is no contact (an attempt, said so in the talking point).
 */
import { analyzeWorkbook, type Analysis } from "../../../src/engine/analyze";
import type { Grid } from "../../../src/engine/cells";
import { memorySource } from "../../../src/engine/ingest/memorySource";
import {
  mentionsNotReached,
  saysNotReached,
  saysPaused,
  withoutRoutine,
} from "../../../src/engine/ingest/contactOutcome";
import { UNSCHEDULED_REASONS } from "../../../src/engine/followUp/labels";
import { epochDay, isoDate, parseIsoDate } from "../../../src/engine/parse/date";
import { analysisTables } from "../../../src/engine/report/tabs";
import { defaultRules } from "../../../src/engine/rules";
import { FOLLOW_UP_PRIORITIES, FOLLOW_UP_REASONS } from "../../../src/engine/rules/service";

const AS_OF = "2026-11-30";
const asOf = parseIsoDate(AS_OF);

/** Dates every `every` days back from `last`, `n` of them (oldest first). */
function every(last: string, days: number, n: number): string[] {
  const end = parseIsoDate(last);
  return Array.from({ length: n }, (_, i) => isoDate(end - (n - 1 - i) * days));
}

// Who buys when: regulars on rhythm, and the customers the findings are about.
const BUYING: [id: string, name: string, dates: string[], amount: number][] = [
  ["SH-R001", "外滩华庭酒店", every("2026-11-27", 7, 60), 18000],
  // At risk: biweekly, silent 73 days (the control: an urgent retention call).
  ["SH-R002", "梧桐法餐厅", every("2026-09-18", 14, 20), 6500],
  // Closed for renovation until January, a next contact agreed for 2027-01-05 (past the horizon).
  ["SH-R003", "蓝调酒吧", every("2026-09-28", 14, 20), 4000],
  ["SH-R004", "老码头意大利餐厅", every("2026-11-24", 14, 25), 9000],
  // Every ~60 days, 53 days since: the call recorded 未接通 on 11-25 (U8).
  ["SH-R012", "虹桥商务会所", every("2026-10-08", 60, 6), 15000],
  // Like SH-R003, but the agreed date is within the horizon (2026-12-10).
  ["SH-R013", "复兴中路小馆13", every("2026-09-25", 14, 20), 4200],
  // 状态 暂停营业 and no date agreed: a regular check-in, no urgent call.
  ["SH-R014", "巨鹿路会所14", every("2026-09-20", 14, 20), 3800],
  ["SH-R015", "愚园路酒廊15", every("2026-11-20", 21, 15), 5000],
  ["SH-R016", "武康路Bistro16", every("2026-11-16", 30, 12), 7000],
  ["SH-R017", "长乐路餐厅17", every("2026-11-25", 10, 30), 3000],
];

const STATUS: Record<string, string> = { "SH-R003": "装修暂停", "SH-R014": "暂停营业" };

function customers(): Grid {
  return [
    ["客户代码", "餐厅名称", "负责人", "电话", "状态", "备注"],
    ...BUYING.map(([id, name], k): (string | number)[] => [
      id,
      name,
      ["陈姐", "刘洋", "孙婷"][k % 3],
      `1380000${String(k).padStart(4, "0")}`,
      STATUS[id] ?? "正常",
      id === "SH-R003" ? "装修中，预计2027年1月重新开业" : "",
    ]),
  ];
}

function sales(): Grid {
  const rows: Grid = [["日期", "单号", "客户代码", "金额"]];
  let k = 0;
  for (const [id, , dates, amount] of BUYING)
    for (const d of dates) if (parseIsoDate(d) <= asOf) rows.push([d, `XS${++k}`, id, amount]);
  return rows;
}

type Contact = [date: string, id: string, channel: string, note: string, next: string];
const CONTACTS: Contact[] = [
  ["2026-06-04", "SH-R012", "电话", "例行回访", ""],
  ["2026-10-30", "SH-R002", "拜访", "新经理上任，酒单重做，说下月再谈", "2026-11-30"],
  ["2026-10-05", "SH-R003", "电话", "装修中，1月重新开业后再订", "2027-01-05"],
  ["2026-10-08", "SH-R013", "电话", "老板出国，12月10日回来再谈", "2026-12-10"],
  ["2026-08-01", "SH-R014", "微信", "例行回访", ""],
];

function contacts(extra: Contact[] = []): Grid {
  return [
    ["日期", "客户代码", "方式", "内容", "跟进人", "下次跟进"],
    ...[...CONTACTS, ...extra].map(([date, id, channel, note, next]) => [
      date,
      id,
      channel,
      note,
      "陈姐",
      next,
    ]),
  ];
}

async function run(extra: Contact[] = []): Promise<Analysis> {
  return analyzeWorkbook(
    memorySource({ 客户资料: customers(), 销售明细: sales(), 跟进记录: contacts(extra) }),
    { rules: defaultRules(), asOf },
  );
}

/** Customer `id`'s planned contacts ("reason date priority") and unscheduled ones. */
function callsOf(a: Analysis, id: string): { planned: string[]; unscheduled: string[] } {
  const c = a.dataset.customers.id.indexOf(id);
  const { followUps: f, unscheduled: u } = a.schedule;
  const planned: string[] = [];
  for (let i = 0; i < f.count; i++)
    if (f.customer[i] === c)
      planned.push(
        `${FOLLOW_UP_REASONS[f.reason[i]]} ${isoDate(f.day[i])} ${FOLLOW_UP_PRIORITIES[f.priority[i]]}`,
      );
  const unscheduled: string[] = [];
  for (let i = 0; i < u.count; i++)
    if (u.customer[i] === c)
      unscheduled.push(
        `${FOLLOW_UP_REASONS[u.reason[i]]} ${UNSCHEDULED_REASONS[u.why[i]]} due ${isoDate(u.due[i])}`,
      );
  return { planned, unscheduled };
}

/** The schedule tab's rows of customer `id`: [reason, talking point]. */
function scheduleRows(a: Analysis, id: string, lang: "zh-CN" | "en-US"): string[][] {
  const t = analysisTables(a, lang, { at: asOf, durationSeconds: 1, source: "cli" }).find(
    (x) => x.tab === "followUps",
  )!;
  return t
    .rows(0, t.rowCount)
    .filter((r) => r[2] === id)
    .map((r) => [String(r[5]), String(r[6])]);
}

describe("what the user wrote about a contact acts on the plan (tester55 U4, U8)", () => {
  let a: Analysis;
  beforeAll(async () => {
    a = await run();
  });

  test("the contacts sheet's 内容 and 下次跟进 and the customers sheet's 状态 are read", () => {
    expect(a.dataset.sources.contacts?.columns).toMatchObject({
      note: "内容",
      nextContact: "下次跟进",
    });
    expect(a.dataset.sources.contacts?.unmappedHeaders).toEqual([]);
    expect(a.dataset.sources.customers?.columns).toMatchObject({ status: "状态" });
  });

  test("SH-R002 (no agreement after today) still gets its urgent retention call", () => {
    expect(callsOf(a, "SH-R002").planned[0]).toMatch(/^win_back 2026-11-30 urgent$/);
  });

  test("SH-R003: agreed 2027-01-05, past the horizon: no call before it, listed with the note", () => {
    const calls = callsOf(a, "SH-R003");
    expect(calls.planned).toEqual([]);
    expect(calls.unscheduled).toEqual(["cadence next_contact_agreed due 2027-01-05"]);
    const [reason, point] = scheduleRows(a, "SH-R003", "zh-CN")[0];
    expect(reason).toBe("按约定 2027-01-05 再联系：装修中，1月重新开业后再订");
    expect(point).toContain("未安排：已约定下次联系日期：在本计划期之后");
    expect(point).toContain("上次联系：2026-10-05，电话，陈姐；记录：装修中，1月重新开业后再订");
    const [reasonEn] = scheduleRows(a, "SH-R003", "en-US")[0];
    expect(reasonEn).toBe("As agreed, contact again on 2027-01-05: 装修中，1月重新开业后再订");
  });

  // reviewer56 R9: a later call that reached the customer (已重新开业) kept the hold to 2027-01-05
  // and quoted the old note; one that did not get through does not end it.
  test("SH-R003: a later contact that reached the customer ends the agreement; an unanswered one does not", async () => {
    const reached = await run([["2026-11-20", "SH-R003", "电话", "已重新开业，下周订货", ""]]);
    expect(callsOf(reached, "SH-R003").unscheduled).not.toContain(
      "cadence next_contact_agreed due 2027-01-05",
    );
    // Still 装修暂停 on 客户资料: its regular contact is 90 days from that call, past this plan
    // (contacts56: a paused customer at the longest interval), so no row quotes the old note.
    expect(scheduleRows(reached, "SH-R003", "zh-CN").map((r) => r[0])).toEqual([]);
    expect(callsOf(reached, "SH-R003")).toEqual({ planned: [], unscheduled: [] });
    const tried = await run([["2026-11-20", "SH-R003", "电话", "未接通", ""]]);
    expect(callsOf(tried, "SH-R003").unscheduled).toEqual([
      "cadence next_contact_agreed due 2027-01-05",
    ]);
  });

  test("SH-R013: agreed 2026-12-10, within the horizon: one contact on that day, none before", () => {
    const calls = callsOf(a, "SH-R013");
    expect(calls.planned[0]).toMatch(/^cadence 2026-12-10 /);
    expect(calls.planned.every((p) => p.split(" ")[1] >= "2026-12-10")).toBe(true);
    expect(calls.planned.some((p) => p.startsWith("win_back"))).toBe(false);
    expect(scheduleRows(a, "SH-R013", "zh-CN")[0][0]).toBe(
      "按约定 2026-12-10 再联系：老板出国，12月10日回来再谈",
    );
  });

  test("SH-R014: 状态 暂停营业, no date agreed: its regular contact says so, no urgent call", () => {
    const calls = callsOf(a, "SH-R014");
    expect(calls.planned.length).toBeGreaterThan(0);
    expect(calls.planned.some((p) => p.endsWith(" urgent"))).toBe(false);
    expect(calls.planned.every((p) => p.startsWith("cadence "))).toBe(true);
    expect(scheduleRows(a, "SH-R014", "zh-CN")[0][0]).toBe(
      "客户状态为“暂停营业”：定期联系，了解何时恢复（不安排挽留联系）",
    );
    // At the longest tier's interval (90 days from its last purchase 09-20), not its own tier's
    // every 14 days (contacts56): one contact in the 30-day plan, in its last weeks.
    expect(calls.planned).toHaveLength(1);
    expect(calls.planned[0].split(" ")[1] >= "2026-12-15").toBe(true);
  });

  test("U8: a call recorded 未接通 changes no churn probability; a call that got through does", async () => {
    const c = a.dataset.customers.id.indexOf("SH-R012");
    const before = a.classification.analysis.churnProbability[c];
    const tried = await run([["2026-11-25", "SH-R012", "电话", "未接通", ""]]);
    expect(tried.classification.analysis.churnProbability[c]).toBe(before);
    expect(callsOf(tried, "SH-R012")).toEqual(callsOf(a, "SH-R012"));
    const reached = await run([["2026-11-25", "SH-R012", "电话", "已沟通，下月订货", ""]]);
    expect(reached.classification.analysis.churnProbability[c]).not.toBe(before);
    // The talking point says the call was tried, then the last contact that got through.
    const point = scheduleRows(tried, "SH-R012", "zh-CN")[0][1];
    // Its note 例行回访 says nothing: not quoted (contacts56: on every talking point).
    expect(point).toContain(
      "上次联系（未接通）：2026-11-25，电话，陈姐；上次联系：2026-06-04，电话，陈姐",
    );
    expect(point).not.toContain("例行回访");
  });

  test("an outcome column says it too (结果 无人接听 under a note that does not)", async () => {
    const grid = contacts([["2026-11-25", "SH-R012", "电话", "想问新酒单", ""]]);
    grid[0] = [...grid[0], "结果"];
    grid[grid.length - 1] = [...grid[grid.length - 1], "无人接听"];
    const b = await analyzeWorkbook(
      memorySource({ 客户资料: customers(), 销售明细: sales(), 跟进记录: grid }),
      { rules: defaultRules(), asOf },
    );
    const c = b.dataset.customers.id.indexOf("SH-R012");
    expect(b.dataset.sources.contacts?.columns).toMatchObject({ outcome: "结果" });
    expect(b.classification.analysis.churnProbability[c]).toBe(
      a.classification.analysis.churnProbability[c],
    );
  });
});

test("a workbook to pass on (maskContactDetails, --share) quotes no note: a note may hold a phone number", async () => {
  const rules = defaultRules();
  rules.followUp.maskContactDetails = true;
  const b = await analyzeWorkbook(
    memorySource({ 客户资料: customers(), 销售明细: sales(), 跟进记录: contacts() }),
    { rules, asOf },
  );
  const [reason, point] = scheduleRows(b, "SH-R003", "zh-CN")[0];
  expect(reason).toBe("按约定 2027-01-05 再联系");
  expect(point).not.toContain("装修中");
});

describe("the words that say not reached and paused", () => {
  test.each([
    ["未接通", true],
    ["未接通，明天再打", true],
    ["关机", true],
    ["No answer - left message", true],
    ["Left voicemail", true],
    ["Busy", true],
    ["Busybody", false],
    ["已沟通，下月订货", false],
    ["例行回访", false],
    ["", false],
    // reviewer56 L6: a not-reached word opens the note, but the contact happened.
    ["Busy season, ordered 20 cases", false],
    ["No response needed, all fine", false],
    ["Voicemail set up for new office; ordered", false],
    ["挂断前约好下周送样", false],
    ["占线，后回拨已沟通", false],
    ["Busy - call back", true],
    ["No response", true],
    ["未接通，客户也未下单", true],
    ["No answer, not ordered yet", true],
    // reviewer57 H1: what the next call is for is no contact (a lapsed customer left the plan).
    ["未接通，明天再催下单", true],
    ["无人接听，待确认", true],
    ["关机，下次问订货", true],
    ["未接通，已发短信提醒客户确认订单", true],
    ["No answer, will try to confirm tomorrow", true],
    ["No answer, called back and ordered", false],
    // …and what begins another word is none: a reached call declined, no call at all.
    ["未接受报价，客户嫌贵", false],
    ["不通知客户", false],
    ["没接", true],
    // English outcomes with words after them.
    ["Voicemail left, will try again", true],
    ["No response from customer", true],
    ["No response to 3 emails", true],
    ["Busy signal", true],
    ["Voicemail full", true],
    ["Disconnected number", true],
    // reviewer57 L7: an agreement to call again is the next attempt; a contact that came later is one.
    ["未接通，约定明天再打", true],
    ["未接通，约好下午回电", true],
    ["No answer, agreed to call again tomorrow", true],
    ["没人接，后来客户微信回复同意下单", false],
    ["No answer, called back later and they agreed to renew", false],
    ["未接通，已发短信待回复确认", true],
    // tester70 U606: a label before the outcome (what the call was for) is no contact either.
    ["保养提醒：未接通", true],
    ["回访：无人接听，明天再打", true],
    ["Service reminder: no answer", true],
    ["保养提醒：客户说下周来", false],
    ["保养提醒：未接通，后回拨已沟通", false],
    ["未接通：明天再打", true],
  ])("saysNotReached(%j) is %s", (text, expected) => {
    expect(saysNotReached(text)).toBe(expected);
  });

  test.each([
    ["装修暂停", true],
    ["暂停营业，1月再联系", true],
    ["停业整顿", true],
    ["On hold", true],
    ["Paused", true],
    ["正常", false],
    ["Active", false],
    ["Unpaused", false],
    // reviewer56 R8: the status written once the pause is over; and when it will be (still paused).
    ["装修结束，已恢复营业", false],
    ["装修完成", false],
    ["Reopened after renovation", false],
    ["暂停营业，装修完成后再联系", true],
    ["装修中，预计2027年1月重新开业", true],
    // tester56 U28: a student on leave.
    ["休学", true],
    // tester57 U44: a gym member's card frozen; and unfrozen.
    ["停卡", true],
    ["孕期停卡至2027年3月底", true],
    ["已复卡", false],
    // reviewer57 M2: a freeze or a pause written as over.
    ["冻结已解除", false],
    ["取消停卡", false],
    ["停卡到期", false],
    ["停卡期满", false],
    ["no longer frozen", false],
    ["暂停结束", false],
    ["No longer on hold", false],
    ["取消暂停", false],
    // …and an ERP's credit block on the account is no customer's pause; a member's card is one.
    ["账户冻结", false],
    ["资金冻结，欠款未清", false],
    ["Account frozen", false],
    ["On credit hold", false],
    // reviewer58 M3: other wordings of the same block.
    ["欠款冻结", false],
    ["客户冻结", false],
    ["冻结（欠款）", false],
    ["Account on hold (overdue)", false],
    ["会员卡冻结", true],
    ["Frozen", true],
    // reviewer61 R13: a pause denied right before it is none; 不得不 is no denial.
    ["Not pausing, will continue", false],
    ["no pausing", false],
    ["Not paused", false],
    ["不暂停了，继续上课", false],
    ["没有暂停", false],
    ["未停卡", false],
    ["因装修不得不暂停", true],
  ])("saysPaused(%j) is %s", (text, expected) => {
    expect(saysPaused(text)).toBe(expected);
  });

  // One list of not-reached words (reviewer56 L6): a status typed on the schedule finds them
  // anywhere (已拨打，未接通), a contact's note at its start; a reached word after them wins in both.
  test.each([
    ["已拨打，无人接听", true],
    ["已联系不上", true],
    ["called - no answer", true],
    ["Called, busy", true],
    ["已联系，占线后回拨已沟通", false],
    ["Called during busy season, agreed", false],
    ["已联系，客户说下月再订", false],
    // reviewer57 H1: typed statuses of an unanswered call with a plan are not done.
    ["已拨打，未接通，待客户确认", true],
    ["已拨打，关机，下次问订货", true],
    ["已电话，无人接听，再约定时间", true],
    ["called - voicemail full", true],
  ])("mentionsNotReached(%j) is %s", (text, expected) => {
    expect(mentionsNotReached(text)).toBe(expected);
  });

  test.each([
    ["例行回访", ""],
    ["例行回访，客户说下月订货", "客户说下月订货"],
    ["Routine check-in - all good", "all good"],
    ["老板说例行回访太频繁", "老板说例行回访太频繁"],
    // reviewer57 L1: a routine word that opens a longer phrase is kept whole, not cut off.
    ["定期回访时客户投诉包装破损", "定期回访时客户投诉包装破损"],
    ["例行回访中发现竞品进场", "例行回访中发现竞品进场"],
    ["Check-in call: customer unhappy", "Check-in call: customer unhappy"],
    ["例行回访：客户满意", "客户满意"],
    ["例行回访 客户满意", "客户满意"],
    ["Check-in.", ""],
  ])("withoutRoutine(%j) is %j", (note, expected) => {
    expect(withoutRoutine(note)).toBe(expected);
  });
});

test("the fixture's analysis date", () => {
  expect(asOf).toBe(epochDay(2026, 11, 30));
});
