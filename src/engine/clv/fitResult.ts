/**
 * Outcome of a model fit that could not produce parameters. Fits never throw: a workbook with too
 * little data is an everyday situation, so callers get a code to branch on and a sentence to show.
 */

/** Why a fit produced no parameters. */
export type FitFailureCode =
  /** Fewer than two usable customers (or repeat buyers, for the spend model). */
  | "too_few_customers"
  /** Every customer's first purchase is at the end of the period: no time observed (age 0). */
  | "no_time_observed"
  /** Nobody made a repeat purchase, so purchase rates and drop-out cannot be told apart. */
  | "no_repeat_buyers"
  /** Columns of different lengths, or a non-positive penalty/option that makes no sense. */
  | "invalid_input"
  /** The optimiser did not reach finite parameters. */
  | "fit_failed";

/**
 * A fit that produced no parameters: `ok` is false, with a code and an English message. `C` narrows
 * the codes a fit can give (the spend model never gives no_time_observed).
 */
export interface FitFailure<C extends FitFailureCode = FitFailureCode> {
  ok: false;
  code: C;
  message: string;
}

/**
 * Builds a {@link FitFailure}.
 *
 * @example
 * fitFailure("too_few_customers", "Need at least 2 customers, got 1.");
 * // => { ok: false, code: "too_few_customers", message: "Need at least 2 customers, got 1." }
 */
export function fitFailure<C extends FitFailureCode>(code: C, message: string): FitFailure<C> {
  return { ok: false, code, message };
}
