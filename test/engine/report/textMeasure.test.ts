import {
  charWidth,
  numberWidth,
  textRoom,
  wrapLines,
} from "../../../src/engine/report/textMeasure";
import { textLines } from "../../../src/workbook/file/rowHeights";

describe("text as Calibri 11 prints it", () => {
  test("Latin letters by their width, a digit about one unit, CJK one em", () => {
    expect(charWidth("i".charCodeAt(0))).toBeLessThan(0.6);
    expect(charWidth("W".charCodeAt(0))).toBeGreaterThan(1.8);
    expect(charWidth("0".charCodeAt(0))).toBeCloseTo(1.06, 2);
    expect(charWidth("客".charCodeAt(0))).toBe(2.1);
  });

  test("English labels that print on one line get one line (the stop-21 spare lines)", () => {
    // Overview column A is 24 wide, B 16: these printed on one line and were counted as two.
    // "First response within SLA (%)" is 25.1 units (bold widths): two lines in 24 (23.3 units of
    // text room), one in the 26 the Overview now gives it.
    expect(textLines("First response within SLA (%)", 24)).toBe(2);
    expect(textLines("First response within SLA (%)", 26)).toBe(1);
    expect(textLines("Repeat-purchase rate (%)", 24)).toBe(1);
    expect(textLines("Resolved within SLA (%)", 24)).toBe(1);
    expect(textLines("Customers on the Customers sheet", 40)).toBe(1);
  });

  test("a 16-wide column holds 15.3 units of text: a bold heading of 16.1 takes two lines", () => {
    expect(textLines("Revenue share (%)", 16)).toBe(2);
    expect(textLines("Revenue share (%)", 17)).toBe(1);
  });

  test("words wrap whole, CJK anywhere, a word wider than the line is cut", () => {
    const room = textRoom(10);
    expect(wrapLines("aaaa bbbb cccc", room)).toBe(2); // 4.1 + 0.5 + 4.5 fits, then "cccc"
    expect(wrapLines("客".repeat(14), textRoom(14))).toBe(3); // 6 a line in a 14-wide column
    expect(wrapLines("m".repeat(20), room)).toBe(4); // 34 units cut into 9.7-unit lines
    expect(wrapLines("", room)).toBe(1);
  });

  test("wrapped Chinese reasons keep their third line (they overprinted the next row at 2.0)", () => {
    expect(textLines("客".repeat(9), 10)).toBe(3);
  });
});

test("a row number is as wide as its digits (no separators or decimals: reviewer D3, stop 32)", () => {
  expect(numberWidth(1564, "rowNumber")).toBe(4 + 3);
  expect(numberWidth(123456, "rowNumber")).toBe(6 + 3);
  expect(numberWidth(123456, "integer")).toBe(7 + 3);
});
