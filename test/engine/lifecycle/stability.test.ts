import { LIFECYCLE_STAGES, RISK_LEVELS } from "../../../src/engine/analysis";
import { analyzeWorkbook } from "../../../src/engine/analyze";
import { generatePopulation } from "../../../src/engine/backtest/generate";
import { memorySource } from "../../../src/engine/ingest/memorySource";
import { binomialHalfAtMost } from "../../../src/engine/lifecycle/stage";
import { defaultRules } from "../../../src/engine/rules";
import { classify } from "../helpers/classify";
import { CUSTOMER_1000050 } from "./customer1000050";

describe("lifecycle stages are stable under noise (issue 9 item 5)", () => {
  it("binomial tail of an even split", () => {
    expect(binomialHalfAtMost(0, 4)).toBeCloseTo(1 / 16);
    expect(binomialHalfAtMost(2, 4)).toBeCloseTo(11 / 16);
    expect(binomialHalfAtMost(4, 4)).toBe(1);
    expect(binomialHalfAtMost(10, 200)).toBeLessThan(1e-40);
  });

  it.each([5, 6])(
    "constant-rate customers who never leave (seed %i): ≥ 90% keep their stage a month later, ≤ 10% decline or high risk",
    async (seed) => {
      const g = generatePopulation({ kind: "steady", customers: 2000, seed });
      const rules = defaultRules();
      const before = await analyzeWorkbook(memorySource(g.sheets), { rules, asOf: g.end - 30 });
      const after = await analyzeWorkbook(memorySource(g.sheets), { rules, asOf: g.end });
      const s1 = before.classification.analysis.lifecycleStage;
      const s2 = after.classification.analysis.lifecycleStage;
      const level = after.classification.analysis.churnLevel;
      let established = 0;
      let same = 0;
      let flagged = 0;
      for (let i = 0; i < s1.length; i++) {
        // Established: first purchase more than a year before the first refresh.
        if (!(before.summary.model.firstDay[i] < g.end - 30 - 365)) continue;
        established++;
        if (s1[i] === s2[i]) same++;
        if (LIFECYCLE_STAGES[s2[i]] === "decline" || RISK_LEVELS[level[i]] === "high") flagged++;
      }
      expect(established).toBeGreaterThan(1500);
      expect(same / established).toBeGreaterThanOrEqual(0.9);
      expect(flagged / established).toBeLessThanOrEqual(0.1);
    },
    60_000,
  );

  it("customer 1000050: bought within their rhythm with spend up is not in decline", () => {
    const r = classify({
      asOf: "2025-12-31",
      customers: ["1000050"],
      transactions: CUSTOMER_1000050.map(([date, amount]) => ({
        customer: "1000050",
        date,
        amount,
      })),
    });
    const a = r.analysis;
    expect(a.recencyDays[0]).toBe(16);
    expect(LIFECYCLE_STAGES[a.lifecycleStage[0]]).not.toBe("decline");
    expect(r.typicalGapDays[0]).toBeGreaterThan(7.5);
  });

  it("a customer within rhythm whose purchases and spend rose is never in decline, however the rules are set", () => {
    const tx = [
      ...["2024-08-01", "2024-10-01", "2024-12-01"].map((date) => ({
        customer: "A",
        date,
        amount: 100,
      })),
      ...["2025-02-01", "2025-03-01", "2025-04-01", "2025-05-01", "2025-06-01", "2025-06-25"].map(
        (date) => ({ customer: "A", date, amount: 200 }),
      ),
    ];
    for (const patch of [
      {},
      { lifecycle: { declineChange: 0, trendSignificance: 0.5, minTrendPurchases: 2 } },
    ]) {
      const r = classify({ asOf: "2025-06-30", customers: ["A"], transactions: tx }, patch);
      expect(LIFECYCLE_STAGES[r.analysis.lifecycleStage[0]]).not.toBe("decline");
    }
  });

  it("a trend is called when the counts support it, not from a couple of purchases", () => {
    const monthly = (from: number, to: number, customer = "A") =>
      Array.from({ length: to - from + 1 }, (_, k) => ({
        customer,
        date: (from + k) * 7, // days before the analysis date
        amount: 100,
      }));
    // Weekly for the previous half-year, then one purchase in the recent half-year: decline.
    const falling = classify({
      asOf: "2025-06-30",
      customers: ["A"],
      transactions: [...monthly(26, 60), { customer: "A", date: 20, amount: 100 }],
    });
    expect(LIFECYCLE_STAGES[falling.analysis.lifecycleStage[0]]).toBe("decline");
    // Two purchases before, one recently: a fall of half, but no evidence.
    const noisy = classify({
      asOf: "2025-06-30",
      customers: ["A"],
      transactions: [400, 300, 250, 100].map((date) => ({ customer: "A", date, amount: 100 })),
    });
    expect(LIFECYCLE_STAGES[noisy.analysis.lifecycleStage[0]]).not.toBe("decline");
  });
});
