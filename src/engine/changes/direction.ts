import { DIMENSIONS, type Dimension } from "./snapshot";

/**
 * Which way a move is: each dimension's codes ranked from worst (low) to best (high), so a move to a
 * lower rank is "the wrong way" and a move to a higher one "the right way". Equal ranks are a move
 * sideways (e.g. New → Promising: both recent buyers). Indexes follow DIMENSION_CODES; the last
 * slot of each list is "none" (-1: a prospect without a segment).
 *
 * Choices (the issue names the examples: Champions → At risk, mature → decline, risk low → high,
 * high tier → medium): the 8-class model ranks by M, then R, then F (M·4 + R·2 + F), so 重要价值
 * → 重要挽留 is a drop; a churned stage or level is the worst of its list.
 *
 * Lifecycle stages are not a value scale. The active stages (new, growth, mature, won back) follow
 * a customer's age and purchase trend (lifecycle/stage.ts: growth is young or buying clearly more,
 * mature is established with no trend), so a move among them is sideways: mature → growth means
 * purchases rose, growth → mature that a young customer settled, neither a loss to call about.
 * Only a move into decline or churned (or decline → churned) is the wrong way, and leaving them
 * (recovered, won back) or a prospect's first purchase is the right way.
 *
 * A prospect has no churn risk because it has nothing to lose yet, not because it is safe: its first
 * risk level after a first purchase is not a move either way (a stop 23 trial: 13 of 98 customers
 * "worse" were prospects who had just bought, and each got a call). Such codes rank UNRATED: a move
 * from or to them is sideways, and the lifecycle stage (prospect → new) records the purchase.
 */
export const UNRATED = -1;

const RANKS: Record<Dimension, number[]> = {
  // champions, loyal, potential_loyalist, new, promising, need_attention, about_to_sleep, at_risk,
  // cant_lose, hibernating, lost | none
  rfmSegment: [10, 9, 8, 6, 6, 5, 4, 3, 3, 2, 1, 0],
  // important_value, _development, _retention, _winback, general_value, _development, _retention,
  // _winback | none
  valueClass: [8, 7, 6, 5, 4, 3, 2, 1, 0],
  // high, medium, low | none
  valueTier: [3, 2, 1, 0],
  // prospect, new, growth, mature, decline, churned, won_back | none
  lifecycleStage: [2, 3, 3, 3, 1, 0, 3, 2],
  // high, medium, low, churned, prospect (never bought: no risk yet) | none
  churnRiskLevel: [1, 2, 3, 0, UNRATED, UNRATED],
};

/**
 * The rank of code index `k` (-1 = none) of a dimension with `codeCount` codes.
 *
 * @example rankOf("valueTier", 0, 3) > rankOf("valueTier", 1, 3) // true: high is above medium
 */
export function rankOf(d: Dimension, k: number, codeCount: number): number {
  const ranks = RANKS[d];
  if (k < 0 || k >= codeCount) return ranks[ranks.length - 1];
  return ranks[k] ?? 0;
}

/** Rank tables as typed arrays for the hot loop: slot k+1 for code k, slot 0 for none. */
export function rankTable(d: Dimension, codeCount: number): Int8Array {
  const t = new Int8Array(codeCount + 1);
  t[0] = rankOf(d, -1, codeCount);
  for (let k = 0; k < codeCount; k++) t[k + 1] = rankOf(d, k, codeCount);
  return t;
}

/** Bits of the dimensions that say whether the customer is staying: lifecycle stage and churn level. */
const STAYING_BITS =
  (1 << DIMENSIONS.indexOf("lifecycleStage")) | (1 << DIMENSIONS.indexOf("churnRiskLevel"));

/**
 * Whether a customer's moves since the previous run, as per-dimension bit masks (bit d for
 * DIMENSIONS[d]), add up to "the wrong way". A move of the lifecycle stage or the churn level the
 * wrong way always does. The value dimensions (RFM segment, value class, tier) are measured over a
 * rolling window and by quantiles, so they can fall while the customer is buying as before: old
 * purchases leave the window, or others bought more. Stop 25 trial: 1000061 bought on 12-09 after 14
 * months (risk 91 % → 26 %, decline → won back) and was listed "worse" with a high-priority call
 * because its tier fell from medium to low; 1001237, buying every ~5 days, because its RFM segment
 * moved (top of that run's list: 1000348, 735k a year, bought on 12-07, champions → loyal, 2 % → 4 %).
 * So a fall of a value measure alone is not "worse" when the customer bought since the previous run
 * (its churn level did not rise: that would be a wrong way of its own) or its stage or churn level
 * moved the right way. The value move still shows in its dimension's matrix and reason.
 *
 * @example isWorse(0b00100, 0b10000, false) // false: tier fell, churn level improved
 * @example isWorse(0b00100, 0, true) // false: tier fell, but the customer bought since
 * @example isWorse(0b00100, 0, false) // true: tier fell, nothing improved, no purchase
 */
export function isWorse(worse: number, better: number, boughtSince: boolean): boolean {
  if (worse === 0) return false;
  if (worse & STAYING_BITS) return true;
  if (boughtSince) return false;
  return (better & STAYING_BITS) === 0;
}
