import { nearestCommand, parseCli } from "../../src/cli/args";
import { InputError } from "../../src/engine/errors";
import { labelOf, riskPhrase } from "../../src/engine/labels";
import { LIFECYCLE_STAGES, RFM_SEGMENTS, RISK_LEVELS } from "../../src/engine/analysis";
import { displayWidth, padDisplay } from "../../src/engine/words/format";
import type { Lang } from "../../src/engine/schema";

/** Findings of a new user's first tries (issue 13, stop 18), each in both languages. */
const LANGS: Lang[] = ["zh-CN", "en-US"];

describe("a new user at the command line", () => {
  test("`analyse` (British spelling) runs the analysis", () => {
    const args = parseCli(["analyse", "book.xlsx", "--lang", "en-US"]);
    expect(args).toMatchObject({ command: "analyze", workbook: "book.xlsx" });
  });

  test.each(LANGS)("a near miss is answered with the command meant (%s)", (lang) => {
    const error = (() => {
      try {
        parseCli(["analyz", "book.xlsx"]);
      } catch (e) {
        return e as InputError;
      }
    })();
    expect(error).toBeInstanceOf(InputError);
    expect(error!.in(lang)).toBe(
      lang === "zh-CN"
        ? "未知命令“analyz”：您是否想输入 analyze？（见 --help）"
        : "unknown command “analyz”: did you mean analyze? (see --help)",
    );
    expect(nearestCommand("analysis")).toBe("analyze");
    expect(nearestCommand("rule")).toBe("rules");
    expect(nearestCommand("report")).toBeNull();
  });

  test("console columns line up by display width, not characters", () => {
    expect(displayWidth("流失期")).toBe(6);
    expect(displayWidth("Win-back")).toBe(8);
    // Two labels padded to one width end in the same terminal column.
    const zh = padDisplay("有流失风险", 22) + "|";
    const en = padDisplay("Need attention", 22) + "|";
    expect(displayWidth(zh)).toBe(displayWidth(en));
    expect(padDisplay("12", 5, true)).toBe("   12");
  });

  test.each(LANGS)(
    "the RFM segment, the lifecycle stage and the risk level of lost customers have three names (%s)",
    (lang) => {
      const names = [
        labelOf("segment", RFM_SEGMENTS.indexOf("lost"), lang),
        labelOf("stage", LIFECYCLE_STAGES.indexOf("churned"), lang),
        labelOf("risk", RISK_LEVELS.indexOf("churned"), lang),
      ];
      expect(new Set(names).size).toBe(3);
      // None of them reads as the Overview's churn rate ("流失率" / "Churn rate").
      for (const n of names) expect(n).not.toMatch(/流失率|churn rate/i);
      expect(names).toEqual(
        lang === "zh-CN" ? ["流失客户", "流失期", "待挽回"] : ["Lost", "Churned", "Win-back"],
      );
      expect(riskPhrase("churned", lang)).toContain(names[2]);
    },
  );
});
