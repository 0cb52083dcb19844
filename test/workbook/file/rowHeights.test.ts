import { rowLines, tableRowLines, textLines } from "../../../src/workbook/file/rowHeights";

describe("textLines", () => {
  test("short text is one line whatever its characters", () => {
    expect(textLines("短", 10)).toBe(1);
    expect(textLines("abcd", 10)).toBe(1);
  });
  test("CJK counts double; breaks start lines", () => {
    expect(textLines("a".repeat(18), 10)).toBe(2); // 9 characters a line
    expect(textLines("客".repeat(8), 10)).toBe(2); // 16 wide (17.6 as printed)
    expect(textLines("客".repeat(9), 10)).toBe(3); // 18 wide, 19.8 as printed: a third line
    expect(textLines("a\nb\nc", 10)).toBe(3);
  });
});

describe("row lines", () => {
  test("a table row takes the lines of its longest wrapped text, the same remembered or not", () => {
    const lines = tableRowLines([1], [10, 21]);
    const row = ["C1", "x".repeat(45)];
    expect(lines(row)).toBe(3);
    expect(lines(row)).toBe(3);
    expect(rowLines(row, undefined, [1], [10, 21], 1, true)).toBe(3);
    expect(lines(["C2", ""])).toBe(1);
  });
  test("a layout note wraps over the rest of its row", () => {
    const row = ["Rate", 0.5, "y".repeat(40), null, null];
    expect(rowLines(row, [null, "percent", "note"], [], [10, 10, 10, 10, 10], 4, false)).toBe(2);
  });
});
