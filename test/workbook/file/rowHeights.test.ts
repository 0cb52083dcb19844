import {
  lineWidth,
  rowLines,
  tableRowLines,
  textLines,
} from "../../../src/workbook/file/rowHeights";

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

describe("textLines in one pass", () => {
  /** The definition: split at line breaks, each part's printed width over the room. */
  const reference = (text: string, width: number): number => {
    const room = width > 2 ? width - 1 : 1;
    if (text.length * 2 <= room && !text.includes("\n")) return 1;
    let n = 0;
    for (const part of text.split("\n")) n += Math.max(1, Math.ceil(lineWidth(part) / room));
    return n;
  };
  test("counts what splitting and measuring each part counts", () => {
    const chars = ["a", " ", "客", "\n", "ｱ", "\u3000", "😀", "é", "ᄀ", "가", "\uff01", "\ud800"];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let k = 0; k < 3000; k++) {
      let text = "";
      const length = Math.floor(next() * 90);
      for (let i = 0; i < length; i++) text += chars[Math.floor(next() * chars.length)];
      const width = 1 + Math.floor(next() * 60);
      expect([text, width, textLines(text, width)]).toEqual([text, width, reference(text, width)]);
    }
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
