import { fitBgNbd } from "../../../src/engine/clv/bgnbdFit";
import { hyp2f1 } from "../../../src/engine/clv/hypergeometric";
import {
  fitMbgNbd,
  mbgExpectedPurchases,
  mbgNbdLogLikelihood,
  mbgProbabilityAlive,
} from "../../../src/engine/clv/mbgnbd";
import { seededRandom, simulateBgNbd } from "../../../src/engine/clv/simulate";
import { logBeta, logGamma } from "../../../src/engine/clv/special";
import { loadCdnowSummary } from "../../fixtures/cdnow/load";

const cdnow = loadCdnowSummary();

describe("fitMbgNbd on the CDNOW sample (2,357 customers, 39 weeks)", () => {
  const fit = fitMbgNbd(cdnow);
  if (!fit.ok) throw new Error(fit.message);

  it("reproduces BTYDplus's estimate (as in lifetimes' tests): r 0.525, α 6.183, a 0.891, b 1.614", () => {
    expect(fit.model).toBe("mbgnbd");
    expect(fit.converged).toBe(true);
    expect(fit.r).toBeCloseTo(0.525, 3);
    expect(fit.alpha).toBeCloseTo(6.183, 2);
    expect(fit.a).toBeCloseTo(0.891, 3);
    expect(fit.b).toBeCloseTo(1.614, 3);
  });

  it("fits about as well as the BG/NBD: the log-likelihoods differ by a fraction of a unit", () => {
    const bg = fitBgNbd(cdnow);
    if (!bg.ok) throw new Error(bg.message);
    expect(bg.logLikelihood).toBeCloseTo(-9582.4256, 3);
    // Measured: MBG/NBD −9582.1327 against BG/NBD −9582.4256: 0.29 apart, too little to choose
    // between them by fit (model.repeatPurchaseModel is a rule, not a contest).
    expect(fit.logLikelihood).toBeCloseTo(-9582.1327, 3);
    expect(fit.logLikelihood - bg.logLikelihood).toBeCloseTo(0.293, 2);
  });

  it("is a maximum: nearby parameters have a lower likelihood (the analytic gradient is right)", () => {
    const total = (p: { r: number; alpha: number; a: number; b: number }) => {
      let ll = 0;
      for (let i = 0; i < cdnow.frequency.length; i++)
        ll += mbgNbdLogLikelihood(p, cdnow.frequency[i], cdnow.recency[i], cdnow.age[i]);
      return ll;
    };
    expect(total(fit)).toBeCloseTo(fit.logLikelihood, 6);
    for (const key of ["r", "alpha", "a", "b"] as const)
      for (const factor of [0.999, 1.001])
        expect(total({ ...fit, [key]: fit[key] * factor })).toBeLessThan(fit.logLikelihood);
  });

  it("the same estimate from grouped weights", () => {
    const grouped = fitMbgNbd({
      frequency: Float64Array.of(...cdnow.frequency, ...cdnow.frequency),
      recency: Float64Array.of(...cdnow.recency, ...cdnow.recency),
      age: Float64Array.of(...cdnow.age, ...cdnow.age),
      weight: new Float64Array(2 * cdnow.frequency.length).fill(0.5),
    });
    if (!grouped.ok) throw new Error(grouped.message);
    expect(grouped.r).toBeCloseTo(fit.r, 5);
    expect(grouped.b).toBeCloseTo(fit.b, 4);
  });
});

describe("MBG/NBD formulas (Batislam, Denizel & Filiztekin 2007)", () => {
  const p = { r: 0.525, alpha: 6.183, a: 0.891, b: 1.614 };

  it("log-likelihood: the paper's closed form, one-time buyers included", () => {
    for (const [x, tx, T] of [
      [0, 0, 38.86],
      [2, 30.43, 38.86],
      [26, 30.86, 31],
    ]) {
      const direct = Math.log(
        Math.exp(
          logBeta(p.a, p.b + x + 1) -
            logBeta(p.a, p.b) +
            logGamma(p.r + x) -
            logGamma(p.r) +
            p.r * Math.log(p.alpha),
        ) *
          (Math.pow(p.alpha + T, -(p.r + x)) +
            (p.a / (p.b + x)) * Math.pow(p.alpha + tx, -(p.r + x))),
      );
      expect(mbgNbdLogLikelihood(p, x, tx, T)).toBeCloseTo(direct, 10);
    }
  });

  it("P(alive) of a one-time buyer is below 1 and falls with silence", () => {
    const at = (T: number) => mbgProbabilityAlive(p, 0, 0, T);
    expect(at(10)).toBeCloseTo(1 / (1 + (p.a / p.b) * Math.pow((p.alpha + 10) / p.alpha, p.r)), 12);
    expect(at(10)).toBeLessThan(1);
    expect(at(40)).toBeLessThan(at(10));
    // A frequent recent buyer is almost surely alive.
    expect(mbgProbabilityAlive(p, 20, 38, 38.5)).toBeGreaterThan(0.95);
  });

  it("expected purchases: lifetimes' ModifiedBetaGeoFitter formula", () => {
    for (const [t, x, tx, T] of [
      [39, 2, 30.43, 38.86],
      [13, 0, 0, 20],
      [52, 10, 35, 39],
    ]) {
      const { r, alpha, a, b } = p;
      const hyp = hyp2f1(r + x, b + x + 1, a + b + x, t / (alpha + T + t));
      const alive =
        ((a + b + x) / (a - 1)) * (1 - hyp * Math.pow((alpha + T) / (alpha + t + T), r + x));
      const expected = alive / (1 + (a / (b + x)) * Math.pow((alpha + T) / (alpha + tx), r + x));
      expect(mbgExpectedPurchases(p, t, x, tx, T)).toBeCloseTo(expected, 9);
    }
  });

  it("recovers the parameters of data simulated from the MBG/NBD", () => {
    const truth = { r: 0.5, alpha: 6, a: 0.9, b: 1.6, model: "mbgnbd" as const };
    const age = Float64Array.from({ length: 20000 }, (_, i) => 26 + (i % 27));
    const sim = simulateBgNbd(truth, age, seededRandom(3));
    const got = fitMbgNbd(sim);
    if (!got.ok) throw new Error(got.message);
    expect(got.r).toBeGreaterThan(0.4);
    expect(got.r).toBeLessThan(0.6);
    expect(got.a).toBeGreaterThan(0.6);
    expect(got.a).toBeLessThan(1.3);
    expect(got.b).toBeGreaterThan(1);
    expect(got.b).toBeLessThan(2.6);
  });
});
