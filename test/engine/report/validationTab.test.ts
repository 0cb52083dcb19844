import type { Validation } from "../../../src/engine/backtest/validation";
import { analyzeWorkbook } from "../../../src/engine/analyze";
import { memorySource } from "../../../src/engine/ingest/memorySource";
import { epochDay } from "../../../src/engine/parse/date";
import { overviewTable } from "../../../src/engine/report/overviewTab";
import { analysisTables } from "../../../src/engine/report/tabs";
import { chartTops } from "../../../src/engine/report/layoutPages";
import {
  levelSentences,
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

  it("shows calibration: Brier against one rate for all, a sentence per level, and 10 bands as numbers", () => {
    const calibrated: Validation = {
      ...measured,
      brier: { churnRisk: 0.16012, baseRate: 0.25271 },
      reliability: Array.from({ length: 10 }, (_, b) => ({
        from: b / 10,
        to: (b + 1) / 10,
        customers: b === 0 ? 0 : 10 * b,
        statedProbability: b === 0 ? null : b / 10 + 0.05,
        observedRate: b === 0 ? null : b / 10,
      })),
    };
    const t = validationTable(calibrated, "en-US");
    const rows = t.rows(0, t.rowCount);
    const at = (label: string) => rows.findIndex((r) => r[0] === label);
    const brier = at("Brier score: churn risk / one rate for all");
    expect(rows[brier].slice(0, 3)).toEqual([
      "Brier score: churn risk / one rate for all",
      0.16,
      0.253,
    ]);
    const skill = at("Brier: error removed against one rate for all (%)");
    // 1 − 0.16012 / 0.25271 = 36.6% of the one-rate error removed, as a percent-formatted number.
    expect(rows[skill][1]).toBe(0.366);
    expect(t.looks?.rows[skill]?.[1]).toBe("percent");
    // High said 91.7%, 90.9% did not buy: 92 − 91 = 1 point, taken as stated; medium 69 − 66 = 3.
    expect(levelSentences(calibrated, "en-US")).toEqual([
      "Of the 70 customers rated high risk, we said 92% would not buy in the next 90 days; 91% did not: the probability can be taken as stated.",
      "Of the 20 customers rated medium risk, we said 69% would not buy in the next 90 days; 66% did not: the probability can be taken as stated.",
      "Of the 10 customers rated low risk, we said 34% would not buy in the next 90 days; 34% did not: the probability can be taken as stated.",
    ]);
    const band = at("Stated probability");
    expect(rows[band].slice(1)).toEqual([
      "Customers",
      "Stated probability (%)",
      "Observed rate (%)",
    ]);
    expect(rows[band + 1]).toEqual(["0–10%", 0, null, null]);
    expect(rows[band + 9]).toEqual(["80–90%", 80, 0.85, 0.8]);
    expect(rows[band + 10]).toEqual(["90–100%", 90, 0.95, 0.9]);
    expect(t.looks?.rows[band + 10]).toEqual([null, "integer", "percent", "percent"]);
    // The decile chart beside the first rows never crosses a page break.
    const top = chartTops(1, t.pageBreaks)[0];
    expect((t.pageBreaks ?? []).every((b) => b <= top || b >= top + 15)).toBe(true);
  });

  it("says in Chinese how far a level's probability reads off", () => {
    const off: Validation = {
      ...measured,
      levels: [
        { level: "high", customers: 9389, statedProbability: 0.898, observedRate: 0.815 },
        { level: "medium", customers: 0, statedProbability: null, observedRate: null },
        { level: "low", customers: 500, statedProbability: 0.18, observedRate: 0.25 },
      ],
    };
    expect(levelSentences(off, "zh-CN")).toEqual([
      "判为高风险的 9,389 位客户，我们预测 90% 会在随后 90 天内不再购买，实际 82% 没有购买：概率偏高 8 个百分点。",
      "判为低风险的 500 位客户，我们预测 18% 会在随后 90 天内不再购买，实际 25% 没有购买：概率偏低 7 个百分点。",
    ]);
    expect(levelSentences(off, "en-US")[0]).toMatch(/9,389 customers .* reads 8 points high\.$/);
    const rows = validationRows(off, "zh-CN");
    expect(rows.some((r) => r[0] === "Brier 分数：流失风险 / 统一比例")).toBe(false); // no brier: no row
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
