/**
 * reviewer69 M10 (/work/notes/stop69/reviewer69/occasion.test.ts): a bakery of 15 weekly $26
 * regulars as of 2026-12-04. W-201, a hotel's one $900 trial order 60 days ago, read high 94.8 %
 * beside her reason "an occasion order … not counted overdue against the regulars' gap": the
 * probability still weighed the regulars' gap. W-200, a new café's first standing order of $800
 * 12 days ago, was called "a wedding, an event": 12 days after a first order no one knows it is no
 * regular's first.
 */
import { analyzeWorkbook, type Analysis } from "../../../src/engine/analyze";
import type { Grid } from "../../../src/engine/cells";
import { churnReasonsIn } from "../../../src/engine/churn/reasons";
import { memorySource } from "../../../src/engine/ingest/memorySource";
import { isoDate, parseIsoDate } from "../../../src/engine/parse/date";
import { defaultRules } from "../../../src/engine/rules";

const asOf = parseIsoDate("2026-12-04");

async function bakery(): Promise<Analysis> {
  const customers: Grid = [["Customer ID", "Name"]];
  const sales: Grid = [["Date", "Customer ID", "Amount"]];
  for (let k = 0; k < 15; k++) {
    customers.push([`R${k}`, `Retail ${k}`]);
    for (let w = 0; w < 26; w++) sales.push([isoDate(asOf - 3 - (k % 5) - 7 * w), `R${k}`, 26]);
  }
  customers.push(["W-200", "New Café (wholesale, first standing order)"]);
  sales.push([isoDate(asOf - 12), "W-200", 800]);
  customers.push(["W-201", "Hotel (wholesale, trial order)"]);
  sales.push([isoDate(asOf - 60), "W-201", 900]);
  return analyzeWorkbook(memorySource({ Customers: customers, Transactions: sales }), {
    rules: defaultRules(),
    asOf,
  });
}

describe("an occasion order at a bakery of regulars (reviewer69 M10)", () => {
  let a: Analysis;
  beforeAll(async () => {
    a = await bakery();
  }, 60_000);
  const row = (id: string) => a.dataset.customers.id.indexOf(id);

  it("the occasion order's probability leaves out the regulars' gap, as her reason says: not at risk", () => {
    const an = a.classification.analysis;
    const c = row("W-201");
    expect(churnReasonsIn(an, c, "en-US").map((r) => r.text)).toContain(
      "Bought only once, 60 days ago: an occasion order, many times a usual order (a wedding, an event), with no rhythm of its own; not counted overdue against the regulars' gap",
    );
    // Before: 94.8 % (high), her 53 days past the regulars' 7 weighed; after 33.6 % (low).
    expect(an.churnProbability[c]).toBeLessThan(0.5);
  });

  it("a first order 12 days old is no occasion yet (a regular would not be overdue)", () => {
    const c = row("W-200");
    expect(a.classification.occasion?.[c] ?? 0).toBe(0);
    for (const r of churnReasonsIn(a.classification.analysis, c, "en-US"))
      expect(r.text).not.toMatch(/occasion|wedding/);
    expect(a.classification.occasion?.[row("W-201")]).toBe(1);
  });
});
