/**
 * Gauss hypergeometric function 2F1(a, b; c; z) for real arguments and z ≤ 1.
 *
 * The BG/NBD expectations need it for z = t/(α+T+t) anywhere in [0, 1), often with large
 * parameters (a customer with thousands of purchases). Plain summation overflows or needs
 * thousands of terms there, so the evaluation:
 * - sums the power series with a running scale (log space), so huge values do not overflow;
 * - uses Pfaff's transformation for z < 0 and Euler's when it shortens the series;
 * - switches to the connection formula in 1 − z when z is near 1, with Richardson
 *   extrapolation in c when c − a − b is (close to) an integer, where that formula has poles.
 */

import { gammaSign, logGamma } from "./special";

/** A number stored as value · e^logScale, so that huge or tiny results do not overflow. */
interface Scaled {
  value: number;
  logScale: number;
}

const SERIES_EPSILON = 1e-17;
const RESCALE_EXPONENT = 600;
const RESCALE_UP = Math.pow(2, RESCALE_EXPONENT);
const RESCALE_DOWN = Math.pow(2, -RESCALE_EXPONENT);
const RESCALE_LOG = RESCALE_EXPONENT * Math.LN2;
// Step in c for the extrapolation where c − a − b is near an integer; see nearOne().
const RICHARDSON_STEP = 3e-3;
const MAX_TERMS = 1_000_000;

function isNonPositiveInteger(x: number): boolean {
  return x <= 0 && Number.isInteger(x);
}

function scaledNaN(): Scaled {
  return { value: NaN, logScale: 0 };
}

/** Adds two scaled numbers. */
function addScaled(x: Scaled, y: Scaled): Scaled {
  if (x.value === 0) return y;
  if (y.value === 0) return x;
  if (x.logScale >= y.logScale) {
    return { value: x.value + y.value * Math.exp(y.logScale - x.logScale), logScale: x.logScale };
  }
  return { value: y.value + x.value * Math.exp(x.logScale - y.logScale), logScale: y.logScale };
}

/**
 * Power series Σ (a)_n (b)_n / ((c)_n n!) zⁿ with a running scale. Returns null when it has not
 * converged within maxTerms (the caller then transforms); polynomials always finish.
 */
function powerSeries(a: number, b: number, c: number, z: number, maxTerms: number): Scaled | null {
  let sum = 1;
  let term = 1;
  let logScale = 0;
  const absZ = Math.abs(z);
  // Stopping is only safe once every Pochhammer factor has passed its sign changes.
  const settled = Math.max(-a, -b, -c, 0) + 1;
  let ratio = ((a * b) / c) * z;
  for (let n = 1; n <= maxTerms; n++) {
    term *= ratio;
    sum += term;
    if (term === 0) return { value: sum, logScale };
    if (!Number.isFinite(sum)) return null;
    if (Math.abs(sum) > RESCALE_UP) {
      sum *= RESCALE_DOWN;
      term *= RESCALE_DOWN;
      logScale += RESCALE_LOG;
    }
    // Ratio of the next term to this one; also bounds the tail below.
    ratio = (((a + n) * (b + n)) / ((c + n) * (n + 1))) * z;
    if (n >= settled) {
      const rho = Math.max(Math.abs(ratio), absZ);
      // Once ratios stay below rho < 1 the tail is at most |term| · rho / (1 − rho).
      if (rho < 1 && Math.abs(term) * rho <= SERIES_EPSILON * (1 - rho) * Math.abs(sum)) {
        return { value: sum, logScale };
      }
    }
  }
  return null;
}

/** log|Γ(x)| and its sign as a pair, with 1/Γ at a pole giving sign 0. */
function gammaTerms(numerator: number[], denominator: number[]): Scaled {
  let sign = 1;
  let log = 0;
  for (const x of numerator) {
    const s = gammaSign(x);
    if (s === 0) return { value: NaN, logScale: 0 };
    sign *= s;
    log += logGamma(x);
  }
  for (const x of denominator) {
    const s = gammaSign(x);
    if (s === 0) return { value: 0, logScale: 0 };
    sign *= s;
    log -= logGamma(x);
  }
  return { value: sign, logScale: log };
}

function multiply(x: Scaled, y: Scaled): Scaled {
  return { value: x.value * y.value, logScale: x.logScale + y.logScale };
}

/**
 * Connection formula (Abramowitz & Stegun 15.3.6), valid when c − a − b is not an integer:
 * 2F1(a,b;c;z) = Γ(c)Γ(s)/(Γ(c−a)Γ(c−b)) 2F1(a,b;1−s;1−z)
 *              + (1−z)^s Γ(c)Γ(−s)/(Γ(a)Γ(b)) 2F1(c−a,c−b;1+s;1−z),  s = c − a − b.
 */
// The gamma-function factors depend on a, b, c only; callers such as a CLV over 12 monthly
// horizons evaluate the same parameters at many z in a row, so keep the last ones.
const lastFactors = { a: NaN, b: NaN, c: NaN, first: scaledNaN(), second: scaledNaN() };

function connection(a: number, b: number, c: number, z: number): Scaled {
  const s = c - a - b;
  const w = 1 - z;
  if (lastFactors.a !== a || lastFactors.b !== b || lastFactors.c !== c) {
    lastFactors.first = gammaTerms([c, s], [c - a, c - b]);
    lastFactors.second = gammaTerms([c, -s], [a, b]);
    lastFactors.a = a;
    lastFactors.b = b;
    lastFactors.c = c;
  }
  const { first, second } = lastFactors;
  let result: Scaled = { value: 0, logScale: 0 };
  if (first.value !== 0) {
    const series = powerSeries(a, b, 1 - s, w, MAX_TERMS);
    if (series === null) return scaledNaN();
    result = addScaled(result, multiply(first, series));
  }
  if (second.value !== 0) {
    const series = powerSeries(c - a, c - b, 1 + s, w, MAX_TERMS);
    if (series === null) return scaledNaN();
    const factor = { value: second.value, logScale: second.logScale + s * Math.log(w) };
    result = addScaled(result, multiply(factor, series));
  }
  return result;
}

/** Value of a scaled number relative to a common scale (for the extrapolation below). */
function at(x: Scaled, logScale: number): number {
  return x.value * Math.exp(x.logScale - logScale);
}

/** Near 1: the connection formula, extrapolated in c where it is singular (s ≈ integer). */
function nearOne(a: number, b: number, c: number, z: number): Scaled {
  const s = c - a - b;
  // c enters through (1−z)^s, so derivatives in c grow like |log(1−z)|^k: shrink the step so the
  // h⁴ error stays ~1e-12, and use the plain formula when s is at least h/2 from an integer
  // (its cancellation error is about 1e-16 / distance).
  const h = Math.min(RICHARDSON_STEP, 4e-3 / Math.abs(Math.log1p(-z)));
  if (Math.abs(s - Math.round(s)) >= h / 2) return connection(a, b, c, z);
  // 2F1 is analytic in c; symmetric differences cancel odd orders and Richardson the h² term.
  const plus1 = connection(a, b, c + h, z);
  const minus1 = connection(a, b, c - h, z);
  const plus2 = connection(a, b, c + 2 * h, z);
  const minus2 = connection(a, b, c - 2 * h, z);
  const scale = plus1.logScale;
  const near = 0.5 * (at(plus1, scale) + at(minus1, scale));
  const far = 0.5 * (at(plus2, scale) + at(minus2, scale));
  return { value: (4 * near - far) / 3, logScale: scale };
}

/** 0 < z < 1. */
function positiveZ(a: number, b: number, c: number, z: number): Scaled {
  const s = c - a - b;
  // Euler: 2F1(a,b;c;z) = (1−z)^s 2F1(c−a,c−b;c;z). Use it when that series terminates or is
  // shorter (smaller numerator parameters); large c with small c−a, c−b is the BG/NBD case.
  const eulerTerminates = isNonPositiveInteger(c - a) || isNonPositiveInteger(c - b);
  if (eulerTerminates || Math.abs(c - a) * Math.abs(c - b) < Math.abs(a) * Math.abs(b)) {
    const inner = eulerTerminates
      ? powerSeries(c - a, c - b, c, z, MAX_TERMS)
      : positiveZ(c - a, c - b, c, z);
    if (inner === null) return scaledNaN();
    return { value: inner.value, logScale: inner.logScale + s * Math.log1p(-z) };
  }
  if (z <= 0.5) return powerSeries(a, b, c, z, MAX_TERMS) ?? scaledNaN();
  // With large parameters (after Euler: large c, as for frequent buyers) the series near 1 is
  // still short and the 1 − z formula would cancel badly; with small ones it needs ~40/−log z
  // terms, so transform straight away.
  if (Math.max(Math.abs(a), Math.abs(b), Math.abs(c)) < 40) {
    // The 1 − z formula's two terms cancel where c − a − b is far from 0 with a, b near 10
    // (77,413 for 21.10, so expected purchases below zero: stop 51's property sweep). With a, b,
    // c > 0 every term of the series is positive (no cancellation): summed up to z = 0.9 (~400
    // terms at most for small parameters), and beyond where the formula's result is impossible.
    const positive = a > 0 && b > 0 && c > 0;
    if (positive && z <= 0.9) return powerSeries(a, b, c, z, 20_000) ?? nearOne(a, b, c, z);
    const near = nearOne(a, b, c, z);
    if (positive && !withinBounds(near, a, b, c, z)) return powerSeries(a, b, c, z, 20_000) ?? near;
    return near;
  }
  return powerSeries(a, b, c, z, 20_000) ?? nearOne(a, b, c, z);
}

/**
 * Whether x can be 2F1(a, b; c; z) for a, b, c > 0 and 0 < z < 1: every term of the series is
 * positive, so the value is at least its first two, and it grows with z, to Gauss's value at 1
 * where c > a + b (a relative slack for rounding).
 */
function withinBounds(x: Scaled, a: number, b: number, c: number, z: number): boolean {
  if (!(x.value > 0)) return false;
  const log = Math.log(x.value) + x.logScale;
  if (!(log >= Math.log1p((a * b * z) / c) - 1e-9)) return false;
  const s = c - a - b;
  if (!(s > 0)) return true;
  const gauss = gammaTerms([c, s], [c - a, c - b]);
  return log <= Math.log(gauss.value) + gauss.logScale + 1e-9;
}

function evaluate(a: number, b: number, c: number, z: number): Scaled {
  if (Number.isNaN(a) || Number.isNaN(b) || Number.isNaN(c) || Number.isNaN(z) || z > 1) {
    return scaledNaN();
  }
  const polynomial = isNonPositiveInteger(a) || isNonPositiveInteger(b);
  if (isNonPositiveInteger(c)) {
    // Defined only if the series stops before (c)_n reaches zero.
    const stopsFirst = (isNonPositiveInteger(a) && a > c) || (isNonPositiveInteger(b) && b > c);
    if (!stopsFirst) return scaledNaN();
  }
  if (z === 0 || a === 0 || b === 0) return { value: 1, logScale: 0 };
  if (polynomial) return powerSeries(a, b, c, z, MAX_TERMS) ?? scaledNaN();
  if (z === 1) {
    const s = c - a - b;
    if (s <= 0) return { value: Infinity, logScale: 0 };
    return gammaTerms([c, s], [c - a, c - b]); // Gauss's theorem
  }
  if (z < 0) {
    // Pfaff: 2F1(a,b;c;z) = (1−z)^(−a) 2F1(a,c−b;c;z/(z−1)), and the same with a, b swapped.
    const w = z / (z - 1);
    const useA =
      isNonPositiveInteger(c - b) ||
      (!isNonPositiveInteger(c - a) && Math.abs(a * (c - b)) <= Math.abs(b * (c - a)));
    const inner = useA ? evaluate(a, c - b, c, w) : evaluate(c - a, b, c, w);
    const power = useA ? a : b;
    return { value: inner.value, logScale: inner.logScale - power * Math.log1p(-z) };
  }
  return positiveZ(a, b, c, z);
}

/**
 * Gauss hypergeometric function 2F1(a, b; c; z) for real a, b, c and z ≤ 1.
 * Returns NaN for z > 1 (complex there) or c a pole, Infinity when the value overflows.
 *
 * @example
 * hyp2f1(1, 1, 2, 0.5); // => -Math.log(1 - 0.5) / 0.5 ≈ 1.3863
 * hyp2f1(0.5, 0.5, 1.5, 0.25); // => Math.asin(0.5) / 0.5 ≈ 1.0472
 */
export function hyp2f1(a: number, b: number, c: number, z: number): number {
  const r = evaluate(a, b, c, z);
  if (r.value === 0 || !Number.isFinite(r.value)) return r.value;
  return r.value * Math.exp(r.logScale);
}

/**
 * 2F1(a, b; c; z) as log|value| and sign, for values beyond the double range.
 *
 * @example
 * logHyp2f1(5000, 5000, 5000, 0.5); // => { log: 5000 * Math.LN2, sign: 1 } (2F1 = 2^5000)
 */
export function logHyp2f1(
  a: number,
  b: number,
  c: number,
  z: number,
): { log: number; sign: number } {
  const r = evaluate(a, b, c, z);
  if (Number.isNaN(r.value)) return { log: NaN, sign: NaN };
  if (r.value === 0) return { log: -Infinity, sign: 0 };
  return { log: Math.log(Math.abs(r.value)) + r.logScale, sign: Math.sign(r.value) };
}
