import path from "node:path";
import {
  CHURN_REASON_CODES,
  RISK_LEVELS,
  type CustomerAnalysis,
} from "../../../src/engine/analysis";
import { analyzeWorkbook, type Analysis } from "../../../src/engine/analyze";
import { levelOfCustomer } from "../../../src/engine/churn/combine";
import { FEATURE_REASONS, type Snapshot } from "../../../src/engine/churn/features";
import { fitLogistic, sigmoid } from "../../../src/engine/churn/logistic";
import { churnReasonsOf, isRelief } from "../../../src/engine/churn/reasons";
import { seededRandom } from "../../../src/engine/backtest/generate";
import { epochDay } from "../../../src/engine/parse/date";
import { defaultRules } from "../../../src/engine/rules";
import { openXlsx } from "../../../src/workbook/file";

/** What lowers the risk (a low row's first line): the one list, reasons.ts RELIEF. */
const relief = (code: string) =>
  isRelief(CHURN_REASON_CODES.indexOf(code as (typeof CHURN_REASON_CODES)[number]));

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

describe("levelOfCustomer: the level is the band of the figure shown (stop 23 T1)", () => {
  const rules = defaultRules();
  it("cuts the probability at the rule set's thresholds, whatever the rhythm", () => {
    const s = one({ purchaseDays: 5, recency: 40, gap: 30, model: 0.5 });
    expect(levelOfCustomer(0.85, s, 0, rules)).toBe(level("high"));
    expect(levelOfCustomer(0.6, s, 0, rules)).toBe(level("medium"));
    expect(levelOfCustomer(0.2, s, 0, rules)).toBe(level("low"));
    // 1000583 before stop 53: every ~18 days, silent 236 days, the repeat-purchase model 100 %,
    // learned 22 %: low, as the figure says (its retention call is the schedule's: retention.ts).
    const gone = one({ purchaseDays: 48, recency: 236, gap: 18, model: 1 });
    expect(levelOfCustomer(0.22, gone, 0, rules)).toBe(level("low"));
    // 1000687: bought 7 days ago, buys about every 235 days: 81 % is high (no retention call).
    const slow = one({ purchaseDays: 2, recency: 7, gap: 235, model: 0.75 });
    expect(levelOfCustomer(0.81, slow, 0, rules)).toBe(level("high"));
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

  it("1000583 (silent 13 of own gaps, 858,209 net): level, figure and reason agree", () => {
    const c = index.get("1000583")!;
    const p = an.churnProbability[c];
    expect(RISK_LEVELS[an.churnLevel[c]]).toBe(p >= 0.8 ? "high" : p >= 0.5 ? "medium" : "low");
    // High since stop 53 (22 % low before): a `slowing` customer by the sample's generator. The
    // model learned on 10-02 had met the old samples' wave of won-back comebacks (judge52) and
    // read long-silent frequent buyers as coming back. The silence is one of its reasons, ranked
    // by weight (no longer forced first, stop 52).
    expect(RISK_LEVELS[an.churnLevel[c]]).toBe("high");
    const reasons = churnReasonsOf(an, c);
    expect(reasons.map((r) => r.code)).toContain("overdue_vs_rhythm");
    // The repeat-purchase model's 100 % is not quoted beside a figure in another band.
    if (p < 0.8) expect(reasons.map((r) => r.code)).not.toContain("model_no_purchase");
    // Low: the row says what holds it down first (stop 51 J1: 48 purchase days, unsaid; reviewer58 R1).
    if (p < 0.5) expect(reasons[0].code).toBe("many_purchases");
  });

  it("a row's first reason is on its level's side; a relief is never also a risk (reviewer58 R1)", () => {
    let lowSaid = 0;
    for (let c = 0; c < an.churnLevel.length; c++) {
      const lv = RISK_LEVELS[an.churnLevel[c]];
      const codes = churnReasonsOf(an, c).map((r) => r.code);
      if (codes.length === 0 || (lv !== "low" && lv !== "medium" && lv !== "high")) continue;
      expect([c, lv, relief(codes[0])]).toEqual([c, lv, lv === "low"]);
      if (lv === "low") lowSaid++;
      // The silence said once, on one side.
      if (codes.includes("recent_purchase"))
        expect(
          codes.filter((k) => k === "long_since_purchase" || k === "overdue_vs_rhythm"),
        ).toEqual([]);
    }
    expect(lowSaid).toBeGreaterThan(0);
  });

  it("a low row showing a long silence says what holds it down (stop 51 J1)", () => {
    let silent = 0;
    for (let c = 0; c < an.churnLevel.length; c++) {
      if (RISK_LEVELS[an.churnLevel[c]] !== "low") continue;
      const codes = churnReasonsOf(an, c).map((r) => r.code);
      if (
        !codes.includes("overdue_vs_rhythm") ||
        an.recencyDays[c] < 5 * a.classification.typicalGapDays[c]
      )
        continue;
      silent++;
      expect(
        [
          "many_purchases",
          "recent_purchase",
          "model_likely_to_buy",
          "high_spend",
          "typical_lowers",
        ].includes(codes[0]),
      ).toBe(true);
    }
    // 4 on the zh sample since stop 53; over 10 before, when the model had learned from the samples'
    // wave of won-back comebacks that long-silent frequent buyers come back (judge52).
    expect(silent).toBeGreaterThanOrEqual(3);
  });

  it("every level is its figure's band; quoted model figures sit in it", () => {
    const { high, medium } = a.rules.churn.levels;
    let quoted = 0;
    for (let c = 0; c < an.churnLevel.length; c++) {
      const lv = RISK_LEVELS[an.churnLevel[c]];
      const p = an.churnProbability[c];
      if (Number.isFinite(p)) expect(lv).toBe(p >= high ? "high" : p >= medium ? "medium" : "low");
      for (const r of churnReasonsOf(an, c)) {
        if (r.code !== "model_no_purchase") continue;
        quoted++;
        const share = Number(/(\d+)%/.exec(r.text["en-US"])![1]) / 100;
        if (lv === "high") expect(share).toBeGreaterThanOrEqual(high - 0.005);
        else if (lv === "medium") {
          expect(share).toBeGreaterThanOrEqual(medium - 0.005);
          expect(share).toBeLessThan(high + 0.005);
        } else expect(share).toBeLessThan(medium + 0.005);
      }
    }
    expect(quoted).toBeGreaterThan(10);
  });

  it("a one-time buyer's history is never 'few purchases' (stop 23 T6)", () => {
    const repeat = a.summary.segmentation.purchaseDays;
    let said = 0;
    for (let c = 0; c < an.churnLevel.length; c++) {
      if (repeat[c] !== 1) continue;
      const reasons = churnReasonsOf(an, c);
      expect(reasons.map((r) => r.code)).not.toContain("few_purchases");
      // Not past the customers' gap: bought_once, never overdue_vs_rhythm (stop 36, tester11 #11:
      // "overdue" of a customer who bought today).
      const notPast = an.recencyDays[c] <= a.classification.typicalGapDays[c];
      const rhythm = reasons.find((r) => r.code === "overdue_vs_rhythm");
      if (notPast) expect(rhythm).toBeUndefined();
      const first = reasons.find((r) => r.code === "bought_once");
      if (first) {
        expect(notPast).toBe(true);
        expect(first.text["en-US"]).toMatch(/^Bought only once so far, (\d+ days? ago|today)/);
        expect(first.text["zh-CN"]).toMatch(/^仅购买过一次（(\d+ 天前|今天)）/);
        said++;
      }
    }
    expect(said).toBeGreaterThan(5);
  });

  it("a one-time buyer's purchase history is one reason, not three (stop 19 #10)", () => {
    const history = new Set([
      "overdue_vs_rhythm",
      "bought_once",
      "long_since_purchase",
      "few_purchases",
      // Stop 52: nor what lowers a low level, when it is the same single purchase.
      "recent_purchase",
      "model_likely_to_buy",
    ]);
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
