import fc from "fast-check";
import { findRepeats } from "../../../src/engine/ingest/duplicateRows";
import { isReturn } from "../../../src/engine/aggregate/purchase";
import type { Transactions } from "../../../src/engine/model";

interface Row {
  customer: number;
  day: number;
  amount: number;
  order: number;
  product: number;
  quantity: number;
}

/** One row of a small sheet: few values each, so copies and conflicts are common. */
const row: fc.Arbitrary<Row> = fc.record({
  customer: fc.integer({ min: 0, max: 2 }),
  day: fc.constantFrom(20000, 20001, 20002, 0, -0, NaN),
  amount: fc.constantFrom(10, 20, -10, 0, -0, NaN),
  order: fc.integer({ min: 0, max: 2 }),
  product: fc.integer({ min: -1, max: 1 }),
  quantity: fc.constantFrom(1, 2, 0.5, -0),
});

function sheet(rows: Row[]): Transactions {
  return {
    count: rows.length,
    customer: Int32Array.from(rows, (r) => r.customer),
    day: Float64Array.from(rows, (r) => r.day),
    amount: Float64Array.from(rows, (r) => r.amount),
    order: Int32Array.from(rows, (r) => r.order),
    hasOrderIds: true,
    product: Int32Array.from(rows, (r) => r.product),
    products: ["a", "b"],
    quantity: Float64Array.from(rows, (r) => r.quantity),
    sourceRow: Int32Array.from(rows, (_, i) => i + 2),
  };
}

/**
 * What findRepeats finds, row by row against every row kept before it: a copy's earlier row is
 * the kept row of its whole line; a conflict's, the first kept purchase row of its line.
 */
function naive(t: Transactions, compareLines: boolean) {
  const copies: number[] = [];
  const conflicts: number[] = [];
  const kept: number[] = [];
  const sameLine = (r: number, s: number) =>
    t.customer[s] === t.customer[r] &&
    t.order[s] === t.order[r] &&
    t.product[s] === t.product[r] &&
    Object.is(t.day[s], t.day[r]) &&
    Object.is(t.quantity[s], t.quantity[r]);
  for (let r = 0; r < t.count; r++) {
    const copy = kept.find((s) => sameLine(r, s) && Object.is(t.amount[s], t.amount[r]));
    if (copy !== undefined) {
      copies.push(r, copy);
      continue;
    }
    const line = kept.find((s) => sameLine(r, s) && !isReturn(t.amount[s]));
    kept.push(r);
    if (compareLines && line !== undefined && !isReturn(t.amount[r])) conflicts.push(r, line);
  }
  return { copies, conflicts };
}

function found(t: Transactions, compareLines: boolean) {
  const copies: number[] = [];
  const conflicts: number[] = [];
  findRepeats(t, compareLines, copies, conflicts);
  return { copies, conflicts };
}

describe("findRepeats: the same pairs whether a sheet is taken a day at a time or whole", () => {
  test("property: rows in any order, in date order, in reverse date order", () => {
    fc.assert(
      fc.property(
        fc.array(row, { maxLength: 60 }),
        fc.constantFrom("as is", "up", "down"),
        fc.boolean(),
        (rows, order, compareLines) => {
          // A stable sort: rows of one day keep their order, as a sheet in date order has them.
          if (order !== "as is") {
            const sign = order === "up" ? 1 : -1;
            rows = rows
              .map((r) => (Number.isNaN(r.day) ? { ...r, day: 20001 } : r))
              .sort((a, b) => sign * (a.day - b.day));
          }
          const t = sheet(rows);
          expect(found(t, compareLines)).toEqual(naive(t, compareLines));
        },
      ),
      { numRuns: 400 },
    );
  });

  test("a day's run longer than the others sizes the table; 0 and -0 share a run, not a line", () => {
    const base = { customer: 1, amount: 10, order: 1, product: 0, quantity: 1 };
    const rows: Row[] = [
      ...Array.from({ length: 40 }, (_, i) => ({ ...base, day: 0, order: i % 20 })),
      { ...base, day: -0 },
      { ...base, day: 0 },
      { ...base, day: -0 },
      { ...base, day: 5, amount: 20 },
      { ...base, day: 5 },
    ];
    const t = sheet(rows);
    const { copies, conflicts } = found(t, true);
    const firstDay = Array.from({ length: 20 }, (_, i) => [20 + i, i]).flat();
    expect(copies).toEqual([...firstDay, 41, 1, 42, 40]);
    expect(conflicts).toEqual([44, 43]);
    expect({ copies, conflicts }).toEqual(naive(t, true));
  });
});
