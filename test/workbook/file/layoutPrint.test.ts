import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Cell } from "../../../src/engine/cells";
import { chartTops } from "../../../src/engine/report/layoutPages";
import { sideBySide } from "../../../src/engine/report/printBeside";
import { layoutTable } from "../../../src/engine/report/serviceText";
import type { ChartSpec } from "../../../src/engine/report/table";
import { chartXml } from "../../../src/workbook/file/chartParts";
import { XlsxPackage } from "../../../src/workbook/file/xlsxPackage";
import { XlsxReportWriter } from "../../../src/workbook/file/xlsxWriter";

/**
 * A layout tab's print area (the Changes tab prints its matrices, not its list) and page breaks
 * (the Overview's, so no chart crosses a page) in the file (issue 11).
 */

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "ca-layout-print-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function layout() {
  const rows: Cell[][] = [["Overview"]];
  const charts: ChartSpec[] = [];
  for (let b = 0; b < 6; b++) {
    rows.push([]);
    const top = rows.length;
    rows.push(["Tier", "Customers"], ["High", 10 + b], ["Low", 20 + b]);
    charts.push({
      title: `c${b}`,
      type: "column",
      row: top,
      column: 0,
      rowCount: 3,
      columnCount: 2,
    });
  }
  const t = layoutTable("overview", "Overview", rows, charts, [20, 12]);
  return { ...t, printRows: 9, pageBreaks: [21] };
}

test("the print area covers the rows that print; row breaks before the drawing; charts off the breaks", async () => {
  const file = join(dir, "layout.xlsx");
  await new XlsxReportWriter(file, { lang: "en-US" }).writeTables([layout()]);
  const pkg = await XlsxPackage.open(file);
  try {
    const book = await pkg.zip.readText("xl/workbook.xml");
    expect(book).toContain(
      `<definedName name="_xlnm.Print_Area" localSheetId="0">'Overview'!$A$1:$B$9</definedName>`,
    );
    const sheet = await pkg.zip.readText(pkg.sheets[0].part);
    expect(sheet).toMatch(
      /<\/headerFooter><rowBreaks count="1" manualBreakCount="1"><brk id="21" max="16383" man="1"\/><\/rowBreaks><drawing /,
    );
    const drawing = await pkg.zip.readText("xl/drawings/drawing1.xml");
    const tops = [
      ...drawing.matchAll(
        /<xdr:from><xdr:col>\d+<\/xdr:col><xdr:colOff>0<\/xdr:colOff><xdr:row>(\d+)/g,
      ),
    ].map((m) => Number(m[1]));
    expect(tops).toEqual(chartTops(6, [21]));
    expect(tops).toEqual([0, 21, 37, 53, 69, 85]);
  } finally {
    pkg.close();
  }
});

test("a layout's heading row prints at the top of each page (the Changes tab's list: stop 32 tester #4)", async () => {
  const file = join(dir, "titles.xlsx");
  const rows: Cell[][] = [["Changes"], [], ["Customers"], ["Move", "ID", "Reason"]];
  for (let i = 0; i < 120; i++) rows.push(["Worse", `C${i}`, `reason ${i}`]);
  const t = { ...layoutTable("changes", "Changes", rows, [], [20, 12, 40]), printTitleRow: 3 };
  // Without one, a layout has none (the Overview).
  const plain = layoutTable("overview", "Overview", [["Overview"], ["a", 1]]);
  await new XlsxReportWriter(file, { lang: "en-US" }).writeTables([plain, t]);
  const pkg = await XlsxPackage.open(file);
  try {
    const book = await pkg.zip.readText("xl/workbook.xml");
    const titles = [...book.matchAll(/<definedName name="_xlnm\.Print_Titles"[^>]*>[^<]*</g)];
    expect(titles.map((m) => m[0])).toEqual([
      `<definedName name="_xlnm.Print_Titles" localSheetId="1">'Changes'!$4:$4<`,
    ]);
  } finally {
    pkg.close();
  }
});

// Tester49 L4: the Changes tab printed one page wide at about 52% (6 pt). A layout with a print
// break prints on two pages side by side at one fixed scale, its title columns on the page beside.
test("a layout with a print break: a page beside at a fixed scale, title columns and row repeated", async () => {
  const file = join(dir, "beside.xlsx");
  const rows: Cell[][] = [
    ["Changes"],
    [],
    ["Customers"],
    ["Move", "ID", "Name", "Spend", "Reason"],
  ];
  for (let i = 0; i < 60; i++) rows.push(["Worse", `C${i}`, `Name ${i}`, i, `reason ${i}`]);
  const t = {
    ...layoutTable("changes", "Changes", rows, [], [20, 12, 30, 60, 90]),
    printTitleRow: 3,
    // The engine's decision (changesTab.ts: its fitted widths), the columns at the widths given.
    sideBySide: sideBySide([20, 12, 30, 50, 50], 3, [0, 2]),
  };
  await new XlsxReportWriter(file, { lang: "en-US" }).writeTables([t]);
  const pkg = await XlsxPackage.open(file);
  try {
    const book = await pkg.zip.readText("xl/workbook.xml");
    expect(book).toContain(
      `<definedName name="_xlnm.Print_Titles" localSheetId="0">'Changes'!$A:$C,'Changes'!$4:$4</definedName>`,
    );
    const sheet = await pkg.zip.readText(pkg.sheets[0].part);
    // The columns at the widths the scale assumes (ReportTable.sideBySide), written as they are.
    const cols = [...sheet.matchAll(/<col min="\d+" max="\d+" width="([\d.]+)"/g)].map(
      (m) => +m[1],
    );
    expect(cols).toEqual([20, 12, 30, 50, 50]);
    // The wider page: A:C again and D:E beside (62 + 50 + 50 characters), not A:C's 62 alone:
    // 770 / (5.6 × 162) = 84%.
    expect(sheet).toContain(
      '<pageSetup paperSize="9" orientation="landscape" pageOrder="overThenDown" scale="84"/>',
    );
    expect(sheet).not.toContain("fitToPage");
    expect(sheet).toContain(
      '<colBreaks count="1" manualBreakCount="1"><brk id="3" max="1048575" man="1"/></colBreaks>',
    );
  } finally {
    pkg.close();
  }
});

test("dates as categories: a text axis, each run under its own date", () => {
  const spec: ChartSpec = {
    title: "Revenue",
    type: "line",
    row: 0,
    column: 0,
    rowCount: 3,
    columnCount: 2,
    dateCategories: true,
  };
  const xml = chartXml(
    spec,
    [
      ["Date", "Revenue"],
      [20422, 1],
      [20453, 2],
    ],
    "Overview",
  );
  expect(xml).toContain('<c:auto val="0"/>');
});
