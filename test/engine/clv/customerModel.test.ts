import { summariseCustomers } from "../../../src/engine/aggregate/customerSummary";
import {
  fitCustomerModel,
  MODEL_NOTES,
  NOT_FITTED_CODES,
  SETTLING_PENALTY,
  type NotFittedCode,
} from "../../../src/engine/clv/customerModel";
import { notFittedWords } from "../../../src/engine/followUp/warnings";
import type { Dataset } from "../../../src/engine/model";
import { CATALOGS, say } from "../../../src/engine/words/catalog";
import type { BgNbdParams } from "../../../src/engine/clv/bgnbd";
import { seededRandom, simulateTransactions } from "../../../src/engine/clv/simulate";
import { isoDate } from "../../../src/engine/parse/date";
import { defaultRules } from "../../../src/engine/rules";
import { makeDataset, type TransactionRow } from "../helpers/dataset";

const rules = defaultRules().model;
const truth: BgNbdParams = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };
const spend = { p: 6.25, q: 3.74, gamma: 15.44 };

/** A workbook-like dataset simulated from the models (days since 2023-01-01, weeks as the unit). */
function simulated(customers: number, seed: number, params: BgNbdParams = truth) {
  const asOfDay = 20000;
  const sim = simulateTransactions(
    params,
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
  test.each([
    ["bgnbd", truth],
    ["mbgnbd", { ...truth, model: "mbgnbd" }],
  ] as const)(
    "%s: recovers the parameters it was simulated from and scores every buyer",
    (name, params) => {
      const dataset = simulated(4000, 11, params);
      const m = fitCustomerModel(dataset, summariseCustomers(dataset), dataset.asOf, {
        ...rules,
        repeatPurchaseModel: name,
      });
      expect(m.repeatPurchaseModel).toBe(name);
      expect(m.bgnbd!.model).toBe(name);
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
    },
  );

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

describe("the model's predictions for the churn definition", () => {
  const dataset = simulated(3000, 5);
  const m = fitCustomerModel(dataset, summariseCustomers(dataset), dataset.asOf, rules);

  test("MBG/NBD is the default; one-time buyers are not certainly alive", () => {
    expect(m.repeatPurchaseModel).toBe("mbgnbd");
    const s = summariseCustomers(dataset);
    let oneTime = 0;
    for (let c = 0; c < dataset.customers.count; c++) {
      if (s.model.purchaseDays[c] !== 1) continue;
      oneTime++;
      expect(m.pAlive[c]).toBeLessThan(1);
    }
    expect(oneTime).toBeGreaterThan(100);
  });

  test("probability of no purchase: a number per buyer, falling with the horizon", () => {
    const p30 = m.probabilityOfNoPurchase(30)!;
    const p90 = m.probabilityOfNoPurchase(90)!;
    const p0 = m.probabilityOfNoPurchase(0)!;
    expect(p90).toHaveLength(dataset.customers.count);
    for (let c = 0; c < dataset.customers.count; c++) {
      expect(p0[c]).toBe(1);
      expect(p90[c]).toBeLessThanOrEqual(p30[c]);
      // Never below the chance of having left.
      expect(p90[c]).toBeGreaterThanOrEqual(1 - m.pAlive[c] - 1e-12);
    }
  });

  test("expected next purchase: the first day the chance of a purchase reaches 50%", () => {
    const byDays = new Map<number, Float64Array>();
    const none = (days: number) => {
      if (!byDays.has(days)) byDays.set(days, m.probabilityOfNoPurchase(days)!);
      return byDays.get(days)!;
    };
    let dated = 0;
    for (let c = 0; c < dataset.customers.count; c++) {
      const day = m.expectedNextPurchase[c];
      if (Number.isNaN(day)) {
        // Blank: not within the cap (always so for a customer more likely gone than alive).
        expect(none(m.nextPurchaseMaxDays)[c]).toBeGreaterThan(0.5 - 1e-9);
        continue;
      }
      dated++;
      const days = day - dataset.asOf;
      expect(days).toBeGreaterThanOrEqual(1);
      expect(days).toBeLessThanOrEqual(m.nextPurchaseMaxDays);
      expect(m.pAlive[c]).toBeGreaterThan(0.5);
      expect(none(days)[c]).toBeLessThanOrEqual(0.5 + 1e-9);
      if (days > 1) expect(none(days - 1)[c]).toBeGreaterThan(0.5);
    }
    expect(dated).toBeGreaterThan(10);
  });

  test("not fitted: null, and NaN for customers without a purchase", () => {
    const off = fitCustomerModel(dataset, summariseCustomers(dataset), dataset.asOf, {
      ...rules,
      enabled: false,
    });
    expect(off.probabilityOfNoPurchase(90)).toBeNull();
    const ids = ["A", "B", "P"];
    const few = makeDataset({
      asOf: "2025-12-31",
      customers: ids,
      transactions: [{ customer: "A", date: "2025-01-01", amount: 10 }],
    });
    const m2 = fitCustomerModel(few, summariseCustomers(few), few.asOf, {
      ...rules,
      minCustomers: 2,
    });
    expect(m2.probabilityOfNoPurchase(90)).toBeNull();
    expect(m2.expectedNextPurchase[0]).toBeNaN();
  });

  test("fitted as of an earlier date, it sees only what was known then", () => {
    const earlier = dataset.asOf - 180;
    const snapshot = fitCustomerModel(
      dataset,
      summariseCustomers(dataset, defaultRules(), earlier),
      earlier,
      rules,
    );
    // The same data with every later transaction removed.
    const t = dataset.transactions;
    const keep = Array.from(t.day.keys()).filter((i) => t.day[i] <= earlier);
    const cut = {
      ...dataset,
      asOf: earlier,
      transactions: {
        ...t,
        count: keep.length,
        customer: Int32Array.from(keep, (i) => t.customer[i]),
        day: Float64Array.from(keep, (i) => t.day[i]),
        amount: Float64Array.from(keep, (i) => t.amount[i]),
        order: Int32Array.from(keep, (i) => t.order[i]),
        product: Int32Array.from(keep, (i) => t.product[i]),
        quantity: Float64Array.from(keep, (i) => t.quantity[i]),
        sourceRow: Int32Array.from(keep, (i) => t.sourceRow[i]),
      },
    };
    const truncated = fitCustomerModel(
      cut,
      summariseCustomers(cut, defaultRules(), earlier),
      earlier,
      rules,
    );
    expect(snapshot.asOf).toBe(earlier);
    expect(snapshot.bgnbd!.r).toBe(truncated.bgnbd!.r);
    expect(snapshot.bgnbd!.logLikelihood).toBe(truncated.bgnbd!.logLikelihood);
    expect(Array.from(snapshot.probabilityOfNoPurchase(90)!)).toEqual(
      Array.from(truncated.probabilityOfNoPurchase(90)!),
    );
    expect(Array.from(snapshot.expectedNextPurchase)).toEqual(
      Array.from(truncated.expectedNextPurchase),
    );
    // And it is not the fit at the later date (the 180 days after did change it).
    expect(snapshot.bgnbd!.logLikelihood).not.toBe(m.bgnbd!.logLikelihood);
  });
});

describe("why the model was not fitted: every reason can be reached, each with one sentence (reviewer13 D4)", () => {
  /** `count` customers; customer c buys on days `days(c)` after 2025-01-01 for `amount(c, k)`. */
  function bought(
    count: number,
    days: (c: number) => number[],
    amount = (_c: number, _k: number) => 10,
  ) {
    const ids = Array.from({ length: count }, (_, c) => `C${c}`);
    const transactions: TransactionRow[] = ids.flatMap((id, c) =>
      days(c).map((d, k) => ({ customer: id, date: isoDate(20089 + d), amount: amount(c, k) })),
    );
    return makeDataset({ asOf: "2025-12-31", customers: ids, transactions });
  }
  const repeat = (c: number) => [c % 40, 100 + (c % 50), 200 + ((c * 7) % 90)];
  const cases: [NotFittedCode, "purchase" | "spend", Dataset, Partial<typeof rules>][] = [
    ["model_disabled", "purchase", simulated(100, 3), { enabled: false }],
    ["below_min_customers", "purchase", bought(3, repeat), {}],
    // Only with rules the rule set refuses (model.minCustomers is at least 2): the engine's callers.
    ["too_few_customers", "purchase", bought(1, repeat), { minCustomers: 1 }],
    ["no_repeat_buyers", "purchase", bought(60, (c) => [c]), {}],
    // Repeat purchases of 0 (free refills): the spend model has nothing to learn from.
    ["no_repeat_spend", "spend", bought(60, repeat, (_c, k) => (k ? 0 : 10)), {}],
    ["too_few_repeat_spenders", "spend", bought(60, repeat, (c, k) => (k && c ? 0 : 10)), {}],
    // Only with a negative model.penalty, which the rule set refuses; the purchase fit says it first.
    ["invalid_input", "purchase", bought(60, repeat), { penalty: -1 }],
    // An optimiser's guard: no data tried reached it under the rule set's penalties (0 to 10; spends
    // from 5e-324 to 1e307 fit). An infinite model.penalty, which the rule set refuses, does.
    ["fit_failed", "spend", bought(60, repeat), { penalty: Infinity }],
  ];

  test.each(cases)("%s (%s model)", (code, part, dataset, changed) => {
    const m = fitCustomerModel(dataset, summariseCustomers(dataset), dataset.asOf, {
      ...rules,
      ...changed,
    });
    expect(m.notFitted).toMatchObject({ part, code });
    for (const lang of ["zh-CN", "en-US"] as const)
      // The catalog's sentence filled (its plural too: "only 3 customers have bought", stop 44).
      expect(notFittedWords(lang, m.notFitted!)).toBe(
        say(lang, "modelWhy", code, { buyers: "3", min: "50", penalty: String(SETTLING_PENALTY) }),
      );
  });

  test("the catalog has one sentence for each reason, no other, and none twice", () => {
    expect(cases.map(([code]) => code).sort()).toEqual([...NOT_FITTED_CODES].sort());
    for (const lang of ["zh-CN", "en-US"] as const) {
      const words = CATALOGS[lang].modelWhy;
      expect(Object.keys(words).sort()).toEqual([...NOT_FITTED_CODES].sort());
      expect(new Set(Object.values(words)).size).toBe(NOT_FITTED_CODES.length);
    }
  });
});
