import { defaultRules } from "../../../src/engine/rules";
import type { Lang } from "../../../src/engine/schema";
import { RulesStep, type RulesStepProps } from "../../../src/taskpane/components/RulesStep";
import { translator } from "../../../src/taskpane/i18n";
import {
  CALENDAR_PATH,
  checkDraft,
  draftOf,
  RULE_FIELDS,
  valueAt,
  withValue,
} from "../../../src/taskpane/rulesForm";
import { render } from "./render";

function props(lang: Lang, draft = draftOf(defaultRules())): RulesStepProps {
  return {
    lang,
    t: translator(lang),
    langSource: "workbook",
    draft,
    check: checkDraft(draft, lang),
    rules: defaultRules(),
    today: "2025-11-30",
    busy: false,
    notice: null,
    onValue: () => undefined,
    onReset: () => undefined,
    onImport: () => [],
    onLanguage: () => undefined,
  };
}

describe("the Rules step", () => {
  test.each(["zh-CN", "en-US"] as const)("%s: every field is labelled, no error shown", (lang) => {
    const { html, text } = render(<RulesStep {...props(lang)} />);
    const t = translator(lang);
    for (const f of RULE_FIELDS) expect(text).toContain(t(f.label));
    expect(text).toContain(t("asOfLabel"));
    expect(html).not.toContain('data-testid="rules-errors"');
  });

  test("a bad value is reported under its label, never its JSON path (zh)", () => {
    const draft = withValue(draftOf(defaultRules()), "window.months", -3);
    const { html, text } = render(<RulesStep {...props("zh-CN", draft)} />);
    expect(html).toContain('data-testid="rules-errors"');
    expect(text).toContain("规则有 1 处错误，修正后才能运行：");
    expect(text).toContain("分析窗口（月）应 ≥ 1，实际为 -3");
    expect(text).not.toContain("window.months");
  });

  test("the same in English", () => {
    const draft = withValue(draftOf(defaultRules()), "window.months", -3);
    const { text } = render(<RulesStep {...props("en-US", draft)} />);
    expect(text).toContain("Analysis window (months): expected ≥ 1, got -3");
    expect(text).not.toContain("window.months");
  });

  test("the churn levels read as probabilities from 0 to 1", () => {
    for (const lang of ["zh-CN", "en-US"] as const) {
      const { text } = render(<RulesStep {...props(lang)} />);
      const t = translator(lang);
      expect(text).toContain(t("highRiskLabel"));
      expect(t("highRiskLabel")).toMatch(/0–1/);
      expect(text).toContain(t("probabilityHint"));
      expect(text).not.toMatch(/0–100/);
    }
  });

  test("the language field says where the language came from", () => {
    expect(render(<RulesStep {...props("zh-CN")} />).text).toContain("跟随工作簿（中文）");
    const chosen = { ...props("en-US"), langSource: "chosen" as const };
    expect(render(<RulesStep {...chosen} />).html).toMatch(/value="English"/);
  });

  // tester60 U103: the form edits followUp settings, so it offers the holiday calendar.
  test.each(["zh-CN", "en-US"] as const)(
    "%s: the holiday calendar, by the currency unless chosen",
    (lang) => {
      const t = translator(lang);
      const auto = render(<RulesStep {...props(lang)} />);
      expect(auto.text).toContain(t("calendarLabel"));
      expect(auto.text).toContain(t("calendarAuto"));
      expect(auto.text).not.toContain(t("calendarUS"));
      const us = withValue(draftOf(defaultRules()), CALENDAR_PATH, "US");
      expect(render(<RulesStep {...props(lang, us)} />).text).toContain(t("calendarUS"));
      expect(checkDraft(us, lang).rules?.followUp.calendar).toBe("US");
      // Back to automatic: the key is removed, the currency chooses again.
      expect(valueAt(withValue(us, CALENDAR_PATH, undefined), CALENDAR_PATH)).toBeUndefined();
      // A calendar we do not know, from an imported file: under the field's label.
      const bad = withValue(draftOf(defaultRules()), CALENDAR_PATH, "UK");
      const { text } = render(<RulesStep {...props(lang, bad)} />);
      expect(text).toContain(t("calendarLabel") + (lang === "zh-CN" ? "" : ":"));
      expect(text).not.toContain(CALENDAR_PATH);
    },
  );

  test("a notice after a reset is shown", () => {
    const p = { ...props("en-US"), notice: translator("en-US")("rulesReset") };
    expect(render(<RulesStep {...p} />).text).toContain("Default rules restored.");
  });
});
