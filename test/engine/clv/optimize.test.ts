import { minimize } from "../../../src/engine/clv/optimize";

const rosenbrock = (x: Float64Array, g?: Float64Array): number => {
  const [u, v] = x;
  if (g) {
    g[0] = -2 * (1 - u) - 400 * u * (v - u * u);
    g[1] = 200 * (v - u * u);
  }
  return (1 - u) ** 2 + 100 * (v - u * u) ** 2;
};

describe("minimize", () => {
  it("finds the minimum of a quadratic with numeric gradients", () => {
    const result = minimize((x) => (x[0] - 1) ** 2 + 10 * (x[1] + 2) ** 2 + x[0] * x[1], [0, 0]);
    // Stationary point: 2(x−1) + y = 0, 20(y+2) + x = 0.
    expect(result.converged).toBe(true);
    expect(result.x[0]).toBeCloseTo(80 / 39, 5);
    expect(result.x[1]).toBeCloseTo(2 - 160 / 39, 5);
  });

  it("solves Rosenbrock with analytic and numeric gradients", () => {
    for (const gradient of ["analytic", "numeric"] as const) {
      const result = minimize(rosenbrock, [-1.2, 1], { gradient, gradientTolerance: 1e-8 });
      expect(result.x[0]).toBeCloseTo(1, 5);
      expect(result.x[1]).toBeCloseTo(1, 5);
      expect(result.value).toBeLessThan(1e-10);
    }
  });

  it("steps back from points outside the domain", () => {
    // log-barrier: undefined for x ≤ 0; minimum at x = 1.
    const result = minimize((x) => (x[0] > 0 ? x[0] - Math.log(x[0]) : NaN), [20]);
    expect(result.converged).toBe(true);
    expect(result.x[0]).toBeCloseTo(1, 6);
  });

  it("reports a non-finite start instead of throwing", () => {
    const result = minimize(() => NaN, [0, 0]);
    expect(result.converged).toBe(false);
    expect(result.reason).toBe("not_finite");
  });

  it("stops where f cannot resolve a step instead of line-searching its rounding", () => {
    // As a likelihood summed over many customers: f off by a few units in its last place and
    // the gradient by ~1e-8 (above the 1e-9 tolerance), both varying with x.
    const c = [1, 30, 0.01];
    const wobble = (x: Float64Array, k: number) =>
      Math.sin(1e12 * (x[0] + 2 * x[1] + 3 * x[2]) + k);
    const noisy = (x: Float64Array, g?: Float64Array): number => {
      let v = 20 + 2e-14 * wobble(x, 0);
      for (let i = 0; i < 3; i++) {
        v += c[i] * (x[i] - 1) ** 2;
        if (g) g[i] = 2 * c[i] * (x[i] - 1) + 1e-8 * wobble(x, i + 1);
      }
      return v;
    };
    const result = minimize(noisy, [0, 0, 0], { gradient: "analytic" });
    expect(result.reason).toBe("no_progress");
    expect(result.converged).toBe(true);
    for (const v of result.x) expect(v).toBeCloseTo(1, 5);
    // 9 here; 27 when each step below f's precision was line-searched (6–10 evaluations each).
    expect(result.evaluations).toBeLessThanOrEqual(12);
  });

  it("stops at the iteration limit", () => {
    const result = minimize(rosenbrock, [-1.2, 1], { gradient: "analytic", maxIterations: 3 });
    expect(result.iterations).toBe(3);
    expect(result.reason).toBe("max_iterations");
    expect(result.converged).toBe(false);
  });
});
