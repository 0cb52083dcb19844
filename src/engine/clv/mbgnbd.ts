/**
 * MBG/NBD model of repeat purchasing (Batislam, Denizel & Filiztekin 2007, "Empirical validation
 * and comparison of models for customer base analysis"; lifetimes' ModifiedBetaGeoFitter). The
 * BG/NBD with one change: a customer can also drop out right after the first purchase, not only
 * after repeat purchases. So a one-time buyer who stays silent becomes less and less likely to be
 * alive (in the BG/NBD they are alive with probability 1 whatever the silence).
 *
 * The parameters mean what they mean in the BG/NBD (λ ~ Gamma(r, α), p ~ Beta(a, b)); the fit and
 * the scoring share bgnbd.ts's code with `model: "mbgnbd"`.
 */

import {
  logLikelihoodOf,
  probabilityAlive,
  expectedPurchases,
  type BgNbdFitOptions,
  type BgNbdInput,
  type BgNbdParams,
  type BgNbdResult,
} from "./bgnbd";
import { fitBetaGeometric } from "./bgnbdFit";

/**
 * Log-likelihood of one customer's (x, tₓ, T) in the MBG/NBD:
 * log[B(a, b+x+1)/B(a,b) · Γ(r+x)αʳ/Γ(r) · ((α+T)^−(r+x) + a/(b+x) · (α+tₓ)^−(r+x))].
 *
 * @example
 * mbgNbdLogLikelihood({ r: 0.25, alpha: 4, a: 0.8, b: 2.5 }, 0, 0, 40); // a one-time buyer
 */
export function mbgNbdLogLikelihood(
  params: BgNbdParams,
  frequency: number,
  recency: number,
  age: number,
): number {
  return logLikelihoodOf(params, frequency, recency, age, true);
}

/**
 * P(alive) at the end of the period in the MBG/NBD: 1 / (1 + a/(b+x) · ((α+T)/(α+tₓ))^(r+x)),
 * below 1 for one-time buyers too.
 *
 * @example
 * const cdnow = { r: 0.525, alpha: 6.183, a: 0.891, b: 1.614 };
 * mbgProbabilityAlive(cdnow, 0, 0, 38.86); // ≈ 0.24: a one-time buyer silent for 39 weeks
 */
export function mbgProbabilityAlive(
  params: BgNbdParams,
  frequency: number,
  recency: number,
  age: number,
): number {
  return probabilityAlive({ ...params, model: "mbgnbd" }, frequency, recency, age);
}

/**
 * Expected purchases in the next `horizon` time units in the MBG/NBD: P(alive) × the BG/NBD's
 * expected purchases if alive with b + 1 (the drop-out posterior after x + 1 survivals).
 *
 * @example
 * mbgExpectedPurchases(cdnowMbg, 39, 2, 30.43, 38.86);
 */
export function mbgExpectedPurchases(
  params: BgNbdParams,
  horizon: number,
  frequency: number,
  recency: number,
  age: number,
): number {
  return expectedPurchases({ ...params, model: "mbgnbd" }, horizon, frequency, recency, age);
}

/**
 * Fits the MBG/NBD by maximum likelihood: the BG/NBD's optimiser (BFGS on log-parameters,
 * analytic gradient, identical rows grouped). The fit's `model` is "mbgnbd", so the scoring
 * functions of bgnbd.ts given the fit use the MBG/NBD formulas.
 *
 * @example
 * const fit = fitMbgNbd({ frequency, recency, age }); // CDNOW sample, in weeks
 * if (fit.ok) console.log(fit.r, fit.alpha, fit.a, fit.b, fit.logLikelihood);
 */
export function fitMbgNbd(summary: BgNbdInput, options: BgNbdFitOptions = {}): BgNbdResult {
  return fitBetaGeometric(summary, options, true);
}
