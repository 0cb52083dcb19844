import { columnLetters } from "../../engine/a1";
import type { ReportColumn, ReportTable } from "../../engine/report/table";
import { fitSample, fitWidths, headerIndent } from "../file/columnWidths";
import { headingFitWidth, MAX_WIDTH } from "../../engine/report/textMeasure";
import { keyColumns, pagesWide } from "../file/printSetup";
import { besidePrint, type BesidePrint } from "../../engine/report/printBeside";
import { textWidth } from "./cells";

/**
 * The print setup the file adapter writes (file/reportSheet.ts with file/printSetup.ts), made in
 * Excel through Worksheet.pageLayout (ExcelApi 1.9, "Excel.PageLayout class", Microsoft Learn):
 * landscape A4; one page wide, or two or three with the key columns repeated (the segments tab);
 * the header row on every page of a table (and a layout's heading row: the Changes tab's list);
 * the schedule's call sheet as the print area (and a layout's rows), with its status and note on a
 * page beside it (a fixed scale and a column break), and the Changes tab on two pages side by side
 * (ReportTable.sideBySide: the same); a layout's page breaks (the Overview's); a footer
 * with the tab's name and the page (&A, &P / &N). Zoom sets only horizontalFitToPages, as
 * Microsoft's samples do (pages tall follow the rows).
 *
 * The simulator stores what is set (its SimSheet.print); a host without pageLayout gets none
 * (when the simulator and Excel differ, Excel is right).
 */
export function applyPrintLayout(sheet: Excel.Worksheet, table: ReportTable, rows: number): void {
  const layout = (sheet as Partial<Pick<Excel.Worksheet, "pageLayout">>).pageLayout;
  if (!layout) return;
  const setup = printSetup(table);
  layout.orientation = "Landscape";
  layout.paperSize = "A4";
  // The file's margins, in points: 0.5 in left and right, 0.6 in top and bottom, 0.3 in header/footer.
  layout.leftMargin = 36;
  layout.rightMargin = 36;
  layout.topMargin = 43.2;
  layout.bottomMargin = 43.2;
  layout.headerMargin = 21.6;
  layout.footerMargin = 21.6;
  // A page beside the call sheet (the schedule's status and note): a fixed scale, as Excel
  // ignores a manual page break under Fit To (PageLayoutZoomOptions: scale, or fit to pages).
  layout.zoom = setup.beside
    ? { scale: setup.beside.scale }
    : { horizontalFitToPages: setup.pagesWide };
  const footer = layout.headersFooters.defaultForAllPages;
  footer.leftFooter = "&A";
  footer.rightFooter = "&P / &N";
  if (table.style !== "table") {
    // A layout's print area (the Changes tab's matrices) and page breaks between blocks (the
    // Overview's, so no chart crosses a page): setPrintArea and Worksheet.horizontalPageBreaks
    // (PageBreakCollection.add, ExcelApi 1.9).
    const width = Math.max(1, table.columns.length);
    if (table.printRows)
      layout.setPrintArea(sheet.getRangeByIndexes(0, 0, Math.min(table.printRows, rows), width));
    // The Changes tab's list heading on each page of the list (ReportTable.printTitleRow).
    const title = table.printTitleRow;
    if (title !== undefined && title >= 0 && title < rows && (table.part ?? 1) === 1)
      layout.setPrintTitleRows(`$${title + 1}:$${title + 1}`);
    const breaks = (sheet as Partial<Pick<Excel.Worksheet, "horizontalPageBreaks">>)
      .horizontalPageBreaks;
    if (breaks) {
      breaks.removePageBreaks(); // a refresh's rows move: last run's breaks would be wrong
      for (const b of table.pageBreaks ?? [])
        if (b > 0 && b < rows) breaks.add(sheet.getRangeByIndexes(b, 0, 1, width));
    }
    // The Changes tab's reasons on a page beside its figures, its title columns repeated there
    // (ReportTable.sideBySide), at the scale set above: its columns were given the widths that
    // scale assumes (commit.ts setWidths), not autofitted.
    if (setup.titleColumns) layout.setPrintTitleColumns(setup.titleColumns);
    columnBreak(sheet, setup.beside);
    return;
  }
  layout.setPrintTitleRows("$1:$1");
  if (setup.titleColumns) layout.setPrintTitleColumns(setup.titleColumns);
  const beside = setup.beside;
  const printed = beside ? beside.columns : setup.printedColumns;
  if (printed > 0) layout.setPrintArea(sheet.getRangeByIndexes(0, 0, Math.max(2, rows), printed));
  columnBreak(sheet, beside);
}

/**
 * The page beside starts at its own column (Worksheet.verticalPageBreaks, ExcelApi 1.9: a break
 * before the range's top-left cell); an earlier run's break is taken off first.
 */
function columnBreak(sheet: Excel.Worksheet, beside: BesidePrint | undefined): void {
  const breaks = (sheet as Partial<Pick<Excel.Worksheet, "verticalPageBreaks">>).verticalPageBreaks;
  if (!breaks) return;
  breaks.removePageBreaks();
  if (beside) breaks.add(sheet.getRangeByIndexes(0, beside.breakAt, 1, 1));
}

/**
 * What prints: pages wide, the columns repeated on each ("$A:$B"), the columns of the print area
 * (0: all), and the page beside it (ReportTable.printBeside: scale, break, columns through), if any.
 */
export interface PrintSetup {
  pagesWide: number;
  titleColumns: string | null;
  printedColumns: number;
  beside?: BesidePrint;
}

/**
 * A tab's print setup from its columns, as the file adapter decides it (from the add-in's widths,
 * columnWidths: the file's).
 *
 * @example printSetup(followUpTable).printedColumns // 9: the call sheet A:I
 */
export function printSetup(table: ReportTable): PrintSetup {
  if (table.style !== "table") {
    // A layout on two pages side by side as the engine decided (ReportTable.sideBySide), or one
    // page wide.
    const two = table.sideBySide;
    if (!two) return { pagesWide: 1, titleColumns: null, printedColumns: 0 };
    const [first, last] = two.titleColumns;
    return {
      pagesWide: 2,
      titleColumns: `$${columnLetters(first)}:$${columnLetters(last)}`,
      printedColumns: 0,
      beside: two,
    };
  }
  const width = table.columns.length;
  const printed = table.printColumns ? Math.min(width, table.printColumns) : 0;
  const widths = columnWidths(table);
  const keys = keyColumns(table.columns.map((c) => c.key));
  const beside =
    printed > 0 && table.printBeside ? besidePrint(widths, printed, table.printBeside) : null;
  const pages = beside ? 2 : pagesWide(printed > 0 ? widths.slice(0, printed) : widths, keys);
  return {
    pagesWide: pages,
    titleColumns: pages > 1 ? `$${columnLetters(keys[0])}:$${columnLetters(keys[1])}` : null,
    printedColumns: printed,
    ...(beside ? { beside } : {}),
  };
}

/** Rows the printed columns are fitted to, as the file adapter samples them (reportSheet.ts). */
const SAMPLE_ROWS = 2000;

/**
 * The widths, in characters, the add-in gives a table's columns (commit.ts setWidths): every column
 * of a table tab as the file adapter fits it (file/columnWidths.ts fitWidths over fitSample: the
 * asked width at least; a printed column's header over as many lines as it breaks well in, with
 * its figures; beside the call sheet and on screen only, the longest value, typed ones included, up
 * to the cap, and a screen-only header on one line with its filter button), so the tabs show and
 * print the same from Excel as from a file. A hidden tab: its asked or header widths.
 * With the header on one line instead, en "Days overdue" and "Priority" were cut at 10 and 8
 * (stop 29), and widening them to one line pushed the en call sheet past one page (204 of 200).
 *
 * @example columnWidths(followUpTable(…, "en-US"))[8] // 12: "Priority" over two lines' room
 */
export function columnWidths(table: ReportTable): number[] {
  return tableFit(table).widths.slice();
}

/**
 * The columns whose data cells wrap (commit.ts wrapColumns), as the file adapter wraps them:
 * fitWidths' `wrap` over the same sample (file/columnWidths.ts, the one owner of that choice:
 * text past the cap or past a printed column's width, a line feed of its own, a shared column's
 * long reason). Without it a long reason or a two-line talking point stayed one line in Excel
 * while the file wrapped it (reviewer11 D4, stop 35).
 *
 * @example columnWraps(followUpTable(…, "en-US"))[5] // true: the reasons wrap
 */
export function columnWraps(table: ReportTable): readonly boolean[] {
  return tableFit(table).wraps;
}

/** A table's widths and wrapped columns, fitted once per table (below). */
interface TableFit {
  widths: readonly number[];
  wraps: readonly boolean[];
}

/**
 * Fitted once per ReportTable: a commit asks for the widths two or three times (setWidths,
 * wrapHeader, printSetup) and for the wraps once, and fitWidths on a call sheet of customer-specific
 * reasons costs tenths of a second (shareWidths: reviewer11 D2). A table is not changed once made.
 */
const fits = new WeakMap<ReportTable, TableFit>();

function tableFit(table: ReportTable): TableFit {
  let fit = fits.get(table);
  if (fit) return fit;
  // A layout printed side by side: the widths its scale assumes (ReportTable.sideBySide), as the
  // file writes them; Excel's autofit made them wider and the print ran over 3 pages and more.
  const sideBySide = table.style === "table" ? undefined : table.sideBySide;
  if (sideBySide) {
    fit = { widths: sideBySide.widths, wraps: sideBySide.widths.map(() => false) };
    fits.set(table, fit);
    return fit;
  }
  const widths = table.columns.map(columnChars);
  // Layout tabs and a hidden tab (the run state) keep their asked or header widths, widened to
  // where the header breaks well (textMeasure.ts headingFitWidth); a visible table's are replaced
  // by the file's fitted widths below (reviewer50 L5).
  for (let i = 0; i < widths.length; i++)
    widths[i] = headingFitWidth(
      table.columns[i].header,
      widths[i],
      MAX_WIDTH,
      headerIndent(table, i),
    );
  let wraps: boolean[] = table.columns.map(() => false);
  if (table.style === "table" && !table.hidden) {
    // Every column takes the file's width (file/columnWidths.ts fitWidths over fitSample: the one
    // owner of a table column's width): the printed ones (the call sheet, the page beside it with
    // the typed status and note: stop 48 fixsched48) and those on screen only. A column on screen
    // only kept its asked width, widened only to where its header broke well, so a value longer
    // than it was cut at its edge in Excel and its header broke over lines, while the file's
    // column held both (stop 50, the preview sample: 客户终身价值（12 个月） 90 pt in Excel, 158
    // in the file; en "Expected purchases (90 days)" 72 and 186). Excel's own autofitColumns
    // ("best fit, based on the current data in the columns") is not used: it reads every cell
    // (commit.ts keeps it to small layout tabs) and knows neither the file's cap nor its wraps.
    const sample = fitSample(table, SAMPLE_ROWS);
    const headers = table.columns.map((c) => c.header);
    const fitted = fitWidths(table, sample, headers, []);
    for (let i = 0; i < widths.length; i++) widths[i] = fitted[i].width;
    wraps = fitted.map((f) => f.wrap);
  }
  fit = { widths, wraps };
  fits.set(table, fit);
  return fit;
}

/** How many columns of a table tab print (its print area), 0 when every one does. */
export function printedColumns(table: ReportTable): number {
  if (table.style !== "table" || !table.printColumns) return 0;
  return Math.min(table.columns.length, table.printColumns);
}

/**
 * A column's width in characters as the add-in sets it (commit.ts setWidths) when it is not
 * printed in a print area.
 *
 * @example columnChars({ key: "id", header: "客户编号", format: "text" }) // 11
 */
export function columnChars(c: Pick<ReportColumn, "format" | "header" | "width">): number {
  const minimum = c.format === "datetime" ? 16 : c.format === "date" ? 11 : 8;
  return c.width ?? Math.min(40, Math.max(minimum, textWidth(c.header) + 3));
}
