import { LIFECYCLE_STAGES, RISK_LEVELS } from "../../../src/engine/analysis";
import { labelOf } from "../../../src/engine/labels";
import { followUpReasonText } from "../../../src/engine/followUp/labels";
import { FOLLOW_UP_REASONS } from "../../../src/engine/rules/service";
import type { Lang } from "../../../src/engine/schema";

// Stop 21 tester W2: 挽回 named three things (the won-back stage, the churned risk level and the
// high-risk call); English likewise (Won back / Win-back / Win-back call). One word each.

describe.each<Lang>(["zh-CN", "en-US"])("%s: stage, churned level and high-risk call", (lang) => {
  const stage = labelOf("stage", LIFECYCLE_STAGES.indexOf("won_back"), lang);
  const level = labelOf("risk", RISK_LEVELS.indexOf("churned"), lang);
  const call = followUpReasonText(FOLLOW_UP_REASONS.indexOf("win_back"), lang);
  const word = lang === "zh-CN" ? /挽回|回流|挽留/g : /win-?back|won back|returned|retention/gi;
  const key = (text: string) =>
    (text.match(word) ?? []).map((w) => w.toLowerCase().replace("-", ""));

  test("share no key word", () => {
    const [s, l, c] = [key(stage), key(level), key(call)];
    expect(s).toHaveLength(1);
    expect(l).toHaveLength(1);
    expect(c).toHaveLength(1);
    expect(new Set([s[0], l[0], c[0]]).size).toBe(3);
  });

  test("read as the domain's terms", () => {
    expect([stage, level, call]).toEqual(
      lang === "zh-CN"
        ? ["回流客户", "待挽回", "挽留联系（有流失迹象）"]
        : ["Returned", "Win-back", "Retention call (signs of leaving)"],
    );
  });
});
