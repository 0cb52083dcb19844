import { numberBounds } from "../../src/engine/rules/bounds";
import fc from "fast-check";
import { defaultRules, RULE_DOCS } from "../../src/engine/rules";
import {
  AS_OF_PATH,
  checkDraft,
  draftOf,
  fieldHint,
  problemText,
  RULE_FIELDS,
  valueAt,
  withValue,
} from "../../src/taskpane/rulesForm";
import { translator } from "../../src/taskpane/i18n";

describe("the rules form", () => {
  test("every field on the form is a number in the default rule set", () => {
    const draft = draftOf(defaultRules());
    for (const f of RULE_FIELDS)
      expect([f.path, typeof valueAt(draft, f.path)]).toEqual([f.path, "number"]);
  });

  test("withValue changes one path and leaves the original alone", () => {
    const draft = draftOf(defaultRules());
    const next = withValue(draft, "churn.levels.high", 0.75);
    expect(valueAt(next, "churn.levels.high")).toBe(0.75);
    expect(valueAt(draft, "churn.levels.high")).toBe(0.8);
    expect(valueAt(next, "churn.levels.medium")).toBe(0.5);
    expect(valueAt(withValue(next, AS_OF_PATH, undefined), AS_OF_PATH)).toBeUndefined();
  });

  test("a valid draft gives the rule set with the value in it", () => {
    const result = checkDraft(
      withValue(draftOf(defaultRules()), "followUp.dailyCapacity", 25),
      "en-US",
    );
    expect(result.all).toEqual([]);
    expect(result.rules?.followUp.dailyCapacity).toBe(25);
  });

  test("an error goes to its field, named by its path", () => {
    const result = checkDraft(withValue(draftOf(defaultRules()), "window.months", 0), "en-US");
    expect(result.rules).toBeNull();
    expect(result.byField["window.months"]).toEqual(["expected ≥ 1, got 0"]);
    expect(result.all).toEqual(["window.months: expected ≥ 1, got 0"]);
  });

  test("an empty box and text are errors, not the default", () => {
    const empty = checkDraft(
      withValue(draftOf(defaultRules()), "churn.churnedAfterDays", null),
      "zh-CN",
    );
    expect(empty.byField["churn.churnedAfterDays"]?.[0]).toMatch(/数字|整数/);
    const text = checkDraft(
      withValue(draftOf(defaultRules()), "churn.churnedAfterDays", "abc"),
      "en-US",
    );
    expect(text.byField["churn.churnedAfterDays"]?.[0]).toMatch(/got text/);
  });

  test("a rule between two fields (medium above high) marks both", () => {
    const draft = withValue(draftOf(defaultRules()), "churn.levels.medium", 0.9);
    const result = checkDraft(draft, "en-US");
    expect(result.byField["churn.levels.high"]).toBeDefined();
    expect(result.byField["churn.levels.medium"]).toBeDefined();
    // Under each field in the form's words, not the JSON keys (stop 51 tester P1: "medium 不能高于 high").
    const zh = checkDraft(draft, "zh-CN");
    for (const f of ["churn.levels.high", "churn.levels.medium"])
      expect(zh.byField[f]).toEqual(["中风险起点：流失概率（0–1）不能高于高风险起点"]);
  });

  test("errors about fields not on the form are kept whole", () => {
    const draft = withValue(draftOf(defaultRules()), "lifecycle.newDays", -1);
    const result = checkDraft(draft, "en-US");
    expect(result.other).toEqual(["lifecycle.newDays: expected ≥ 0, got -1"]);
  });

  test("a bad analysis date is named", () => {
    const result = checkDraft(
      withValue(draftOf(defaultRules()), AS_OF_PATH, "03/04/2025"),
      "en-US",
    );
    // The same reader and words as --as-of (tester12 #8); 31/12/2025 is a date now.
    expect(result.byField[AS_OF_PATH]).toEqual([
      "“03/04/2025” could be day first or month first: write 2025-04-03 (day first) or 2025-03-04 (month first)",
    ]);
  });

  test("hints come from the engine's RULE_DOCS where it has them", () => {
    const months = RULE_FIELDS.find((f) => f.path === "window.months")!;
    expect(fieldHint(months, "zh-CN")).toEqual({ text: RULE_DOCS.window.months["zh-CN"] });
    const capacity = RULE_FIELDS.find((f) => f.path === "followUp.dailyCapacity")!;
    expect(fieldHint(capacity, "en-US")).toEqual({ key: "capacityHint" });
  });

  test("whole numbers in range always validate for the day fields", () => {
    const paths = [
      "churn.churnedAfterDays",
      "followUp.horizonDays",
      "followUp.cadenceDays.low",
      "followUp.dailyCapacity",
    ];
    fc.assert(
      fc.property(fc.constantFrom(...paths), fc.integer({ min: 1, max: 366 }), (path, n) => {
        const result = checkDraft(withValue(draftOf(defaultRules()), path, n), "en-US");
        return (
          result.rules !== null &&
          valueAt(result.rules as unknown as Record<string, unknown>, path) === n
        );
      }),
      { numRuns: 50 },
    );
  });
});

describe("rule problems in the user's words", () => {
  test("a problem names the field by its label, not its JSON path", () => {
    const zh = checkDraft({ window: { months: -3 } }, "zh-CN");
    expect(zh.problems.map((p) => problemText(p, translator("zh-CN")))).toEqual([
      "分析窗口（月）应 ≥ 1，实际为 -3",
    ]);
    const en = checkDraft({ window: { months: -3 } }, "en-US");
    expect(en.problems.map((p) => problemText(p, translator("en-US")))).toEqual([
      "Analysis window (months): expected ≥ 1, got -3",
    ]);
  });

  test("a check across both churn levels is said in the form's words", () => {
    const draft = withValue(draftOf(defaultRules()), "churn.levels.medium", 0.9);
    const [problem] = checkDraft(draft, "zh-CN").problems;
    expect(problem.fields).toEqual(["churn.levels.high", "churn.levels.medium"]);
    const text = problemText(problem, translator("zh-CN"));
    expect(text).toBe("中风险起点：流失概率（0–1）不能高于高风险起点");
    expect(problemText(problem, translator("en-US"))).toBe(
      "Medium risk must not start above high risk (churn probabilities, 0–1)",
    );
  });

  test("every field's bounds are the rule set schema's (one copy: the zod schema)", () => {
    expect(numberBounds("window.months")).toEqual({ min: 1, max: 120 });
    expect(numberBounds("followUp.horizonDays")).toEqual({ min: 1, max: 366 });
    expect(numberBounds("churn.churnedAfterDays")).toEqual({ min: 1 });
    for (const f of RULE_FIELDS)
      expect([f.path, numberBounds(f.path).min]).not.toEqual([f.path, undefined]);
    expect(numberBounds("no.such.path")).toEqual({});
  });

  test("a field not on the form keeps its path, so it can be found in the JSON", () => {
    const [problem] = checkDraft({ lifecycle: { newDays: -1 } }, "en-US").problems;
    expect(problemText(problem, translator("en-US"))).toBe(
      "lifecycle.newDays: expected ≥ 0, got -1",
    );
  });

  test("the churn levels are probabilities from 0 to 1, and their label and help say so", () => {
    for (const path of ["churn.levels.high", "churn.levels.medium"]) {
      const field = RULE_FIELDS.find((f) => f.path === path)!;
      expect(numberBounds(field.path)).toEqual({ min: 0, max: 1 });
      for (const lang of ["zh-CN", "en-US"] as const) {
        const t = translator(lang);
        expect(t(field.label)).toMatch(/0–1/);
        const hint = fieldHint(field, lang);
        expect(hint && "also" in hint && hint.also ? t(hint.also) : "").toMatch(/0\.6/);
      }
    }
  });
});
