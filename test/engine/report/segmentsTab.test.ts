import { summariseCustomers } from "../../../src/engine/aggregate/customerSummary";
import { churnReasonsOf } from "../../../src/engine/churn/reasons";
import { classifyCustomers } from "../../../src/engine/classify";
import { customerJson, segmentationJson } from "../../../src/engine/report/customerJson";
import { segmentsTable } from "../../../src/engine/report/segmentsTab";
import { LEVEL_FILLS } from "../../../src/engine/report/serviceText";
import { epochDay } from "../../../src/engine/parse/date";
import { defaultRules } from "../../../src/engine/rules";
import { makeDataset, purchases } from "../helpers/dataset";

const every = (step: number, from: number, to: number) => {
  const out: number[] = [];
  for (let d = from; d <= to; d += step) out.push(d);
  return out;
};

const dataset = makeDataset({
  asOf: "2025-06-30",
  customers: [
    { id: "A001", name: "华东贸易", type: "enterprise", owner: "王芳", region: "上海" },
    { id: "A002", name: "Li Lei", type: "individual" },
    { id: "A003", name: "Prospect Co." },
    { id: "A004", name: "Old Co.", type: "government" },
  ],
  transactions: [
    ...purchases("A001", every(30, 5, 700), 1000),
    ...purchases("A002", [10], 80),
    ...purchases("A004", [900, 930], 500),
  ],
});
const summary = summariseCustomers(dataset);
const result = classifyCustomers(dataset, summary, defaultRules());

describe("the classified-customers tab", () => {
  it("is a filterable table named in the run's language", () => {
    const zh = segmentsTable(dataset, summary, result, "zh-CN");
    const en = segmentsTable(dataset, summary, result, "en-US");
    expect(zh.sheetName).toBe("客户分类");
    expect(en.sheetName).toBe("Customer segments");
    expect(zh.tab).toBe("segments");
    expect(zh.style).toBe("table");
    expect(zh.rowCount).toBe(4);
    expect(zh.columns.map((c) => c.key)).toEqual([
      "id",
      "name",
      "type",
      "owner",
      "region",
      "firstPurchase",
      "lastPurchase",
      "orders",
      "recencyDays",
      "frequency",
      "monetary",
      "rScore",
      "fScore",
      "mScore",
      "rfmSegment",
      "valueClass",
      "valueTier",
      "lifecycleStage",
      "churnRiskProbability",
      "churnRiskLevel",
      "churnRiskReasons",
    ]);
    expect(zh.columns.find((c) => c.key === "monetary")).toMatchObject({
      format: "money",
      header: "消费金额（近 12 个月）",
    });
    expect(zh.columns.find((c) => c.key === "firstPurchase")!.format).toBe("date");
  });

  it("one row per customer with labels, dates as epoch days, blanks for what does not apply", () => {
    const zh = segmentsTable(dataset, summary, result, "zh-CN");
    const rows = zh.rows(0, 4);
    const col = (key: string) => zh.columns.findIndex((c) => c.key === key);
    expect(rows[0].slice(0, 5)).toEqual(["A001", "华东贸易", "企业", "王芳", "上海"]);
    expect(rows[0][col("lastPurchase")]).toBe(epochDay(2025, 6, 25));
    expect(rows[0][col("lifecycleStage")]).toBe("成熟期");
    expect(rows[0][col("valueTier")]).toBe("高价值");
    expect(rows[0][col("churnRiskLevel")]).toBe("低");
    expect(rows[1][col("lifecycleStage")]).toBe("新客户");
    // The prospect: no dates, no scores, no segment.
    expect(rows[2][col("firstPurchase")]).toBeNull();
    expect(rows[2][col("rScore")]).toBeNull();
    expect(rows[2][col("rfmSegment")]).toBe("");
    expect(rows[2][col("lifecycleStage")]).toBe("潜在客户");
    // The churned customer: level churned (gone, not "at risk"), no probability, its reason in words.
    expect(rows[3][col("lifecycleStage")]).toBe("流失期");
    expect(rows[3][col("churnRiskLevel")]).toBe("待挽回");
    expect(rows[3][col("churnRiskProbability")]).toBeNull();
    expect(rows[3][col("churnRiskReasons")]).toMatch(/^超出自身购买周期 870 天/);
    const en = segmentsTable(dataset, summary, result, "en-US").rows(3, 4)[0];
    expect(en[col("churnRiskLevel")]).toBe("Win-back");
    expect(en[col("churnRiskReasons")]).toMatch(/^Overdue by 870 days against own rhythm/);
  });

  it("colours the risk level column", () => {
    const zh = segmentsTable(dataset, summary, result, "zh-CN");
    expect(zh.highlight).toEqual({
      column: zh.columns.findIndex((c) => c.key === "churnRiskLevel"),
      fills: {
        高: LEVEL_FILLS.high,
        中: LEVEL_FILLS.medium,
        低: LEVEL_FILLS.low,
        待挽回: "#D9D9D9",
      },
    });
    expect(segmentsTable(dataset, summary, result, "en-US").highlight!.fills).toEqual({
      High: "#F8CBAD",
      Medium: "#FFE699",
      Low: "#C6EFCE",
      "Win-back": "#D9D9D9",
    });
  });

  it("prints up to the risk level (the reasons and model columns stay on screen)", () => {
    const zh = segmentsTable(dataset, summary, result, "zh-CN");
    expect(zh.columns[zh.printColumns! - 1].key).toBe("churnRiskLevel");
  });

  it("rows in blocks are the same as all at once", () => {
    const tab = segmentsTable(dataset, summary, result, "en-US");
    expect([...tab.rows(0, 1), ...tab.rows(1, 3), ...tab.rows(3, 10)]).toEqual(tab.rows(0, 4));
  });

  it("takes extra columns from later analyses", () => {
    const tab = segmentsTable(dataset, summary, result, "en-US", [
      { column: { key: "clv", header: "CLV", format: "money" }, value: (i) => i * 10 },
    ]);
    expect(tab.columns.at(-1)!.key).toBe("clv");
    expect(tab.rows(0, 4).map((r) => r.at(-1))).toEqual([0, 10, 20, 30]);
    expect(tab.highlight!.column).toBe(19);
  });
});

describe("the JSON fields", () => {
  it("money and the churn probability hold the JSON's values (cents, a millionth)", () => {
    const tab = segmentsTable(dataset, summary, result, "en-US");
    const col = (key: string) => tab.columns.findIndex((c) => c.key === key);
    tab.rows(0, 4).forEach((row, i) => {
      const json = customerJson(result.analysis, i, "en-US", result.churnLevels);
      expect(row[col("monetary")]).toBe(json.monetary);
      expect(row[col("churnRiskProbability")]).toBe(json.churnRisk.probability);
    });
    // A float sum is shown to the cent, as the JSON gives it.
    const a = { ...result.analysis, monetary: Float64Array.of(63520.979999999996, 0, 0, 0) };
    const cents = segmentsTable(dataset, summary, { ...result, analysis: a }, "en-US");
    expect(cents.rows(0, 1)[0][col("monetary")]).toBe(63520.98);
  });

  it("per customer: codes, scores and reasons in the run's language", () => {
    const a = customerJson(result.analysis, 3, "en-US", result.churnLevels);
    expect(a).toMatchObject({
      recencyDays: 900,
      frequency: 0,
      monetary: 0,
      lifecycleStage: "churned",
      valueTier: "low",
      churnRisk: { probability: null, level: "churned" },
    });
    expect(a.churnRisk.reasons[0].code).toBe("overdue_vs_rhythm");
    expect(
      customerJson(result.analysis, 3, "zh-CN", result.churnLevels).churnRisk.reasons[0].text,
    ).toMatch(/^超出自身购买周期/);
    expect(customerJson(result.analysis, 2, "en-US", result.churnLevels)).toEqual({
      recencyDays: null,
      frequency: 0,
      monetary: 0,
      rScore: null,
      fScore: null,
      mScore: null,
      rfmSegment: null,
      valueClass: null,
      valueTier: "low",
      lifecycleStage: "prospect",
      churnRisk: { probability: null, level: "prospect", reasons: [] },
    });
    // The reasons are the churn module's (churnReasonsOf), in the run's language.
    for (let i = 0; i < result.analysis.churnProbability.length; i++) {
      for (const lang of ["zh-CN", "en-US"] as const) {
        expect(
          customerJson(result.analysis, i, lang, result.churnLevels).churnRisk.reasons,
        ).toEqual(
          churnReasonsOf(result.analysis, i).map((r) => ({ code: r.code, text: r.text[lang] })),
        );
      }
    }
    const first = customerJson(result.analysis, 0, "en-US", result.churnLevels);
    expect(first.rfmSegment).not.toBeNull();
    expect(JSON.parse(JSON.stringify(first))).toEqual(first);
  });

  it("the segmentation block: cut points, averages, churn definition, rule set", () => {
    const s = segmentationJson(result);
    expect(s.asOf).toBe("2025-06-30");
    expect(s.window).toEqual({ months: 12, from: "2024-07-01", to: "2025-06-30" });
    expect(s.churnDefinitionDays).toBe(365);
    expect(s.buyers).toBe(3);
    expect(s.cutPoints.recencyDays).toHaveLength(4);
    expect(s.averages.basis).toBe("mean");
    expect(s.averages.recencyDays).toBeCloseTo((5 + 10 + 900) / 3, 2);
    expect(s.ruleSet).toEqual(result.rules);
    expect(JSON.parse(JSON.stringify(s))).toEqual(s);
  });
});

describe("a churn probability just under a level's threshold stays under it (reviewer D2, stop 34)", () => {
  it("the JSON customers and the tab: 0.4999996 at low reads 0.499999, not 0.5 where medium starts", () => {
    // A001 and A002 are scored: at low and at medium, each 0.0000004 under the next level.
    const a = {
      ...result.analysis,
      churnProbability: Float64Array.of(0.4999996, 0.7999996, NaN, NaN),
      churnLevel: Int8Array.of(2, 1, result.analysis.churnLevel[2], result.analysis.churnLevel[3]),
    };
    const r = { ...result, analysis: a };
    const tab = segmentsTable(dataset, summary, r, "en-US");
    const col = tab.columns.findIndex((c) => c.key === "churnRiskProbability");
    const rows = tab.rows(0, 2);
    for (const lang of ["zh-CN", "en-US"] as const) {
      expect(customerJson(a, 0, lang, r.churnLevels).churnRisk.probability).toBe(0.499999);
      expect(customerJson(a, 1, lang, r.churnLevels).churnRisk.probability).toBe(0.799999);
    }
    expect([rows[0][col], rows[1][col]]).toEqual([0.499999, 0.799999]);
    // On or over a threshold, and away from one: rounded as before (0.5000004 at medium is 0.5).
    const on = { ...a, churnProbability: Float64Array.of(0.5000004, 0.12345678, NaN, NaN) };
    on.churnLevel = Int8Array.of(1, 2, a.churnLevel[2], a.churnLevel[3]);
    expect(customerJson(on, 0, "en-US", r.churnLevels).churnRisk.probability).toBe(0.5);
    expect(customerJson(on, 1, "en-US", r.churnLevels).churnRisk.probability).toBe(0.123457);
    // The rule set's own levels: 0.6999996 under a high level at 0.7 is 0.699999.
    const own = { high: 0.7, medium: 0.4 };
    const at = { ...a, churnProbability: Float64Array.of(0.6999996, 0.3999996, NaN, NaN) };
    at.churnLevel = Int8Array.of(1, 2, a.churnLevel[2], a.churnLevel[3]);
    expect(customerJson(at, 0, "en-US", own).churnRisk.probability).toBe(0.699999);
    expect(customerJson(at, 1, "en-US", own).churnRisk.probability).toBe(0.399999);
  });
});
