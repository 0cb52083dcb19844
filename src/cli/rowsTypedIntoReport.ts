import { dimensionRows } from "../workbook/file/sheetScanner";
import type { XlsxPackage } from "../workbook/file/xlsxPackage";

/** A sheet the report's copy of holds more rows of than the input workbook's. */
export interface LongerCopy {
  sheet: string;
  reportRows: number;
  inputRows: number;
}

/** The head of a sheet part within which its `<dimension>` stands (after the XML declaration). */
const HEAD_BYTES = 4096;

/**
 * The first sheet whose copy in our report `report` has more rows (its `<dimension>`'s last row)
 * than the same sheet of the input workbook `input`, or null. A report made from a workbook holds
 * a copy of its sheets; rows typed into that copy (the week's sales, a new customer) are not in
 * the input, and a run of the input over the report would replace them (tester53 N15). The
 * caller compares only a report recorded as made from this input (reviewer53 M2). Our tabs
 * (`ours`) are not compared. Sheets
 * without a dimension on either side are not compared (some writers leave it out); only the head
 * of each part is inflated, so a 1,000,000-row sheet costs one 4 KB piece.
 *
 * @example await longerCopyInReport(reportPackage, inputPackage, ownedSheets(reportPackage)) // { sheet: "销售流水", reportRows: 801, inputRows: 790 }
 */
export async function longerCopyInReport(
  report: XlsxPackage,
  input: XlsxPackage,
  ours: ReadonlySet<string>,
): Promise<LongerCopy | null> {
  for (const copy of report.sheets) {
    if (ours.has(copy.name)) continue;
    const original = input.sheets.find((s) => s.name.toLowerCase() === copy.name.toLowerCase());
    if (!original) continue;
    const reportRows = await headRows(report, copy);
    if (reportRows <= 1) continue;
    const inputRows = await headRows(input, original);
    if (inputRows > 0 && reportRows > inputRows) return { sheet: copy.name, reportRows, inputRows };
  }
  return null;
}

/**
 * The last row of a sheet's `<dimension>`, read from the part's first bytes; 0 when it has none or
 * the part cannot be read (the analysis's own read names a damaged part). Through the zip's plain
 * stream in pieces of the head's size: XlsxPackage.sheetBytes would start a worker for a large
 * sheet and inflate ahead of a reader that wants a few KB.
 */
async function headRows(pkg: XlsxPackage, sheet: XlsxPackage["sheets"][number]): Promise<number> {
  let head = "";
  try {
    const stream = await pkg.zip.open(sheet.part, { chunk: HEAD_BYTES });
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      head += chunk.toString("utf8");
      if (head.length >= HEAD_BYTES) break; // ends the stream
    }
  } catch {
    return 0;
  }
  const data = head.search(/<(?:[\w.-]+:)?sheetData\b/);
  const top = data < 0 ? head : head.slice(0, data);
  // A one-cell dimension (`ref="A1"`) is what streaming writers leave whatever the sheet holds
  // (reviewer53 H1: Apache POI's SXSSF): no count.
  return RANGE.test(top) ? dimensionRows(top) : 0;
}

/** A `<dimension>` naming a range (`A1:F790`), not one cell. */
const RANGE = /<(?:[\w.-]+:)?dimension\b[^>]*?\bref\s*=\s*["'][A-Za-z$]*\d+:[A-Za-z$]*\d+["']/;
