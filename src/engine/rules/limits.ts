import { z } from "zod";
import type { Lang } from "../schema";

/**
 * Rules of what the output tabs hold (the policy itself: report/limits.ts). Our choice of default:
 * 100,000 rows is far more than anyone works through by hand, well inside a worksheet's
 * 1,048,576 rows, and keeps a refresh through Office.js to minutes; the JSON result and the
 * CSV files the command line writes beside the workbook always hold every row.
 */
export const limitsRulesSchema = z.strictObject({
  /** Rows a worklist tab (follow-up schedule, data quality) shows before its summary row. */
  worklistRows: z.number().int().min(10).max(1_048_574).default(100_000),
});

export type LimitsRules = z.infer<typeof limitsRulesSchema>;

const t = (zh: string, en: string): Record<Lang, string> => ({ "zh-CN": zh, "en-US": en });

/** What each limits setting means, for the printed rule set. */
export const LIMITS_RULE_DOCS: Record<keyof LimitsRules, Record<Lang, string>> = {
  worklistRows: t(
    "工作清单（回访计划、数据质量）在工作表中最多列出的行数；超出部分以最后一行说明还有多少行及其位置（JSON 结果与命令行在工作簿旁写出的 CSV 文件中总是完整的）",
    "Rows a worklist tab (follow-up schedule, data quality) lists; past it a last row says how many more there are and where (the JSON result and the CSV files the command line writes beside the workbook are always complete)",
  ),
};
