import { featureMatrix, type Snapshot } from "../../../src/engine/churn/features";

// The recency, purchase-day and age features read whole numbers' logs from a table: the numbers
// Math.log1p and Math.log give, for whole, fractional, zero and large values alike.
describe("featureMatrix", () => {
  it("gives the logs Math.log1p and Math.log give", () => {
    const recency = [0, 1, 2, 17.5, 365, 4095, 4096, 10_000, 0.25];
    const purchaseDays = [0, 1, 2, 3, 40, 4095, 4096, 9000, 5];
    const firstDay = [1000, 999, 0, -3000.5, 998.75, -5000, 1001, 1000.5, 200];
    const n = recency.length;
    const f64 = (xs: number[]) => Float64Array.from(xs);
    const zeros = new Float64Array(n);
    const s: Snapshot = {
      asOf: 1000,
      eligible: new Uint8Array(n).fill(1),
      eligibleCount: n,
      recencyDays: f64(recency),
      purchaseDays: Int32Array.from(purchaseDays),
      firstDay: f64(firstDay),
      typicalGapDays: new Float64Array(n).fill(30),
      // The spread of the gaps unknown: no customer is taken for a regular buyer (ownRhythm.ts).
      gapSquares: new Float64Array(n).fill(NaN),
      monetary: zeros,
      recentCount: new Int32Array(n),
      previousCount: new Int32Array(n),
      recentSpend: zeros,
      previousSpend: zeros,
      modelNoPurchase: null,
      pAlive: zeros,
      expectedPurchases: zeros,
      modelPurchaseDays: new Int32Array(n),
      lastPurchaseDay: zeros,
      stage: new Int8Array(n),
      signals: {} as Snapshot["signals"],
      contactAfterDays: 90,
      lowScoreMax: 2,
      npsDetractorMax: 6,
      trendPeriodDays: 90,
    };
    const x = featureMatrix(
      s,
      Int32Array.from({ length: n }, (_, i) => i),
    );
    for (let i = 0; i < n; i++) {
      expect(Object.is(x[n + i], Math.log1p(recency[i]))).toBe(true);
      expect(Object.is(x[2 * n + i], Math.log(Math.max(1, purchaseDays[i])))).toBe(true);
      expect(Object.is(x[4 * n + i], Math.log1p(Math.max(0, 1000 - firstDay[i])))).toBe(true);
    }
  });
});
