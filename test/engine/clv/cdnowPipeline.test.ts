import type { Grid } from "../../../src/engine/cells";
import { analyzeWorkbook } from "../../../src/engine/analyze";
import { memorySource } from "../../../src/engine/ingest/memorySource";
import { epochDay } from "../../../src/engine/parse/date";
import { defaultRules } from "../../../src/engine/rules";
import { loadCdnowElog } from "../../fixtures/cdnow/load";

/**
 * The whole pipeline (sheets → ingest → customer summary → model) on the real CDNOW sample
 * (test/fixtures/cdnow/cdnow_elog.csv, 2,357 customers) as of the end of the 39-week calibration
 * period, against the published fit: Fader, Hardie & Lee (2005) / lifetimes' docs for the BG/NBD,
 * lifetimes' tests (from BTYDplus) for the MBG/NBD.
 */
const elog = loadCdnowElog();
const customers: Grid = [["Customer ID"]];
for (let id = 1; id <= 2357; id++) customers.push([id]);
const transactions: Grid = [["Customer ID", "Date", "Amount"]];
for (const t of elog) transactions.push([t.sampleId, t.date, t.sales]);
const asOf = epochDay(1997, 9, 30);

async function analyse(model: "bgnbd" | "mbgnbd") {
  const rules = defaultRules();
  return analyzeWorkbook(memorySource({ Customers: customers, Transactions: transactions }), {
    rules: { ...rules, model: { ...rules.model, repeatPurchaseModel: model } },
    asOf,
  });
}

describe("CDNOW through the whole pipeline", () => {
  test("BG/NBD: the published fit, with the 8 customers whose only purchase was $0.00", async () => {
    const a = await analyse("bgnbd");
    const zero = a.findings.filter((f) => f.code === "zero_amount");
    expect(zero).toHaveLength(8);
    expect(zero.every((f) => f.severity === "info")).toBe(true);
    const fit = a.model.bgnbd!;
    expect(fit.model).toBe("bgnbd");
    expect(fit.customers).toBe(2357);
    expect(fit.repeatBuyers).toBe(946);
    // lifetimes' documented estimate: r 0.242593, α 4.413532, a 0.792886, b 2.425752. Its LL
    // −9582.4256 is on the summary rounded to 2 decimals of a week; on exact days (as here) the
    // log-likelihood is BTYD's published −9582.429 (BTYD walkthrough §4.2).
    expect(fit.r).toBeCloseTo(0.242593, 5);
    expect(fit.alpha).toBeCloseTo(4.413532, 3);
    expect(fit.a).toBeCloseTo(0.792886, 4);
    expect(fit.b).toBeCloseTo(2.425752, 3);
    expect(fit.logLikelihood).toBeCloseTo(-9582.429, 3);
    // Every sample customer bought in 1997-Q1: none is a prospect, every one has a P(alive).
    expect(a.model.pAlive.every((p) => p >= 0 && p <= 1)).toBe(true);
  });

  test("MBG/NBD (the default): BTYDplus's fit, and one-time buyers below certainty", async () => {
    const a = await analyse("mbgnbd");
    const fit = a.model.bgnbd!;
    expect(fit.model).toBe("mbgnbd");
    // lifetimes' tests (values from BTYDplus): r 0.525, α 6.183, a 0.891, b 1.614.
    expect(fit.r).toBeCloseTo(0.525, 3);
    expect(fit.alpha).toBeCloseTo(6.183, 2);
    expect(fit.a).toBeCloseTo(0.891, 3);
    expect(fit.b).toBeCloseTo(1.614, 3);
    const oneTime = a.summary.model.purchaseDays.reduce((n, d) => n + (d === 1 ? 1 : 0), 0);
    expect(oneTime).toBe(1411);
    for (let c = 0; c < 2357; c++)
      if (a.summary.model.purchaseDays[c] === 1) expect(a.model.pAlive[c]).toBeLessThan(1);
  });
});
