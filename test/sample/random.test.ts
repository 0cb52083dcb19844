import fc from "fast-check";
import { Random, hashKey } from "../../src/sample/random";

const draws = (rng: Random, n: number, f: (r: Random) => number) =>
  Array.from({ length: n }, () => f(rng));
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

describe("Random", () => {
  it("gives the same stream for the same keys and another for other keys", () => {
    fc.assert(
      fc.property(fc.integer(), fc.integer(), (a, b) => {
        const x = draws(new Random(a, b), 5, (r) => r.next());
        const y = draws(new Random(a, b), 5, (r) => r.next());
        expect(x).toEqual(y);
        const z = draws(new Random(a, b + 1), 5, (r) => r.next());
        expect(z).not.toEqual(x);
      }),
    );
  });

  it("reseeds to the state the keys name, whatever was drawn before", () => {
    const rng = new Random(1);
    rng.next();
    rng.normal();
    rng.reseed(7, 3);
    expect(rng.next()).toBe(new Random(7, 3).next());
  });

  it("keeps draws in their ranges", () => {
    fc.assert(
      fc.property(
        fc.integer(),
        fc.integer({ min: 1, max: 1000 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (seed, n, p) => {
          const rng = new Random(seed);
          const u = rng.next();
          expect(u).toBeGreaterThanOrEqual(0);
          expect(u).toBeLessThan(1);
          const k = rng.int(n);
          expect(Number.isInteger(k) && k >= 0 && k < n).toBe(true);
          const b = rng.binomial(n, p);
          expect(Number.isInteger(b) && b >= 0 && b <= n).toBe(true);
          expect(rng.poisson(n / 7)).toBeGreaterThanOrEqual(0);
          expect(rng.pareto(100, 1.5)).toBeGreaterThanOrEqual(100);
          expect(rng.gamma(0.7)).toBeGreaterThan(0);
        },
      ),
    );
  });

  it("draws with the right means", () => {
    const rng = new Random(42);
    expect(mean(draws(rng, 20000, (r) => r.normal(3, 2)))).toBeCloseTo(3, 1);
    expect(mean(draws(rng, 20000, (r) => r.poisson(4)))).toBeCloseTo(4, 1);
    expect(mean(draws(rng, 20000, (r) => r.poisson(80)))).toBeGreaterThan(79);
    expect(mean(draws(rng, 20000, (r) => r.binomial(10, 0.3)))).toBeCloseTo(3, 1);
    expect(mean(draws(rng, 20000, (r) => r.binomial(400, 0.5)))).toBeCloseTo(200, 0);
    expect(mean(draws(rng, 20000, (r) => r.gamma(0.7, 2)))).toBeCloseTo(1.4, 1);
    expect(mean(draws(rng, 20000, (r) => r.exponential(5)))).toBeCloseTo(5, 0);
    expect(mean(draws(rng, 20000, (r) => Math.log(r.lognormal(1, 0.5))))).toBeCloseTo(1, 1);
  });

  it("picks in proportion to the weights", () => {
    const rng = new Random(3);
    const counts = [0, 0, 0];
    for (let i = 0; i < 30000; i++) counts[rng.weighted([1, 0, 2])]++;
    expect(counts[1]).toBe(0);
    expect(counts[2] / counts[0]).toBeGreaterThan(1.8);
    expect(counts[2] / counts[0]).toBeLessThan(2.2);
    expect(["a", "b"]).toContain(rng.pick(["a", "b"]));
  });

  it("hashes keys so that order matters", () => {
    expect(hashKey(1, 2)).not.toBe(hashKey(2, 1));
    expect(hashKey(1, 2)).toBe(hashKey(1, 2));
  });
});
