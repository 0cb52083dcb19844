import { z } from "zod";
import type { Lang } from "../schema";

/**
 * Rules of the probabilistic customer-base model (BG/NBD, Fader, Hardie & Lee 2005; Gamma-Gamma,
 * Fader, Hardie & Lee 2005 "RFM and CLV"): the time unit, horizons and discount rate.
 */
export const modelRulesSchema = z.strictObject({
  /** Fit and score the model at all (it needs enough repeat buyers to say anything). */
  enabled: z.boolean().default(true),
  /** The model's time unit in days: weeks (7) as in the BG/NBD paper and the CDNOW results. */
  timeUnitDays: z.number().int().min(1).max(31).default(7),
  /** Expected purchases are predicted over this many days (issue 6: 90). */
  purchaseHorizonDays: z.number().int().min(1).max(3650).default(90),
  /** Customer lifetime value over this many months (issue 6: 12). */
  clvHorizonMonths: z.number().int().min(1).max(120).default(12),
  /** Monthly discount rate of future spend; 0.01 is lifetimes' default (≈ 12.7% a year). */
  monthlyDiscountRate: z.number().min(0).max(1).default(0.01),
  /** L2 penalty on the parameters for stability on small data (lifetimes' penalizer_coef); 0 = none. */
  penalty: z.number().min(0).max(10).default(0),
  /** Our choice: fewer buyers than this and the fit says too little to show (the model is skipped with a note). */
  minCustomers: z.number().int().min(2).default(50),
});

export type ModelRules = z.infer<typeof modelRulesSchema>;

const t = (zh: string, en: string): Record<Lang, string> => ({ "zh-CN": zh, "en-US": en });

/** What each model setting means, for the printed rule set. */
export const MODEL_RULE_DOCS: Record<keyof ModelRules, Record<Lang, string>> = {
  enabled: t(
    "是否拟合 BG/NBD 与 Gamma-Gamma 模型（存活概率、预期购买次数、客户终身价值）",
    "Fit the BG/NBD and Gamma-Gamma models (P(alive), expected purchases, lifetime value)",
  ),
  timeUnitDays: t(
    "模型时间单位（天），默认 7 = 周，与 BG/NBD 论文和 CDNOW 结果一致",
    "Model time unit in days; 7 = weeks, as in the BG/NBD paper and the CDNOW results",
  ),
  purchaseHorizonDays: t(
    "预期购买次数的预测天数",
    "Expected purchases are predicted over this many days",
  ),
  clvHorizonMonths: t(
    "客户终身价值（CLV）的计算月数",
    "Customer lifetime value is summed over this many months",
  ),
  monthlyDiscountRate: t(
    "未来消费的月折现率（0.01 ≈ 年 12.7%，lifetimes 默认值）",
    "Monthly discount rate of future spend (0.01 ≈ 12.7% a year, lifetimes' default)",
  ),
  penalty: t(
    "参数的 L2 惩罚（小数据时提高稳定性），0 表示不用",
    "L2 penalty on the parameters for stability on small data; 0 = none",
  ),
  minCustomers: t(
    "有购买的客户少于此数时不拟合模型（并说明原因）",
    "With fewer buyers than this the model is skipped, with a note",
  ),
};
