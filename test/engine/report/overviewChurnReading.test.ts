import { overviewTable } from "../../../src/engine/report/overviewTab";
import { overviewKpis, overviewStageRules } from "../overview/overviewKpis";

// tester61 U116: the Overview's retention and churn rates said nothing of the members who left by
// status (a yoga studio read retention 100 %) nor of a business whose clients buy once (a
// renovation company read churn 50 %). The notes say which reading the rates follow, zh and en.

const rowOf = (kpis: ReturnType<typeof overviewKpis>, lang: "zh-CN" | "en-US", label: string) => {
  const t = overviewTable(
    { kpis, satisfaction: null, complaints: null, asOf: 20453, stageRules: overviewStageRules() },
    lang,
  );
  return t.rows(0, t.rowCount).find((r) => r[0] === label)!;
};

test("customers who left are said under the retention rate", () => {
  const kpis = overviewKpis({ retained: 13, previousActive: 15, previousLeft: 2 });
  expect(rowOf(kpis, "zh-CN", "留存率（%）")[2]).toMatch(
    /（13 \/ 15）；其中 2 位客户表写明已离开（状态或停用日期），不计为留存$/,
  );
  expect(rowOf(kpis, "en-US", "Retention rate (%)")[2]).toMatch(
    /\(13 \/ 15\); 2 customers who left \(the Customers sheet's status or closed date\) count as not retained$/,
  );
  expect(rowOf(kpis, "zh-CN", "流失率（%）")[2]).toBe("1 − 留存率");
});

test("where most customers buy once, churn counts those who left and retention reads as repeat business", () => {
  const kpis = overviewKpis({
    retained: 3,
    previousActive: 6,
    previousLeft: 0,
    retentionRate: 0.5,
    churnRate: 0,
    reading: { kind: "one_off", buyers: 6, once: 5, repeatGapDays: 516 },
  });
  expect(rowOf(kpis, "zh-CN", "流失率（%）")[2]).toBe(
    "客户大多只购买一次（首次购买满一年的 6 位中 5 位只买过一次），未再购买的老客户不算流失：上一期 12 个月有购买的客户中，客户表写明已离开（状态或停用日期）的比例（0 / 6）",
  );
  expect(rowOf(kpis, "en-US", "Churn rate (%)")[2]).toBe(
    "Most customers buy once (5 of the 6 who first bought a year or more ago), so a past client who has not bought again is not lost: of customers who bought in the previous 12 months, the share who left (the Customers sheet's status or closed date) (0 / 6)",
  );
  expect(rowOf(kpis, "zh-CN", "留存率（%）")[2]).toMatch(/此比例反映回头生意，而非忠诚度$/);
  expect(rowOf(kpis, "en-US", "Retention rate (%)")[2]).toMatch(
    /Here this is repeat business, not loyalty: most customers buy once$/,
  );
});
