/**
 * Benchmark of the customer-base models at scale: simulates 1,000,000 customers from the
 * BG/NBD + Gamma-Gamma models (CDNOW-like parameters, a 90-day cohort observed for a year),
 * then summarises, fits and scores them, reporting the time of each step.
 */

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
