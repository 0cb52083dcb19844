import { fitBgNbd, seededRandom } from "../../../src/engine/clv";
import { SAMPLE_START_ABOVE } from "../../../src/engine/clv/bgnbdFit";
import { fitMbgNbd } from "../../../src/engine/clv/mbgnbd";

/**
 * BG/NBD-like histories with continuous times, so every row is its own group (more than
 * SAMPLE_START_ABOVE): rates log-uniform in 0.05–1 a week, drop-out after each purchase 0–30%.
 */
function manyRows(n: number, seed: number) {
  const rnd = seededRandom(seed);
  const frequency = new Float64Array(n);
  const recency = new Float64Array(n);
  const age = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const end = 1 + 51 * rnd();
    const rate = 0.05 * Math.exp(3 * rnd());
    const leave = 0.3 * rnd();
    let t = 0;
    let x = 0;
    let last = 0;
    for (;;) {
      t += -Math.log(1 - rnd()) / rate;
      if (t > end) break;
      x++;
      last = t;
      if (rnd() < leave) break;
    }
    frequency[i] = x;
    recency[i] = last;
    age[i] = end;
  }
  return { frequency, recency, age };
}

describe("a large cold fit starts from a sample's optimum", () => {
  const rows = manyRows(SAMPLE_START_ABOVE + 20_000, 3);
  const close = (a: number, b: number) => Math.abs(a - b) / Math.abs(b);

  it.each([
    ["MBG/NBD", fitMbgNbd],
    ["BG/NBD", fitBgNbd],
  ])("%s: the same optimum within 1e-6 relative, in fewer iterations", (_, fit) => {
    const cold = fit(rows, { penalty: 0, sampleStart: false });
    const sampled = fit(rows, { penalty: 0 });
    if (!cold.ok || !sampled.ok) throw new Error("fit failed");
    expect(cold.converged && sampled.converged).toBe(true);
    for (const k of ["r", "alpha", "a", "b"] as const)
      expect(close(sampled[k], cold[k])).toBeLessThan(1e-6);
    expect(close(sampled.logLikelihood, cold.logLikelihood)).toBeLessThan(1e-12);
    expect(sampled.iterations).toBeLessThan(cold.iterations);
  });

  it("leaves small fits as they were (no sample below the size)", () => {
    const small = manyRows(5_000, 4);
    const a = fitMbgNbd(small, { penalty: 0 });
    const b = fitMbgNbd(small, { penalty: 0, sampleStart: false });
    expect(a).toEqual(b);
  });
});
