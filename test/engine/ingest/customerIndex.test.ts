import fc from "fast-check";
import { CustomerIndex, ownText } from "../../../src/engine/ingest/builders";
import { NumberIndex } from "../../../src/engine/ingest/numberIndex";

describe("CustomerIndex.numbered", () => {
  it("finds what byNumber holds, for dense and sparse ids alike", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1e12 }),
        fc.integer({ min: 1000, max: 3000 }),
        fc.integer({ min: 1, max: 6 }),
        fc.array(fc.double({ min: -10, max: 30_000, noNaN: true }), { maxLength: 50 }),
        (base, count, step, probes) => {
          const index = new CustomerIndex();
          for (let k = 0; k < count; k++) index.set(String(base + k * step), k);
          index.set("A-17", count); // text ids are not numbered
          for (const p of probes) {
            const n = base + p;
            expect(index.numbered(n)).toBe(index.byNumber.get(n));
          }
          expect(index.numbered(base)).toBe(0);
          expect(index.numbered(base + (count - 1) * step)).toBe(count - 1);
          // Ids added after a lookup are found too.
          index.set(String(base + count * step + 1), count + 1);
          expect(index.numbered(base + count * step + 1)).toBe(count + 1);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe("ownText", () => {
  test("gives back the same text, short or long (a copy, not a view of the file's piece)", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), fc.nat(20), (text, cut) => {
        const slice = ("x".repeat(cut) + text).slice(cut);
        expect(ownText(slice)).toBe(text);
      }),
      { numRuns: 300 },
    );
  });
});

describe("NumberIndex", () => {
  it("holds what a Map<number, number> holds, through growth and overwrites", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 5000 }), fc.nat(1e6)), { maxLength: 4000 }),
        fc.array(fc.double({ min: -5, max: 5005, noNaN: true }), { maxLength: 50 }),
        fc.nat(3000),
        (pairs, probes, reserve) => {
          const index = new NumberIndex();
          index.reserve(reserve);
          const map = new Map<number, number>();
          for (const [n, i] of pairs) {
            index.set(n * 1e9, i); // ids far apart too: high bits differ
            map.set(n * 1e9, i);
          }
          expect(index.size).toBe(map.size);
          for (const n of [...map.keys(), ...probes]) expect(index.get(n)).toBe(map.get(n));
          const seen = new Map<number, number>();
          index.forEach((i, n) => seen.set(n, i));
          expect(seen).toEqual(map);
        },
      ),
      { numRuns: 100 },
    );
  });
});
