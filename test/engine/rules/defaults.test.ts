import { z } from "zod";
import { DEFAULTS, RULES_VERSION, defaultRules, ruleSetSchema } from "../../../src/engine/rules";
import { lazySchema } from "../../../src/engine/rules/lazySchema";
import { numberBounds } from "../../../src/engine/rules/bounds";

type Rules = typeof import("../../../src/engine/rules");
// In a jest.isolateModules() block: a fresh copy of the rules' modules (and of zod).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const loadRules = (): Rules => require("../../../src/engine/rules") as Rules;

describe("the default rule set: every default written once, in defaults.ts", () => {
  test("defaultRules() is what the schema makes of {}, key order included", () => {
    const parsed = JSON.stringify(ruleSetSchema.parse({}));
    expect(JSON.stringify(defaultRules())).toBe(parsed);
    expect(JSON.stringify({ version: RULES_VERSION, ...DEFAULTS })).toBe(parsed);
  });

  test("defaultRules() builds no schema", () => {
    const built = jest.fn();
    jest.isolateModules(() => {
      jest.doMock("zod", () => {
        const real = jest.requireActual<typeof import("zod")>("zod");
        const strictObject = (...args: Parameters<typeof real.z.strictObject>) => {
          built();
          return real.z.strictObject(...args);
        };
        return { ...real, z: { ...real.z, strictObject } };
      });
      const rules = loadRules();
      expect(rules.defaultRules().window.months).toBe(12);
      expect(built).not.toHaveBeenCalled();
      expect(rules.ruleSetSchema.parse({}).window.months).toBe(12);
      expect(built).toHaveBeenCalled();
    });
    jest.dontMock("zod");
  });

  test("a default changed in DEFAULTS is the schemas' default and defaultRules()' alike", () => {
    jest.isolateModules(() => {
      // Changed before the schemas are built (they read DEFAULTS when built, on first use).
      const rules = loadRules();
      const d = rules.DEFAULTS as unknown as {
        followUp: { horizonDays: number; festivals: { name: string }[] };
        model: { minCustomers: number };
        limits: { worklistRows: number };
        segmentation: { segments: { r: number[] }[] };
      };
      d.followUp.horizonDays = 45;
      d.model.minCustomers = 60;
      d.limits.worklistRows = 500;
      d.segmentation.segments[0].r = [4, 5];
      const parsed = rules.ruleSetSchema.parse({});
      expect(parsed.followUp.horizonDays).toBe(45);
      expect(parsed.model.minCustomers).toBe(60);
      expect(parsed.limits.worklistRows).toBe(500);
      expect(parsed.segmentation.segments[0].r).toEqual([4, 5]);
      expect(rules.defaultRules()).toStrictEqual(parsed);
    });
  });

  test("defaultRules() and the schemas' defaults are fresh copies each time", () => {
    const a = defaultRules();
    a.window.months = 3;
    a.asOf = "2025-01-01";
    a.followUp.festivals[0].name = "x";
    a.followUp.holidays.push("2030-01-01");
    a.segmentation.segments[0].r[0] = 1;
    const b = ruleSetSchema.parse({});
    b.followUp.festivals[0].name = "y";
    b.followUp.holidays.push("2030-01-02");
    b.segmentation.segments[0].r[0] = 2;
    b.complaints.openAgeBucketsDays.push(90);
    expect(defaultRules()).toStrictEqual(ruleSetSchema.parse({}));
    expect(DEFAULTS.window.months).toBe(12);
    expect(DEFAULTS.followUp.festivals[0].name).toBe("春节");
    expect(defaultRules().followUp.holidays).not.toContain("2030-01-02");
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
