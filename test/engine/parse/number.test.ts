import fc from "fast-check";
import {
  amountReading,
  parseAmount,
  parseScore,
  readAmount,
} from "../../../src/engine/parse/number";

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
    ["1,200万", 12_000_000],
    ["1.234,5万", 12_345_000],
    ["12万", 120_000],
    ["−100", -100],
    ["1,200.00-", -1200],
    ["100-", -100],
    ["1200元整", 1200],
    // Zero as Excel's accounting format shows it (and writes it into a CSV).
    ["-", 0],
    [" ¥-   ", 0],
    ["—", 0],
    ["－", 0],
    ["¥1,280.00元整", 1280],
    ["1.234,56", 1234.56],
    ["12,50", 12.5],
    ["1,2", 1.2],
    ["1.234.567", 1234567],
    ["1,234,567.8", 1234567.8],
    ["12 345,67", 12345.67],
    ["€ 1.234,56", 1234.56],
    [" 42 ", 42],
    [1280, 1280],
    [-3.5, -3.5],
  ])("%p → %p", (input, expected) => {
    expect(parseAmount(input)).toBeCloseTo(expected, 10);
  });

  test.each([
    "abc",
    "",
    "1,2,3x",
    "12-3",
    "¥",
    "12.5%",
    "1.2.3",
    "1.234,5,6",
    // A decimal comma before 万 or 亿: 1.2万 or 12万? Refused, not read as 12,000 (stop 21).
    "1,2万",
    "１，２万",
    "3,75亿",
    "100--",
    "-100-",
    null,
    true,
    NaN,
    Infinity,
  ])("%p is not an amount", (input) => {
    expect(parseAmount(input as never)).toBeNaN();
  });

  // tester69 U515: `1.536万` was flagged "15360000 or 15360?" 112 times; before a unit the point is
  // a decimal point (1536万 would be written so).
  test("1.536万 is 15,360, a decimal point, not ambiguous", () => {
    const r = readAmount("1.536万", amountReading());
    expect(r.evidence).toBe("point");
    expect(r.value).toBe(15360);
    expect(readAmount("2.500k", amountReading()).value).toBe(2500);
  });

  test("a refused 1,2万 casts no vote for the column's decimal mark", () => {
    expect(readAmount("1,2万", amountReading()).evidence).toBe("none");
  });

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

describe("readAmount: what a value shows about the decimal mark", () => {
  test.each([
    ["12.50", "point"],
    ["1,234.5", "point"],
    ["1,234,567", "point"],
    ["12,50", "comma"],
    ["1.234,56", "comma"],
    ["1.234.567", "comma"],
    ["0,123", "comma"],
    ["1280", "none"],
    [1.234, "none"],
    ["1,234", "ambiguous"],
    ["1.234", "ambiguous"],
    ["-12,345", "ambiguous"],
  ])("%p shows %p", (input, evidence) => {
    expect(readAmount(input, amountReading()).evidence).toBe(evidence);
  });

  test("an ambiguous text carries both readings", () => {
    const r = readAmount("€12,345", amountReading());
    expect(r.evidence).toBe("ambiguous");
    expect([r.asGrouping, r.asDecimal]).toEqual([12345, 12.345]);
  });

  // tester55 U9: `¥4,200` among plain numbers gave 69 "4200 or 4.2?" warnings in one ledger.
  test.each([
    ["¥4,200", 4200],
    ["￥12,345", 12345],
    ["4,200元", 4200],
    ["$1,234", 1234],
    ["HK$2,500", 2500],
    ["(¥1,200)", -1200],
  ])("%p: a comma after ¥, $, £, HK$ groups thousands", (input, value) => {
    const r = readAmount(input, amountReading());
    expect(r.evidence).toBe("point");
    expect(r.value).toBe(value);
  });

  test("a percentage is not an amount, and says so", () => {
    const r = readAmount("12.5%", amountReading());
    expect(r.value).toBeNaN();
    expect(r.percent).toBe(true);
  });

  test("amounts written with a decimal comma read back as the number", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1e9, max: 1e9 }),
        fc.integer({ min: 0, max: 99 }),
        (whole, cents) => {
          const value = whole + (Math.sign(whole || 1) * cents) / 100;
          const text = value.toLocaleString("de-DE", {
            minimumFractionDigits: 2,
            maximumFractionDigits: 2,
          });
          const r = readAmount(text, amountReading());
          expect(r.value).toBeCloseTo(value, 6);
          expect(r.evidence).toBe("comma");
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
