/**
 * BG/NBD model of repeat purchasing (Fader, Hardie & Lee 2005, "Counting your customers the easy
 * way"). While alive a customer buys at rate λ ~ Gamma(r, α); after each repeat purchase they
 * drop out with probability p ~ Beta(a, b). Inputs are per-customer summaries in one time unit:
 * frequency x (repeat purchases), recency tₓ (first to last purchase) and age T (first purchase
 * to the end of the observation period).
 */

import type { FitFailure } from "./fitResult";
import {
  groupSummaries,
  isValidSummaryRow,
  type CustomerSummary,
  type SummaryGroups,
} from "./group";
import { hyp2f1, logHyp2f1 } from "./hypergeometric";
import { logBeta, logGamma } from "./special";

/** BG/NBD parameters: purchase rate λ ~ Gamma(r, α), drop-out probability p ~ Beta(a, b). */
export interface BgNbdParams {
  r: number;
  alpha: number;
  a: number;
  b: number;
  /**
   * The model the parameters belong to: "bgnbd" (the default when absent) or "mbgnbd", where
   * drop-out can also follow the first purchase (mbgnbd.ts). The scoring functions below follow it.
   */
  model?: RepeatPurchaseModelName;
}

const isModified = (p: BgNbdParams) => p.model === "mbgnbd";

/** The two repeat-purchase models: MBG/NBD (Batislam et al. 2007) and BG/NBD (FHL 2005). */
export type RepeatPurchaseModelName = "mbgnbd" | "bgnbd";

/** How a fit did not settle (BgNbdFit.unsettled; GammaGammaFit.unsettled, never "extreme"). */
export const UNSETTLED_FITS = ["ran_off", "not_converged", "extreme"] as const;
export type UnsettledFit = (typeof UNSETTLED_FITS)[number];

/** A successful BG/NBD (or MBG/NBD: same parameters, see mbgnbd.ts) fit. */
export interface BgNbdFit extends BgNbdParams {
  ok: true;
  /** Which model the parameters belong to. */
  model: RepeatPurchaseModelName;
  /** Total log-likelihood at the estimate (without the penalty). */
  logLikelihood: number;
  iterations: number;
  /** False when the optimiser stopped before the gradient was small (see note). */
  converged: boolean;
  /** Customers used (sum of weights). */
  customers: number;
  /** Customers with at least one repeat purchase (sum of weights). */
  repeatBuyers: number;
  /** Rows skipped as invalid (non-finite, negative, fractional frequency, recency > age). */
  skipped: number;
  /** Caveat worth showing to the user, if any. */
  note?: string;
  /**
   * How the fit did not settle, as a code (`note` says it in English): a parameter ran off to an
   * extreme while the optimiser ran (`ran_off`), it stopped short (`not_converged`), or a
   * parameter ended beyond 10⁶ or below 10⁻⁶ (`extreme`). Absent when it settled.
   */
  unsettled?: UnsettledFit;
  /**
   * The penalty this fit was made with when the run refit an unsettled fit without one
   * (customerModel.ts SETTLING_PENALTY), and how that fit had not settled. Absent otherwise.
   */
  refit?: { penalty: number; unsettled: UnsettledFit };
  /**
   * The optimiser's last inverse-Hessian approximation on log(r, α, a, b) (4×4): with the
   * parameters, a warm start for a fit of similar data (BgNbdFitOptions.warmStart).
   */
  inverseHessian?: Float64Array;
}

/** Result of {@link fitBgNbd}: parameters, or a failure with a reason. */
export type BgNbdResult = BgNbdFit | FitFailure;

/** Summary columns plus optional weights (customer counts for pre-grouped rows). */
export interface BgNbdInput extends CustomerSummary {
  weight?: Float64Array;
}

/** Options for {@link fitBgNbd}. */
export interface BgNbdFitOptions {
  /**
   * L2 penalty on the parameters, added to the mean negative log-likelihood as
   * penalty × (r² + α² + a² + b²), as lifetimes' penalizer_coef does. Default 0.
   */
  penalty?: number;
  /** Starting values; by default r = a = b = 1 and α = total age / total repeat purchases. */
  initial?: Partial<BgNbdParams>;
  /**
   * A fit of similar data to start from (the same customers at a nearby date): tried first, the
   * default starts only when it does not converge. The optimum is the same; it takes fewer steps
   * (fewer still with the fit's inverseHessian).
   */
  warmStart?: BgNbdParams & { inverseHessian?: Float64Array };
  /** Optimiser iteration limit (default 500). */
  maxIterations?: number;
  /**
   * Without a warm start, above SAMPLE_START_ABOVE distinct rows the optimiser starts from the
   * optimum of a sample of them (default true; false: the default starts, as on small data).
   */
  sampleStart?: boolean;
}

/**
 * Log-likelihood of one customer's (x, tₓ, T), in log space so that large x cannot overflow.
 *
 * @example
 * bgNbdLogLikelihood({ r: 0.25, alpha: 4, a: 0.8, b: 2.5 }, 0, 0, 40); // => -0.59947382
 */
export function bgNbdLogLikelihood(
  params: BgNbdParams,
  frequency: number,
  recency: number,
  age: number,
): number {
  return logLikelihoodOf(params, frequency, recency, age, false);
}

/**
 * One customer's log-likelihood in the BG/NBD or, `modified`, the MBG/NBD (Batislam, Denizel &
 * Filiztekin 2007): B(a, b+x+1)/B(a,b) · Γ(r+x)αʳ/Γ(r) · [(α+T)^−(r+x) + a/(b+x) · (α+tₓ)^−(r+x)].
 */
export function logLikelihoodOf(
  params: BgNbdParams,
  frequency: number,
  recency: number,
  age: number,
  modified: boolean,
): number {
  const { r, alpha, a, b } = params;
  const x = frequency;
  const common = logLikelihoodOfFrequency(params, x, modified);
  // Without drop-out (a BG/NBD customer without repeat purchases) the last three are not read.
  const aliveOnly = x === 0 && !modified;
  return logLikelihoodTerm(
    common,
    r + x,
    Math.log(alpha + age),
    aliveOnly ? 0 : Math.log(alpha + (x === 0 ? 0 : recency)),
    aliveOnly ? 0 : Math.log(a),
    aliveOnly ? 0 : Math.log(b + x - 1 + (modified ? 1 : 0)),
    aliveOnly,
  );
}

/**
 * The factor of logLikelihoodOf that depends on the frequency only, log[B(a, b+x+off)/B(a,b) ·
 * Γ(r+x)αʳ/Γ(r)]: a total over many customers takes it once per distinct x (its log-gammas are
 * most of the cost).
 *
 * @example
 * const p = { r: 0.25, alpha: 4, a: 0.8, b: 2.5 };
 * logLikelihoodOfFrequency(p, 0, false) - 0.25 * Math.log(44); // => bgNbdLogLikelihood(p, 0, 0, 40)
 */
export function logLikelihoodOfFrequency(
  params: BgNbdParams,
  frequency: number,
  modified: boolean,
): number {
  const { r, alpha, a, b } = params;
  const x = frequency;
  const off = modified ? 1 : 0;
  return (
    logGamma(r + x) - logGamma(r) + r * Math.log(alpha) + logBeta(a, b + x + off) - logBeta(a, b)
  );
}

/**
 * One customer's log-likelihood (logLikelihoodOf) from its logarithms: the one place the mixture of
 * "still alive" and "dropped out after the last purchase" is written. `common` is
 * logLikelihoodOfFrequency, `rx` = r + x, `logAge` = log(α + T), `logRecency` = log(α + tₓ) (tₓ
 * taken as 0 when x = 0), `logA` = log a, `logBx` = log(b + x − 1), or log(b + x) in the MBG/NBD;
 * `aliveOnly` when the customer cannot have dropped out (x = 0 in the BG/NBD), and then
 * logRecency, logA and logBx are not read. A total over many customers (bgnbdFit.ts) passes
 * logarithms it took once per distinct value: the same numbers, so the same terms to the bit.
 *
 * @example
 * const p = { r: 0.25, alpha: 4, a: 0.8, b: 2.5 };
 * const common = logLikelihoodOfFrequency(p, 2, false);
 * logLikelihoodTerm(common, 2.25, Math.log(44), Math.log(34), Math.log(0.8), Math.log(3.5), false);
 * // => logLikelihoodOf(p, 2, 30, 40, false), to the bit
 */
export function logLikelihoodTerm(
  common: number,
  rx: number,
  logAge: number,
  logRecency: number,
  logA: number,
  logBx: number,
  aliveOnly: boolean,
): number {
  const stillAlive = -rx * logAge;
  if (aliveOnly) return common + stillAlive;
  const droppedOut = logA - logBx - rx * logRecency;
  const high = Math.max(stillAlive, droppedOut);
  return common + high + Math.log1p(Math.exp(Math.min(stillAlive, droppedOut) - high));
}

/**
 * log of the odds "dropped out after the last purchase" : "still alive", given the history. In
 * the BG/NBD only a repeat purchase can be followed by drop-out (odds a/(b+x−1)); in the MBG/NBD
 * (`modified`) the first purchase can too, so x + 1 survivals give the odds a/(b+x).
 */
export function logDeadOdds(
  p: BgNbdParams,
  x: number,
  recency: number,
  age: number,
  modified = false,
): number {
  if (x === 0 && !modified) return -Infinity;
  const rec = x === 0 ? 0 : recency;
  return (
    Math.log(p.a) -
    Math.log(p.b + x - (modified ? 0 : 1)) +
    (p.r + x) * (Math.log(p.alpha + age) - Math.log(p.alpha + rec))
  );
}

/** 1 / (1 + e^logOdds): P(alive) from the log odds of having dropped out. */
export function oddsToProbability(logOdds: number): number {
  // 1 / (1 + e^L) without overflow.
  return logOdds > 0 ? Math.exp(-logOdds) / (1 + Math.exp(-logOdds)) : 1 / (1 + Math.exp(logOdds));
}

/**
 * Probability that a customer with this history is still alive at the end of the period.
 * Customers without repeat purchases are alive with probability 1 in the BG/NBD; in the MBG/NBD
 * (params.model "mbgnbd") 1 / (1 + a/b · ((α+T)/α)^r), falling as they stay silent.
 *
 * @example
 * const cdnow = { r: 0.242593, alpha: 4.413532, a: 0.792886, b: 2.425752 };
 * probabilityAlive(cdnow, 26, 30.857143, 31); // => ≈ 0.9689
 */
export function probabilityAlive(
  params: BgNbdParams,
  frequency: number,
  recency: number,
  age: number,
): number {
  if (!isValidSummaryRow(frequency, recency, age)) return NaN;
  return oddsToProbability(logDeadOdds(params, frequency, recency, age, isModified(params)));
}

/**
 * P(alive) of each group of customers with the same (x, tₓ, T) (groupSummaries), as
 * probabilityAlive gives it (NaN for an invalid row): the one owner of the per-group P(alive) that
 * the scores (scoreBgNbd), the customer model and lifetime value read.
 *
 * @example
 * const cdnow = { r: 0.242593, alpha: 4.413532, a: 0.792886, b: 2.425752 };
 * const groups = groupSummaries({
 *   frequency: Float64Array.of(26, 0, 26),
 *   recency: Float64Array.of(30.857143, 0, 30.857143),
 *   age: Float64Array.of(31, 31, 31),
 * });
 * groupAlive(cdnow, groups); // => Float64Array [≈ 0.9689, 1]: two groups
 */
export function groupAlive(params: BgNbdParams, groups: SummaryGroups): Float64Array {
  const alive = new Float64Array(groups.count);
  for (let k = 0; k < groups.count; k++)
    alive[k] = probabilityAlive(params, groups.frequency[k], groups.recency[k], groups.age[k]);
  return alive;
}

// Below this distance of a from 1 the closed form divides 0 by 0; see alivePurchases().
const A_NEAR_ONE = 1e-4;

/**
 * Expected purchases in (T, T + t] for a customer who is alive at T:
 * (a+b+x−1)/(a−1) · [1 − ((α+T)/(α+T+t))^(r+x) · 2F1(r+x, b+x; a+b+x−1; z)], z = t/(α+T+t).
 * Euler's transformation turns the power times 2F1 into (1−z)^(a−1) · 2F1(a+b−1−r, a−1;
 * a+b+x−1; z): small numerator parameters whatever x is, so large frequencies cannot overflow.
 */
export function alivePurchases(
  r: number,
  alpha: number,
  a: number,
  b: number,
  x: number,
  age: number,
  t: number,
): number {
  if (Math.abs(a - 1) < A_NEAR_ONE) {
    // Removable singularity at a = 1: Richardson-extrapolate symmetric values around a.
    const h = 2 * A_NEAR_ONE;
    const near =
      alivePurchases(r, alpha, a + h, b, x, age, t) + alivePurchases(r, alpha, a - h, b, x, age, t);
    const far =
      alivePurchases(r, alpha, a + 2 * h, b, x, age, t) +
      alivePurchases(r, alpha, a - 2 * h, b, x, age, t);
    return (4 * near - far) / 6;
  }
  const z = t / (alpha + age + t);
  const logOneMinusZ = -Math.log1p(t / (alpha + age));
  const f = hyp2f1(a + b - 1 - r, a - 1, a + b + x - 1, z);
  const power = Math.exp((a - 1) * logOneMinusZ);
  if (Number.isFinite(f) && power >= MIN_NORMAL) {
    return ((a + b + x - 1) * (1 - power * f)) / (a - 1);
  }
  // With a and b far from 1 (a fit run off to an extreme: a = 322,419, b = 18,555,585 on 80
  // customers, tester11 stop 35) 2F1 overflows and the power underflows: 0 · ∞ was NaN for every
  // customer. Their product, (α+T)/(α+T+t))^(r+x) · 2F1(r+x, b+x; a+b+x−1; z), is at most 1: take it
  // in log space, as lifetimes does.
  const log = logHyp2f1(a + b - 1 - r, a - 1, a + b + x - 1, z);
  if (!(log.sign > 0)) return NaN;
  return ((a + b + x - 1) * -Math.expm1((a - 1) * logOneMinusZ + log.log)) / (a - 1);
}

/** The smallest normal double: below it a power has lost digits (or is 0). */
const MIN_NORMAL = 2.2250738585072014e-308;

/**
 * Expected number of purchases in the next `horizon` time units for a customer with history
 * (frequency, recency, age): P(alive) × expected purchases if alive (FHL 2005, eq. 10; for
 * params.model "mbgnbd", Batislam et al. 2007).
 *
 * @example
 * const cdnow = { r: 0.242593, alpha: 4.413532, a: 0.792886, b: 2.425752 };
 * expectedPurchases(cdnow, 39, 2, 30.43, 38.86); // => ≈ 1.226
 */
export function expectedPurchases(
  params: BgNbdParams,
  horizon: number,
  frequency: number,
  recency: number,
  age: number,
): number {
  if (!isValidSummaryRow(frequency, recency, age) || !(horizon >= 0)) return NaN;
  if (horizon === 0) return 0;
  const modified = isModified(params);
  const alive = oddsToProbability(logDeadOdds(params, frequency, recency, age, modified));
  if (alive === 0) return 0;
  const { r, alpha, a, b } = params;
  // Alive at T after x + 1 survivals (MBG/NBD) the drop-out posterior is Beta(a, b + x + 1): the
  // BG/NBD formula with b + 1 (lifetimes' ModifiedBetaGeoFitter).
  return alive * alivePurchases(r, alpha, a, modified ? b + 1 : b, frequency, age, horizon);
}

/**
 * expectedPurchases at several horizons for one customer, into `out` (one per horizon): P(alive)
 * is taken once, not once per horizon (lifetime value asks for twelve monthly horizons).
 *
 * @example expectedPurchasesByHorizon(cdnow, 2, 30.43, 38.86, Float64Array.of(13, 39), out) // out[1] ≈ 1.226
 */
export function expectedPurchasesByHorizon(
  params: BgNbdParams,
  frequency: number,
  recency: number,
  age: number,
  horizons: Float64Array,
  out: Float64Array,
): void {
  if (!isValidSummaryRow(frequency, recency, age)) {
    out.fill(NaN, 0, horizons.length);
    return;
  }
  const modified = isModified(params);
  const alive = oddsToProbability(logDeadOdds(params, frequency, recency, age, modified));
  const { r, alpha, a, b } = params;
  for (let h = 0; h < horizons.length; h++) {
    const horizon = horizons[h];
    out[h] = !(horizon >= 0)
      ? NaN
      : horizon === 0 || alive === 0
        ? 0
        : alive * alivePurchases(r, alpha, a, modified ? b + 1 : b, frequency, age, horizon);
  }
}

/**
 * Expected repeat purchases E[X(t)] in the first `horizon` time units after a new customer's
 * first purchase (unconditional; FHL 2005, eq. 9).
 *
 * @example
 * const cdnow = { r: 0.242593, alpha: 4.413532, a: 0.792886, b: 2.425752 };
 * expectedPurchasesForNewCustomer(cdnow, 52); // => ≈ 1.444
 */
export function expectedPurchasesForNewCustomer(params: BgNbdParams, horizon: number): number {
  if (!(horizon >= 0)) return NaN;
  if (horizon === 0) return 0;
  const { r, alpha, a, b } = params;
  // Same as a customer alive at age 0 with no repeat purchases. In the MBG/NBD the customer first
  // survives the first purchase (probability b/(a+b)), then buys as one alive with Beta(a, b+1).
  if (isModified(params)) return (b / (a + b)) * alivePurchases(r, alpha, a, b + 1, 0, 0, horizon);
  return alivePurchases(r, alpha, a, b, 0, 0, horizon);
}

/**
 * Probability that a new customer makes exactly `count` repeat purchases in the first `horizon`
 * time units, P(X(t) = n) (FHL 2005, eq. 8). BG/NBD only: params.model is not read.
 *
 * @example
 * const published = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };
 * probabilityOfPurchases(published, 39, 0); // => ≈ 0.5738
 */
export function probabilityOfPurchases(
  params: BgNbdParams,
  horizon: number,
  count: number,
): number {
  if (!(horizon >= 0) || !(count >= 0) || !Number.isInteger(count)) return NaN;
  const { r, alpha, a, b } = params;
  if (horizon === 0) return count === 0 ? 1 : 0;
  const logStay = Math.log(alpha) - Math.log(alpha + horizon); // log(α/(α+t))
  const logShare = Math.log(horizon) - Math.log(alpha + horizon); // log(t/(α+t))
  const logBetaAB = logBeta(a, b);
  const alive = Math.exp(
    logBeta(a, b + count) -
      logBetaAB +
      logGamma(r + count) -
      logGamma(r) -
      logGamma(count + 1) +
      r * logStay +
      count * logShare,
  );
  if (count === 0) return alive;
  // 1 − P(NBD count < n): the customer made n purchases, then dropped out after the n-th.
  let term = Math.exp(r * logStay);
  let cdf = term;
  const share = Math.exp(logShare);
  for (let j = 1; j < count; j++) {
    term *= ((r + j - 1) / j) * share;
    cdf += term;
  }
  const dropped = Math.exp(logBeta(a + 1, b + count - 1) - logBetaAB) * Math.max(0, 1 - cdf);
  return alive + dropped;
}

/** Per-customer BG/NBD scores. */
export interface BgNbdScores {
  /** Probability of being alive at the end of the observation period. */
  pAlive: Float64Array;
  /** Expected purchases in the next `horizon` time units. */
  expectedPurchases: Float64Array;
}

/**
 * Scores every customer: P(alive) and expected purchases in the next `horizon` time units.
 * Identical summaries are computed once. Invalid rows (e.g. customers without purchases,
 * NaN) get NaN.
 *
 * @example
 * const cdnow = { r: 0.242593, alpha: 4.413532, a: 0.792886, b: 2.425752 };
 * const scores = scoreBgNbd(cdnow, {
 *   frequency: Float64Array.of(2, 0),
 *   recency: Float64Array.of(30.43, 0),
 *   age: Float64Array.of(38.86, 38.86),
 * }, 39);
 * scores.expectedPurchases[0]; // => ≈ 1.226
 */
export function scoreBgNbd(
  params: BgNbdParams,
  summary: CustomerSummary,
  horizon: number,
): BgNbdScores {
  const groups = groupSummaries(summary);
  const alive = groupAlive(params, groups);
  const groupExpected = new Float64Array(groups.count);
  for (let k = 0; k < groups.count; k++) {
    const x = groups.frequency[k];
    groupExpected[k] = expectedPurchases(params, horizon, x, groups.recency[k], groups.age[k]);
  }
  const n = summary.frequency.length;
  const pAlive = new Float64Array(n);
  const expected = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const k = groups.group[i];
    pAlive[i] = k < 0 ? NaN : alive[k];
    expected[i] = k < 0 ? NaN : groupExpected[k];
  }
  return { pAlive, expectedPurchases: expected };
}
