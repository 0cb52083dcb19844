import {
  CHURN_REASON_CODES,
  MAX_CHURN_REASONS,
  REASON_FIGURES,
} from "../../../src/engine/analysis";
import { relationshipKpis } from "../../../src/engine/overview/kpis";
import { summariseCustomers } from "../../../src/engine/aggregate/customerSummary";
import { epochDay, isoDate, parseIsoDate } from "../../../src/engine/parse/date";
import { analyzeWorkbook } from "../../../src/engine/analyze";
import { memorySource } from "../../../src/engine/ingest/memorySource";
import { defaultRules } from "../../../src/engine/rules";
import { overviewTable } from "../../../src/engine/report/overviewTab";
import { rulesOf } from "../helpers/classify";
import { smallDataset } from "../followUp/smallDataset";

const d = parseIsoDate;

describe("relationshipKpis on a hand-made window", () => {
  // Window: the 12 calendar months to 2025-12-31 (2025-01-01 … 2025-12-31), as the segmentation's;
  // previous: the 12 months before (2024-01-01 … 2024-12-31, 366 days: a leap year).
  const dataset = smallDataset({
    asOf: d("2025-12-31"),
    customers: [{}, {}, {}, {}],
    transactions: [
      { customer: 0, day: d("2024-06-01"), amount: 100 },
      { customer: 0, day: d("2025-03-01"), amount: 50 },
      { customer: 0, day: d("2025-03-01"), amount: 30 },
      { customer: 0, day: d("2025-07-01"), amount: -20 },
      { customer: 1, day: d("2024-05-01"), amount: 200 },
      { customer: 2, day: d("2025-02-01"), amount: 100 },
      { customer: 2, day: d("2025-08-01"), amount: 100 },
      { customer: 2, day: d("2026-01-05"), amount: 999 }, // after the analysis date: ignored
      { customer: 3, day: d("2024-01-01"), amount: 10 }, // first day of the previous window
      { customer: 3, day: d("2023-12-31"), amount: 10 }, // before it
    ],
  });
  // The summary's window: 12 months to the analysis date 2025-12-31.
  const k = relationshipKpis({
    summary: summariseCustomers(dataset, rulesOf({ window: { months: 12 } }), d("2025-12-31")),
    analysis: {
      valueTier: Int8Array.of(0, 1, 0, 2),
      rfmSegment: Int8Array.of(1, 10, 0, -1),
      lifecycleStage: Int8Array.of(3, 5, 2, 0),
      churnLevel: Int8Array.of(2, 0, 2, 1),
    },
  });

  test("the window is the segmentation's: calendar months, start < day ≤ asOf", () => {
    expect(k.windowStart).toBe(d("2024-12-31"));
    expect(k.previousWindowStart).toBe(d("2023-12-31"));
    expect(k.windowMonths).toBe(12);
    expect(k.windowDays).toBe(365);
  });

  test("active, revenue, orders, average order value", () => {
    expect(k.customers).toBe(4);
    expect(k.activeCustomers).toBe(2);
    expect(k.revenue).toBe(50 + 30 - 20 + 200);
    expect(k.orders).toBe(4); // no order ids: one order per purchase row
    expect(k.averageOrderValue).toBe((50 + 30 + 100 + 100) / 4);
  });

  test("repeat purchase counts distinct days; retention follows last window's buyers", () => {
    expect(k.repeatPurchaseRate).toBe(0.5); // customer 2 bought on two days, customer 0 on one
    expect([k.previousActive, k.retained]).toEqual([3, 1]);
    expect(k.retentionRate).toBe(1 / 3);
    expect(k.churnRate).toBeCloseTo(2 / 3, 12);
  });

  test("revenue and counts by tier, segment, stage and risk", () => {
    expect(k.revenueByTier).toEqual([260, 0, 0]);
    expect(k.customersByTier).toEqual([2, 1, 1]);
    expect(k.customersBySegment[1]).toBe(1);
    expect(k.customersBySegment[11]).toBe(1); // no segment
    expect(k.revenueBySegment[0]).toBe(200);
    expect(k.customersByStage).toEqual([1, 0, 1, 1, 0, 1, 0]);
    expect(k.customersByRisk).toEqual([1, 1, 2, 0, 0]);
  });
});

describe("relationshipKpis window edges", () => {
  // 6 months to 2025-06-30: 2024-12-31 … 2025-06-30 (182 days, not round(6 × 365.25 / 12) = 183).
  const asOf = d("2025-06-30");
  const dataset = smallDataset({
    asOf,
    customers: [{}, {}, {}],
    transactions: [
      { customer: 0, day: d("2024-12-30"), amount: 100 }, // the window's start: outside
      { customer: 1, day: d("2024-12-31"), amount: 100 }, // first day inside
      { customer: 2, day: d("2025-06-30"), amount: 100 }, // the analysis date: inside
      { customer: 0, day: d("2024-07-01"), amount: 5 }, // first day of the previous window
      { customer: 1, day: d("2024-06-30"), amount: 5 }, // before it
    ],
  });
  const none = Int8Array.of(-1, -1, -1);
  const k = relationshipKpis({
    summary: summariseCustomers(dataset, rulesOf({ window: { months: 6 } }), d("2025-06-30")),
    analysis: { valueTier: none, rfmSegment: none, lifecycleStage: none, churnLevel: none },
  });

  test("start < day ≤ asOf, previous window the 6 months before", () => {
    expect(k.windowStart).toBe(d("2024-12-30"));
    expect(k.windowDays).toBe(182);
    expect(k.activeCustomers).toBe(2);
    expect(k.revenue).toBe(200);
    expect(k.previousWindowStart).toBe(d("2024-06-30"));
    expect([k.previousActive, k.retained]).toEqual([1, 0]); // customer 0 (2024-07-01 … 2024-12-30)
  });
});

/**
 * The KPIs over 12 months of a dataset whose customers `left` have the churn reason customer_left
 * (classify.ts markLeft), those of `completed` with the completed course's figure (结课).
 */
function kpisWithLeft(
  dataset: ReturnType<typeof smallDataset>,
  asOf: number,
  left: number[],
  completed: number[] = [],
) {
  const n = dataset.customers.count;
  const codes = new Int8Array(n * MAX_CHURN_REASONS).fill(-1);
  const figures = new Float64Array(n * MAX_CHURN_REASONS * REASON_FIGURES);
  for (const c of left) codes[c * MAX_CHURN_REASONS] = CHURN_REASON_CODES.indexOf("customer_left");
  for (const c of completed) figures[c * MAX_CHURN_REASONS * REASON_FIGURES + 1] = 1;
  const none = new Int8Array(n).fill(-1);
  return relationshipKpis({
    summary: summariseCustomers(dataset, rulesOf({ window: { months: 12 } }), asOf),
    analysis: {
      valueTier: none,
      rfmSegment: none,
      lifecycleStage: none,
      churnLevel: none,
      churnReasons: { codes, figures },
    },
  });
}

describe("customers who left by status are churned (tester61 U116)", () => {
  // A yoga studio: four members paid monthly through both windows; M2 canceled (status canceled,
  // read as left: churn reason customer_left) in October after paying all year, M3 finished its
  // course (结课: customer_left with its second figure 1, no leaving). Before: retention 100 %.
  const asOf = d("2026-12-06");
  const monthly = (customer: number) =>
    ["2025-03-01", "2025-09-01", "2026-02-01", "2026-10-01"].map((day) => ({
      customer,
      day: d(day),
      amount: 99,
    }));
  const dataset = smallDataset({
    asOf,
    customers: [{}, {}, {}, {}],
    transactions: [0, 1, 2, 3].flatMap(monthly),
  });
  // M2 left; M3's status said its course was completed.
  const k = kpisWithLeft(dataset, asOf, [1, 2], [2]);

  test("a member who canceled is not retained, though she paid in this window", () => {
    expect([k.previousActive, k.retained, k.previousLeft]).toEqual([4, 3, 1]);
    expect(k.retentionRate).toBe(3 / 4);
    expect(k.churnRate).toBe(1 / 4);
    expect(k.reading.kind).toBe("repeat");
  });
});

describe("a business whose customers mostly buy once (tester61 U116)", () => {
  // A renovation company: five clients renovated once (one order each, a year or more ago), one
  // came back 16 months on for an extra (增项); J7 canceled (已流失) after its deposit. Before:
  // churn 1 − retention = 50 % of the previous window's clients, its past clients "lost".
  const asOf = d("2026-12-06");
  const dataset = smallDataset({
    asOf,
    customers: [{}, {}, {}, {}, {}, {}, {}],
    transactions: [
      { customer: 0, day: d("2025-03-10"), amount: 228000 },
      { customer: 1, day: d("2024-08-01"), amount: 147000 },
      { customer: 2, day: d("2025-06-10"), amount: 172000 },
      { customer: 2, day: d("2026-11-08"), amount: 23000 },
      { customer: 3, day: d("2025-08-20"), amount: 160000 },
      { customer: 4, day: d("2025-06-01"), amount: 134900 },
      { customer: 5, day: d("2024-03-01"), amount: 119000 },
      { customer: 6, day: d("2025-07-02"), amount: 5000 },
    ],
  });
  const k = kpisWithLeft(dataset, asOf, [6]);

  test("reads as one-off: churn counts only those who left, retention is repeat business", () => {
    expect(k.reading).toMatchObject({ kind: "one_off", buyers: 7, once: 6 });
    // Previous window (2024-12-07 … 2025-12-06): J1, J3, J4, J5, J7; J3 came back.
    expect([k.previousActive, k.retained, k.previousLeft]).toEqual([5, 1, 1]);
    expect(k.retentionRate).toBe(1 / 5);
    expect(k.churnRate).toBe(1 / 5);
  });
});

// fix63c: a school where students come weekly, 7 paying each term and 3 a year's package in
// November 2025 (the previous window), read retention 70 % and 7 active customers: the 3 who come
// every week counted as lost. A customer whose visits are her rhythm is active and retained by
// them; the notes say how many, in zh and en.
test("students who come weekly on a year's package are active and retained (fix63c)", async () => {
  const asOfSchool = epochDay(2026, 12, 1);
  const ids = Array.from({ length: 10 }, (_, k) => `S${k + 1}`);
  const pays: (string | number)[][] = [];
  const lessons: string[][] = [];
  ids.forEach((id, k) => {
    if (k < 7) for (const d of ["2025-09-01", "2026-03-01", "2026-09-01"]) pays.push([id, d, 3000]);
    else pays.push([id, "2025-11-20", 6000]);
    for (let d = epochDay(2025, 9, 6); d <= epochDay(2026, 11, 28); d += 7)
      lessons.push([id, isoDate(d)]);
  });
  const run = (withVisits: boolean) =>
    analyzeWorkbook(
      memorySource({
        学员: [["学号"], ...ids.map((id) => [id])],
        缴费: [["学号", "缴费日期", "金额"], ...pays],
        ...(withVisits ? { 上课签到: [["学号", "上课日期"], ...lessons] } : {}),
      }),
      { rules: defaultRules(), asOf: asOfSchool },
    );
  const money = (await run(false)).kpis;
  expect([money.activeCustomers, money.retentionRate]).toEqual([7, 0.7]);
  const a = await run(true);
  const k = a.kpis;
  expect([k.activeCustomers, k.activeByVisits, k.retentionRate, k.retainedByVisits]).toEqual([
    10, 3, 1, 3,
  ]);
  // The repeat rate stays among the buyers: 7 paid twice in the window.
  expect(k.repeatPurchaseRate).toBe(1);
  const note = (lang: "zh-CN" | "en-US", label: string): string => {
    const t = overviewTable(
      { kpis: k, satisfaction: a.satisfaction, complaints: a.complaints, asOf: a.asOf },
      lang,
    );
    return String(t.rows(0, t.rowCount).find((r) => r[0] === label)![2]);
  };
  expect(note("zh-CN", "活跃客户")).toContain(
    "或按上课签到判断的客户期间内有上课/签到（仅按上课签到计 3 位）",
  );
  expect(note("zh-CN", "留存率（%）")).toContain(
    "按上课签到判断的客户，有上课/签到也算（仅按上课签到计为留存 3 位）",
  );
  expect(note("en-US", "Active customers")).toContain("3 customers by visits alone");
  expect(note("en-US", "Retention rate (%)")).toContain("3 customers retained by visits alone");
});
