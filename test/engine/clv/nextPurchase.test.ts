import { probabilityAlive, type BgNbdParams } from "../../../src/engine/clv/bgnbd";
import {
  medianTimeToNextPurchase,
  probabilityOfNoPurchase,
} from "../../../src/engine/clv/nextPurchase";
import { sampleBeta, sampleGamma, seededRandom } from "../../../src/engine/clv/simulate";

/**
 * Simulates customers of a known model to T and on to T + horizon: their (x, tₓ, T) at T, whether
 * they were alive at T and whether they bought in (T, T + horizon].
 */
function simulateForward(params: BgNbdParams, customers: number, horizon: number, seed: number) {
  const random = seededRandom(seed);
  const x = new Float64Array(customers);
  const tx = new Float64Array(customers);
  const age = new Float64Array(customers);
  const alive = new Uint8Array(customers);
  const bought = new Uint8Array(customers);
  for (let i = 0; i < customers; i++) {
    const T = 10 + random() * 68;
    const rate = sampleGamma(random, params.r, params.alpha);
    const p = sampleBeta(random, params.a, params.b);
    let dead = params.model === "mbgnbd" && random() < p;
    let t = 0;
    let count = 0;
    let last = 0;
    let later = 0;
    while (!dead) {
      t += -Math.log(random()) / rate;
      if (t > T + horizon) break;
      if (t <= T) {
        count++;
        last = t;
      } else later++;
      if (random() < p) dead = true;
      if (dead && t <= T) break;
    }
    x[i] = count;
    tx[i] = last;
    age[i] = T;
    // Alive at T: not dropped out after a purchase at or before T.
    alive[i] = dead && later === 0 ? 0 : 1;
    bought[i] = later > 0 ? 1 : 0;
  }
  return { x, tx, age, alive, bought };
}

const bgnbd: BgNbdParams = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };
const mbgnbd: BgNbdParams = { r: 0.525, alpha: 6.183, a: 0.891, b: 1.614, model: "mbgnbd" };

describe("probabilityOfNoPurchase", () => {
  test.each([
    ["BG/NBD", bgnbd],
    ["MBG/NBD", mbgnbd],
  ])("%s: matches simulated customers, overall and by number of repeat purchases", (_, params) => {
    const horizon = 13; // weeks
    const n = 40000;
    const sim = simulateForward(params, n, horizon, 7);
    // Buckets by x: the model's predictions must hold for one-time buyers and frequent ones alike.
    const buckets = [
      [0, 0],
      [1, 1],
      [2, 3],
      [4, Infinity],
    ];
    const check = (from: number, to: number) => {
      let count = 0;
      let predictedNone = 0;
      let observedNone = 0;
      let predictedAlive = 0;
      let observedAlive = 0;
      for (let i = 0; i < n; i++) {
        if (sim.x[i] < from || sim.x[i] > to) continue;
        const pa = probabilityAlive(params, sim.x[i], sim.tx[i], sim.age[i]);
        count++;
        predictedAlive += pa;
        observedAlive += sim.alive[i];
        predictedNone += probabilityOfNoPurchase(
          pa,
          params.r,
          params.alpha,
          sim.x[i],
          sim.age[i],
          horizon,
        );
        observedNone += 1 - sim.bought[i];
      }
      const p = observedNone / count;
      const se = Math.sqrt((p * (1 - p)) / count) + 1e-3;
      expect(count).toBeGreaterThan(500);
      expect(Math.abs(predictedNone / count - p)).toBeLessThan(4 * se);
      const q = observedAlive / count;
      expect(Math.abs(predictedAlive / count - q)).toBeLessThan(
        4 * Math.sqrt((q * (1 - q)) / count) + 1e-3,
      );
    };
    check(0, Infinity);
    for (const [from, to] of buckets) check(from, to);
  });

  test("the BG/NBD's one-time buyer: only the purchase rate, no drop-out (CDNOW parameters)", () => {
    const cdnow = { r: 0.242593, alpha: 4.413532, a: 0.792886, b: 2.425752 };
    // P(alive) = 1; P(no purchase in 13 weeks) = ((α+T)/(α+T+13))^r.
    const expected = Math.pow((4.413532 + 38.86) / (4.413532 + 38.86 + 13), 0.242593);
    expect(probabilityOfNoPurchase(1, cdnow.r, cdnow.alpha, 0, 38.86, 13)).toBeCloseTo(
      expected,
      12,
    );
    expect(probabilityOfNoPurchase(1, cdnow.r, cdnow.alpha, 0, 38.86, 13)).toBeCloseTo(0.93826, 5);
    // Zero horizon: nobody buys; a dead customer never does.
    expect(probabilityOfNoPurchase(0.7, 1, 2, 3, 10, 0)).toBe(1);
    expect(probabilityOfNoPurchase(0, 1, 2, 3, 10, 50)).toBe(1);
    expect(probabilityOfNoPurchase(NaN, 1, 2, 3, 10, 50)).toBeNaN();
  });
});

describe("medianTimeToNextPurchase", () => {
  test("the chance of at least one purchase is exactly one half at the median", () => {
    for (const [pa, r, alpha, x, T] of [
      [0.9, 2.24, 4.41, 2, 38.86],
      [0.51, 0.3, 6, 0, 10],
      [1, 0.24, 4.4, 0, 38.86],
      [0.99, 5, 2, 40, 60],
    ]) {
      const t = medianTimeToNextPurchase(pa, r, alpha, x, T);
      expect(t).toBeGreaterThan(0);
      expect(1 - probabilityOfNoPurchase(pa, r, alpha, x, T, t)).toBeCloseTo(0.5, 10);
    }
    expect(medianTimeToNextPurchase(0.9, 2.24, 4.41, 2, 38.86)).toBeCloseTo(9.12, 2);
  });

  test("never when the customer is more likely gone than alive", () => {
    expect(medianTimeToNextPurchase(0.5, 1, 2, 3, 10)).toBe(Infinity);
    expect(medianTimeToNextPurchase(0.2, 1, 2, 3, 10)).toBe(Infinity);
    expect(medianTimeToNextPurchase(NaN, 1, 2, 3, 10)).toBeNaN();
  });
});
