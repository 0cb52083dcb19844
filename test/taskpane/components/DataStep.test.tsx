import type { Lang } from "../../../src/engine/schema";
import { DataStep, type DataStepProps } from "../../../src/taskpane/components/DataStep";
import { translator } from "../../../src/taskpane/i18n";
import { render } from "./render";

function props(lang: Lang, detecting: boolean): DataStepProps {
  return {
    lang,
    t: translator(lang),
    detection: null,
    detecting,
    check: null,
    checkingRows: null,
    busy: false,
    onSheet: () => undefined,
    onColumn: () => undefined,
    onAutoColumns: () => undefined,
    onDetect: () => undefined,
    onCheck: () => undefined,
  };
}

describe("the Data step before any input was found", () => {
  test.each(["zh-CN", "en-US"] as const)("%s: while looking, the spinner says so", (lang) => {
    const t = translator(lang);
    const { html, text } = render(<DataStep {...props(lang, true)} />);
    expect(html).toContain("fui-Spinner");
    expect(text).toContain(t("detecting"));
    expect(text).not.toContain(t("nothingFound"));
  });

  test.each(["zh-CN", "en-US"] as const)(
    "%s: after a failed look, no spinner: nothing found, and Look again (enabled)",
    (lang) => {
      const t = translator(lang);
      const { html, text } = render(<DataStep {...props(lang, false)} />);
      expect(html).not.toContain("fui-Spinner");
      expect(text).not.toContain(t("detecting"));
      expect(text).toContain(t("nothingFound"));
      expect(text).toContain(t("redetect"));
      // The one disabled button is 检查数据 / Check data: nothing to check.
      expect(html.match(/<button[^>]*disabled/g)?.length).toBe(1);
    },
  );

  test("in the user's words", () => {
    expect(translator("zh-CN")("nothingFound")).toBe("未找到输入表。请点击“重新查找”再试一次。");
    expect(translator("en-US")("nothingFound")).toBe(
      "No input sheets found. Click Look again to try again.",
    );
  });
});
