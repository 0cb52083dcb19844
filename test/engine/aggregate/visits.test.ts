// tester61 U112: a customer's visits (消课记录, Check-ins) are her rhythm; her payments her money.
import {
  activityDays,
  visitsStaleDays,
  visitsStoppedTogether,
} from "../../../src/engine/aggregate/visits";
import { groupByCustomer } from "../../../src/engine/aggregate/byCustomer";
import { visitsReadWarning } from "../../../src/engine/followUp/warnings";
import { summariseCustomers } from "../../../src/engine/aggregate/customerSummary";
import { ingestWorkbook, inputSheets } from "../../../src/engine/ingest/workbook";
import { memorySource } from "../../../src/engine/ingest/memorySource";
import { epochDay, isoDate } from "../../../src/engine/parse/date";
import { analyzeWorkbook } from "../../../src/engine/analyze";
import { RFM_SEGMENTS } from "../../../src/engine/analysis";
import { defaultRules } from "../../../src/engine/rules";
import { churnReasonsText } from "../../../src/engine/churn/reasons";

const asOf = epochDay(2026, 12, 6);
const sheets = {
  学员信息: [["学号"], ["A"], ["B"], ["C"]],
  缴费记录: [
    ["学号", "日期", "金额"],
    ["A", "2025-12-06", 14400],
    ["C", "2026-06-01", 500],
    ["C", "2026-11-01", 500],
  ],
  // A comes every Saturday; B comes with no purchase on the sheet; C has no visit.
  消课记录: [
    ["学号", "上课日期"],
    ["A", "2026-11-21"],
    ["A", "2026-11-28"],
    ["A", "2026-12-05"],
    ["B", "2026-12-05"],
    // After the analysis date: not yet.
    ["A", "2026-12-12"],
  ],
};

test("a customer with visits and a purchase is measured by her visits; her money by her payments", async () => {
  const { dataset } = await ingestWorkbook(memorySource(sheets), { asOf });
  expect(dataset.visits!.count).toBe(4);
  const s = summariseCustomers(dataset, defaultRules(), asOf);
  const m = s.segmentation;
  expect(Array.from(m.byVisits!)).toEqual([1, 0, 0]);
  // A: her last visit (12-05) is her recency; three visit days a week apart, her rhythm.
  expect(m.recencyDays[0]).toBe(1);
  expect(m.purchaseDays[0]).toBe(3);
  expect(m.spendDays[0]).toBe(3);
  expect(m.gapSquares[0]).toBe(2 * 49);
  // … her money: the payment a year ago, in RFM's R and her spend.
  expect(m.paidRecencyDays![0]).toBe(365);
  expect(s.netSpend[0]).toBe(14400);
  expect(s.overview.revenue[0]).toBe(0);
  // B: visits without a purchase say no sale: still a prospect.
  expect(m.purchaseDays[1]).toBe(0);
  // C: no visit: her purchases, as before.
  expect(m.purchaseDays[2]).toBe(2);
  expect(m.recencyDays[2]).toBe(35);
  expect(m.paidRecencyDays![2]).toBeNaN();
  // The plan counts from her last visit, the others' from their last purchase.
  const active = activityDays(s);
  expect(active.last[0]).toBe(epochDay(2026, 12, 5));
  expect(active.last[2]).toBe(epochDay(2026, 11, 1));
});

test("without a visits sheet the plan reads the purchases' own arrays", async () => {
  const { 消课记录: _, ...rest } = sheets;
  const { dataset } = await ingestWorkbook(memorySource(rest), { asOf });
  expect(dataset.visits ?? null).toBeNull();
  const s = summariseCustomers(dataset, defaultRules(), asOf);
  expect(Array.from(s.segmentation.byVisits!)).toEqual([0, 0, 0]);
  expect(activityDays(s).last).toBe(s.lastPurchase);
});

// reviewer62 R2 (/work/notes/stop62/reviewer62/v): a visits log that does not cover a customer's
// payments does not replace their rhythm, and rows saying she did not come are no visits.
const monthly = (id: string, from: number, to: number): (string | number)[][] =>
  Array.from({ length: to - from + 1 }, (_, i) => [
    id,
    `2026-${String(from + i).padStart(2, "0")}-01`,
    99,
  ]);
const weekly = (id: string, from: string, to: string, status?: string): string[][] => {
  const out: string[][] = [];
  for (let d = Date.parse(from); d <= Date.parse(to); d += 7 * 86400000) {
    const day = new Date(d).toISOString().slice(0, 10);
    out.push(status === undefined ? [id, day] : [id, day, status]);
  }
  return out;
};

test("absent, on leave, no-show and cancelled rows are no visits (reviewer62 R2 w3, w4)", async () => {
  const { dataset } = await ingestWorkbook(
    memorySource({
      Customers: [["Customer ID"], ["S1"], ["S2"], ["S3"]],
      Transactions: [
        ["Customer ID", "Date", "Amount"],
        ...monthly("S1", 1, 8),
        ...monthly("S2", 1, 8),
        ...monthly("S3", 1, 12),
      ],
      "Class Bookings": [
        ["Customer ID", "Class Date", "Status"],
        ...weekly("S1", "2026-01-03", "2026-08-29", "Attended"),
        ...weekly("S1", "2026-09-05", "2026-12-05", "No-show"),
        ...weekly("S2", "2026-01-03", "2026-08-29", "Attended"),
        ...weekly("S2", "2026-09-05", "2026-12-05", "Late Cancel"),
        ...weekly("S3", "2026-01-03", "2026-12-05", "Attended"),
      ],
    }),
    { asOf },
  );
  const s = summariseCustomers(dataset, defaultRules(), asOf);
  const m = s.segmentation;
  expect(Array.from(m.byVisits!)).toEqual([1, 1, 1]);
  // S1, S2: last came 08-29 (99 days), not 12-05; S3 still comes.
  expect(m.recencyDays[0]).toBe(99);
  expect(m.recencyDays[1]).toBe(99);
  expect(m.recencyDays[2]).toBe(1);
});

test("a 缺勤 / 请假 status in Chinese is no visit either", async () => {
  const { dataset } = await ingestWorkbook(
    memorySource({
      学员: [["学号"], ["A"]],
      缴费: [
        ["学号", "日期", "金额"],
        ["A", "2026-01-01", 7200],
      ],
      考勤: [
        ["学号", "上课日期", "考勤状态"],
        ["A", "2026-08-01", "出勤"],
        ["A", "2026-08-08", "出勤"],
        ["A", "2026-11-28", "缺勤"],
        ["A", "2026-12-05", "请假"],
      ],
    }),
    { asOf },
  );
  expect(dataset.visits!.count).toBe(2);
  const m = summariseCustomers(dataset, defaultRules(), asOf).segmentation;
  expect(m.recencyDays[0]).toBe(asOf - epochDay(2026, 8, 8));
});

test.each(["考勤", "出勤"])(
  "a status column headed plainly %s is read: an absence is no visit (tester67 U301)",
  async (header) => {
    // tester67's piano school (A_琴韵学员台账.xlsx, sheet 消课记录): 16,064 出勤 and 516 请假/缺勤 rows
    // under 考勤, all read as lessons attended ("列“考勤”未识别，已忽略").
    const { dataset } = await ingestWorkbook(
      memorySource({
        学员: [["学员编号"], ["A"]],
        缴费记录: [
          ["学员编号", "缴费日期", "金额"],
          ["A", "2026-01-01", 7200],
        ],
        消课记录: [
          ["学员编号", "上课日期", header],
          ["A", "2026-08-01", "出勤"],
          ["A", "2026-08-08", "出勤"],
          ["A", "2026-11-28", "缺勤"],
          ["A", "2026-12-05", "请假"],
        ],
      }),
      { asOf },
    );
    expect(dataset.visits!.count).toBe(2);
    const m = summariseCustomers(dataset, defaultRules(), asOf).segmentation;
    expect(m.recencyDays[0]).toBe(asOf - epochDay(2026, 8, 8));
  },
);

test("one sign-in, or fewer visit days than payment days, leaves the payments' rhythm (reviewer62 R2 w1, R2b w7)", async () => {
  const { dataset } = await ingestWorkbook(
    memorySource({
      Customers: [["Customer ID"], ["K1"], ["Q1"], ["M1"]],
      Transactions: [
        ["Customer ID", "Date", "Amount"],
        ...monthly("K1", 1, 11),
        ...monthly("Q1", 1, 12),
        ["M1", "2026-01-01", 990],
      ],
      "Check-ins": [
        ["Customer ID", "Check-in Date"],
        // K1 signed in once, in March: no rhythm of hers.
        ["K1", "2026-03-15"],
        // Q1's log starts in November: 5 check-ins beside 12 monthly payments.
        ...weekly("Q1", "2026-11-07", "2026-12-05"),
        // M1 prepaid a year and comes every week: her visits are her rhythm.
        ...weekly("M1", "2026-01-03", "2026-12-05"),
      ],
    }),
    { asOf },
  );
  const m = summariseCustomers(dataset, defaultRules(), asOf).segmentation;
  expect(Array.from(m.byVisits!)).toEqual([0, 0, 1]);
  expect(m.recencyDays[0]).toBe(asOf - epochDay(2026, 11, 1));
  expect(m.purchaseDays[1]).toBe(12);
  expect(m.firstPurchase[1]).toBe(epochDay(2026, 1, 1));
  expect(m.recencyDays[2]).toBe(1);
});

test("a check-in log ending months before the payments is said and not read (reviewer62 R2 w5)", async () => {
  const data = {
    Customers: [["Customer ID"], ["P1"]],
    Transactions: [["Customer ID", "Date", "Amount"], ...monthly("P1", 1, 12)],
    "Check-ins": [["Customer ID", "Check-in Date"], ...weekly("P1", "2026-01-03", "2026-06-27")],
  };
  const { dataset } = await ingestWorkbook(memorySource(data), { asOf });
  expect(visitsStaleDays(dataset, asOf)).toBe(epochDay(2026, 12, 1) - epochDay(2026, 6, 27));
  const m = summariseCustomers(dataset, defaultRules(), asOf).segmentation;
  expect(Array.from(m.byVisits!)).toEqual([0]);
  expect(m.recencyDays[0]).toBe(5);
  const warning = visitsReadWarning(dataset, () => "Check-ins", asOf)!;
  expect(warning.message["en-US"]).toContain("157 days older than the latest transaction");
  expect(warning.message["zh-CN"]).toContain("比最新交易早 157 天");
  // As of July the same log is current.
  expect(visitsStaleDays(dataset, epochDay(2026, 7, 2))).toBe(0);
});

test("event, staff, sales, website and points sign-ins are no customer's visits (reviewer62 R2)", () => {
  for (const name of [
    "活动签到",
    "会议签到",
    "员工考勤",
    "积分签到",
    "每日签到",
    "小程序签到",
    "Event Attendance",
    "Staff Attendance",
    "Sales Visits",
    "Website Visits",
    "Page Visits",
    "Webinar Attendance",
  ])
    expect([name, inputSheets(["客户", "交易", name]).visits.sheet]).toEqual([name, null]);
  for (const name of ["签到", "考勤", "消课记录", "Check-ins", "Class Bookings", "Attendance"])
    expect(inputSheets(["客户", "交易", name]).visits.sheet).toBe(name);
});

// fix63c (newuser62 M5): 张伟 paid once (01-05) and comes every week. RFM read her last payment:
// 流失客户 / lost, while her stage and risk said she comes. Where her visits are her rhythm, R is
// her last visit; F and M stay her money, and the days since her last purchase stay her payment's.
test("RFM's R reads the last visit of a customer read by her visits (newuser62 M5)", async () => {
  const asOfM5 = epochDay(2026, 12, 1);
  const lessons: string[][] = [];
  for (let d = epochDay(2026, 1, 10); d <= epochDay(2026, 11, 28); d += 7)
    lessons.push(["S01", isoDate(d)]);
  const pays: (string | number)[][] = [["S01", "2026-01-05", 6000]];
  // Five customers paying on their own rhythms, no visits: the quintiles' population.
  ["S02", "S03", "S04", "S05", "S06"].forEach((id, k) => {
    for (let d = epochDay(2026, 1, 1) + k * 9; d <= asOfM5 - 20 * k; d += 30 + 10 * k)
      pays.push([id, isoDate(d), 500]);
  });
  const ids = ["S01", "S02", "S03", "S04", "S05", "S06"];
  const book = (withVisits: boolean) =>
    memorySource({
      学员: [["学员编号"], ...ids.map((id) => [id])],
      缴费: [["学员编号", "缴费日期", "金额"], ...pays],
      ...(withVisits ? { 消课记录: [["学员编号", "上课日期"], ...lessons] } : {}),
    });
  const segmentOf = async (withVisits: boolean) => {
    const a = await analyzeWorkbook(book(withVisits), { rules: defaultRules(), asOf: asOfM5 });
    const an = a.classification.analysis;
    return {
      segment: RFM_SEGMENTS[an.rfmSegment[0]],
      r: an.rScore[0],
      f: an.fScore[0],
      recency: an.recencyDays[0],
    };
  };
  const without = await segmentOf(false);
  const withVisits = await segmentOf(true);
  // Her money alone: a payment 330 days ago, lost.
  expect(without).toMatchObject({ segment: "lost", r: 1, recency: 330 });
  // With her lessons: came 3 days ago, R 5; her frequency and days since paying unchanged.
  expect(withVisits).toMatchObject({ r: 5, f: without.f, recency: 330 });
  expect(withVisits.segment).not.toBe("lost");
  // (The others' R quintiles are read with hers in them: their segments may move, not their R.)
});

describe("a visits log in which every regular stops together long before the date (newuser62 M4b)", () => {
  // The school's rerun as of 2026-12-20 (newuser62/zh, same files as of 12-01): six weekly
  // students; S2 and S4 really stopped (09-12, 08-15), the four still coming were last seen
  // 11-24…11-28. Read as of 12-20 all six were high risk at once ("已 22 天未上课/签到").
  const RERUN = epochDay(2026, 12, 20);
  const school = (extra: string[][] = []) => ({
    Customers: [["Customer ID"], ["S1"], ["S2"], ["S3"], ["S4"], ["S5"], ["S6"]],
    Transactions: [
      ["Customer ID", "Date", "Amount"],
      ["S1", "2026-01-05", 6000],
      ["S2", "2026-02-01", 6000],
      ...monthly("S3", 1, 11),
      ["S4", "2026-03-01", 6000],
      ...monthly("S5", 1, 11),
      ["S6", "2026-04-01", 3000],
    ],
    "Check-ins": [
      ["Customer ID", "Check-in Date"],
      ...weekly("S1", "2026-01-10", "2026-11-28"),
      ...weekly("S2", "2026-02-07", "2026-09-12"),
      ...weekly("S3", "2026-01-06", "2026-11-24"),
      ...weekly("S4", "2026-03-07", "2026-08-15"),
      ...weekly("S5", "2026-01-08", "2026-11-26"),
      ...weekly("S6", "2026-04-04", "2026-11-28"),
      ...extra,
    ],
  });
  const end = epochDay(2026, 11, 28);

  test("is read as of its own last day: the four still coming are not leaving, the two who stopped are", async () => {
    const { dataset } = await ingestWorkbook(memorySource(school()), { asOf: RERUN });
    const groups = groupByCustomer(dataset.visits!.customer, dataset.visits!.day, 6);
    expect(visitsStoppedTogether(dataset.visits!, groups, RERUN)).toEqual({
      end,
      from: epochDay(2026, 11, 24),
      days: 22,
      regulars: 4,
      current: Uint8Array.of(1, 0, 1, 0, 1, 1),
    });
    const s = summariseCustomers(dataset, defaultRules(), RERUN);
    const m = s.segmentation;
    // The four still coming are read as of 11-28; S2 and S4, who stopped before, as before.
    expect(Array.from(m.visitsShift!)).toEqual([22, 0, 22, 0, 22, 22]);
    // Before: 22, 99, 26, 127, 24, 22 days.
    expect(Array.from(m.recencyDays)).toEqual([0, 99, 4, 127, 2, 0]);
    // Her gaps and asOf − recency stay one reading: her first visit moved on as much.
    expect(m.firstPurchase[0]).toBe(epochDay(2026, 1, 10) + 22);
    // The plan reads the true days of their visits.
    expect(activityDays(s).last[0]).toBe(end);
    expect(activityDays(s).first[0]).toBe(epochDay(2026, 1, 10));
    expect(activityDays(s).last[3]).toBe(epochDay(2026, 8, 15));
    // Said, zh and en, as a warning.
    const w = visitsReadWarning(dataset, () => "Check-ins", RERUN)!;
    expect(w.warns).toBe(true);
    expect(w.message["zh-CN"]).toContain(
      "但其中最后一次上课/签到在 2026-11-28，比分析日期早 22 天：当时仍在来的 4 位客户都停在 2026-11-24 至 2026-11-28 这几天。",
    );
    expect(w.message["zh-CN"]).toContain("上课签到按 2026-11-28 判断");
    expect(w.message["en-US"]).toContain(
      "but its last visit is on 2026-11-28, 22 days before the analysis date, and all 4 customers still coming then stop between 2026-11-24 and 2026-11-28.",
    );
    expect(w.message["en-US"]).toContain("visits are read as of 2026-11-28");
  });

  test("her reason counts her last visit's days from the analysis date, and says where the log ends (fix63b)", async () => {
    // Before: "降低风险：上次上课/签到在 0 天前（通常约每 7 天一次）" as of 12-20 for S1, last seen
    // 11-28: the days were the log's end's, not the date's (the At-risk tab's 22).
    const a = await analyzeWorkbook(memorySource(school()), { rules: defaultRules(), asOf: RERUN });
    const zh = churnReasonsText(a.classification.analysis, 0, "zh-CN");
    const en = churnReasonsText(a.classification.analysis, 0, "en-US");
    expect(zh).toContain(
      "降低风险：上次上课/签到在 22 天前（签到表只记到 22 天前，截至那天仍按时来；通常约每 7 天一次）",
    );
    expect(en).toContain(
      "Lowers the risk: last check-in 22 days ago (the log ends 22 days ago and up to then she came on time; usually every 7 days)",
    );
    // S3, last seen 11-24: 26 days from the date, 4 from the log's end.
    expect(churnReasonsText(a.classification.analysis, 2, "zh-CN")).toContain(
      "上次上课/签到在 26 天前（签到表只记到 22 天前",
    );
  });

  test("not when the log is recent, someone still comes, or too few regulars stop", async () => {
    const { dataset } = await ingestWorkbook(memorySource(school()), { asOf: RERUN });
    const v = dataset.visits!;
    const groups = groupByCustomer(v.customer, v.day, 6);
    // Eight days after its end: a weekly export read days later.
    expect(visitsStoppedTogether(v, groups, epochDay(2026, 12, 6))).toBeNull();
    const asOfDec6 = summariseCustomers(dataset, defaultRules(), epochDay(2026, 12, 6));
    expect(asOfDec6.segmentation.visitsShift).toBeUndefined();
    expect(asOfDec6.segmentation.recencyDays[0]).toBe(8);
    expect(visitsReadWarning(dataset, () => "Check-ins", epochDay(2026, 12, 6))!.warns).toBe(
      undefined,
    );
    // S6 still came on 12-19: the others stopping is theirs.
    const still = await ingestWorkbook(memorySource(school([["S6", "2026-12-19"]])), {
      asOf: RERUN,
    });
    const m = summariseCustomers(still.dataset, defaultRules(), RERUN).segmentation;
    expect(m.visitsShift).toBeUndefined();
    expect(m.recencyDays[0]).toBe(22);
    // Two regulars are too few to tell an export from the people.
    const two = school();
    two["Check-ins"] = two["Check-ins"].filter((r) => r[0] !== "S3" && r[0] !== "S5");
    const few = await ingestWorkbook(memorySource(two), { asOf: RERUN });
    const fv = few.dataset.visits!;
    expect(visitsStoppedTogether(fv, groupByCustomer(fv.customer, fv.day, 6), RERUN)).toBeNull();
  });
});
