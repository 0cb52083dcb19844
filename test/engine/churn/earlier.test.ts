import { summariseCustomers, takeEarlier } from "../../../src/engine/aggregate/customerSummary";
import { generatePopulation } from "../../../src/engine/backtest/generate";
import { summariseEarlier } from "../../../src/engine/churn/earlier";
import { fitCustomerModel } from "../../../src/engine/clv/customerModel";
import { ingestWorkbook } from "../../../src/engine/ingest/workbook";
import { memorySource } from "../../../src/engine/ingest/memorySource";
import { defaultRules } from "../../../src/engine/rules";

/**
 * 400 customers, some leaving; same-day rows, a return and a zero amount exercise every measure's
 * definition of a purchase.
 */
async function population(seed: number) {
  const g = generatePopulation({ kind: "leaving", customers: 400, seed });
  g.sheets.Transactions.push(
    ["C000001", "2025-01-10", 20],
    ["C000001", "2025-01-10", -5],
    ["C000002", "2025-03-03", 0],
  );
  const { dataset } = await ingestWorkbook(memorySource(g.sheets), { asOf: g.end });
  return { g, dataset };
}

describe("earlier dates in one pass (churn risk's snapshots)", () => {
  it("measures each date exactly as summariseCustomers does at that date", async () => {
    const { g, dataset } = await population(3);
    const rules = defaultRules();
    const today = summariseCustomers(dataset, rules, g.end);
    const days = [g.end - 90, g.end - 180, g.end - 400];
    const earlier = summariseEarlier(dataset, rules, today, days);
    days.forEach((day, k) => {
      const direct = summariseCustomers(dataset, rules, day);
      expect(earlier[k].measuredFor).toEqual(direct.measuredFor);
      expect(earlier[k].segmentation).toEqual(direct.segmentation);
      expect(earlier[k].model).toEqual(direct.model);
    });
  });

  it("summariseCustomers measures earlier dates in its own pass: takeEarlier gives them once", async () => {
    const { g, dataset } = await population(5);
    const rules = defaultRules();
    const days = [g.end - 90, g.end - 180];
    const today = summariseCustomers(dataset, rules, g.end, days);
    const plain = summariseCustomers(dataset, rules, g.end);
    // Today's measures are those of a pass without earlier dates.
    expect(today.segmentation).toEqual(plain.segmentation);
    expect(today.model).toEqual(plain.model);
    const taken = takeEarlier(today, days.slice(0, 1))!;
    expect(taken).toHaveLength(1);
    const twoPass = summariseEarlier(dataset, rules, plain, days);
    expect(taken[0].measuredFor).toEqual(twoPass[0].measuredFor);
    expect(taken[0].segmentation).toEqual(twoPass[0].segmentation);
    expect(taken[0].model).toEqual(twoPass[0].model);
    // Given once; other days were not measured.
    expect(takeEarlier(today, days)).toBeNull();
    const again = summariseCustomers(dataset, rules, g.end, days);
    expect(takeEarlier(again, [g.end - 91])).toBeNull();
    const both = summariseCustomers(dataset, rules, g.end, days);
    const two = takeEarlier(both, days)!;
    expect(two.map((e) => e.model)).toEqual(twoPass.map((e) => e.model));
    expect(two.map((e) => e.segmentation)).toEqual(twoPass.map((e) => e.segmentation));
  });

  it("an earlier date's model computes only what a snapshot reads, and the same figures", async () => {
    const g = generatePopulation({ kind: "leaving", customers: 600, seed: 8 });
    const { dataset } = await ingestWorkbook(memorySource(g.sheets), { asOf: g.end });
    const rules = defaultRules();
    const day = g.end - 90;
    const summary = summariseCustomers(dataset, rules, day);
    const full = fitCustomerModel(dataset, summary, day, rules.model);
    const lean = fitCustomerModel(dataset, summary, day, rules.model, {
      expectedPurchases: false,
      nextPurchase: false,
      lifetimeValue: false,
    });
    expect(full.bgnbd).not.toBeNull();
    expect(lean.bgnbd).toEqual(full.bgnbd);
    expect(lean.pAlive).toEqual(full.pAlive);
    expect(lean.probabilityOfNoPurchase(90)).toEqual(full.probabilityOfNoPurchase(90));
    expect(Array.from(lean.clv).every(Number.isNaN)).toBe(true);
    expect(Array.from(lean.expectedPurchases).every(Number.isNaN)).toBe(true);
    expect(Array.from(full.clv).some(Number.isFinite)).toBe(true);
    expect(lean.gammaGamma).toBeNull();
  });
});
