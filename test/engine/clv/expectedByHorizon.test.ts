import fc from "fast-check";
import {
  expectedPurchases,
  expectedPurchasesByHorizon,
  logLikelihoodOf,
} from "../../../src/engine/clv/bgnbd";
import { fitMbgNbd } from "../../../src/engine/clv/mbgnbd";
import { fitBgNbd } from "../../../src/engine/clv/bgnbdFit";
import { groupSummaries } from "../../../src/engine/clv/group";
import { fitGammaGamma, gammaGammaLogLikelihood } from "../../../src/engine/clv/gammaGamma";

/** Positive parameters in the ranges fits give (a near 1 included: the extrapolated branch). */
const params = fc.record({
  r: fc.double({ min: 0.05, max: 5, noNaN: true }),
  alpha: fc.double({ min: 0.5, max: 50, noNaN: true }),
  a: fc.oneof(fc.double({ min: 0.05, max: 5, noNaN: true }), fc.constant(1 + 5e-5)),
  b: fc.double({ min: 0.05, max: 10, noNaN: true }),
  model: fc.constantFrom("bgnbd" as const, "mbgnbd" as const),
});

describe("expectedPurchasesByHorizon", () => {
  test("equals expectedPurchases at every horizon, bit for bit (P(alive) taken once)", () => {
    fc.assert(
      fc.property(
        params,
        fc.integer({ min: 0, max: 60 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 300, noNaN: true }),
        fc.array(fc.oneof(fc.double({ min: 0, max: 120, noNaN: true }), fc.constant(-1)), {
          maxLength: 14,
        }),
        (p, x, share, age, list) => {
          const horizons = Float64Array.from(list);
          const out = new Float64Array(horizons.length);
          const recency = x === 0 ? 0 : share * age;
          expectedPurchasesByHorizon(p, x, recency, age, horizons, out);
          for (let h = 0; h < horizons.length; h++)
            expect(Object.is(out[h], expectedPurchases(p, horizons[h], x, recency, age))).toBe(
              true,
            );
        },
      ),
      { numRuns: 150 },
    );
  });

  test("an invalid row gives NaN at every horizon", () => {
    const out = new Float64Array(2);
    expectedPurchasesByHorizon(
      { r: 1, alpha: 1, a: 1, b: 1 },
      NaN,
      0,
      5,
      Float64Array.of(1, 2),
      out,
    );
    expect(Array.from(out)).toEqual([NaN, NaN]);
  });
});

describe("the fitted log-likelihood (frequency factor once per distinct x)", () => {
  test.each([
    ["bgnbd", fitBgNbd, false],
    ["mbgnbd", fitMbgNbd, true],
  ] as const)(
    "%s: equals the sum of logLikelihoodOf over the groups, bit for bit",
    (_, fit, modified) => {
      const n = 400;
      const frequency = new Float64Array(n);
      const recency = new Float64Array(n);
      const age = new Float64Array(n);
      for (let i = 0; i < n; i++) {
        frequency[i] = (i * 7) % 9;
        age[i] = 10 + ((i * 13) % 40);
        recency[i] = frequency[i] === 0 ? 0 : age[i] * (((i * 5) % 10) / 10);
      }
      const result = fit({ frequency, recency, age });
      if (!result.ok) throw new Error(result.message);
      const g = groupSummaries({ frequency, recency, age });
      let want = 0;
      for (let k = 0; k < g.count; k++)
        want +=
          g.weight[k] * logLikelihoodOf(result, g.frequency[k], g.recency[k], g.age[k], modified);
      expect(result.logLikelihood).toBe(want);
    },
  );
});

describe("the Gamma-Gamma fit's log-likelihood (x-only terms once per distinct x)", () => {
  test("equals the sum of gammaGammaLogLikelihood over the repeat buyers, bit for bit", () => {
    const n = 300;
    const frequency = Float64Array.from({ length: n }, (_, i) => i % 6);
    const averageSpend = Float64Array.from({ length: n }, (_, i) => 5 + ((i * 37) % 101) / 3);
    const fit = fitGammaGamma({ frequency, averageSpend });
    if (!fit.ok) throw new Error(fit.message);
    let want = 0;
    for (let i = 0; i < n; i++)
      if (frequency[i] > 0) want += gammaGammaLogLikelihood(fit, frequency[i], averageSpend[i]);
    expect(fit.logLikelihood).toBe(want);
  });
});
