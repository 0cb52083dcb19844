import { changeText, shownChange } from "../../../src/taskpane/components/ChangesSummary";

// tester7 (stop 32): a change of 0.04 points showed a red "▼ 0.0 个百分点", the AUC "▼ 0", and NPS
// read "-0.198" beside its key figure "-0.2". A change is shown at its figure's decimals.
describe("a headline's change in the pane", () => {
  test("a change that rounds to nothing at the figure's decimals is '= 0', with no arrow", () => {
    const rate = { kpi: "repeatPurchaseRate" as const, value: 0.736, previous: 0.7364 };
    expect(changeText({ ...rate, difference: -0.0004 }, "zh-CN")).toBe("= 0");
    expect(shownChange({ ...rate, difference: -0.0004 })).toBe(0);
    const auc = { kpi: "backtestAuc" as const, value: 0.857, previous: 0.8572 };
    expect(changeText({ ...auc, difference: -0.0002 }, "en-US")).toBe("= 0");
  });

  test("otherwise the arrow and the size at the figure's decimals, in each language", () => {
    const rate = { kpi: "churnRate" as const, value: 0.3, previous: 0.25 };
    expect(changeText({ ...rate, difference: 0.05 }, "en-US")).toMatch(/^▲ 5\.0/);
    const revenue = { kpi: "revenue" as const, value: 40639644, previous: 40639124 };
    expect(changeText({ ...revenue, difference: 520 }, "zh-CN")).toBe("▲ 520");
    expect(changeText({ ...revenue, difference: 520 }, "en-US")).toBe("▲ 520");
    const nps = { kpi: "nps" as const, value: -0.198, previous: 1.5 };
    expect(changeText({ ...nps, difference: -1.698 }, "en-US")).toBe("▼ 1.7");
    expect(shownChange({ ...nps, previous: NaN, difference: NaN })).toBeNaN();
    expect(changeText({ ...nps, previous: NaN, difference: NaN }, "en-US")).toBe("—");
  });
});
