import fc from "fast-check";
import { eligibleRows, learnChurnModel, scoreChurn } from "../../../src/engine/churn/learn";
import type { Snapshot } from "../../../src/engine/churn/features";
import { STAGE } from "../../../src/engine/lifecycle/stage";
import { defaultRules } from "../../../src/engine/rules";

/**
 * tester53 N33: with the default weights and no new data, one more silent week LOWERED the risk of
 * customers silent for a month (SZ027 26 → 33 days, 54% → 49%): the weights were standardised on
 * the customers at the analysis date, whose days since the last purchase all grew meanwhile.
 */

const rules = defaultRules().churn;
const CHURN_DAYS = rules.churnedAfterDays;
const TREND_DAYS = 180;

interface Customer {
  /** Days between the data's last day and this customer's last purchase. */
  before: number;
  gap: number;
  purchaseDays: number;
  spend: number;
  recent: number;
  previous: number;
  /** Days between the last contact and the data's last day (NaN: never contacted). */
  contactBefore: number;
}

/** The customers as of `asOf`, the data ending on day `end` (nothing bought or told after it). */
function snapshotAt(customers: Customer[], end: number, asOf: number): Snapshot {
  const n = customers.length;
  const last = Float64Array.from(customers, (c) => end - c.before);
  const recencyDays = Float64Array.from(last, (d) => asOf - d);
  const stage = Int8Array.from(recencyDays, (r) =>
    r >= CHURN_DAYS ? STAGE.churned : STAGE.mature,
  );
  const eligible = Uint8Array.from(stage, (s) => (s === STAGE.churned ? 0 : 1));
  const nan = new Float64Array(n).fill(NaN);
  return {
    asOf,
    eligible,
    eligibleCount: eligible.reduce((a, b) => a + b, 0),
    recencyDays,
    purchaseDays: Int32Array.from(customers, (c) => c.purchaseDays),
    // Older than two trend periods: the trend is read throughout (a customer crossing that age,
    // or a purchase leaving a period or the 12-month window, is data leaving a window: held still).
    firstDay: Float64Array.from(
      customers,
      (c, i) => last[i] - c.gap * (c.purchaseDays - 1) - 2 * TREND_DAYS,
    ),
    typicalGapDays: Float64Array.from(customers, (c) => c.gap),
    // The spread of the gaps unknown: no customer is taken for a regular buyer (ownRhythm.ts).
    gapSquares: new Float64Array(n).fill(NaN),
    monetary: Float64Array.from(customers, (c) => c.spend),
    recentCount: Int32Array.from(customers, (c) => c.recent),
    previousCount: Int32Array.from(customers, (c) => c.previous),
    recentSpend: Float64Array.from(customers, (c) => c.recent * 100),
    previousSpend: Float64Array.from(customers, (c) => c.previous * 100),
    modelNoPurchase: null,
    pAlive: nan,
    expectedPurchases: nan,
    modelPurchaseDays: Int32Array.from(customers, (c) => c.purchaseDays),
    lastPurchaseDay: last,
    stage,
    signals: {
      satisfactionScore: null,
      satisfactionDay: null,
      recommendScore: null,
      recommendDay: null,
      openComplaints: null,
      oldestOpenDays: null,
      lateComplaints: null,
      lastContactDay: Float64Array.from(customers, (c) => end - c.contactBefore),
    },
    contactAfterDays: 30,
    lowScoreMax: 2,
    npsDetractorMax: 6,
    trendPeriodDays: TREND_DAYS,
  };
}

/** Each customer's probability under the default weights (NaN: not scored). */
function risks(s: Snapshot): Float64Array {
  const model = learnChurnModel(null, null, NaN, s, rules);
  expect(model.source).toBe("default");
  const rows = eligibleRows(s);
  const { probability } = scoreChurn(model, s, rows);
  const out = new Float64Array(s.recencyDays.length).fill(NaN);
  rows.forEach((c, i) => (out[c] = probability[i]));
  return out;
}

const customer = fc.record({
  before: fc.integer({ min: 0, max: 400 }),
  gap: fc.integer({ min: 1, max: 120 }),
  purchaseDays: fc.integer({ min: 1, max: 60 }),
  spend: fc.integer({ min: 0, max: 200_000 }),
  recent: fc.integer({ min: 0, max: 20 }),
  previous: fc.integer({ min: 0, max: 20 }),
  contactBefore: fc.oneof(fc.constant(NaN), fc.integer({ min: 0, max: 200 })),
});

describe("the default weights, no new data: a customer silent longer is never less at risk", () => {
  // Nothing but the days since each purchase and contact grows: the 12-month and trend figures are
  // held (what leaves a window is data leaving, said as such: compare.ts WindowLeft).
  test("property: as of a later date, each customer still scored is at least as much at risk", () => {
    fc.assert(
      fc.property(
        fc.array(customer, { minLength: 3, maxLength: 40 }),
        fc.integer({ min: 0, max: 60 }),
        fc.integer({ min: 1, max: 60 }),
        (customers, lag, more) => {
          // Someone bought on the data's last day, the first date `lag` days after it.
          customers[0] = { ...customers[0], before: 0 };
          const end = 20_000;
          const a = risks(snapshotAt(customers, end, end + lag));
          const b = risks(snapshotAt(customers, end, end + lag + more));
          for (let c = 0; c < customers.length; c++)
            if (a[c] === a[c] && b[c] === b[c]) expect(b[c]).toBeGreaterThanOrEqual(a[c] - 1e-12);
        },
      ),
    );
  });

  test("the tester's week: customers silent 26 to 35 days rise a week later (SZ027, SZ026, SZ029)", () => {
    // Weekly and monthly buyers, most of whom bought in the data's last week, and three ~3-weekly
    // buyers silent for about a month: the population's days since purchase grow the most.
    const c = (before: number, gap: number): Customer => ({
      before,
      gap,
      purchaseDays: 20,
      spend: 50_000,
      recent: 5,
      previous: 5,
      contactBefore: NaN,
    });
    const customers = [
      c(0, 7),
      c(0, 8),
      c(1, 9),
      c(2, 10),
      c(3, 25),
      c(10, 30),
      c(14, 22),
      c(26, 21),
      c(35, 30),
      c(29, 24),
      c(77, 60),
      c(191, 40),
    ];
    const end = 20_000;
    const week2 = risks(snapshotAt(customers, end, end));
    const week3 = risks(snapshotAt(customers, end, end + 7));
    for (const k of [7, 8, 9]) expect(week3[k]).toBeGreaterThan(week2[k]);
  });
});
