import type { z } from "zod";
import { ruleSetSchema } from "./schema";

/**
 * The bounds of a number setting, read from the rule set's zod schema, so a form (the pane's
 * Rules step) limits its fields by the same numbers the validation checks, with no second copy.
 */
export interface NumberBounds {
  min?: number;
  max?: number;
}

/** Wrappers that hold the setting's own schema (a default, optional, nullable value). */
const WRAPPERS = new Set(["default", "prefault", "optional", "nullable", "readonly"]);

function unwrap(schema: z.ZodType | undefined): z.ZodType | undefined {
  let s = schema;
  while (s && WRAPPERS.has(s.def.type))
    s = (s.def as unknown as { innerType: z.ZodType }).innerType;
  return s;
}

/**
 * The finite bounds of the number at a dotted path of the rule set (empty when the path is not a
 * number or has none).
 *
 * @example numberBounds("window.months") // { min: 1, max: 120 }
 * @example numberBounds("churn.levels.high") // { min: 0, max: 1 }
 */
export function numberBounds(path: string): NumberBounds {
  let s: z.ZodType | undefined = ruleSetSchema;
  for (const key of path.split(".")) {
    const inner = unwrap(s) as { shape?: Record<string, z.ZodType> } | undefined;
    s = inner?.shape?.[key];
  }
  const n = unwrap(s) as {
    def?: { type: string };
    minValue?: number | null;
    maxValue?: number | null;
  };
  if (n?.def?.type !== "number") return {};
  const out: NumberBounds = {};
  if (Number.isFinite(n.minValue)) out.min = n.minValue!;
  // Number.MAX_SAFE_INTEGER is zod's bound for .int() alone: no real limit.
  if (Number.isFinite(n.maxValue) && n.maxValue! < Number.MAX_SAFE_INTEGER) out.max = n.maxValue!;
  return out;
}
