/**
 * Rule problems of an imported rule-set file speak in the field's label too (issue 13 item 3), with
 * the JSON path beside it, since the fix is made in the file.
 */
import { parseRuleSetText } from "../../src/engine/rules";
import type { Lang } from "../../src/engine/schema";
import { translator } from "../../src/taskpane/i18n";
import { checkDraft, importProblemText, problemsOf } from "../../src/taskpane/rulesForm";

const imported = (json: string, lang: Lang): string[] => {
  const parsed = parseRuleSetText(json, lang);
  if (parsed.ok) return [];
  return problemsOf(parsed.errors).map((p) => importProblemText(p, translator(lang)));
};

describe("an imported rule set's problems", () => {
  test("a field of the form: its label, then the path to find it in the file", () => {
    expect(imported('{"window":{"months":-3}}', "zh-CN")).toEqual([
      "分析窗口（月）（window.months）应 ≥ 1，实际为 -3",
    ]);
    expect(imported('{"window":{"months":-3}}', "en-US")).toEqual([
      "Analysis window (months) (window.months): expected ≥ 1, got -3",
    ]);
  });

  test("a check across two fields: the form's words and the object's path", () => {
    const json = '{"churn":{"levels":{"high":0.5,"medium":0.9}}}';
    expect(imported(json, "zh-CN")).toEqual([
      "中风险起点：流失概率（0–1）不能高于高风险起点（churn.levels）",
    ]);
    expect(imported(json, "en-US")).toEqual([
      "Medium risk must not start above high risk (churn probabilities, 0–1) (churn.levels)",
    ]);
  });

  test("a field not on the form keeps its path first; bad JSON says so in the pane's language", () => {
    expect(imported('{"lifecycle":{"newDays":-1}}', "zh-CN")).toEqual([
      expect.stringMatching(/^lifecycle\.newDays：应 ≥ 0，实际为 -1$/),
    ]);
    const bad = imported("{not json", "zh-CN");
    expect(bad.length).toBe(1);
    expect(bad[0]).toMatch(/[\u4e00-\u9fff]/);
  });

  test("the form's own sorting is unchanged (problemsOf is what checkDraft uses)", () => {
    const check = checkDraft({ window: { months: -3 }, lifecycle: { newDays: -1 } }, "en-US");
    expect(check.byField["window.months"]).toEqual(["expected ≥ 1, got -3"]);
    expect(check.other).toEqual(["lifecycle.newDays: expected ≥ 0, got -1"]);
  });
});
