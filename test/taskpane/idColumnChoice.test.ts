// Tester53 N21: a Customers sheet whose id column has a header we do not know showed "No header
// row in the first 30 rows" with no column to choose, and Run stayed disabled. The Data step now
// offers the likeliest header row with Customer ID to choose; chosen, the sheet is read.
import type { Cell } from "../../src/engine/cells";
import { detectInputs } from "../../src/taskpane/inputs";
import { blockingInput, initialState } from "../../src/taskpane/paneState";
import { OfficeWorkbook } from "../../src/workbook/office/officeWorkbook";
import { createSimulatedExcel, SimWorkbook } from "../../src/workbook/simulator";

const customers: Cell[][] = [
  ["Customer List"],
  [],
  ["Kundennr", "Company", "Owner", "Phone"],
  ["K1", "Acme", "Lee", "555-0100"],
  ["K2", "Beta", "Lee", "555-0101"],
];
const sales: Cell[][] = [
  ["Kundennr", "Invoice Date", "Invoice #", "Amount"],
  ["K1", "2025-11-02", "INV-1", 100],
];

async function detect(columns: Record<string, Record<string, string>> = {}) {
  const wb = SimWorkbook.fromSheets({ Customers: customers, Sales: sales });
  const source = new OfficeWorkbook(createSimulatedExcel(wb).run, { lang: "en-US" });
  return detectInputs(source, { sheets: {}, columns });
}

test("the header row is offered with Customer ID to choose from its headers", async () => {
  const { inputs } = await detect();
  expect(inputs.customers.headerRow).toBe(3);
  expect(inputs.customers.headers).toEqual(["Kundennr", "Company", "Owner", "Phone"]);
  expect(inputs.customers.missing).toEqual(["customerId"]);
  expect(inputs.customers.mapping).toMatchObject({ name: "Company", owner: "Owner" });
});

test("Run says which column to choose, not that there is no header row", async () => {
  const detection = await detect();
  const state = { ...initialState("en-US"), detection };
  expect(blockingInput(state)).toEqual({
    kind: "customers",
    sheet: "Customers",
    fields: ["customerId"],
  });
});

test("once chosen, the customers read and Run is free", async () => {
  const detection = await detect({
    customers: { customerId: "Kundennr" },
    transactions: { customerId: "Kundennr" },
  });
  expect(detection.inputs.customers.missing).toEqual([]);
  expect(detection.inputs.customers.corrected).toEqual(["customerId"]);
  expect(blockingInput({ ...initialState("en-US"), detection })).toBeNull();
});
