import type { GridSource } from "../engine/ingest/workbook";
import type { ReportTable } from "../engine/report/table";

/**
 * The port between the engine and a workbook. Reading is the engine's GridSource (sheet names, rows
 * streamed in blocks); writing takes report tables. Two adapters implement it: Office.js (the open
 * workbook in Excel) and files (.xlsx / CSV in Node).
 */
export type { GridSource };

export interface WrittenTab {
  tab: ReportTable["tab"];
  /** The name the tab got: the usual one, or another when a user's own sheet already has it. */
  sheetName: string;
  rows: number;
  /** Set when the tab could not take its usual name, in words for the user. */
  renamedBecause?: string;
  /**
   * Set when the tab's Excel table could not take the name the add-in gives it from the sheet's
   * (客户分类 → =客户分类[列]) because a table or name of the user's, or the table of a tab of an
   * earlier run left as it is, holds it, in words for the user (office/plan.ts tableRenamedBecause). The file writer names its tables apart (CA_…).
   */
  tableRenamedBecause?: string;
  /** Cells whose text passed Excel's 32,767 characters and was cut with a marker (file writer). */
  cutCells?: number;
  /** Rows left out because the tab reached Excel's 1,048,576 rows (file writer). */
  rowsLeftOut?: number;
}

export interface TableSink {
  /**
   * Writes the output tabs. Tabs the add-in wrote before are replaced (the Run log is appended to);
   * a user's own sheet is never changed. Implementations write the new content before removing the
   * old, so a failure part-way leaves the last good results.
   */
  writeTables(
    tables: ReportTable[],
    onProgress?: (tab: string, rowsDone: number) => void,
  ): Promise<WrittenTab[]>;
}
