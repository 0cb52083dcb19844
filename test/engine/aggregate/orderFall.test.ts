/**
 * A steady customer's last orders falling steeply, read over its own orders (judge61, tester60
 * U104: Delta Plumbing, 6,000 a month, then 4,500, 3,000, 2,000).
 */
import { measureOrderFall, type OrderFallMeasures } from "../../../src/engine/aggregate/orderFall";

const out = (): OrderFallMeasures => ({
  fallUsual: new Float64Array(1),
  fallRecent: new Float64Array(1),
  fallLast: new Float64Array(1),
});

/** One customer's rows, a day each (day 0, 30, 60 …), as the summary's scratch rows hold them. */
function measured(amounts: number[], asOf = 10_000, days = amounts.map((_, k) => 30 * k)) {
  const o = out();
  const rows = { day: Float64Array.from(days), amount: Float64Array.from(amounts) };
  measureOrderFall(o, asOf, 0, rows, amounts.length);
  return [o.fallUsual[0], o.fallRecent[0], o.fallLast[0]];
}

describe("measureOrderFall", () => {
  it("Delta: 6,000 a month, then 4,500, 3,000, 2,000 falls from 6,000 to 3,167 (latest 2,000)", () => {
    const [usual, recent, last] = measured([...Array(14).fill(6000), 4500, 3000, 2000]);
    expect(usual).toBe(6000);
    expect(recent).toBeCloseTo(3166.67, 1);
    expect(last).toBe(2000);
  });

  it("a day's rows are one order; rows after the analysis date are not read", () => {
    const amounts = [...Array(8).fill(6000), 2000, 2500, 1000, 1000, 1000, 9000];
    const days = [0, 30, 60, 90, 120, 150, 180, 210, 240, 240, 270, 300, 300, 330];
    // Orders 6,000 ×8, 4,500, 1,000, 2,000 up to day 300; the 9,000 on day 330 is later.
    const [usual, recent, last] = measured(amounts, 300, days);
    expect([usual, Math.round(recent), last]).toEqual([6000, 2500, 2000]);
  });

  it("orders closer than the usual rhythm fall by their rate over their span and one usual gap", () => {
    const monthly = Array.from({ length: 12 }, (_, k) => 30 * k);
    const weekly = [337, 344, 351];
    // reviewer62 R9: 6,000 a month, then 3 × 500 a week apart (1,500 over 14 + 30 days: 0.17).
    const topUps = measured([...Array(12).fill(6000), 500, 500, 500], 360, [...monthly, ...weekly]);
    expect(topUps).toEqual([6000, 500, 500]);
    // reviewer61 R9: 3 × 2,000 a week apart is the month's 6,000 in parts (0.68): no fall.
    const parts = measured([...Array(12).fill(6000), 2000, 2000, 2000], 360, [
      ...monthly,
      ...weekly,
    ]);
    expect(parts[0]).toBeNaN();
  });

  it("steady orders, a single small one, a rebound or too few orders are no fall", () => {
    expect(measured(Array(17).fill(6000))[0]).toBeNaN();
    expect(measured([...Array(14).fill(6000), 6000, 6000, 2000])[0]).toBeNaN();
    // The latest above the recent mean: the orders came back up.
    expect(measured([...Array(14).fill(6000), 2000, 2000, 5000])[0]).toBeNaN();
    // Three usual orders before the fall are too few to know the usual one.
    expect(measured([6000, 6000, 6000, 4500, 3000, 2000])[0]).toBeNaN();
  });

  it("orders that vary anyway say nothing by a small one, nor do unknown amounts", () => {
    expect(measured([1000, 9000, 2000, 8000, 1500, 7000, 3000, 2000, 1000, 900])[0]).toBeNaN();
    expect(measured([...Array(14).fill(6000), NaN, 3000, 2000])[0]).toBeNaN();
  });

  it("a fall that has lasted weeks is read against the orders before it (tester67 U309)", () => {
    // W-108, a café ordering Monday to Friday (~470 a day) whose orders fell to 45 % eleven weeks
    // before the analysis date: its eight orders before the last three are fallen ones too.
    const days = Array.from({ length: 200 }, (_, k) => 7 * Math.floor(k / 5) + (k % 5));
    const fellIn = (week: number) =>
      days.map((d, k) =>
        Math.round((d >= 7 * week ? 0.45 : 1) * 470 * (1 + 0.1 * Math.sin(3 * k))),
      );
    const amounts = fellIn(29);
    const [usual, recent, last] = measured(amounts, 7 * 39 + 4, days);
    expect(usual).toBeGreaterThan(400);
    expect(recent / usual).toBeLessThan(0.55);
    expect(last).toBe(amounts[amounts.length - 1]);
    // A fall older than a season (SUSTAINED_DAYS) is the café's size now.
    expect(measured(fellIn(20), 7 * 39 + 4, days)[0]).toBeNaN();
  });
});
