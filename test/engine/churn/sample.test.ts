import { summariseCustomers } from "../../../src/engine/aggregate/customerSummary";
import { generatePopulation } from "../../../src/engine/backtest/generate";
import { summariseEarlier } from "../../../src/engine/churn/earlier";
import { earlierSample, SAMPLE_ABOVE } from "../../../src/engine/churn/sample";
import { ingestWorkbook } from "../../../src/engine/ingest/workbook";
import { memorySource } from "../../../src/engine/ingest/memorySource";
import { defaultRules } from "../../../src/engine/rules";

describe("the earlier dates' sample above a size (churn/sample.ts)", () => {
  const stages = (n: number) => Int8Array.from({ length: n }, (_, c) => (c * 7919) % 6);

  it("is null up to the size: every buyer is measured", () => {
    expect(earlierSample(stages(1000))).toBeNull();
    expect(SAMPLE_ABOVE).toBe(300_000);
  });

  it("keeps each stage's share, is seeded (the same every run) and never takes a prospect", () => {
    const stage = stages(60_000);
    const s = earlierSample(stage, 20_000, 12_000)!;
    const again = earlierSample(stage, 20_000, 12_000)!;
    expect(Array.from(s.member)).toEqual(Array.from(again.member));
    const buyers = Array.from(stage).filter((v) => v !== 0).length;
    expect(s.of).toBe(buyers);
    expect(Math.abs(s.customers - 12_000)).toBeLessThanOrEqual(6);
    for (let k = 0; k < 6; k++) {
      let all = 0;
      let taken = 0;
      for (let c = 0; c < stage.length; c++)
        if (stage[c] === k) {
          all++;
          taken += s.member[c];
        }
      if (k === 0) expect(taken).toBe(0);
      else expect(Math.abs(taken - (all * 12_000) / buyers)).toBeLessThan(1);
    }
  });

  it("customers outside it have no purchase at the earlier dates; those in it are measured as before", async () => {
    const g = generatePopulation({ kind: "leaving", customers: 300, seed: 5 });
    const { dataset } = await ingestWorkbook(memorySource(g.sheets), { asOf: g.end });
    const rules = defaultRules();
    const today = summariseCustomers(dataset, rules, g.end);
    const days = [g.end - 90, g.end - 180];
    const only = Uint8Array.from({ length: 300 }, (_, c) => (c % 3 === 0 ? 1 : 0));
    const all = summariseEarlier(dataset, rules, today, days);
    const part = summariseEarlier(dataset, rules, today, days, only);
    for (let k = 0; k < days.length; k++)
      for (let c = 0; c < 300; c++) {
        const m = part[k].segmentation;
        if (only[c]) {
          expect(m.purchaseDays[c]).toBe(all[k].segmentation.purchaseDays[c]);
          expect(m.recencyDays[c]).toBe(all[k].segmentation.recencyDays[c]);
          expect(part[k].model.lastDay[c]).toBe(all[k].model.lastDay[c]);
        } else {
          expect(m.purchaseDays[c]).toBe(0);
          expect(part[k].model.purchaseDays[c]).toBe(0);
        }
      }
  });
});
