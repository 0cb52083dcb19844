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

  it("holds a Map's answers whether ids come as an ascending run, break it or repeat", () => {
    // Operations: a run of ids continuing the last (each index the last + 1, as a customer list
    // is read), any id, a repeat of an earlier id (getOrSet: the duplicate check), an overwrite
    // (set), non-whole and out-of-range probes, and a reserve between them.
    const op = fc.oneof(
      fc.record({ run: fc.integer({ min: 1, max: 300 }) }),
      fc.record({ any: fc.integer({ min: 0, max: 2000 }) }),
      fc.record({ again: fc.nat() }),
      fc.record({ overwrite: fc.nat(), index: fc.nat(5000) }),
      fc.record({ reserve: fc.nat(3000) }),
    );
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1e12 }),
        fc.array(op, { maxLength: 40 }),
        fc.array(fc.double({ min: -5, max: 3000, noNaN: true }), { maxLength: 30 }),
        (base, ops, probes) => {
          const index = new NumberIndex();
          const map = new Map<number, number>();
          let next = base;
          let count = 0;
          const add = (n: number) => {
            const had = map.get(n);
            expect(index.getOrSet(n, count)).toBe(had);
            if (had === undefined) map.set(n, count++);
          };
          for (const o of ops) {
            if ("run" in o) for (let k = 0; k < o.run; k++) add(next++);
            else if ("any" in o) add(base + o.any);
            else if ("again" in o) {
              const keys = [...map.keys()];
              if (keys.length > 0) add(keys[o.again % keys.length]);
            } else if ("overwrite" in o) {
              const keys = [...map.keys()];
              const n = keys.length > 0 ? keys[o.overwrite % keys.length] : base;
              index.set(n, o.index);
              map.set(n, o.index);
            } else index.reserve(o.reserve);
            next = Math.max(next, ...[...map.keys()].slice(-1).map((n) => n + 1));
          }
          expect(index.size).toBe(map.size);
          for (const n of [...map.keys(), ...probes.map((p) => base + p), -1, 0.5, 1e16])
            expect(index.get(n)).toBe(map.get(n));
          const seen = new Map<number, number>();
          index.forEach((i, n) => seen.set(n, i));
          expect(seen).toEqual(map);
          // A CustomerIndex over the same ids looks each up as byNumber does (run or table).
          const customers = new CustomerIndex();
          for (const [n, i] of map) customers.set(String(n), i);
          for (const n of [...map.keys(), ...probes.map((p) => base + p)])
            expect(customers.numbered(n)).toBe(map.get(n));
        },
      ),
      { numRuns: 300 },
    );
  });

  it("holds ids of one ascending run without its table, and moves them there when it breaks", () => {
    const index = new NumberIndex();
    index.reserve(100_000);
    for (let i = 0; i < 5000; i++) expect(index.getOrSet(1_000_001 + i, i)).toBeUndefined();
    expect(index.onlyRun).toBe(true);
    expect(index.getOrSet(1_000_001 + 17, 5000)).toBe(17); // a duplicate id
    expect(index.get(1_005_001)).toBeUndefined();
    expect(index.getOrSet(7, 5000)).toBeUndefined(); // breaks the run
    expect(index.onlyRun).toBe(false);
    expect(index.size).toBe(5001);
    for (let i = 0; i < 5000; i += 97) expect(index.get(1_000_001 + i)).toBe(i);
    expect(index.get(7)).toBe(5000);
  });
});
