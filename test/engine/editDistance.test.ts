import { editDistance } from "../../src/engine/editDistance";

describe("editDistance", () => {
  it("counts letters added, dropped and changed", () => {
    expect(editDistance("--as-off", "--as-of")).toBe(1);
    expect(editDistance("inactiveDays", "inactiveDays")).toBe(0);
    expect(editDistance("", "abc")).toBe(3);
    expect(editDistance("kitten", "sitting")).toBe(3);
  });
  it("is symmetric", () => {
    for (const [a, b] of [
      ["analyze", "analyse"],
      ["rules", "rule"],
      ["x", ""],
    ])
      expect(editDistance(a, b)).toBe(editDistance(b, a));
  });
});
