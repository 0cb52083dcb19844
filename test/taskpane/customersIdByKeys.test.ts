// Reviewer70 H4: Square's directory export with Reference ID and Square Customer ID both filled,
// the sales keyed by Customer Reference ID. The run reads the Customers' ID from the column the
// sales' keys are in; the Data step shows that column, from the same engine choice
// (workbook.ts customersIdOfNamed).
import type { Cell } from "../../src/engine/cells";
import { detectInputs } from "../../src/taskpane/inputs";
import { OfficeWorkbook } from "../../src/workbook/office/officeWorkbook";
import { createSimulatedExcel, SimWorkbook } from "../../src/workbook/simulator";

const customers: Cell[][] = [
  ["First Name", "Last Name", "Reference ID", "Square Customer ID", "Creation Date"],
  ["A", "B", "CUST-0", "SQ0", "2023-03-14"],
  ["C", "D", "CUST-1", "SQ1", "2024-06-02"],
];

async function detect(sales: Cell[][], columns: Record<string, Record<string, string>> = {}) {
  const wb = SimWorkbook.fromSheets({ Customers: customers, Sales: sales });
  const source = new OfficeWorkbook(createSimulatedExcel(wb).run, { lang: "en-US" });
  return detectInputs(source, { sheets: {}, columns });
}

test("sales keyed by Customer Reference ID: the Data step reads the Customers' Reference ID", async () => {
  const { inputs } = await detect([
    ["Date", "Item", "Net Sales", "Customer Name", "Customer Reference ID"],
    ["04/02/2025", "Tune", "$79.00", "A B", "CUST-0"],
    ["04/03/2025", "Tune", "$79.00", "C D", "CUST-1"],
  ]);
  expect(inputs.customers.mapping.customerId).toBe("Reference ID");
  expect(inputs.customers.corrected).toEqual([]);
});

test("sales keyed by Square's Customer ID: Square Customer ID; a column chosen by hand stays", async () => {
  const sales = [
    ["Date", "Item", "Net Sales", "Customer ID", "Customer Name"],
    ["04/02/2025", "Tune", "$79.00", "SQ0", "A B"],
  ];
  expect((await detect(sales)).inputs.customers.mapping.customerId).toBe("Square Customer ID");
  const chosen = await detect(sales, { customers: { customerId: "Reference ID" } });
  expect(chosen.inputs.customers.mapping.customerId).toBe("Reference ID");
});
