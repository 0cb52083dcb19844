import { z } from "zod";
import type { Lang } from "../schema";

/**
 * Rules of the probabilistic customer-base model (MBG/NBD, Batislam, Denizel & Filiztekin 2007, or
 * BG/NBD, Fader, Hardie & Lee 2005; Gamma-Gamma,
 * Fader, Hardie & Lee 2005 "RFM and CLV"): the time unit, horizons and discount rate.
 */
export const modelRulesSchema = z.strictObject({
  /** Fit and score the model at all (it needs enough repeat buyers to say anything). */
  enabled: z.boolean().default(true),
  /**
   * The repeat-purchase model: "mbgnbd" (Batislam, Denizel & Filiztekin 2007; a one-time buyer
   * can drop out, so their P(alive) falls as they stay silent) or "bgnbd" (Fader, Hardie & Lee
   * 2005; P(alive) = 1 for every one-time buyer). Not chosen by fit: on CDNOW the two
   * log-likelihoods differ by about 0.3, noise; MBG/NBD ranks who comes back far better.
   */
  repeatPurchaseModel: z.enum(["mbgnbd", "bgnbd"]).default("mbgnbd"),
  /**
   * The expected next-purchase date is left blank when the chance of at least one purchase does
   * not reach 50% within this many days after the analysis date.
   */
  nextPurchaseMaxDays: z.number().int().min(1).max(3650).default(365),
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
    "是否拟合复购模型（MBG/NBD 或 BG/NBD）与 Gamma-Gamma 模型（存活概率、预期购买次数、预计下次购买日、客户终身价值）",
    "Fit the repeat-purchase model (MBG/NBD or BG/NBD) and the Gamma-Gamma model (P(alive), expected purchases, expected next purchase, lifetime value)",
  ),
  repeatPurchaseModel: t(
    "复购模型：mbgnbd（默认，Batislam 等 2007：只买过一次的客户也可能流失，沉默越久存活概率越低）或 bgnbd（Fader、Hardie 与 Lee 2005：只买过一次的客户存活概率恒为 100%）。不按拟合优度自动选择：CDNOW 上两者对数似然只差约 0.3，属于噪声，而 MBG/NBD 对“谁会回来”的排序明显更好",
    "Repeat-purchase model: mbgnbd (default; Batislam et al. 2007: a one-time buyer can also drop out, so their P(alive) falls the longer they stay silent) or bgnbd (Fader, Hardie & Lee 2005: every one-time buyer has P(alive) 100%). Not chosen by fit: on CDNOW their log-likelihoods differ by about 0.3, which is noise, while MBG/NBD ranks who comes back far better",
  ),
  nextPurchaseMaxDays: t(
    "预计下次购买日：分析日之后“至少购买一次”的概率达到 50% 的那一天；在此天数内达不到 50% 则留空",
    "Expected next purchase: the day by which the chance of at least one purchase after the analysis date reaches 50%; blank when it does not within this many days",
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
