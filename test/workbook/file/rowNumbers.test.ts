import type { Cell } from "../../../src/engine/cells";
import { tableOf } from "../../../src/engine/report/table";
import { tableSheetXml } from "./tableSheet";

// The writer counts each row's number up from the last one's digits (reportSheet.ts startRow):
// every row and the first cell of each carry the right number, past 9, 99 and 999 too.
describe("row numbers of a written tab", () => {
  it("numbers 1,205 rows after the header in order, each first cell's reference with them", async () => {
    const n = 1205;
    const rows: Cell[][] = Array.from({ length: n }, (_, i) => [i + 1, `row ${i + 1}`]);
    const table = tableOf(
      "segments",
      "Segments",
      [
        { key: "n", header: "N", format: "integer" },
        { key: "text", header: "Text", format: "text" },
      ],
      rows,
    );
    const sheet = await tableSheetXml(table, "en-US");
    const numbers = [...sheet.matchAll(/<row r="(\d+)"[^>]*><c r="A(\d+)"/g)].map((m) => [
      Number(m[1]),
      Number(m[2]),
    ]);
    expect(numbers).toHaveLength(n + 1);
    numbers.forEach(([r, a], k) => {
      expect(r).toBe(k + 1);
      expect(a).toBe(k + 1);
    });
    // Row k + 1 holds data row k's number and text.
    expect(sheet).toContain('<row r="1000"><c r="A1000" s=');
    expect(sheet).toMatch(
      /<c r="A1000" s="\d+"><v>999<\/v><\/c><c s="\d+" t="inlineStr"><is><t>row 999<\/t>/,
    );
  });
});
