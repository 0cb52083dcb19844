// tester59 U81: Square's Item Details export. Its Transaction ID is the order ID (unread, so a
// walk-in's blank-Customer-ID sale was read as a further line of the order above), Net Sales the
// amount (Gross Sales, before Discounts, was read: +6.3 % revenue) and Price Point Name ("Regular")
// a name, never the unit price.
import { mapColumns } from "../../../src/engine/ingest/header";
import { SHEETS } from "../../../src/engine/schema";

const SQUARE = [
  "Date",
  "Time",
  "Time Zone",
  "Category",
  "Item",
  "Qty",
  "Price Point Name",
  "SKU",
  "Modifier Applied",
  "Gross Sales",
  "Discounts",
  "Net Sales",
  "Tax",
  "Transaction ID",
  "Payment ID",
  "Device Name",
  "Notes",
  "Details",
  "Event Type",
  "Location",
  "Dining Option",
  "Customer ID",
  "Customer Name",
  "Customer Reference ID",
  "Unit",
  "Count",
  "Itemization Type",
  "Fulfillment Note",
  "Channel",
  "Token",
  "Card Brand",
  "PAN Suffix",
];

test("Square Item Details: Transaction ID, Net Sales; Price Point Name no price", () => {
  const m = mapColumns(SQUARE, SHEETS.transactions);
  const at = (field: string) => SQUARE[m.columns[field]];
  expect(at("orderId")).toBe("Transaction ID");
  expect(at("amount")).toBe("Net Sales");
  expect(at("customerId")).toBe("Customer ID");
  expect(at("quantity")).toBe("Qty");
  expect(m.columns.unitPrice).toBeUndefined();
});

test("a plain Price column is still the unit price", () => {
  const m = mapColumns(["Customer ID", "Date", "Price", "Qty"], SHEETS.transactions);
  expect(m.columns.unitPrice).toBe(2);
});
