import { analyzeWorkbook } from "../../../src/engine/analyze";
import type { Grid } from "../../../src/engine/cells";
import { memorySource } from "../../../src/engine/ingest/memorySource";
import { epochDay } from "../../../src/engine/parse/date";
import { defaultRules } from "../../../src/engine/rules";

// tester65 U222 (/work/notes/stop65/tester65/woo/HollowOak-renamed.xlsx, cut down): WooCommerce's
// Notes sheet (Date, Customer, Note), the shop's contact log, was "Not read" on the console only;
// the Overview, the run log, the JSON and the pane said nothing. Now a run warning says it.

const customers: Grid = [
  ["Customer ID", "Name"],
  ["C1", "Liam Smith"],
  ["C2", "Olivia Brown"],
];
const orders: Grid = [
  ["Date", "Customer ID", "Amount"],
  ["2026-11-01", "C1", 40],
  ["2026-11-20", "C2", 60],
];
const notes: Grid = [
  ["Date", "Customer", "Note"],
  ["2026-11-10", "Olivia Brown", "Switching to a local supplier"],
];
const run = (sheets: Record<string, Grid>) =>
  analyzeWorkbook(memorySource({ Customers: customers, Orders: orders, ...sheets }), {
    rules: defaultRules(),
    asOf: epochDay(2026, 12, 6),
  });

describe("a sheet no input read whose columns are an input's is said with the figures (U222)", () => {
  test("Notes (Date, Customer, Note): a run warning in both languages", async () => {
    const a = await run({ Notes: notes });
    const said = a.warnings.filter((w) => w.code === "input_sheet_unread");
    expect(said).toHaveLength(1);
    expect(said[0].message["en-US"]).toBe(
      "Sheet “Notes” was not read, so nothing on it is in this report: it has columns of the Contacts sheet (Date, Note). If it holds Contacts too, put its rows on a sheet named “Contacts” (under the same headers) and run again",
    );
    expect(said[0].message["zh-CN"]).toBe(
      "工作表“Notes”没有读取，其中的数据不在本报告中：它有“跟进记录”表的列（Date、Note）。如果它也是跟进记录：请把它的行并到名为“跟进记录”的工作表中（列名相同），然后重新运行",
    );
  });

  test("beside the input read from another sheet, that sheet is named", async () => {
    const a = await run({
      Contacts: [
        ["Date", "Customer ID", "Note"],
        ["2026-11-02", "C1", "Called"],
      ],
      "Old calls": notes,
    });
    const said = a.warnings.find((w) => w.code === "input_sheet_unread");
    expect(said?.message["en-US"]).toContain(
      "(Date, Note), and the Contacts were read from sheet “Contacts” (each input reads one sheet). If it holds Contacts too, put its rows on the “Contacts” sheet",
    );
    expect(said?.message["zh-CN"]).toContain(
      "（Date、Note），而“跟进记录”读自工作表“Contacts”（每项输入只读取一个工作表）。如果它也是跟进记录：请把它的行并到“Contacts”表中",
    );
  });

  test("a sheet of notes with no input's columns is not said", async () => {
    const a = await run({ 说明: [["本工作簿由店长维护"], ["每月底更新"]] });
    expect(a.warnings.map((w) => w.code)).not.toContain("input_sheet_unread");
  });
});
