import {
  dropSpareColumns,
  float64Column,
  int32Column,
  spareColumns,
  uint8Column,
} from "../../../src/engine/clv/spares";

describe("spare columns", () => {
  afterEach(() => dropSpareColumns());

  it("gives a column back filled, in the memory of one given back", () => {
    const a = float64Column(4, NaN);
    a.set([1, 2, 3, 4]);
    spareColumns(a);
    const b = float64Column(4, 7);
    expect(b).toBe(a);
    expect(Array.from(b)).toEqual([7, 7, 7, 7]);
    // Taken once: the next is new.
    expect(float64Column(4, 0)).not.toBe(a);
  });

  it("matches kind and length, and keeps no view of a larger array", () => {
    const i = int32Column(3, -1);
    const u = uint8Column(3);
    u[1] = 9;
    spareColumns(i, u, new Float64Array(8).subarray(0, 4));
    expect(float64Column(4, 0).buffer.byteLength).toBe(32);
    expect(float64Column(3, 0)).not.toBe(i);
    expect(int32Column(5, 0)).not.toBe(i);
    expect(Array.from(int32Column(3, 2))).toEqual([2, 2, 2]);
    const again = uint8Column(3);
    expect(again).toBe(u);
    expect(Array.from(again)).toEqual([0, 0, 0]);
  });

  it("keeps nothing after dropSpareColumns", () => {
    const a = new Float64Array(2);
    spareColumns(a, a);
    dropSpareColumns();
    expect(float64Column(2, 0)).not.toBe(a);
  });
});
