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

const LEVEL_BIT = 1 << DIMENSIONS.indexOf("churnRiskLevel");
const STAGE_BIT = 1 << DIMENSIONS.indexOf("lifecycleStage");
/** Bits of the dimensions that say whether the customer is staying: lifecycle stage and churn level. */
const STAYING_BITS = STAGE_BIT | LEVEL_BIT;

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

/**
 * A churn probability move this large (a share: 5 points) the other way than the customer's call
 * makes it mixed (moveDirection). Smaller moves within a level are the model's noise from month to
 * month (its refit, a purchase leaving the window): the reason quotes them, they do not decide.
 * A constant of the comparison like RANKS, not a rule-set setting: a new setting would change every
 * rule set's hash, and the next refresh of every workbook would read "the rules changed".
 */
export const PROBABILITY_AGAINST = 0.05;

/**
 * A churn risk level that rose for a customer who bought since the previous run, her probability up
 * by less than this (a share: 10 points), is mixed, not the wrong way: the purchase is hers, the
 * few points that carried her across a level line the model's month-to-month movement (tester70
 * U602: a car-service shop's refresh listed 9 members who had just come in, 45 % → 51 %, as 变差,
 * each with a high-priority call). A rise of 10 points or more, as after a complaint, stays wrong.
 * A constant of the comparison, as PROBABILITY_AGAINST.
 */
export const BOUGHT_RISE_NOISE = 2 * PROBABILITY_AGAINST;

/** moveDirection's answers. */
export const WORSE = 1;
export const BETTER = 2;
export const MIXED = 3;

/**
 * Which way a customer moved, as the manager reads the Changes list (tester11 #9, stop 36: the list
 * filed customers by any one dimension, so 9 变差 rows had a lower churn probability and 26 变好
 * rows a higher one, and 变差 opened with 1 % → 4 % champions). One rule, in this order:
 *
 * 1. the churn risk level: higher is the wrong way, lower the right way; a lifecycle stage moved
 *    the other way (into or out of decline / churned), or a purchase since with the probability up
 *    less than BOUGHT_RISE_NOISE, makes it mixed;
 * 2. the level unchanged, the lifecycle stage: into decline or churned is the wrong way, out of
 *    them the right way;
 * 3. neither, the value measures (RFM segment, value class, tier; isWorse: a fall alone does not
 *    count when the customer bought since).
 *
 * In 2 and 3, a churn probability that moved at least PROBABILITY_AGAINST the other way makes it
 * mixed. `worse` / `better`: the per-dimension masks (bit d for DIMENSIONS[d]); `probabilityChange`:
 * now − before (NaN: unknown, decides nothing). 0: neither way (sideways or unchanged).
 *
 * @example moveDirection(0b10000, 0b01000, false, -0.04) // MIXED: risk level up, stage recovered
 * @example moveDirection(0b00001, 0, false, -0.12) // MIXED: RFM segment fell, probability 12 points lower
 * @example moveDirection(0b00001, 0, false, 0.02) // WORSE
 * @example moveDirection(0b10000, 0, true, 0.06) // MIXED: bought since, risk level up by 6 points
 */
export function moveDirection(
  worse: number,
  better: number,
  boughtSince: boolean,
  probabilityChange: number,
): number {
  const against =
    probabilityChange >= PROBABILITY_AGAINST
      ? WORSE
      : probabilityChange <= -PROBABILITY_AGAINST
        ? BETTER
        : 0;
  // Bought since, her level carried up by a few points of the model's (BOUGHT_RISE_NOISE).
  const boughtNoise = boughtSince && probabilityChange > 0 && probabilityChange < BOUGHT_RISE_NOISE;
  if (worse & LEVEL_BIT) return better & STAGE_BIT || boughtNoise ? MIXED : WORSE;
  if (better & LEVEL_BIT) return worse & STAGE_BIT ? MIXED : BETTER;
  const way =
    worse & STAGE_BIT
      ? WORSE
      : better & STAGE_BIT
        ? BETTER
        : isWorse(worse, better, boughtSince)
          ? WORSE
          : better
            ? BETTER
            : 0;
  return way !== 0 && against !== 0 && against !== way ? MIXED : way;
}

/**
 * The order of the wrong-way (and right-way) list: a churn risk level move first, then a lifecycle
 * stage move, then a value measure alone (tester11 #9: risk moves were buried among champions that
 * became loyal); 0, 1, 2. `moved`: the customer's mask the way of its list.
 *
 * @example directionGroup(0b10001) // 0: its risk level moved
 */
export function directionGroup(moved: number): number {
  return moved & LEVEL_BIT ? 0 : moved & STAGE_BIT ? 1 : 2;
}
