import fc from "fast-check";
import { hyp2f1, logHyp2f1 } from "../../../src/engine/clv/hypergeometric";
import { logGamma } from "../../../src/engine/clv/special";

function relativeError(got: number, want: number): number {
  return Math.abs(got - want) / Math.max(Math.abs(want), 1e-300);
}

/** Plain power series with many terms: the reference where it converges (|z| ≤ 0.95). */
function bruteForce(a: number, b: number, c: number, z: number): number {
  let term = 1;
  let sum = 1;
  for (let n = 0; n < 200_000; n++) {
    term *= (((a + n) * (b + n)) / ((c + n) * (n + 1))) * z;
    sum += term;
    if (n > 50 && Math.abs(term) < 1e-18 * Math.abs(sum)) break;
  }
  return sum;
}

describe("hyp2f1", () => {
  it("matches closed forms", () => {
    for (const z of [0.1, 0.5, 0.7, 0.99, 0.999999, 1 - 1e-12, -0.5, -10, -1e6]) {
      // 2F1(1,1;2;z) = −log(1−z)/z: c − a − b = 0, the degenerate case of the 1−z formula.
      expect(relativeError(hyp2f1(1, 1, 2, z), -Math.log1p(-z) / z)).toBeLessThan(1e-10);
      // 2F1(a,b;b;z) = (1−z)^(−a)
      expect(relativeError(hyp2f1(0.7, 2.3, 2.3, z), Math.pow(1 - z, -0.7))).toBeLessThan(1e-10);
      // 2F1(1/2,1;3/2;−x²) = atan(x)/x
      if (z < 0) {
        const x = Math.sqrt(-z);
        expect(relativeError(hyp2f1(0.5, 1, 1.5, z), Math.atan(x) / x)).toBeLessThan(1e-10);
      }
    }
    for (const x of [0.1, 0.5, 0.9, 0.999, 0.9999999]) {
      // 2F1(1/2,1/2;3/2;x²) = asin(x)/x
      expect(relativeError(hyp2f1(0.5, 0.5, 1.5, x * x), Math.asin(x) / x)).toBeLessThan(1e-10);
    }
  });

  it("matches reference values (mpmath, 40 digits) including z near 1 and z < 0", () => {
    const cases: [number, number, number, number, number][] = [
      [0.5, 1.5, 2.5, 0.3, 1.108062551056932],
      [2.3, -1.7, 4.1, 0.75, 0.41432125927971919],
      [1.976, -0.207, 2.219, 0.93, 0.66065574905565595],
      [1.976, -0.207, 2.219, 0.999999, 0.46556103871145447],
      [0.243, 2.426, 2.219, 0.92, 2.0927094475581191],
      [3.5, 2.5, 6, 0.9999, 169.93413973668132],
      [1.5, 2.5, 3, 0.9, 14.663397526525133],
      [1, 1, 2, 0.999999999, 20.723265885951608],
      [2.5, 3.5, 4, -5, 0.017356664402002183],
      [2.5, 3.5, 4, -0.7, 0.3095923884953221],
      [0.7, 1.3, 9.5, -200, 0.1498053535403693],
      [30, 40, 35, 0.4, 43605953.472353292],
      [26.243, 28.426, 28.219, 0.95, 2.5466502177234625e34],
      [1.976, -0.207, 5002.2, 0.9999, 0.99991821846550754],
      [-3, 2.5, 1.5, 0.8, -0.05599999999999998],
      [4.2, 1.1, 5.3, 0.9999999, 72.633793778789789],
    ];
    for (const [a, b, c, z, want] of cases) {
      expect(relativeError(hyp2f1(a, b, c, z), want)).toBeLessThan(1e-10);
    }
  });

  it("where the 1 − z formula cancelled (a, b near 10, c − a − b far from 0): mpmath's values", () => {
    // Stop 51's property sweep: 77,413 for 21.10, and expected purchases below zero. Random
    // a, b in [0.1, 40], c in [0.2, 45], z in [0.5, 0.95]: 70 of 400 off by more than 1e-6
    // before, 1 after (z above 0.9). Reference: mpmath.hyp2f1 at 40 digits.
    const cases: [number, number, number, number, number][] = [
      [12.07, 10.84, 35.12, 0.649, 21.104301015258542],
      [18.06773, 4.792807, 34.383159, 0.793218, 16.097322737223809],
      [23.245596, 22.473216, 38.637273, 0.60121, 100719.88947101053],
      [39.283104, 22.103995, 39.920791, 0.632512, 2664176002.5432358],
      [19.308868, 5.960731, 28.857675, 0.69003, 51.676521744329371],
      [15.497392, 12.867755, 25.784441, 0.794044, 33313.926284007349],
      [17.467202, 29.245592, 35.341483, 0.54832, 66531.966127319066],
      [20.325052, 22.653337, 38.524836, 0.795215, 10791078.713162178],
      [31.21445, 3.408985, 34.292146, 0.806818, 105.49695427283581],
      [1.145051, 16.150405, 23.078024, 0.57618, 1.8238424769144958],
      [28.986981, 9.25617, 34.618892, 0.8493, 390151.66972646705],
    ];
    for (const [a, b, c, z, v] of cases)
      expect(hyp2f1(a, b, c, z)).toBeCloseTo(v, -Math.log10(v) + 9);
  });

  it("with a, b, c > 0 and 0.5 < z ≤ 0.95: between its first two terms and Gauss's value at 1", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.1, max: 40, noNaN: true }),
        fc.double({ min: 0.1, max: 40, noNaN: true }),
        fc.double({ min: 0.2, max: 45, noNaN: true }),
        fc.double({ min: 0.5, max: 0.95, noNaN: true }),
        (a, b, c, z) => {
          const v = hyp2f1(a, b, c, z);
          if (!Number.isFinite(v)) return true;
          const low = 1 + (a * b * z) / c;
          const s = c - a - b;
          const gauss =
            s > 0
              ? Math.exp(logGamma(c) + logGamma(s) - logGamma(c - a) - logGamma(c - b))
              : Infinity;
          return v >= low * (1 - 1e-9) && v <= gauss * (1 + 1e-9);
        },
      ),
      { numRuns: 400 },
    );
  });

  it("does not overflow for large parameters (log form)", () => {
    // 2F1(5000,5000;5000;½) = 2^5000, far beyond the double range.
    const big = logHyp2f1(5000, 5000, 5000, 0.5);
    expect(big.sign).toBe(1);
    expect(relativeError(big.log, 5000 * Math.LN2)).toBeLessThan(1e-12);
    expect(hyp2f1(5000, 5000, 5000, 0.5)).toBe(Infinity);
    // BG/NBD-like parameters with x = 5000 (mpmath: log value 4581.8659411299043).
    expect(
      relativeError(logHyp2f1(5000.243, 5002.426, 5002.219, 0.6).log, 4581.8659411299043),
    ).toBeLessThan(1e-12);
  });

  it("handles the special cases", () => {
    expect(hyp2f1(2, 3, 4, 0)).toBe(1);
    expect(hyp2f1(0, 3, 4, 0.9)).toBe(1);
    // Polynomial: 2F1(−2, b; c; z) = 1 − 2bz/c + b(b+1)z²/(c(c+1))
    expect(hyp2f1(-2, 3, 4, 0.5)).toBeCloseTo(1 - 0.75 + (12 / 20) * 0.25, 14);
    // Gauss: 2F1(a,b;c;1) = Γ(c)Γ(c−a−b)/(Γ(c−a)Γ(c−b)); 2F1(1,1;3;1) = 2
    expect(hyp2f1(1, 1, 3, 1)).toBeCloseTo(2, 12);
    expect(hyp2f1(1, 1, 2, 1)).toBe(Infinity);
    expect(hyp2f1(1, 1, 2, 1.5)).toBeNaN();
    expect(hyp2f1(1, 1, -2, 0.5)).toBeNaN();
    expect(hyp2f1(NaN, 1, 2, 0.5)).toBeNaN();
  });

  it("agrees with the plain series where that converges (property)", () => {
    fc.assert(
      fc.property(
        fc.double({ min: -4, max: 6, noNaN: true }),
        fc.double({ min: -4, max: 6, noNaN: true }),
        fc.double({ min: 0.2, max: 10, noNaN: true }),
        fc.double({ min: -0.95, max: 0.95, noNaN: true }),
        (a, b, c, z) => {
          const want = bruteForce(a, b, c, z);
          const got = hyp2f1(a, b, c, z);
          // Absolute scale: the plain series itself loses digits when its terms cancel.
          const scale = Math.max(1, Math.abs(want));
          return Math.abs(got - want) <= 1e-8 * scale;
        },
      ),
      { numRuns: 300, seed: 42 },
    );
  });

  it("is continuous across the switch to the 1 − z formula, also for integer c − a − b", () => {
    for (const [a, b, c] of [
      [0.3, 1.2, 2.5],
      [1, 2, 3], // c − a − b = 0
      [0.5, 1.5, 4], // = 2
      [0.5, 1.5, 4.0000001], // ≈ 2
    ]) {
      const below = hyp2f1(a, b, c, 0.5);
      const above = hyp2f1(a, b, c, 0.5 + 1e-12);
      expect(relativeError(above, below)).toBeLessThan(1e-10);
      // Past the direct-series switch as well (z = 0.95 uses the transformation).
      expect(relativeError(hyp2f1(a, b, c, 0.95), bruteForce(a, b, c, 0.95))).toBeLessThan(1e-9);
    }
  });
});
