import { foldLabel } from "../../src/engine/parse/text";
import { EN, ZH, customerName, emailHandle } from "../../src/sample/words";
import { Random } from "../../src/sample/random";

describe("sample words", () => {
  it("gives every customer index a name of its own, also as the engine folds names", () => {
    const rng = new Random(11);
    for (const lang of ["zh-CN", "en-US"] as const) {
      for (const type of [0, 1, 2]) {
        const seen = new Set<string>();
        const repeated: number[] = [];
        // The first indices, and far ones past each type's name space (1,000,000 customers and more).
        const indices = [
          ...Array.from({ length: 20000 }, (_, i) => i),
          ...Array.from({ length: 20000 }, () => rng.int(3_000_000)),
        ];
        for (const i of new Set(indices)) {
          const folded = foldLabel(customerName(i, type, lang));
          // One expect per list, not per name: 240,000 expect calls took minutes on a busy machine.
          if (seen.has(folded)) repeated.push(i);
          seen.add(folded);
        }
        expect({ lang, type, repeated }).toEqual({ lang, type, repeated: [] });
      }
    }
  });

  it("gives every index its own e-mail handle", () => {
    const seen = new Set(Array.from({ length: 50000 }, (_, i) => emailHandle(i)));
    expect(seen.size).toBe(50000);
  });

  it("has the same lists in both languages", () => {
    expect(ZH.regions.length).toBe(EN.regions.length);
    expect(ZH.products.length).toBe(EN.products.length);
    expect(ZH.industries.length).toBe(EN.industries.length);
    expect(ZH.owners.length).toBe(EN.owners.length);
  });
});
