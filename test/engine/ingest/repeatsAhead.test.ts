import type { Grid } from "../../../src/engine/cells";
import type { Dataset } from "../../../src/engine/model";
import type { Finding } from "../../../src/engine/quality";
import { ingestAside, resolveAside } from "../../../src/engine/ingest/aside";
import { CustomerIndex } from "../../../src/engine/ingest/builders";
import { keepRepeats, reportDuplicateRows } from "../../../src/engine/ingest/duplicateRows";
import { memorySource } from "../../../src/engine/ingest/memorySource";
import { ingestWorkbook, type GridSource } from "../../../src/engine/ingest/workbook";
import { epochDay } from "../../../src/engine/parse/date";

// The duplicate-rows check's pairs found on the thread that ingested the transactions aside, with
// provisional customers (issue 11): used by the main thread only when they are the pairs it would
// find itself.

const asOf = epochDay(2025, 12, 31);
const head = ["客户编号", "日期", "金额", "订单号", "产品", "数量"];

/** A source whose Transactions are ingested aside (in this thread), as the CLI's CSV source does. */
function withAside(sheets: Record<string, Grid>): GridSource {
  const main = memorySource(sheets, 3);
  return {
    ...main,
    ingestAside(job, onProgress) {
      const outcome = ingestAside(memorySource(sheets, 3), job, (_k, done, total) =>
        onProgress(done, total),
      );
      return { outcome: () => outcome, cancel: () => undefined };
    },
  };
}

const lines: Grid = [
  [1001, "2025-03-07", 100, "A1", "纸", 1],
  [1002, "2025-03-07", 50, "A2", "笔", 2],
  [1001, "2025-03-07", 100, "A1", "纸", 1], // a copy of row 2
  [1002, "2025-03-07", 500, "A2", "笔", 2], // row 3's line, another amount
  [1003, "2025-03-08", 70, "A3", "纸", 1],
  [1003, "2025-03-08", 70, "A3", "纸", 1], // a copy of row 6
];

describe("the duplicate-rows check's pairs found aside", () => {
  test("found over the provisional customers: the findings and rows of the read in order", async () => {
    const sheets = { 客户: [["客户编号"], [1001], [1002], [1003]], 交易: [head, ...lines] };
    const inOrder = await ingestWorkbook(memorySource(sheets, 3), { asOf });
    const aside = await ingestWorkbook(withAside(sheets), { asOf });
    expect(aside).toEqual(inOrder);
    const codes = inOrder.findings.map((f) => [f.row, f.code]);
    expect(codes).toEqual([
      [4, "duplicate_row"],
      [5, "order_line_conflict"],
      [7, "duplicate_row"],
    ]);
    expect(inOrder.dataset.transactions.count).toBe(4);
  });

  test("an outcome carries its pairs, and a table they were kept for is checked by them", async () => {
    const sheets = { 交易: [head, ...lines] };
    const outcome = await ingestAside(memorySource(sheets, 3), {
      kind: "transactions",
      sheetName: "交易",
      asOf,
    });
    expect(outcome.repeats).toMatchObject({ count: 6, compareLines: true });
    expect(Array.from(outcome.repeats!.copies)).toEqual([2, 0, 5, 4]);
    expect(Array.from(outcome.repeats!.conflicts)).toEqual([3, 1]);
    // Pairs kept for a table are the ones its check reports: another pair said here is said there.
    const index = new CustomerIndex();
    ["1001", "1002", "1003"].forEach((id, i) => index.set(id, i));
    expect(resolveAside(outcome, index)).toBe(true);
    const dataset = datasetOf(outcome.result.table as Dataset["transactions"]);
    keepRepeats(dataset.transactions, { ...outcome.repeats!, copies: Int32Array.of(5, 4) });
    const findings: Finding[] = [];
    reportDuplicateRows(dataset, findings);
    expect(findings.map((f) => [f.row, f.code])).toEqual([
      [5, "order_line_conflict"],
      [7, "duplicate_row"],
    ]);
  });

  test("pairs of another row count, or of another question, are found again", () => {
    const expected: Finding[] = [];
    reportDuplicateRows(datasetOf(tableOf(lines)), expected);
    expect(expected.map((f) => f.code)).toEqual([
      "duplicate_row",
      "order_line_conflict",
      "duplicate_row",
    ]);
    const none = { copies: new Int32Array(0), conflicts: new Int32Array(0) };
    for (const stale of [
      { count: 5, compareLines: true, ...none },
      { count: 6, compareLines: false, ...none },
    ]) {
      const dataset = datasetOf(tableOf(lines));
      keepRepeats(dataset.transactions, stale);
      const findings: Finding[] = [];
      expect(reportDuplicateRows(dataset, findings)).toBe(2);
      expect(findings).toEqual(expected);
    }
  });

  test("one customer under two numbers: the pairs found aside are not used, the copy is found", async () => {
    // 1001 and 2001 both name customer 0 (two of its ids): aside they were two customers.
    const sheets = {
      交易: [
        head,
        [1001, "2025-03-07", 100, "A1", "纸", 1],
        [2001, "2025-03-07", 100, "A1", "纸", 1],
      ],
    };
    const outcome = await ingestAside(memorySource(sheets, 3), {
      kind: "transactions",
      sheetName: "交易",
      asOf,
    });
    expect(Array.from(outcome.repeats!.copies)).toEqual([]);
    const index = new CustomerIndex();
    index.set("1001", 0);
    index.set("2001", 0);
    expect(resolveAside(outcome, index)).toBe(true);
    const dataset = datasetOf(outcome.result.table as Dataset["transactions"]);
    const findings: Finding[] = [];
    expect(reportDuplicateRows(dataset, findings)).toBe(1);
    expect(findings.map((f) => [f.row, f.code])).toEqual([[3, "duplicate_row"]]);
  });
});

/** Rows of `lines` as a table, customers 1001… as 0…. */
function tableOf(rows: Grid): Dataset["transactions"] {
  const products: string[] = [];
  const orders: string[] = [];
  const code = (list: string[], v: string) =>
    list.includes(v) ? list.indexOf(v) : list.push(v) - 1;
  return {
    count: rows.length,
    customer: Int32Array.from(rows, (r) => Number(r[0]) - 1001),
    day: Float64Array.from(rows, (r) => epochDay(2025, 3, Number(String(r[1]).slice(8)))),
    amount: Float64Array.from(rows, (r) => Number(r[2])),
    order: Int32Array.from(rows, (r) => code(orders, String(r[3]))),
    hasOrderIds: true,
    product: Int32Array.from(rows, (r) => code(products, String(r[4]))),
    products,
    quantity: Float64Array.from(rows, (r) => Number(r[5])),
    sourceRow: Int32Array.from(rows, (_, i) => i + 2),
  };
}

/** A dataset of the check's inputs: the table, three customers, the sheet's name. */
function datasetOf(transactions: Dataset["transactions"]): Dataset {
  return {
    asOf,
    customers: { count: 3, id: ["1001", "1002", "1003"] } as unknown as Dataset["customers"],
    transactions,
    surveys: null,
    complaints: null,
    contacts: null,
    sources: {},
    counts: { transactions: { read: 6, used: transactions.count, rejected: 0, skipped: 0 } },
  };
}
