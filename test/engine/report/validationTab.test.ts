import type { Validation } from "../../../src/engine/backtest/validation";
import { analyzeWorkbook } from "../../../src/engine/analyze";
import { memorySource } from "../../../src/engine/ingest/memorySource";
import { epochDay } from "../../../src/engine/parse/date";
import { overviewTable } from "../../../src/engine/report/overviewTab";
import { analysisTables } from "../../../src/engine/report/tabs";
import {
  validationPointer,
  validationRows,
  validationTable,
} from "../../../src/engine/report/validationTab";
import { defaultRules } from "../../../src/engine/rules";

const sentence = {
  "zh-CN":
    "在 1997-07-02 被判为高风险的客户中，91% 在随后 90 天内没有购买；被判为低风险的客户中，这一比例为 34%。",
  "en-US":
    "Of the customers this analysis would have called high risk on 1997-07-02, 91% did not buy in the next 90 days; of those called low risk, 34%.",
};

const measured: Validation = {
  available: true,
  note: null,
  horizonDays: 90,
  learnedAsOf: "1997-04-03",
  scoredAsOf: "1997-07-02",
  outcomeTo: "1997-09-30",
  customers: 100,
  noPurchaseRate: 0.8,
  auc: { churnRisk: 0.7781, pAlive: 0.7142, recency: 0.7633 },
  caught: { top10: 0.115, top20: 0.229 },
  levels: [
    { level: "high", customers: 70, statedProbability: 0.917, observedRate: 0.909 },
    { level: "medium", customers: 20, statedProbability: 0.689, observedRate: 0.66 },
    { level: "low", customers: 10, statedProbability: 0.336, observedRate: 0.339 },
  ],
  deciles: Array.from({ length: 10 }, (_, d) => ({
    decile: d + 1,
    customers: 10,
    meanProbability: 0.95 - d * 0.06,
    observedRate: 0.94 - d * 0.06,
  })),
  purchases: {
    predicted: 60.5,
    actual: 73,
    byEarlierPurchases: [{ repeatPurchases: "0", customers: 60, predicted: 60.5, actual: 73 }],
  },
  stageChanges: {
    customers: 100,
    changed: 12,
    transitions: [{ from: "growth", to: "mature", customers: 12 }],
  },
  sentence,
};

describe("the 模型验证 / Validation tab", () => {
  it("states the sentence, AUCs, levels stated against observed, deciles with a chart, purchases and stage changes", () => {
    const t = validationTable(measured, "en-US");
    expect(t.tab).toBe("validation");
    expect(t.sheetName).toBe("Validation");
    const rows = validationRows(measured, "en-US");
    const find = (label: string) => rows.find((r) => r[0] === label);
    expect(rows[1]).toEqual([sentence["en-US"]]);
    expect(find("AUC: churn risk")?.[1]).toBe(0.778);
    expect(find("AUC: 1 − P(alive)")?.[1]).toBe(0.714);
    expect(find("AUC: recency alone")?.[1]).toBe(0.763);
    expect(find("High")?.slice(0, 4) ?? find("high")?.slice(0, 4)).toEqual([
      expect.any(String),
      70,
      0.917,
      0.909,
    ]);
    const decileHeader = rows.findIndex((r) => r[0] === "Decile");
    // Rates as fractions shown as percentages (95.0%), as on the Overview.
    expect(rows[decileHeader + 1]).toEqual([1, 0.95, 0.94, 10]);
    expect(t.looks?.rows[decileHeader + 1]).toEqual(["integer", "percent", "percent", "integer"]);
    expect(rows[decileHeader + 10][0]).toBe(10);
    expect(t.charts).toEqual([
      expect.objectContaining({
        type: "column",
        row: decileHeader,
        rowCount: 11,
        columnCount: 3,
        valueAxis: { min: 0, max: 1, format: "percent" },
      }),
    ]);
    expect(find("Total")).toEqual(["Total", null, 60.5, 73]);
    expect(find("Customers who changed stage")?.slice(1, 3)).toEqual([12, 100]);
  });

  it("with too little history: the note and no figures", () => {
    const note = { "zh-CN": "历史不足两个预测周期", "en-US": "Less than two horizons" };
    const none: Validation = { ...measured, available: false, note, sentence: note };
    expect(validationRows(none, "zh-CN")).toEqual([
      ["模型验证（回测）", "预测周期（天）", 90],
      ["历史不足两个预测周期"],
    ]);
    expect(validationTable(none, "zh-CN").sheetName).toBe("模型验证");
  });

  it("the Overview keeps one line pointing to the tab; the tab owns the figures", () => {
    expect(validationPointer(measured, "zh-CN")).toEqual([
      ["模型验证（回测）", sentence["zh-CN"], "详见“模型验证”表"],
    ]);
    const kpisOnly = validationRows(measured, "en-US").filter((r) => r[0] === "AUC: churn risk");
    expect(kpisOnly).toHaveLength(1);
  });

  it("every run writes it, after the complaint analysis, and logs its rows", async () => {
    const a = await analyzeWorkbook(
      memorySource({
        客户: [["客户编号"], [1]],
        交易: [
          ["客户编号", "日期", "金额"],
          [1, "2025-12-21", 100],
        ],
      }),
      { rules: defaultRules(), asOf: epochDay(2025, 12, 31) },
    );
    const tables = analysisTables(a, "zh-CN", { at: 0, durationSeconds: 1, source: "cli" });
    const tabs = tables.map((t) => t.tab);
    expect(tabs.indexOf("validation")).toBe(tabs.indexOf("complaints") + 1);
    const v = tables.find((t) => t.tab === "validation")!;
    expect(v.rows(0, v.rowCount)[1][0]).toMatch(/历史不足/);
    const log = tables.at(-1)!;
    const k = log.columns.findIndex((c) => c.key === "validationRows");
    expect(log.rows(0, 1)[0][k]).toBe(v.rowCount);
    const overview = overviewTable(
      {
        kpis: a.kpis,
        satisfaction: null,
        complaints: null,
        asOf: a.asOf,
        validation: a.churn.validation,
      },
      "zh-CN",
    );
    expect(
      overview.rows(0, overview.rowCount).filter((r) => r[0] === "模型验证（回测）"),
    ).toHaveLength(1);
    expect(overview.rows(0, overview.rowCount).some((r) => r[0] === "十分位")).toBe(false);
  });
});
