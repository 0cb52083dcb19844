/**
 * Churn reasons read right in English for every figure: "a 87%" (stop-19 tester) came from a text
 * with an article before a number ("a {share}% chance"), wrong for 8, 11, 18, 80–89 ("an").
 */
import { reasonText } from "../../../src/engine/churn/reasons";
import { CATALOGS } from "../../../src/engine/words/catalog";

const shares = Array.from({ length: 101 }, (_, k) => k);

describe("churn reason words", () => {
  test("the repeat-purchase model's reason for every share 0–100 has no article before the share", () => {
    for (const k of shares) {
      const en = reasonText("model_no_purchase", [k / 100, 90], "en-US");
      expect(en).toBe(`Repeat-purchase model: ${k}% chance of no purchase in 90 days`);
      expect(en).not.toMatch(/\ban? \d/);
      const zh = reasonText("model_no_purchase", [k / 100, 90], "zh-CN");
      expect(zh).toBe(`按购买规律模型，90 天内不再购买的概率为 ${k}%`);
    }
    expect(reasonText("model_no_purchase", [0.5, 1], "en-US")).toBe(
      "Repeat-purchase model: 50% chance of no purchase in 1 day",
    );
  });

  test("no English churn reason puts an article before a figure, for any share", () => {
    const figures: [string, number[]][] = [
      ["falling_frequency", [10, 5, 90, 0]],
      ["falling_spend", [1000, 500, 90, 0]],
      ["typical_of_customers", [0, 90, 0, 1]],
      ["typical_of_customers", [0, 90, 0, 0]],
    ];
    for (const k of shares)
      for (const [code, f] of figures) {
        const fig = f.map((x, i) =>
          (code.startsWith("falling") && i === 3) || (code === "typical_of_customers" && i !== 1)
            ? k / 100
            : x,
        );
        const en = reasonText(code as Parameters<typeof reasonText>[0], fig, "en-US");
        expect([code, k, en]).toEqual([code, k, expect.not.stringMatching(/\ban? \d/)]);
      }
    // And no template of the section puts one before any placeholder.
    const templates = Object.values(CATALOGS["en-US"].churnReasons);
    expect(templates.filter((t) => /\b[Aa]n? \{/.test(t))).toEqual([]);
  });

  test("one purchase day is singular (stop 25 trial: '1 purchase days')", () => {
    expect(reasonText("falling_frequency", [4, 1, 90, 0.75], "en-US")).toBe(
      "Purchase frequency down 75%: 1 purchase day in the last 90 days vs 4 in the 90 days before",
    );
    expect(reasonText("falling_frequency", [4, 2, 90, 0.5], "en-US")).toContain("2 purchase days");
  });
});
