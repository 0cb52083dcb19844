import type { Lang } from "../../../src/engine/schema";
import { changesTable } from "../../../src/engine/report/changesTab";
import { columnPoints } from "../../../src/engine/report/printBeside";
import { OfficeWorkbook } from "../../../src/workbook/office/officeWorkbook";
import { createSimulatedExcel, SimWorkbook } from "../../../src/workbook/simulator";
import { threeHundredChanges } from "../../engine/report/changesFixture";

// Reviewer50 M2: the file prints the Changes tab on two pages side by side at one fixed scale
// (ReportTable.sideBySide); the add-in set Fit To one page wide over autofitted columns, and its
// first try at the file's scale (04e89d2, reverted) scaled from widths the sheet did not have. Now
// the add-in gives the columns the widths the scale assumes and sets the same page layout, through
// Worksheet.pageLayout (ExcelApi 1.9, the manifest's set; the simulator stores what is set).

function setup() {
  const wb = SimWorkbook.fromSheets({ 客户: [["客户编号"], ["C1"]] });
  wb.apiVersion = "1.9"; // the manifest's requirement set: everything here is in it
  const excel = createSimulatedExcel(wb);
  const book = (lang: Lang) =>
    new OfficeWorkbook(excel.run, { lang, supports: (v) => wb.isSetSupported("ExcelApi", v) });
  return { wb, book };
}

describe("the add-in prints the Changes tab as the file does", () => {
  for (const lang of ["zh-CN", "en-US"] as const) {
    test(`${lang}: the widths the scale assumes, the scale, A:C repeated, a break before the reasons`, async () => {
      const { wb, book } = setup();
      const table = changesTable(threeHundredChanges(), lang)!;
      const print = table.sideBySide!;
      await book(lang).writeTables([table]);
      const s = wb.sheet(table.sheetName);
      // Every column at the width the print's scale assumes, not autofitted to its notes.
      const widths = print.widths.map((_, c) => s.columnWidths.get(c));
      expect(widths).toEqual(print.widths.map(columnPoints));
      expect(s.print.orientation).toBe("Landscape");
      expect(s.print.paperSize).toBe("A4");
      expect(s.print.zoom).toEqual({ scale: print.scale });
      expect(print.scale).toBeGreaterThanOrEqual(70);
      // Each page's columns, in the points set, fit the page's 770 pt at that scale.
      const points = (cs: number[]) => cs.reduce((a, c) => a + s.columnWidths.get(c)!, 0);
      const beside = [0, 1, 2, ...widths.map((_, c) => c).slice(8)];
      for (const page of [[0, 1, 2, 3, 4, 5, 6, 7], beside])
        expect((points(page) * print.scale) / 100).toBeLessThanOrEqual(770);
      // A:C on the page beside (Print_Titles), which starts at I (a manual column break).
      expect(s.print.titleColumns).toMatchObject({ column: 0, columnCount: 3 });
      expect(s.print.columnBreaks).toEqual([8]);
      // The list's heading on each page, the whole tab the print area.
      const heading = table.printTitleRow!;
      expect(s.print.titleRows).toMatchObject({ row: heading, rowCount: 1 });
      expect(s.print.area).toEqual({
        row: 0,
        column: 0,
        rowCount: table.rowCount,
        columnCount: table.columns.length,
      });
      expect(s.print.headerFooter).toMatchObject({ leftFooter: "&A", rightFooter: "&P / &N" });
    });
  }

  test("a refresh sets this run's widths and one break again over an earlier add-in's tab", async () => {
    const { wb, book } = setup();
    const table = changesTable(threeHundredChanges(), "zh-CN")!;
    const print = table.sideBySide!;
    // As an earlier add-in left the tab: no side-by-side print, its columns autofitted.
    await book("zh-CN").writeTables([{ ...table, sideBySide: undefined }]);
    const s = wb.sheet(table.sheetName);
    expect(s.print.zoom).toEqual({ horizontalFitToPages: 1 });
    await book("zh-CN").writeTables([changesTable(threeHundredChanges(), "zh-CN")!]);
    expect(print.widths.map((_, c) => s.columnWidths.get(c))).toEqual(
      print.widths.map(columnPoints),
    );
    expect(s.print.zoom).toEqual({ scale: print.scale });
    expect(s.print.columnBreaks).toEqual([8]);
  });
});
