import {
  sampleBeta,
  sampleGamma,
  seededRandom,
  simulateBgNbd,
  simulateTransactions,
} from "../../../src/engine/clv/simulate";

describe("seededRandom", () => {
  it("repeats for the same seed, differs across seeds, stays in (0, 1)", () => {
    const a = seededRandom(7);
    const b = seededRandom(7);
    const c = seededRandom(8);
    const first = Array.from({ length: 5 }, a);
    expect(Array.from({ length: 5 }, b)).toEqual(first);
    expect(Array.from({ length: 5 }, c)).not.toEqual(first);
    const random = seededRandom(1);
    let sum = 0;
    for (let i = 0; i < 100_000; i++) {
      const u = random();
      expect(u > 0 && u < 1).toBe(true);
      sum += u;
    }
    expect(sum / 100_000).toBeCloseTo(0.5, 2);
  });
});

describe("samplers", () => {
  it("have the right means and variances", () => {
    const random = seededRandom(2);
    for (const [shape, rate] of [
      [0.25, 4],
      [3.7, 15],
    ]) {
      const n = 200_000;
      let sum = 0;
      let squares = 0;
      for (let i = 0; i < n; i++) {
        const x = sampleGamma(random, shape, rate);
        sum += x;
        squares += x * x;
      }
      const mean = sum / n;
      const variance = squares / n - mean * mean;
      expect(mean / (shape / rate)).toBeCloseTo(1, 1);
      expect(variance / (shape / rate ** 2)).toBeCloseTo(1, 1);
    }
    let beta = 0;
    for (let i = 0; i < 100_000; i++) beta += sampleBeta(random, 0.8, 2.4);
    expect(beta / 100_000).toBeCloseTo(0.25, 2);
  });
});

describe("simulations", () => {
  it("produce consistent summaries", () => {
    const s = simulateBgNbd(
      { r: 0.5, alpha: 5, a: 0.8, b: 2.5 },
      new Float64Array(2000).fill(52),
      seededRandom(3),
    );
    for (let i = 0; i < 2000; i++) {
      expect(s.recency[i] <= s.age[i]).toBe(true);
      if (s.frequency[i] === 0) expect(s.recency[i]).toBe(0);
    }
  });

  it("produce transactions within the period, first purchases in the cohort window", () => {
    const tx = simulateTransactions(
      { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 },
      { p: 6.25, q: 3.74, gamma: 15.44 },
      { customerCount: 500, cohortDays: 90, asOfDay: 363, timeUnitDays: 7 },
      seededRandom(4),
    );
    const first = new Float64Array(500).fill(Infinity);
    for (let i = 0; i < tx.customer.length; i++) {
      expect(Math.floor(tx.day[i])).toBeLessThanOrEqual(363);
      expect(tx.amount[i]).toBeGreaterThan(0);
      first[tx.customer[i]] = Math.min(first[tx.customer[i]], tx.day[i]);
    }
    expect(first.every((d) => d >= 0 && d < 90)).toBe(true);
  });
});
