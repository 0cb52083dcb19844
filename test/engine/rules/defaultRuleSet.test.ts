import { z } from "zod";
import { defaultRules, ruleSetSchema } from "../../../src/engine/rules";
import { DEFAULT_RULE_SET } from "../../../src/engine/rules/defaultRuleSet";
import { lazySchema } from "../../../src/engine/rules/lazySchema";
import { numberBounds } from "../../../src/engine/rules/bounds";

describe("the default rule set written out (defaultRuleSet.ts)", () => {
  test("is what the schema makes of {}, key order included", () => {
    const parsed = JSON.stringify(ruleSetSchema.parse({}));
    // On failure: paste this as DEFAULT_RULE_SET (then npx prettier --write).
    if (JSON.stringify(DEFAULT_RULE_SET) !== parsed) console.log(parsed);
    expect(JSON.stringify(DEFAULT_RULE_SET)).toBe(parsed);
  });

  test("defaultRules() is a fresh copy each time", () => {
    const a = defaultRules();
    a.window.months = 3;
    a.asOf = "2025-01-01";
    expect(defaultRules()).toStrictEqual(ruleSetSchema.parse({}));
    expect(DEFAULT_RULE_SET.window.months).toBe(12);
  });
});

describe("lazySchema", () => {
  test("builds the schema on its first use, once", () => {
    let built = 0;
    const days = lazySchema(() => {
      built++;
      return z.number().int().min(0);
    });
    expect(built).toBe(0);
    const holder = lazySchema(() => z.strictObject({ d: days.default(7), e: z.array(days) }));
    expect(built).toBe(0);
    expect(holder.parse({ e: [1] })).toEqual({ d: 7, e: [1] });
    expect(holder.safeParse({ e: [-1] }).success).toBe(false);
    expect(built).toBe(1);
    expect(days instanceof z.ZodNumber).toBe(true);
    expect("parse" in days).toBe(true);
    expect(Object.keys(days)).toContain("def");
  });

  test("the rule set's schemas still read as before: bounds, errors", () => {
    expect(numberBounds("window.months")).toEqual({ min: 1, max: 120 });
    expect(numberBounds("churn.levels.high")).toEqual({ min: 0, max: 1 });
    expect(ruleSetSchema.safeParse({ window: { months: 0 } }).success).toBe(false);
  });
});
