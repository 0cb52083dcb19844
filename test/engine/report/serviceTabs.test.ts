import { scheduleFollowUps } from "../../../src/engine/followUp/schedule";
import { followUpTable, followUpsJson } from "../../../src/engine/report/followUpTab";
import { satisfactionJson, satisfactionTable } from "../../../src/engine/report/satisfactionTab";
import { complaintsJson, complaintsTable } from "../../../src/engine/report/complaintsTab";
import { overviewJson, overviewTable } from "../../../src/engine/report/overviewTab";
import { runLogColumns, runLogTable } from "../../../src/engine/report/runLogTab";
import { summariseSatisfaction } from "../../../src/engine/satisfaction/summary";
import { summariseComplaints } from "../../../src/engine/complaints/summary";
import { relationshipKpis } from "../../../src/engine/overview/kpis";
import { groupByCustomer } from "../../../src/engine/aggregate/byCustomer";
import {
  complaintRulesSchema,
  followUpRulesSchema,
  satisfactionRulesSchema,
} from "../../../src/engine/rules/service";
import { parseIsoDate } from "../../../src/engine/parse/date";
import type { ReportTable } from "../../../src/engine/report/table";
import { smallDataset } from "../followUp/smallDataset";

const d = parseIsoDate;
const asOf = d("2026-03-06"); // a Friday

const dataset = smallDataset({
  asOf,
  customers: [
    { id: "C1", name: "甲公司", owner: "王", consent: 1 },
    { id: "C2", name: "乙公司", owner: "王", consent: 0 },
    { id: "C3", name: "丙", owner: "", consent: 1 },
  ],
  transactions: [
    { customer: 0, day: d("2025-05-01"), amount: 500 },
    { customer: 0, day: d("2026-01-05"), amount: 300 },
    { customer: 1, day: d("2025-12-01"), amount: 100 },
  ],
  surveys: [
    { customer: 0, day: d("2026-02-01"), overall: 5, recommend: 10, quality: 5 },
    { customer: 1, day: d("2026-02-10"), overall: 2, recommend: 4, price: 1, comment: "=贵" },
    { customer: 2, day: d("2025-11-10"), overall: 4, recommend: 8 },
  ],
  complaints: [
    {
      customer: 1,
      receivedAt: d("2026-03-02") + 0.4,
      firstResponseAt: d("2026-03-02") + 0.5,
      resolvedAt: d("2026-03-03"),
    },
    { customer: 1, receivedAt: d("2026-03-05"), complex: true },
  ],
});
const analysis = {
  valueTier: Int8Array.of(0, 1, 2),
  churnLevel: Int8Array.of(0, 0, 2),
  lifecycleStage: Int8Array.of(3, 3, 0),
  rfmSegment: Int8Array.of(0, 7, -1),
};
const lastPurchase = Float64Array.of(d("2026-01-05"), d("2025-12-01"), NaN);
const schedule = scheduleFollowUps({
  dataset,
  analysis,
  lastPurchase,
  rules: followUpRulesSchema.parse({}),
  asOf,
});
const satisfaction = summariseSatisfaction({
  dataset,
  analysis,
  rules: satisfactionRulesSchema.parse({}),
  asOf,
});
const complaints = summariseComplaints({ dataset, rules: complaintRulesSchema.parse({}), asOf });
const t = dataset.transactions;
const kpis = relationshipKpis({
  dataset,
  groups: groupByCustomer(t.customer, t.day, 3),
  analysis,
  windowDays: 365,
  asOf,
});

function allRows(table: ReportTable) {
  return table.rows(0, table.rowCount);
}

describe("follow-up schedule tab", () => {
  test("sheet names, headers and one row per planned or unscheduled contact", () => {
    const zh = followUpTable(schedule, dataset, "zh-CN");
    const en = followUpTable(schedule, dataset, "en-US");
    expect(zh.sheetName).toBe("回访计划");
    expect(en.sheetName).toBe("Follow-up schedule");
    expect(zh.columns.map((c) => c.key)).toEqual(en.columns.map((c) => c.key));
    expect(zh.columns[0].header).toBe("回访日期");
    expect(zh.rowCount).toBe(schedule.followUps.count + schedule.unscheduled.count);
    const rows = allRows(en);
    expect(rows).toHaveLength(en.rowCount);
    for (const r of rows) expect(r).toHaveLength(en.columns.length);
    // Customer C2 refused marketing: the win-back is listed, not planned.
    const c2 = rows.filter((r) => r[2] === "C2" && r[4] === "Win-back (high churn risk)");
    expect(c2).toHaveLength(1);
    expect(c2[0][10]).toBe("Not scheduled");
    expect(c2[0][0]).toBeNull();
    // Blocks are produced on demand and agree with the whole.
    expect(en.rows(1, 3)).toEqual(rows.slice(1, 3));
    expect(en.highlight?.fills.High).toBeDefined();
  });

  test("JSON: ISO dates, reason code and words, channel and priority codes", () => {
    const json = followUpsJson(schedule, dataset, "zh-CN");
    expect(json.followUps.length).toBe(schedule.followUps.count);
    for (const f of json.followUps) {
      expect(f.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(["phone", "email", "visit", "online"]).toContain(f.channel);
      expect(["high", "medium", "low"]).toContain(f.priority);
    }
    const winBack = json.followUps.find(
      (f) => f.customerId === "C1" && f.reason.code === "win_back",
    );
    expect(winBack).toMatchObject({
      date: "2026-03-06",
      owner: "王",
      overdueDays: 0,
      reason: { text: "挽回联系（高流失风险）" },
    });
    expect(json.unscheduled.find((u) => u.customerId === "C2")?.unscheduledReason.code).toBe(
      "no_marketing_consent",
    );
    expect(json.horizon).toEqual({ from: "2026-03-06", to: "2026-04-04" });
  });
});

describe("satisfaction tab", () => {
  test("says how CSAT and NPS are computed and lists low scores", () => {
    const en = satisfactionTable(satisfaction, dataset, satisfactionRulesSchema.parse({}), "en-US");
    expect(en.sheetName).toBe("Satisfaction");
    expect(en.style).toBe("layout");
    const rows = allRows(en);
    const width = en.columns.length;
    for (const r of rows) expect(r).toHaveLength(width);
    expect(String(rows[1][0])).toContain("CSAT = share of overall scores (1–5) of 4–5");
    const all = rows.find((r) => r[0] === "All")!;
    expect(all[2]).toBe(3); // responses
    expect(all[3]).toBe(66.7); // CSAT %: 5 and 4 of 5, 2, 4
    expect(all[4]).toBe(0); // NPS: one promoter, one detractor of three
    const low = rows.find((r) => r[0] === "C2")!;
    expect(low[3]).toBe("2026-02-10");
    expect(low[6]).toBe("Price");
    expect(
      satisfactionTable(satisfaction, dataset, satisfactionRulesSchema.parse({}), "zh-CN")
        .sheetName,
    ).toBe("满意度");
  });

  test("JSON shares and null without a Surveys sheet", () => {
    const json = satisfactionJson(satisfaction, dataset)!;
    expect(json.overall.csat).toBeCloseTo(2 / 3, 12);
    expect(json.overall.nps).toBe(0);
    expect(json.lowScores.map((l) => l.customerId)).toEqual(["C2"]);
    expect(satisfactionJson(null, dataset)).toBeNull();
    expect(
      allRows(satisfactionTable(null, dataset, satisfactionRulesSchema.parse({}), "zh-CN"))[1][0],
    ).toBe("工作簿中没有满意度调查表。");
  });
});

describe("complaints tab", () => {
  test("SLA rows, causes and repeat complainers", () => {
    const zh = complaintsTable(complaints, dataset, complaintRulesSchema.parse({}), "zh-CN");
    expect(zh.sheetName).toBe("投诉分析");
    const rows = allRows(zh);
    const first = rows.find((r) => r[0] === "首次响应")!;
    // #1 answered in 2.4 h; #2 (received 03-05 00:00, open) is 48 h old at the end of 03-06: missed.
    expect(first.slice(1, 7)).toEqual([24, 1, 1, 0, 0, 50]);
    expect(rows.find((r) => r[0] === "C2")?.slice(3, 5)).toEqual([2, 1]);
    const json = complaintsJson(complaints, dataset)!;
    expect(json.firstResponseWithinSla).toBe(0.5);
    expect(json.resolvedWithinSla).toBe(1); // #1 met (14.4 h), #2 complex, 48 h: not yet past
    expect(json.repeatComplainers).toEqual([
      { customerId: "C2", complaints: 2, open: 1, lastReceived: "2026-03-05 00:00" },
    ]);
  });
});

describe("overview tab", () => {
  test("KPI block with definitions and charts over their blocks", () => {
    const en = overviewTable({ kpis, satisfaction, complaints, asOf }, "en-US");
    expect(en.sheetName).toBe("Overview");
    expect(en.style).toBe("layout");
    const rows = allRows(en);
    expect(rows.find((r) => r[0] === "Customers")?.[1]).toBe(3);
    expect(rows.find((r) => r[0] === "Retention rate (%)")?.[2]).toContain("previous 365 days");
    expect(en.charts?.map((c) => c.type)).toEqual(["pie", "bar", "column", "line"]);
    for (const c of en.charts ?? []) {
      expect(c.row + c.rowCount).toBeLessThanOrEqual(rows.length);
      const header = rows[c.row][c.column];
      expect(typeof header).toBe("string");
      for (let r = c.row + 1; r < c.row + c.rowCount; r++)
        expect(typeof rows[r][c.column + 1]).toBe("number");
    }
    expect(rows[en.charts![0].row][0]).toBe("Value tier");
    expect(overviewTable({ kpis, satisfaction, complaints, asOf }, "zh-CN").sheetName).toBe("概览");
  });

  test("JSON", () => {
    const json = overviewJson({ kpis, satisfaction, complaints, asOf });
    expect(json.customers).toBe(3);
    expect(json.byTier[0].revenueShare).toBeCloseTo(800 / 900, 12); // 2025-05-01 and 2026-01-05 are in the window
    expect(json.csat).toBeCloseTo(2 / 3, 12);
    expect(json.openComplaints).toBe(1);
  });
});

describe("run log tab", () => {
  test("one appended row whose cells line up with fixed columns", () => {
    const entry = {
      at: asOf + 0.5,
      ruleSetVersion: "1.0.0",
      ruleSetHash: "3fa2c1",
      asOf,
      sheets: { customers: { read: 4, used: 3, rejected: 1, skipped: 0 } },
      outputs: { followUps: 7, overview: 40 },
      durationSeconds: 1.234,
      source: "cli",
    };
    const zh = runLogTable(entry, "zh-CN");
    expect(zh.mode).toBe("append");
    expect(zh.sheetName).toBe("运行日志");
    const [row] = zh.rows(0, 1);
    const cols = runLogColumns("zh-CN");
    expect(row).toHaveLength(cols.length);
    const cell = (key: string) => row[cols.findIndex((c) => c.key === key)];
    expect(cell("customersRead")).toBe(4);
    expect(cell("customersRejected")).toBe(1);
    expect(cell("surveysRead")).toBeNull();
    expect(cell("followUpsRows")).toBe(7);
    expect(cell("durationSeconds")).toBe(1.23);
    expect(new Set(cols.map((c) => c.key)).size).toBe(cols.length);
    expect(runLogColumns("en-US").map((c) => c.key)).toEqual(cols.map((c) => c.key));
  });
});
