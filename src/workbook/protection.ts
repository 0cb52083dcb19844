/**
 * The one rule for protecting the add-in's output tabs, used by both adapters (Office.js and the
 * .xlsx writer): the header row stays locked, the data cells are unlocked, and the sheet is
 * protected without a password, allowing sorting and filtering (and column/row formatting).
 *
 * Why the data cells are unlocked: Excel sorts only unlocked cells on a protected sheet, whatever
 * "allow sort" says ("Sorting can only be performed on unlocked or unprotected cells in a protected
 * worksheet", Excel's Protection.AllowSorting reference; the same in WorksheetProtectionOptions.
 * allowSort, ExcelApi 1.2). AutoFilter works on locked cells when allowAutoFilter is set. The
 * locked header keeps column names, and so the table's structured references, from being typed
 * over by accident; a data cell a user changes is rewritten by the next refresh anyway.
 */
export interface ProtectionRule {
  /** Header row (row 1 of a table tab): locked. */
  headerLocked: true;
  /** Data rows: unlocked, so Sort works on a protected sheet. */
  dataLocked: false;
  /** WorksheetProtectionOptions (Office.js) / exceljs sheet protection options. */
  options: {
    allowSort: true;
    allowAutoFilter: true;
    allowFormatColumns: true;
    allowFormatRows: true;
  };
}

/** The rule. @example OUTPUT_PROTECTION.options.allowSort // true */
export const OUTPUT_PROTECTION: ProtectionRule = {
  headerLocked: true,
  dataLocked: false,
  options: {
    allowSort: true,
    allowAutoFilter: true,
    allowFormatColumns: true,
    allowFormatRows: true,
  },
};
