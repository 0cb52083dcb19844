/**
 * Seeded simulation from the BG/NBD and Gamma-Gamma models, for tests (parameter recovery) and
 * the benchmark. Math.random cannot be seeded, so this carries its own small generator.
 */

import type { BgNbdParams } from "./bgnbd";
import type { GammaGammaParams } from "./gammaGamma";
import type { CustomerSummary } from "./group";
import type { TransactionColumns } from "./summary";
import { GrowableColumn } from "../columns";

/** A source of uniform random numbers in (0, 1). */
export type Random = () => number;

/**
 * Seeded uniform generator (sfc32, seeded through splitmix32), 53-bit doubles in (0, 1).
 * The same seed gives the same sequence in every JavaScript engine.
 *
 * @example
 * const random = seededRandom(42);
 * random(); // => same number on every run
 */
export function seededRandom(seed: number): Random {
  let s = seed >>> 0;
  const splitmix = (): number => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
  let a = splitmix();
  let b = splitmix();
  let c = splitmix();
  let d = splitmix();
  const next = (): number => {
    const t = (((a + b) >>> 0) + d) >>> 0;
    d = (d + 1) >>> 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) >>> 0;
    c = ((c << 21) | (c >>> 11)) >>> 0;
    c = (c + t) >>> 0;
    return t;
  };
  for (let i = 0; i < 12; i++) next();
  return () => {
    const high = next() >>> 5; // 27 bits
    const low = next() >>> 6; // 26 bits
    return (high * 67108864 + low + 0.5) / 9007199254740992;
  };
}

/**
 * Standard normal draw (Marsaglia's polar method).
 *
 * @example
 * sampleNormal(seededRandom(1)); // => a draw from N(0, 1)
 */
export function sampleNormal(random: Random): number {
  for (;;) {
    const u = 2 * random() - 1;
    const v = 2 * random() - 1;
    const s = u * u + v * v;
    if (s > 0 && s < 1) return u * Math.sqrt((-2 * Math.log(s)) / s);
  }
}

/**
 * Gamma draw with the given shape and rate (mean shape/rate), by Marsaglia & Tsang (2000).
 *
 * @example
 * sampleGamma(seededRandom(1), 2, 0.5); // => a draw with mean 4
 */
export function sampleGamma(random: Random, shape: number, rate: number): number {
  if (shape < 1) {
    // Boost: Gamma(k) = Gamma(k + 1) · U^(1/k).
    return sampleGamma(random, shape + 1, rate) * Math.pow(random(), 1 / shape);
  }
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    const x = sampleNormal(random);
    const t = 1 + c * x;
    if (t <= 0) continue;
    const v = t * t * t;
    const u = random();
    if (Math.log(u) < 0.5 * x * x + d - d * v + d * Math.log(v)) return (d * v) / rate;
  }
}

/**
 * Beta(a, b) draw.
 *
 * @example
 * sampleBeta(seededRandom(1), 2, 3); // => a draw with mean 0.4
 */
export function sampleBeta(random: Random, a: number, b: number): number {
  const x = sampleGamma(random, a, 1);
  const y = sampleGamma(random, b, 1);
  return x / (x + y);
}

/**
 * Simulates BG/NBD summaries in continuous time: customer i made a first purchase at time 0 and
 * is observed until age[i]. Returns frequency, recency and age. With params.model "mbgnbd" the
 * MBG/NBD: drop-out can also happen right after the first purchase.
 *
 * @example
 * const s = simulateBgNbd({ r: 0.5, alpha: 5, a: 0.8, b: 2.5 }, new Float64Array(100).fill(52), seededRandom(7));
 * s.frequency.length; // => 100
 */
export function simulateBgNbd(
  params: BgNbdParams,
  age: Float64Array,
  random: Random,
): CustomerSummary {
  const n = age.length;
  const frequency = new Float64Array(n);
  const recency = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const rate = sampleGamma(random, params.r, params.alpha);
    const dropout = sampleBeta(random, params.a, params.b);
    let t = 0;
    let x = 0;
    let last = 0;
    // MBG/NBD: the customer may also drop out right after the first purchase.
    const goneAtStart = params.model === "mbgnbd" && random() < dropout;
    for (; !goneAtStart;) {
      t += -Math.log(random()) / rate;
      if (!(t <= age[i])) break;
      x++;
      last = t;
      // Drop-out happens right after a repeat purchase.
      if (random() < dropout) break;
    }
    frequency[i] = x;
    recency[i] = last;
  }
  return { frequency, recency, age: Float64Array.from(age) };
}

/** Options for {@link simulateTransactions}. */
export interface SimulationOptions {
  customerCount: number;
  /** First purchases fall uniformly on days 0..cohortDays−1. */
  cohortDays: number;
  /** Last simulated day (inclusive). */
  asOfDay: number;
  /** Model time unit in days (the BG/NBD rates are per unit). */
  timeUnitDays: number;
}

/**
 * Simulates transaction columns: purchase times from the BG/NBD (or the MBG/NBD, by
 * bgnbd.model) and amounts from the Gamma-Gamma
 * model (amount ~ Gamma(p, ν), ν ~ Gamma(q, γ) per customer), at fractional day resolution.
 *
 * @example
 * const tx = simulateTransactions(
 *   { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 }, { p: 6.25, q: 3.74, gamma: 15.44 },
 *   { customerCount: 1000, cohortDays: 90, asOfDay: 363, timeUnitDays: 7 }, seededRandom(1));
 * tx.customerCount; // => 1000
 */
export function simulateTransactions(
  bgnbd: BgNbdParams,
  spend: GammaGammaParams,
  options: SimulationOptions,
  random: Random,
): TransactionColumns {
  const { customerCount, cohortDays, asOfDay, timeUnitDays } = options;
  const guess = Math.max(16, customerCount * 3);
  const customer = new GrowableColumn(Int32Array, guess);
  const day = new GrowableColumn(Float64Array, guess);
  const amount = new GrowableColumn(Float64Array, guess);
  const lastDay = Math.floor(asOfDay);
  for (let c = 0; c < customerCount; c++) {
    const rate = sampleGamma(random, bgnbd.r, bgnbd.alpha);
    const dropout = sampleBeta(random, bgnbd.a, bgnbd.b);
    const spendRate = sampleGamma(random, spend.q, spend.gamma);
    const first = Math.floor(random() * cohortDays) + random() * 0.5;
    const buy = (at: number) => {
      customer.push(c);
      day.push(at);
      amount.push(sampleGamma(random, spend.p, spendRate));
    };
    buy(first);
    let t = first;
    // MBG/NBD: the customer may also drop out right after the first purchase.
    const goneAtStart = bgnbd.model === "mbgnbd" && random() < dropout;
    for (; !goneAtStart;) {
      t += (-Math.log(random()) / rate) * timeUnitDays;
      if (!(Math.floor(t) <= lastDay)) break;
      buy(t);
      // Drop-out happens right after a repeat purchase.
      if (random() < dropout) break;
    }
  }
  return {
    customer: customer.toArray(),
    day: day.toArray(),
    amount: amount.toArray(),
    customerCount,
  };
}
