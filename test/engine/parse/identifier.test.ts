import fc from "fast-check";
import { customerKey } from "../../../src/engine/parse/identifier";
import { foldLabel } from "../../../src/engine/parse/text";

describe("customerKey", () => {
  test("numbers and text of the same id join", () => {
    const forms = [1001, "1001", " 1001 ", "1001.0", "001001", "１００１", 1001.0];
    for (const f of forms) expect(customerKey(f)).toBe("1001");
  });
  test("text ids keep their letters, case-folded", () => {
    expect(customerKey(" c-0012 ")).toBe("C-0012");
    expect(customerKey("C 0012")).toBe("C0012");
    expect(customerKey("C0012")).not.toBe(customerKey("C012"));
  });
  test("zero-width spaces copied along with an id do not make another customer", () => {
    expect(customerKey("C0012\u200b")).toBe("C0012");
    expect(customerKey("\u2060C0012\u200d")).toBe("C0012");
    expect(customerKey("1001\u200b")).toBe("1001");
    expect(foldLabel("客户编号\u200b")).toBe(foldLabel("客户编号"));
  });
  test("blank is empty", () => {
    expect(customerKey(null)).toBe("");
    expect(customerKey("   ")).toBe("");
  });
  test("any integer id joins with its text form", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2 ** 53 - 1 }),
        fc.nat(3),
        fc.nat(3),
        (n, before, after) => {
          expect(customerKey(" ".repeat(before) + String(n) + " ".repeat(after))).toBe(
            customerKey(n),
          );
        },
      ),
    );
  });
});
