/**
 * Special functions the customer-base models need: log-gamma (with sign) and digamma.
 * JavaScript has no Math.lgamma, and the likelihoods need both at full double precision.
 */

const HALF_LOG_TWO_PI = 0.5 * Math.log(2 * Math.PI);

// Lanczos approximation, g = 7, n = 9: about 15 significant digits for x >= 0.5.
const LANCZOS_G = 7;
const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
  -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6,
  1.5056327351493116e-7,
];

/** sin(πx) with exact zeros at integers (Math.sin(Math.PI * n) is not exactly 0). */
function sinPi(x: number): number {
  let y = x % 2; // (-2, 2)
  if (y < -1) y += 2;
  else if (y > 1) y -= 2; // now in [-1, 1]
  if (y === 0 || y === 1 || y === -1) return 0;
  if (y > 0.5) y = 1 - y;
  else if (y < -0.5) y = -1 - y;
  return Math.sin(Math.PI * y);
}

function lgammaPositive(x: number): number {
  if (x >= 20) {
    // Stirling series: cheaper and more accurate than Lanczos for large x.
    const inv = 1 / x;
    const inv2 = inv * inv;
    const series =
      inv * (1 / 12 - inv2 * (1 / 360 - inv2 * (1 / 1260 - inv2 * (1 / 1680 - inv2 / 1188))));
    return (x - 0.5) * Math.log(x) - x + HALF_LOG_TWO_PI + series;
  }
  if (x === 1 || x === 2) return 0;
  const y = x - 1;
  let sum = LANCZOS[0];
  for (let i = 1; i < LANCZOS.length; i++) sum += LANCZOS[i] / (y + i);
  const t = y + LANCZOS_G + 0.5;
  return HALF_LOG_TWO_PI + (y + 0.5) * Math.log(t) - t + Math.log(sum);
}

/**
 * Natural log of |Γ(x)|. Returns Infinity at the poles (0, −1, −2, …).
 *
 * @example
 * logGamma(5); // => log(24) ≈ 3.1781
 */
export function logGamma(x: number): number {
  if (Number.isNaN(x)) return NaN;
  if (x >= 0.5) return lgammaPositive(x);
  const s = sinPi(x);
  if (s === 0) return Infinity;
  // Reflection: Γ(x)Γ(1−x) = π / sin(πx).
  return Math.log(Math.PI / Math.abs(s)) - lgammaPositive(1 - x);
}

/**
 * Sign of Γ(x): +1 or −1, and 0 at the poles (where 1/Γ(x) = 0).
 *
 * @example
 * gammaSign(-0.5); // => -1 (Γ(−0.5) = −2√π)
 */
export function gammaSign(x: number): number {
  if (x > 0) return 1;
  const s = sinPi(x);
  if (s === 0) return 0;
  // For x < 0, Γ(x) = π / (sin(πx) Γ(1 − x)) and Γ(1 − x) > 0.
  return s > 0 ? 1 : -1;
}

/**
 * Natural log of the beta function B(a, b) = Γ(a)Γ(b)/Γ(a+b), for a, b > 0.
 *
 * @example
 * logBeta(2, 3); // => log(1/12) ≈ -2.4849
 */
export function logBeta(a: number, b: number): number {
  return logGamma(a) + logGamma(b) - logGamma(a + b);
}

/**
 * Digamma function ψ(x) = d/dx log Γ(x). NaN at the poles.
 *
 * @example
 * digamma(1); // => -0.5772156649 (minus the Euler–Mascheroni constant)
 */
export function digamma(x: number): number {
  if (Number.isNaN(x)) return NaN;
  if (x <= 0) {
    const s = sinPi(x);
    if (s === 0) return NaN;
    // Reflection: ψ(1 − x) − ψ(x) = π cot(πx).
    return digamma(1 - x) - (Math.PI * Math.cos(Math.PI * x)) / s;
  }
  let acc = 0;
  while (x < 10) {
    acc -= 1 / x;
    x += 1;
  }
  const inv = 1 / x;
  const inv2 = inv * inv;
  return (
    acc +
    Math.log(x) -
    0.5 * inv -
    inv2 *
      (1 / 12 -
        inv2 *
          (1 / 120 - inv2 * (1 / 252 - inv2 * (1 / 240 - inv2 * (1 / 132 - (691 / 32760) * inv2)))))
  );
}

/**
 * log(exp(u) + exp(v)) without overflow.
 *
 * @example
 * logAddExp(1000, 1000); // => 1000 + log(2)
 */
export function logAddExp(u: number, v: number): number {
  if (u === -Infinity) return v;
  if (v === -Infinity) return u;
  return u > v ? u + Math.log1p(Math.exp(v - u)) : v + Math.log1p(Math.exp(u - v));
}
