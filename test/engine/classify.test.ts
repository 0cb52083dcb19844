import fc from "fast-check";
import {
  LIFECYCLE_STAGES,
  RFM_SEGMENTS,
  RISK_LEVELS,
  VALUE_CLASSES,
  VALUE_TIERS,
} from "../../src/engine/analysis";
import { epochDay } from "../../src/engine/parse/date";
import { summariseCustomers } from "../../src/engine/aggregate/customerSummary";
import { classifyCustomers } from "../../src/engine/classify";
import { classify, rulesOf } from "./helpers/classify";
import { makeDataset, purchases, type DatasetSpec, type TransactionRow } from "./helpers/dataset";

const ids = (n: number) => Array.from({ length: n }, (_, i) => `C${i}`);

/** Random small populations: up to 12 customers, purchases and returns over ~3 years. */
const populations = fc.integer({ min: 1, max: 12 }).chain((n) =>
  fc.record({
    n: fc.constant(n),
    tx: fc.array(
      fc.record({
        c: fc.integer({ min: 0, max: n - 1 }),
        daysAgo: fc.integer({ min: 0, max: 1200 }),
        amount: fc.oneof(fc.integer({ min: 1, max: 2000 }), fc.integer({ min: -300, max: -1 })),
      }),
      { maxLength: 60 },
    ),
  }),
);

const specOf = (p: {
  n: number;
  tx: { c: number; daysAgo: number; amount: number }[];
}): DatasetSpec => ({
  asOf: "2025-06-30",
  customers: ids(p.n),
  transactions: p.tx.map((t) => ({ customer: `C${t.c}`, date: t.daysAgo, amount: t.amount })),
});

describe("classifyCustomers", () => {
  it("measures recency, frequency (purchase days) and monetary (net spend) in the window", () => {
    const r = classify({
      asOf: "2025-06-30",
      customers: ["A", "B"],
      transactions: [
        { customer: "A", date: "2025-06-20", amount: 100 },
        { customer: "A", date: "2025-06-20", amount: 50 }, // same day: one purchase day
        { customer: "A", date: "2025-03-01", amount: 200 },
        { customer: "A", date: "2025-04-01", amount: -30 }, // a return: lowers spend only
        { customer: "A", date: "2024-06-30", amount: 999 }, // the day before the window
        { customer: "A", date: "2024-07-01", amount: 1 }, // the window's first day
      ],
    });
    const a = r.analysis;
    expect(a.recencyDays[0]).toBe(10);
    expect(a.frequency[0]).toBe(3);
    expect(a.monetary[0]).toBe(321);
    expect(r.windowStart).toBe(epochDay(2024, 6, 30));
    expect(a.recencyDays[1]).toBeNaN();
    expect(a.rScore[1]).toBe(0);
    expect(r.buyers).toBe(1);
  });

  it("uses the rule set's analysis date and ignores rows after it", () => {
    const spec = { asOf: "2025-06-30", customers: ["A"], transactions: purchases("A", [0, 100]) };
    const r = classify(spec, { asOf: "2025-06-01" });
    expect(r.asOf).toBe(epochDay(2025, 6, 1));
    expect(r.analysis.recencyDays[0]).toBe(100 - 29);
    expect(r.analysis.frequency[0]).toBe(1);
  });

  it("fixed cut points replace quintiles and are reported", () => {
    const spec = {
      asOf: "2025-06-30",
      customers: ["A", "B"],
      transactions: [...purchases("A", [3]), ...purchases("B", [400])],
    };
    const r = classify(spec, {
      segmentation: { rfm: { recency: { cutPoints: [30, 90, 180, 365] } } },
    });
    expect(r.cutPoints.recencyDays).toEqual([30, 90, 180, 365]);
    expect(r.cutPoints.source).toEqual({
      recencyDays: "fixed",
      frequency: "quantile",
      monetary: "quantile",
    });
    expect(Array.from(r.analysis.rScore)).toEqual([5, 1]);
  });

  it("ten customers with the same frequency get one F score", () => {
    const tx: TransactionRow[] = [];
    for (let i = 0; i < 10; i++) tx.push(...purchases(`C${i}`, [10, 40]));
    for (let i = 10; i < 15; i++)
      tx.push(...purchases(`C${i}`, [10, 20, 30, 40, 50].slice(0, i - 8)));
    const r = classify({ asOf: "2025-06-30", customers: ids(15), transactions: tx });
    expect(new Set(r.analysis.fScore.slice(0, 10)).size).toBe(1);
  });

  it("property: every customer gets exactly one segment, class, tier, stage and level; prospects are defined", () => {
    fc.assert(
      fc.property(populations, (p) => {
        const r = classify(specOf(p));
        const a = r.analysis;
        for (let i = 0; i < p.n; i++) {
          const prospect = LIFECYCLE_STAGES[a.lifecycleStage[i]] === "prospect";
          const tierOk = VALUE_TIERS[a.valueTier[i]] !== undefined;
          const stageOk = LIFECYCLE_STAGES[a.lifecycleStage[i]] !== undefined;
          // Before churn risk is learned (churn/risk.ts) every level is set and no probability is.
          const levelOk =
            RISK_LEVELS[a.churnLevel[i]] !== undefined && Number.isNaN(a.churnProbability[i]);
          if (!tierOk || !stageOk || !levelOk) return false;
          if (prospect) {
            // A prospect: no R/F/M to score or compare.
            if (a.rfmSegment[i] !== -1 || a.valueClass[i] !== -1 || a.rScore[i] !== 0) return false;
            // Never bought: no purchase to stop, so no risk level (issue 9).
            if (RISK_LEVELS[a.churnLevel[i]] !== "prospect") return false;
          } else if (RISK_LEVELS[a.churnLevel[i]] === "prospect") {
            return false;
          }
          if (prospect) {
            if (VALUE_TIERS[a.valueTier[i]] !== "low") return false;
          } else {
            if (
              RFM_SEGMENTS[a.rfmSegment[i]] === undefined ||
              VALUE_CLASSES[a.valueClass[i]] === undefined
            )
              return false;
            for (const s of [a.rScore[i], a.fScore[i], a.mScore[i]])
              if (s < 1 || s > 5) return false;
          }
        }
        return true;
      }),
    );
  });

  it("property: spending more never lowers the M score (nor the tier)", () => {
    fc.assert(
      fc.property(populations, fc.nat(), fc.integer({ min: 1, max: 5000 }), (p, pick, extra) => {
        const c = pick % p.n;
        const before = classify(specOf(p));
        const more = specOf(p);
        more.transactions!.push({ customer: `C${c}`, date: 5, amount: extra });
        const after = classify(more);
        // A prospect who buys moves from unscored (0) to scored.
        return (
          after.analysis.mScore[c] >= before.analysis.mScore[c] &&
          after.analysis.valueTier[c] <= before.analysis.valueTier[c]
        );
      }),
    );
  });

  it("a buyer with no purchase in the window scores F1 M1 even when window spend is negative", () => {
    // Found by the property below (seed 697694536): C1's net 0 outscored C0's -1 and got M5.
    const r = classify({
      asOf: "2025-06-30",
      customers: ["C0", "C1"],
      transactions: [
        { customer: "C0", date: 0, amount: -2 },
        { customer: "C0", date: 0, amount: 1 },
        { customer: "C1", date: 365, amount: 1 },
      ],
    });
    expect([r.analysis.fScore[1], r.analysis.mScore[1]]).toEqual([1, 1]);
  });

  it("property: a more recent purchase never lowers R", () => {
    fc.assert(
      fc.property(populations, fc.nat(), fc.integer({ min: 0, max: 1200 }), (p, pick, daysAgo) => {
        const c = pick % p.n;
        const before = classify(specOf(p));
        const more = specOf(p);
        more.transactions!.push({ customer: `C${c}`, date: daysAgo, amount: 10 });
        const after = classify(more);
        return after.analysis.rScore[c] >= before.analysis.rScore[c];
      }),
    );
  });

  it("property: the result does not depend on the order of the transaction rows", () => {
    fc.assert(
      fc.property(populations, (p) => {
        const a = classify(specOf(p)).analysis;
        const b = classify(specOf({ n: p.n, tx: [...p.tx].reverse() })).analysis;
        return (
          a.rfmSegment.every((v, i) => v === b.rfmSegment[i]) &&
          a.lifecycleStage.every((v, i) => v === b.lifecycleStage[i]) &&
          a.churnLevel.every((v, i) => v === b.churnLevel[i])
        );
      }),
      { numRuns: 50 },
    );
  });

  it("records the rule set and the churn definition", () => {
    const r = classify(makeDataset({ asOf: "2025-06-30", customers: ["A"] }), {
      churn: { churnedAfterDays: 200 },
    });
    expect(r.churnDefinitionDays).toBe(200);
    expect(r.rules.version).toBe(2);
    expect(r.rules.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(r.cutPoints.frequency.every(Number.isNaN)).toBe(true);
  });
});

describe("F and M quintiles among customers who bought in the window", () => {
  test("lapsed buyers do not push a recent one-time buyer out of the new segment", () => {
    // Six buyers last seen two years ago (frequency 0 in the 12-month window), three regulars and
    // one customer whose only purchase was 10 days ago.
    const lapsed = ids(6)
      .map((id) => purchases(id, [730], 100))
      .flat();
    const regulars = ["R1", "R2", "R3"].flatMap((id, k) =>
      purchases(id, [20, 60, 100, 140 + k], 200),
    );
    const r = classify({
      asOf: "2025-12-31",
      customers: [...ids(6), "R1", "R2", "R3", "NEW"],
      transactions: [...lapsed, ...regulars, ...purchases("NEW", [10], 80)],
    });
    const fresh = r.dataset.customers.id.indexOf("NEW");
    expect(r.analysis.fScore[fresh]).toBe(1);
    expect(RFM_SEGMENTS[r.analysis.rfmSegment[fresh]]).toBe("new");
    // The lapsed score 1 on F and M, whatever the quintiles of the active buyers are.
    for (let c = 0; c < 6; c++) {
      expect(r.analysis.fScore[c]).toBe(1);
      expect(r.analysis.mScore[c]).toBe(1);
    }
    expect(r.cutPoints.frequency[0]).toBeGreaterThanOrEqual(1);
  });
});

describe("stagesOnly (churn risk's earlier dates)", () => {
  test("the same measures, rhythms, stages and churned levels as a full classification, no scores", () => {
    fc.assert(
      fc.property(populations, (p) => {
        const dataset = makeDataset(specOf(p));
        const rules = rulesOf();
        const summary = summariseCustomers(dataset, rules, dataset.asOf);
        const full = classifyCustomers(dataset, summary, rules, dataset.asOf);
        const lean = classifyCustomers(dataset, summary, rules, dataset.asOf, { stagesOnly: true });
        expect([...lean.analysis.lifecycleStage]).toEqual([...full.analysis.lifecycleStage]);
        expect([...lean.analysis.churnLevel]).toEqual([...full.analysis.churnLevel]);
        expect([...lean.analysis.recencyDays]).toEqual([...full.analysis.recencyDays]);
        expect([...lean.analysis.monetary]).toEqual([...full.analysis.monetary]);
        expect([...lean.typicalGapDays]).toEqual([...full.typicalGapDays]);
        for (const empty of [
          "rScore",
          "fScore",
          "mScore",
          "rfmSegment",
          "valueClass",
          "valueTier",
        ] as const)
          expect(lean.analysis[empty].length).toBe(0);
        expect(lean.analysis.churnProbability.length).toBe(0);
        expect(lean.analysis.churnReasons.codes.length).toBe(0);
        expect(lean.analysis.churnReasons.figures.length).toBe(0);
      }),
      { numRuns: 50 },
    );
  });
});
