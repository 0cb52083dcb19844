import { MAX_CHURN_REASONS, REASON_FIGURES, type ChurnReasons } from "../analysis";
import { boughtSince, MOVES, type Comparison } from "./compare";
import type { Snapshot } from "./snapshot";

/**
 * The customers listed as mixed (有升有降) who bought since the previous run and whose churn
 * probability nevertheless rose, with this run's churn reasons (the At-risk tab's: the features
 * that add most to the risk now, with the customer's own figures): their row says why the risk
 * rose (stop 44: "购买天数 1 → 2，最近购买 2025-11-29 → 2025-12-07，流失概率 22% → 36%" gave no
 * cause). Kept for those customers alone, ascending (a slot per customer: service.ts agedSlot),
 * as codes and figures, so the comparison still crosses to the JSON thread as typed arrays.
 */
export interface RiskRose {
  /** Current customer indexes, ascending. */
  customers: Int32Array;
  /** Per slot, MAX_CHURN_REASONS codes (analysis.ts ChurnReasons: -1 none). */
  codes: Int8Array;
  /** Per slot, MAX_CHURN_REASONS × REASON_FIGURES figures. */
  figures: Float64Array;
}

const MIXED = MOVES.indexOf("mixed");

/**
 * The mixed customers who bought since and whose probability rose, with their churn reasons now;
 * undefined when none.
 *
 * @example riskRoseOf(c, prev, cur, analysis.churnReasons)?.customers // Int32Array [17, 403]
 */
export function riskRoseOf(
  c: Comparison,
  prev: Snapshot,
  cur: Snapshot,
  reasons: ChurnReasons,
): RiskRose | undefined {
  const list: number[] = [];
  for (let i = 0; i < c.move.length; i++) {
    if (c.move[i] !== MIXED) continue;
    const j = c.previousIndex[i];
    if (j < 0 || !boughtSince(prev, cur, j, i)) continue;
    if (cur.churnProbability[i] > prev.churnProbability[j]) list.push(i);
  }
  if (!list.length) return undefined;
  const codes = new Int8Array(list.length * MAX_CHURN_REASONS);
  const figures = new Float64Array(list.length * MAX_CHURN_REASONS * REASON_FIGURES);
  list.forEach((i, k) => {
    const from = i * MAX_CHURN_REASONS;
    codes.set(reasons.codes.subarray(from, from + MAX_CHURN_REASONS), k * MAX_CHURN_REASONS);
    figures.set(
      reasons.figures.subarray(from * REASON_FIGURES, (from + MAX_CHURN_REASONS) * REASON_FIGURES),
      k * MAX_CHURN_REASONS * REASON_FIGURES,
    );
  });
  return { customers: Int32Array.from(list), codes, figures };
}
