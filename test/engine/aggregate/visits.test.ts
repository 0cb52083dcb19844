// tester61 U112: a customer's visits (消课记录, Check-ins) are her rhythm; her payments her money.
import { activityDays } from "../../../src/engine/aggregate/visits";
import { summariseCustomers } from "../../../src/engine/aggregate/customerSummary";
import { ingestWorkbook } from "../../../src/engine/ingest/workbook";
import { memorySource } from "../../../src/engine/ingest/memorySource";
import { epochDay } from "../../../src/engine/parse/date";
import { defaultRules } from "../../../src/engine/rules";

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
