/**
 * When will a customer buy next? Conditional predictions shared by the BG/NBD and the MBG/NBD.
 *
 * In both models a customer drops out only right after a purchase (MBG/NBD: also right after the
 * first one), so a customer who is alive at the end of the observation period T stays alive until
 * their next purchase. Given alive at T, their purchase rate λ has the posterior Gamma(r + x, α + T)
 * (the likelihood of the "alive" branch is λˣ e^(−λT), times a factor in p only), hence
 *
 *   P(no purchase in (T, T + t] | alive) = E[e^(−λt)] = ((α + T) / (α + T + t))^(r + x)
 *
 * and, with P(alive) from the model (the one place the two models differ),
 *
 *   P(no purchase in (T, T + t]) = 1 − P(alive) + P(alive) · ((α + T) / (α + T + t))^(r + x).
 *
 * A dead customer never buys again, so P(at least one purchase) approaches P(alive) and never
 * exceeds it: the median time to the next purchase exists only when P(alive) > 1/2.
 */

/**
 * Probability of no purchase in the next `horizon` time units for a customer with `frequency`
 * repeat purchases, age T and probability `pAlive` of being alive at T, under purchase-rate
 * parameters r, α. NaN when an input is not a number.
 *
 * @example
 * // CDNOW BG/NBD, a one-time buyer of 38.86 weeks (P(alive) = 1 in the BG/NBD), next 13 weeks:
 * probabilityOfNoPurchase(1, 0.242593, 4.413532, 0, 38.86, 13); // => ≈ 0.9383
 */
export function probabilityOfNoPurchase(
  pAlive: number,
  r: number,
  alpha: number,
  frequency: number,
  age: number,
  horizon: number,
): number {
  if (!(horizon >= 0) || !(pAlive >= 0 && pAlive <= 1)) return NaN;
  // log((α+T)/(α+T+t)) = −log1p(t/(α+T)): exact for small t.
  const stay = Math.exp(-(r + frequency) * Math.log1p(horizon / (alpha + age)));
  if (!Number.isFinite(stay)) return NaN;
  return 1 - pAlive + pAlive * stay;
}

/**
 * The median time to the next purchase, in model time units after T: the t at which
 * P(at least one purchase in (T, T + t]) reaches 1/2. Solving P(alive)·(1 − ((α+T)/(α+T+t))^(r+x))
 * = 1/2 gives t = (α + T)·((1 − 1/(2·P(alive)))^(−1/(r+x)) − 1). Infinity when P(alive) ≤ 1/2
 * (the probability never reaches 1/2); NaN for invalid inputs.
 *
 * @example
 * medianTimeToNextPurchase(0.9, 2.24, 4.41, 2, 38.86); // => ≈ 9.12 (weeks)
 */
export function medianTimeToNextPurchase(
  pAlive: number,
  r: number,
  alpha: number,
  frequency: number,
  age: number,
): number {
  if (!(pAlive >= 0 && pAlive <= 1) || !(alpha + age > 0)) return NaN;
  if (pAlive <= 0.5) return Infinity;
  const notYet = 1 - 0.5 / pAlive; // the "alive" part must fall to this
  return (alpha + age) * Math.expm1(-Math.log(notYet) / (r + frequency));
}
