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

/** The logistic function, safe for large |z|. @example sigmoid(0) // 0.5 */
export function sigmoid(z: number): number {
  return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
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
  options: { held?: Uint8Array; start?: LogisticFit } = {},
): LogisticFit {
  const n = y.length;
  const d = features + 1; // intercept first
  const beta = new Float64Array(d);
  const held = options.held;
  if (options.start) {
    // A refit (held-out features at 0): from the previous fit, a few Newton steps from its optimum.
    beta[0] = options.start.intercept;
    for (let k = 0; k < features; k++)
      beta[k + 1] = held && held[k] ? 0 : options.start.coefficients[k];
  } else {
    let positives = 0;
    for (let i = 0; i < n; i++) positives += y[i];
    // Start from the base rate: a model with no features.
    const rate = (positives + 0.5) / (n + 1);
    beta[0] = Math.log(rate / (1 - rate));
  }
  const eta = new Float64Array(n);
  const w = new Float64Array(n);
  const r = new Float64Array(n);
  const wx = new Float64Array(n);
  const hess = new Float64Array(d * d);
  const grad = new Float64Array(d);
  const columns = new Int32Array(features);
  let converged = false;
  let it = 0;
  for (; it < maxIterations; it++) {
    eta.fill(beta[0]);
    for (let k = 0; k < features; k++) {
      const b = beta[k + 1];
      if (b === 0) continue;
      const o = k * n;
      for (let i = 0; i < n; i++) eta[i] += b * x[o + i];
    }
    hess.fill(0);
    grad.fill(0);
    // Per row: weight w = p(1 − p), residual y − p. The Hessian is built column pair by column pair.
    let sw = 0;
    let sr = 0;
    for (let i = 0; i < n; i++) {
      const p = sigmoid(eta[i]);
      w[i] = p * (1 - p);
      r[i] = y[i] - p;
      sw += w[i];
      sr += r[i];
    }
    hess[0] = sw;
    grad[0] = sr;
    for (let j = 0; j < features; j++) {
      // A held-out feature: its row and column stay 0 and its coefficient at 0 (step 0).
      if (held && held[j]) {
        hess[(j + 1) * d + (j + 1)] = 1;
        continue;
      }
      const oj = j * n;
      let g = 0;
      let h0 = 0;
      for (let i = 0; i < n; i++) {
        const v = w[i] * x[oj + i];
        wx[i] = v;
        g += r[i] * x[oj + i];
        h0 += v;
      }
      grad[j + 1] = g - penalty * beta[j + 1];
      hess[j + 1] = h0;
      hess[(j + 1) * d] = h0;
      // The columns k ≤ j four at a time: one pass over wx for four sums, each added up in row
      // order as one column at a time would (the same numbers, a quarter of the passes).
      let m = 0;
      for (let k = 0; k <= j; k++) if (!(held && held[k])) columns[m++] = k;
      let c = 0;
      for (; c + 4 <= m; c += 4) {
        const k0 = columns[c];
        const k1 = columns[c + 1];
        const k2 = columns[c + 2];
        const k3 = columns[c + 3];
        const o0 = k0 * n;
        const o1 = k1 * n;
        const o2 = k2 * n;
        const o3 = k3 * n;
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
        }
        setPair(hess, d, j, k0, h0);
        setPair(hess, d, j, k1, h1);
        setPair(hess, d, j, k2, h2);
        setPair(hess, d, j, k3, h3);
      }
      for (; c < m; c++) {
        const k = columns[c];
        const ok = k * n;
        let h = 0;
        for (let i = 0; i < n; i++) h += wx[i] * x[ok + i];
        setPair(hess, d, j, k, h);
      }
      hess[(j + 1) * d + (j + 1)] += penalty;
      // A column of zeros (an absent sheet's feature) keeps its coefficient at 0 without a penalty.
      if (hess[(j + 1) * d + (j + 1)] === 0) hess[(j + 1) * d + (j + 1)] = 1;
    }
    // A tiny ridge keeps the intercept row solvable when every row has the same outcome.
    hess[0] += 1e-9;
    const step = choleskySolve(hess, grad);
    if (!step) break;
    let largest = 0;
    for (let k = 0; k < d; k++) {
      beta[k] += step[k];
      largest = Math.max(largest, Math.abs(step[k]));
    }
    if (largest < 1e-8) {
      converged = true;
      it++;
      break;
    }
  }
  return { intercept: beta[0], coefficients: beta.slice(1), iterations: it, converged };
}
