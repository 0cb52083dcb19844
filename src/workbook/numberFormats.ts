import type { ColumnFormat } from "../engine/report/table";

/**
 * The Excel number format of each report column format, shared by both adapters so a tab looks the
 * same written by Excel or to a file.
 *
 * @example NUMBER_FORMATS.money // "#,##0.00"
 */
export const NUMBER_FORMATS: Record<ColumnFormat, string> = {
  text: "@",
  integer: "#,##0",
  // A row number as Excel shows it in its row headings: no thousands separator (tester, stop 31:
  // the Data quality tab's 行号 read "1,564").
  rowNumber: "0",
  number: "#,##0.00",
  score: "#,##0.0",
  money: "#,##0.00",
  percent: "0.0%",
  date: "yyyy-mm-dd",
  datetime: "yyyy-mm-dd hh:mm",
};
