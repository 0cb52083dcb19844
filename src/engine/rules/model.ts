import { z } from "zod";
import { lazySchema } from "./lazySchema";
import { DEFAULTS } from "./defaults";

const M = DEFAULTS.model; // every default here is written there

/**
 * Rules of the probabilistic customer-base model (MBG/NBD, Batislam, Denizel & Filiztekin 2007, or
 * BG/NBD, Fader, Hardie & Lee 2005; Gamma-Gamma,
 * Fader, Hardie & Lee 2005 "RFM and CLV"): the time unit, horizons and discount rate.
 */
const modelRulesShape = () => ({
  /** Fit and score the model at all (it needs enough repeat buyers to say anything). */
  enabled: z.boolean().default(M.enabled),
  /**
   * The repeat-purchase model: "mbgnbd" (Batislam, Denizel & Filiztekin 2007; a one-time buyer
   * can drop out, so their P(alive) falls as they stay silent) or "bgnbd" (Fader, Hardie & Lee
   * 2005; P(alive) = 1 for every one-time buyer). Not chosen by fit: on CDNOW the two
   * log-likelihoods differ by about 0.3, noise; MBG/NBD ranks who comes back far better.
   */
  repeatPurchaseModel: z.enum(["mbgnbd", "bgnbd"]).default(M.repeatPurchaseModel),
  /**
   * The expected next-purchase date is left blank when the chance of at least one purchase does
   * not reach 50% within this many days after the analysis date.
   */
  nextPurchaseMaxDays: z.number().int().min(1).max(3650).default(M.nextPurchaseMaxDays),
  /** The model's time unit in days: weeks (7) as in the BG/NBD paper and the CDNOW results. */
  timeUnitDays: z.number().int().min(1).max(31).default(M.timeUnitDays),
  /** Expected purchases are predicted over this many days (issue 6: 90). */
  purchaseHorizonDays: z.number().int().min(1).max(3650).default(M.purchaseHorizonDays),
  /** Customer lifetime value over this many months (issue 6: 12). */
  clvHorizonMonths: z.number().int().min(1).max(120).default(M.clvHorizonMonths),
  /** Monthly discount rate of future spend; 0.01 is lifetimes' default (≈ 12.7% a year). */
  monthlyDiscountRate: z.number().min(0).max(1).default(M.monthlyDiscountRate),
  /** L2 penalty on the parameters for stability on small data (lifetimes' penalizer_coef); 0 = none unless the fit does not settle, then SETTLING_PENALTY (clv/customerModel.ts); above 0 used as set. */
  penalty: z.number().min(0).max(10).default(M.penalty),
  /** Our choice: fewer buyers than this and the fit says too little to show (the model is skipped with a note). */
  minCustomers: z.number().int().min(2).default(M.minCustomers),
});
export const modelRulesSchema = lazySchema(() => z.strictObject(modelRulesShape()));

export type ModelRules = z.infer<typeof modelRulesSchema>;
