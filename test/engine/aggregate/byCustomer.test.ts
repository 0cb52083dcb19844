import fc from "fast-check";
import { groupByCustomer } from "../../../src/engine/aggregate/byCustomer";

/** The definition: row numbers sorted by customer, then day, then table order. */
function reference(customer: Int32Array, day: Float64Array, customers: number) {
  const rows = Array.from(customer, (_, i) => i).sort(
    (a, b) => customer[a] - customer[b] || day[a] - day[b] || a - b,
  );
  const offsets = new Int32Array(customers + 1);
  for (const c of customer) offsets[c + 1]++;
  for (let c = 1; c <= customers; c++) offsets[c] += offsets[c - 1];
  return { offsets, rows: Int32Array.from(rows) };
}

describe("groupByCustomer", () => {
  const table = fc
    .record({
      customers: fc.integer({ min: 1, max: 12 }),
      rows: fc.array(fc.tuple(fc.nat(), fc.integer({ min: -30, max: 30 })), { maxLength: 80 }),
      // Tables listed by date (the usual export: the day-ordered path) and in any order.
      byDate: fc.boolean(),
      // A wide span of days takes the comparison sort.
      spread: fc.constantFrom(1, 1_000_000),
    })
    .map(({ customers, rows, byDate, spread }) => {
      const list = rows.map(([c, d]) => [c % customers, 20_000 + d * spread] as const);
      if (byDate) list.sort((a, b) => a[1] - b[1]);
      return {
        customers,
        customer: Int32Array.from(list, (r) => r[0]),
        day: Float64Array.from(list, (r) => r[1]),
      };
    });

  it("orders each customer's rows by day, ties in table order, whatever the table's order", () => {
    let ordered = 0;
    let shuffled = 0;
    fc.assert(
      fc.property(table, ({ customers, customer, day }) => {
        const sorted = day.every((d, i) => i === 0 || d >= day[i - 1]);
        if (customer.length > 5) {
          if (sorted) ordered++;
          else shuffled++;
        }
        const got = groupByCustomer(customer, day, customers);
        const want = reference(customer, day, customers);
        expect(Array.from(got.offsets)).toEqual(Array.from(want.offsets));
        expect(Array.from(got.rows)).toEqual(Array.from(want.rows));
      }),
      { numRuns: 300, seed: 11 },
    );
    // Both paths are exercised.
    expect(ordered).toBeGreaterThan(30);
    expect(shuffled).toBeGreaterThan(30);
  });
});
