import fc from "fast-check";
import { columnIndex, columnLetters } from "../../src/engine/a1";

describe("column letters", () => {
  test("Excel's letters at the edges of each width", () => {
    expect([0, 25, 26, 27, 701, 702, 16_383].map(columnLetters)).toEqual([
      "A",
      "Z",
      "AA",
      "AB",
      "ZZ",
      "AAA",
      "XFD",
    ]);
    expect(columnIndex("xfd")).toBe(16_383);
  });

  test("letters and index are inverse over Excel's columns", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 16_383 }), (c) => columnIndex(columnLetters(c)) === c),
      { numRuns: 300 },
    );
  });
});
