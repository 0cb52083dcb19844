// reviewer69 L5 (reviewer69/paneColumns.test.ts): the Data step counted a column used only when a
// field maps it, and named the side columns the run reads "Not read": a till's Time (walk-ins told
// apart by it) and Notes (a split bill), an invoice sheet's Terms and Open Balance (money owed).
import { memorySource } from "../../src/engine/ingest/memorySource";
import { detectInputs, sheetColumns } from "../../src/taskpane/inputs";

const none = { sheets: {}, columns: {} };

test("a till's Time and Notes are columns used, as the run reads them", async () => {
  const sheets = {
    Customers: [
      ["Reference ID", "First Name", "Last Name"],
      ["C1", "A", "B"],
    ],
    Sales: [
      ["Date", "Time", "Customer Reference ID", "Item", "Net Sales", "Payment Method", "Notes"],
      ["04/02/2025", "10:15", "C1", "Tune", "$79.00", "Card", ""],
      [null, "13:31", null, "Flat", "$15.00", "Cash", "split bill"],
    ],
  };
  const { inputs } = await detectInputs(memorySource(sheets), none);
  // Before: used 5 of 7, ignored ["Time", "Notes"].
  expect(sheetColumns(inputs.transactions)).toEqual({
    used: sheets.Sales[0],
    ignored: [],
  });
});

test("an invoice sheet's Terms and Open Balance are used; a column the run never reads is not", async () => {
  const sheets = {
    Customers: [["Customer ID"], ["C1"]],
    Invoices: [
      ["Invoice #", "Customer ID", "Invoice Date", "Terms", "Amount", "Open Balance", "Memo Color"],
      ["INV-1", "C1", "2025-04-02", "Net 30", 100, 100, "blue"],
    ],
  };
  const { inputs } = await detectInputs(memorySource(sheets), none);
  const { used, ignored } = sheetColumns(inputs.transactions);
  expect(used).toEqual(expect.arrayContaining(["Terms", "Open Balance"]));
  expect(ignored).toEqual(["Memo Color"]);
});
