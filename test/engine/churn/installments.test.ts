/**
 * tester61 U113 (a renovation company's 收款台账; repro u-inst-*.csv): one renovation paid as 首期款
 * / 中期款 / 尾款 over four months under one 订单号 was read as three purchases of a 75-day rhythm,
 * so a finished client read high, "超出自身购买周期 284 天（通常约每 75 天购买一次）", and a
 * 质保金 a year after the 尾款 made J2 won back. Where the sheet has an order ID, a later day whose
 * rows all belong to an order paid on an earlier day is a further payment of that order: no
 * purchase day, no purchase of the rhythm, no return; the recency still counts from it (the job's
 * last payment is the customer's last activity).
 */
import { analyzeWorkbook, type Analysis } from "../../../src/engine/analyze";
import { churnReasonsText } from "../../../src/engine/churn/reasons";
import type { Grid } from "../../../src/engine/cells";
import { memorySource } from "../../../src/engine/ingest/memorySource";
import { STAGE } from "../../../src/engine/lifecycle/stage";
import { parseIsoDate } from "../../../src/engine/parse/date";
import { defaultRules } from "../../../src/engine/rules";
import { FOLLOW_UP_REASONS } from "../../../src/engine/rules/followUpCodes";
import { RISK_LEVELS } from "../../../src/engine/analysis";

const HIGH = RISK_LEVELS.indexOf("high");

const asOf = parseIsoDate("2026-12-06");

/** tester61's repro (u-inst-交易.csv), with J3 (two renovations) and J4 (a new order at once). */
const payments: (string | number)[][] = [
  ["收款日期", "客户编号", "订单号", "款项", "金额"],
  ["2025-08-20", "J1", "HT-12", "首期款", 50000],
  ["2025-10-10", "J1", "HT-12", "中期款", 66000],
  ["2025-12-12", "J1", "HT-12", "尾款", 44000],
  ["2025-03-10", "J2", "HT-03", "首期款", 63400],
  ["2025-05-15", "J2", "HT-03", "中期款", 91200],
  ["2025-07-20", "J2", "HT-03", "尾款", 57000],
  ["2026-07-25", "J2", "HT-03", "质保金", 11400],
  ["2025-02-01", "J3", "HT-01", "首期款", 40000],
  ["2025-04-01", "J3", "HT-01", "尾款", 30000],
  ["2026-09-01", "J3", "HT-30", "首期款", 20000],
  ["2026-10-15", "J3", "HT-30", "尾款", 10000],
  ["2025-01-10", "J4", "HT-02", "首期款", 30000],
  ["2025-12-20", "J4", "HT-02", "尾款", 30000],
  ["2026-03-01", "J4", "HT-40", "增项", 8000],
];

const customers: Grid = [["客户编号"], ["J1"], ["J2"], ["J3"], ["J4"]];

function run(rows: (string | number)[][]): Promise<Analysis> {
  return analyzeWorkbook(memorySource({ 客户: customers, 交易: rows as Grid }), {
    rules: defaultRules(),
    asOf,
  });
}

describe("an order paid in installments is one purchase (tester61 U113)", () => {
  let a: Analysis;
  const c = (id: string) => a.dataset.customers.id.indexOf(id);
  beforeAll(async () => {
    a = await run(payments);
  });

  test("J1's three payments of HT-12 are one purchase day, not a 75-day rhythm", () => {
    // Before: purchase days 3 (both counts), days with spend 3, "通常约每 75 天购买一次".
    expect(a.summary.orders[c("J1")]).toBe(1);
    expect(a.summary.purchaseDays[c("J1")]).toBe(1);
    expect(a.summary.segmentation.purchaseDays[c("J1")]).toBe(1);
    expect(a.summary.segmentation.spendDays[c("J1")]).toBe(1);
    expect(churnReasonsText(a.classification.analysis, c("J1"), "zh-CN")).not.toMatch(
      /超出自身购买周期/,
    );
  });

  test("the recency and the spend still count the last payment", () => {
    expect(a.classification.analysis.recencyDays[c("J1")]).toBe(359);
    expect(a.summary.netSpend[c("J1")]).toBe(160000);
    // The 尾款 of 2025-12-12 is the window's payment: F 1 beside M 44,000.
    expect(a.summary.segmentation.frequency[c("J1")]).toBe(1);
    expect(a.summary.segmentation.monetary[c("J1")]).toBe(44000);
  });

  test("J2's 质保金 a year after the 尾款 is no return: not won back", () => {
    // Before: won_back (the 质保金 came 370 days after the 尾款).
    expect(a.summary.segmentation.wonBackDay[c("J2")]).toBeNaN();
    expect(a.classification.analysis.lifecycleStage[c("J2")]).not.toBe(STAGE.won_back);
  });

  test("a new order is a purchase; the gap to it counts from the last payment", () => {
    // J3: two renovations, HT-01 and HT-30, 17 months apart: two purchase days, back after 518 days.
    expect(a.summary.segmentation.purchaseDays[c("J3")]).toBe(2);
    expect(a.summary.segmentation.spendDays[c("J3")]).toBe(2);
    expect(a.summary.segmentation.wonBackDay[c("J3")]).toBe(parseIsoDate("2026-09-01"));
    // J4: paid HT-02 until 2025-12-20, a new order 71 days later: no return after a year away.
    expect(a.summary.segmentation.purchaseDays[c("J4")]).toBe(2);
    expect(a.summary.segmentation.wonBackDay[c("J4")]).toBeNaN();
  });

  test("a finished job paid in installments gets its regular contact, no retention call", () => {
    // Before: J1 an urgent win_back on 12-07 (as a finished course, fix61d: one day with spend, the
    // rest only later activity). J3, with a second renovation, is no finished course.
    const finished = a.schedule.finishedCourse!;
    expect([finished[c("J1")], finished[c("J2")], finished[c("J3")]]).toEqual([1, 1, 0]);
    const f = a.schedule.followUps;
    const reasons = Array.from(f.customer, (k, i) => (k === c("J1") ? f.reason[i] : -1));
    expect(reasons.filter((r) => r >= 0).map((r) => FOLLOW_UP_REASONS[r])).not.toContain(
      "win_back",
    );
  });

  test("a contract number (合同编号, 合同号, Contract No.) is not the order ID (reviewer63 R5)", async () => {
    // fix63g read it as the order ID for tester61's 家装 installments; withdrawn: a framework
    // contract's number is written on every monthly delivery (reviewer63 r7: 12 distributors,
    // HT2025-001 on 12 deliveries of 2025, HT2026-001 on those of 2026; K01–K03 stopped in June).
    // Read as the order: orders (overview) 129 → 24, all 261 deliveries → 24 orders, K01 18
    // purchase days → 2 and high → low, the 30-day plan 30 contacts → 0.
    const rows: (string | number)[][] = [["客户编号", "日期", "合同编号", "金额"]];
    const ids: string[][] = [["客户编号"]];
    for (let i = 1; i <= 12; i++) {
      const id = `K${String(i).padStart(2, "0")}`;
      ids.push([id]);
      for (const [year, months] of [
        [2025, 12],
        [2026, i > 3 ? 11 : 6],
      ]) {
        for (let m = 1; m <= months; m++) {
          const day = `${year}-${String(m).padStart(2, "0")}-10`;
          rows.push([id, day, `HT${year}-${String(i).padStart(3, "0")}`, 20000]);
        }
      }
    }
    for (const header of ["合同编号", "合同号", "Contract No."]) {
      const b = await analyzeWorkbook(
        memorySource({
          客户: ids,
          交易: rows.map((r, i) => (i === 0 ? [r[0], r[1], header, r[3]] : r)) as Grid,
        }),
        { rules: defaultRules(), asOf },
      );
      const k = b.dataset.customers.id.indexOf("K01");
      expect([header, b.dataset.sources.transactions!.columns.orderId]).toEqual([
        header,
        undefined,
      ]);
      expect([header, b.summary.orders.reduce((s, n) => s + n, 0)]).toEqual([header, 261]);
      expect([header, b.summary.segmentation.purchaseDays[k]]).toEqual([header, 18]);
      expect([header, b.classification.analysis.churnLevel[k]]).toEqual([header, HIGH]);
    }
  });

  test("without an order ID each day is a purchase, as before", async () => {
    const b = await run(payments.map((r) => [r[0], r[1], r[3], r[4]]));
    const k = b.dataset.customers.id.indexOf("J1");
    expect(b.summary.segmentation.purchaseDays[k]).toBe(3);
    expect(b.summary.segmentation.spendDays[k]).toBe(3);
  });
});

/**
 * reviewer61 R17: a café's 订单号 is the day's 取餐号 (001, 002, … restarted each day), so every
 * member's later visits carried an ID she had used on an earlier day and were read as installments:
 * purchase days 97 → 1–9, a weekly regular's rhythm 7 → 105 days, her urgent win-back lost. IDs used
 * by different customers (or by one on more days than an installment plan has) are recycled: every
 * day is a purchase again.
 */
describe("order numbers restarted each day are no installments (reviewer61 R17)", () => {
  const start = parseIsoDate("2025-12-01");
  const iso = (d: number) => new Date(d * 86_400_000).toISOString().slice(0, 10);
  /**
   * W1 weekly until 20 days ago (two missed weeks: one, 13 days, is a holiday, no stop; tester66
   * U234); W2 every 3 days; W3 every 5 days: ids the day's sequence.
   */
  function cafe(): (string | number)[][] {
    const rows: (string | number)[][] = [["日期", "会员编号", "订单号", "金额"]];
    for (let d = start; d <= asOf - 2; d++) {
      let seq = 0;
      const take = (id: string) => rows.push([iso(d), id, String(++seq).padStart(3, "0"), 38]);
      if ((d - start) % 7 === 0 && d <= asOf - 20) take("W1");
      if ((d - start) % 3 === 0) take("W2");
      if ((d - start) % 5 === 0) take("W3");
    }
    return rows;
  }
  let a: Analysis;
  const c = (id: string) => a.dataset.customers.id.indexOf(id);
  beforeAll(async () => {
    a = await analyzeWorkbook(
      memorySource({ 客户: [["会员编号"], ["W1"], ["W2"], ["W3"]], 交易: cafe() as Grid }),
      { rules: defaultRules(), asOf },
    );
  });

  test("every visit day is a purchase day of the member's rhythm", () => {
    // Before: W1 1 purchase day (her 001 of the first day), W2 and W3 a handful.
    const weeks = Math.floor((asOf - 20 - start) / 7) + 1;
    expect(a.summary.purchaseDays[c("W1")]).toBe(weeks);
    expect(a.summary.segmentation.purchaseDays[c("W1")]).toBe(weeks);
    expect(a.summary.segmentation.spendDays[c("W1")]).toBe(weeks);
    expect(a.summary.segmentation.purchaseDays[c("W2")]).toBe(
      Math.floor((asOf - 2 - start) / 3) + 1,
    );
  });

  test("the weekly regular who stopped is overdue against her 7-day rhythm, in zh and en", () => {
    const k = c("W1");
    expect(a.classification.typicalGapDays[k]).toBe(7);
    expect(churnReasonsText(a.classification.analysis, k, "zh-CN")).toMatch(/超出自身购买周期/);
    expect(churnReasonsText(a.classification.analysis, k, "en-US")).toMatch(/own rhythm/i);
    expect(a.schedule.finishedCourse![k]).toBe(0);
  });

  test("one customer's ID on more days than an installment plan has is recycled too", async () => {
    // A member's card number in the 订单号 column: 20 weekly visits under one ID, beside J1's
    // installments. Before: 1 purchase day. The sheet's IDs are then no orders: J1's three
    // payments are three days again, as without an order ID.
    const card = Array.from({ length: 20 }, (_, w) => [
      iso(start + 7 * w),
      "J5",
      "VIP-0007",
      "",
      38,
    ]);
    const b = await analyzeWorkbook(
      memorySource({ 客户: [...customers, ["J5"]], 交易: [...payments, ...card] as Grid }),
      { rules: defaultRules(), asOf },
    );
    const k = (id: string) => b.dataset.customers.id.indexOf(id);
    expect(b.summary.segmentation.purchaseDays[k("J5")]).toBe(20);
    expect(b.summary.segmentation.purchaseDays[k("J1")]).toBe(3);
  });
});
