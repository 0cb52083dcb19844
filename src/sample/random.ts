/**
 * A small seeded random number generator for the sample data: mulberry32 (32-bit state, fast, good
 * enough for synthetic data) with a keyed reseed, so every customer, sheet and month can draw from
 * its own stream. That keeps a customer's data the same whatever order the sheets are generated in,
 * and lets a 1,000,000-customer data set be produced in any block order without storing it.
 */

/**
 * Mixes 32-bit words into one (murmur3 finaliser per word): the seed of a keyed stream.
 *
 * @example hashKey(1, 2) === hashKey(1, 2) && hashKey(1, 2) !== hashKey(2, 1) // true
 */
export function hashKey(...keys: number[]): number {
  let h = 0x9e3779b9;
  for (const key of keys) {
    let k = Math.imul(key | 0, 0xcc9e2d51);
    k = (k << 15) | (k >>> 17);
    h ^= Math.imul(k, 0x1b873593);
    h = (h << 13) | (h >>> 19);
    h = (Math.imul(h, 5) + 0xe6546b64) | 0;
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/**
 * A seeded stream of random numbers with the draws the generator needs.
 *
 * @example
 * const rng = new Random(42);
 * rng.next();          // 0 ≤ x < 1, the same for the same seed
 * rng.reseed(42, 7, 3); // a keyed sub-stream: customer 3 of sheet 7
 */
export class Random {
  private state = 0;
  private spare = NaN;

  constructor(...keys: number[]) {
    this.reseed(...keys);
  }

  /** Restarts the stream at the state the keys name (no allocation: reuse one instance in loops). */
  reseed(...keys: number[]): this {
    this.state = hashKey(...keys);
    this.spare = NaN;
    return this;
  }

  /** Uniform in [0, 1). @example new Random(1).next() < 1 // true */
  next(): number {
    let t = (this.state = (this.state + 0x6d2b79f5) | 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** Uniform in [min, max). @example new Random(1).uniform(2, 3) >= 2 // true */
  uniform(min: number, max: number): number {
    return min + (max - min) * this.next();
  }

  /** A whole number in [0, n). @example new Random(1).int(6) < 6 // true */
  int(n: number): number {
    return Math.floor(this.next() * n);
  }

  /** True with probability p. @example new Random(1).chance(1) // true */
  chance(p: number): boolean {
    return this.next() < p;
  }

  /** Normal (Box–Muller, the second value kept for the next call). @example new Random(1).normal(0, 1) */
  normal(mean = 0, sd = 1): number {
    let z = this.spare;
    if (Number.isNaN(z)) {
      let u = this.next();
      while (u === 0) u = this.next();
      const v = this.next();
      const r = Math.sqrt(-2 * Math.log(u));
      z = r * Math.cos(2 * Math.PI * v);
      this.spare = r * Math.sin(2 * Math.PI * v);
    } else this.spare = NaN;
    return mean + sd * z;
  }

  /** Log-normal: exp of a normal with the given log-mean and log-sd. @example new Random(1).lognormal(0, 1) > 0 */
  lognormal(mu: number, sigma: number): number {
    return Math.exp(this.normal(mu, sigma));
  }

  /** Pareto with scale xm (the minimum) and shape alpha: heavy right tail. @example new Random(1).pareto(100, 1.5) >= 100 */
  pareto(xm: number, alpha: number): number {
    return xm / Math.pow(1 - this.next(), 1 / alpha);
  }

  /** Exponential with the given mean. @example new Random(1).exponential(10) >= 0 */
  exponential(mean: number): number {
    return -mean * Math.log(1 - this.next());
  }

  /** Gamma(shape, scale) by Marsaglia–Tsang. @example new Random(1).gamma(2, 1) > 0 */
  gamma(shape: number, scale = 1): number {
    if (shape < 1) return this.gamma(shape + 1, scale) * Math.pow(1 - this.next(), 1 / shape);
    const d = shape - 1 / 3;
    const c = 1 / Math.sqrt(9 * d);
    for (;;) {
      const x = this.normal();
      const v0 = 1 + c * x;
      if (v0 <= 0) continue;
      const v = v0 * v0 * v0;
      const u = this.next();
      if (u < 1 - 0.0331 * x * x * x * x || Math.log(u) < 0.5 * x * x + d * (1 - v + Math.log(v))) {
        return d * v * scale;
      }
    }
  }

  /** Poisson count: exact (Knuth) for small means, rounded normal for large ones. @example new Random(1).poisson(3) >= 0 */
  poisson(mean: number): number {
    if (!(mean > 0)) return 0;
    if (mean > 30) return Math.max(0, Math.round(this.normal(mean, Math.sqrt(mean))));
    const limit = Math.exp(-mean);
    let k = 0;
    let p = this.next();
    while (p > limit) {
      k++;
      p *= this.next();
    }
    return k;
  }

  /**
   * Binomial count of n trials with probability p: waiting times for small n·p, rounded normal when
   * the variance is large.
   *
   * @example new Random(1).binomial(10, 0.5) <= 10 // true
   */
  binomial(n: number, p: number): number {
    if (n <= 0 || p <= 0) return 0;
    if (p >= 1) return n;
    if (p > 0.5) return n - this.binomial(n, 1 - p);
    const variance = n * p * (1 - p);
    if (variance > 9)
      return Math.min(n, Math.max(0, Math.round(this.normal(n * p, Math.sqrt(variance)))));
    // Geometric skips between successes: O(n·p) draws.
    const logQ = Math.log1p(-p);
    if (logQ === 0) return 0; // p below float precision: no success in any practical n
    let k = 0;
    let i = Math.floor(Math.log(1 - this.next()) / logQ);
    while (i < n) {
      k++;
      i += 1 + Math.floor(Math.log(1 - this.next()) / logQ);
    }
    return k;
  }

  /** One item, uniformly. @example new Random(1).pick(["a", "b"]) */
  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)];
  }

  /**
   * The index of one weight, chosen in proportion to the weights.
   *
   * @example new Random(1).weighted([0, 1, 0]) // 1
   */
  weighted(weights: readonly number[]): number {
    let total = 0;
    for (const w of weights) total += w;
    let x = this.next() * total;
    for (let i = 0; i < weights.length; i++) {
      x -= weights[i];
      if (x < 0) return i;
    }
    return weights.length - 1;
  }
}
