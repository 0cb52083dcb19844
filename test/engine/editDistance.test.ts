import { editDistance } from "../../src/engine/editDistance";

describe("editDistance", () => {
  it("counts letters added, dropped and changed", () => {
    expect(editDistance("--as-off", "--as-of")).toBe(1);
    expect(editDistance("inactiveDays", "inactiveDays")).toBe(0);
    expect(editDistance("", "abc")).toBe(3);
    expect(editDistance("kitten", "sitting")).toBe(3);
  });
  it("counts two neighbours swapped as one edit (a typist's typo)", () => {
    expect(editDistance("amuont", "amount")).toBe(1);
    expect(editDistance("dtae", "date")).toBe(1);
    expect(editDistance("ab", "ba")).toBe(1);
    expect(editDistance("account", "amount")).toBe(2);
  });
  it("is symmetric", () => {
    for (const [a, b] of [
      ["analyze", "analyse"],
      ["rules", "rule"],
      ["x", ""],
      ["amuont", "amount"],
    ])
      expect(editDistance(a, b)).toBe(editDistance(b, a));
  });
});
