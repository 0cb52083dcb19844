import fc from "fast-check";
import { parseAmount, parseScore } from "../../../src/engine/parse/number";

describe("parseAmount", () => {
  test.each([
    ["¥1,280.00", 1280],
    ["￥1,280.00", 1280],
    ["１２８０", 1280],
    ["１，２８０．５", 1280.5],
    ["1280元", 1280],
    ["RMB 1,280", 1280],
    ["$ 99.90", 99.9],
    ["-120", -120],
    ["(120)", -120],
    ["¥-35.5", -35.5],
    ["1 280", 1280],
    ["1.2万", 12000],
    ["12.5%", 0.125],
    [" 42 ", 42],
    [1280, 1280],
    [-3.5, -3.5],
  ])("%p → %p", (input, expected) => {
    expect(parseAmount(input)).toBeCloseTo(expected, 10);
  });

  test.each(["abc", "", "1,2,3x", "12-3", "¥", null, true, NaN, Infinity])(
    "%p is not an amount",
    (input) => {
      expect(parseAmount(input as never)).toBeNaN();
    },
  );

  test("formatted amounts read back as the number", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1e9, max: 1e9 }),
        fc.integer({ min: 0, max: 99 }),
        (whole, cents) => {
          const value = whole + (Math.sign(whole || 1) * cents) / 100;
          const text = `¥${value.toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
          expect(parseAmount(text)).toBeCloseTo(value, 6);
        },
      ),
    );
  });
});

describe("parseScore", () => {
  test.each([
    ["4分", 4],
    ["5星", 5],
    ["4/5", 4],
    ["９", 9],
    [3, 3],
  ])("%p → %p", (input, expected) => {
    expect(parseScore(input)).toBe(expected);
  });
});
