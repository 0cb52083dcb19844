import { analyzeWorkbook } from "../../../src/engine/analyze";
import { generatePopulation } from "../../../src/engine/backtest/generate";
import { memorySource } from "../../../src/engine/ingest/memorySource";
import { resultJsonChunks } from "../../../src/engine/report/resultJson";
import { analysisTables } from "../../../src/engine/report/tabs";
import { defaultRules } from "../../../src/engine/rules";
import type { Lang } from "../../../src/engine/schema";

const LANGS: Lang[] = ["zh-CN", "en-US"];

describe("analysisTables: the segments tab states one chance per customer (stop 36, tester11 #3)", () => {
  // A generated population (backtest/generate.ts, seeded) with repeat buyers, so the repeat-purchase
  // model is fitted and its columns are written.
  const pop = generatePopulation({ kind: "leaving", customers: 400, seed: 3 });
  const analysis = analyzeWorkbook(memorySource(pop.sheets), {
    rules: defaultRules(),
    asOf: pop.end,
  });

  test("the churn probability is the tab's only probability; P(alive) is not beside it, the model's counts are", async () => {
    // P(alive) beside the churn probability read as a second "will this customer stay" figure and
    // contradicted it (en sample: 4.6% alive at 6.9% churn risk; 12 zh and 8 en rows under 20% at
    // under 35% risk), and backtested it is none: of the customers it put under 20%, 48% (zh) bought
    // in the next 90 days (docs/DESIGN.md "P(alive) is not a churn figure"). A column stating another chance
    // of staying or leaving fails here.
    const a = await analysis;
    expect(a.model.bgnbd).not.toBeNull();
    for (const lang of LANGS) {
      const tab = analysisTables(a, lang, { at: a.asOf, durationSeconds: 1, source: "cli" }).find(
        (t) => t.tab === "segments",
      )!;
      const keys = tab.columns.map((c) => c.key);
      expect({
        lang,
        percent: tab.columns.filter((c) => c.format === "percent").map((c) => c.key),
      }).toEqual({ lang, percent: ["churnRiskProbability"] });
      expect(keys).not.toContain("pAlive");
      for (const c of tab.columns) expect(c.header).not.toMatch(/alive|存活/i);
      // The model's own figures stay: how many purchases, what they are worth, when the next.
      expect(keys).toEqual(
        expect.arrayContaining(["expectedPurchases", "clv", "expectedNextPurchase"]),
      );
    }
  });

  test("the JSON keeps P(alive) per customer, as the model gives it", async () => {
    const a = await analysis;
    const json = JSON.parse([...resultJsonChunks(a, "en-US", new Date(0))].join(""));
    const at = (json.customers.columns as string[]).indexOf("pAlive");
    expect(at).toBeGreaterThan(-1);
    const values = (json.customers.data as unknown[][]).map((row) => row[at] as number | null);
    expect(values).toHaveLength(a.dataset.customers.count);
    values.forEach((v, i) => {
      expect(v).toBeCloseTo(a.model.pAlive[i], 4);
      expect(v).toBeGreaterThanOrEqual(0);
      expect(v).toBeLessThanOrEqual(1);
    });
  });
});
