/**
 * tester59 U80 (a pet-food shop with subscription boxes): members with the status 已退订 are of two
 * kinds. One left for a competitor and is truly at risk: the shop should call. One's pet died and
 * she wrote 别再发推销 in 备注; another said 不要再联系 on a call. Both were planned retention calls.
 * A customer who asked not to be contacted (the Customers sheet's note or status, a contact's
 * note) now gets no contact of any kind: listed once (do_not_contact) with where they said so,
 * their churn figures unchanged.
 */
import fc from "fast-check";
import { analyzeWorkbook, type Analysis } from "../../../src/engine/analyze";
import { RISK_LEVELS } from "../../../src/engine/analysis";
import type { Grid } from "../../../src/engine/cells";
import { doNotContactText } from "../../../src/engine/followUp/doNotContact";
import * as contactOutcome from "../../../src/engine/ingest/contactOutcome";
import {
  askedChannel,
  doNotContactPhrase,
  refusedChannels,
  saysContactAgain,
} from "../../../src/engine/ingest/contactOutcome";
import { CONTACT_CHANNELS } from "../../../src/engine/model";
import { memorySource } from "../../../src/engine/ingest/memorySource";
import { DO_NOT_CONTACT_WORDS } from "../../../src/engine/optionWords";
import { isoDate, parseIsoDate } from "../../../src/engine/parse/date";
import { atRiskInputsOf, atRiskTable } from "../../../src/engine/report/atRiskTab";
import { followUpsJson } from "../../../src/engine/report/followUpJson";
import { callerInputsOf, followUpTable } from "../../../src/engine/report/followUpTab";
import { defaultRules } from "../../../src/engine/rules";
import { scheduleOf } from "../helpers/scheduleOf";

const asOf = parseIsoDate("2026-11-30");

describe("doNotContactPhrase: a customer's refusal of contact", () => {
  test.each([
    ["狗狗去世了，别再发推销", "别再发推销"],
    ["客户说不要再联系", "不要再联系"],
    ["请不要再打电话", "不要再打电话"],
    ["别再打了！", "别再打了"],
    ["拒绝回访", "拒绝回访"],
    ["投诉骚扰", "投诉骚扰"],
    ["不要再联系我了", "不要再联系"],
    ["勿扰", "勿扰"],
    ["拒绝联系", "拒绝联系"],
    ["Do not contact", "do not contact"],
    ["DNC", "dnc"],
    ["Please do not call again", "do not call"],
    ["Customer said: stop calling me", "stop calling"],
    ["remove me from your list", "remove me from your list"],
    // tester63 U161: the wine club's note.
    ["Passed away Oct 2026 (husband called). Remove from all lists.", "remove from all lists"],
    ["Unsubscribe me.", "unsubscribe me"],
    ["Don’t call, pet passed away", "don't call"],
    ["客户要求不再联系", "要求不再联系"],
    // reviewer60 R19: a time or a cancel word earlier in the note, not right before the refusal.
    ["取消订阅后说别再打电话了", "别再打电话"],
    ["昨天晚上客户说不要再联系", "不要再联系"],
    // tester61 U111: what the calls were for, after the refusal.
    ["家长要求不要再打电话推销课程", "不要再打电话"],
    ["不要再打电话推销了", "不要再打电话"],
    ["Do not call me about offers", "do not call"],
    // tester62 U141: an account in dispute, contact through the attorney only.
    ["Disputed invoice. Do not contact directly.", "do not contact"],
    ["Do not call directly – all contact via our attorney", "do not call"],
    ["In dispute. Contact through attorney only.", "through attorney"],
    ["Legal hold: do not contact", "do not contact"],
    ["Legal hold", "legal hold"],
    ["Collections agency handling – no contact", "collections agency"],
    ["Do NOT call - lawyer involved", "do not call"],
    ["Disputed inv 1043 – with our attorney. Do not contact directly.", "do not contact"],
    ["不要直接联系客户，由律师处理", "不要直接联系"],
    ["有纠纷，请勿直接联系", "请勿直接联系"],
    // A route or a time after a refusal in a note of a dispute does not lift it.
    ["Do not call – lawyer says until the case closes", "do not call"],
    ["纠纷中，只能通过律师联系", "通过律师联系"],
    // newuser62: the parent named, a collector, in either language.
    ["请勿联系家长", "请勿联系"],
    ["不要再联系家长了", "不要再联系"],
    ["家长说别再打电话给她", "别再打电话"],
    ["Do not contact the parent", "do not contact"],
    ["Please do not call the mother", "do not call"],
    ["Do not call her mom", "do not call"],
    ["家长已委托律师处理，有事请联系律师，不要直接联系家长", "不要直接联系"],
    ["已委托律师，请勿联系家长", "请勿联系"],
    ["欠费已转交催收公司处理", "催收公司处理"],
    ["Parent hired a lawyer, do not contact the parent directly", "do not contact"],
    ["Account handed to a debt collector", "debt collector"],
    // tester62 U141 (reviewer62 R3 after 5e305277): "not directly" with nothing more in the note
    // names no other way in; these bare notes were called again (fix63d).
    ["Do not contact directly.", "do not contact"],
    ["请勿直接联系", "请勿直接联系"],
    ["不要直接联系客户", "不要直接联系"],
    ["Do not call her directly!", "do not call"],
    // One channel refused besides, or in a dispute: no channel asked for, no contact at all.
    ["不要打电话，也不要发微信", "不要打电话"],
    ["别再联系了，发邮件也不要", "别再联系"],
    ["Do NOT call - lawyer involved, email only via attorney", "do not call"],
    // reviewer63 R9: a time in the next sentence, when the refusal ends its own, does not lift it
    // (fix63d lifted it and they were called the same month): when to call again is not read from
    // notes, so the refusal stands; a route there still does (below).
    ["Do not call. Try in March", "do not call"],
    ["Do not call. Call back after New Year.", "do not call"],
    ["不要打电话。明年三月再联系", "不要打电话"],
    ["客户说不要再打了。下个月再说", "不要再打了"],
  ])("%s: asks not to be contacted", (text, phrase) =>
    expect(doNotContactPhrase(text)).toBe(phrase),
  );

  test.each([
    // Whom to call instead: the front desk is not the customer.
    "不要再联系前台，直接找王经理",
    // …nor the salesman or the marketing department (reviewer61 R7).
    "不要再联系推销员小王，直接找店长",
    "不要再联系营销部，找客服",
    "不要再联系客户经理，找店长",
    "请勿联系家长，直接找学员本人",
    "Do not call the front desk",
    // reviewer62 R3: "not directly" with no dispute and a way in named asks for it; a route or a
    // time after a refusal in its sentence is a route or a hold, not a refusal of every contact.
    "Do not contact directly – go through her assistant Amy",
    "Do not call directly, call her assistant Amy (555-0102)",
    "Don't call her directly; text first",
    "Do not call directly - book through the front desk",
    "请勿直接联系，请联系她的助理小李",
    "不要直接联系客户，联系她女儿（13800001111）",
    "请勿直接联系，先发微信约时间",
    "勿直接联系，由客户经理对接",
    "别直接联系，通过前台预约",
    "Do not call – she is on holiday until Jan",
    "Do not call - busy season, try in March",
    "Do not call — wife handles the account, call Mrs. Lee",
    "Do not call; she is on holiday until Jan",
    "别打电话，她出国了，明年再联系",
    // …or a route in the next sentence when the refusal ends its own (fix63d; not a time:
    // reviewer63 R9, above).
    "Do not call. Call her assistant Amy.",
    "不要直接联系。请联系她的助理小李",
    // reviewer62 R3: one channel named as the way in (askedChannel): no call, not no contact.
    "Do not call - email only",
    "Do not call, email only",
    "Do not call – WhatsApp only",
    "Do not call. Email only.",
    "不要打电话，发微信",
    "别打电话，只发短信",
    "别打电话，有事群里说",
    // A lawyer or collector named in passing, not as the way to contact.
    "Paid via attorney last year",
    "Collections agency paid in full, reopened account",
    "律师介绍来的客户",
    // One channel, not a call (conservative: text messages only).
    "客户说不要再发短信",
    "别再发推销短信",
    "stop texting me",
    "unsubscribe me from the newsletter",
    // A negation or a time limit before it: no refusal, a pause.
    "客户没说不要再联系",
    "并非拒绝回访，只是最近忙",
    "春节前不要联系",
    "月底之前别再打电话",
    "暂时不要联系",
    "did not say stop calling",
    "before May do not call",
    // reviewer60 R2: a time of day or of the week, a lapse, a refusal taken back.
    "晚上勿扰",
    "上班时间勿扰",
    "午休勿扰",
    "开会勿扰",
    "周末不要打电话",
    "工作时间别打电话",
    "工作日勿扰",
    "节假日勿扰",
    "白天不要打电话",
    "早上别打电话",
    "Evenings do not call",
    "weekends DNC",
    "半年不再联系了",
    "客户已不再联系我们",
    "搬家后不再联系",
    "已取消勿扰",
    // After it: until when, on which days.
    "不要再打电话到月底",
    "do not call until May",
    "do not call on weekends",
    // The member status that is no refusal (the competitor-leaver).
    "已退订",
    "正常",
    "",
  ])("%s: no refusal", (text) => expect(doNotContactPhrase(text)).toBe(""));

  test("a phrase in longer text: a refusal unless a negation or time limit comes first in its clause", () => {
    const filler = fc.string({
      unit: fc.constantFrom(..."客户说狗狗走了谢谢好的你们产品"),
      maxLength: 8,
    });
    const phrase = fc.constantFrom(
      // "Not directly" (请勿直接联系) refuses only in a note of a dispute: its own cases above.
      ...DO_NOT_CONTACT_WORDS.filter((w) => /^[\u4e00-\u9fff]/.test(w) && !w.includes("直接")),
    );
    fc.assert(
      fc.property(filler, phrase, filler, (before, w, after) => {
        // Text around it in clauses of its own: still the customer's refusal.
        expect(doNotContactPhrase(`${before}，${w}。${after}`)).not.toBe("");
        // Denied or limited in time in its clause: none.
        for (const guard of ["没说", "并非", "春节之前", "暂时"])
          expect(doNotContactPhrase(`${before}，${guard}${w}。${after}`)).toBe("");
        // Followed by someone else to call (前台, 财务): none.
        expect(doNotContactPhrase(`${before}，${w}前台，找王经理`)).toBe("");
      }),
      { numRuns: 200 },
    );
  });

  test.each([
    ["客户说以后可以再联系", true],
    ["欢迎回访", true],
    ["OK to call again next month", true],
    ["不可以联系", false],
    ["不要再联系", false],
  ])("saysContactAgain(%s) = %s", (text, yes) => expect(saysContactAgain(text)).toBe(yes));
});

/** Dates every `days` days back from `last`, `n` of them. */
function every(last: string, days: number, n: number): string[] {
  const end = parseIsoDate(last);
  return Array.from({ length: n }, (_, i) => isoDate(end - (n - 1 - i) * days));
}

// Monthly boxes; the members who stopped 100 days ago are at high risk against their 30-day rhythm.
const MEMBERS: [id: string, last: string, status: string, note: string][] = [
  ["P01", "2026-11-20", "正常", ""],
  // 已退订 for a competitor: at risk, called.
  ["P02", "2026-08-20", "已退订", "转去别家了"],
  // 已退订, the pet died: 别再发推销 in 备注. Not called.
  ["P03", "2026-08-20", "已退订", "狗狗去世了，别再发推销"],
  // 不要再联系 on a call (Contacts row 2). Not called.
  ["P04", "2026-08-20", "正常", ""],
  // Whom to call instead (Contacts row 3): still called.
  ["P05", "2026-08-20", "正常", ""],
  // SMS only: still called.
  ["P06", "2026-08-20", "正常", "客户说不要再发短信"],
  // 不要再联系 on 09-01, 可以再联系 on 10-15: lifted, called.
  ["P07", "2026-08-20", "正常", ""],
  // A status word typed (勿扰): not called, not even its regular contact.
  ["P08", "2026-11-20", "勿扰", ""],
];

const CONTACTS: [id: string, date: string, note: string][] = [
  ["P04", "2026-09-10", "客户说不要再联系"],
  ["P05", "2026-09-10", "不要再联系前台，直接找王经理"],
  ["P07", "2026-09-01", "不要再联系"],
  ["P07", "2026-10-15", "客户说可以再联系"],
];

async function run(en = false): Promise<Analysis> {
  const customers: Grid = [
    en ? ["Customer ID", "Status", "Notes"] : ["客户编号", "状态", "备注"],
    ...MEMBERS.map(([id, , status, note]) => [id, status, note]),
  ];
  const sales: Grid = [en ? ["Customer ID", "Date", "Amount"] : ["客户编号", "日期", "金额"]];
  for (const [id, last] of MEMBERS) for (const d of every(last, 30, 12)) sales.push([id, d, 199]);
  const contacts: Grid = [
    en ? ["Customer ID", "Date", "Notes"] : ["客户编号", "日期", "内容"],
    ...CONTACTS,
  ];
  return analyzeWorkbook(
    memorySource(
      en
        ? { Customers: customers, Transactions: sales, Contacts: contacts }
        : { 客户: customers, 交易: sales, 联系记录: contacts },
    ),
    { rules: defaultRules(), asOf },
  );
}

function of(a: Analysis, id: string) {
  const { c, planned, listed } = scheduleOf(a, id);
  return {
    level: RISK_LEVELS[a.classification.analysis.churnLevel[c]],
    planned,
    listed,
    said: doNotContactText(a.schedule.doNotContact, c, "zh-CN"),
  };
}

test.each([false, true])(
  "the pet shop: who asked not to be contacted gets no call, listed once with where (English headers: %s)",
  async (en) => {
    const a = await run(en);
    // The note column is read as the note, never as the ID (tester58 U69).
    expect(a.dataset.sources.customers?.columns).toMatchObject({
      customerId: en ? "Customer ID" : "客户编号",
      note: en ? "Notes" : "备注",
    });
    for (const id of ["P02", "P05", "P06", "P07"]) {
      // English headers and no currency: the US calendar (reviewer61, stop 62), whose Christmas
      // care is listed for want of a marketing consent column; China's has no festival here.
      // No consent column at all: no_consent_column (newuser62 L4; was no_marketing_consent).
      const care = en ? ["no_consent_column"] : [];
      expect(of(a, id)).toMatchObject({ level: "high", listed: care, said: "" });
      expect(of(a, id).planned).toBeGreaterThan(0);
    }
    // Their churn figures stand (a prediction is still a prediction); no contact, one row each.
    for (const id of ["P03", "P04"])
      expect(of(a, id)).toMatchObject({ level: "high", planned: 0, listed: ["do_not_contact"] });
    expect(of(a, "P08")).toMatchObject({ planned: 0, listed: ["do_not_contact"] });
    const customers = en ? "Customers" : "客户";
    const contacts = en ? "Contacts" : "联系记录";
    expect(of(a, "P03").said).toBe(
      `客户要求勿联系（“${customers}”表第 4 行${en ? "Notes" : "备注"}列：“狗狗去世了，别再发推销”）`,
    );
    expect(of(a, "P04").said).toBe(
      `客户要求勿联系（“${contacts}”表第 2 行${en ? "Notes" : "内容"}列：“客户说不要再联系”）`,
    );
    expect(of(a, "P08").said).toBe(
      `客户要求勿联系（“${customers}”表第 9 行${en ? "Status" : "状态"}列：“勿扰”）`,
    );
    // The at-risk list says it in the row, so nobody calls them by hand.
    const tab = atRiskTable(atRiskInputsOf(a), "en-US");
    const rows = tab.rows(0, tab.rowCount);
    const p4 = rows.find((r) => r[0] === "P04")!;
    expect(p4[12]).toBe(
      `Retention call (signs of leaving) not planned: Asked not to be contacted (the ${contacts} sheet, row 2, ${en ? "Notes" : "内容"}: “客户说不要再联系”)`,
    );
    // The JSON carries the code and the source.
    const json = followUpsJson(a.schedule, a.dataset, "en-US");
    const items = Array.from({ length: json.unscheduled.count }, (_, i) =>
      json.unscheduled.item(i),
    );
    expect(items.find((x) => x.customerId === "P03")?.unscheduledReason).toMatchObject({
      code: "do_not_contact",
      source: { input: "customers", field: "note", row: 4, phrase: "别再发推销" },
    });
    // The Overview's 注意 counts them.
    const w = a.warnings.find((x) => x.code === "do_not_contact");
    expect(w?.brief?.["zh-CN"]).toBe(
      "3 位客户要求勿联系：回访计划不安排任何联系（其中 2 位有流失风险），请勿人工致电。",
    );
  },
);

test("no marketing consent stops marketing contacts only: the retention call still goes", async () => {
  const customers: Grid = [
    ["客户编号", "同意营销联系"],
    ["P02", "否"],
  ];
  const sales: Grid = [["客户编号", "日期", "金额"]];
  for (const d of every("2026-08-20", 30, 12)) sales.push(["P02", d, 199]);
  const a = await analyzeWorkbook(memorySource({ 客户: customers, 交易: sales }), {
    rules: defaultRules(),
    asOf,
  });
  expect(of(a, "P02").planned).toBeGreaterThan(0);
  expect(a.schedule.doNotContact).toBeUndefined();
});

test("a refusing contact note is read once (its phrase kept, not read again for the source)", async () => {
  const customers: Grid = [["客户编号"], ["P04"]];
  const sales: Grid = [["客户编号", "日期", "金额"]];
  for (const d of every("2026-08-20", 30, 12)) sales.push(["P04", d, 199]);
  const note = "客户说不要再联系";
  const contacts: Grid = [
    ["客户编号", "日期", "内容"],
    ["P04", "2026-09-10", note],
  ];
  const spy = jest.spyOn(contactOutcome, "doNotContactPhrase");
  try {
    const a = await analyzeWorkbook(
      memorySource({ 客户: customers, 交易: sales, 联系记录: contacts }),
      { rules: defaultRules(), asOf },
    );
    expect(a.schedule.doNotContact?.source.get(0)?.phrase).toBe("不要再联系");
    expect(spy.mock.calls.filter(([text]) => text === note)).toHaveLength(1);
  } finally {
    spy.mockRestore();
  }
});

test("a refusal of one channel: nothing goes by it, a call or visit still does (不要再发短信)", async () => {
  expect(refusedChannels("客户说不要再发短信")).toBe(1 << CONTACT_CHANNELS.indexOf("online"));
  expect(refusedChannels("别再发邮件了")).toBe(1 << CONTACT_CHANNELS.indexOf("email"));
  expect(refusedChannels("Please stop texting me")).toBe(1 << CONTACT_CHANNELS.indexOf("online"));
  expect(refusedChannels("没说不要发短信")).toBe(0);
  expect(refusedChannels("春节前不要发短信")).toBe(0);
  // Birthdays in the horizon, with consent: A refused texts, B e-mails, C nothing; all have both.
  const customers: Grid = [
    ["客户编号", "手机", "邮箱", "生日", "同意营销联系", "备注"],
    ["A", "13800000001", "a@x.cn", "1990-12-10", "是", "不要再发短信"],
    ["B", "13800000002", "b@x.cn", "1990-12-10", "是", "别再发邮件"],
    ["C", "13800000003", "c@x.cn", "1990-12-10", "是", ""],
  ];
  const sales: Grid = [["客户编号", "日期", "金额"]];
  for (const id of ["A", "B", "C"])
    for (const d of every("2026-10-20", 30, 6)) sales.push([id, d, 99]);
  const a = await analyzeWorkbook(memorySource({ 客户: customers, 交易: sales }), {
    rules: defaultRules(),
    asOf,
  });
  const birthday = (id: string) => {
    const json = followUpsJson(a.schedule, a.dataset, "zh-CN");
    const planned = Array.from({ length: json.followUps.count }, (_, i) => json.followUps.item(i));
    const listed = Array.from({ length: json.unscheduled.count }, (_, i) =>
      json.unscheduled.item(i),
    );
    const of = (x: { customerId: string; reason: { code: string } }) =>
      x.customerId === id && x.reason.code === "birthday_care";
    return {
      planned: planned.filter(of).map((x) => x.channel),
      listed: listed.filter(of).map((x) => x.unscheduledReason.code),
    };
  };
  expect(birthday("A")).toEqual({ planned: [], listed: ["channel_refused"] });
  expect(birthday("B")).toEqual({ planned: ["online"], listed: [] });
  expect(birthday("C")).toEqual({ planned: ["online"], listed: [] });
  // Nobody refused every contact: no do_not_contact.
  expect(a.schedule.doNotContact).toBeUndefined();
});

// reviewer62 R3 (fix63d): "Do not call - email only", 不要打电话，发微信 refused every contact, so a
// customer who named the way to reach her got nothing. A refusal of calls that names one channel
// is no call and every contact by that channel, said on the row.
describe("a refusal of calls that names one channel (askedChannel)", () => {
  const EMAIL = CONTACT_CHANNELS.indexOf("email");
  const ONLINE = CONTACT_CHANNELS.indexOf("online");

  test.each([
    ["Do not call - email only", EMAIL],
    ["Do not call, email only", EMAIL],
    ["Do not call. Email only.", EMAIL],
    ["Do not contact. Email only.", EMAIL],
    ["Do not call – WhatsApp only", ONLINE],
    ["Don't call, text only please", ONLINE],
    ["不要打电话，发微信", ONLINE],
    ["别打电话，只发短信", ONLINE],
    ["不要打电话，有事发邮件", EMAIL],
    // tester64 U193 (团购): the group chat is how to reach her, not no contact; 有事发微信 stays.
    ["别打电话，有事群里说", ONLINE],
    ["不要打电话，有事在群里说", ONLINE],
    ["别打电话，群里联系", ONLINE],
    ["不要打电话，有事发微信", ONLINE],
    ["Do not call - message in the group chat", ONLINE],
    ["别打电话，群里也不要说", -1],
    // reviewer65 H1: the group as where a thing happened, not the way to reach her: no contact at all.
    ["不要联系她，她在群里骂过我们", -1],
    ["Do not contact. Complained in the group chat about us", -1],
    ["别打电话，她已经退出微信群了", -1],
    ["不要再打了，她在群里说过不买了", -1],
    ["不要打电话，群聊也屏蔽了", -1],
    // Not asked: refused too, negated, in a dispute, no refusal before it.
    ["不要打电话，也不要发微信", -1],
    ["不要打电话，不发短信", -1],
    ["别再联系了，发邮件也不要", -1],
    ["Do NOT call - lawyer involved, email only via attorney", -1],
    ["Email only", -1],
    ["没说不要打电话，发微信也行", -1],
    ["", -1],
  ])("%s: channel %d", (text, ch) => expect(askedChannel(text)).toBe(ch));

  test("every Chinese refusal of calls followed by 发微信 asks for messages; 也不要发微信 refuses all", () => {
    const calls = DO_NOT_CONTACT_WORDS.filter((w) => /打电话|打来|打了|来电/.test(w));
    expect(calls.length).toBeGreaterThan(8);
    const filler = fc.string({ unit: fc.constantFrom(..."客户说最近很忙谢谢好的"), maxLength: 6 });
    fc.assert(
      fc.property(filler, fc.constantFrom(...calls), (before, w) => {
        const note = `${before}，${w}，发微信`;
        expect(doNotContactPhrase(note)).toBe("");
        expect(askedChannel(note)).toBe(ONLINE);
        const none = `${before}，${w}，也不要发微信`;
        expect(doNotContactPhrase(none)).not.toBe("");
        expect(askedChannel(none)).toBe(-1);
      }),
      { numRuns: 200 },
    );
  });

  test.each([false, true])(
    "the schedule: every contact by the channel asked for, said on the row (English: %s)",
    async (en) => {
      // Monthly buyers who stopped in August: each is owed a retention call.
      const customers: Grid = [
        en ? ["Customer ID", "Phone", "Email", "Notes"] : ["客户编号", "手机", "邮箱", "备注"],
        ["E", "13800000001", "e@x.cn", "Do not call - email only"],
        ["W", "13800000002", "w@x.cn", "不要打电话，发微信"],
        ["N", "13800000003", "", "Do not call, email only"],
        ["R", "13800000004", "r@x.cn", "不要打电话，也不要发微信"],
        ["C", "13800000005", "c@x.cn", ""],
      ];
      const sales: Grid = [en ? ["Customer ID", "Date", "Amount"] : ["客户编号", "日期", "金额"]];
      for (const id of ["E", "W", "N", "R", "C"])
        for (const d of every("2026-08-20", 30, 12)) sales.push([id, d, 199]);
      const a = await analyzeWorkbook(
        memorySource(
          en ? { Customers: customers, Transactions: sales } : { 客户: customers, 交易: sales },
        ),
        { rules: defaultRules(), asOf },
      );
      const lang = en ? "en-US" : "zh-CN";
      const json = followUpsJson(a.schedule, a.dataset, lang);
      const planned = Array.from({ length: json.followUps.count }, (_, i) =>
        json.followUps.item(i),
      );
      const listed = Array.from({ length: json.unscheduled.count }, (_, i) =>
        json.unscheduled.item(i),
      );
      const by = (id: string) => ({
        channels: [...new Set(planned.filter((x) => x.customerId === id).map((x) => x.channel))],
        instead: [
          ...new Set(planned.filter((x) => x.customerId === id).map((x) => x.instead?.code)),
        ],
        // English headers: the US calendar's Christmas care is listed for want of a consent column.
        listed: listed
          .filter((x) => x.customerId === id && !/consent/.test(x.unscheduledReason.code))
          .map((x) => x.unscheduledReason.code),
      });
      expect(by("E")).toEqual({ channels: ["email"], instead: ["asked_channel"], listed: [] });
      expect(by("W")).toEqual({ channels: ["online"], instead: ["asked_channel"], listed: [] });
      // E-mail only and no address: nothing reaches her, listed (not called against her word).
      expect(by("N").channels).toEqual([]);
      expect(by("N").listed).toContain("channel_refused");
      expect(by("R")).toEqual({ channels: [], instead: [], listed: ["do_not_contact"] });
      expect(by("C").channels).toEqual(["phone"]);
      expect(by("C").instead).toEqual([undefined]);
      // The schedule tab's note says why, in the run's language.
      const t = followUpTable(a.schedule, a.dataset, lang, callerInputsOf(a));
      const note = t.columns.findIndex((x) => x.key === "note");
      const status = t.columns.findIndex((x) => x.key === "status");
      const rows = t
        .rows(0, t.rowCount)
        .filter((r) => r[2] === "E" && r[status] === (en ? "Planned" : "已安排"));
      expect(rows.length).toBeGreaterThan(0);
      for (const r of rows)
        expect(String(r[note])).toContain(
          en
            ? "The customer asked not to be called: by E-mail only"
            : "客户要求不打电话：只用邮件联系",
        );
      expect(a.schedule.doNotContact?.source.size).toBe(1);
    },
  );
});

// fix64b (tester63's wine club, Kara Lee: "Unsubscribed from email. Phone is fine."; fix63l's
// noticed list): an unsubscription from one channel is a refusal of that channel, and a call to a
// customer with no phone number who refused e-mail is listed channel_refused on e-mail, not sent
// by it, nor said to be the owner's full days.
describe("an unsubscription from one channel (退订短信, Unsubscribed from email)", () => {
  const EMAIL = 1 << CONTACT_CHANNELS.indexOf("email");
  const ONLINE = 1 << CONTACT_CHANNELS.indexOf("online");

  test.each([
    ["Unsubscribed from email. Phone is fine.", EMAIL],
    ["Unsubscribed from emails, calls OK", EMAIL],
    ["Opted out of email", EMAIL],
    ["已退订邮件，电话可以打", EMAIL],
    ["退订短信", ONLINE],
    ["客户已退订短信", ONLINE],
    ["不要发微信，电话可以", ONLINE],
    ["no texts", ONLINE],
    ["Unsubscribed from texts", ONLINE],
    // Negated right before: nothing refused.
    ["未退订短信", 0],
    ["没有退订短信", 0],
    ["She has not unsubscribed from email", 0],
  ])("%s: channels %d", (text, bits) => expect(refusedChannels(text)).toBe(bits));

  test.each([false, true])("the schedule (English: %s)", async (en) => {
    const note = "Unsubscribed from email. Phone is fine.";
    const customers: Grid = [
      en ? ["Customer ID", "Phone", "Email", "Notes"] : ["客户编号", "手机", "邮箱", "备注"],
      // K has no phone number: her call would go by e-mail, which she refused.
      ["K", "", "k@x.cn", note],
      ["P", "13800000002", "p@x.cn", note],
      ["S", "13800000003", "s@x.cn", en ? "Unsubscribed from texts" : "退订短信"],
    ];
    const sales: Grid = [en ? ["Customer ID", "Date", "Amount"] : ["客户编号", "日期", "金额"]];
    for (const id of ["K", "P", "S"])
      for (const d of every("2026-08-20", 30, 12)) sales.push([id, d, 199]);
    const a = await analyzeWorkbook(
      memorySource(
        en ? { Customers: customers, Transactions: sales } : { 客户: customers, 交易: sales },
      ),
      { rules: defaultRules(), asOf },
    );
    const json = followUpsJson(a.schedule, a.dataset, en ? "en-US" : "zh-CN");
    const planned = Array.from({ length: json.followUps.count }, (_, i) => json.followUps.item(i));
    const listed = Array.from({ length: json.unscheduled.count }, (_, i) =>
      json.unscheduled.item(i),
    );
    const channels = (id: string) => [
      ...new Set(planned.filter((x) => x.customerId === id).map((x) => x.channel)),
    ];
    const refusedOn = (id: string) => [
      ...new Set(
        listed
          .filter((x) => x.customerId === id && x.unscheduledReason.code === "channel_refused")
          .map((x) => x.channel),
      ),
    ];
    // Before: K got an e-mail (no_phone) she had unsubscribed from.
    expect(channels("K")).toEqual([]);
    expect(refusedOn("K")).toEqual(["email"]);
    expect(
      listed.filter((x) => x.customerId === "K").map((x) => x.unscheduledReason.code),
    ).not.toContain("no_free_day_before_deadline");
    expect(channels("P")).toEqual(["phone"]);
    expect(channels("S")).toEqual(["phone"]);
    expect(a.schedule.doNotContact).toBeUndefined();
  });
});

// tester65 U204: an unsubscription written with a word more than the exact phrases (mailing list,
// Stop sending me emails, 请把我从群发名单里删掉) got an urgent win-back e-mail and two more. Read as
// patterns (optionWords UNSUBSCRIBE_PATTERNS): the channel the match names, else every contact.
describe("an unsubscription with words between (Remove me from your mailing list)", () => {
  const EMAIL = 1 << CONTACT_CHANNELS.indexOf("email");
  const ONLINE = 1 << CONTACT_CHANNELS.indexOf("online");

  test.each([
    ["Please remove me from your mailing list.", EMAIL],
    ["Take me off your mailing list", EMAIL],
    ["Remove me from your email list", EMAIL],
    ["Stop sending me emails", EMAIL],
    ["Don't send me newsletters", EMAIL],
    ["Unsubscribe me from your texts", ONLINE],
    // Messages are any written message: texts and e-mail.
    ["别再给我发消息了", EMAIL | ONLINE],
    ["不要再给我发短信", ONLINE],
    [
      "My mother passed away, she was the one who loved your candles. Please remove me from your mailing list.",
      EMAIL,
    ],
    // Negated or a parcel's route: nothing refused.
    ["没说别再给我发消息", 0],
    // reviewer65 H11: a waiting list is no list of contacts.
    ["Take me off the waiting list, I got a table elsewhere", 0],
    ["Remove me from the waitlist", 0],
    ["She did not ask us to stop sending emails", 0],
    ["Do not send the parcel by mail", 0],
  ])("%s: channels %d", (text, bits) => expect(refusedChannels(text)).toBe(bits));

  test.each([
    ["Unsubscribe", "unsubscribe"],
    ["请把我从群发名单里删掉", "把我从群发名单里删掉"],
    ["Remove me from the call list", "remove me from the call list"],
    ["别再给我发广告了", "别再给我发广告"],
  ])("%s: no contact at all (%s)", (text, phrase) => expect(doNotContactPhrase(text)).toBe(phrase));

  test.each([
    "Please remove me from your mailing list.",
    "Take me off the waiting list, I got a table elsewhere",
    "Remove me from the waitlist",
    "把我从排队名单里删掉",
    "Unsubscribe link broken in the newsletter",
    "别再给我发消息了",
  ])("%s: not every contact refused", (text) => expect(doNotContactPhrase(text)).toBe(""));

  test.each([false, true])("the schedule: no e-mail (English: %s)", async (en) => {
    const notes = [
      "Please remove me from your mailing list.",
      "Take me off your mailing list",
      "Unsubscribe",
      "Stop sending me emails",
      "请把我从群发名单里删掉",
      "别再给我发消息了",
    ];
    const customers: Grid = [en ? ["Customer ID", "Email"] : ["客户编号", "邮箱"]];
    const contacts: Grid = [en ? ["Customer ID", "Date", "Note"] : ["客户编号", "日期", "备注"]];
    const sales: Grid = [en ? ["Customer ID", "Date", "Amount"] : ["客户编号", "日期", "金额"]];
    notes.forEach((note, i) => {
      customers.push([`M${i}`, `m${i}@x.cn`]);
      contacts.push([`M${i}`, "2026-11-10", note]);
      for (const d of every("2026-01-20", 30, 6)) sales.push([`M${i}`, d, 199]);
    });
    customers.push(["Q", "q@x.cn"]);
    for (const d of every("2026-01-20", 30, 6)) sales.push(["Q", d, 199]);
    const a = await analyzeWorkbook(
      memorySource(
        en
          ? { Customers: customers, Transactions: sales, Contacts: contacts }
          : { 客户: customers, 交易: sales, 回访记录: contacts },
      ),
      { rules: defaultRules(), asOf },
    );
    const json = followUpsJson(a.schedule, a.dataset, en ? "en-US" : "zh-CN");
    const planned = Array.from({ length: json.followUps.count }, (_, i) => json.followUps.item(i));
    // Before: each M got an urgent win-back e-mail and two cadence e-mails.
    expect([...new Set(planned.map((x) => x.customerId))]).toEqual(["Q"]);
  });
});

// reviewer65 H3 (gen_nt.py, gen_nt2.py): 0793947e read a day of the week as a time to call again,
// so a refusal naming one was lifted: 别再打了，周一到周五都在上班 (a range: when she works) and
// 不要打电话，周三来店里的时候再说 (talk when she comes in) got calls on 12-16 and 12-30. A weekday
// with a refusal leaves it standing, in a contact's note and in 备注 (an undated note names no
// Wednesday at all); a weekday alone is still a time (下周三再打).
test("a refusal naming a day of the week stands (周一到周五都在上班, 周三来店里的时候再说)", async () => {
  const ids = ["W1", "W2", "W3", "W4"];
  const customers: Grid = [
    ["客户编号", "备注"],
    ["W1", ""],
    ["W2", ""],
    ["W3", "不要打电话，周三来店里的时候再说"],
    ["W4", ""],
  ];
  const sales: Grid = [["客户编号", "日期", "金额"]];
  for (const id of ids) for (const d of every("2026-11-10", 20, 10)) sales.push([id, d, 199]);
  const contacts: Grid = [
    ["客户编号", "日期", "内容"],
    ["W1", "2026-11-20", "别再打了，周一到周五都在上班"],
    ["W2", "2026-11-20", "不要打电话，周三来店里的时候再说"],
    ["W4", "2026-11-20", "在外地，下周三再打"],
  ];
  const a = await analyzeWorkbook(
    memorySource({ 客户: customers, 交易: sales, 联系记录: contacts }),
    { rules: defaultRules(), asOf },
  );
  for (const id of ["W1", "W2", "W3"])
    expect([id, of(a, id).planned, of(a, id).listed]).toEqual([id, 0, ["do_not_contact"]]);
  expect(of(a, "W4").listed).not.toContain("do_not_contact");
});
