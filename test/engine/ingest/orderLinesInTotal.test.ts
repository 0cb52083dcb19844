import type { Grid } from "../../../src/engine/cells";
import { memoryColumnSource, memorySource } from "../../../src/engine/ingest/memorySource";
import { ingestWorkbook } from "../../../src/engine/ingest/workbook";
import { epochDay } from "../../../src/engine/parse/date";

// tester57 U39: a Shopify orders export (one row per line item; the order's fields, Total
// included, on its first line only) was counted as Total plus each further line's Lineitem
// quantity × Lineitem price again: 104,127 where the orders came to 83,011 (+25 %).

const asOf = epochDay(2025, 12, 31);
const read = async (customers: Grid, rows: Grid, columns: boolean) =>
  ingestWorkbook(
    (columns ? memoryColumnSource : memorySource)({ Customers: customers, Orders: rows }),
    { asOf },
  );

const HEADER = [
  "Customer ID",
  "Date",
  "Total",
  "Lineitem quantity",
  "Lineitem name",
  "Lineitem price",
  "Order ID",
];
const shopify: Grid = [
  HEADER,
  // #1001: 1 × 50 + 1 × 80 + shipping 5 = 135.
  // Shopify's order Id is on the first line only.
  ["ann@example.com", "2025-03-01", 135, 1, "Mat", 50, 5001],
  ["ann@example.com", "2025-03-01", null, 1, "Block", 80, null],
  // #1002: 2 × 10 + 1 × 30 + 3 × 5, 10 % off = 58.5.
  ["bob@example.com", "2025-03-02", 58.5, 2, "Strap", 10, 5002],
  ["bob@example.com", "2025-03-02", null, 1, "Towel", 30],
  ["bob@example.com", "2025-03-02", null, 3, "Socks", 5],
  // #1003: one line.
  ["ann@example.com", "2025-04-01", 20, 1, "Socks", 20, 5003],
];
const customers: Grid = [["Customer ID"], ["ann@example.com"], ["bob@example.com"]];

test.each([false, true])(
  "further lines of an order whose Total is on its first line are part of it (column blocks: %s)",
  async (columns) => {
    const { dataset, findings } = await read(customers, shopify, columns);
    const amounts = Array.from(dataset.transactions.amount);
    expect(amounts.reduce((a, b) => a + b, 0)).toBeCloseTo(213.5, 6);
    expect(amounts).toEqual([135, 0, 58.5, 0, 0, 20]);
    // Each further line is its order's (the first line's Id), not an order of its own.
    const orders = Array.from(dataset.transactions.order);
    expect(new Set(orders).size).toBe(3);
    const notes = findings.filter((f) => f.code === "order_lines_in_total");
    expect(notes.map((f) => [f.row, f.severity, f.column])).toEqual([[3, "info", "Total"]]);
    expect(notes[0].message["en-US"]).toBe(
      "3 rows are further lines of the order above with “Total” blank: the order's “Total” on its first line is the order's total and includes them, so they were not counted again as “Lineitem quantity” × “Lineitem price” (the first is row 3)",
    );
    expect(notes[0].message["zh-CN"]).toBe(
      "3 行是上面订单的后续商品行，“Total”为空：订单的“Total”写在第一行（合计），已包含这些商品，未再按“Lineitem quantity”×“Lineitem price”重复计入（第一行为第 3 行）",
    );
    // Not said as zero amounts, nor as amounts computed from quantity × price.
    expect(findings.filter((f) => /zero_amount|amount_from_quantity_price/.test(f.code))).toEqual(
      [],
    );
  },
);

test.each([false, true])(
  "a ledger whose first line's amount is that line's own still counts each line (column blocks: %s)",
  async (columns) => {
    // tester54 T10: 金额 of the first line is 2 × 500; the line below has 数量 and 单价 only.
    const { dataset, findings } = await read(
      [["客户编号"], ["K001"]],
      [
        ["日期", "客户编号", "金额", "数量", "产品", "单价"],
        ["2025-03-01", "K001", 1000, 2, "茶", 500],
        [null, null, null, 1, "礼盒", 300],
        // A discounted first line (900 for 2 × 500) is still its own.
        ["2025-03-05", "K001", 900, 2, "茶", 500],
        [null, null, null, 1, "礼盒", 300],
      ],
      columns,
    );
    expect(Array.from(dataset.transactions.amount)).toEqual([1000, 300, 900, 300]);
    expect(findings.some((f) => f.code === "order_lines_in_total")).toBe(false);
    expect(
      findings.filter((f) => f.code === "amount_from_quantity_price").map((f) => f.row),
    ).toEqual([3]);
  },
);

test.each([false, true])(
  "a hand ledger's order total on its first line covers the blank lines below it (column blocks: %s)",
  async (columns) => {
    // The order's fields and its 金额 (the order's total: 2 × 500 + 1 × 300) on the first line.
    const { dataset, findings } = await read(
      [["客户编号"], ["K001"]],
      [
        ["日期", "客户编号", "金额", "数量", "产品", "单价"],
        ["2025-03-01", "K001", 1300, 2, "茶", 500],
        [null, null, null, 1, "礼盒", 300],
      ],
      columns,
    );
    expect(Array.from(dataset.transactions.amount)).toEqual([1300, 0]);
    expect(findings.filter((f) => f.code === "order_lines_in_total").map((f) => f.row)).toEqual([
      3,
    ]);
  },
);

test.each([false, true])(
  "an order's status on its first line only says its Total is the order's, whatever the discount (column blocks: %s)",
  async (columns) => {
    // reviewer57 M1: at 50 % off, #1004's Total 65 is nearer its first line (50) than both (130).
    // tester57: #1005's further line of a refunded order counted as a ¥0 purchase day.
    const header = [
      "Customer ID",
      "Date",
      "Financial Status",
      "Total",
      "Lineitem quantity",
      "Lineitem price",
    ];
    const { dataset, findings } = await read(
      customers,
      [
        header,
        ["ann@example.com", "2025-05-01", "paid", 65, 1, 50],
        ["ann@example.com", "2025-05-01", null, null, 1, 80],
        ["bob@example.com", "2025-05-02", "refunded", 40, 1, 20],
        ["bob@example.com", "2025-05-02", null, null, 1, 20],
        ["bob@example.com", "2025-06-02", "paid", 20, 1, 20],
      ],
      columns,
    );
    expect(Array.from(dataset.transactions.amount)).toEqual([65, 0, 20]);
    expect(findings.filter((f) => f.code === "order_lines_in_total").map((f) => f.row)).toEqual([
      3,
    ]);
    const refunded = findings.find((f) => f.code === "row_kind_refunded");
    expect(refunded?.message["en-US"]).toMatch(/on 2 rows/);
  },
);

test.each([false, true])(
  "Shopify's Name is the order ID of every line, over a Receipt Number blank for online orders (column blocks: %s)",
  async (columns) => {
    // fix60c's note: `Receipt Number` was read as the order ID, blank on web orders, so each
    // further line of an order was an order of its own (Bob's three-line #1002: 3 orders).
    const header = [
      "Name",
      "Customer ID",
      "Financial Status",
      "Total",
      "Created at",
      "Lineitem quantity",
      "Lineitem name",
      "Lineitem price",
      "Receipt Number",
    ];
    const { dataset } = await read(
      customers,
      [
        header,
        ["#1001", "ann@example.com", "paid", 135, "2025-03-01", 1, "Mat", 50, null],
        ["#1001", "ann@example.com", null, null, "2025-03-01", 1, "Block", 80, null],
        ["#1002", "bob@example.com", "paid", 58.5, "2025-03-02", 2, "Strap", 10, null],
        ["#1002", "bob@example.com", null, null, "2025-03-02", 1, "Towel", 30, null],
        ["#1002", "bob@example.com", null, null, "2025-03-02", 3, "Socks", 5, null],
        ["#1003", "ann@example.com", "paid", 40, "2025-05-01", 2, "Socks", 20, "R-77"],
        ["#1003", "ann@example.com", null, null, "2025-05-01", 1, "Mat", 20, null],
      ],
      columns,
    );
    const sources = dataset.sources;
    expect(sources.transactions?.columns.orderId).toBe("Name");
    expect(sources.transactions?.columns.product).toBe("Lineitem name");
    const t = dataset.transactions;
    expect(Array.from(t.amount).reduce((a, b) => a + b, 0)).toBeCloseTo(233.5, 6);
    expect(new Set(Array.from(t.order)).size).toBe(3);
  },
);

test("a Name column is no order ID outside a line-item export", async () => {
  const { dataset } = await read(
    customers,
    [
      ["Customer ID", "Name", "Date", "Amount", "Receipt Number"],
      ["ann@example.com", "Ann", "2025-03-01", 10, "R1"],
    ],
    false,
  );
  expect(dataset.sources.transactions?.columns.orderId).toBe("Receipt Number");
});
