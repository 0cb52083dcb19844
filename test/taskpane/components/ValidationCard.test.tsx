import type { Validation } from "../../../src/engine/backtest/validation";
import { rankTiles, ValidationCard } from "../../../src/taskpane/components/ValidationCard";
import { render } from "./render";

const sentence = {
  "zh-CN":
    "在 1997-09-30 被判为高风险的客户中，91% 在随后 90 天内没有购买；被判为低风险的客户中，这一比例为 34%。",
  "en-US":
    "Of the customers this analysis would have called high risk on 1997-09-30, 91% did not buy in the next 90 days; of those called low risk, 34%.",
};

const measured: Validation = {
  available: true,
  note: null,
  horizonDays: 90,
  learnedAsOf: "1997-07-02",
  scoredAsOf: "1997-09-30",
  outcomeTo: "1997-12-29",
  customers: 23570,
  noPurchaseRate: 0.823,
  auc: { churnRisk: 0.7781, pAlive: 0.7152, recency: 0.7633 },
  caught: { top10: 0.115, top20: 0.229 },
  levels: [
    { level: "high", customers: 17474, statedProbability: 0.918, observedRate: 0.91 },
    { level: "medium", customers: 4463, statedProbability: 0.688, observedRate: 0.66 },
    { level: "low", customers: 1633, statedProbability: 0.335, observedRate: 0.34 },
  ],
  deciles: [],
  purchases: { predicted: null, actual: null, byEarlierPurchases: [] },
  stageChanges: { customers: 0, changed: 0, transitions: [] },
  sentence,
};

describe("the pane's Validation card", () => {
  test("the sentence, the AUCs and each level's stated probability beside the observed rate", () => {
    const { text } = render(<ValidationCard validation={measured} lang="en-US" />);
    expect(text).toContain(sentence["en-US"]);
    // In a manager's words (stop 51 tester P3): pairs ranked right, no "AUC 1 − P(alive)".
    expect(text).toContain("78% Churn risk");
    expect(text).toContain("72% Repeat-purchase model");
    expect(text).toContain("76% Days since last purchase");
    expect(text).toContain("how often each ranking puts the one who stopped first");
    expect(text).not.toContain("P(alive)");
    expect(text).toContain("High 17,474 91.8% 91.0%");
    expect(text).toContain("Low 1,633 33.5% 34.0%");
    expect(text).toContain("scored 23,570 customers as of 1997-09-30");
    expect(text).toContain("the Validation tab");
  });

  test("zh-CN: the same figures in Chinese words", () => {
    const { text } = render(<ValidationCard validation={measured} lang="zh-CN" />);
    expect(text).toContain(sentence["zh-CN"]);
    expect(text).toContain("中 4,463 68.8% 66.0%");
    // The count of customers scored has its thousands separator as every other count (tester7).
    expect(text).toContain("的 23,570 位客户打分");
    expect(text).toContain("“模型验证”表");
    expect(text).toContain("78% 流失风险");
    expect(text).toContain("72% 复购模型");
    expect(text).toContain("76% 只看多久没买");
    expect(text).not.toContain("存活概率");
  });

  test("the precise AUCs stay at hand: each tile's tooltip, under its technical name", () => {
    expect(rankTiles(measured.auc, "en-US").map((t) => t.tip)).toEqual([
      "AUC churn risk 0.778",
      "AUC 1 − P(alive) (MBG/NBD) 0.715",
      "AUC recency alone 0.763",
    ]);
    expect(rankTiles(measured.auc, "zh-CN")[1]).toEqual({
      share: "72%",
      label: "复购模型",
      tip: "AUC 1 − 存活概率（MBG/NBD） 0.715",
    });
    expect(rankTiles({ churnRisk: null, pAlive: null, recency: 0.5 }, "en-US")[0].share).toBe("—");
  });

  test("the tab written under another name (a sheet of the user's holds 模型验证): named as written (stop 44)", () => {
    const { text } = render(
      <ValidationCard validation={measured} lang="zh-CN" sheets={{ validation: "模型验证 (2)" }} />,
    );
    expect(text).toContain("“模型验证 (2)”表");
  });

  test("too little history: the note, and no figures", () => {
    const note = {
      "zh-CN": "历史不足两个预测周期（2 × 90 天），无法回测。",
      "en-US": "Less than two horizons (2 × 90 days) of history: no backtest.",
    };
    const { html, text } = render(
      <ValidationCard validation={{ ...measured, available: false, note }} lang="en-US" />,
    );
    expect(text).toContain(note["en-US"]);
    expect(text).not.toContain("AUC");
    expect(html).not.toContain('data-testid="validation-levels"');
  });
});
