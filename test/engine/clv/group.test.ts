import { distinctValues, groupSummaries, isValidSummaryRow } from "../../../src/engine/clv/group";

describe("groupSummaries", () => {
  it("groups identical rows, sums weights and skips invalid rows", () => {
    const g = groupSummaries(
      {
        frequency: Float64Array.of(0, 0, 2, 2, 2, NaN, 1, 0),
        recency: Float64Array.of(0, 3, 5, 5, 6, 1, 9, 0),
        age: Float64Array.of(10, 10, 10, 10, 10, 10, 8, -0),
      },
      Float64Array.of(1, 2, 1, 1, 1, 1, 1, 0),
    );
    // Rows 0 and 1 agree once recency is ignored for x = 0; row 6 has recency > age; row 7 weight 0.
    expect(g.count).toBe(3);
    expect(Array.from(g.group)).toEqual([0, 0, 1, 1, 2, -1, -1, -1]);
    expect(Array.from(g.weight)).toEqual([3, 2, 1]);
    expect(g.skipped).toBe(3);
  });

  it("handles many distinct rows", () => {
    const n = 200_000;
    const frequency = new Float64Array(n);
    const recency = new Float64Array(n);
    const age = new Float64Array(n).fill(52);
    for (let i = 0; i < n; i++) {
      frequency[i] = 1 + (i % 50);
      recency[i] = (i % 4000) / 100;
    }
    const g = groupSummaries({ frequency, recency, age });
    expect(g.count).toBe(4000); // lcm(50, 4000) = 4000 distinct pairs
    expect(g.weight.reduce((s, w) => s + w, 0)).toBe(n);
  });

  it("validates rows", () => {
    expect(isValidSummaryRow(2, 30.43, 38.86)).toBe(true);
    expect(isValidSummaryRow(1.5, 1, 2)).toBe(false);
    expect(isValidSummaryRow(1, 3, 2)).toBe(false);
    expect(isValidSummaryRow(-1, 0, 2)).toBe(false);
    expect(isValidSummaryRow(NaN, NaN, NaN)).toBe(false);
  });
});

describe("distinctValues", () => {
  it("gives the values in order of first appearance and each row's index, as a Map would", () => {
    // Many values (the table grows several times), −0 and 0 alike, one NaN.
    const column = Array.from({ length: 5000 }, (_, i) => ((i * 7919) % 1237) / 7);
    column.push(-0, 0, NaN, NaN, 1 / 7);
    const d = distinctValues(column.length, Float64Array.from(column));
    const seen = new Map<number, number>();
    const index = column.map((v) => {
      if (!seen.has(v)) seen.set(v, seen.size);
      return seen.get(v)!;
    });
    expect(Array.from(d.values)).toEqual([...seen.keys()]);
    expect(Array.from(d.index)).toEqual(index);
    expect(d.values.length).toBe(1237 + 1); // and NaN; −0 and 0 are among them once
  });
});
