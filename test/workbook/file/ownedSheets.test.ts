import ExcelJS from "exceljs";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Cell } from "../../../src/engine/cells";
import { tableOf, type ReportColumn, type ReportTable } from "../../../src/engine/report/table";
import { ownedSheetParts } from "../../../src/workbook/file/ownedSheets";
import { XlsxPackage } from "../../../src/workbook/file/xlsxPackage";
import { openXlsx } from "../../../src/workbook/file/xlsxSource";
import { XlsxReportWriter } from "../../../src/workbook/file/xlsxWriter";
import { ownedTabName } from "../../../src/workbook/ownedTabs";

// A tab continued on numbered tabs past Excel's rows (engine/report/limits.ts) carries one marker
// per part, and each part is found again on the next refresh: rewritten in place, or emptied when
// the tab needs fewer parts now. A user's sheet is never taken for one.

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "owned-parts-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const columns: ReportColumn[] = [
  { key: "customerId", header: "客户编号", format: "text" },
  { key: "netSpend", header: "消费金额", format: "money" },
];

function part(p: number, rows: number): ReportTable {
  const data: Cell[][] = Array.from({ length: rows }, (_, i) => [`P${p}-${i}`, i]);
  const name = p === 1 ? "客户分类" : `客户分类 (${p})`;
  return Object.assign(tableOf("segments", name, columns, data), p > 1 ? { part: p } : {});
}

async function grid(file: string, sheet: string): Promise<Cell[][]> {
  const source = await openXlsx(file);
  const rows: Cell[][] = [];
  await source.readSheet(sheet, (block) => void rows.push(...block));
  return rows;
}

async function names(file: string): Promise<Array<{ name: string; ranges: string[] }>> {
  const pkg = await XlsxPackage.open(file);
  pkg.close();
  return pkg.definedNames
    .filter((n) => n.localSheetId === undefined)
    .map((n) => ({ name: n.name, ranges: n.ranges }));
}

test("each part has its own marker, is replaced in place on the next run, and a part no longer needed is emptied", async () => {
  const input = join(dir, "input.xlsx");
  const book = new ExcelJS.Workbook();
  book.addWorksheet("客户").getRow(1).values = ["客户编号"];
  // A user's sheet named like a part, and names a user could type: none of them is a marker.
  const users = book.addWorksheet("客户分类 (4)");
  users.getCell("A1").value = "mine";
  book.definedNames.add("'客户分类 (4)'!$A$1", "CA_TAB_segments");
  book.definedNames.add("'客户分类 (4)'!$A$1", "ca_tmp_segments_4");
  await book.xlsx.writeFile(input);

  const first = join(dir, "first.xlsx");
  await new XlsxReportWriter(first, { copyFrom: input, lang: "zh-CN" }).writeTables([
    part(1, 3),
    part(2, 2),
    part(3, 1),
  ]);
  const marks = (await names(first)).filter((n) => n.name.startsWith("CA."));
  expect(marks.sort((a, b) => a.name.localeCompare(b.name))).toEqual([
    { name: ownedTabName("segments"), ranges: ["'客户分类'!$A$1:$B$1"] },
    { name: ownedTabName("segments", 2), ranges: ["'客户分类 (2)'!$A$1:$B$1"] },
    { name: ownedTabName("segments", 3), ranges: ["'客户分类 (3)'!$A$1:$B$1"] },
  ]);
  const pkg = await XlsxPackage.open(first);
  expect([...ownedSheetParts(pkg)]).toEqual([
    ["客户分类", { tab: "segments", part: 1 }],
    ["客户分类 (2)", { tab: "segments", part: 2 }],
    ["客户分类 (3)", { tab: "segments", part: 3 }],
  ]);
  const sheetsBefore = pkg.sheets.map((s) => [s.name, s.sheetId, s.part]);
  pkg.close();
  // Output tabs are never input: every part is left out of the sheets a run reads.
  expect(await (await openXlsx(first)).sheetNames()).toEqual(["客户", "客户分类 (4)"]);

  const second = join(dir, "second.xlsx");
  const written = await new XlsxReportWriter(second, {
    copyFrom: first,
    lang: "zh-CN",
  }).writeTables([part(1, 4), part(2, 1)]);
  expect(written.map((w) => [w.sheetName, w.rows])).toEqual([
    ["客户分类", 4],
    ["客户分类 (2)", 1],
    ["客户分类 (3)", 1], // an Excel table keeps one (blank) data row
  ]);
  const after = await XlsxPackage.open(second);
  // Same sheets, same ids, same parts: replaced in place, nothing added, nothing of the user's gone.
  expect(after.sheets.map((s) => [s.name, s.sheetId, s.part])).toEqual(sheetsBefore);
  after.close();
  expect(await grid(second, "客户分类 (2)")).toEqual([
    ["客户编号", "消费金额"],
    ["P2-0", 0],
  ]);
  expect(await grid(second, "客户分类 (3)")).toEqual([["客户编号", "消费金额"]]);
  expect(await grid(second, "客户分类 (4)")).toEqual([["mine"]]);
  const all = await names(second);
  expect(
    all
      .filter((n) => n.name.startsWith("CA."))
      .map((n) => n.name)
      .sort(),
  ).toEqual(
    [ownedTabName("segments"), ownedTabName("segments", 2), ownedTabName("segments", 3)].sort(),
  );
  // The user's look-alike names are kept as they were.
  expect(
    all
      .filter((n) => !n.name.startsWith("CA."))
      .map((n) => n.name)
      .sort(),
  ).toEqual(["CA_TAB_segments", "ca_tmp_segments_4"].sort());
});
