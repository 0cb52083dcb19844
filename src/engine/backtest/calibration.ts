/**
 * Whether a stated probability means what it says (stop 29, "a label is a prediction: measure
 * it"): the Brier score and a reliability table of the backtest's churn risk. AUC says whether
 * the risk ranks customers; these say whether "80%" was 80%.
 */

/** One band of stated probability: its customers, their mean stated probability and observed rate. */
export interface ReliabilityBin {
  /** The band [from, to) of stated probability (the last band includes 1). */
  from: number;
  to: number;
  customers: number;
  statedProbability: number | null;
  observedRate: number | null;
}

/** Brier scores: the stated probabilities', and stating one rate for everyone's (the reference to beat). */
export interface BrierScores {
  churnRisk: number | null;
  /** Everyone given the no-purchase rate of the customers learned from (what a model without features says). */
  baseRate: number | null;
}

export const RELIABILITY_BINS = 10;

/**
 * Mean squared difference between the stated probability and the outcome (1 = did not buy): 0 is
 * perfect; 0.25 is stating 50% for everyone. NaN without customers.
 *
 * @example brierScore(Float64Array.of(0.9, 0.2), Uint8Array.of(1, 0)) // (0.01 + 0.04) / 2 = 0.025
 */
export function brierScore(p: ArrayLike<number>, y: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < p.length; i++) s += (p[i] - y[i]) ** 2;
  return p.length > 0 ? s / p.length : NaN;
}

/** Brier score of stating `rate` for every customer. @example constantBrier(0.5, Uint8Array.of(1, 0)) // 0.25 */
export function constantBrier(rate: number, y: ArrayLike<number>): number {
  let positives = 0;
  for (let i = 0; i < y.length; i++) positives += y[i];
  const n = y.length;
  return n > 0 ? (positives * (1 - rate) ** 2 + (n - positives) * rate ** 2) / n : NaN;
}

/**
 * The reliability table: customers in 10 equal bands of stated probability (0–10%, …, 90–100%),
 * each band's mean stated probability against the share that did not buy. Every band is listed
 * (an empty one with 0 customers and nulls), so tables of two runs line up.
 *
 * @example reliabilityTable(Float64Array.of(0.95, 0.05), Uint8Array.of(1, 0))[9].observedRate // 1
 */
export function reliabilityTable(p: ArrayLike<number>, y: ArrayLike<number>): ReliabilityBin[] {
  const count = new Float64Array(RELIABILITY_BINS);
  const stated = new Float64Array(RELIABILITY_BINS);
  const observed = new Float64Array(RELIABILITY_BINS);
  for (let i = 0; i < p.length; i++) {
    const b = Math.min(RELIABILITY_BINS - 1, Math.max(0, Math.floor(p[i] * RELIABILITY_BINS)));
    count[b]++;
    stated[b] += p[i];
    observed[b] += y[i];
  }
  return Array.from(count, (customers, b) => ({
    from: b / RELIABILITY_BINS,
    to: (b + 1) / RELIABILITY_BINS,
    customers,
    statedProbability: customers > 0 ? stated[b] / customers : null,
    observedRate: customers > 0 ? observed[b] / customers : null,
  }));
}
