import type { Grid } from "../../../src/engine/cells";
import { memoryColumnSource, memorySource } from "../../../src/engine/ingest/memorySource";
import { ingestWorkbook } from "../../../src/engine/ingest/workbook";
import { epochDay } from "../../../src/engine/parse/date";

// tester58 U59: a WooCommerce orders export writes one row per line item and every order field on
// each, its Order Total Amount too: the total was added once per line (+86–89 % revenue).

const asOf = epochDay(2025, 12, 31);
const read = async (rows: Grid, columns: boolean) =>
  ingestWorkbook(
    (columns ? memoryColumnSource : memorySource)({
      Customers: [["Customer ID"], ["ann@example.de"], ["bob@example.de"]],
      Orders: rows,
    }),
    { asOf },
  );

const woo = (amountHeader: string): Grid => [
  [
    "Order Number",
    "Order Status",
    "Order Date",
    "Customer ID",
    "Cart Discount Amount",
    amountHeader,
    "Item Name",
    "Quantity (- Refund)",
    "Item Cost",
  ],
  // #10605: 1 × 12.00 + 2 × 24.90 + shipping 0 = 61.80, on both lines.
  ["10605", "Completed", "2025-03-01 10:09", "ann@example.de", 0, "61.80", "Tasse", 1, "12.00"],
  ["10605", "Completed", "2025-03-01 10:09", "ann@example.de", 0, "61.80", "Bohnen", 2, "24.90"],
  // #10606: one line, 12.00 + shipping 4.90.
  ["10606", "Completed", "2025-03-02 08:11", "bob@example.de", 0, "16.90", "Tasse", 1, "12.00"],
  // #10607: three lines of 1 × 9.00, shipping 4.90: 31.90 on each.
  ["10607", "Completed", "2025-04-01 09:00", "bob@example.de", 0, "31.90", "Filter", 1, "9.00"],
  ["10607", "Completed", "2025-04-01 09:00", "bob@example.de", 0, "31.90", "Filter M", 1, "9.00"],
  ["10607", "Completed", "2025-04-01 09:00", "bob@example.de", 0, "31.90", "Filter L", 1, "9.00"],
];

describe.each([false, true])(
  "an order total repeated on each line (column blocks: %s)",
  (columns) => {
    test.each(["Order Total Amount", "Amount"])("counted once per order (%s)", async (header) => {
      const { dataset, findings } = await read(woo(header), columns);
      const amounts = Array.from(dataset.transactions.amount);
      expect(amounts).toEqual([61.8, 0, 16.9, 31.9, 0, 0]);
      const notes = findings.filter((f) => f.code === "order_total_repeated");
      expect(notes.map((f) => [f.row, f.severity, f.column])).toEqual([[3, "info", header]]);
      expect(notes[0].message["en-US"]).toBe(
        `3 rows are further lines of the order above repeating the order's “${header}” (the whole order's total, not the line's amount): it was counted once per “Order Number”, these lines read as 0 (the first is row 3)`,
      );
      expect(notes[0].message["zh-CN"]).toBe(
        `3 行是上面订单的后续商品行，重复写着订单的“${header}”（整单的合计，不是这一行的金额）：每个“Order Number”只计一次，这些行按 0 读取（第一行为第 3 行）`,
      );
      expect(findings.filter((f) => f.code === "zero_amount")).toEqual([]);
    });
  },
);

test("two like lines of one order whose quantity × price is their amount keep both", async () => {
  const rows: Grid = [
    ["Customer ID", "Date", "Order ID", "Product", "Qty", "Unit Price", "Amount"],
    ["ann@example.de", "2025-03-01", "A1", "Mat", 1, 40, 40],
    ["ann@example.de", "2025-03-01", "A1", "Block", 1, 40, 40],
  ];
  for (const columns of [false, true]) {
    const { dataset, findings } = await read(rows, columns);
    expect(Array.from(dataset.transactions.amount)).toEqual([40, 40]);
    expect(findings.some((f) => f.code === "order_total_repeated")).toBe(false);
  }
});

// reviewer58 H1: two T-shirts at 1 × 99, each paid 89 after a discount: the second was read as 0
// (its amount is not its quantity × price, so it was taken for the order's total).
test("two like discounted lines of one order keep both: their amount covers no other line", async () => {
  const rows: Grid = [
    ["订单号", "客户编号", "日期", "产品", "数量", "单价", "实付金额"],
    ["SO1", "ann@example.de", "2025-10-01", "T恤 白", 1, 99, 89],
    ["SO1", "ann@example.de", "2025-10-01", "T恤 黑", 1, 99, 89],
    ["SO2", "bob@example.de", "2025-10-02", "毛巾", 1, 50, 50],
  ];
  for (const columns of [false, true]) {
    const { dataset, findings } = await read(rows, columns);
    expect(Array.from(dataset.transactions.amount)).toEqual([89, 89, 50]);
    expect(findings.some((f) => f.code === "order_total_repeated")).toBe(false);
  }
  // The order's total on each line (30 + 40 and shipping: 80) is still read once.
  const total: Grid = [
    ["Customer ID", "Date", "Order ID", "Product", "Qty", "Unit Price", "Amount"],
    ["ann@example.de", "2025-03-01", "A1", "Mat", 1, 30, 80],
    ["ann@example.de", "2025-03-01", "A1", "Block", 1, 40, 80],
  ];
  const { dataset } = await read(total, false);
  expect(Array.from(dataset.transactions.amount)).toEqual([80, 0]);
});

test("a ledger's 订单金额 per order, each order on one line, is read as written", async () => {
  const rows: Grid = [
    ["客户编号", "日期", "订单号", "订单金额"],
    ["ann@example.de", "2025-03-01", "A1", 40],
    ["ann@example.de", "2025-03-02", "A2", 40],
  ];
  const { dataset } = await read(rows, false);
  expect(Array.from(dataset.transactions.amount)).toEqual([40, 40]);
});
