import { isTrimmedSpace } from "../../src/engine/whiteSpace";

describe("isTrimmedSpace", () => {
  it("is what String.prototype.trim takes off, for every UTF-16 code unit", () => {
    const wrong: string[] = [];
    for (let c = 0; c <= 0xffff; c++) {
      if (isTrimmedSpace(c) !== (String.fromCharCode(c).trim() === "")) wrong.push(c.toString(16));
    }
    expect(wrong).toEqual([]);
  });
});
