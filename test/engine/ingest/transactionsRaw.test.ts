import fc from "fast-check";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ingestWorkbook, type GridSource } from "../../../src/engine/ingest/workbook";
import { ByBytes, parseRaw } from "../../../src/engine/ingest/rawCells";
import { epochDay } from "../../../src/engine/parse/date";
import { openCsv } from "../../../src/workbook/file/csvSource";

// The Transactions builder's raw fast path (transactionsRaw.ts) against the row path: a CSV's
// transactions read by column (raw cells, read ahead by parseRaw or not) give the dataset, findings
// and counts the row path (text cells, every field by name) gives. Mostly plain rows (so the fast
// path runs), now and then a cell it must leave to the general path.

const asOf = epochDay(2025, 12, 31);

const id = fc.oneof(
  { arbitrary: fc.integer({ min: 1000, max: 1012 }).map(String), weight: 8 },
  {
    arbitrary: fc.constantFrom("", "01001", "9999", "C-1", " 1001", "99999999999999999", '"1002"'),
    weight: 1,
  },
);
const day = fc.oneof(
  {
    arbitrary: fc
      .tuple(
        fc.integer({ min: 2021, max: 2026 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 28 }),
      )
      .map(([y, m, d]) => `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`),
    weight: 8,
  },
  {
    arbitrary: fc.constantFrom(
      "",
      "2025-02-30",
      "03/04/2025",
      "2025-3-7",
      "2025-0a-01",
      "2025/03/07",
      // Before 1990-01-01: early_date, not used (the fast path must leave them to the row path).
      "1900-01-01",
      "1989-12-31",
      "1990-01-01",
    ),
    weight: 1,
  },
);
const amount = fc.oneof(
  { arbitrary: fc.integer({ min: -99999, max: 999999 }).map((n) => String(n / 100)), weight: 8 },
  {
    arbitrary: fc.constantFrom(
      "",
      "0",
      "-0",
      "1.234",
      "1,234",
      "12%",
      "abc",
      "1234567890123456.5",
      ".5",
      "5.",
      "¥3",
    ),
    weight: 1,
  },
);
const order = fc.oneof(
  { arbitrary: fc.integer({ min: 1, max: 99999 }).map((n) => `SO${n}`), weight: 6 },
  { arbitrary: fc.constantFrom("", " SO1 ", "单1", '"SO,2"'), weight: 1 },
);
const product = fc.oneof(
  { arbitrary: fc.constantFrom("打印耗材套装", "标准版软件许可", "服务", "A"), weight: 6 },
  { arbitrary: fc.constantFrom("", " 服务 ", "\u3000A", "x".repeat(40000), '"a,b"'), weight: 1 },
);
const quantity = fc.oneof(
  { arbitrary: fc.integer({ min: 1, max: 9 }).map(String), weight: 6 },
  { arbitrary: fc.constantFrom("", "1.5", "1.250", "x", "0"), weight: 1 },
);
const row = fc.tuple(id, day, amount, order, product, quantity);

/** A source whose blocks are read ahead (parseRaw) as ingest asks, as the CSV worker does. */
function readAhead(source: GridSource): GridSource {
  return {
    ...source,
    readColumns: (name, onBlock, notes) =>
      source.readColumns!(
        name,
        (block, first) => {
          if (notes?.parse) parseRaw(block, notes.parse);
          return onBlock(block, first);
        },
        notes,
      ),
  };
}

async function outcome(source: GridSource) {
  try {
    return await ingestWorkbook(source, { asOf });
  } catch (e) {
    return { error: String(e) };
  }
}

describe("transactions from raw cells (the fast path) against the row path", () => {
  let dir: string;
  beforeAll(() => (dir = mkdtempSync(join(tmpdir(), "txn-raw-"))));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test("random rows, blocks and pieces: the same dataset, findings and counts", async () => {
    const customers = join(dir, "c.csv");
    const lines = ["客户编号,客户名称"];
    for (let i = 1000; i <= 1010; i++) lines.push(`${i},客户${i}`);
    writeFileSync(customers, lines.join("\n") + "\n");
    let run = 0;
    let used = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(row, { minLength: 5, maxLength: 40 }),
        fc.boolean(),
        fc.integer({ min: 1, max: 9 }),
        fc.oneof(fc.constant(undefined), fc.integer({ min: 8, max: 64 })),
        async (rows, withProduct, blockRows, pieceBytes) => {
          const transactions = join(dir, `t${run++}.csv`);
          const header = withProduct
            ? "客户编号,日期,金额,订单号,产品,数量"
            : "客户编号,日期,金额,订单号,数量";
          const text = rows.map((r) => (withProduct ? r : [...r.slice(0, 4), r[5]]).join(","));
          writeFileSync(transactions, [header, ...text].join("\n"));
          const source = openCsv(
            { customers, transactions },
            { blockRows, pieceBytes, workerScript: null },
          );
          const byRows = await outcome({ ...source, readColumns: undefined });
          expect(await outcome(source)).toEqual(byRows);
          expect(await outcome(readAhead(source))).toEqual(byRows);
          if ("dataset" in byRows) used += byRows.dataset.transactions.count;
        },
      ),
      { numRuns: 150, seed: 20261201 },
    );
    expect(used).toBeGreaterThan(1000); // not vacuous: rows were used
  });

  test("blocks reused for later pieces: rows held back over many pieces read as the row path does", async () => {
    // Day/month either way round for 300 rows (each held back, its block kept), then a day that
    // shows the order; products repeat (their texts found by their bytes), pieces of 256 bytes.
    const customers = join(dir, "c2.csv");
    writeFileSync(customers, "客户编号,客户名称\n1001,甲\n1002,乙\n");
    const lines = ["客户编号,日期,金额,订单号,产品,数量"];
    for (let i = 0; i < 900; i++) {
      const day =
        i < 300 ? `0${1 + (i % 9)}/0${1 + (i % 7)}/2024` : i === 300 ? "25/03/2024" : "2024-05-06";
      lines.push(`${1001 + (i % 2)},${day},${i + 0.5},SO${i},产品${i % 5},${1 + (i % 3)}`);
    }
    const transactions = join(dir, "t-held.csv");
    writeFileSync(transactions, lines.join("\n"));
    const source = openCsv(
      { customers, transactions },
      { blockRows: 40, pieceBytes: 256, workerScript: null },
    );
    const byRows = await outcome({ ...source, readColumns: undefined });
    expect(await outcome(source)).toEqual(byRows);
    expect(await outcome(readAhead(source))).toEqual(byRows);
    const dataset = (byRows as Awaited<ReturnType<typeof ingestWorkbook>>).dataset;
    expect(dataset.transactions.count).toBe(900);
    expect(dataset.transactions.day[0]).toBe(epochDay(2024, 1, 1));
    expect(dataset.transactions.day[8]).toBe(epochDay(2024, 2, 9)); // 09/02: day first
    expect(dataset.transactions.products).toEqual(["产品0", "产品1", "产品2", "产品3", "产品4"]);
  });

  test("an item column read for its kind and its product code: its bytes looked up once a row", async () => {
    // No row-kind column: the item column is read for its top-ups (RowKinds "topUps") and for the
    // product code (RawProducts). Each looked the cell's bytes up in a table of its own: at 100,000
    // customers 2,004,680 look-ups for 1,002,340 rows on the CSV thread (stop 64), ~44 ms of CPU.
    const customers = join(dir, "c3.csv");
    writeFileSync(customers, "客户编号,客户名称\n1001,甲\n1002,乙\n");
    const items = ["洁牙", "补牙", "会员卡充值"];
    const lines = ["客户编号,日期,金额,订单号,项目,数量"];
    for (let i = 0; i < 600; i++)
      lines.push(
        `${1001 + (i % 2)},2024-05-${String(1 + (i % 28)).padStart(2, "0")},${100 + i},SO${i},${items[i % 3]},1`,
      );
    const transactions = join(dir, "t-items.csv");
    writeFileSync(transactions, lines.join("\n"));
    const source = openCsv({ customers, transactions }, { blockRows: 64, workerScript: null });
    const byRows = await outcome({ ...source, readColumns: undefined });
    const get = jest.spyOn(ByBytes.prototype, "get");
    try {
      expect(await outcome(source)).toEqual(byRows);
      const decoder = new TextDecoder();
      const itemLookups = get.mock.calls.filter(([bytes, start, end]) =>
        items.includes(decoder.decode(bytes.subarray(start, end))),
      ).length;
      expect(itemLookups).toBe(600); // 1,200 before
    } finally {
      get.mockRestore();
    }
    // Not vacuous: the rows were read by the fast path, their products coded.
    const dataset = (byRows as Awaited<ReturnType<typeof ingestWorkbook>>).dataset;
    expect(dataset.transactions.products).toEqual(items);
  });
});
