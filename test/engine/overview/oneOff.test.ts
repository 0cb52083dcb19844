import { oneOffBusiness } from "../../../src/engine/overview/oneOff";

/** Measures of customers given as [purchase days with spend, first day, last day]. */
const measures = (rows: [number, number, number][]) => ({
  spendDays: Int32Array.from(rows, (r) => r[0]),
  spendFirst: Float64Array.from(rows, (r) => r[1]),
  spendLast: Float64Array.from(rows, (r) => r[2]),
});

describe("oneOffBusiness (tester61 U116)", () => {
  const asOf = 1000;

  test("most clients bought once a year or more ago, the few who came back after long: one-off", () => {
    const r = oneOffBusiness(
      measures([
        [1, 100, 100],
        [1, 200, 200],
        [1, 300, 300],
        [1, 400, 400],
        [2, 100, 616],
        [1, 900, 900], // too young to have come back: not counted
      ]),
      asOf,
    );
    expect(r).toEqual({ kind: "one_off", buyers: 5, once: 4, repeatGapDays: 516 });
  });

  test("a store whose one-time buyers are a half, its repeaters every ~80 days (CDNOW): repeat", () => {
    const rows: [number, number, number][] = [];
    for (let c = 0; c < 20; c++) rows.push(c % 2 ? [1, 100, 100] : [4, 100, 340]);
    expect(oneOffBusiness(measures(rows), asOf).kind).toBe("repeat");
  });

  test("mostly once but the repeaters come back within months: repeat", () => {
    const once: [number, number, number][] = Array.from({ length: 12 }, () => [1, 100, 100]);
    expect(oneOffBusiness(measures([...once, [3, 100, 700]]), asOf).kind).toBe("one_off");
    expect(oneOffBusiness(measures([...once, [3, 100, 300]]), asOf).kind).toBe("repeat");
  });

  test("too few clients old enough to tell, or no measures: repeat", () => {
    expect(oneOffBusiness(measures([[1, 100, 100]]), asOf).kind).toBe("repeat");
    expect(oneOffBusiness(undefined, asOf).kind).toBe("repeat");
  });
});
