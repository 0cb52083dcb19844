import { summariseCustomers } from "../../../src/engine/aggregate/customerSummary";
import { fitCustomerModel, MODEL_NOTES } from "../../../src/engine/clv/customerModel";
import { seededRandom, simulateTransactions } from "../../../src/engine/clv/simulate";
import { isoDate } from "../../../src/engine/parse/date";
import { defaultRules } from "../../../src/engine/rules";
import { makeDataset, type TransactionRow } from "../helpers/dataset";

const rules = defaultRules().model;
const truth = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };
const spend = { p: 6.25, q: 3.74, gamma: 15.44 };

/** A workbook-like dataset simulated from the models (days since 2023-01-01, weeks as the unit). */
function simulated(customers: number, seed: number) {
  const asOfDay = 20000;
  const sim = simulateTransactions(
    truth,
    spend,
    { customerCount: customers, cohortDays: 84, asOfDay: asOfDay, timeUnitDays: 7 },
    seededRandom(seed),
  );
  // Shift so the cohort starts 546 days before the analysis date (78 weeks, as CDNOW's calibration).
  const start = asOfDay - 546;
  const transactions: TransactionRow[] = [];
  for (let i = 0; i < sim.customer.length; i++) {
    const day = start + Math.floor(sim.day[i]);
    if (day <= asOfDay)
      transactions.push({
        customer: `C${sim.customer[i]}`,
        date: isoDate(day),
        amount: Math.max(0.01, +sim.amount[i].toFixed(2)),
      });
  }
  const ids = Array.from({ length: customers }, (_, c) => `C${c}`);
  return makeDataset({ asOf: isoDate(asOfDay), customers: ids, transactions });
}

describe("fitCustomerModel", () => {
  test("recovers the parameters it was simulated from and scores every buyer", () => {
    const dataset = simulated(4000, 11);
    const m = fitCustomerModel(dataset, summariseCustomers(dataset), dataset.asOf, rules);
    expect(m.bgnbd).not.toBeNull();
    expect(m.gammaGamma).not.toBeNull();
    const b = m.bgnbd!;
    expect(b.r).toBeGreaterThan(truth.r * 0.7);
    expect(b.r).toBeLessThan(truth.r * 1.4);
    expect(b.a).toBeGreaterThan(truth.a * 0.5);
    expect(b.a).toBeLessThan(truth.a * 1.6);
    expect(m.gammaGamma!.q).toBeGreaterThan(1);
    for (let c = 0; c < dataset.customers.count; c++) {
      expect(m.pAlive[c]).toBeGreaterThanOrEqual(0);
      expect(m.pAlive[c]).toBeLessThanOrEqual(1);
      expect(m.expectedPurchases[c]).toBeGreaterThanOrEqual(0);
      expect(Number.isFinite(m.clv[c])).toBe(true);
      expect(m.note[c]).toBe(-1);
    }
  });

  test("too few buyers: the analysis goes on with a note and no figures", () => {
    const dataset = makeDataset({
      asOf: "2025-12-31",
      customers: ["A", "B", "P"],
      transactions: [
        { customer: "A", date: "2025-01-01", amount: 10 },
        { customer: "A", date: "2025-06-01", amount: 10 },
        { customer: "B", date: "2025-03-01", amount: 10 },
      ],
    });
    const m = fitCustomerModel(dataset, summariseCustomers(dataset), dataset.asOf, rules);
    expect(m.bgnbd).toBeNull();
    expect(m.fitNote).toMatch(/at least 50/);
    expect(Array.from(m.note, (k) => MODEL_NOTES[k])).toEqual([
      "model_not_fitted",
      "model_not_fitted",
      "no_purchase",
    ]);
    expect(m.pAlive[0]).toBeNaN();
  });

  test("no repeat buyers: a clear note, never a crash", () => {
    const ids = Array.from({ length: 60 }, (_, c) => `C${c}`);
    const dataset = makeDataset({
      asOf: "2025-12-31",
      customers: ids,
      transactions: ids.map((id, c) => ({ customer: id, date: isoDate(20000 + c), amount: 10 })),
    });
    const m = fitCustomerModel(dataset, summariseCustomers(dataset), dataset.asOf, rules);
    expect(m.bgnbd).toBeNull();
    expect(m.fitNote).toBeTruthy();
    expect(MODEL_NOTES[m.note[0]]).toBe("model_not_fitted");
  });

  test("switched off in the rule set", () => {
    const dataset = simulated(100, 3);
    const m = fitCustomerModel(dataset, summariseCustomers(dataset), dataset.asOf, {
      ...rules,
      enabled: false,
    });
    expect(m.bgnbd).toBeNull();
    expect(MODEL_NOTES[m.note[0]]).toBe("model_disabled");
  });

  test("returns are not purchases", () => {
    const ids = Array.from({ length: 60 }, (_, c) => `C${c}`);
    const transactions: TransactionRow[] = ids.flatMap((id, c) => [
      { customer: id, date: isoDate(20000 + (c % 30)), amount: 50 },
      { customer: id, date: isoDate(20100 + (c % 40)), amount: 30 + c },
    ]);
    transactions.push({ customer: "C0", date: isoDate(20300), amount: -20 });
    const dataset = makeDataset({ asOf: isoDate(20400), customers: ids, transactions });
    const withReturn = fitCustomerModel(dataset, summariseCustomers(dataset), dataset.asOf, rules);
    const shorter = {
      ...dataset,
      transactions: {
        ...dataset.transactions,
        count: dataset.transactions.count - 1,
        customer: dataset.transactions.customer.slice(0, -1),
        day: dataset.transactions.day.slice(0, -1),
        amount: dataset.transactions.amount.slice(0, -1),
      },
    };
    const without = fitCustomerModel(shorter, summariseCustomers(shorter), dataset.asOf, rules);
    expect(withReturn.bgnbd!.r).toBeCloseTo(without.bgnbd!.r, 10);
    expect(withReturn.pAlive[0]).toBeCloseTo(without.pAlive[0], 10);
  });
});
