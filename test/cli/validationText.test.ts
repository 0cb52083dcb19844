import type { Validation } from "../../src/engine/backtest/validation";
import { validationText } from "../../src/cli/validationText";

// A small validation block as the engine builds it (figures made up; the text is what is tested).
const v: Validation = {
  available: true,
  note: null,
  horizonDays: 90,
  learnedAsOf: "2025-07-04",
  scoredAsOf: "2025-10-02",
  outcomeTo: "2025-12-31",
  customers: 1484,
  noPurchaseRate: 0.487,
  auc: { churnRisk: 0.849, pAlive: 0.795, recency: 0.788 },
  caught: { top10: 0.17, top20: 0.353 },
  levels: [
    { level: "high", customers: 445, statedProbability: 0.878, observedRate: 0.822 },
    { level: "low", customers: 639, statedProbability: 0.188, observedRate: 0.166 },
  ],
  deciles: [{ decile: 1, customers: 148, meanProbability: 0.93, observedRate: 0.831 }],
  purchases: {
    predicted: 2801.969,
    actual: 2968,
    byEarlierPurchases: [{ repeatPurchases: "0", customers: 925, predicted: 119.5, actual: 158 }],
  },
  stageChanges: {
    customers: 2506,
    changed: 678,
    transitions: [{ from: "decline", to: "churned", customers: 130 }],
  },
  sentence: {
    "zh-CN": "被判为高风险的客户中，82% 没有购买。",
    "en-US": "Of those called high risk, 82% did not buy.",
  },
};

describe("validationText (npm run backtest's printout)", () => {
  test("Chinese under --lang zh-CN: no English words, labels in Chinese, whole purchases", () => {
    const text = validationText(v, "zh-CN");
    expect(text).toContain("打分客户（不含流失期客户）：1,484");
    expect(text).toContain("衰退期→流失期 130");
    expect(text).toContain("预测 2,802，实际 2,968");
    expect(text).toMatch(/^\s+高\s+445/m);
    expect(text).not.toMatch(/customers|predicted|decline|high/);
  });

  test("English", () => {
    const text = validationText(v, "en-US");
    expect(text).toContain("customers scored (not in the churned stage): 1,484");
    expect(text).toContain("predicted 2,802, actual 2,968");
    expect(text).not.toMatch(/[\u4e00-\u9fff]/);
  });

  test("calibration: the Brier score against one rate for all, what each level meant, the bands", () => {
    const bands = Array.from({ length: 10 }, (_, b) => ({
      from: b / 10,
      to: (b + 1) / 10,
      customers: 100 + b,
      statedProbability: b / 10 + 0.05,
      observedRate: b / 10 + 0.04,
    }));
    const c = { ...v, brier: { churnRisk: 0.16012, baseRate: 0.25271 }, reliability: bands };
    const en = validationText(c, "en-US");
    expect(en).toContain(
      "  Brier score  churn risk 0.160   one rate for all 0.253   (lower is better)",
    );
    expect(en).toContain(
      "  Of the 445 customers rated high risk, we said 88% would not buy in the next 90 days; 82% did not: the probability reads 6 points high.",
    );
    expect(en).toMatch(/^\s+90–100%\s+109\s+95\.0%\s+94\.0%$/m);
    const zh = validationText(c, "zh-CN");
    expect(zh).toContain("Brier 分数  流失风险 0.160   所有人用同一比例 0.253");
    expect(zh).toContain("实际 82% 没有购买：概率偏高 6 个百分点。");
    expect(zh).toMatch(/^\s+0–10%\s+100\s+5\.0%\s+4\.0%$/m);
    // Without the calibration fields (older JSON): no Brier line, no bands.
    expect(validationText(v, "en-US")).not.toMatch(/Brier|90–100%/);
  });

  test("no backtest: the note in the user's language", () => {
    const none = {
      ...v,
      available: false,
      note: { "zh-CN": "历史太短", "en-US": "history too short" },
    };
    expect(validationText(none, "zh-CN")).toBe("  历史太短\n");
  });

  test("one earlier repeat purchase is singular and predictions carry thousands separators (en, zh)", () => {
    const groups = [
      { repeatPurchases: "1", customers: 1200, predicted: 1489.34, actual: 1824 },
      { repeatPurchases: "7+", customers: 3, predicted: 2.5, actual: 2 },
    ];
    const w = { ...v, purchases: { ...v.purchases, byEarlierPurchases: groups } };
    const en = validationText(w, "en-US");
    expect(en).toContain(
      "    1 earlier repeat purchase: 1,200 customers, predicted 1,489.3, actual 1,824",
    );
    expect(en).toContain("    7+ earlier repeat purchases: 3 customers, predicted 2.5, actual 2");
    const zh = validationText(w, "zh-CN");
    expect(zh).toContain("    此前重复购买 1 次：1,200 位客户，预测 1,489.3，实际 1,824");
    expect(zh).toContain("    此前重复购买 7+ 次：3 位客户，预测 2.5，实际 2");
  });
});

// A new-user trial (stop 19, finding 12): "customers scored: 949", then blocks over all 1,655
// with nothing saying so. Each block names its population.
describe("each block of the backtest printout says whom it counts", () => {
  test("purchases and stage changes over more than the scored customers say the churned are in", () => {
    const bigger = {
      ...v,
      purchases: {
        ...v.purchases,
        byEarlierPurchases: [
          { repeatPurchases: "0", customers: 1600, predicted: 119.5, actual: 158 },
          { repeatPurchases: "1", customers: 55, predicted: 10, actual: 9 },
        ],
      },
    };
    const en = validationText(bigger, "en-US");
    expect(en).toContain("purchases in the horizon, 1,655 customers (churned stage included)");
    expect(en).toContain("stage changes: 678 of 2,506 (churned stage included)");
    const zh = validationText(bigger, "zh-CN");
    expect(zh).toContain("期内购买次数（1,655 位客户，含流失期客户）");
    expect(zh).toContain("（27.1%，含流失期客户）");
  });
});
