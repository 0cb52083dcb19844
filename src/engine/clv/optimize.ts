/**
 * A small unconstrained minimiser (BFGS with a backtracking line search) for the model fits.
 * The models are fitted on log-scale parameters, so "unconstrained" is all they need.
 */

/**
 * Function to minimise. When `gradient` is given, an analytic objective fills it with ∂f/∂xᵢ;
 * objectives without an analytic gradient ignore it and are minimised with numeric gradients.
 * Return Infinity or NaN for points outside the domain; the line search then steps back.
 */
export type Objective = (x: Float64Array, gradient?: Float64Array) => number;

/** Why the minimiser stopped. */
export type StopReason = "gradient" | "no_progress" | "max_iterations" | "not_finite" | "diverged";

/** Result of {@link minimize}. */
export interface MinimizeResult {
  /** Best point found. */
  x: Float64Array;
  /** Objective at x. */
  value: number;
  /** Largest absolute gradient component at x. */
  gradientNorm: number;
  iterations: number;
  evaluations: number;
  /** True when the gradient reached the tolerance (or no further decrease was possible there). */
  converged: boolean;
  reason: StopReason;
  /** The last inverse-Hessian approximation at x (n×n, row-major): a warm start for similar data. */
  inverseHessian: Float64Array;
}

/** Options for {@link minimize}. */
export interface MinimizeOptions {
  /** Iteration limit (default 500). */
  maxIterations?: number;
  /** Stop when every |∂f/∂xᵢ| is below this (default 1e-9). */
  gradientTolerance?: number;
  /** "analytic": the objective fills its gradient argument; "numeric" (default): central differences. */
  gradient?: "analytic" | "numeric";
  /** Largest step in any coordinate per iteration (default 5, i.e. a factor e⁵ on log scale). */
  maxStep?: number;
  /**
   * Stop ("diverged") once a coordinate exceeds this in absolute value (default Infinity). On
   * log scale, 25 means a parameter beyond e²⁵ ≈ 7·10¹⁰ or below its inverse: the optimum is
   * at the edge of the parameter space and further iterations only waste time.
   */
  maxAbsX?: number;
  /**
   * A starting inverse-Hessian approximation (n×n, row-major), e.g. the `inverseHessian` of a
   * minimisation of similar data from a nearby start; default the identity, scaled to the observed
   * curvature at the first step. Ignored unless it has n×n finite entries.
   */
  inverseHessian?: ArrayLike<number>;
}

/**
 * Predicted decrease of the objective, relative to it, below which a step is not tried (16 ulps,
 * 3.6e-15): a likelihood summed over thousands of customers is not more precise than that.
 */
const PRECISION_LIMIT = 16 * Number.EPSILON;

function maxAbs(v: Float64Array): number {
  let m = 0;
  for (let i = 0; i < v.length; i++) m = Math.max(m, Math.abs(v[i]));
  return m;
}

function dot(u: Float64Array, v: Float64Array): number {
  let s = 0;
  for (let i = 0; i < u.length; i++) s += u[i] * v[i];
  return s;
}

/**
 * Minimises a smooth function of a few variables with BFGS. Gradients are analytic or central
 * differences (step ∛ε·max(1,|xᵢ|)). Never throws: a non-finite start gives reason "not_finite".
 *
 * @example
 * const result = minimize((x) => (x[0] - 1) ** 2 + 10 * (x[1] + 2) ** 2, [0, 0]);
 * result.x; // => Float64Array [≈1, ≈-2]
 */
export function minimize(
  objective: Objective,
  start: ArrayLike<number>,
  options: MinimizeOptions = {},
): MinimizeResult {
  const n = start.length;
  const maxIterations = options.maxIterations ?? 500;
  const tolerance = options.gradientTolerance ?? 1e-9;
  const maxStep = options.maxStep ?? 5;
  const maxAbsX = options.maxAbsX ?? Infinity;
  const analytic = options.gradient === "analytic";
  let evaluations = 0;

  const valueAt = (x: Float64Array): number => {
    evaluations++;
    const v = objective(x);
    return Number.isFinite(v) ? v : Infinity;
  };
  // Analytic: one call gives both. Numeric: the value first, so rejected line-search points
  // cost one evaluation; the gradient (2n more) only where a point is accepted.
  const valueAndMaybeGradient = (x: Float64Array, g: Float64Array): number => {
    if (!analytic) return valueAt(x);
    evaluations++;
    const v = objective(x, g);
    return Number.isFinite(v) && g.every(Number.isFinite) ? v : Infinity;
  };
  const numericGradient = (x: Float64Array, g: Float64Array): void => {
    const probe = Float64Array.from(x);
    for (let i = 0; i < n; i++) {
      const h = 6e-6 * Math.max(1, Math.abs(x[i]));
      probe[i] = x[i] + h;
      const up = valueAt(probe);
      probe[i] = x[i] - h;
      const down = valueAt(probe);
      probe[i] = x[i];
      g[i] = (up - down) / (2 * h);
    }
  };

  let x = Float64Array.from(start);
  let g = new Float64Array(n);
  let f = valueAndMaybeGradient(x, g);
  if (!analytic && Number.isFinite(f)) numericGradient(x, g);
  const result = (iterations: number, converged: boolean, reason: StopReason): MinimizeResult => ({
    x,
    value: f,
    gradientNorm: maxAbs(g),
    iterations,
    evaluations,
    converged,
    reason,
    inverseHessian: Float64Array.from(h),
  });
  // Inverse Hessian approximation, row-major n×n.
  const h = new Float64Array(n * n);
  const resetHessian = () => {
    h.fill(0);
    for (let i = 0; i < n; i++) h[i * n + i] = 1;
  };
  resetHessian();
  let firstUpdate = true;
  const given = options.inverseHessian;
  if (given && given.length === n * n && Array.from(given).every(Number.isFinite)) {
    h.set(given);
    firstUpdate = false; // already scaled to the curvature
  }
  if (!Number.isFinite(f)) return result(0, false, "not_finite");
  const direction = new Float64Array(n);
  const gNew = new Float64Array(n);
  const s = new Float64Array(n);
  const y = new Float64Array(n);
  const hy = new Float64Array(n);

  for (let iteration = 1; iteration <= maxIterations; iteration++) {
    if (maxAbs(g) <= tolerance) return result(iteration - 1, true, "gradient");

    for (let i = 0; i < n; i++) {
      let d = 0;
      for (let j = 0; j < n; j++) d -= h[i * n + j] * g[j];
      direction[i] = d;
    }
    let slope = dot(direction, g);
    if (!(slope < 0)) {
      // Lost positive definiteness: restart from steepest descent.
      resetHessian();
      firstUpdate = true;
      for (let i = 0; i < n; i++) direction[i] = -g[i];
      slope = dot(direction, g);
    }
    // Keep steps bounded: exp() of a wild log-parameter would overflow.
    const longest = maxAbs(direction);
    let step = longest > maxStep ? maxStep / longest : 1;

    // Backtracking line search with the Armijo condition.
    let accepted = false;
    let fNew = Infinity;
    const xNew = new Float64Array(n);
    for (let tries = 0; tries < 60; tries++) {
      // At the precision limit: a step predicted to lower f by less than f's rounding
      // (PRECISION_LIMIT) is not tried, as f could only compare that rounding (at 100,000
      // customers the fits' last line searches took 6–10 such evaluations each: 91 of 147).
      if (-step * slope <= PRECISION_LIMIT * Math.abs(f)) break;
      for (let i = 0; i < n; i++) xNew[i] = x[i] + step * direction[i];
      fNew = valueAndMaybeGradient(xNew, gNew);
      if (fNew <= f + 1e-4 * step * slope) {
        accepted = true;
        if (!analytic) numericGradient(xNew, gNew);
        break;
      }
      // Quadratic interpolation of the step, kept within [0.1, 0.5] of the previous one.
      const denominator = 2 * (fNew - f - step * slope);
      const ideal =
        Number.isFinite(fNew) && denominator > 0 ? (-slope * step * step) / denominator : 0;
      step = Math.min(0.5 * step, Math.max(0.1 * step, ideal));
    }
    if (!accepted) {
      // No decrease possible along the search direction: we are at the precision limit.
      const close = maxAbs(g) <= Math.sqrt(tolerance);
      return result(iteration, close, "no_progress");
    }

    for (let i = 0; i < n; i++) {
      s[i] = xNew[i] - x[i];
      y[i] = gNew[i] - g[i];
    }
    const sy = dot(s, y);
    if (sy > 1e-12 * Math.sqrt(dot(s, s) * dot(y, y))) {
      if (firstUpdate) {
        // Scale the identity to the observed curvature before the first update.
        const scale = sy / dot(y, y);
        for (let i = 0; i < n * n; i++) h[i] *= scale;
        firstUpdate = false;
      }
      for (let i = 0; i < n; i++) {
        let v = 0;
        for (let j = 0; j < n; j++) v += h[i * n + j] * y[j];
        hy[i] = v;
      }
      const yhy = dot(y, hy);
      const rho = 1 / sy;
      for (let i = 0; i < n; i++) {
        for (let j = 0; j < n; j++) {
          h[i * n + j] += (1 + yhy * rho) * rho * s[i] * s[j] - rho * (hy[i] * s[j] + s[i] * hy[j]);
        }
      }
    }
    const previous = f;
    x = xNew;
    f = fNew;
    g = Float64Array.from(gNew);
    if (maxAbs(g) <= tolerance) return result(iteration, true, "gradient");
    if (maxAbs(x) > maxAbsX) return result(iteration, false, "diverged");
    if (previous - f <= 1e-16 * Math.abs(f) && maxAbs(g) <= Math.sqrt(tolerance)) {
      return result(iteration, true, "no_progress");
    }
  }
  return result(maxIterations, maxAbs(g) <= tolerance, "max_iterations");
}

/**
 * Minimises a model's negative log-likelihood over log-parameters from each starting point in turn
 * (natural scale), stopping at the first that converges, and returns the best result found. The
 * first start may come with an inverse-Hessian approximation (a warm start: see MinimizeOptions).
 *
 * @example minimizeFromStarts(objective, [[1, 2], [1, 1]], 500).x // log-parameters
 */
export function minimizeFromStarts(
  objective: Objective,
  starts: number[][],
  maxIterations: number,
  firstInverseHessian?: ArrayLike<number>,
): MinimizeResult {
  let best: MinimizeResult | undefined;
  for (const [i, start] of starts.entries()) {
    const result = minimize(objective, start.map(Math.log), {
      gradient: "analytic",
      maxIterations,
      gradientTolerance: 1e-9,
      maxAbsX: 25, // parameters beyond e^±25: the maximum is at the boundary
      inverseHessian: i === 0 ? firstInverseHessian : undefined,
    });
    if (best === undefined || (Number.isFinite(result.value) && result.value < best.value))
      best = result;
    if (result.converged) break;
  }
  return best!;
}
