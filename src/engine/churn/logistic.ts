/**
 * L2-regularised logistic regression fitted by Newton's method (iteratively reweighted least
 * squares). Written by hand because no small, well-kept npm library fits a penalised logistic
 * model on typed arrays deterministically (simple-statistics has none; ml-logistic-regression uses
 * gradient descent with a learning rate and stops on an iteration count). A dozen features and a
 * column-major Float64Array design: each Newton step is one pass over the rows, building the
 * d×d Hessian, then a Cholesky solve. Same input, same output (no randomness, fixed order).
 */

/** A fitted model: intercept and one coefficient per (standardised) feature. */
export interface LogisticFit {
  intercept: number;
  coefficients: Float64Array;
  iterations: number;
  converged: boolean;
}

/**
 * Solves A x = b for a symmetric positive definite A (d×d, row-major) by Cholesky. Returns null
 * when A is not positive definite.
 *
 * @example choleskySolve(Float64Array.of(4, 2, 2, 3), Float64Array.of(2, 1)) // [0.5, 0]
 */
export function choleskySolve(a: Float64Array, b: Float64Array): Float64Array | null {
  const d = b.length;
  const l = new Float64Array(d * d);
  for (let i = 0; i < d; i++) {
    for (let j = 0; j <= i; j++) {
      let s = a[i * d + j];
      for (let k = 0; k < j; k++) s -= l[i * d + k] * l[j * d + k];
      if (i === j) {
        if (!(s > 0)) return null;
        l[i * d + i] = Math.sqrt(s);
      } else l[i * d + j] = s / l[j * d + j];
    }
  }
  const y = new Float64Array(d);
  for (let i = 0; i < d; i++) {
    let s = b[i];
    for (let k = 0; k < i; k++) s -= l[i * d + k] * y[k];
    y[i] = s / l[i * d + i];
  }
  const x = new Float64Array(d);
  for (let i = d - 1; i >= 0; i--) {
    let s = y[i];
    for (let k = i + 1; k < d; k++) s -= l[k * d + i] * x[k];
    x[i] = s / l[i * d + i];
  }
  return x;
}

/** The Hessian's entry for features j and k (after the intercept), both halves. */
function setPair(hess: Float64Array, d: number, j: number, k: number, h: number): void {
  hess[(j + 1) * d + (k + 1)] = h;
  hess[(k + 1) * d + (j + 1)] = h;
}

/**
 * The logistic function, safe for large |z|: 1 / (1 + e^−z) for z ≥ 0, e^z / (1 + e^z) below,
 * with one e^−|z| for both (the same numbers); no arithmetic in either branch alone, so a loop
 * compiled before it met one sign is not thrown away at the other.
 *
 * @example sigmoid(0) // 0.5
 */
export function sigmoid(z: number): number {
  const e = Math.exp(-Math.abs(z));
  return (z >= 0 ? 1 : e) / (1 + e);
}

/**
 * Fits P(y = 1 | x) = sigmoid(b0 + offset + Σ b_k x_k) (offset: each row's fixed log-odds, 0
 * unless given), minimising the negative log-likelihood plus
 * penalty/2 × Σ (b_k − prior_k)² (prior 0 unless given; the intercept is not penalised). `x` is column-major: feature k of row i
 * at x[k * rows + i]. Features should be standardised, so one penalty suits them all.
 *
 * @example
 * const fit = fitLogistic(Float64Array.of(-2, -1, 1, 2, -1.5, 1.5), Uint8Array.of(0, 0, 1, 1, 1, 0), 1, 1);
 * fit.coefficients[0] > 0 // true
 */
export function fitLogistic(
  x: Float64Array,
  y: Uint8Array,
  features: number,
  penalty: number,
  maxIterations = 30,
  options: {
    held?: Uint8Array;
    start?: LogisticFit;
    scratch?: LogisticScratch;
    prior?: Float64Array;
    offset?: Float64Array;
  } = {},
): LogisticFit {
  const n = y.length;
  const d = features + 1; // intercept first
  const beta = new Float64Array(d);
  // No feature held out: all zeros (one kind of value here, so the compiled code never meets a
  // held array it had not seen: a first fit without one and its refits with one deoptimised it).
  const held = options.held ?? new Uint8Array(features);
  if (options.start) {
    // A refit (held-out features at 0): from the previous fit, a few Newton steps from its optimum.
    beta[0] = options.start.intercept;
    for (let k = 0; k < features; k++) beta[k + 1] = held[k] ? 0 : options.start.coefficients[k];
  } else {
    // Start from the base rate: a model with no features.
    const rate = (positivesOf(y) + 0.5) / (n + 1);
    beta[0] = Math.log(rate / (1 - rate));
  }
  const rows = options.scratch?.eta.length === n ? options.scratch : logisticScratch(n);
  const work: Newton = {
    x,
    y,
    n,
    features,
    penalty,
    held,
    prior: options.prior ?? new Float64Array(features),
    offset: options.offset ?? null,
    beta,
    ...rows,
    hess: new Float64Array(d * d),
    grad: new Float64Array(d),
    columns: new Int32Array(features),
    sums: new Float64Array(2),
    acc: new Float64Array(features * (features + 5)),
  };
  let converged = false;
  let it = 0;
  for (; it < maxIterations; it++) {
    const largest = newtonStep(work);
    if (largest < 0) break; // no step: the Hessian is not positive definite
    if (largest < 1e-8) {
      converged = true;
      it++;
      break;
    }
  }
  return { intercept: beta[0], coefficients: beta.slice(1), iterations: it, converged };
}

/**
 * The per-row work space of a fit (four columns of its rows), which refits of the same rows can
 * share (churn/learn.ts fitSigned): every value is written before it is read in each step, so a
 * refit gives the same figures, without 4 × 8 bytes a row of fresh memory per refit.
 */
export interface LogisticScratch {
  eta: Float64Array;
  w: Float64Array;
  r: Float64Array;
  wx: Float64Array;
}

/** Work space for a fit of `rows` rows. @example fitLogistic(x, y, 13, 1, 30, { scratch: logisticScratch(y.length) }) */
export function logisticScratch(rows: number): LogisticScratch {
  return {
    eta: new Float64Array(rows),
    w: new Float64Array(rows),
    r: new Float64Array(rows),
    wx: new Float64Array(rows),
  };
}

/** A fit's data and work space, one object for its Newton steps. */
interface Newton {
  x: Float64Array;
  y: Uint8Array;
  n: number;
  features: number;
  penalty: number;
  held: Uint8Array;
  /** What the penalty pulls each coefficient toward (0 without one). */
  prior: Float64Array;
  /** Log-odds of each row fixed before the fit (not learned), or null: none. */
  offset: Float64Array | null;
  beta: Float64Array;
  eta: Float64Array;
  w: Float64Array;
  r: Float64Array;
  wx: Float64Array;
  hess: Float64Array;
  grad: Float64Array;
  columns: Int32Array;
  sums: Float64Array;
  /** pairSums' sums, features + 5 per feature. */
  acc: Float64Array;
}

/**
 * One Newton step: updates beta and returns the largest change (−1 when the Hessian is not
 * positive definite: beta is left as it was). A function of its own, so the fit's loop over the
 * steps never runs long enough to be compiled on the fly with every pass inlined into it (its
 * on-the-fly compile was ~4 times its regular one).
 */
function newtonStep(f: Newton): number {
  const {
    x,
    y,
    n,
    features,
    penalty,
    held,
    prior,
    offset,
    beta,
    eta,
    w,
    r,
    hess,
    grad,
    columns,
    sums,
    acc,
  } = f;
  const d = features + 1;
  eta.fill(beta[0]);
  if (offset !== null) addScaled(eta, offset, 0, 1, n);
  for (let k = 0; k < features; k++) {
    const b = beta[k + 1];
    if (b !== 0) addScaled(eta, x, k * n, b, n);
  }
  hess.fill(0);
  grad.fill(0);
  // Per row: weight w = p(1 − p), residual y − p (this pass stores its sums as they grow, nothing
  // after its loop: over no rows it leaves them as they are, hence the zeros first); then the
  // gradient's and the Hessian's sums (pairSums).
  sums.fill(0);
  weightsAndResiduals(eta, y, w, r, n, sums);
  hess[0] = sums[0];
  grad[0] = sums[1];
  // The features not held out, in order: feature columns[q]'s pairs are with columns[0..q]. A
  // held-out feature's row and column stay 0 and its coefficient at 0 (step 0).
  let kept = 0;
  for (let k = 0; k < features; k++) {
    if (held[k]) hess[(k + 1) * d + (k + 1)] = 1;
    else columns[kept++] = k;
  }
  pairSums(f, kept);
  const stride = features + 5;
  for (let q = 0; q < kept; q++) {
    const j = columns[q];
    const p = j * stride;
    const m = q + 1;
    const lead = m - (m % 4);
    grad[j + 1] = acc[p] - penalty * (beta[j + 1] - prior[j]);
    hess[j + 1] = acc[p + 1];
    hess[(j + 1) * d] = acc[p + 1];
    for (let c = 0; c < lead; c++) setPair(hess, d, j, columns[c], acc[p + 5 + c]);
    for (let c = lead; c < m; c++) setPair(hess, d, j, columns[c], acc[p + 2 + c - lead]);
    hess[(j + 1) * d + (j + 1)] += penalty;
    // A column of zeros (an absent sheet's feature) keeps its coefficient at 0 without a penalty.
    if (hess[(j + 1) * d + (j + 1)] === 0) hess[(j + 1) * d + (j + 1)] = 1;
  }
  // A tiny ridge keeps the intercept row solvable when every row has the same outcome.
  hess[0] += 1e-9;
  const step = choleskySolve(hess, grad);
  if (!step) return -1;
  let largest = 0;
  for (let k = 0; k < d; k++) largest = Math.max(largest, Math.abs(step[k]));
  // A damped step when the full one is long: see MAX_STEP.
  const scale = largest > MAX_STEP ? MAX_STEP / largest : 1;
  for (let k = 0; k < d; k++) beta[k] += scale * step[k];
  return largest;
}

/**
 * The largest change of a coefficient (standardised features) or the intercept in one Newton step;
 * a longer step is shortened to it, in its direction. A full Newton step from far off can overshoot
 * where the outcome is nearly separable: buyers on a steady rhythm (backtest/generate.ts "periodic",
 * 5,000 customers) all but split on "overdue against own rhythm", and the undamped fit ran away
 * (intercept −1.3e12, every probability 0 or NaN). The fits on CDNOW, the samples and the
 * "leaving" data never take a step this long, so their figures are the same.
 */
const MAX_STEP = 4;

// The passes over the rows, one loop each. Kept as small functions so the optimising compiler
// takes each on its own as soon as it is hot: one large function with every loop in it was
// compiled a dozen times at its first fit (each loop it reached for the first time threw the
// optimised code away), ~1 CPU-s at 48,000 rows before the fit ran at full speed.

/** The rows with outcome 1. */
function positivesOf(y: Uint8Array): number {
  let positives = 0;
  for (let i = 0; i < y.length; i++) positives += y[i];
  return positives;
}

/** eta[i] += b × x[o + i]. */
function addScaled(eta: Float64Array, x: Float64Array, o: number, b: number, n: number): void {
  for (let i = 0; i < n; i++) eta[i] += b * x[o + i];
}

/** w = p(1 − p) and r = y − p per row; out[0] = Σ w, out[1] = Σ r (row order). */
function weightsAndResiduals(
  eta: Float64Array,
  y: Uint8Array,
  w: Float64Array,
  r: Float64Array,
  n: number,
  out: Float64Array,
): void {
  let sw = 0;
  let sr = 0;
  for (let i = 0; i < n; i++) {
    const p = sigmoid(eta[i]);
    w[i] = p * (1 - p);
    r[i] = y[i] - p;
    sw += w[i];
    sr += r[i];
    // The sums are stored as they grow: no line follows the loop, so the loop's code compiled
    // on the fly is not thrown away at one it had never run (as it was, at every fit).
    out[0] = sw;
    out[1] = sr;
  }
}

/**
 * Each kept feature j's sums over the rows into f.acc, features + 5 values a feature, each added up
 * in row order as one pass over all the rows would (the same numbers): [0] Σ r × x_j, [1] Σ w × x_j,
 * [2..4] Σ w x_j x_k for the last m % 4 of its m columns k ≤ j (j itself last), [5 + c] for its
 * column c below those. Block of rows by block (BLOCK): a block's columns are read from cache by
 * every pair, and each call is short, so a pass is compiled as a function (its sums in registers,
 * stored once a block) rather than on the fly in its loop. 48k rows × 13 features: learnChurnModel
 * 95-102 → 77-79 ms (median of 12 in one process, 3 alternated processes, load 15).
 */
function pairSums(f: Newton, kept: number): void {
  const { x, n, w, r, wx, columns, acc } = f;
  const stride = f.features + 5;
  acc.fill(0);
  for (let from = 0; from < n; from += BLOCK) {
    const to = Math.min(n, from + BLOCK);
    for (let q = 0; q < kept; q++) {
      const j = columns[q];
      const p = j * stride;
      const m = q + 1;
      const lead = m - (m % 4);
      // A column not asked for is read as column j (no other memory read); its sum is not used.
      const o1 = (lead < m ? columns[lead] : j) * n;
      const o2 = (lead + 1 < m ? columns[lead + 1] : j) * n;
      const o3 = (lead + 2 < m ? columns[lead + 2] : j) * n;
      weightedColumn(x, j * n, w, r, wx, from, to, o1, o2, o3, acc, p);
      for (let c = 0; c < lead; c += 4) {
        const o = columns[c] * n;
        fourSums(
          wx,
          x,
          o,
          columns[c + 1] * n,
          columns[c + 2] * n,
          columns[c + 3] * n,
          from,
          to,
          acc,
          p + 5 + c,
        );
      }
    }
  }
}

/** Rows a block of pairSums: 13 feature columns of it (208 KB) stay in a core's cache. */
const BLOCK = 2048;

/**
 * Over rows from ≤ i < to: wx = w × column j; adds Σ r × column j, Σ wx and Σ wx × the columns at o1,
 * o2, o3 to acc[p .. p + 5) (row order).
 */
function weightedColumn(
  x: Float64Array,
  oj: number,
  w: Float64Array,
  r: Float64Array,
  wx: Float64Array,
  from: number,
  to: number,
  o1: number,
  o2: number,
  o3: number,
  acc: Float64Array,
  p: number,
): void {
  let g = acc[p];
  let h0 = acc[p + 1];
  let h1 = acc[p + 2];
  let h2 = acc[p + 3];
  let h3 = acc[p + 4];
  for (let i = from; i < to; i++) {
    const v = w[i] * x[oj + i];
    wx[i] = v;
    g += r[i] * x[oj + i];
    h0 += v;
    h1 += v * x[o1 + i];
    h2 += v * x[o2 + i];
    h3 += v * x[o3 + i];
  }
  acc[p] = g;
  acc[p + 1] = h0;
  acc[p + 2] = h1;
  acc[p + 3] = h2;
  acc[p + 4] = h3;
}

/** Over rows from ≤ i < to: adds Σ wx × column for four columns to acc[p .. p + 4) (row order). */
function fourSums(
  wx: Float64Array,
  x: Float64Array,
  o0: number,
  o1: number,
  o2: number,
  o3: number,
  from: number,
  to: number,
  acc: Float64Array,
  p: number,
): void {
  let h0 = acc[p];
  let h1 = acc[p + 1];
  let h2 = acc[p + 2];
  let h3 = acc[p + 3];
  for (let i = from; i < to; i++) {
    const v = wx[i];
    h0 += v * x[o0 + i];
    h1 += v * x[o1 + i];
    h2 += v * x[o2 + i];
    h3 += v * x[o3 + i];
  }
  acc[p] = h0;
  acc[p + 1] = h1;
  acc[p + 2] = h2;
  acc[p + 3] = h3;
}
