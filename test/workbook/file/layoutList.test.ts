import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Cell } from "../../../src/engine/cells";
import { layoutTable } from "../../../src/engine/report/serviceText";
import { tableOf, type ReportTable } from "../../../src/engine/report/table";
import { OfficeWorkbook } from "../../../src/workbook/office/officeWorkbook";
import { createSimulatedExcel, SimWorkbook } from "../../../src/workbook/simulator";
import { XlsxPackage } from "../../../src/workbook/file/xlsxPackage";
import { XlsxReportWriter } from "../../../src/workbook/file/xlsxWriter";

/**
 * A layout's list (ReportTable.listRow: the Changes tab's customers) is sorted and filtered as a
 * table tab is, on the protected sheet (tester10 #4, stop 34): an autoFilter over it, its cells
 * unlocked; the layout's blocks above it stay locked.
 */

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "ca-layout-list-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function changes(): ReportTable {
  const rows: Cell[][] = [["Changes"], [], ["Worse", 3], [], ["Customers"]];
  rows.push(["Move", "ID", "Spend", "Reason"]);
  for (let i = 0; i < 30; i++) rows.push(["Worse", `C${i}`, i === 3 ? "" : 100 + i, `reason ${i}`]);
  const t = layoutTable("changes", "Changes", rows, [], [20, 12, 12, 40]);
  return { ...t, printTitleRow: 5, listRow: 5 };
}

/** The `locked` of each cellXfs entry of a styles part, by index. */
function lockedXfs(styles: string): boolean[] {
  const xfs = /<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles)![1];
  return [...xfs.matchAll(/<xf\b[^>]*?(?:\/>|>([\s\S]*?)<\/xf>)/g)].map(
    (m) => !/locked="0"/.test(m[1] ?? ""),
  );
}

test("the file: an autoFilter over the list, its cells and blank cells unlocked, the head locked", async () => {
  const file = join(dir, "list.xlsx");
  const plain = layoutTable("overview", "Overview", [["Overview"], ["a", 1]]);
  await new XlsxReportWriter(file, { lang: "en-US" }).writeTables([plain, changes()]);
  const pkg = await XlsxPackage.open(file);
  try {
    const sheet = await pkg.zip.readText(pkg.sheets[1].part);
    const locked = lockedXfs(await pkg.zip.readText("xl/styles.xml"));
    const ref = /<autoFilter ref="([A-Z]+\d+:[A-Z]+\d+)"\/?>/.exec(sheet)?.[1];
    expect(ref).toMatch(/^A6:[A-Z]+36$/);
    // After the protection, before the merged notes (CT_Worksheet's order).
    expect(sheet.indexOf("<sheetProtection")).toBeLessThan(sheet.indexOf("<autoFilter"));
    const merges = sheet.indexOf("<mergeCells");
    if (merges >= 0) expect(sheet.indexOf("<autoFilter")).toBeLessThan(merges);
    const rowXml = (r: number) => new RegExp(`<row r="${r}"[^>]*>[\\s\\S]*?</row>`).exec(sheet)![0];
    const styleOf = (xml: string) =>
      [...xml.matchAll(/<c\b[^>]*?\ss="(\d+)"/g)].map((m) => Number(m[1]));
    for (const r of [6, 7, 9, 36]) {
      const xml = rowXml(r);
      // Every written cell unlocked, and the row's blank cells (the row's own format) too.
      expect(styleOf(xml).map((s) => locked[s])).not.toContain(true);
      const rowStyle = /<row r="\d+" s="(\d+)" customFormat="1"/.exec(xml)?.[1];
      expect(rowStyle).toBeDefined();
      expect(locked[Number(rowStyle)]).toBe(false);
    }
    for (const r of [1, 3, 5]) {
      const xml = rowXml(r);
      expect(styleOf(xml).map((s) => locked[s])).not.toContain(false);
      expect(xml).not.toContain("customFormat");
    }
    const book = await pkg.zip.readText("xl/workbook.xml");
    expect(book).toContain(
      `<definedName name="_xlnm._FilterDatabase" localSheetId="1" hidden="1">'Changes'!$A$6:$${ref!.split(":")[1].replace(/\d+$/, "")}$36</definedName>`,
    );
    // Only the list's tab has one.
    expect(book.match(/_FilterDatabase/g)).toHaveLength(1);
    const overview = await pkg.zip.readText(pkg.sheets[0].part);
    expect(overview).not.toContain("<autoFilter");
  } finally {
    pkg.close();
  }
});

test("the add-in: the list under an autoFilter, its cells unlocked, the head locked", async () => {
  const wb = SimWorkbook.fromSheets({ Data: [["ID"], ["C1"]] });
  const excel = createSimulatedExcel(wb);
  const book = new OfficeWorkbook(excel.run, { lang: "en-US", protect: true });
  const t = changes();
  await book.writeTables([t]);
  const s = wb.sheet("Changes");
  expect(s.protection.protected).toBe(true);
  expect(s.autoFilter).toEqual({ row: 5, column: 0, rowCount: 31, columnCount: t.columns.length });
  expect(s.isLocked(0, 0)).toBe(true);
  expect(s.isLocked(2, 1)).toBe(true);
  expect(s.isLocked(5, 0)).toBe(false);
  expect(s.isLocked(35, t.columns.length - 1)).toBe(false);
  // A layout without a list has no filter (the Overview), and the refresh replaces the range.
  await book.writeTables([t]);
  expect(wb.sheet("Changes").autoFilter?.row).toBe(5);
  const overview = tableOf(
    "overview",
    "Overview",
    [{ key: "a", header: "", format: "text" }],
    [["x"]],
    {
      style: "layout",
    },
  );
  await book.writeTables([overview]);
  expect(wb.sheet("Overview").autoFilter).toBeNull();
});

test("the file: no filter button past the list's own columns, over the notes' merge (tester11 #7)", async () => {
  const file = join(dir, "buttons.xlsx");
  // A list of two columns under a layout four wide: the buttons of C and D hidden.
  await new XlsxReportWriter(file, { lang: "en-US" }).writeTables([
    { ...changes(), listColumns: 2 },
  ]);
  const pkg = await XlsxPackage.open(file);
  try {
    const sheet = await pkg.zip.readText(pkg.sheets[0].part);
    const filter = /<autoFilter ref="A6:([A-Z]+)36">([\s\S]*?)<\/autoFilter>/.exec(sheet);
    expect(filter).not.toBeNull();
    const last = filter![1].charCodeAt(0) - 65;
    const hidden = [...filter![2].matchAll(/<filterColumn colId="(\d+)" hiddenButton="1"\/>/g)].map(
      (m) => Number(m[1]),
    );
    expect(hidden).toEqual(Array.from({ length: last - 1 }, (_, k) => k + 2));
  } finally {
    pkg.close();
  }
});
