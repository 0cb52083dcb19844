import type { Grid } from "../../../src/engine/cells";
import { memorySource } from "../../../src/engine/ingest/memorySource";
import { ingestWorkbook } from "../../../src/engine/ingest/workbook";
import { epochDay } from "../../../src/engine/parse/date";
import { satisfactionJson, satisfactionTable } from "../../../src/engine/report/satisfactionTab";
import { summariseSatisfaction } from "../../../src/engine/satisfaction/summary";
import { defaultRules } from "../../../src/engine/rules";

// tester70 U605: a garage's 回访记录 scores each call (满意度(1-5)); the 满意度 tab was empty (CSAT –)
// beside ~1,100 scored calls, and VIP0233's 1/5 after a 维修质量 complaint weighed nothing. Shapes
// from the tester's 顺达会员台账.xlsx (/work/notes/stop70/tester70/car/gen.py), cut to three members.
const asOf = epochDay(2026, 10, 31);
/** No tier or segment of note: the first of each for every customer. */
const none = (n: number) => ({ valueTier: new Int8Array(n), rfmSegment: new Int8Array(n) });
const members: Grid = [
  ["会员卡号", "车主姓名", "手机号"],
  ["VIP0001", "唐亮华", "13800000001"],
  ["VIP0002", "袁辉", "13800000002"],
  ["VIP0003", "卢杰", "13800000003"],
];
const orders: Grid = [
  ["工单号", "进厂日期", "会员卡号", "维修项目", "实收金额"],
  ["W1", "2026-05-01", "VIP0001", "小保养", 480],
  ["W2", "2026-06-10", "VIP0002", "换刹车片", 900],
  ["W3", "2026-01-10", "VIP0003", "小保养", 480],
];
const calls: Grid = [
  ["回访日期", "会员卡号", "回访人", "方式", "回访内容", "满意度(1-5)"],
  ["2026-05-03", "VIP0001", "老周", "电话", "保养后回访：满意", 5],
  ["2026-06-12", "VIP0002", "小陈", "电话", "换刹车片后回访", 4],
  ["2026-01-24", "VIP0003", "老周", "电话", "换了刹车片后还是有异响，不太想再来", 1],
  ["2026-07-01", "VIP0002", "小陈", "微信", "保养提醒", ""],
  ["2026-08-01", "VIP0001", "老周", "电话", "保养提醒", "很好"],
];

test("a garage's scored calls are survey answers: the 满意度 tab is filled, a 1/5 is a low score", async () => {
  const { dataset } = await ingestWorkbook(
    memorySource({ 会员档案: members, 交易: orders, 回访记录: calls }),
    { asOf },
  );
  // Every call stays a contact, the blank and the unread score too.
  expect(dataset.contacts!.count).toBe(5);
  const s = dataset.surveys!;
  expect(Array.from(s.customer)).toEqual([0, 1, 2]);
  expect(Array.from(s.overall)).toEqual([5, 4, 1]);
  expect(Array.from(s.day)).toEqual([
    epochDay(2026, 5, 3),
    epochDay(2026, 6, 12),
    epochDay(2026, 1, 24),
  ]);
  expect(s.comment[2]).toBe("换了刹车片后还是有异响，不太想再来");
  expect(Array.from(s.fromContacts!)).toEqual([1, 1, 1]);
  expect(dataset.surveysFromContacts).toEqual({
    sheet: "回访记录",
    column: "满意度(1-5)",
    rows: 3,
    answers: 3,
    onSheet: 0,
  });
  const rules = defaultRules();
  const summary = summariseSatisfaction({
    dataset,
    analysis: none(3),
    rules: rules.satisfaction,
    asOf,
  });
  expect(summary!.overall.responses).toBe(3);
  const tab = satisfactionTable(summary, dataset, rules.satisfaction, "zh-CN");
  expect(String(tab.rows(0, 3)[1][0])).toBe(
    "3 份回答取自“回访记录”表的“满意度(1-5)”列（3 次联系有评分）：每次联系的评分记为顾客当天的总体满意度（1–5），该行的顾客反馈或备注记为意见。",
  );
  expect(satisfactionJson(summary, dataset)!.fromContacts).toEqual(dataset.surveysFromContacts);
  // No recommend question asked: the NPS counts are blank beside NPS –, not 0 / 0 / 0 (newuser71).
  const overall = tab.rows(0, 8).find((r) => r[0] === "全部")!;
  expect(overall.slice(2, 8)).toEqual([3, 0.667, "", "", "", ""]);
});

test("a call the Surveys sheet already answers (same customer, same day) is counted once", async () => {
  const surveys: Grid = [
    ["会员卡号", "日期", "总体满意度", "意见"],
    ["VIP0003", "2026-01-24", 2, "异响没修好"],
  ];
  const { dataset } = await ingestWorkbook(
    memorySource({ 会员档案: members, 交易: orders, 回访记录: calls, 满意度调查: surveys }),
    { asOf },
  );
  const s = dataset.surveys!;
  expect(Array.from(s.overall)).toEqual([2, 5, 4]);
  expect(s.comment[0]).toBe("异响没修好");
  expect(Array.from(s.fromContacts!)).toEqual([0, 1, 1]);
  expect(dataset.surveysFromContacts).toMatchObject({ rows: 3, answers: 2, onSheet: 1 });
  const tab = satisfactionTable(
    summariseSatisfaction({
      dataset,
      analysis: none(3),
      rules: defaultRules().satisfaction,
      asOf,
    }),
    dataset,
    defaultRules().satisfaction,
    "en-US",
  );
  expect(String(tab.rows(0, 3)[2][0])).toBe(
    "Of these calls, 1 is answered on the Surveys sheet already (same customer, same day): counted once, as the sheet has it.",
  );
});

test("a contact log with no score column adds no survey", async () => {
  const { dataset } = await ingestWorkbook(
    memorySource({
      会员档案: members,
      交易: orders,
      回访记录: calls.map((r) => r.slice(0, 5)),
    }),
    { asOf },
  );
  expect(dataset.surveys).toBeNull();
  expect(dataset.surveysFromContacts).toBeUndefined();
});
