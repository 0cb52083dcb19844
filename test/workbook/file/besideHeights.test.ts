import type { Cell } from "../../../src/engine/cells";
import { tableOf } from "../../../src/engine/report/table";
import { tableSheetXml } from "./tableSheet";

/**
 * A table tab with a print area of 2 columns and a page beside it through column C
 * (ReportTable.printBeside, the schedule's status and note): a row is as tall as the lines of its
 * wrapped cells in every printed column, the beside page's too (reviewer47 M1: a 3-line note in
 * the beside column printed its first line, the row sized to A:B).
 */
const LINES = "line one\nline two typed by the manager\nline three";

/** The sheet's second row's opening tag, with `text` in column `at` of a 4-column table. */
async function rowWith(at: number): Promise<string | undefined> {
  const cells: Cell[] = ["1", "short", "short", "short"];
  cells[at] = LINES;
  const table = {
    ...tableOf(
      "followUps",
      "Schedule",
      [
        { key: "a", header: "A", format: "text" },
        { key: "b", header: "B", format: "text", width: 12 },
        { key: "note", header: "Note", format: "text", width: 12 },
        { key: "more", header: "More", format: "text", width: 12 },
      ],
      [cells],
    ),
    printColumns: 2,
    printBeside: 3,
  };
  const sheet = await tableSheetXml(table as never, "en-US");
  expect(sheet).toContain("<colBreaks");
  return sheet.match(/<row r="2"[^>]*>/)?.[0];
}

test("the page beside the print area counts its column's lines", async () => {
  expect(await rowWith(2)).toMatch(/ ht="\d+(\.\d+)?" customHeight="1"/);
});

test("a printed column's lines size the row as before", async () => {
  expect(await rowWith(1)).toMatch(/ ht="\d+(\.\d+)?" customHeight="1"/);
});

test("a column after the page beside (on screen only) leaves the row one line", async () => {
  expect(await rowWith(3)).toBe('<row r="2">');
});
