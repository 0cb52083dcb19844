import fc from "fast-check";
import { sortHashes } from "../../src/engine/sortHashes";

// The hashes sorted by their bits give Float64Array's order; anything else is sorted by it.
describe("sortHashes", () => {
  const hash = fc.oneof(
    fc.integer({ min: 0, max: 2 ** 32 - 1 }),
    fc.double({ min: 0, max: 2 ** 53 - 1, noNaN: true }).map(Math.floor),
    fc.constantFrom(0, 1, 2 ** 32 - 1, 2 ** 32, 2 ** 52, 2 ** 53 - 1),
  );
  it("sorts hashes as Float64Array's sort does, duplicates kept, in place", () => {
    fc.assert(
      fc.property(fc.array(hash, { minLength: 0, maxLength: 3000 }), (values) => {
        const a = Float64Array.from(values);
        const out = sortHashes(a);
        expect(out).toBe(a);
        expect(Array.from(out)).toEqual(Array.from(Float64Array.from(values).sort()));
      }),
    );
  });

  it("sorts anything else by Float64Array's sort", () => {
    const odd = [
      5,
      0.5,
      -3,
      -0,
      2 ** 53,
      NaN,
      Infinity,
      ...Array.from({ length: 300 }, (_, i) => i * 7919),
    ];
    expect(Array.from(sortHashes(Float64Array.from(odd)))).toEqual(
      Array.from(Float64Array.from(odd).sort()),
    );
  });

  it("sorts a schedule's worth of hashes", () => {
    let x = 12345;
    const values = Array.from({ length: 300_000 }, () => {
      x = (Math.imul(x, 1103515245) + 12345) >>> 0;
      return 4294967296 * (x & 2097151) + ((x * 2654435761) >>> 0);
    });
    const a = Float64Array.from(values);
    expect(Array.from(sortHashes(a))).toEqual(Array.from(Float64Array.from(values).sort()));
  });
});
