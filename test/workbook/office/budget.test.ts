import type { Cell } from "../../../src/engine/cells";
import { tableOf } from "../../../src/engine/report/table";
import {
  CHUNK_BUDGET_BYTES,
  CHUNK_BUDGET_MS,
  ChunkPlanner,
  MIN_TIMED_ROWS,
} from "../../../src/workbook/office/budget";
import { OfficeWorkbook } from "../../../src/workbook/office/officeWorkbook";
import {
  createSimulatedExcel,
  PAYLOAD_LIMIT_BYTES,
  SimWorkbook,
} from "../../../src/workbook/simulator";

/**
 * The time budget per chunk: the pane's own work on a chunk (handling an answer, building a
 * request) is kept within CHUNK_BUDGET_MS, so the page never blocks long. A fake clock stands for
 * the pane's work (tests never depend on the machine's speed).
 */

describe("ChunkPlanner's time budget", () => {
  test("cuts chunks to the budget once a chunk's time is known", () => {
    const plan = new ChunkPlanner(6, 2_000_000, 2_000_000, 40);
    plan.record(1_000, 60_000); // 60 bytes a row: 33,333 rows by bytes
    expect(plan.next(1_000_000)).toBe(33_333);
    plan.recordTime(10_000, 80); // 8 µs a row
    expect(plan.next(1_000_000)).toBe(5_000);
  });

  test("a slow chunk (a garbage collection) weighs half, then fades", () => {
    const plan = new ChunkPlanner(6, 2_000_000, 2_000_000, 40);
    plan.record(1_000, 60_000);
    plan.recordTime(5_000, 40); // 8 µs a row
    plan.recordTime(5_000, 400); // one chunk ten times slower: average 44 µs a row
    expect(plan.next(1_000_000)).toBe(909);
    plan.recordTime(909, 7.272); // 8 µs again: 26 µs
    plan.recordTime(1_538, 12.3); // and again: 17 µs
    expect(plan.next(1_000_000)).toBeGreaterThan(2_000);
  });

  test("never below MIN_TIMED_ROWS, never above the rows left; a clock that stands still changes nothing", () => {
    const slow = new ChunkPlanner(6, 2_000_000, 2_000_000, 40);
    slow.recordTime(10, 1_000);
    expect(slow.next(1_000_000)).toBe(MIN_TIMED_ROWS);
    expect(slow.next(7)).toBe(7);
    const still = new ChunkPlanner(6, 2_000_000, 2_000_000, 40);
    still.record(1_000, 60_000);
    still.recordTime(10_000, 0);
    expect(still.next(1_000_000)).toBe(33_333);
  });
});

describe("OfficeWorkbook keeps the pane's work per chunk within the budget", () => {
  const US_PER_ROW = 20; // the pane's work a row, in the fake clock: 2,000 rows fill 40 ms

  test("reading: every chunk after the first is handled within CHUNK_BUDGET_MS", async () => {
    const rows = 60_000;
    const wb = new SimWorkbook();
    wb.addSheetColumns("订单", [
      ["订单号", ...Array.from({ length: rows }, (_, r) => `SO-${r}`)],
      ["金额", ...Array.from({ length: rows }, (_, r) => r / 4)],
    ]);
    let now = 0;
    const book = new OfficeWorkbook(createSimulatedExcel(wb).run, {
      lang: "zh-CN",
      clock: () => now,
    });
    const sizes: number[] = [];
    let count = 0;
    await book.readSheet("订单", (block) => {
      now += (block.length * US_PER_ROW) / 1000;
      sizes.push(block.length);
      count += block.length;
    });
    expect(count).toBe(rows + 1);
    // The first chunk probes (5,000 rows at 2 columns: 100 ms of work); every later one fits.
    expect(sizes[0]).toBe(5_000);
    for (const n of sizes.slice(1))
      expect((n * US_PER_ROW) / 1000).toBeLessThanOrEqual(CHUNK_BUDGET_MS);
    // Without the budget this sheet is 2 chunks (about 1.3 MB); with it, about 30.
    expect(sizes.length).toBeGreaterThan(25);
  });

  test("writing: every chunk after the first is built within CHUNK_BUDGET_MS", async () => {
    const rows = 20_000;
    const wb = SimWorkbook.fromSheets({ 客户: [["客户编号"], ["C1"]] });
    let now = 0;
    const table = tableOf(
      "segments",
      "客户分类",
      [
        { key: "id", header: "客户编号", format: "text" },
        { key: "spend", header: "消费", format: "money" },
      ],
      Array.from({ length: rows }, (_, r): Cell[] => [`C${r}`, r * 1.5]),
    );
    const rowsOf = table.rows.bind(table);
    table.rows = (start, end) => {
      now += ((end - start) * US_PER_ROW) / 1000; // building the request is the pane's work
      return rowsOf(start, end);
    };
    const book = new OfficeWorkbook(createSimulatedExcel(wb).run, {
      lang: "zh-CN",
      protect: false,
      clock: () => now,
    });
    const sizes: number[] = [];
    let last = 0;
    await book.writeTables([table], (_tab, done) => {
      sizes.push(done - last);
      last = done;
    });
    expect(last).toBe(rows);
    for (const n of sizes.slice(1))
      expect((n * US_PER_ROW) / 1000).toBeLessThanOrEqual(CHUNK_BUDGET_MS);
    expect(wb.sheet("客户分类").usedRange(true)?.rowCount).toBe(rows + 1);
  });
});

test("a planner told cells hold up to 32,000 characters probes only the rows that fit its budget", () => {
  // 3 columns x 32,000 characters x 3 bytes = 288,000 bytes a row: 2 MB holds 6 rows.
  expect(new ChunkPlanner(3).probeCellsOf(32_000).next(170)).toBe(
    Math.floor(CHUNK_BUDGET_BYTES / 288_000),
  );
  expect(new ChunkPlanner(3).next(170)).toBe(170); // by cells alone, the whole tab
  const plan = new ChunkPlanner(3).probeCellsOf(32_000);
  plan.record(6, 6 * 90_000); // what the probe weighed: 90 KB a row
  expect(plan.next(170)).toBe(Math.floor(CHUNK_BUDGET_BYTES / 90_000));
});

test("a probe of long cells reads two rows at least: the header row alone sized the next chunk as the whole tab", () => {
  // 12 columns x 32,000 characters x 3 bytes = 1.15 MB a row: 2 MB holds 1, the header alone.
  expect(new ChunkPlanner(12).probeCellsOf(32_000).next(208)).toBe(2);
  // Two rows of 27 such cells stay under Excel's 5 MB limit.
  expect(2 * 27 * 32_000 * 3).toBeLessThan(PAYLOAD_LIMIT_BYTES);
});
