/**
 * How the add-in's tabs are protected, one rule for both adapters (files and Office.js).
 *
 * Excel documents that "sorting can only be performed on unlocked or unprotected cells in a
 * protected worksheet" (Protection.AllowSorting), whatever the sort permission says, and that with
 * AllowFiltering "the cells to be filtered must be unlocked" (Protection.AllowFiltering, Excel
 * 2007 reference). So the cells of our tables (header and data rows) are unlocked, and the sheet is
 * protected, without a password, with sorting, filtering and column/row formatting allowed. What
 * protection still prevents: inserting or deleting rows and columns, editing the locked cells
 * outside the tables (the Overview's titles and figures), and changing the sheet's structure by
 * accident. A user who wants to edit the results unprotects the sheet (no password) or copies them.
 */

/** The permissions of a protected output tab (names as in Office.js WorksheetProtectionOptions). */
export const TAB_PROTECTION = {
  allowAutoFilter: true,
  allowSort: true,
  allowFormatColumns: true,
  allowFormatRows: true,
  allowFormatCells: false,
  allowInsertRows: false,
  allowInsertColumns: false,
  allowDeleteRows: false,
  allowDeleteColumns: false,
  allowInsertHyperlinks: false,
  allowPivotTables: false,
  allowEditObjects: false,
  allowEditScenarios: false,
} as const;

/**
 * Whether a cell of an output tab is locked: cells of a table (header and data, which users sort
 * and filter) are not; free-form layout cells (the Overview) are.
 *
 * @example isLockedCell("table")  // false
 * @example isLockedCell("layout") // true
 */
export function isLockedCell(tabStyle: "table" | "layout"): boolean {
  return tabStyle === "layout";
}

/**
 * The <sheetProtection> element of an .xlsx worksheet for TAB_PROTECTION. In the file format an
 * attribute set to "0" means the action is NOT protected, i.e. allowed (ECMA-376 Part 1, 18.3.1.85).
 *
 * @example sheetProtectionXml() // '<sheetProtection sheet="1" objects="1" scenarios="1" formatColumns="0" formatRows="0" sort="0" autoFilter="0"/>'
 */
export function sheetProtectionXml(): string {
  const p = TAB_PROTECTION;
  const allowed = (name: string, allow: boolean) => (allow ? ` ${name}="0"` : "");
  return (
    `<sheetProtection sheet="1" objects="1" scenarios="1"` +
    allowed("formatCells", p.allowFormatCells) +
    allowed("formatColumns", p.allowFormatColumns) +
    allowed("formatRows", p.allowFormatRows) +
    allowed("sort", p.allowSort) +
    allowed("autoFilter", p.allowAutoFilter) +
    `/>`
  );
}
