import fc from "fast-check";
import type { Cell, Grid } from "../../../src/engine/cells";
import {
  blockRow,
  cellOf,
  ColumnBlockBuilder,
  gridBlocks,
} from "../../../src/engine/ingest/columnBlock";
import { memoryColumnSource, memorySource } from "../../../src/engine/ingest/memorySource";
import { ingestWorkbook } from "../../../src/engine/ingest/workbook";
import { epochDay } from "../../../src/engine/parse/date";
import { headedFields } from "../helpers/headedFields";
import { SHEETS, SHEET_KINDS, type FieldKind } from "../../../src/engine/schema";

const asOf = epochDay(2025, 12, 31);

// Cells good and bad for every kind of field: ids as numbers and texts (joining or not), dates as
// Dates (with times of day, future ones, out of range), serials and texts, amounts as numbers and
// texts (decimal commas, currency, percentages), options, scores, flags, totals labels, blanks.
const cellArb: fc.Arbitrary<Cell> = fc.oneof(
  fc.constant(null),
  fc.constant(undefined),
  fc.constant(""),
  fc.constant("   "),
  fc.constantFrom(1001, 1002, 1003, 1004, 99999, 1001.5, -3, 0),
  fc.constantFrom("1001", "1002", " 1003 ", "C004", "c004", "00001001", "1001.0"),
  fc.constantFrom("合计", "Total", "总计：", "小计"),
  fc.constantFrom("2025-03-07", "2025/3/7", "2025年3月7日", "07/03/2025", "20250307", "2025/13/1"),
  fc.constantFrom("03/04/2025", "25/03/2025", "04/25/2025", "Jan 01, 2023"),
  fc.constantFrom("¥1,280.00", "1.234,5", "1,234", "12%", "１２８０", "-50", "abc", "0"),
  fc.constantFrom("企业", "个人", "政府机关", "产品质量", "电话", "邮件", "是", "否", "已解决"),
  fc.constantFrom("138-0000-0001", "+86 13800000002", "a@x.cn", "A@X.CN", "上海", "北京"),
  fc.integer({ min: -10, max: 50000 }),
  fc.integer({ min: 0, max: 11 }),
  fc.double({ noNaN: false }),
  fc.string({ maxLength: 6 }),
  fc.boolean(),
  // Valid dates only: Jest finds two Invalid Dates unequal (a seed of CI, stop 32, drew one).
  fc.date({
    min: new Date(Date.UTC(1800, 0, 1)),
    max: new Date(Date.UTC(2100, 0, 1)),
    noInvalidDate: true,
  }),
  fc
    .integer({ min: epochDay(2023, 1, 1) * 86_400_000, max: epochDay(2026, 2, 1) * 86_400_000 })
    .map((ms) => new Date(ms)),
);

// Mostly cells a column of its kind holds (so rows are used and the fast paths run), sometimes
// any cell at all.
const DAY_MS = 86_400_000;
const GOOD: Record<FieldKind, fc.Arbitrary<Cell>> = {
  id: fc.constantFrom(1001, 1002, 1003, "1001", " 1002", "C004", "c004", 1001.5),
  text: fc.constantFrom("华东贸易", "李娜", "a@x.cn", "138-0000-0001", "上海", "SO1"),
  date: fc.oneof(
    fc
      .integer({ min: epochDay(2023, 1, 1), max: epochDay(2026, 2, 1) })
      .map((d) => new Date(d * DAY_MS)),
    fc.constantFrom("03/04/2025", "05/06/2024", "25/03/2025", "2025-03-07"),
  ),
  datetime: fc
    .integer({ min: epochDay(2023, 1, 1) * DAY_MS, max: epochDay(2026, 2, 1) * DAY_MS })
    .map((ms) => new Date(ms)),
  amount: fc.oneof(
    fc.double({ min: -1000, max: 100000, noNaN: true }),
    fc.constantFrom(NaN, Infinity, 0),
  ),
  number: fc.oneof(fc.integer({ min: 0, max: 20 }), fc.constantFrom(NaN, 1.5)),
  score5: fc.integer({ min: 0, max: 6 }),
  score10: fc.integer({ min: -1, max: 11 }),
  enum: fc.constantFrom("企业", "个人", "产品质量", "电话", "已解决", "一般", "复杂", "x"),
  flag: fc.constantFrom("是", "否", true, false, "maybe"),
};
const rowsArb = (kind: (typeof SHEET_KINDS)[number]) =>
  fc.array(
    fc.tuple(
      ...headedFields(kind).map((f) =>
        fc.oneof({ arbitrary: GOOD[f.kind], weight: 4 }, { arbitrary: cellArb, weight: 1 }),
      ),
    ),
    { maxLength: 20 },
  );

/**
 * Mostly (4 draws in 5) a customer row and a transaction row booked to it that are usable by
 * construction (an id as both sheets write it, a day on or before the analysis date, an amount),
 * each placed at a drawn position among the random rows: since deccce6 a draw with no usable
 * transaction row stops, and the random rows alone gave a dataset in only 53-77 of 150 draws.
 * The id may be one the random rows also hold (a duplicate, a leading-zero twin). Without it
 * (1 in 5), draws whose rows are all bad still compare the two paths' errors.
 */
interface Anchor {
  id: Cell;
  day: number;
  amount: number;
  customerAt: number;
  transactionAt: number;
}
const anchorArb: fc.Arbitrary<Anchor | null> = fc.option(
  fc.record({
    id: fc.constantFrom<Cell>(1001, "1002", "C004", 1003, 2001, "K-77"),
    day: fc.integer({ min: epochDay(2023, 1, 1), max: asOf }),
    amount: fc.double({ min: 1, max: 100_000, noNaN: true }),
    customerAt: fc.nat(),
    transactionAt: fc.nat(),
  }),
  { freq: 5 },
);

/** `rows` with `row` inserted at `at` (modulo the places there are). */
const placed = (rows: Cell[][], row: Cell[], at: number) => {
  const i = at % (rows.length + 1);
  return [...rows.slice(0, i), row, ...rows.slice(i)];
};

/**
 * A sheet: maybe a title row and a blank row, the header (each field's first synonym), rows; the
 * anchor's row among them (Customers, Transactions).
 */
function sheet(
  kind: (typeof SHEET_KINDS)[number],
  title: boolean,
  rows: Cell[][],
  anchor: Anchor | null,
): Grid {
  // A blank row or a totals row now and then, inside the data.
  rows = rows.map((r, i) => (i % 7 === 3 ? [] : i % 11 === 5 ? ["合计", null, 5] : r));
  if (anchor && kind === "customers")
    rows = placed(rows, [anchor.id, "锚定客户"], anchor.customerAt);
  if (anchor && kind === "transactions")
    rows = placed(
      rows,
      [anchor.id, new Date(anchor.day * DAY_MS), anchor.amount],
      anchor.transactionAt,
    );
  const header = headedFields(kind).map((f) => f.synonyms[0]);
  return [...(title ? [["标题"], []] : []), header, ...rows];
}

describe("the columnar fast path (readColumns) against the row path (readSheet)", () => {
  test("for any grids, the same dataset, findings and counts, or the same error", async () => {
    let usable = 0;
    let stopped = 0;
    let used = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          customers: rowsArb("customers"),
          transactions: rowsArb("transactions"),
          surveys: rowsArb("surveys"),
          complaints: rowsArb("complaints"),
          contacts: rowsArb("contacts"),
          visits: rowsArb("visits"),
          subscriptions: rowsArb("subscriptions"),
        }),
        fc.boolean(),
        fc.integer({ min: 1, max: 9 }),
        anchorArb,
        async (rows, title, blockRows, anchor) => {
          const sheets: Record<string, Grid> = {};
          for (const kind of SHEET_KINDS)
            sheets[SHEETS[kind].names[0]] = sheet(kind, title, rows[kind], anchor);
          const run = async (source: ReturnType<typeof memorySource>) => {
            try {
              return await ingestWorkbook(source, { asOf });
            } catch (e) {
              return { error: String(e), message: (e as { zh?: string }).zh };
            }
          };
          const byRows = await run(memorySource(sheets, blockRows));
          const byColumns = await run(memoryColumnSource(sheets, blockRows));
          expect(byColumns).toEqual(byRows);
          if ("dataset" in byRows) {
            usable++;
            used += byRows.dataset.transactions.count + byRows.dataset.customers.count;
          } else stopped++;
        },
      ),
      { numRuns: 150 },
    );
    // Not vacuous: most runs read the sheets, rows were used, and some runs stopped (their errors
    // compared). With the anchor rows, seeds 1-5, 7, 8 and 21 gave 130-138 datasets of 150, 655-761
    // used rows and 12-20 stops (53-77 datasets and 265-394 rows without them, seeds 1-5 and 21).
    expect(usable).toBeGreaterThan(110);
    expect(used).toBeGreaterThan(500);
    expect(stopped).toBeGreaterThan(2);
  });

  test("the bundled-style good sheet takes the fast path and gives the row path's table", async () => {
    const customers: Grid = [
      ["客户编号", "客户名称"],
      [1001, "华东贸易"],
      ["1002", "李娜"],
    ];
    const transactions: Grid = [
      ["客户编号", "日期", "金额(元)", "数量"],
      [1001, new Date(Date.UTC(2025, 2, 7, 13, 30)), 1280.5, 2],
      ["1002", new Date(Date.UTC(2025, 2, 8)), 99, null],
      [],
      ["合计", null, 1379.5, null],
    ];
    const sheets = { 客户: customers, 交易: transactions };
    const a = await ingestWorkbook(memorySource(sheets), { asOf });
    const b = await ingestWorkbook(memoryColumnSource(sheets), { asOf });
    expect(b).toEqual(a);
    expect(Array.from(b.dataset.transactions.amount)).toEqual([1280.5, 99]);
    expect(Array.from(b.dataset.transactions.day)).toEqual([
      epochDay(2025, 3, 7),
      epochDay(2025, 3, 8),
    ]);
    expect(b.findings.map((f) => f.code)).toEqual(["blank_row", "totals_row"]);
  });
});

describe("ColumnBlockBuilder", () => {
  test("a grid's cells come back from its blocks (Dates to the millisecond, blanks as null)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(cellArb, { maxLength: 5 }), { maxLength: 12 }),
        fc.integer({ min: 1, max: 5 }),
        (grid, blockRows) => {
          const blocks = gridBlocks(grid, blockRows, 3);
          let row = 0;
          for (const [block, first] of blocks) {
            expect(first).toBe(3 + row);
            for (let i = 0; i < block.rows; i++, row++) {
              const want = grid[row];
              const got = blockRow(block, i);
              // Trailing blanks are left out; missing cells are null.
              const trimmed = want.map((c) => (c === undefined ? null : c));
              while (trimmed.length > 0 && trimmed[trimmed.length - 1] === null) trimmed.pop();
              expect(got).toEqual(trimmed);
              for (let c = 0; c < want.length; c++) {
                const w = want[c];
                const g = cellOf(block, c, i);
                if (w instanceof Date) expect((g as Date).getTime()).toEqual(w.getTime());
                else expect(g).toEqual(w === undefined ? null : w);
              }
            }
          }
          expect(row).toBe(grid.length);
        },
      ),
      { numRuns: 300 },
    );
  });

  test("take() starts an empty block; a later put in a row replaces an earlier one", () => {
    const b = new ColumnBlockBuilder(4);
    b.text(2, "x");
    b.number(2, 5);
    b.nextRow();
    const block = b.take();
    expect(block.rows).toBe(1);
    expect(blockRow(block, 0)).toEqual([null, null, 5]);
    expect(b.take().rows).toBe(0);
  });
});
