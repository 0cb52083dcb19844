/**
 * tester69 U503, U506 (/work/notes/stop69/tester69/school/gen.py, cut down; print/gen.py's shape in
 * English): a student who took a refund of her remaining 课时 (缴费记录 `退费（剩余课时） −5,440` of a
 * 8,160 course) and a customer whose last order was refunded got urgent win-back calls whose
 * reasons said only "overdue". A refund of most of the last purchase, nothing bought since, is
 * said first among what adds risk (churn reason `refunded`) and quoted on the call with the
 * refund row's note.
 */
import { analyzeWorkbook, type Analysis } from "../../../src/engine/analyze";
import type { Grid } from "../../../src/engine/cells";
import { churnReasonsText } from "../../../src/engine/churn/reasons";
import { refunded } from "../../../src/engine/churn/refunded";
import { talkingPointText, talkingPoints } from "../../../src/engine/followUp/talkingPoints";
import { memorySource } from "../../../src/engine/ingest/memorySource";
import { parseIsoDate } from "../../../src/engine/parse/date";
import { defaultRules } from "../../../src/engine/rules";
import { every } from "../helpers/clinic";

const AS_OF = parseIsoDate("2026-11-30");

const students: Grid = [
  ["学号", "学员姓名", "家长", "联系电话", "在读状态", "备注"],
  ["QH2701", "崔俊熙", "崔女士", "15587718841", "在读", ""],
  ["QH2702", "梁语桐", "梁先生", "15582201805", "在读", ""],
  ["QH2703", "周子涵", "周女士", "15582201806", "在读", ""],
  ["QH2706", "于梦瑶", "于先生", "18267356120", "在读", "已退费"],
];
const payments: Grid = [
  ["缴费日期", "学号", "课程", "课时数", "实收金额", "支付方式"],
  ...every("QH2701", "2025-03-01", "2026-11-20", 60, "少儿英语24课时", 4080).map((r) => [
    r[0],
    r[1],
    r[2],
    24,
    r[3],
    "微信",
  ]),
  ...every("QH2702", "2025-04-01", "2026-11-01", 120, "少儿英语48课时", 8160).map((r) => [
    r[0],
    r[1],
    r[2],
    48,
    r[3],
    "刷卡",
  ]),
  // A small return of a book (120 of 8,160): not "most of" it.
  ["2025-06-01", "QH2703", "少儿英语48课时", 48, 8160, "微信"],
  ["2026-05-01", "QH2703", "少儿英语48课时", 48, 8160, "微信"],
  ["2026-05-10", "QH2703", "退教材", 0, -120, "微信"],
  ["2025-10-06", "QH2706", "少儿英语48课时", 48, 8160, "微信"],
  ["2026-04-06", "QH2706", "少儿英语48课时", 48, 8160, "微信"],
  ["2026-05-16", "QH2706", "退费（剩余课时）", -32, -5440, "原路退回"],
];

let a: Analysis;
beforeAll(async () => {
  a = await analyzeWorkbook(memorySource({ 学员信息: students, 缴费记录: payments }), {
    rules: defaultRules(),
    asOf: AS_OF,
  });
});
const at = (id: string) => a.dataset.customers.id.indexOf(id);

test("a refund of most of the last purchase is found; a small return is not", () => {
  const r = refunded(a.dataset, AS_OF)!;
  expect(r.amount[at("QH2706")]).toBe(5440);
  expect(r.bought[at("QH2706")]).toBe(8160);
  expect(r.amount[at("QH2703")]).toBe(0);
  expect(r.amount[at("QH2701")]).toBe(0);
});

test("the refund is said first among the reasons, zh and en (before: overdue only)", () => {
  const c = at("QH2706");
  const zh = churnReasonsText(a.classification.analysis, c, "zh-CN");
  const en = churnReasonsText(a.classification.analysis, c, "en-US");
  expect(zh).toMatch(/^退费 5,440（2026-05-16，上次购买 8,160），此后未再购买/);
  expect(en).toMatch(
    /^Refunded 5,440 of the last purchase of 8,160 on 2026-05-16; nothing bought since/,
  );
  expect(churnReasonsText(a.classification.analysis, at("QH2703"), "zh-CN")).not.toContain("退费");
});

test("the call's talking point opens with the refund", () => {
  const p = talkingPoints(a.dataset, AS_OF);
  const c = at("QH2706");
  expect(talkingPointText(p, a.dataset, c, AS_OF, "zh-CN")).toMatch(
    /^2026-05-16 退费 5,440：通话先提这次退费/,
  );
  expect(talkingPointText(p, a.dataset, c, AS_OF, "en-US")).toMatch(
    /^Refunded 5,440 on 2026-05-16: open with it/,
  );
});

test("an order refunded in full quotes its note (en)", async () => {
  const e = await analyzeWorkbook(
    memorySource({
      Customers: [
        ["Customer ID", "Name", "Email"],
        ["C1", "Karen Rodriguez", "karen@rosa.com"],
        ["C2", "John Jackson", "john@rosa.com"],
      ],
      Orders: [
        ["Date", "Customer ID", "Item", "Amount", "Note"],
        ...every("C1", "2025-01-10", "2026-07-20", 45, "Menus - Tri-fold (250)", 189).map((r) => [
          ...r,
          "",
        ]),
        ["2026-07-24", "C1", "Refund", -189, "Misprinted menus, full refund. Owner was upset."],
        ...every("C2", "2025-01-05", "2026-11-25", 40, "Flyers 8.5x11 (500)", 145).map((r) => [
          ...r,
          "",
        ]),
      ],
    }),
    { rules: defaultRules(), asOf: AS_OF },
  );
  const c = e.dataset.customers.id.indexOf("C1");
  expect(churnReasonsText(e.classification.analysis, c, "en-US")).toMatch(
    /^Refunded 189 of the last purchase \(189\) on 2026-07-24; nothing bought since/,
  );
  expect(churnReasonsText(e.classification.analysis, c, "zh-CN")).toMatch(
    /^退费 189（2026-07-24，上次购买 189 全部退回）/,
  );
  const p = talkingPoints(e.dataset, AS_OF);
  expect(talkingPointText(p, e.dataset, c, AS_OF, "en-US")).toMatch(
    /^Refunded 189 on 2026-07-24: “Misprinted menus, full refund\. Owner was upset\.”; open with it/,
  );
});

/**
 * reviewer70 M1 (test/rv70/refundWrong.test.ts, /work/notes/stop70/reviewer70/): the refund was
 * weighed against the last purchase day's money whatever it refunded. A: −5,440 of the 8,160
 * course after a 200 book read "上次购买 200 全部退回"; B: a same-day exchange (−100, +100) read
 * "退费 100，此后未再购买" and opened her weekly call; C: −300 for an older machine the day after a
 * 20 coffee read "上次购买 20 全部退回" (no 300 purchase on record).
 */
describe("the purchase a refund matches (reviewer70 M1)", () => {
  let m: Analysis;
  beforeAll(async () => {
    m = await analyzeWorkbook(
      memorySource({
        Customers: [
          ["Customer ID", "Name"],
          ["A", "Ann"],
          ["B", "Bo"],
          ["C", "Cy"],
          ["D", "Di"],
        ],
        Orders: [
          ["Date", "Customer ID", "Item", "Amount"],
          ...every("A", "2025-01-10", "2026-04-06", 90, "course", 8160),
          ["2026-05-01", "A", "book", 200],
          ["2026-05-16", "A", "refund course", -5440],
          ...every("B", "2025-01-05", "2026-11-22", 7, "jacket", 100),
          ["2026-11-22", "B", "return jacket (exchange)", -100],
          ["2026-11-22", "B", "jacket size M", 100],
          ...every("C", "2025-01-05", "2026-11-23", 7, "coffee", 20),
          ["2026-11-24", "C", "refund espresso machine", -300],
          ...every("D", "2025-01-05", "2026-11-23", 7, "coffee", 20),
        ],
      }),
      { rules: defaultRules(), asOf: AS_OF },
    );
  });
  const of = (id: string) => m.dataset.customers.id.indexOf(id);

  test("a refund of an earlier purchase is said of it, not of the last one", () => {
    const r = refunded(m.dataset, AS_OF)!;
    expect(r.amount[of("A")]).toBe(5440);
    expect(r.bought[of("A")]).toBe(8160);
    expect(r.earlier[of("A")]).toBe(1);
    const an = m.classification.analysis;
    expect(churnReasonsText(an, of("A"), "zh-CN")).toMatch(
      /^退费 5,440（2026-05-16，此前一笔 8,160 的购买），此后未再购买/,
    );
    expect(churnReasonsText(an, of("A"), "en-US")).toMatch(
      /^Refunded 5,440 of an earlier purchase of 8,160 on 2026-05-16; nothing bought since/,
    );
  });

  test("a same-day exchange and a refund matching no purchase are no refund", () => {
    const r = refunded(m.dataset, AS_OF)!;
    for (const id of ["B", "C", "D"]) {
      expect(r.amount[of(id)]).toBe(0);
      expect(churnReasonsText(m.classification.analysis, of(id), "zh-CN")).not.toContain("退费");
    }
    const p = talkingPoints(m.dataset, AS_OF);
    expect(talkingPointText(p, m.dataset, of("B"), AS_OF, "zh-CN")).not.toContain("退费");
  });

  test("the schedule carries the refunds the churn reasons read, measured once", () => {
    expect(m.schedule.said.refunded?.amount[of("A")]).toBe(5440);
  });
});
