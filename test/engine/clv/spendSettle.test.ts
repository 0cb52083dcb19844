/**
 * An unsettled spend fit (Gamma-Gamma, behind lifetime value) made without a penalty is refit with
 * SETTLING_PENALTY, as the repeat-purchase fit is, and warned in both languages (reviewer15, judge16
 * stop 40: until then an English model.note said "A spend parameter ran off", and no warning).
 */
import { summariseCustomers } from "../../../src/engine/aggregate/customerSummary";
import { fitCustomerModel, SETTLING_PENALTY } from "../../../src/engine/clv/customerModel";
import { spendFitUnsettledWarning } from "../../../src/engine/followUp/warnings";
import { defaultRules } from "../../../src/engine/rules";
import { makeDataset } from "../helpers/dataset";

/** 60 customers buying 100 a time (plus `spread` × 0–4), on 2–4 days, or 1–4 with one-time buyers. */
function flatSpends(spread: number, oneTimeBuyers = false) {
  const transactions: { customer: string; date: string; amount: number }[] = [];
  const customers: string[] = [];
  for (let c = 0; c < 60; c++) {
    const id = `C${c}`;
    customers.push(id);
    const days = oneTimeBuyers ? 1 + (c % 4) : 2 + (c % 3);
    for (let k = 0; k < days; k++) {
      const month = String(1 + ((c * 3 + k * 4) % 11)).padStart(2, "0");
      transactions.push({
        customer: id,
        date: `2025-${month}-0${1 + (k % 8)}`,
        amount: 100 + spread * ((c * 7 + k) % 5),
      });
    }
  }
  return makeDataset({ asOf: "2025-12-31", customers, transactions });
}

const fit = (d: ReturnType<typeof flatSpends>, penalty = 0) =>
  fitCustomerModel(d, summariseCustomers(d), d.asOf, { ...defaultRules().model, penalty });

test("a spend parameter that ran off is refit with the small penalty and used, and said (zh, en)", () => {
  const m = fit(flatSpends(0));
  expect(m.gammaGamma!.refit).toEqual({ penalty: SETTLING_PENALTY, unsettled: "ran_off" });
  expect(m.gammaGamma!.q).toBeLessThan(100); // without the penalty q ran past 10⁸
  const w = spendFitUnsettledWarning(m, 0)!;
  expect(w.code).toBe("spend_fit_unsettled");
  expect(w.message["zh-CN"]).toBe(
    "客户终身价值所用的消费金额模型无法从 60 位复购客户确定其参数：一个参数跑到了极端值。客户终身价值宜看作客户之间的先后，而非金额本身。本次运行已用小的惩罚项（model.penalty 0.001）重新拟合并采用其结果，数字因此更稳定：规则集的 model.penalty 为 0（默认）时不用惩罚项，除非拟合不稳定，此时改用 0.001；设为大于 0 的值则按所设值。",
  );
  expect(w.message["en-US"]).toContain(
    "The spend model behind lifetime value could not pin down its parameters from 60 repeat buyers: a parameter ran off to an extreme value. Read lifetime values as an order of customers rather than as amounts. This run refit it with a small penalty (model.penalty 0.001)",
  );
  // Stopped short, refit too.
  expect(fit(flatSpends(1)).gammaGamma!.refit?.unsettled).toBe("not_converged");
});

test("a rule set's own penalty is kept, and a refit that would blank the one-time buyers' value is not used", () => {
  const own = fit(flatSpends(0), 0.01);
  expect(own.gammaGamma!.refit).toBeUndefined();
  // With one-time buyers the penalty pulls q to 1: their mean spend would be refused.
  const m = fit(flatSpends(0, true));
  expect(m.gammaGamma!.refit).toBeUndefined();
  expect(m.gammaGamma!.refitDeclined).toEqual({
    penalty: SETTLING_PENALTY,
    why: "one_time_value",
  });
  expect(m.clv.every((v) => Number.isFinite(v))).toBe(true);
  const w = spendFitUnsettledWarning(m, 0)!;
  expect(w.message["en-US"]).toContain(
    "A refit with a small penalty (model.penalty 0.001) would leave the customers who bought once without a lifetime value: the run uses the fit as it is.",
  );
  expect(w.message["zh-CN"]).toContain("会使只购买过一次的客户没有终身价值，本次运行采用原拟合");
  // A settled spend fit: nothing said.
  expect(spendFitUnsettledWarning(fit(flatSpends(5)), 0)).toBeNull();
});
