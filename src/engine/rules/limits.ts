import { z } from "zod";
import { lazySchema } from "./lazySchema";
import { DEFAULTS } from "./defaults";

const L = DEFAULTS.limits; // every default here is written there

/**
 * Rules of what the output tabs hold (the policy itself: report/limits.ts). Our choice of default:
 * 100,000 rows is far more than anyone works through by hand, well inside a worksheet's
 * 1,048,576 rows, and keeps a refresh through Office.js to minutes; the JSON result and the
 * CSV files the command line writes beside the workbook always hold every row.
 */
const limitsRulesShape = () => ({
  /** Rows a worklist tab (follow-up schedule, data quality) shows before its summary row. */
  worklistRows: z.number().int().min(10).max(1_048_574).default(L.worklistRows),
});
export const limitsRulesSchema = lazySchema(() => z.strictObject(limitsRulesShape()));

export type LimitsRules = z.infer<typeof limitsRulesSchema>;
