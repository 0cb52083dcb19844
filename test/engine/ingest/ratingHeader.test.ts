import type { Grid } from "../../../src/engine/cells";
import { memorySource } from "../../../src/engine/ingest/memorySource";
import { ingestWorkbook } from "../../../src/engine/ingest/workbook";
import { epochDay } from "../../../src/engine/parse/date";

// tester67 U312 (C_SweetCrumb_Customers.xlsx, /work/notes/stop67/tester67/, cut to three answers):
// the bakery's Feedback sheet heads its score `Rating (1-5)`: "not recognised; ignored", CSAT "–" on
// 49 answers and the low ratings lost. A survey's Rating / 评分 is its overall score.
const customers: Grid = [
  ["Acct #", "Name"],
  ["W-101", "Blue Door Cafe"],
  ["W-108", "Grind House"],
];
const transactions: Grid = [
  ["Date", "Acct #", "Amount"],
  ["2026-03-01", "W-101", 420],
  ["2026-03-02", "W-108", 380],
];
const read = (surveys: Grid) =>
  ingestWorkbook(memorySource({ Customers: customers, Orders: transactions, Feedback: surveys }), {
    asOf: epochDay(2026, 12, 7),
  });

describe("a survey's Rating column is its overall score (tester67 U312)", () => {
  test.each([["Rating (1-5)"], ["评分（1-5）"], ["Rating"]])("%s", async (header) => {
    const { dataset, findings } = await read([
      ["Date", "Acct #", header, "Would you recommend us? (0-10)", "Comments"],
      ["2026-10-01", "W-101", 5, 9, "Great bread"],
      ["2026-10-03", "W-108", 2, 3, "Stale croissants twice"],
      ["2026-11-02", "W-101", 4, 8, ""],
    ]);
    expect(Array.from(dataset.surveys!.overall)).toEqual([5, 2, 4]);
    expect(Array.from(dataset.surveys!.recommend)).toEqual([9, 3, 8]);
    expect(findings.filter((f) => f.code === "unmapped_column" && f.column === header)).toEqual([]);
  });
});
