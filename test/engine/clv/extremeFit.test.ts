/**
 * A small workbook whose unpenalised fit runs to an extreme (test/fixtures/smallRepeat, tester11
 * stop 35 finding 2): expected purchases and lifetime value are figures, or carry a reason.
 */
import { summariseCustomers } from "../../../src/engine/aggregate/customerSummary";
import { alivePurchases, type BgNbdFit } from "../../../src/engine/clv/bgnbd";
import {
  fitCustomerModel,
  MODEL_NOTES,
  SETTLING_PENALTY,
} from "../../../src/engine/clv/customerModel";
import { fitMbgNbd } from "../../../src/engine/clv/mbgnbd";
import { summariseGroupsForModel } from "../../../src/engine/clv/summary";
import {
  modelWarning,
  oneTimeValueWarning,
  spendFitUnsettledWarning,
} from "../../../src/engine/followUp/warnings";
import { defaultRules } from "../../../src/engine/rules";
import { makeDataset } from "../helpers/dataset";
import { smallRepeatRows } from "../../fixtures/smallRepeat/smallRepeat";

function smallRepeat(zeroAfterFirst = "", oneTimeBuyer = false) {
  const transactions = smallRepeatRows();
  // A customer whose repeat purchases are all 0 (free replacements, say): no spend to condition on.
  const seen = new Set<string>();
  for (const t of transactions)
    if (t.customer === zeroAfterFirst && t.amount > 0) {
      if (seen.has(t.customer)) t.amount = 0;
      seen.add(t.customer);
    }
  // A customer who bought once (the tester's workbook has none): the spend model gives them its mean.
  if (oneTimeBuyer) transactions.push({ customer: "C999", date: "2025-10-01", amount: 500 });
  const customers = [...new Set(transactions.map((t) => t.customer))].sort();
  return makeDataset({ asOf: "2025-12-31", customers, transactions });
}

const dataset = smallRepeat();
const model = defaultRules().model;
const fitted = fitCustomerModel(dataset, summariseCustomers(dataset), dataset.asOf, model);
/** The fit without a penalty, which the run refits (customerModel.ts settled). */
const unpenalised = fitMbgNbd(
  summariseGroupsForModel(dataset, summariseCustomers(dataset), {
    asOfDay: dataset.asOf,
    timeUnitDays: model.timeUnitDays,
  }),
) as BgNbdFit;

describe("a fit run to an extreme (80 repeat buyers, model.penalty 0)", () => {
  test("the fixture still runs to the extreme, and the run refits it with a small penalty (judge15)", () => {
    expect(model.penalty).toBe(0);
    expect(unpenalised.a).toBeGreaterThan(1e4);
    expect(unpenalised.b).toBeGreaterThan(1e6);
    expect(unpenalised.unsettled).toBeDefined();
    // The run's fit is the refit with SETTLING_PENALTY, as a rule set with that penalty gives.
    const penalised = fitCustomerModel(dataset, summariseCustomers(dataset), dataset.asOf, {
      ...model,
      penalty: SETTLING_PENALTY,
    });
    expect(fitted.bgnbd!.refit).toEqual({
      penalty: SETTLING_PENALTY,
      unsettled: unpenalised.unsettled,
    });
    for (const p of ["r", "alpha", "a", "b"] as const)
      expect(fitted.bgnbd![p]).toBeCloseTo(penalised.bgnbd![p], 6);
    expect(fitted.fitNote).toContain("Without a penalty the fit did not settle");
  });

  test("every buyer's expected purchases and lifetime value are figures, or say why not", () => {
    const blank: string[] = [];
    for (let c = 0; c < dataset.customers.count; c++) {
      const figures =
        Number.isFinite(fitted.expectedPurchases[c]) && Number.isFinite(fitted.clv[c]);
      if (!figures)
        blank.push(`${dataset.customers.id[c]}: ${MODEL_NOTES[fitted.note[c]] ?? null}`);
      if (!figures) expect(MODEL_NOTES[fitted.note[c]]).toBe("not_computable");
    }
    // Taken in log space they are all figures (c125231: NaN for all 80, modelNote null).
    expect(blank).toEqual([]);
  });

  test("the unpenalised fit's figures are the limit of a fixed drop-out chance p = a/(a+b)", () => {
    const b = unpenalised;
    const p = b.a / (b.a + b.b + 1); // MBG/NBD: alive after x + 1 survivals, Beta(a, b + 1)
    for (const [x, T, t] of [
      [5, 50, 90 / 7],
      [20, 52, 52],
      [1, 10, 13],
    ]) {
      const limit = (1 - Math.pow((b.alpha + T) / (b.alpha + T + p * t), b.r + x)) / p;
      expect(alivePurchases(b.r, b.alpha, b.a, b.b + 1, x, T, t)).toBeCloseTo(limit, 5);
    }
  });
});

test("the spend fit ran off too: its refit did not settle either, so the first is kept, and said (judge16)", () => {
  const g = fitted.gammaGamma!;
  expect(g.unsettled).toBe("ran_off");
  expect(g.refit).toBeUndefined();
  expect(g.refitDeclined).toEqual({ penalty: SETTLING_PENALTY, why: "unsettled" });
  const w = spendFitUnsettledWarning(fitted, 0)!;
  expect(w.message["en-US"]).toContain(
    "from 80 repeat buyers: a parameter ran off to an extreme value. Read lifetime values as an order of customers rather than as amounts. A refit with a small penalty (model.penalty 0.001) did not settle either: the run uses the fit as it is.",
  );
  expect(w.message["zh-CN"]).toContain("重新拟合也不稳定，本次运行采用原拟合。");
});

test("a figure the model cannot give is left empty with not_computable and one run warning", () => {
  const data = smallRepeat("C007");
  const m = fitCustomerModel(data, summariseCustomers(data), data.asOf, model);
  const c = data.customers.id.indexOf("C007");
  expect(Number.isFinite(m.expectedPurchases[c])).toBe(true);
  expect(m.clv[c]).toBeNaN();
  expect(MODEL_NOTES[m.note[c]]).toBe("not_computable");
  expect([...m.note].filter((n) => n !== -1)).toHaveLength(1);
  const w = modelWarning(m)!;
  expect(w.code).toBe("model_figures_blank");
  expect(w.message["en-US"]).toContain("for 1 of 80 customers who bought");
  expect(w.message["en-US"]).toContain("model.penalty 0.001");
  expect(w.message["zh-CN"]).toContain("80 位已购买客户中有 1 位");
  expect(modelWarning(fitted)).toBeNull();
  // The run refit the unsettled fit: said as done, not advised again (reviewer15 D3); without a
  // refit, what to try; with the rule set's own penalty, a larger one.
  expect(m.bgnbd!.refit).toBeDefined();
  expect(w.message["en-US"]).toContain(
    "This run has already refit the fit that did not settle with a small penalty (model.penalty 0.001",
  );
  const settledFit = { ...m, bgnbd: { ...m.bgnbd!, refit: undefined }, gammaGamma: null };
  expect(modelWarning(settledFit)!.message["en-US"]).toContain(
    "A small penalty may steady the fit: model.penalty 0.001 in a rule set (--rules).",
  );
  expect(modelWarning(settledFit, 0.01)!.message["zh-CN"]).toContain(
    "这是在规则集的 model.penalty 0.01 下的结果；设更大的惩罚项可能使拟合稳定。",
  );
});

test("a spend fit run to q → 1 gives a one-time buyer no lifetime value, with its reason (stop 35 leftover)", () => {
  // model.penalty 0.001 (the advice for the purchase model's extreme) pulls Gamma-Gamma's q to
  // 1 + 1e-11 on this workbook: the population mean spend p·γ/(q−1), a one-time buyer's expected
  // spend, came out 4.95e13 against 15,179 for the biggest repeat buyer's average.
  const data = smallRepeat("", true);
  const m = fitCustomerModel(data, summariseCustomers(data), data.asOf, {
    ...model,
    penalty: 0.001,
  });
  const once = data.customers.id.indexOf("C999");
  expect(m.gammaGamma!.q - 1).toBeLessThan(1e-6);
  expect(m.clv[once]).toBeNaN();
  expect(MODEL_NOTES[m.note[once]]).toBe("not_computable");
  // The repeat buyers condition on their own spend and keep their figures.
  const others = [...m.clv].filter((_, c) => c !== once);
  expect(others.every((v) => Number.isFinite(v) && v >= 0)).toBe(true);
  expect(Math.max(...others)).toBeLessThan(1e7);
  expect(m.fitNote).toContain("above every repeat buyer's average");
  expect(m.fitNote).toContain("the customer who bought once has no lifetime value");
  expect(m.fitNote).toContain("try model.penalty 0.");
  // Its own warning, not model_figures_blank's "no finite value … try model.penalty 0.001"
  // (reviewer12 D5): the mean was finite and refused, and the penalty is what produced it.
  expect(m.oneTimeValueBlank).toBe(1);
  expect(modelWarning(m)).toBeNull();
  const w = oneTimeValueWarning(m, 0.001)!;
  expect(w.code).toBe("one_time_value_blank");
  expect(w.message["en-US"]).toContain("left empty for 1 of 81 customers who bought");
  expect(w.message["en-US"]).toMatch(/the spend model's mean, [\d,]+ here, which is above/);
  expect(w.message["en-US"]).toContain("try model.penalty 0 in a rule set");
  expect(w.message["en-US"]).not.toContain("0.001 in");
  expect(w.message["zh-CN"]).toContain("81 位已购买客户中只购买过一次的 1 位");
  expect(w.message["zh-CN"]).toContain("model.penalty 0（--rules）");
  // Unpenalised rule set: no penalty to take off, so no such advice.
  const unpenalised = oneTimeValueWarning(m, 0)!;
  expect(unpenalised.message["en-US"]).not.toContain("model.penalty");
  expect(unpenalised.message["zh-CN"]).not.toContain("model.penalty");
  // Unpenalised, q stays away from 1 and the one-time buyer has a figure below the largest average.
  const plain = fitCustomerModel(data, summariseCustomers(data), data.asOf, model);
  expect(Number.isFinite(plain.clv[once])).toBe(true);
  expect(plain.note[once]).toBe(-1);
});

test("the refused mean is said only where a one-time buyer met it, apart from other blank figures (reviewer12 D5)", () => {
  // The tester's workbook (no one-time buyer) under model.penalty 0.001: q runs to 1, nobody is
  // affected, so neither the note nor a warning says one-time buyers have no lifetime value.
  const noOnce = fitCustomerModel(dataset, summariseCustomers(dataset), dataset.asOf, {
    ...model,
    penalty: 0.001,
  });
  expect(noOnce.gammaGamma!.q - 1).toBeLessThan(1e-6);
  expect(noOnce.oneTimeValueBlank).toBe(0);
  expect(noOnce.fitNote ?? "").not.toContain("bought once");
  expect(oneTimeValueWarning(noOnce, 0.001)).toBeNull();
  // A repeat buyer with no spend to go by and a one-time buyer: one in each warning.
  const data = smallRepeat("C007", true);
  const both = fitCustomerModel(data, summariseCustomers(data), data.asOf, {
    ...model,
    penalty: 0.001,
  });
  expect(both.oneTimeValueBlank).toBe(1);
  expect(modelWarning(both)!.message["en-US"]).toContain("for 1 of 81 customers who bought");
  expect(oneTimeValueWarning(both, 0.001)!.message["en-US"]).toContain("for 1 of 81 customers");
});
