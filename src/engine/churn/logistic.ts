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
 * Fits P(y = 1 | x) = sigmoid(b0 + Σ b_k x_k), minimising the negative log-likelihood plus
 * penalty/2 × Σ b_k² (the intercept is not penalised). `x` is column-major: feature k of row i
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
  options: { held?: Uint8Array; start?: LogisticFit; scratch?: LogisticScratch } = {},
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
    beta,
    ...rows,
    hess: new Float64Array(d * d),
    grad: new Float64Array(d),
    columns: new Int32Array(features),
    sums: new Float64Array(4),
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
  beta: Float64Array;
  eta: Float64Array;
  w: Float64Array;
  r: Float64Array;
  wx: Float64Array;
  hess: Float64Array;
  grad: Float64Array;
  columns: Int32Array;
  sums: Float64Array;
}

/**
 * One Newton step: updates beta and returns the largest change (−1 when the Hessian is not
 * positive definite: beta is left as it was). A function of its own, so the fit's loop over the
 * steps never runs long enough to be compiled on the fly with every pass inlined into it (its
 * on-the-fly compile was ~4 times its regular one).
 */
function newtonStep(f: Newton): number {
  const { x, y, n, features, penalty, held, beta, eta, w, r, wx, hess, grad, columns, sums } = f;
  const d = features + 1;
  eta.fill(beta[0]);
  for (let k = 0; k < features; k++) {
    const b = beta[k + 1];
    if (b !== 0) addScaled(eta, x, k * n, b, n);
  }
  hess.fill(0);
  grad.fill(0);
  // Per row: weight w = p(1 − p), residual y − p. The Hessian is built column pair by column pair.
  // The passes store their sums as they grow (nothing after their loops): over no rows they
  // leave them as they are, hence the zeros first.
  sums.fill(0);
  weightsAndResiduals(eta, y, w, r, n, sums);
  hess[0] = sums[0];
  grad[0] = sums[1];
  for (let j = 0; j < features; j++) {
    // A held-out feature: its row and column stay 0 and its coefficient at 0 (step 0).
    if (held[j]) {
      hess[(j + 1) * d + (j + 1)] = 1;
      continue;
    }
    sums.fill(0);
    weightedColumn(x, j * n, w, r, wx, n, sums);
    grad[j + 1] = sums[0] - penalty * beta[j + 1];
    hess[j + 1] = sums[1];
    hess[(j + 1) * d] = sums[1];
    // The columns k ≤ j four at a time: one pass over wx for four sums, each added up in row
    // order as one column at a time would (the same numbers, a quarter of the passes).
    let m = 0;
    for (let k = 0; k <= j; k++) if (!held[k]) columns[m++] = k;
    let c = 0;
    for (; c + 4 <= m; c += 4) {
      const k0 = columns[c];
      const k1 = columns[c + 1];
      const k2 = columns[c + 2];
      const k3 = columns[c + 3];
      sums.fill(0);
      fourSums(wx, x, k0 * n, k1 * n, k2 * n, k3 * n, n, sums);
      setPair(hess, d, j, k0, sums[0]);
      setPair(hess, d, j, k1, sums[1]);
      setPair(hess, d, j, k2, sums[2]);
      setPair(hess, d, j, k3, sums[3]);
    }
    for (; c < m; c++) {
      const k = columns[c];
      setPair(hess, d, j, k, oneSum(wx, x, k * n, n));
    }
    hess[(j + 1) * d + (j + 1)] += penalty;
    // A column of zeros (an absent sheet's feature) keeps its coefficient at 0 without a penalty.
    if (hess[(j + 1) * d + (j + 1)] === 0) hess[(j + 1) * d + (j + 1)] = 1;
  }
  // A tiny ridge keeps the intercept row solvable when every row has the same outcome.
  hess[0] += 1e-9;
  const step = choleskySolve(hess, grad);
  if (!step) return -1;
  let largest = 0;
  for (let k = 0; k < d; k++) {
    beta[k] += step[k];
    largest = Math.max(largest, Math.abs(step[k]));
  }
  return largest;
}

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

/** wx = w × column; out[0] = Σ r × column, out[1] = Σ wx (row order). */
function weightedColumn(
  x: Float64Array,
  oj: number,
  w: Float64Array,
  r: Float64Array,
  wx: Float64Array,
  n: number,
  out: Float64Array,
): void {
  let g = 0;
  let h0 = 0;
  for (let i = 0; i < n; i++) {
    const v = w[i] * x[oj + i];
    wx[i] = v;
    g += r[i] * x[oj + i];
    h0 += v;
    out[0] = g; // stored as they grow (weightsAndResiduals)
    out[1] = h0;
  }
}

/** Σ wx × column for four columns in one pass, each sum in row order. */
function fourSums(
  wx: Float64Array,
  x: Float64Array,
  o0: number,
  o1: number,
  o2: number,
  o3: number,
  n: number,
  out: Float64Array,
): void {
  let h0 = 0;
  let h1 = 0;
  let h2 = 0;
  let h3 = 0;
  for (let i = 0; i < n; i++) {
    const v = wx[i];
    h0 += v * x[o0 + i];
    h1 += v * x[o1 + i];
    h2 += v * x[o2 + i];
    h3 += v * x[o3 + i];
    out[0] = h0; // stored as they grow (weightsAndResiduals)
    out[1] = h1;
    out[2] = h2;
    out[3] = h3;
  }
}

/** Σ wx × column (row order). */
function oneSum(wx: Float64Array, x: Float64Array, ok: number, n: number): number {
  let h = 0;
  for (let i = 0; i < n; i++) h += wx[i] * x[ok + i];
  return h;
}
