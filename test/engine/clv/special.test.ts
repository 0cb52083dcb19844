import { digamma, gammaSign, logAddExp, logBeta, logGamma } from "../../../src/engine/clv/special";

describe("logGamma", () => {
  it("matches factorials and known values", () => {
    let factorial = 1;
    for (let n = 1; n <= 30; n++) {
      expect(logGamma(n + 1)).toBeCloseTo(Math.log((factorial *= n)), 10);
    }
    expect(logGamma(0.5)).toBeCloseTo(0.5 * Math.log(Math.PI), 14);
    expect(logGamma(1e-8)).toBeCloseTo(18.420680738180209, 8);
    expect(logGamma(1e6)).toBeCloseTo(12815504.569147612, 6);
    // Γ(−0.5) = −2√π
    expect(logGamma(-0.5)).toBeCloseTo(Math.log(2 * Math.sqrt(Math.PI)), 13);
  });

  it("is infinite at the poles, with sign 0 there", () => {
    for (const x of [0, -1, -2, -30]) {
      expect(logGamma(x)).toBe(Infinity);
      expect(gammaSign(x)).toBe(0);
    }
    expect(gammaSign(-0.5)).toBe(-1);
    expect(gammaSign(-1.5)).toBe(1);
    expect(gammaSign(3)).toBe(1);
  });

  it("gives log B(a, b)", () => {
    expect(logBeta(2, 3)).toBeCloseTo(Math.log(1 / 12), 14);
  });
});

describe("digamma", () => {
  it("matches known values", () => {
    expect(digamma(1)).toBeCloseTo(-0.5772156649015329, 14);
    expect(digamma(0.5)).toBeCloseTo(-1.9635100260214235, 14);
    expect(digamma(10)).toBeCloseTo(2.251752589066721, 14);
    expect(digamma(-0.5)).toBeCloseTo(0.03648997397857652, 13);
    expect(digamma(1e-6)).toBeCloseTo(-1000000.5772140199, 6);
    expect(Number.isNaN(digamma(-2))).toBe(true);
  });

  it("is the derivative of logGamma", () => {
    for (const x of [0.3, 1.7, 4.2, 25, 400]) {
      const h = 1e-5 * x;
      expect(digamma(x)).toBeCloseTo((logGamma(x + h) - logGamma(x - h)) / (2 * h), 6);
    }
  });
});

describe("logAddExp", () => {
  it("does not overflow", () => {
    expect(logAddExp(1000, 1000)).toBeCloseTo(1000 + Math.LN2, 12);
    expect(logAddExp(-Infinity, 3)).toBe(3);
    expect(logAddExp(Math.log(2), Math.log(3))).toBeCloseTo(Math.log(5), 14);
  });
});
