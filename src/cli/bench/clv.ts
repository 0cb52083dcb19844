/**
 * Benchmark of the customer-base models at scale: simulates 1,000,000 customers from the
 * BG/NBD + Gamma-Gamma models (fitted with both the BG/NBD and the default MBG/NBD) (CDNOW-like parameters, a 90-day cohort observed for a year),
 * then summarises, fits and scores them, reporting the time of each step.
 */

import { fitMbgNbd } from "../../engine/clv/mbgnbd";
import { probabilityAlive } from "../../engine/clv/bgnbd";
import { groupSummaries } from "../../engine/clv/group";
import { medianTimeToNextPurchase, probabilityOfNoPurchase } from "../../engine/clv/nextPurchase";
import {
  customerLifetimeValue,
  fitBgNbd,
  fitGammaGamma,
  scoreBgNbd,
  scoreGammaGamma,
  seededRandom,
  simulateTransactions,
  summariseForModel,
} from "../../engine/clv";
import type { BenchRow } from "./report";

const CUSTOMERS = 1_000_000;
const TRUE_BGNBD = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };
const TRUE_SPEND = { p: 6.25, q: 3.74, gamma: 15.44 };

/**
 * Runs the CLV benchmark, calling `report` after each step. Throws if a fit fails (it should
 * not on simulated data).
 *
 * @example
 * await benchClv((row) => console.log(`${row.step}: ${row.rows} rows in ${row.seconds.toFixed(2)} s`));
 */
export async function benchClv(report: (row: BenchRow) => void): Promise<void> {
  const timed = <T>(step: string, rows: (result: T) => number, run: () => T): T => {
    const start = performance.now();
    const result = run();
    report({ step, rows: rows(result), seconds: (performance.now() - start) / 1000 });
    return result;
  };

  const transactions = timed(
    "clv: simulate 1M customers (not the product)",
    (t) => t.customer.length,
    () =>
      simulateTransactions(
        TRUE_BGNBD,
        TRUE_SPEND,
        { customerCount: CUSTOMERS, cohortDays: 90, asOfDay: 363, timeUnitDays: 7 },
        seededRandom(20240601),
      ),
  );
  const summary = timed(
    "clv: summarise transactions per customer",
    () => transactions.customer.length,
    () => summariseForModel(transactions, { asOfDay: 363, timeUnitDays: 7 }),
  );
  const bgnbd = timed(
    "clv: fit BG/NBD",
    () => CUSTOMERS,
    () => fitBgNbd(summary),
  );
  if (!bgnbd.ok) throw new Error(`BG/NBD fit failed: ${bgnbd.message}`);
  const mbgnbd = timed(
    "clv: fit MBG/NBD (the default model)",
    () => CUSTOMERS,
    () => fitMbgNbd(summary),
  );
  if (!mbgnbd.ok) throw new Error(`MBG/NBD fit failed: ${mbgnbd.message}`);
  timed(
    "clv: MBG/NBD P(no purchase in 13 weeks) + next-purchase time",
    (v) => v.none.length,
    () => {
      // As customerModel.ts does: once per distinct (x, tₓ, T), then per customer.
      const groups = groupSummaries(summary);
      const none = new Float64Array(groups.count);
      const next = new Float64Array(groups.count);
      for (let k = 0; k < groups.count; k++) {
        const x = groups.frequency[k];
        const alive = probabilityAlive(mbgnbd, x, groups.recency[k], groups.age[k]);
        none[k] = probabilityOfNoPurchase(alive, mbgnbd.r, mbgnbd.alpha, x, groups.age[k], 13);
        next[k] = medianTimeToNextPurchase(alive, mbgnbd.r, mbgnbd.alpha, x, groups.age[k]);
      }
      const perCustomer = (v: Float64Array) =>
        Float64Array.from(groups.group, (k) => (k < 0 ? NaN : v[k]));
      return { none: perCustomer(none), next: perCustomer(next) };
    },
  );
  const spend = timed(
    "clv: fit Gamma-Gamma (repeat buyers)",
    (f) => (f.ok ? f.customers : 0),
    () => fitGammaGamma(summary),
  );
  if (!spend.ok) throw new Error(`Gamma-Gamma fit failed: ${spend.message}`);
  timed(
    "clv: P(alive) + expected purchases, 52 weeks",
    (s) => s.pAlive.length,
    () => scoreBgNbd(bgnbd, summary, 52),
  );
  timed(
    "clv: expected spend per purchase",
    (s) => s.length,
    () => scoreGammaGamma(spend, summary),
  );
  timed(
    "clv: lifetime value, 12 months",
    (v) => v.length,
    () => customerLifetimeValue(bgnbd, spend, summary, summary.averageSpend, { timeUnitDays: 7 }),
  );
}
