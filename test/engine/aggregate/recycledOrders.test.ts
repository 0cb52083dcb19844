import fc from "fast-check";
import { groupByCustomer, type CustomerGroups } from "../../../src/engine/aggregate/byCustomer";
import { ordersRecycled, walkByCustomer } from "../../../src/engine/aggregate/recycledOrders";
import type { Transactions } from "../../../src/engine/model";

// Stop 62: ordersRecycled first counts the IDs in table order (one pass over the columns as they
// lie, one table slot per row) and walks customer by customer only when an ID's runs of days could
// exceed MAX_INSTALLMENT_DAYS (on the 100k CSVs 0.18 CPU-s before). Its answer must be the walk's,
// stop 61's only way (8f0fccbd), kept unchanged as walkByCustomer.

/** Stop 61's ordersRecycled: the reference. */
function walk(t: Transactions, groups: CustomerGroups): boolean {
  return t.hasOrderIds && t.count > 0 && walkByCustomer(t, groups);
}

/** A transactions table of (customer, day, order) rows, with its grouping. */
function table(rows: [number, number, number][], customers: number) {
  const t = {
    count: rows.length,
    customer: Int32Array.from(rows, (r) => r[0] % customers),
    day: Float64Array.from(rows, (r) => r[1]),
    order: Int32Array.from(rows, (r) => r[2]),
    hasOrderIds: true,
  } as Transactions;
  return { t, groups: groupByCustomer(t.customer, t.day, customers) };
}

describe("ordersRecycled", () => {
  test("the customer-by-customer walk's answer, on tables of every kind", () => {
    // Few IDs and days (shared IDs, IDs on many days), or many (the 1 % share near its line).
    const row = (ids: number, days: number) =>
      fc.tuple(fc.nat(40), fc.integer({ min: 20000, max: 20000 + days }), fc.nat(ids));
    const shapes = fc.oneof(
      fc.array(row(3, 30), { maxLength: 120 }),
      fc.array(row(400, 4), { minLength: 50, maxLength: 400 }),
      fc.array(row(100_000, 400), { maxLength: 300 }),
      // An ID over many days among 300 IDs of their own (shared under 1 %): by one customer, or by
      // two, the first of them on fewer days, the rows in any order.
      fc
        .tuple(
          fc.array(fc.tuple(fc.nat(1), fc.integer({ min: 0, max: 40 })), {
            minLength: 10,
            maxLength: 40,
          }),
          fc.nat(40),
        )
        .map(([hot, first]) => [
          ...Array.from({ length: 300 }, (_, k): [number, number, number] => [k, 20000, 1000 + k]),
          [first, 19990, 99] as [number, number, number],
          ...hot.map(([c, d]): [number, number, number] => [c === 0 ? first : 41, 20000 + d, 99]),
        ]),
    );
    fc.assert(
      fc.property(
        shapes,
        fc.integer({ min: 1, max: 400 }),
        fc.boolean(),
        (rows, customers, mix) => {
          const ordered = mix ? [...rows].reverse() : rows;
          const { t, groups } = table(ordered, customers);
          expect(ordersRecycled(t, groups)).toBe(walk(t, groups));
        },
      ),
      { numRuns: 3000 },
    );
  });

  test("the cases at the lines: days of one customer's ID, IDs shared", () => {
    const days = (n: number) =>
      Array.from({ length: n }, (_, k): [number, number, number] => [0, 20000 + k, 7]);
    expect(ordersRecycled(table(days(12), 1).t, table(days(12), 1).groups)).toBe(false);
    const thirteen = table(days(13), 1);
    expect(ordersRecycled(thirteen.t, thirteen.groups)).toBe(true);
    // The same 13 days, but a first customer used the ID before: no customer's 13 days of it.
    const second = table(
      [[0, 20000, 7], ...days(13).map(([, d, id]): [number, number, number] => [1, d, id])],
      2,
    );
    expect(ordersRecycled(second.t, second.groups)).toBe(walk(second.t, second.groups));
    // 200 IDs, two of them shared by two customers: 1 %, not more.
    const ids = (shared: number) =>
      table(
        Array.from({ length: 200 }, (_, k): [number, number, number] => [k, 20000, k]).concat(
          Array.from({ length: shared }, (_, k): [number, number, number] => [k + 1, 20001, k]),
        ),
        300,
      );
    expect(ordersRecycled(ids(2).t, ids(2).groups)).toBe(false);
    expect(ordersRecycled(ids(3).t, ids(3).groups)).toBe(true);
  });
});
