import { RISK_LEVELS } from "../../../src/engine/analysis";
import { typicalKind } from "../../../src/engine/churn/assess";
import { reasonText } from "../../../src/engine/churn/reasons";

// tester67 U311 (/work/notes/stop67/tester67/C_SweetCrumb_Customers.xlsx as of 2026-12-04, before
// fded5835): C-556 Summit Insurance high 82.3 % with the one reason "Like most customers: historically
// 24% of customers did not buy again within 90 days"; C-579 86.9 %, C-566 83.5 % the same. A reason
// must not contradict the level it explains: the customers' share is said only where it lies in hers.
const levels = { high: 0.8, medium: 0.5 };
const HIGH = RISK_LEVELS.indexOf("high");
const MEDIUM = RISK_LEVELS.indexOf("medium");

test("the learned customers' share beside a row of another level: her own figure is said", () => {
  const kind = typicalKind(HIGH, { source: "learned", noPurchaseRate: 0.24 }, levels);
  expect(kind).toBe(3);
  const fig = [0.823, 90, 0.24, kind];
  expect(reasonText("typical_of_customers", fig, "en-US")).toBe(
    "Estimated 82% chance of no purchase in 90 days from this workbook's history, by her figures taken together (none stands out on its own)",
  );
  expect(reasonText("typical_of_customers", fig, "zh-CN")).toBe(
    "按本表历史，综合其各项数据估计 90 天内不再购买的概率为 82%（没有单独突出的一项）",
  );
  expect(reasonText("typical_of_customers", fig, "en-US")).not.toContain("24%");
});

test("the customers' share in her level is still said as theirs; the default weights' estimate as before", () => {
  const kind = typicalKind(MEDIUM, { source: "learned", noPurchaseRate: 0.62 }, levels);
  expect(kind).toBe(1);
  expect(reasonText("typical_of_customers", [0.66, 90, 0.62, kind], "en-US")).toBe(
    "Like most customers: historically 62% of customers did not buy again within 90 days",
  );
  expect(typicalKind(HIGH, { source: "default", noPurchaseRate: NaN }, levels)).toBe(0);
});
