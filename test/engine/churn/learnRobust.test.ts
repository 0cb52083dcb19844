import { CHURN_FEATURES, type Snapshot } from "../../../src/engine/churn/features";
import {
  DEFAULT_WEIGHTS,
  eligibleRows,
  learnChurnModel,
  scoreChurn,
} from "../../../src/engine/churn/learn";
import { defaultRules } from "../../../src/engine/rules";

/**
 * Customers as a snapshot: each with days since the last purchase, a usual gap, purchase days and
 * (optionally) a satisfaction score. Small stand-ins for tester67's workbooks (/work/notes/stop67/
 * tester67: B2_力健会员台账.xlsx U306, C_SweetCrumb_Customers.xlsx U317), not copies of their rows.
 */
function snapshot(
  asOf: number,
  people: { rec: number; gap: number; days: number; score?: number; p0?: number }[],
): Snapshot {
  const n = people.length;
  const f = (g: (p: (typeof people)[number]) => number) => Float64Array.from(people, g);
  const purchaseDays = Int32Array.from(people, (p) => p.days);
  const zeros = new Float64Array(n);
  return {
    asOf,
    eligible: new Uint8Array(n).fill(1),
    eligibleCount: n,
    recencyDays: f((p) => p.rec),
    purchaseDays,
    firstDay: f((p) => asOf - p.rec - p.gap * (p.days - 1)),
    typicalGapDays: f((p) => p.gap),
    gapSquares: new Float64Array(n).fill(NaN),
    monetary: f((p) => 100 * p.days),
    recentCount: new Int32Array(n),
    previousCount: new Int32Array(n),
    recentSpend: zeros,
    previousSpend: zeros,
    modelNoPurchase: people.some((p) => p.p0 !== undefined) ? f((p) => p.p0 ?? NaN) : null,
    pAlive: zeros,
    expectedPurchases: zeros,
    modelPurchaseDays: purchaseDays,
    lastPurchaseDay: f((p) => asOf - p.rec),
    stage: new Int8Array(n),
    signals: {
      satisfactionScore: people.some((p) => p.score !== undefined)
        ? f((p) => p.score ?? NaN)
        : undefined,
    } as Snapshot["signals"],
    contactAfterDays: 90,
    lowScoreMax: 2,
    npsDetractorMax: 6,
    trendPeriodDays: 180,
  };
}

/** The last purchase by the outcome's end: bought in the horizon (1 day after) or not. */
const later = (past: Snapshot, bought: boolean[]) =>
  Float64Array.from(bought, (b, c) => (b ? past.asOf + 1 : past.asOf - past.recencyDays[c]));

const LOW = CHURN_FEATURES.indexOf("lowSatisfaction");

describe("a learned churn model keeps what its history cannot teach (tester67 U306, U302)", () => {
  // 300 members every 10 days; on the learning date nobody had a low score (the survey is newer).
  const people = Array.from({ length: 300 }, (_, i) => ({ rec: 1 + (i % 60), gap: 10, days: 8 }));
  const past = snapshot(
    1000,
    people.map((p) => ({ ...p, score: 5 })),
  );
  const bought = people.map((p, i) => p.rec < 30 || i % 7 === 0);
  // Today 30 of them rated 1/5: 0017 and 0021 among B2's 56.
  const today = snapshot(
    1090,
    people.map((p, i) => ({ ...p, score: i < 60 && i % 2 === 0 ? 1 : 5 })),
  );

  it("a low score, absent on the learning date, keeps its default weight and raises the risk", () => {
    const model = learnChurnModel(past, later(past, bought), 1090, today, defaultRules().churn);
    expect(model.source).toBe("learned");
    // Before: 0 (the constant column), the 30 read as if they had said nothing.
    expect(model.coefficients[LOW]).toBe(DEFAULT_WEIGHTS.lowSatisfaction);
    expect(model.keptDefault?.[LOW]).toBe(1);
    const { probability } = scoreChurn(model, today, eligibleRows(today));
    // Member 28 rated 1/5, member 88 (the same figures) 5/5: the default weight, clipped at 2 sd.
    const logit = (p: number) => Math.log(p / (1 - p));
    expect(logit(probability[28]) - logit(probability[88])).toBeCloseTo(
      DEFAULT_WEIGHTS.lowSatisfaction * 2,
      6,
    );
  });

  it("the model's note says which feature kept its default weight and why (fix68e)", () => {
    const model = learnChurnModel(past, later(past, bought), 1090, today, defaultRules().churn);
    // Before: no note under learned weights; the low score's weight was nobody's to explain.
    expect(model.keptNote?.["en-US"]).toBe(
      "Churn risk is learned from the customers as of 1972-09-27, except a low satisfaction score " +
        "(the same for all 300 customers on that date): it keeps its default weight, as the " +
        "history cannot teach it.",
    );
    expect(model.keptNote?.["zh-CN"]).toContain("满意度低分");
    expect(model.keptNote?.["zh-CN"]).toContain("沿用默认权重");
  });
});

describe("a few seasonal buyers do not turn the learned weights (tester67 U317)", () => {
  // 240 steady customers every 7, 14, 30 or 90 days (those 1.5 gaps past their rhythm did not buy
  // again), 60 lapsed (silent 100–300 days, 1 in 10 came back) and 60 holiday-only buyers silent
  // 280 days on the learning date who all bought (C_SweetCrumb's 58 Thanksgiving buyers).
  const steady = Array.from({ length: 240 }, (_, i) => {
    const rec = 1 + ((i * 7) % 60);
    const gap = [7, 14, 30, 90][i % 4];
    return { rec, gap, days: 8, p0: 1 / (1 + Math.exp(-(rec / gap - 2))) };
  });
  const lapsed = Array.from({ length: 60 }, (_, i) => ({
    rec: 100 + ((i * 13) % 200),
    gap: 30,
    days: 3,
    p0: 0.9,
  }));
  const holiday = Array.from({ length: 60 }, () => ({ rec: 280, gap: 40, days: 2, p0: 0.9 }));
  const past = snapshot(1000, [...steady, ...lapsed, ...holiday]);
  const bought = [
    ...steady.map((p, i) => p.rec <= 1.5 * p.gap || i % 9 === 0),
    ...lapsed.map((_, i) => i % 10 === 0),
    ...holiday.map(() => true),
  ];

  it("a quarterly client 58 days after its order reads low, the level below 50 %", () => {
    const model = learnChurnModel(past, later(past, bought), 1090, past, defaultRules().churn);
    expect(model.source).toBe("learned");
    // Before (the penalty toward 0): intercept +1.05, recency and the others' signs held at 0.
    expect(model.intercept).toBeLessThan(0);
    const { probability } = scoreChurn(model, past, eligibleRows(past));
    // C-556 Summit Insurance's like: every 90 days, 58 days silent. Before: 52 %; after: 2.5 %.
    const q = steady.findIndex((p) => p.gap === 90 && p.rec === 58);
    expect(probability[q]).toBeLessThan(0.2);
  });
});
