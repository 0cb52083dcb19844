// tester58 U69: WooCommerce's customers and orders as downloaded. The customers have no ID column
// and the error gave no advice (an e-mail column, no phone); after renaming Email, the orders'
// Customer Note (empty) was taken as the Customer ID, every row refused.
import type { Grid } from "../../../src/engine/cells";
import { InputError } from "../../../src/engine/errors";
import { mapColumns } from "../../../src/engine/ingest/header";
import { memorySource } from "../../../src/engine/ingest/memorySource";
import { ingestWorkbook } from "../../../src/engine/ingest/workbook";
import { epochDay } from "../../../src/engine/parse/date";
import { SHEETS } from "../../../src/engine/schema";

const asOf = epochDay(2025, 12, 31);
const customers = (id: string): Grid => [
  ["Name", "Username", id, "Orders"],
  ["Lea Schwarz", "lea", "lea@example.de", 2],
  ["Max Wagner", "max", "max@example.de", 1],
];
const orders = (email: string): Grid => [
  ["Order Number", "Order Status", "Order Date", "Customer Note", email, "Order Total Amount"],
  [10605, "Completed", "2025-12-01 10:09", "", "lea@example.de", 16.9],
  [10606, "Completed", "2025-12-02 11:00", "", "max@example.de", 20],
  [10607, "Completed", "2025-12-03 12:00", "", "lea@example.de", 12],
];

async function failure(sheets: Record<string, Grid>): Promise<InputError> {
  const failed = await ingestWorkbook(memorySource(sheets), { asOf }).catch((e: unknown) => e);
  if (!(failed instanceof InputError)) throw new Error("no input error");
  return failed;
}

test("customers with an e-mail column and no ID: the advice names the e-mail column", async () => {
  const e = await failure({ 客户: customers("Email"), 交易: orders("Email (Billing)") });
  expect(e.in("en-US")).toContain(
    ". If your customers are told apart by e-mail address, rename “Email” to “Customer ID”, and the customer's e-mail column of the transactions sheet too (WooCommerce: Email (Billing))",
  );
  expect(e.in("zh-CN")).toContain(
    "。如果客户是按邮箱区分的，请把“Email”列改名为“客户编号”，交易表中客户的邮箱列也要改",
  );
});

test("a note is never the customer ID, nor asked about as one", async () => {
  const headers = ["Order Number", "Customer Note", "Order Date", "Order Total Amount"];
  expect(mapColumns(headers, SHEETS.transactions).columns.customerId).toBe(undefined);
  for (const note of ["客户备注", "Customer Comment", "Customer Remarks", "客户留言"])
    expect(mapColumns([note, "日期", "金额"], SHEETS.transactions).columns.customerId).toBe(
      undefined,
    );
  // Customer ID renamed on the customers sheet only: the orders lack it, said as such, and the
  // empty Customer Note is no key of names nor a near miss of Customer No.
  const e = await failure({ 客户: customers("Customer ID"), 交易: orders("Email (Billing)") });
  expect(e.in("en-US")).toContain("Required column “Customer ID” is missing");
  expect(e.in("en-US")).not.toContain("“Customer Note” holds");
  expect(e.in("en-US")).not.toContain("Did you mean “Customer No”");
  // Both renamed: every order read, by the e-mail addresses.
  const read = await ingestWorkbook(
    memorySource({ 客户: customers("Customer ID"), 交易: orders("Customer ID") }),
    { asOf },
  );
  expect(read.dataset.sources.transactions!.columns.customerId).toBe("Customer ID");
  expect(read.dataset.counts.transactions).toMatchObject({ read: 3, used: 3 });
});
