import { CHURN_REASON_CODES, MAX_CHURN_REASONS, REASON_FIGURES, RISK_LEVELS } from "../analysis";
import type { ChurnReasons } from "../analysis";
import type { Comparison } from "./compare";
import type { Snapshot } from "./snapshot";

/**
 * The listed customers whose churn risk level moved into churned because they left (their first
 * churn reason now customer_left: a status, a closed date, a note, a contact's note, every
 * subscription ended; classify.ts markLeft), with that reason's figures: their row says so, in the
 * customer row's words, and that no call is planned (tester68 U409: M10249's contact
 * “搬家去外地了，以后不来了” read “2026-11-03 电话联系（店长），此后仍未购买”, as if the call had
 * failed). Kept for those customers alone, ascending (a slot per customer: service.ts agedSlot),
 * so the comparison still crosses to the JSON thread as typed arrays.
 */
export interface LeftSince {
  /** Current customer indexes, ascending. */
  customers: Int32Array;
  /** Per slot, the REASON_FIGURES figures of its customer_left reason. */
  figures: Float64Array;
}

const LEFT = CHURN_REASON_CODES.indexOf("customer_left");
const CHURNED = RISK_LEVELS.indexOf("churned");

/**
 * The customers of both runs who were not churned then and left now; undefined when none.
 *
 * @example leftSinceOf(c, prev, cur, analysis.churnReasons)?.customers // Int32Array [41]
 */
export function leftSinceOf(
  c: Pick<Comparison, "previousIndex">,
  prev: Snapshot,
  cur: Snapshot,
  reasons: ChurnReasons,
): LeftSince | undefined {
  const list: number[] = [];
  const before = prev.codes.churnRiskLevel;
  const now = cur.codes.churnRiskLevel;
  for (let i = 0; i < c.previousIndex.length; i++) {
    const j = c.previousIndex[i];
    if (j < 0 || now[i] !== CHURNED || before[j] === CHURNED) continue;
    if (reasons.codes[i * MAX_CHURN_REASONS] === LEFT) list.push(i);
  }
  if (!list.length) return undefined;
  const figures = new Float64Array(list.length * REASON_FIGURES);
  list.forEach((i, k) => {
    const from = i * MAX_CHURN_REASONS * REASON_FIGURES;
    figures.set(reasons.figures.subarray(from, from + REASON_FIGURES), k * REASON_FIGURES);
  });
  return { customers: Int32Array.from(list), figures };
}
