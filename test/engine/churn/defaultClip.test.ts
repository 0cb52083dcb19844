import { CHURN_FEATURES, type Snapshot } from "../../../src/engine/churn/features";
import {
  DEFAULT_CLIP,
  DEFAULT_WEIGHTS,
  learnChurnModel,
  scoreChurn,
} from "../../../src/engine/churn/learn";
import { defaultRules } from "../../../src/engine/rules";

/** 29 customers with 20 purchase days each and one with a single purchase (tester53 N16's ledger). */
function ledger(): Snapshot {
  const n = 30;
  const purchaseDays = Int32Array.from({ length: n }, (_, i) => (i === n - 1 ? 1 : 20 + (i % 5)));
  const zeros = new Float64Array(n);
  return {
    asOf: 1000,
    eligible: new Uint8Array(n).fill(1),
    eligibleCount: n,
    recencyDays: Float64Array.from({ length: n }, (_, i) => 5 + i),
    purchaseDays,
    firstDay: Float64Array.from({ length: n }, (_, i) => (i === n - 1 ? 983 : 400)),
    typicalGapDays: new Float64Array(n).fill(30),
    // The spread of the gaps unknown: no customer is taken for a regular buyer (ownRhythm.ts).
    gapSquares: new Float64Array(n).fill(NaN),
    monetary: Float64Array.from({ length: n }, (_, i) => 1000 * (1 + (i % 7))),
    recentCount: new Int32Array(n),
    previousCount: new Int32Array(n),
    recentSpend: zeros,
    previousSpend: zeros,
    modelNoPurchase: null,
    pAlive: zeros,
    expectedPurchases: zeros,
    modelPurchaseDays: purchaseDays,
    lastPurchaseDay: zeros,
    stage: new Int8Array(n),
    signals: {} as Snapshot["signals"],
    contactAfterDays: 90,
    lowScoreMax: 2,
    npsDetractorMax: 6,
    trendPeriodDays: 180,
  };
}

describe("the default weights", () => {
  const F = CHURN_FEATURES.indexOf("frequency");
  const rows = Int32Array.from({ length: 30 }, (_, i) => i);

  it("count a feature at most DEFAULT_CLIP standard deviations from the customers' mean", () => {
    const s = ledger();
    const model = learnChurnModel(null, null, s.asOf, s, defaultRules().churn);
    expect(model.source).toBe("default");
    const { contributions, probability } = scoreChurn(model, s, rows);
    // The lone one-time buyer is 5 sd below the others' purchase days: "few purchases" counts 2.
    const lone = contributions[F * 30 + 29];
    expect(lone).toBeCloseTo(DEFAULT_WEIGHTS.frequency * -DEFAULT_CLIP, 12);
    // The probability is the sum of the (clipped) contributions: the reasons and the figure agree.
    let eta = model.intercept;
    for (let k = 0; k < CHURN_FEATURES.length; k++) eta += contributions[k * 30 + 29];
    expect(probability[29]).toBeCloseTo(1 / (1 + Math.exp(-eta)), 12);
  });

  it("learned weights are not clipped (they were fitted on the features as they are)", () => {
    const s = ledger();
    const model = { ...learnChurnModel(null, null, s.asOf, s, defaultRules().churn) };
    model.source = "learned";
    const { contributions } = scoreChurn(model, s, rows);
    expect(contributions[F * 30 + 29]).toBeGreaterThan(
      DEFAULT_WEIGHTS.frequency * -DEFAULT_CLIP + 0.5,
    );
  });
});
