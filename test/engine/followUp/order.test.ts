import fc from "fast-check";
import { countingOrder, valueOrder } from "../../../src/engine/followUp/order";

/** The order the schedule means, written as a plain comparator sort. */
function reference(values: number[], key?: number[]): number[] {
  const v = (x: number) => (Number.isNaN(x) ? -Infinity : x);
  return values
    .map((_, i) => i)
    .sort((a, b) => {
      const va = v(values[a]);
      const vb = v(values[b]);
      if (va !== vb) return vb > va ? 1 : -1;
      return (key ? key[a] - key[b] : 0) || a - b;
    });
}

const value = fc.oneof(
  fc.double({ noNaN: false }),
  fc.integer({ min: -5, max: 5 }),
  fc.constantFrom(0, -0, Infinity, -Infinity, NaN, 1e-300, -1e-300),
);

describe("valueOrder", () => {
  it("orders by value (largest first), then key, then index", () => {
    expect(Array.from(valueOrder(Float64Array.of(1, 5, 5), Int32Array.of(0, 2, 1)))).toEqual([
      2, 1, 0,
    ]);
  });

  it("matches a comparator sort on short and long inputs (radix path from 4,096 rows)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(value, fc.integer({ min: 0, max: 20 })), { maxLength: 60 }),
        fc.integer({ min: 0, max: 6000 }),
        fc.boolean(),
        (rows, repeat, withKey) => {
          // Long inputs repeat the short one, so ties across thousands of rows are exercised.
          const all = Array.from(
            { length: rows.length > 0 ? 1 + Math.floor(repeat / rows.length) : 1 },
            () => rows,
          ).flat();
          const values = all.map((r) => r[0]);
          const key = withKey ? all.map((r) => r[1]) : undefined;
          const got = valueOrder(Float64Array.from(values), key ? Int32Array.from(key) : undefined);
          expect(Array.from(got)).toEqual(reference(values, key));
        },
      ),
      { numRuns: 40 },
    );
  });

  it("orders values that share their top 32 bits by the rest (runs after the radix passes)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: -1, max: 3 }), fc.integer({ min: 0, max: 2 ** 20 })), {
          minLength: 1,
          maxLength: 80,
        }),
        fc.integer({ min: 4096, max: 9000 }),
        fc.boolean(),
        (rows, length, withKey) => {
          // 1000 + a tiny step: equal in the top 32 bits, different in the low ones.
          const values = Array.from({ length }, (_, i) => {
            const [base, step] = rows[i % rows.length];
            return 1000 * base + step * 2 ** -40;
          });
          const key = withKey ? values.map((_, i) => (i * 7) % 5) : undefined;
          const got = valueOrder(Float64Array.from(values), key ? Int32Array.from(key) : undefined);
          expect(Array.from(got)).toEqual(reference(values, key));
        },
      ),
      { numRuns: 30 },
    );
  });
});

describe("countingOrder", () => {
  it("is stable", () => {
    expect(Array.from(countingOrder(3, 2, Int32Array.of(1, 0, 1), null))).toEqual([1, 0, 2]);
  });
});
