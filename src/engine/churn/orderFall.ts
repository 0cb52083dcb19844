import { CHURN_FEATURES, type Snapshot } from "./features";
import { regularity } from "./ownRhythm";

/** The spend trend's column: falling orders are weighed and said as the spend falling. */
const SPEND_TREND = CHURN_FEATURES.indexOf("spendTrend");

/**
 * Log-odds per unit of log(usual order ÷ recent orders' mean), for a wholly regular buyer (Delta:
 * 3 × 0.81 × log(6,000 ÷ 3,167) = +1.55, 23 → 58 %, low → medium). Measured with the default
 * weights forced (AUC, no purchase in 90 days; against the known truth for the periodic data,
 * whose "shrinks" customers' orders fall to a third over the year before they stop): periodic
 * 2025-04-01 truth 0.8876 → 0.8931 (weight 1), 0.8971 (2), 0.8998 (3); 2024-12-31 0.8356 →
 * 0.8409, 0.8445, 0.8470; CDNOW 1997-09-30 / 1998-01-31, generated and the zh sample unchanged to
 * four places at each (there the orders that fall are of buyers at no rhythm of their own). Not
 * scaled by the regularity, the zh sample fell 0.8466 → 0.8449 (1), 0.8430 (2): its 11 customers
 * whose orders fell bought again (9 % did not). At 3 the periodic fallers are stated 67 % against
 * 77 % observed (93 % gone; 55 % against 69 % as of 2024-12-31), and no regular buyer is listed
 * more (27, was 28).
 */
const FALL_WEIGHT = 3;

/**
 * How much customer c's falling orders (aggregate/orderFall.ts) weigh: log(usual ÷ recent mean)
 * × its regularity (ownRhythm.ts: a steady buyer on its own rhythm), 0 when its orders do not fall
 * or it buys at no rhythm of its own.
 *
 * @example orderFallOf(snapshot, c) // 0.52: Delta, 6,000 usually, 3,167 of late, regularity 0.81
 */
export function orderFallOf(s: Snapshot, c: number): number {
  const usual = s.fallUsual ? s.fallUsual[c] : NaN;
  if (!(usual > 0)) return 0;
  const rho = regularity(s, c);
  return rho > 0 ? rho * Math.log(usual / s.fallRecent![c]) : 0;
}

/**
 * Falling orders: FALL_WEIGHT × orderFallOf joins the spend trend's contribution and the log-odds
 * (without `contributions`: the log-odds alone, a learning set's fixed log-odds in churn/learn.ts).
 */
export function blendOrderFall(
  s: Snapshot,
  rows: Int32Array,
  eta: Float64Array,
  contributions?: Float64Array,
): void {
  if (!s.fallUsual) return;
  const n = rows.length;
  for (let i = 0; i < n; i++) {
    const add = FALL_WEIGHT * orderFallOf(s, rows[i]);
    if (add === 0) continue;
    if (contributions) contributions[SPEND_TREND * n + i] += add;
    eta[i] += add;
  }
}
