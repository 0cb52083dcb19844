/**
 * Gamma-Gamma model of spend per purchase (Fader, Hardie & Lee 2005, "RFM and CLV"; Fader &
 * Hardie 2013, note 025). Each purchase amount is Gamma(p, ν) with customer-level ν ~ Gamma(q, γ);
 * it is fitted on repeat buyers' average spend and assumed independent of purchase frequency.
 */

import type { UnsettledFit } from "./bgnbd";
import { fitFailure, type FitFailure, type FitFailureCode } from "./fitResult";
import { distinctValues } from "./group";
import { minimizeFromStarts } from "./optimize";
import { digamma, logGamma } from "./special";

/** Gamma-Gamma parameters (lifetimes calls gamma "v"). The mean spend exists only for q > 1. */
export interface GammaGammaParams {
  p: number;
  q: number;
  gamma: number;
  /**
   * The largest average spend among the repeat buyers fitted (a fit sets it): a one-time buyer's
   * expected spend, the population mean pγ/(q−1), above it is no estimate (expectedAverageSpend).
   */
  largestAverageSpend?: number;
}

/** A successful Gamma-Gamma fit. */
export interface GammaGammaFit extends GammaGammaParams {
  ok: true;
  /** Total log-likelihood of the average spends at the estimate (without the penalty). */
  logLikelihood: number;
  iterations: number;
  /** False when the optimiser stopped before the gradient was small (see note). */
  converged: boolean;
  /** Repeat buyers used (sum of weights). */
  customers: number;
  /** Caveat worth showing to the user, if any. */
  note?: string;
  /**
   * How the fit did not settle (`note` says it in English): a parameter ran off to an extreme
   * while the optimiser ran (`ran_off`) or it stopped short (`not_converged`). Absent when it
   * settled.
   */
  unsettled?: Exclude<UnsettledFit, "extreme">;
  /**
   * The penalty this fit was made with when the run refit an unsettled fit without one
   * (customerModel.ts SETTLING_PENALTY), and how that fit had not settled. Absent otherwise.
   */
  refit?: { penalty: number; unsettled: UnsettledFit };
  /**
   * The penalty of a refit the run did not use, and why: it did not settle either, or it left the
   * one-time buyers without the lifetime value this fit gives them (customerModel.ts). Absent
   * otherwise.
   */
  refitDeclined?: { penalty: number; why: SpendRefitDeclined };
}

/** Why the run kept an unsettled spend fit rather than its refit (GammaGammaFit.refitDeclined). */
export type SpendRefitDeclined = "unsettled" | "one_time_value";

/** Result of {@link fitGammaGamma}: parameters, or a failure with a reason. */
export type GammaGammaResult = GammaGammaFit | FitFailure<SpendFitFailureCode>;

/** The codes the spend fit fails with: it needs no time observed, so never no_time_observed. */
export type SpendFitFailureCode = Exclude<FitFailureCode, "no_time_observed">;

/** Columns for the spend model: repeat purchases and mean spend of those repeat purchases. */
export interface SpendSummary {
  frequency: Float64Array;
  averageSpend: Float64Array;
  /** Optional customer counts for pre-grouped rows. */
  weight?: Float64Array;
}

/** Options for {@link fitGammaGamma}. */
export interface GammaGammaFitOptions {
  /** L2 penalty: penalty × (p² + q² + γ²) added to the mean negative log-likelihood. Default 0. */
  penalty?: number;
  /** Starting values; by default p = 1, q = 2, γ = mean average spend. */
  initial?: Partial<GammaGammaParams>;
  /** Optimiser iteration limit (default 500). */
  maxIterations?: number;
}

function usable(frequency: number, averageSpend: number): boolean {
  return (
    frequency > 0 && Number.isFinite(frequency) && averageSpend > 0 && Number.isFinite(averageSpend)
  );
}

/**
 * Log-likelihood of one repeat buyer's average spend m̄ over x repeat purchases (the density of
 * the average, as lifetimes and CLVTools use).
 *
 * @example
 * gammaGammaLogLikelihood({ p: 6.25, q: 3.74, gamma: 15.44 }, 2, 22.35); // => ≈ -3.5513
 */
export function gammaGammaLogLikelihood(
  params: GammaGammaParams,
  frequency: number,
  averageSpend: number,
): number {
  if (!usable(frequency, averageSpend)) return NaN;
  const { p, q, gamma } = params;
  return logLikelihoodGiven(
    frequencyTerm(p, q, gamma, frequency),
    p,
    q,
    gamma,
    frequency,
    averageSpend,
  );
}

/** The leading terms of the log-likelihood that depend on x only (a fit's total takes them once per x). */
function frequencyTerm(p: number, q: number, gamma: number, x: number): number {
  const px = p * x;
  return logGamma(px + q) - logGamma(px) - logGamma(q) + q * Math.log(gamma);
}

/** gammaGammaLogLikelihood given frequencyTerm (the same operations in the same order). */
function logLikelihoodGiven(
  head: number,
  p: number,
  q: number,
  gamma: number,
  x: number,
  m: number,
): number {
  const px = p * x;
  return head + (px - 1) * Math.log(m) + px * Math.log(x) - (px + q) * Math.log(gamma + m * x);
}

/**
 * The spend model's population mean p·γ/(q−1) when it is refused as a one-time buyer's expected
 * spend (expectedAverageSpend gives NaN at x = 0): above every repeat buyer's average, or no mean
 * at all (q ≤ 1: Infinity). Null when one-time buyers get it. The one test of the refusal: the
 * model's note and the run's warning (followUp/warnings.ts oneTimeValueWarning) read it here.
 *
 * @example oneTimeMeanRefused({ p: 6.25, q: 1 + 1e-11, gamma: 15.44, largestAverageSpend: 100 }) // ≈ 9.65e12
 */
export function oneTimeMeanRefused(params: GammaGammaParams): number | null {
  if (expectedAverageSpend(params, 0, NaN) >= 0) return null;
  return params.q > 1 ? (params.p * params.gamma) / (params.q - 1) : Infinity;
}

/**
 * Expected spend per purchase for a customer, given x repeat purchases averaging m̄:
 * p(γ + x·m̄)/(p·x + q − 1), a weighted mean of the population mean pγ/(q−1) and m̄.
 * Customers without repeat purchases (x = 0, m̄ ignored) get the population mean, or NaN when it
 * lies above every fitted repeat buyer's average spend (`largestAverageSpend`): as q → 1 the mean
 * grows without bound (stop 35: model.penalty 0.001 on an 80-customer workbook gave q = 1 + 1e-11,
 * a mean of 4.95e13 against 15,179 at most), a figure the data never came near. lifetimes requires
 * q > 1 and stops there; here the customer's lifetime value is left empty with its reason
 * (customerModel.ts noteNotComputable: modelNote not_computable; the run's warning
 * one_time_value_blank, followUp/warnings.ts oneTimeValueWarning).
 *
 * @example
 * expectedAverageSpend({ p: 6.25, q: 3.74, gamma: 15.44 }, 2, 22.35); // => ≈ 24.6586
 */
export function expectedAverageSpend(
  params: GammaGammaParams,
  frequency: number,
  averageSpend: number,
): number {
  const { p, q, gamma } = params;
  if (!(q > 1)) return NaN;
  if (frequency === 0) {
    const mean = (p * gamma) / (q - 1);
    return mean <= (params.largestAverageSpend ?? Infinity) && mean < Infinity ? mean : NaN;
  }
  if (!usable(frequency, averageSpend)) return NaN;
  return (p * (gamma + frequency * averageSpend)) / (p * frequency + q - 1);
}

/**
 * Expected spend per purchase for every customer (column version of expectedAverageSpend).
 *
 * @example
 * scoreGammaGamma({ p: 6.25, q: 3.74, gamma: 15.44 }, {
 *   frequency: Float64Array.of(2, 0),
 *   averageSpend: Float64Array.of(22.35, NaN),
 * }); // => Float64Array [≈24.6586, ≈35.2190]
 */
export function scoreGammaGamma(params: GammaGammaParams, summary: SpendSummary): Float64Array {
  const n = summary.frequency.length;
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    out[i] = expectedAverageSpend(params, summary.frequency[i], summary.averageSpend[i]);
  }
  return out;
}

/**
 * Fits the Gamma-Gamma model by maximum likelihood on repeat buyers (x > 0, average spend > 0);
 * other rows are ignored. Optimises log p, log(q − 1), log γ, so q > 1 always holds and the
 * expected spend exists. Never throws.
 *
 * @example
 * const fit = fitGammaGamma({ frequency, averageSpend }); // CDNOW sample
 * if (fit.ok) console.log(fit.p, fit.q, fit.gamma); // ≈ 6.25 3.74 15.44
 */
export function fitGammaGamma(
  summary: SpendSummary,
  options: GammaGammaFitOptions = {},
): GammaGammaResult {
  const n = summary.frequency.length;
  if (
    summary.averageSpend.length !== n ||
    (summary.weight !== undefined && summary.weight.length !== n)
  ) {
    return fitFailure(
      "invalid_input",
      "Frequency, average spend (and weight) must have one value per customer.",
    );
  }
  const penalty = options.penalty ?? 0;
  if (!(penalty >= 0)) {
    return fitFailure("invalid_input", "The penalty must be zero or a positive number.");
  }

  // Keep usable rows.
  const rows: number[] = [];
  let customers = 0;
  let spendSum = 0;
  let largestAverageSpend = 0;
  for (let i = 0; i < n; i++) {
    const w = summary.weight === undefined ? 1 : summary.weight[i];
    if (!usable(summary.frequency[i], summary.averageSpend[i]) || !(w > 0)) continue;
    rows.push(i);
    customers += w;
    spendSum += w * summary.averageSpend[i];
    if (summary.averageSpend[i] > largestAverageSpend)
      largestAverageSpend = summary.averageSpend[i];
  }
  if (customers === 0) {
    return fitFailure(
      "no_repeat_buyers",
      "The spend model needs repeat buyers with a positive average spend; there are none.",
    );
  }
  if (customers < 2) {
    return fitFailure(
      "too_few_customers",
      `The spend model needs at least 2 repeat buyers with a positive average spend; found ${customers}.`,
    );
  }
  const count = rows.length;
  const weight = new Float64Array(count);
  const x = new Float64Array(count);
  const spend = new Float64Array(count);
  for (let j = 0; j < count; j++) {
    const i = rows[j];
    weight[j] = summary.weight === undefined ? 1 : summary.weight[i];
    x[j] = summary.frequency[i];
    spend[j] = summary.averageSpend[i];
  }
  // The x-only terms are computed once per distinct x.
  const frequencies = distinctValues(count, x);
  const distinct = frequencies.values;
  const xIndex = frequencies.index;
  const distinctWeight = new Float64Array(distinct.length);
  // Σ w·(log m̄ + log x) per distinct x: the p·x·(log m̄ + log x) terms are then linear in p.
  const sumWX = new Float64Array(distinct.length);
  const sumWLogM = spendTerms(weight, x, spend, xIndex, count, distinctWeight, sumWX);
  const constant = -sumWLogM; // the −log m̄ term, free of parameters
  // The running sums (ll, gP, gQ, gG) handed to and back from the per-row pass.
  const sums = new Float64Array(4);

  const objective = (theta: Float64Array, gradient?: Float64Array): number => {
    const p = Math.exp(theta[0]);
    const q = 1 + Math.exp(theta[1]);
    const gamma = Math.exp(theta[2]);
    const logGammaQ = logGamma(q);
    const psiQ = gradient ? digamma(q) : 0;
    const logG = Math.log(gamma);
    let ll = constant + customers * (q * logG - logGammaQ);
    let gP = 0;
    let gQ = customers * (logG - psiQ);
    let gG = (customers * q) / gamma;
    for (let k = 0; k < distinct.length; k++) {
      const xk = distinct[k];
      const w = distinctWeight[k];
      const px = p * xk;
      ll += w * (logGamma(px + q) - logGamma(px)) + p * xk * sumWX[k];
      if (gradient) {
        const psiPXQ = digamma(px + q);
        gP += xk * (w * (psiPXQ - digamma(px)) + sumWX[k]);
        gQ += w * psiPXQ;
      }
    }
    sums[0] = ll;
    sums[1] = gP;
    sums[2] = gQ;
    sums[3] = gG;
    addRowTerms(weight, x, spend, count, p, q, gamma, Boolean(gradient), sums);
    ll = sums[0];
    gP = sums[1];
    gQ = sums[2];
    gG = sums[3];
    const value = -ll / customers + penalty * (p * p + q * q + gamma * gamma);
    if (gradient) {
      gradient[0] = (-gP / customers) * p + 2 * penalty * p * p;
      gradient[1] = (-gQ / customers) * (q - 1) + 2 * penalty * q * (q - 1);
      gradient[2] = (-gG / customers) * gamma + 2 * penalty * gamma * gamma;
    }
    return value;
  };

  const init = options.initial ?? {};
  const q0 = Math.max(init.q ?? 2, 1 + 1e-6);
  const starts = [
    [init.p ?? 1, q0 - 1, init.gamma ?? spendSum / customers],
    [1, 1, 1], // lifetimes' start (p = q − 1 = γ = 1), as a fallback
  ];
  const best = minimizeFromStarts(objective, starts, options.maxIterations ?? 500);
  const p = Math.exp(best.x[0]);
  const q = 1 + Math.exp(best.x[1]);
  const gamma = Math.exp(best.x[2]);
  if (![p, q, gamma].every((v) => Number.isFinite(v) && v > 0) || !Number.isFinite(best!.value)) {
    return fitFailure("fit_failed", "The spend model did not converge to finite parameters.");
  }
  // Rows are usable (kept above); the x-only terms once per distinct x.
  const heads = distinct.map((xk) => frequencyTerm(p, q, gamma, xk));
  let logLikelihood = 0;
  for (let j = 0; j < count; j++) {
    const head = heads[xIndex[j]];
    logLikelihood += weight[j] * logLikelihoodGiven(head, p, q, gamma, x[j], spend[j]);
  }
  const fit: GammaGammaFit = {
    ok: true,
    p,
    q,
    gamma,
    largestAverageSpend,
    logLikelihood,
    iterations: best!.iterations,
    converged: best!.converged,
    customers,
  };
  if (best!.reason === "diverged") {
    fit.unsettled = "ran_off";
    fit.note =
      "A spend parameter ran off to an extreme value: the data cannot pin it down (e.g. every " +
      "repeat buyer spends about the same). Expected spends may still be usable; a small " +
      "penalty gives stable parameters.";
  } else if (!fit.converged) {
    fit.unsettled = "not_converged";
    fit.note =
      "The optimiser stopped before full convergence; spend parameters may be imprecise " +
      "(e.g. every repeat buyer spends the same, or very few repeat buyers).";
  } else if (q - 1 < 1e-4) {
    fit.note =
      "q is at its lower limit 1: the data suggest a very heavy-tailed spend, so the " +
      "population mean spend is unreliable; consider a small penalty.";
  }
  return fit;
}

/**
 * Σ w·log m̄ over the rows (returned), and per distinct x its weight and Σ w·(log m̄ + log x)
 * (into `weightOf` and `sumWX`), each added up in row order.
 */
function spendTerms(
  weight: Float64Array,
  x: Float64Array,
  spend: Float64Array,
  xIndex: Int32Array,
  count: number,
  weightOf: Float64Array,
  sumWX: Float64Array,
): number {
  let sumWLogM = 0;
  for (let j = 0; j < count; j++) {
    const w = weight[j];
    const logM = Math.log(spend[j]);
    sumWLogM += w * logM;
    const k = xIndex[j];
    weightOf[k] += w;
    sumWX[k] += w * (logM + Math.log(x[j]));
  }
  return sumWLogM;
}

/**
 * The objective's per-row terms, added in row order to the sums in `sums` (ll, gP, gQ, gG), which
 * hold the terms before them and get the totals back: the same subtractions in the same order as
 * one loop in the objective. Why: inside the objective the loop was compiled on the fly (OSR)
 * before the lines after it had ever run, and that code was thrown away at the first of them at
 * evaluation after evaluation (23 times a fit at 100k; ~70 MB of boxed numbers). So the sums are
 * added up in `sums` itself, in the loop, and nothing follows it.
 */
function addRowTerms(
  weight: Float64Array,
  x: Float64Array,
  spend: Float64Array,
  count: number,
  p: number,
  q: number,
  gamma: number,
  gradient: boolean,
  sums: Float64Array,
): void {
  for (let j = 0; j < count; j++) {
    const w = weight[j];
    const xj = x[j];
    const shape = p * xj + q;
    const scale = gamma + spend[j] * xj;
    const logScale = Math.log(scale);
    sums[0] -= w * shape * logScale;
    if (gradient) {
      sums[1] -= w * xj * logScale;
      sums[2] -= w * logScale;
      sums[3] -= (w * shape) / scale;
    }
  }
}
