import { findHeader, mapColumns } from "../../../src/engine/ingest/header";
import { SHEETS } from "../../../src/engine/schema";
import { SOLD_ORDERS } from "./etsySoldOrders";

describe("findHeader", () => {
  test("finds the header below a title row and blank rows", () => {
    const rows = [
      ["2025年客户交易明细"],
      [],
      [null, null],
      ["客户编号", "日期", "金额(元)", "备注"],
      ["1001", "2025-01-02", 10],
    ];
    const m = findHeader(rows, SHEETS.transactions)!;
    expect(m.rowIndex).toBe(3);
    expect(m.columns).toEqual({ customerId: 0, date: 1, amount: 2 });
    expect(m.unmapped).toEqual([3]);
    expect(m.missing).toEqual([]);
  });

  test.each([
    [["客户ID", "交易日期", "金额（元）"]],
    [["Customer ID", "Order Date", "Amount"]],
    [["Cust No", "Date", "Sales"]],
    [["customer_id", "DATE", "Total"]],
    [["  客户编号 ", "日期", "实付金额"]],
    [["客户编号", "日期", "价税合计"]],
    [["客户编号", "日期", "订单总额"]],
    [["客户编号", "日期", "实收"]],
    [["Ｃｕｓｔｏｍｅｒ ＩＤ", "Date", "Amount"]],
  ])("maps synonyms %p", (header) => {
    const m = mapColumns(header, SHEETS.transactions);
    expect(m.columns).toEqual({ customerId: 0, date: 1, amount: 2 });
  });

  test("reports unmapped required fields by name", () => {
    const m = mapColumns(["客户编号", "日期", "备注"], SHEETS.transactions);
    expect(m.missing).toEqual(["amount"]);
  });

  test("Order ID is not taken for the customer id", () => {
    const m = mapColumns(["Order ID", "Customer ID", "Date", "Amount"], SHEETS.transactions);
    expect(m.columns.customerId).toBe(1);
    expect(m.columns.orderId).toBe(0);
  });

  test("a user's override wins over synonyms", () => {
    const m = mapColumns(["编号", "客户编号", "日期", "金额"], SHEETS.transactions, {
      customerId: "编号",
    });
    expect(m.columns.customerId).toBe(0);
  });

  test("no header at all", () => {
    expect(
      findHeader(
        [
          [1, 2, 3],
          [4, 5, 6],
        ],
        SHEETS.transactions,
      ),
    ).toBeNull();
  });
});

describe("a part of the amount is not the amount (tester58 U59)", () => {
  // A WooCommerce orders export: Cart Discount Amount (all 0) was read over Order Total Amount.
  const woo = [
    "Order Number",
    "Order Status",
    "Order Date",
    "Customer ID",
    "Cart Discount Amount",
    "Order Subtotal Amount",
    "Order Shipping Amount",
    "Order Refund Amount",
    "Order Total Amount",
    "Order Total Tax Amount",
    "Quantity (- Refund)",
    "Item Cost",
    "Discount Amount",
  ];

  test("the order total is read, not the cart discount", () => {
    expect(mapColumns(woo, SHEETS.transactions).columns.amount).toBe(8);
  });

  test.each([
    [["客户编号", "日期", "优惠金额", "运费", "订单金额"], 4],
    [["客户编号", "日期", "税额", "金额"], 3],
    [["Customer ID", "Date", "Amount before discount", "Amount after discount"], 3],
    [["Customer ID", "Date", "Tax Amount", "Total incl. Tax"], 3],
  ])("%p: the amount is column %p", (header, col) => {
    expect(mapColumns(header, SHEETS.transactions).columns.amount).toBe(col);
  });

  // tester65 U223: Etsy's Sold Orders. Adjusted Net Order Amount (after Etsy's card fees, blank
  // unless an order was adjusted) was read over Order Total: the run stopped on blank amounts, or
  // read the seller's payout.
  test("an Etsy Sold Orders export: Order Total, not an adjusted amount", () => {
    const etsy = SOLD_ORDERS;
    const { columns } = mapColumns(etsy, SHEETS.transactions);
    expect(etsy[columns.amount!]).toBe("Order Total");
    // Alone, an adjusted amount is still the amount.
    expect(
      mapColumns(["Customer ID", "Date", "Adjusted Amount"], SHEETS.transactions).columns.amount,
    ).toBe(2);
  });

  test("a part is still read when no other header names the amount", () => {
    expect(
      mapColumns(["Customer ID", "Date", "Discount Amount"], SHEETS.transactions).columns.amount,
    ).toBe(2);
  });
});
