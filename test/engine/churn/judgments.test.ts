import path from "node:path";
import { RISK_LEVELS, type CustomerAnalysis } from "../../../src/engine/analysis";
import { analyzeWorkbook, type Analysis } from "../../../src/engine/analyze";
import { levelOfCustomer } from "../../../src/engine/churn/combine";
import { FEATURE_REASONS, type Snapshot } from "../../../src/engine/churn/features";
import { fitLogistic, sigmoid } from "../../../src/engine/churn/logistic";
import { churnReasonsOf } from "../../../src/engine/churn/reasons";
import { seededRandom } from "../../../src/engine/backtest/generate";
import { epochDay } from "../../../src/engine/parse/date";
import { defaultRules } from "../../../src/engine/rules";
import { openXlsx } from "../../../src/workbook/file";

// Stop 22 (tester's J0, J1, stop 19 #10): labels a manager would not trust on the zh sample.

const level = (name: string) => RISK_LEVELS.indexOf(name as never);

/** A one-customer snapshot with just what levelOfCustomer reads. */
function one(x: { purchaseDays: number; recency: number; gap: number; model: number }): Snapshot {
  return {
    purchaseDays: Int32Array.of(x.purchaseDays),
    recencyDays: Float64Array.of(x.recency),
    typicalGapDays: Float64Array.of(x.gap),
    modelNoPurchase: Float64Array.of(x.model),
  } as unknown as Snapshot;
}

describe("levelOfCustomer: the label agrees with the customer's rhythm", () => {
  const rules = defaultRules();
  it("cuts the probability at the rule set's thresholds otherwise", () => {
    const s = one({ purchaseDays: 5, recency: 40, gap: 30, model: 0.5 });
    expect(levelOfCustomer(0.85, s, 0, rules)).toBe(level("high"));
    expect(levelOfCustomer(0.6, s, 0, rules)).toBe(level("medium"));
    expect(levelOfCustomer(0.2, s, 0, rules)).toBe(level("low"));
  });

  it("an overdue repeat buyer the repeat-purchase model gives up on is never low (J0)", () => {
    // 1000583: every ~18 days, silent 236 days, the model 100%, the learned model 22%.
    const gone = one({ purchaseDays: 48, recency: 236, gap: 18, model: 1 });
    expect(levelOfCustomer(0.22, gone, 0, rules)).toBe(level("medium"));
    // The repeat-purchase model thinks they are still buying: the learned figure stands.
    const slow = one({ purchaseDays: 48, recency: 236, gap: 18, model: 0.3 });
    expect(levelOfCustomer(0.22, slow, 0, rules)).toBe(level("low"));
    // Overdue, but not by overdueFactor gaps.
    const late = one({ purchaseDays: 48, recency: 50, gap: 18, model: 1 });
    expect(levelOfCustomer(0.22, late, 0, rules)).toBe(level("low"));
  });

  it("a repeat buyer within their own rhythm is never high (J1: no win-back days after a purchase)", () => {
    // 1000687: bought 7 days ago, buys about every 235 days.
    const s = one({ purchaseDays: 2, recency: 7, gap: 235, model: 0.75 });
    expect(levelOfCustomer(0.81, s, 0, rules)).toBe(level("medium"));
    const overdue = one({ purchaseDays: 2, recency: 300, gap: 235, model: 0.75 });
    expect(levelOfCustomer(0.81, overdue, 0, rules)).toBe(level("high"));
    // One-time buyers have no rhythm of their own: the probability decides.
    const once = one({ purchaseDays: 1, recency: 7, gap: 48, model: 0.9 });
    expect(levelOfCustomer(0.81, once, 0, rules)).toBe(level("high"));
  });
});

describe("a refit with features held out", () => {
  it("holds them at 0 and, warm-started, reaches the fit on the other features", () => {
    const rnd = seededRandom(7);
    const n = 5000;
    const x = new Float64Array(3 * n);
    const y = new Uint8Array(n);
    for (let i = 0; i < n; i++) {
      for (let k = 0; k < 3; k++) x[k * n + i] = rnd() * 2 - 1;
      y[i] = rnd() < sigmoid(x[i] - x[n + i] + 0.5 * x[2 * n + i]) ? 1 : 0;
    }
    const full = fitLogistic(x, y, 3, 1);
    const held = Uint8Array.of(0, 1, 0);
    const refit = fitLogistic(x, y, 3, 1, 30, { held, start: full });
    const zeroed = x.slice();
    zeroed.fill(0, n, 2 * n);
    const cold = fitLogistic(zeroed, y, 3, 1);
    expect(refit.coefficients[1]).toBe(0);
    expect(refit.converged).toBe(true);
    expect(refit.iterations).toBeLessThan(cold.iterations + 1);
    for (const k of [0, 2]) expect(refit.coefficients[k]).toBeCloseTo(cold.coefficients[k], 6);
    expect(refit.intercept).toBeCloseTo(cold.intercept, 6);
  });
});

describe("the zh sample as of 2025-12-31 (npm run demo)", () => {
  let a: Analysis;
  let an: CustomerAnalysis;
  const index = new Map<string, number>();
  beforeAll(async () => {
    const file = path.join(__dirname, "../../../assets/sample-zh.xlsx");
    a = await analyzeWorkbook(await openXlsx(file), {
      rules: defaultRules(),
      asOf: epochDay(2025, 12, 31),
    });
    an = a.classification.analysis;
    a.dataset.customers.id.forEach((id, i) => index.set(id, i));
  }, 120_000);

  it("learned weights keep the side their reasons describe (no 'overdue lowers risk')", () => {
    const b = a.churn.model.coefficients;
    FEATURE_REASONS.forEach((f, k) => expect(f.side * b[k]).toBeGreaterThanOrEqual(0));
  });

  it("1000583 (silent 13 of own gaps, 858,209 net) is not low, and says why first", () => {
    const c = index.get("1000583")!;
    expect(RISK_LEVELS[an.churnLevel[c]]).not.toBe("low");
    expect(churnReasonsOf(an, c)[0].code).toBe("overdue_vs_rhythm");
  });

  it("1000687 (bought 7 days ago, within own rhythm) gets no high risk", () => {
    expect(RISK_LEVELS[an.churnLevel[index.get("1000687")!]]).not.toBe("high");
  });

  it("no repeat buyer within own rhythm is high; quoted model figures sit in the label's band", () => {
    const { high, medium } = a.rules.churn.levels;
    const repeat = a.summary.segmentation.purchaseDays;
    const gap = a.classification.typicalGapDays;
    let quoted = 0;
    for (let c = 0; c < an.churnLevel.length; c++) {
      const lv = RISK_LEVELS[an.churnLevel[c]];
      if (repeat[c] > 1 && an.recencyDays[c] <= gap[c]) expect(lv).not.toBe("high");
      for (const r of churnReasonsOf(an, c)) {
        if (r.code !== "model_no_purchase") continue;
        quoted++;
        const share = Number(/(\d+)%/.exec(r.text["en-US"])![1]) / 100;
        if (lv === "high") expect(share).toBeGreaterThanOrEqual(high - 0.005);
        else if (lv === "medium") expect(share).toBeGreaterThanOrEqual(medium - 0.005);
        else expect(share).toBeLessThan(medium + 0.005);
      }
    }
    expect(quoted).toBeGreaterThan(10);
  });

  it("a one-time buyer's purchase history is one reason, not three (stop 19 #10)", () => {
    const history = new Set(["overdue_vs_rhythm", "long_since_purchase", "few_purchases"]);
    const repeat = a.summary.segmentation.purchaseDays;
    let once = 0;
    for (let c = 0; c < an.churnLevel.length; c++) {
      if (repeat[c] !== 1) continue;
      const codes = churnReasonsOf(an, c).map((r) => r.code);
      const said = codes.filter((k) => history.has(k) || k === "model_no_purchase").length;
      expect(said).toBeLessThanOrEqual(1);
      if (said === 1) once++;
    }
    expect(once).toBeGreaterThan(100);
  });
});
