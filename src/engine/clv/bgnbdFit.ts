/**
 * Fitting the BG/NBD (and, through `modified`, the MBG/NBD) by maximum likelihood: the objective
 * with its analytic gradient, and the fit on per-customer summaries. The model itself (parameters,
 * likelihood, predictions) is in bgnbd.ts.
 */

import { fitFailure } from "./fitResult";
import { distinctValues, groupSummaries, type DistinctValues, type SummaryGroups } from "./group";
import { minimizeFromStarts } from "./optimize";
import { digamma, logGamma } from "./special";
import {
  logLikelihoodOfFrequency,
  logLikelihoodTerm,
  type BgNbdFit,
  type BgNbdParams,
  type BgNbdFitOptions,
  type BgNbdInput,
  type BgNbdResult,
} from "./bgnbd";

/**
 * The recency column with 0 where the frequency is 0 (the model ignores it there): `recency`
 * itself when it is so already (groupSummaries' groups are), else a copy.
 */
function recencyOrZero(
  count: number,
  frequency: Float64Array,
  recency: Float64Array,
): Float64Array {
  let i = 0;
  while (i < count && (frequency[i] !== 0 || recency[i] === 0)) i++;
  if (i === count) return recency;
  const out = recency.slice(0, count);
  for (; i < count; i++) if (frequency[i] === 0) out[i] = 0;
  return out;
}

/**
 * Mean negative log-likelihood (plus penalty) on log-parameters θ = log(r, α, a, b), with its
 * analytic gradient. Terms that depend on x only are computed once per distinct x.
 */
function makeObjective(
  groups: SummaryGroups,
  penalty: number,
  modified: boolean,
  tables: GroupTables = groupTables(groups),
): (theta: Float64Array, gradient?: Float64Array) => number {
  // MBG/NBD: drop-out also possible right after the first purchase, so every term in b has one
  // more survival (b + x + 1 where the BG/NBD has b + x) and one-time buyers have a "dropped
  // out at time 0" branch too.
  const off = modified ? 1 : 0;
  const { count, frequency, recency, age, weight } = groups;
  // Distinct frequencies and their total weights (added up in group order).
  const { frequencies, ages, recencies } = tables;
  const distinct = frequencies.values;
  const xIndex = frequencies.index;
  const distinctWeight = new Float64Array(distinct.length);
  const total = addWeights(weight, xIndex, count, distinctWeight);
  const m = distinct.length;
  const logBx1 = new Float64Array(m);
  const invBx1 = new Float64Array(m);
  // Ages T and recencies tₓ take few distinct values (whole days in the time unit: at most a few
  // thousand however many customers), so log(α + T) and log(α + tₓ) are taken once per distinct
  // value and evaluation, not once per group: the same numbers, a fraction of the logarithms.
  const logAge = new Float64Array(ages.values.length);
  const logRecency = new Float64Array(recencies.values.length);
  const rows: GroupRows = {
    count,
    modified,
    frequency,
    recency,
    age,
    weight,
    xIndex,
    ageIndex: ages.index,
    recencyIndex: recencies.index,
    logAge,
    logRecency,
    logBx1,
    invBx1,
  };
  // The running sums (ll, gR, gAlpha, gA, gB) handed to and back from the per-group pass.
  const sums = new Float64Array(5);

  const state: ObjectiveState = {
    rows,
    total,
    penalty,
    off,
    modified,
    distinct,
    distinctWeight,
    ageValues: ages.values,
    recencyValues: recencies.values,
    sums,
  };
  // One function for every fit, given its state: a closure holding the state was a new function
  // each fit, compiled by TurboFan anew each time (3 compiles in a 100k run, none after a deopt).
  return (theta, gradient) => objectiveAt(state, theta, gradient);
}

/**
 * The distinct frequencies, ages and recencies (0 where the frequency is 0) of a fit's groups, and
 * each group's index into them: taken once per fit, read by its objective and by the
 * log-likelihood at its estimate (totalLogLikelihood), which took the frequencies again.
 */
interface GroupTables {
  frequencies: DistinctValues;
  ages: DistinctValues;
  recencies: DistinctValues;
}

function groupTables(groups: SummaryGroups): GroupTables {
  const { count, frequency, recency, age } = groups;
  return {
    frequencies: distinctValues(count, frequency),
    ages: distinctValues(count, age),
    recencies: distinctValues(count, recencyOrZero(count, frequency, recency)),
  };
}

/** What one fit's objective reads (makeObjective): its groups' distinct values and work space. */
interface ObjectiveState {
  rows: GroupRows;
  total: number;
  penalty: number;
  off: number;
  modified: boolean;
  distinct: Float64Array;
  distinctWeight: Float64Array;
  ageValues: Float64Array;
  recencyValues: Float64Array;
  sums: Float64Array;
}

/** The objective of makeObjective at θ (and its gradient into `gradient`). */
function objectiveAt(s: ObjectiveState, theta: Float64Array, gradient?: Float64Array): number {
  const { rows, total, penalty, off, modified, distinct, distinctWeight, sums } = s;
  const { logAge, logRecency, logBx1, invBx1 } = rows;
  const m = distinct.length;
  const r = Math.exp(theta[0]);
  const alpha = Math.exp(theta[1]);
  const a = Math.exp(theta[2]);
  const b = Math.exp(theta[3]);
  const logA = Math.log(a);
  const logAlpha = Math.log(alpha);
  let ll = total * r * logAlpha;
  let gR = total * logAlpha;
  let gAlpha = (total * r) / alpha;
  let gA = 0;
  let gB = 0;
  const lgR = logGamma(r);
  const lgB = logGamma(b);
  const lgAB = logGamma(a + b);
  const psiR = gradient ? digamma(r) : 0;
  const psiB = gradient ? digamma(b) : 0;
  const psiAB = gradient ? digamma(a + b) : 0;
  for (let j = 0; j < logAge.length; j++) logAge[j] = Math.log(alpha + s.ageValues[j]);
  for (let j = 0; j < logRecency.length; j++) logRecency[j] = Math.log(alpha + s.recencyValues[j]);
  for (let k = 0; k < m; k++) {
    const x = distinct[k];
    const w = distinctWeight[k];
    const bx = b + x + off;
    ll += w * (logGamma(r + x) - lgR + lgAB + logGamma(bx) - lgB - logGamma(a + bx));
    if (gradient) {
      const psiABX = digamma(a + bx);
      gR += w * (digamma(r + x) - psiR);
      gA += w * (psiAB - psiABX);
      gB += w * (psiAB + digamma(bx) - psiB - psiABX);
    }
    // Drop-out odds a / (b + x − 1) (BG/NBD, x > 0) or a / (b + x) (MBG/NBD).
    logBx1[k] = x > 0 || modified ? Math.log(bx - 1) : 0;
    invBx1[k] = x > 0 || modified ? 1 / (bx - 1) : 0;
  }
  sums[0] = ll;
  sums[1] = gR;
  sums[2] = gAlpha;
  sums[3] = gA;
  sums[4] = gB;
  addGroupTerms(rows, r, alpha, a, logA, Boolean(gradient), sums);
  ll = sums[0];
  gR = sums[1];
  gAlpha = sums[2];
  gA = sums[3];
  gB = sums[4];
  const value = -ll / total + penalty * (r * r + alpha * alpha + a * a + b * b);
  if (gradient) {
    // Chain rule to log scale (∂/∂log θ = θ ∂/∂θ); the penalty adds 2·penalty·θ².
    gradient[0] = (-gR / total) * r + 2 * penalty * r * r;
    gradient[1] = (-gAlpha / total) * alpha + 2 * penalty * alpha * alpha;
    gradient[2] = (-gA / total) * a + 2 * penalty * a * a;
    gradient[3] = (-gB / total) * b + 2 * penalty * b * b;
  }
  return value;
}

/**
 * Adds each group's weight to its distinct frequency's total (`into`), in group order; returns
 * the total weight (also in group order). A function of its own, nothing after its loop.
 */
function addWeights(
  weight: Float64Array,
  xIndex: Int32Array,
  count: number,
  into: Float64Array,
): number {
  let total = 0;
  for (let i = 0; i < count; i++) {
    into[xIndex[i]] += weight[i];
    total += weight[i];
  }
  return total;
}

/** The columns and tables the per-group pass of the objective reads (makeObjective). */
interface GroupRows {
  count: number;
  modified: boolean;
  frequency: Float64Array;
  recency: Float64Array;
  age: Float64Array;
  weight: Float64Array;
  /** Per group: its index into the distinct frequencies, ages and recencies. */
  xIndex: Int32Array;
  ageIndex: Int32Array;
  recencyIndex: Int32Array;
  /** Per distinct age and recency: log(α + value), filled per evaluation. */
  logAge: Float64Array;
  logRecency: Float64Array;
  /** Per distinct frequency: log and inverse of the drop-out odds' denominator, per evaluation. */
  logBx1: Float64Array;
  invBx1: Float64Array;
}

/**
 * The objective's per-group terms, added in group order to the sums in `sums` (ll, gR, gAlpha,
 * gA, gB), which hold the terms before them and get the totals back: the same additions in the
 * same order as one loop in the objective. Why: inside the objective the loop was compiled on the
 * fly (OSR) before the lines after it had ever run, and that code was thrown away at the first of
 * them at evaluation after evaluation (~30 MB of boxed numbers per fit at 100k). So the sums are
 * added up in `sums` itself, in the loop, and nothing follows it.
 */
function addGroupTerms(
  rows: GroupRows,
  r: number,
  alpha: number,
  a: number,
  logA: number,
  gradient: boolean,
  sums: Float64Array,
): void {
  const { count, modified, frequency, recency, age, weight, xIndex, ageIndex, recencyIndex } = rows;
  const { logAge, logRecency, logBx1, invBx1 } = rows;
  for (let i = 0; i < count; i++) {
    const x = frequency[i];
    const w = weight[i];
    const rx = r + x;
    const alphaT = alpha + age[i];
    const logT = logAge[ageIndex[i]];
    const stillAlive = -rx * logT;
    if (x === 0 && !modified) {
      sums[0] += w * stillAlive;
      if (gradient) {
        sums[1] -= w * logT;
        sums[2] -= (w * rx) / alphaT;
      }
      continue;
    }
    const k = xIndex[i];
    const alphaTx = alpha + (x === 0 ? 0 : recency[i]);
    const logTx = logRecency[recencyIndex[i]];
    const droppedOut = logA - logBx1[k] - rx * logTx;
    const d = droppedOut - stillAlive;
    // Weight of the "dropped out" branch in the mixture, w4 = e^d / (1 + e^d).
    let w4: number;
    if (d > 0) {
      const e = Math.exp(-d);
      sums[0] += w * (droppedOut + Math.log1p(e));
      w4 = 1 / (1 + e);
    } else {
      const e = Math.exp(d);
      sums[0] += w * (stillAlive + Math.log1p(e));
      w4 = e / (1 + e);
    }
    if (gradient) {
      const w3 = 1 - w4;
      sums[1] -= w * (w3 * logT + w4 * logTx);
      sums[2] -= w * rx * (w3 / alphaT + w4 / alphaTx);
      sums[3] += (w * w4) / a;
      sums[4] -= w * w4 * invBx1[k];
    }
  }
}

/** Above this many distinct (x, tₓ, T) rows a cold fit first fits a sample of them (sampleStart). */
export const SAMPLE_START_ABOVE = 100_000;
/** Every k-th distinct row such that about this many remain. */
const SAMPLE_START_ROWS = 25_000;

/**
 * The optimum of a deterministic sample of the groups (every k-th distinct row, with its weight),
 * as a warm start for the fit on all of them; undefined below SAMPLE_START_ABOVE rows or when the
 * sample's fit does not converge. The sample only chooses where the optimiser starts: the fit
 * still stops where the full data's gradient is below the tolerance.
 */
function sampleStart(
  groups: SummaryGroups,
  penalty: number,
  modified: boolean,
  starts: number[][],
  maxIterations: number,
): (BgNbdParams & { inverseHessian: Float64Array }) | undefined {
  if (groups.count <= SAMPLE_START_ABOVE) return undefined;
  const step = Math.ceil(groups.count / SAMPLE_START_ROWS);
  const m = Math.ceil(groups.count / step);
  const pick = (v: Float64Array) => {
    const out = new Float64Array(m);
    for (let i = 0, k = 0; k < m; i += step, k++) out[k] = v[i];
    return out;
  };
  const sample: SummaryGroups = {
    group: new Int32Array(0),
    frequency: pick(groups.frequency),
    recency: pick(groups.recency),
    age: pick(groups.age),
    weight: pick(groups.weight),
    count: m,
    skipped: 0,
  };
  const best = minimizeFromStarts(makeObjective(sample, penalty, modified), starts, maxIterations);
  if (!best.converged) return undefined;
  const [r, alpha, a, b] = Array.from(best.x, Math.exp);
  return { r, alpha, a, b, inverseHessian: best.inverseHessian };
}

/**
 * Fits the BG/NBD by maximum likelihood on per-customer summaries: BFGS on log-parameters with
 * an analytic gradient, identical rows grouped, so a million customers fit in about a second.
 * Never throws: too little data or a failed optimisation gives `{ ok: false, code, message }`.
 *
 * @example
 * const fit = fitBgNbd({ frequency, recency, age }); // CDNOW sample, in weeks
 * if (fit.ok) console.log(fit.r, fit.alpha, fit.a, fit.b); // ≈ 0.243 4.414 0.793 2.426
 * else console.log(fit.message);
 */
export function fitBgNbd(summary: BgNbdInput, options: BgNbdFitOptions = {}): BgNbdResult {
  return fitBetaGeometric(summary, options, false);
}

/**
 * The maximum-likelihood fit shared by the BG/NBD and (`modified`) the MBG/NBD: same parameters,
 * same optimiser and starts, likelihoods that differ in the drop-out at the first purchase.
 */
export function fitBetaGeometric(
  summary: BgNbdInput,
  options: BgNbdFitOptions,
  modified: boolean,
): BgNbdResult {
  const n = summary.frequency.length;
  if (
    summary.recency.length !== n ||
    summary.age.length !== n ||
    (summary.weight !== undefined && summary.weight.length !== n)
  ) {
    return fitFailure(
      "invalid_input",
      "Frequency, recency, age (and weight) must have one value per customer.",
    );
  }
  const penalty = options.penalty ?? 0;
  if (!(penalty >= 0)) {
    return fitFailure("invalid_input", "The penalty must be zero or a positive number.");
  }
  const groups = groupSummaries(summary, summary.weight);
  const { customers, repeatBuyers, repeatPurchases, totalAge } = groupTotals(groups);
  if (customers < 2) {
    return fitFailure(
      "too_few_customers",
      `The purchase model needs at least 2 customers with valid histories; found ${customers}.`,
    );
  }
  if (repeatBuyers === 0) {
    return fitFailure(
      "no_repeat_buyers",
      "No customer has bought more than once, so purchase rates and drop-out cannot be estimated.",
    );
  }
  if (!(totalAge > 0)) {
    return fitFailure(
      "no_time_observed",
      "All customers made their first purchase at the end of the period (age 0).",
    );
  }

  const tables = groupTables(groups);
  const objective = makeObjective(groups, penalty, modified, tables);
  const init = options.initial ?? {};
  const starts = [
    [init.r ?? 1, init.alpha ?? totalAge / repeatPurchases, init.a ?? 1, init.b ?? 1],
    [1, 1, 1, 1], // lifetimes' start, as a fallback
  ];
  const usable = (w: typeof options.warmStart) =>
    w && [w.r, w.alpha, w.a, w.b].every((v) => Number.isFinite(v) && v > 0) ? w : undefined;
  // Without a warm start, a large data set starts from the optimum of a sample of its groups:
  // the same optimum (the full data's, to the same gradient tolerance), fewer full evaluations.
  const warm =
    usable(options.warmStart) ??
    (options.sampleStart === false
      ? undefined
      : usable(sampleStart(groups, penalty, modified, starts, options.maxIterations ?? 500)));
  if (warm) starts.unshift([warm.r, warm.alpha, warm.a, warm.b]);
  const best = minimizeFromStarts(
    objective,
    starts,
    options.maxIterations ?? 500,
    starts.length > 2 ? warm?.inverseHessian : undefined,
  );
  const [r, alpha, a, b] = Array.from(best.x, Math.exp);
  if (![r, alpha, a, b].every((v) => Number.isFinite(v) && v > 0)) {
    return fitFailure("fit_failed", "The purchase model did not converge to finite parameters.");
  }
  const params = { r, alpha, a, b };
  const logLikelihood = totalLogLikelihood(params, groups, modified, tables);
  if (!Number.isFinite(logLikelihood)) {
    return fitFailure(
      "fit_failed",
      "The purchase model's likelihood is not finite at the estimate.",
    );
  }
  const fit: BgNbdFit = {
    ok: true,
    model: modified ? "mbgnbd" : "bgnbd",
    ...params,
    logLikelihood,
    iterations: best!.iterations,
    converged: best!.converged,
    customers,
    repeatBuyers,
    skipped: groups.skipped,
    inverseHessian: best.inverseHessian,
  };
  if (best!.reason === "diverged") {
    fit.unsettled = "ran_off";
    fit.note =
      "A parameter ran off to an extreme value: the data cannot pin it down (e.g. too few " +
      "repeat buyers or nobody seems to drop out). Predictions may still be usable; a small " +
      "penalty (e.g. 0.001) gives stable parameters.";
  } else if (!fit.converged) {
    fit.unsettled = "not_converged";
    fit.note =
      "The optimiser stopped before full convergence; parameters may be imprecise " +
      "(often a sign that the data cannot pin down one of them, e.g. very few repeat buyers).";
  } else if (Math.max(r, alpha, a, b) > 1e6 || Math.min(r, alpha, a, b) < 1e-6) {
    fit.unsettled = "extreme";
    fit.note = "A parameter is at an extreme value; consider a small penalty (e.g. 0.001).";
  }
  return fit;
}

// The passes over the groups as functions of their own, so the optimising compiler takes each
// loop alone (inside fitBetaGeometric each was compiled on the fly, then thrown away at the first
// line after it that had not run yet: 8 compiles per run at 100k).

/** Customers, repeat buyers, repeat purchases and total age (weighted), in group order. */
function groupTotals(groups: SummaryGroups): {
  customers: number;
  repeatBuyers: number;
  repeatPurchases: number;
  totalAge: number;
} {
  let customers = 0;
  let repeatBuyers = 0;
  let repeatPurchases = 0;
  let totalAge = 0;
  for (let k = 0; k < groups.count; k++) {
    const w = groups.weight[k];
    customers += w;
    totalAge += w * groups.age[k];
    if (groups.frequency[k] > 0) {
      repeatBuyers += w;
      repeatPurchases += w * groups.frequency[k];
    }
  }
  return { customers, repeatBuyers, repeatPurchases, totalAge };
}

/**
 * The log-likelihood at the estimate, added up in group order: bgnbd.ts logLikelihoodTerm of each
 * group, with log(α + T), log(α + tₓ) and log(b + x − 1 + off) taken once per distinct value (the
 * fit's tables) rather than once per group: the same logarithms of the same numbers.
 */
function totalLogLikelihood(
  params: BgNbdParams,
  groups: SummaryGroups,
  modified: boolean,
  tables: GroupTables,
): number {
  const { frequencies, ages, recencies } = tables;
  const { r, alpha, a, b } = params;
  const off = modified ? 1 : 0;
  // The frequency factor once per distinct x (a few hundred at 1M customers, 500k groups).
  const common = Float64Array.from(frequencies.values, (x) =>
    logLikelihoodOfFrequency(params, x, modified),
  );
  const logBx = Float64Array.from(frequencies.values, (x) => Math.log(b + x - 1 + off));
  const logAge = Float64Array.from(ages.values, (t) => Math.log(alpha + t));
  const logRecency = Float64Array.from(recencies.values, (t) => Math.log(alpha + t));
  const rows: LikelihoodRows = {
    count: groups.count,
    modified,
    r,
    logA: Math.log(a),
    frequency: groups.frequency,
    weight: groups.weight,
    xIndex: frequencies.index,
    ageIndex: ages.index,
    recencyIndex: recencies.index,
    common,
    logBx,
    logAge,
    logRecency,
  };
  return addLikelihoods(rows);
}

/** What addLikelihoods reads: the groups' columns and indices, and the per-value tables. */
interface LikelihoodRows {
  count: number;
  modified: boolean;
  r: number;
  logA: number;
  frequency: Float64Array;
  weight: Float64Array;
  xIndex: Int32Array;
  ageIndex: Int32Array;
  recencyIndex: Int32Array;
  common: Float64Array;
  logBx: Float64Array;
  logAge: Float64Array;
  logRecency: Float64Array;
}

/**
 * Σ weight × logLikelihoodTerm over the groups, in group order, its logarithms read from the
 * tables. A function of its own: nothing after its loop.
 */
function addLikelihoods(rows: LikelihoodRows): number {
  const { count, modified, r, logA, frequency, weight, xIndex, ageIndex, recencyIndex } = rows;
  const { common, logBx, logAge, logRecency } = rows;
  let logLikelihood = 0;
  for (let k = 0; k < count; k++) {
    const x = frequency[k];
    const j = xIndex[k];
    const term = logLikelihoodTerm(
      common[j],
      r + x,
      logAge[ageIndex[k]],
      logRecency[recencyIndex[k]],
      logA,
      logBx[j],
      x === 0 && !modified,
    );
    logLikelihood += weight[k] * term;
  }
  return logLikelihood;
}
