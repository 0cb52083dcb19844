/**
 * Customer lifetime value over a finite horizon, as lifetimes' customer_lifetime_value computes it:
 *
 *   CLV = Σ_{i=1..H} (E[Y(i·u)] − E[Y((i−1)·u)]) × E[spend] / (1 + d)^i
 *
 * where E[Y(t)] is the BG/NBD expected number of purchases in the next t time units given the
 * customer's history, u the number of time units in a month, E[spend] the Gamma-Gamma expected
 * spend per purchase, d the monthly discount rate and H the horizon in months. Each month's
 * purchases are discounted at the end of that month.
 */

import { groupAlive, type BgNbdParams } from "./bgnbd";
import { expectedAverageSpend, type GammaGammaParams } from "./gammaGamma";
import { groupSummaries, isValidSummaryRow, type CustomerSummary } from "./group";
import { alivePurchasesByPair, frequencyAgePairs } from "./pairs";

/** Days per average calendar month (365.25 / 12). */
export const DAYS_PER_MONTH = 365.25 / 12;

/** Discount rate: monthly (lifetimes' discount_rate) or annual, not both. */
export type DiscountRate =
  | {
      /** Monthly discount rate, e.g. 0.01 (lifetimes' default). */
      monthlyDiscountRate?: number;
      annualDiscountRate?: undefined;
    }
  | {
      /** Annual discount rate, e.g. 0.1; converted to monthly as (1 + annual)^(1/12) − 1. */
      annualDiscountRate: number;
      monthlyDiscountRate?: undefined;
    };

/**
 * Time unit of the summary: its length in days, or directly the number of time units per month.
 * Required, because a wrong unit silently scales every CLV.
 */
export type ClvTimeUnit =
  | {
      /** Length of the summary's time unit in days (7 for weeks, 1 for days). */
      timeUnitDays: number;
      /** Time units per month; default (365.25/12) / timeUnitDays. */
      unitsPerMonth?: number;
    }
  | {
      timeUnitDays?: number;
      /**
       * Time units per month. lifetimes uses 4.345 for weeks (freq "W") and 30 for its default
       * freq "D"; pass those to reproduce its numbers.
       */
      unitsPerMonth: number;
    };

/** Options for {@link customerLifetimeValue}. */
export type ClvOptions = DiscountRate &
  ClvTimeUnit & {
    /** Horizon in whole months (default 12). */
    horizonMonths?: number;
  };

/**
 * The monthly discount rate the options ask for (default 0.01, as lifetimes).
 *
 * @example
 * monthlyDiscountRate({ annualDiscountRate: 0.1 }); // => ≈ 0.007974
 */
export function monthlyDiscountRate(options: DiscountRate = {}): number {
  if (options.annualDiscountRate !== undefined) {
    return Math.pow(1 + options.annualDiscountRate, 1 / 12) - 1;
  }
  return options.monthlyDiscountRate ?? 0.01;
}

/**
 * Lifetime value of every customer over the next `horizonMonths` months (see the module comment
 * for the formula). `summary` is in the time unit given by `timeUnitDays`; `averageSpend` is the
 * mean spend of each customer's repeat purchases (ignored, may be NaN, when frequency is 0;
 * NaN with repeat purchases gives NaN, as the spend model has nothing to condition on).
 * Customers with an invalid summary (e.g. no purchases: NaN) get NaN.
 * Throws RangeError only for impossible options (negative horizon, discount rate ≤ −100%,
 * no positive time unit). `alive`: P(alive) of each of groupSummaries(summary)'s groups under
 * `bgnbd` (bgnbd.ts groupAlive) when the caller has them already, else taken here.
 *
 * @example
 * const bgnbd = { r: 0.242593, alpha: 4.413532, a: 0.792886, b: 2.425752 };
 * const spend = { p: 6.2488, q: 3.7446, gamma: 15.4477 };
 * customerLifetimeValue(bgnbd, spend, {
 *   frequency: Float64Array.of(2), recency: Float64Array.of(30.43), age: Float64Array.of(38.86),
 * }, Float64Array.of(22.35), { horizonMonths: 12, monthlyDiscountRate: 0.01, timeUnitDays: 7 });
 * // => Float64Array [≈ 36.3]
 */
export function customerLifetimeValue(
  bgnbd: BgNbdParams,
  spend: GammaGammaParams,
  summary: CustomerSummary,
  averageSpend: Float64Array,
  options: ClvOptions,
  alive?: Float64Array,
): Float64Array {
  const horizon = options.horizonMonths ?? 12;
  const discount = monthlyDiscountRate(options);
  const unitsPerMonth =
    options.unitsPerMonth ?? DAYS_PER_MONTH / (options.timeUnitDays ?? Number.NaN);
  if (!(horizon >= 0) || !Number.isInteger(horizon)) {
    throw new RangeError(`horizonMonths must be a whole number ≥ 0, got ${horizon}.`);
  }
  if (!(discount > -1)) {
    throw new RangeError(`The discount rate must be above -100%, got ${discount}.`);
  }
  if (!(unitsPerMonth > 0) || !Number.isFinite(unitsPerMonth)) {
    throw new RangeError(
      `Give a positive timeUnitDays (or unitsPerMonth); got ${unitsPerMonth} units per month.`,
    );
  }
  const n = summary.frequency.length;
  if (averageSpend.length !== n) {
    throw new RangeError("averageSpend must have one value per customer.");
  }

  // Discounted expected purchases depend on (x, tₓ, T) only: compute once per distinct summary,
  // and the expected purchases if alive (a 2F1 per month) once per distinct (x, T) (pairs.ts).
  const groups = groupSummaries(summary);
  const discounted = new Float64Array(groups.count);
  const horizons = new Float64Array(horizon);
  for (let month = 1; month <= horizon; month++) horizons[month - 1] = month * unitsPerMonth;
  const pairs = frequencyAgePairs(groups);
  const ifAlive = alivePurchasesByPair(bgnbd, pairs, horizons);
  const aliveOf = alive ?? groupAlive(bgnbd, groups);
  for (let k = 0; k < groups.count; k++) {
    const x = groups.frequency[k];
    const tx = groups.recency[k];
    const t = groups.age[k];
    // As expectedPurchasesByHorizon, with the 2F1 factor from the pair's table.
    const valid = isValidSummaryRow(x, tx, t);
    const alive = aliveOf[k];
    const row = pairs.pair[k] * horizon;
    let previous = 0;
    let total = 0;
    let factor = 1;
    for (let month = 1; month <= horizon; month++) {
      const h = horizons[month - 1];
      const cumulative = !valid
        ? NaN
        : !(h >= 0)
          ? NaN
          : h === 0 || alive === 0
            ? 0
            : alive * ifAlive[row + month - 1];
      factor /= 1 + discount;
      total += (cumulative - previous) * factor;
      previous = cumulative;
    }
    discounted[k] = total;
  }
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const k = groups.group[i];
    out[i] =
      k < 0
        ? NaN
        : discounted[k] * expectedAverageSpend(spend, summary.frequency[i], averageSpend[i]);
  }
  return out;
}
