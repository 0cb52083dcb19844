import { occasionOnce } from "../../../src/engine/aggregate/occasion";

// tester67 U310: a wedding cake bought once at a bakery of regulars (test/engine/followUp/occasionOrder.test.ts).
test("occasionOnce: one day of spend many times the repeat buyers' usual order; not a visits-read customer", () => {
  const spendDays = Int32Array.from({ length: 13 }, (_, c) => (c < 10 ? 5 : 1));
  const spend = Float64Array.from({ length: 13 }, (_, c) =>
    c < 10 ? 125 : [1500, 40, 1500][c - 10],
  );
  expect(Array.from(occasionOnce(spendDays, spend)!)).toEqual([
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 1,
  ]);
  const visits = new Uint8Array(13);
  visits[12] = 1;
  expect(Array.from(occasionOnce(spendDays, spend, visits)!).slice(10)).toEqual([1, 0, 0]);
  expect(occasionOnce(spendDays.slice(8), spend.slice(8))).toBeUndefined();
});
