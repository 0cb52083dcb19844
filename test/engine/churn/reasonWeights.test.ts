import { RISK_LEVELS, type CustomerAnalysis } from "../../../src/engine/analysis";
import { analyzeWorkbook, type Analysis } from "../../../src/engine/analyze";
import { generatePopulation } from "../../../src/engine/backtest/generate";
import { assessChurnRisk } from "../../../src/engine/churn/assess";
import { releaseFeatures } from "../../../src/engine/churn/features";
import { churnReasonsOf, reasonText } from "../../../src/engine/churn/reasons";
import { snapshotFrom } from "../../../src/engine/churn/risk";
import { regularity } from "../../../src/engine/churn/ownRhythm";
import { memorySource } from "../../../src/engine/ingest/memorySource";
import { overdueAgainstRhythm } from "../../../src/engine/lifecycle/stage";
import { defaultRules } from "../../../src/engine/rules";

// Stop 51 tester J1: rows whose reasons said "13× overdue / detractor / 2 of 5" at 低, the overdue
// reason printed first whatever its learned weight. Stop 52: reasons go by what drove the stated
// risk; a long silence that weighs little says so; a low row says what holds it down.

const LOW = RISK_LEVELS.indexOf("low");
const LOWERING = new Set([
  "many_purchases",
  "recent_purchase",
  "model_likely_to_buy",
  "high_spend",
  "typical_lowers",
]);

describe("the words of the stop-52 reasons", () => {
  it("say the silence weighs little, and what lowers the risk, in both languages", () => {
    expect(reasonText("overdue_not_weighed", [77, 14, 91, 0], "en-US")).toBe(
      "Overdue by 77 days against own rhythm (buys about every 14 days; last purchase 91 days ago), yet in this workbook's history such silence said little: it weighs little in the churn risk",
    );
    expect(reasonText("overdue_not_weighed", [77, 14, 91, 0], "zh-CN")).toBe(
      "超出自身购买周期 77 天（通常约每 14 天购买一次，已 91 天未购买），但按本工作簿的历史，这样的沉默说明不了多少，对流失概率影响很小",
    );
    expect(reasonText("many_purchases", [23, 5.5, 0, 0], "en-US")).toBe(
      "Lowers the risk: 23 purchase days (all customers typically about 5.5)",
    );
    expect(reasonText("many_purchases", [23, 5.5, 0, 0], "zh-CN")).toBe(
      "降低风险：23 个购买日（所有客户通常约 5.5 个）",
    );
    expect(reasonText("recent_purchase", [1, 40, 0, 0], "en-US")).toBe(
      "Lowers the risk: last purchase only 1 day ago",
    );
    expect(reasonText("model_likely_to_buy", [0.213, 90, 0, 0], "zh-CN")).toBe(
      "降低风险：按购买规律模型，90 天内不再购买的概率仅 21%",
    );
    expect(reasonText("high_spend", [12345, 800, 0, 0], "en-US")).toBe(
      "Lowers the risk: spend of 12,345 in the window (all customers typically about 800)",
    );
  });
});

describe("reasons follow the weights of the stated risk (generated, leaving)", () => {
  let a: Analysis;
  let an: CustomerAnalysis;
  beforeAll(async () => {
    const g = generatePopulation({ kind: "leaving", customers: 1500, seed: 5 });
    a = await analyzeWorkbook(memorySource(g.sheets), { rules: defaultRules(), asOf: g.end });
    an = a.classification.analysis;
  }, 120_000);

  const striking = (c: number) =>
    a.summary.segmentation.purchaseDays[c] > 1 &&
    overdueAgainstRhythm(
      an.recencyDays[c],
      a.classification.typicalGapDays[c],
      a.rules.lifecycle.overdueFactor,
    );

  it("a low row that shows reasons says first what holds it down, or shows none", () => {
    let said = 0;
    for (let c = 0; c < an.churnLevel.length; c++) {
      if (an.churnLevel[c] !== LOW) continue;
      const codes = churnReasonsOf(an, c).map((r) => r.code);
      const lowering = codes.filter((k) => LOWERING.has(k));
      expect(lowering.length).toBeLessThanOrEqual(1);
      // Shown first, its level's side (reviewer58 R1), alone or before the reasons of risk.
      if (lowering.length) said++;
      if (codes.length) expect(codes[0]).toBe(lowering[0]);
    }
    expect(said).toBeGreaterThan(0);
  });

  it("with no weight on the silence, a long-silent repeat buyer reads 'weighs little', last", () => {
    const model = a.churn.model;
    const coefficients = model.coefficients.slice();
    coefficients[0] = 0; // overdue against own rhythm
    coefficients[1] = 0; // days since the last purchase
    const rules = a.rules;
    const now = snapshotFrom(a.dataset, rules, a);
    const copy: CustomerAnalysis = {
      ...an,
      churnProbability: an.churnProbability.slice(),
      churnLevel: an.churnLevel.slice(),
      churnReasons: {
        codes: an.churnReasons.codes.slice(),
        figures: an.churnReasons.figures.slice(),
      },
    };
    releaseFeatures(assessChurnRisk(copy, now, { ...model, coefficients }, rules));
    let silent = 0;
    for (let c = 0; c < copy.churnLevel.length; c++) {
      if (!Number.isFinite(copy.churnProbability[c]) || !striking(c)) continue;
      // A regular buyer's silence weighs by its own rhythm whatever the learned weights are
      // (churn/ownRhythm.ts floorOwnRhythm, fix68e): its silence is said as overdue.
      if (regularity(now, c) > 0) continue;
      const codes = churnReasonsOf(copy, c).map((r) => r.code);
      expect(codes).not.toContain("overdue_vs_rhythm");
      expect(codes).not.toContain("long_since_purchase");
      expect(codes).toContain("overdue_not_weighed");
      // Last: what holds a low row down is said first (reviewer58 R1).
      expect(codes[codes.length - 1]).toBe("overdue_not_weighed");
      if (copy.churnLevel[c] === LOW) expect(LOWERING.has(codes[0])).toBe(true);
      silent++;
    }
    expect(silent).toBeGreaterThan(20);
  });

  it("with weight on it, the silence is one reason, ranked by what it adds", () => {
    let shown = 0;
    for (let c = 0; c < an.churnLevel.length; c++) {
      if (!Number.isFinite(an.churnProbability[c]) || !striking(c)) continue;
      const codes = churnReasonsOf(an, c).map((r) => r.code);
      // Always shown (the schedule's retention call rests on it), never twice.
      const rhythm = codes.filter((k) => k === "overdue_vs_rhythm" || k === "overdue_not_weighed");
      expect(rhythm.length).toBe(1);
      expect(codes).not.toContain("long_since_purchase");
      shown++;
    }
    expect(shown).toBeGreaterThan(20);
  });
});
