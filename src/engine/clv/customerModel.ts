import type { Dataset } from "../model";
import type { ModelRules } from "../rules/model";
import { fitBgNbd, scoreBgNbd, type BgNbdFit } from "./bgnbd";
import { customerLifetimeValue } from "./clv";
import { fitGammaGamma, type GammaGammaFit } from "./gammaGamma";
import { summariseGroupsForModel } from "./summary";
import type { CustomerSummary } from "../aggregate/customerSummary";

/** Why a customer has no model figures: stable codes for the JSON `modelNote`. */
export const MODEL_NOTES = [
  "no_purchase",
  "model_disabled",
  "model_not_fitted",
  "spend_model_not_fitted",
] as const;
export type ModelNote = (typeof MODEL_NOTES)[number];

/**
 * The fitted customer-base model and its per-customer predictions: P(alive) at the analysis date,
 * expected purchases over the rule set's horizon, and lifetime value over its months. NaN where the
 * model does not apply, with `note` saying why (index into MODEL_NOTES, -1 when it applies).
 */
export interface CustomerModel {
  bgnbd: BgNbdFit | null;
  gammaGamma: GammaGammaFit | null;
  /** Why the model, or its spend part, was not fitted (English; null when both were). */
  fitNote: string | null;
  timeUnitDays: number;
  purchaseHorizonDays: number;
  clvHorizonMonths: number;
  pAlive: Float64Array;
  expectedPurchases: Float64Array;
  clv: Float64Array;
  note: Int8Array;
}

const NOTE = (code: ModelNote) => MODEL_NOTES.indexOf(code);

/**
 * Fits BG/NBD on every buyer's repeat-purchase summary (distinct purchase days, in the rule set's
 * time unit, up to the analysis date) and Gamma-Gamma on repeat buyers' average spend, then scores
 * every customer. Too little data or a failed fit never stops the analysis: the figures are NaN and
 * `fitNote` says why.
 *
 * The purchase summary is read from the customer summary's model measures (one pass over the
 * transactions, aggregate/customerSummary.ts); `asOf` must be the date it was measured for.
 *
 * @example
 * const rules = defaultRules();
 * const m = fitCustomerModel(dataset, summariseCustomers(dataset, rules), dataset.asOf, rules.model);
 * m.pAlive[0]
 */
export function fitCustomerModel(
  dataset: Dataset,
  purchases: CustomerSummary,
  asOf: number,
  rules: ModelRules,
): CustomerModel {
  const n = dataset.customers.count;
  const model: CustomerModel = {
    bgnbd: null,
    gammaGamma: null,
    fitNote: null,
    timeUnitDays: rules.timeUnitDays,
    purchaseHorizonDays: rules.purchaseHorizonDays,
    clvHorizonMonths: rules.clvHorizonMonths,
    pAlive: new Float64Array(n).fill(NaN),
    expectedPurchases: new Float64Array(n).fill(NaN),
    clv: new Float64Array(n).fill(NaN),
    note: new Int8Array(n).fill(NOTE("model_disabled")),
  };
  if (!rules.enabled) {
    model.fitNote = "The model is switched off in the rule set (model.enabled).";
    return model;
  }
  // Returns are not purchases: the model counts purchase days and the spend on them, read from
  // the customer summary's model measures (no transaction is read again).
  const summary = summariseGroupsForModel(dataset, purchases, {
    asOfDay: asOf,
    timeUnitDays: rules.timeUnitDays,
  });
  let buyers = 0;
  for (let c = 0; c < n; c++) {
    if (summary.hasPurchase[c]) buyers++;
    else model.note[c] = NOTE("no_purchase");
  }
  const notFitted = (why: string) => {
    model.fitNote = why;
    for (let c = 0; c < n; c++)
      if (summary.hasPurchase[c]) model.note[c] = NOTE("model_not_fitted");
    return model;
  };
  if (buyers < rules.minCustomers) {
    return notFitted(
      `Only ${buyers} customers have bought; the model needs at least ${rules.minCustomers} (model.minCustomers).`,
    );
  }
  const fit = fitBgNbd(summary, { penalty: rules.penalty });
  if (!fit.ok) return notFitted(fit.message);
  model.bgnbd = fit;
  const horizon = rules.purchaseHorizonDays / rules.timeUnitDays;
  const scores = scoreBgNbd(fit, summary, horizon);
  model.pAlive = scores.pAlive;
  model.expectedPurchases = scores.expectedPurchases;
  for (let c = 0; c < n; c++) if (summary.hasPurchase[c]) model.note[c] = -1;
  const spend = fitGammaGamma(
    { frequency: summary.frequency, averageSpend: summary.averageSpend },
    { penalty: rules.penalty },
  );
  if (!spend.ok) {
    model.fitNote = `Lifetime value not computed: ${spend.message}`;
    for (let c = 0; c < n; c++)
      if (summary.hasPurchase[c]) model.note[c] = NOTE("spend_model_not_fitted");
  } else {
    model.gammaGamma = spend;
    // One-time buyers have no repeat spend to condition on: the spend model gives them the mean.
    model.clv = customerLifetimeValue(fit, spend, summary, summary.averageSpend, {
      horizonMonths: rules.clvHorizonMonths,
      monthlyDiscountRate: rules.monthlyDiscountRate,
      timeUnitDays: rules.timeUnitDays,
    });
  }
  const notes = [fit.note, model.gammaGamma?.note].filter(Boolean);
  if (notes.length > 0) model.fitNote = [model.fitNote, ...notes].filter(Boolean).join(" ");
  return model;
}
