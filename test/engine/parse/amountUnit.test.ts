import { amountUnitOf, currencyOf, scaleAmount } from "../../../src/engine/parse/amountUnit";

// Issue 11 / tester10 #12: amounts show a currency symbol; the header names it, else the yuan.
test.each([
  ["Amount (USD)", "$"],
  ["Sales $", "$"],
  ["Revenue (HK$)", "HK$"],
  ["Amount (HKD k)", "HK$"],
  ["Umsatz (EUR)", "€"],
  ["Sales £", "£"],
  ["金额（元）", "\u00A5"],
  ["金额（万元）", "\u00A5"],
  ["Amount (RMB)", "\u00A5"],
  ["实付金额￥", "\u00A5"],
  ["金额", null],
  ["Amount", null],
  ["Revenue (k)", null],
])("currencyOf(%s) → %s", (header, symbol) => {
  expect(currencyOf(header)).toBe(symbol);
});

// A new-user trial (stop 19, finding 1): "金额（万元）" was read as yuan, every amount 10⁴ too small.

describe("amountUnitOf", () => {
  test.each([
    ["金额（万元）", "万元", 10_000],
    ["金额(万元)", "万元", 10_000],
    ["金额（万元）X", "万元", 10_000],
    ["销售额/千元", "千元", 1_000],
    ["金额【百万元】", "百万元", 1_000_000],
    ["金额（亿元）", "亿元", 100_000_000],
    ["Amount (k)", "k", 1_000],
    ["Sales ('000)", "'000", 1_000],
    ["Revenue (USD thousands)", "thousands", 1_000],
    ["Amount in thousands", "thousands", 1_000],
    ["Amount (m)", "m", 1_000_000],
    ["Sales [RMB mn]", "mn", 1_000_000],
  ])("%s → %s × %d", (header, text, factor) => {
    expect(amountUnitOf(header)).toEqual({ text, factor });
  });

  test.each(["金额", "金额（元）", "Amount", "Amount (RMB)", "Total", "Amount ($)", "Value (CNY)"])(
    "%s names no scale",
    (header) => expect(amountUnitOf(header)).toBeNull(),
  );
});

describe("scaleAmount", () => {
  test("exact to 6 decimals", () => {
    expect(scaleAmount(0.121568, 10_000)).toBe(1215.68);
    expect(scaleAmount(-0.5, 1000)).toBe(-500);
    expect(scaleAmount(NaN, 10_000)).toBeNaN();
  });
});
