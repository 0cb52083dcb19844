import { RISK_LEVELS } from "../../../src/engine/analysis";
import { analyzeWorkbook } from "../../../src/engine/analyze";
import { reliabilityTable } from "../../../src/engine/backtest/calibration";
import { generatePopulation } from "../../../src/engine/backtest/generate";
import { memorySource } from "../../../src/engine/ingest/memorySource";
import { defaultRules } from "../../../src/engine/rules";

// Stop 51/52: on the bundled samples, customers silent ≥ 5× their own gap at medium or high read
// 86 % stated against 61 % observed (as of 2025-09-30). Judge52 found the cause in the samples'
// own generator (its won-back customers all return 30–150 days before the data's end: 12 % of
// those silent at 2025-09-30 did not buy, 90 % of the others did not, 84 % stated), not in the
// learned figure. This guards the learned figure where the truth is stationary: a long silence
// at medium or high means what it says, one horizon ahead.

const H = 90;

it("long-silent customers at medium or high: stated within 5 points of observed (generated)", async () => {
  const g = generatePopulation({ kind: "leaving", customers: 2000, seed: 7 });
  const rules = defaultRules();
  const now = await analyzeWorkbook(memorySource(g.sheets), { rules, asOf: g.end - H });
  const later = await analyzeWorkbook(memorySource(g.sheets), { rules, asOf: g.end });
  const index = new Map(later.dataset.customers.id.map((id, i) => [id, i]));
  const an = now.classification.analysis;
  const p: number[] = [];
  const y: number[] = [];
  now.dataset.customers.id.forEach((id, c) => {
    const level = RISK_LEVELS[an.churnLevel[c]];
    if (level !== "high" && level !== "medium") return;
    if (now.summary.segmentation.purchaseDays[c] < 2) return;
    if (!(an.recencyDays[c] >= 5 * now.classification.typicalGapDays[c])) return;
    p.push(an.churnProbability[c]);
    y.push(later.summary.model.lastDay[index.get(id)!] > now.asOf ? 0 : 1);
  });
  expect(p.length).toBeGreaterThan(100);
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  expect(Math.abs(mean(p) - mean(y))).toBeLessThan(0.05);
  // The backtest's own reliability bands: every band of 30 or more within 8 points.
  for (const bin of reliabilityTable(p, y))
    if (bin.customers >= 30)
      expect(Math.abs(bin.statedProbability! - bin.observedRate!)).toBeLessThan(0.08);
}, 180_000);
