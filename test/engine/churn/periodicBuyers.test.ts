import { analyzeWorkbook } from "../../../src/engine/analyze";
import { areaUnderCurve } from "../../../src/engine/backtest/auc";
import { generatePopulation, PERIODIC_STORIES } from "../../../src/engine/backtest/generate";
import { memorySource } from "../../../src/engine/ingest/memorySource";
import { defaultRules } from "../../../src/engine/rules";

/**
 * Buyers on their own rhythm (backtest/generate.ts "periodic"): regulars every 14–91 days, some
 * stopping, seasonal and shrinking ones, mixed with "leaving" ones. rhythm56: the learned churn
 * model's Newton fit ran away on such a population (intercept −4.5e11 at 2,000 customers, every
 * probability 0 or NaN, AUC 0.5): the outcome all but splits on "overdue against own rhythm".
 */
describe("churn risk on buyers with their own rhythm", () => {
  const g = generatePopulation({ kind: "periodic", customers: 2000, seed: 7 });

  it("the generator draws every story, the regulars on their rhythm", () => {
    const counts = PERIODIC_STORIES.map((_, k) => g.story.filter((s) => s === k).length);
    for (const c of counts) expect(c).toBeGreaterThan(50);
    // A regular's gaps are its rhythm ± 15 % (rounded to whole days).
    const days = new Map<string, number[]>();
    for (const [id, date] of g.sheets.Transactions.slice(1)) {
      const list = days.get(String(id)) ?? [];
      list.push(Date.parse(String(date)) / 86_400_000);
      days.set(String(id), list);
    }
    const c = g.story.indexOf(0);
    const own = days.get(`C${String(c + 1).padStart(6, "0")}`)!;
    for (let i = 1; i < own.length; i++) {
      expect(own[i] - own[i - 1]).toBeGreaterThanOrEqual(Math.floor(g.meanGapDays[c] * 0.85));
      expect(own[i] - own[i - 1]).toBeLessThanOrEqual(Math.ceil(g.meanGapDays[c] * 1.15));
    }
    // Stopped customers are the not-alive regulars that stop and shrink, and leaving ones.
    expect(g.stopDay.some((d) => d === d)).toBe(true);
  });

  it("the learned model is a model: finite probabilities that rank who did not buy", async () => {
    const asOf = g.end - 90;
    const rules = defaultRules();
    const now = await analyzeWorkbook(memorySource(g.sheets), { rules, asOf });
    const later = await analyzeWorkbook(memorySource(g.sheets), { rules, asOf: g.end });
    expect(now.churn.model.source).toBe("learned");
    expect(Number.isFinite(now.churn.model.intercept)).toBe(true);
    expect(Math.abs(now.churn.model.intercept)).toBeLessThan(20);
    const p: number[] = [];
    const y: number[] = [];
    const a = now.classification.analysis;
    for (let c = 0; c < a.churnProbability.length; c++) {
      if (!(now.summary.model.purchaseDays[c] > 0) || !(a.churnLevel[c] >= 0)) continue;
      const q = a.churnProbability[c];
      if (q !== q) continue;
      p.push(q);
      y.push(later.summary.model.lastDay[c] > asOf ? 0 : 1);
    }
    expect(p.length).toBeGreaterThan(1000);
    expect(p.every((q) => q > 0 && q < 1)).toBe(true);
    expect(areaUnderCurve(Float64Array.from(p), Uint8Array.from(y))).toBeGreaterThan(0.85);
  });
});
