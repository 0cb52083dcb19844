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

  test("a yearly service whose returners come back every ~365 days: repeat (reviewer62 R11)", () => {
    // A 个税汇算 service: 30 of 40 clients filed once (75 %), 10 file again every March. Read as
    // one-off it said churn 0 %, the 30 "past clients", where 75 % never came back.
    const rows: [number, number, number][] = [];
    for (let c = 0; c < 30; c++) rows.push([1, 0, 0]);
    for (let c = 0; c < 10; c++) rows.push([2, 0, 360 + c]);
    expect(oneOffBusiness(measures(rows), asOf).kind).toBe("repeat");
    // A renovation firm's few returners, years apart and irregular, stay one-off.
    const reno: [number, number, number][] = rows.slice(0, 30);
    reno.push([2, 0, 500], [2, 0, 700], [2, 0, 365]);
    expect(oneOffBusiness(measures(reno), asOf).kind).toBe("one_off");
  });

  test("too few clients old enough to tell, or no measures: repeat", () => {
    expect(oneOffBusiness(measures([[1, 100, 100]]), asOf).kind).toBe("repeat");
    expect(oneOffBusiness(undefined, asOf).kind).toBe("repeat");
  });
});
