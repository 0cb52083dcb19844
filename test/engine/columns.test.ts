import { GrowableColumn } from "../../src/engine/columns";

describe("GrowableColumn.toArray", () => {
  it("hands over a reserved column's storage without a copy, and copies a mostly empty one", () => {
    const full = new GrowableColumn(Float64Array, 16);
    full.reserve(1000);
    for (let i = 0; i < 950; i++) full.push(i / 2);
    const a = full.toArray();
    expect(a.length).toBe(950);
    expect(a[949]).toBe(474.5);
    expect(a.buffer.byteLength).toBe(1000 * 8); // the storage itself (950 ≥ 7/8 of 1000)

    const sparse = new GrowableColumn(Int32Array, 1000);
    for (let i = 0; i < 10; i++) sparse.push(i);
    const b = sparse.toArray();
    expect(Array.from(b)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(b.buffer.byteLength).toBe(10 * 4); // an exactly sized copy
  });

  it("gives the values pushed whatever the fill (popped rows left out)", () => {
    for (const n of [0, 1, 7, 8, 15, 16, 17, 1023, 1024, 1025]) {
      const c = new GrowableColumn(Int32Array, 8, -1);
      for (let i = 0; i <= n; i++) c.push(i * 3);
      c.pop();
      expect(Array.from(c.toArray())).toEqual(Array.from({ length: n }, (_, i) => i * 3));
    }
  });
});
