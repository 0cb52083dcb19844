import { analyzeWorkbook } from "../../../src/engine/analyze";
import { memorySource } from "../../../src/engine/ingest/memorySource";
import { epochDay, isoDate } from "../../../src/engine/parse/date";
import { CUSTOMER_TYPES } from "../../../src/engine/model";
import { MODEL_NOTES } from "../../../src/engine/clv/customerModel";
import { CUSTOMER_COLUMNS, resultJsonChunks } from "../../../src/engine/report/resultJson";
import { customerJson } from "../../../src/engine/report/customerJson";
import {
  LIFECYCLE_STAGES,
  RFM_SEGMENTS,
  RISK_LEVELS,
  VALUE_CLASSES,
  VALUE_TIERS,
} from "../../../src/engine/analysis";
import { churnReasonsOf } from "../../../src/engine/churn/reasons";
import { defaultRules } from "../../../src/engine/rules";
import { sampleSource } from "../../../src/sample/source";

describe("resultJsonChunks: dataQuality", () => {
  test("a CSV file's findings name it as the Data quality tab does, in the run's language (stop-23 tester #12)", async () => {
    const a = await analyzeWorkbook(
      memorySource({
        客户: [
          ["客户编号", "客户名称"],
          [1, "甲"],
        ],
        交易: [
          ["客户编号", "日期", "金额"],
          [1, "2025-06-21", 100],
          [9, "2025-06-22", 50],
        ],
      }),
      { rules: defaultRules(), asOf: epochDay(2025, 12, 31) },
    );
    const found = (lang: "zh-CN" | "en-US") =>
      JSON.parse([...resultJsonChunks(a, lang, new Date(0))].join("")).dataQuality.find(
        (f: { code: string }) => f.code === "unknown_customer",
      );
    // A workbook's sheet by its own name, whatever the run's language.
    expect(found("en-US").sheet).toBe("交易");
    // The same finding read from a CSV file (the source names the sheet by its kind).
    const f = a.findings.find((x) => x.code === "unknown_customer")!;
    Object.assign(f, { sheet: "Transactions", sheetIsFile: true, file: "/tmp/t.csv" });
    expect(found("zh-CN")).toMatchObject({ sheet: "交易", file: "/tmp/t.csv" });
    expect(found("en-US")).toMatchObject({ sheet: "Transactions", file: "/tmp/t.csv" });
  });
});

describe("resultJsonChunks: history", () => {
  test("revenue to the cent, as every amount in the JSON (stop-23 tester #12)", async () => {
    const a = await analyzeWorkbook(
      memorySource({
        客户: [["客户编号"], [1]],
        交易: [
          ["客户编号", "日期", "金额"],
          [1, "2025-06-21", 100],
        ],
      }),
      { rules: defaultRules(), asOf: epochDay(2025, 12, 31) },
    );
    a.kpis.revenue = 3772642.7000000007;
    a.kpis.revenueByTier[0] = 40639124.01000009;
    a.kpis.averageOrderValue = 1234.5600000001;
    const json = JSON.parse([...resultJsonChunks(a, "zh-CN", new Date(0))].join(""));
    expect(json.history.at(-1).revenue).toBe(3772642.7);
    // The overview's sums too (tester, stop 31: overview.revenue 40639124.01000009).
    expect(json.overview.revenue).toBe(3772642.7);
    expect(json.overview.byTier[0].revenue).toBe(40639124.01);
    expect(json.overview.averageOrderValue).toBe(1234.56);
  });
});

describe("resultJsonChunks: customers and the lists, written value by value", () => {
  test("each customer's row holds the analysis' values, in CUSTOMER_COLUMNS' order; customerJson names them", async () => {
    const sample = sampleSource({ seed: 5, customers: 200, transactions: 1500 });
    const a = await analyzeWorkbook(sample.source, { rules: defaultRules(), asOf: sample.asOf });
    for (const lang of ["zh-CN", "en-US"] as const) {
      const json = JSON.parse([...resultJsonChunks(a, lang, new Date(0))].join(""));
      expect(json.customers.columns).toEqual([...CUSTOMER_COLUMNS]);
      expect(json.customers.data).toHaveLength(a.dataset.customers.count);
      const at = (k: string) => CUSTOMER_COLUMNS.indexOf(k as (typeof CUSTOMER_COLUMNS)[number]);
      let reasons = 0;
      const differ = new Set<string>();
      json.customers.data.forEach((row: unknown[], i: number) => {
        expect(row).toHaveLength(CUSTOMER_COLUMNS.length);
        // Every column from the analysis itself, computed here (reviewer D1, stop 31: a swap
        // of owner and region, or of the two purchase dates, passed every suite).
        const c = a.dataset.customers;
        const sum = a.summary;
        const m = a.model;
        const s = a.classification.analysis;
        const day = (x: number) => (Number.isFinite(x) ? isoDate(Math.floor(x)) : null);
        const cents = (x: number) => (Number.isFinite(x) ? Math.round(x * 100) / 100 : null);
        const four = (x: number) => (Number.isFinite(x) ? Math.round(x * 10000) / 10000 : null);
        // The churn probability to a millionth (stop 43 tester #4: at 4 decimals 0.364994 read 0.365,
        // and a December run compared with that JSON said "37% →" where the workbook said 36%).
        const millionth = (x: number) => (Number.isFinite(x) ? Math.round(x * 1e6) / 1e6 : null);
        const score = (x: number) => (x > 0 ? x : null);
        // The segmentation columns (customerJson's fields, named by it: reviewer D5, stop 31).
        const segmentation = {
          recencyDays: Number.isFinite(s.recencyDays[i]) ? s.recencyDays[i] : null,
          frequency: s.frequency[i],
          monetary: cents(s.monetary[i]),
          rScore: score(s.rScore[i]),
          fScore: score(s.fScore[i]),
          mScore: score(s.mScore[i]),
          rfmSegment: RFM_SEGMENTS[s.rfmSegment[i]] ?? null,
          valueClass: VALUE_CLASSES[s.valueClass[i]] ?? null,
          valueTier: VALUE_TIERS[s.valueTier[i]],
          lifecycleStage: LIFECYCLE_STAGES[s.lifecycleStage[i]],
          churnRisk: {
            probability: millionth(s.churnProbability[i]),
            level: RISK_LEVELS[s.churnLevel[i]],
            reasons: churnReasonsOf(s, i).map((r) => ({ code: r.code, text: r.text[lang] })),
          },
        };
        expect(customerJson(s, i, lang, a.rules.churn.levels)).toEqual(segmentation);
        reasons += segmentation.churnRisk.reasons.length;
        if (s.rScore[i] === 0) differ.add("no score");
        if (!Number.isFinite(s.recencyDays[i])) differ.add("no recency");
        const expected: Record<string, unknown> = {
          ...segmentation,
          customerId: c.id[i],
          name: c.name[i],
          type: c.type[i] >= 0 ? CUSTOMER_TYPES[c.type[i]] : null,
          owner: c.owner[i] || null,
          region: c.region[i] || null,
          sourceRow: c.sourceRow[i],
          firstPurchase: day(sum.firstPurchase[i]),
          lastPurchase: day(sum.lastPurchase[i]),
          orders: sum.orders[i],
          purchaseDays: sum.purchaseDays[i],
          netSpend: cents(sum.netSpend[i]),
          returns: cents(sum.returns[i]),
          nextFollowUp: day(a.schedule.nextFollowUp[i]),
          pAlive: four(m.pAlive[i]),
          expectedPurchases: four(m.expectedPurchases[i]),
          expectedNextPurchase: day(m.expectedNextPurchase[i]),
          clv: cents(m.clv[i]),
          modelNote: m.note[i] >= 0 ? MODEL_NOTES[m.note[i]] : null,
        };
        for (const [k, v] of Object.entries(expected)) expect([k, row[at(k)]]).toEqual([k, v]);
        // Columns a swap would exchange differ somewhere in this sample.
        if (row[at("owner")] !== row[at("region")]) differ.add("owner/region");
        if (row[at("firstPurchase")] !== row[at("lastPurchase")]) differ.add("first/last");
        if (row[at("pAlive")] !== row[at("expectedPurchases")]) differ.add("pAlive/expected");
        if (row[at("netSpend")] !== row[at("returns")]) differ.add("netSpend/returns");
        if (row[at("nextFollowUp")] !== row[at("expectedNextPurchase")]) differ.add("next dates");
      });
      expect(differ.size).toBe(7);
      expect(reasons).toBeGreaterThan(0);
      expect(json.followUps.length).toBeGreaterThan(0);
      expect(json.unscheduled.length).toBeGreaterThan(0);
    }
  });
});
