import ExcelJS from "exceljs";
import { readFileSync } from "node:fs";
import { cli, scratchFolder } from "./harness";

/**
 * Tester52 L12: an .xlsx name longer than a cell holds (120,000 characters) came out cut at 32,767
 * with no finding. The reader keeps it whole, as from CSV: text_too_long, whole in the JSON. (The
 * tester's file was openpyxl's, which itself writes at most 32,767 characters: the input held no
 * more; this pins the reader's side.)
 */

const scratch = scratchFolder("ca-longxlsx-");

test(".xlsx text over 32,767 characters: text_too_long, and whole in the JSON", async () => {
  const book = new ExcelJS.Workbook();
  const c = book.addWorksheet("Customers");
  c.addRow(["Customer ID", "Customer Name"]);
  c.addRow(["C1", "A".repeat(120_000)]);
  c.addRow(["C2", "B"]);
  const t = book.addWorksheet("Transactions");
  t.addRow(["Customer ID", "Date", "Amount"]);
  t.addRow(["C1", new Date(Date.UTC(2025, 4, 1)), 10]);
  t.addRow(["C2", new Date(Date.UTC(2025, 5, 1)), 20]);
  const file = scratch.path("long.xlsx");
  await book.xlsx.writeFile(file);
  const json = scratch.path("long.json");
  const r = await cli(
    "analyze",
    file,
    "--as-of",
    "2025-12-31",
    "--lang",
    "en-US",
    "-o",
    scratch.path("o.xlsx"),
    "--json",
    json,
  );
  expect(r.code).toBe(0);
  const text = readFileSync(json, "utf8");
  const result = JSON.parse(text);
  expect(result.dataQuality.map((f: { code: string }) => f.code)).toContain("text_too_long");
  expect(text).toContain("A".repeat(120_000));
});
