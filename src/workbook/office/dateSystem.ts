import { DAYS_1900_TO_1904 } from "../../engine/parse/date";
import { NUMBER_FORMATS } from "../numberFormats";

/*
 * The workbook's date system. Excel for Mac once defaulted to 1904, where serial 0 is 1904-01-01,
 * 1,462 days after the 1900 system's epoch; Office.js hands values over as raw serials in the
 * workbook's own system ("Dates come back as serial numbers"), so a 1904 workbook's dates read
 * as 1900 serials would be four years early.
 *
 * There is no date-system property at ExcelApi 1.9; DATE() answers in the workbook's system
 * ("year: a number from 1900 or 1904 (depending on the workbook's date system)", Functions.date,
 * ExcelApi 1.2): DATE(1904,1,2) is 1 in a 1904 workbook and 1,463 in a 1900 one. Nothing is
 * written to the workbook to find out. DAYS_1900_TO_1904 (engine/parse/date.ts): serial 0 of the
 * 1904 system in the 1900 system.
 */

/**
 * Whether the open workbook uses the 1904 date system (one small request).
 *
 * @example if (await uses1904(context)) serial += DAYS_1900_TO_1904;
 */
export async function uses1904(context: Excel.RequestContext): Promise<boolean> {
  const probe = context.workbook.functions.date(1904, 1, 2);
  probe.load("value");
  await context.sync();
  return probe.value === 1;
}

const DATE_TOKENS = /(^|[^\\"])(y{1,4}|d{1,4}|m{3,5})/i;

/**
 * Whether a number format shows a date (Excel's built-in date formats, and custom ones with year,
 * day or month-name tokens outside quotes).
 *
 * @example isDateFormat("yyyy-mm-dd") // true
 * @example isDateFormat("#,##0.00")   // false
 */
export function isDateFormat(format: string): boolean {
  if (format === "General" || format === "@") return false;
  const bare = format.replace(/"[^"]*"/g, "").replace(/\[[^\]]*\]/g, "");
  return DATE_TOKENS.test(bare);
}

/**
 * Turns serials read from a 1904 workbook into 1900-system serials, in place: only numbers in
 * date-formatted cells (a count or an amount is not a date).
 *
 * @example from1904([[1, "x"]], [["yyyy-mm-dd", "@"]]) // [[1463, "x"]]
 */
export function from1904(values: unknown[][], formats: unknown[][]): unknown[][] {
  for (let i = 0; i < values.length; i++) {
    const row = values[i];
    for (let j = 0; j < row.length; j++) {
      if (typeof row[j] === "number" && isDateFormat(String(formats[i]?.[j] ?? "")))
        row[j] = (row[j] as number) + DAYS_1900_TO_1904;
    }
  }
  return values;
}

const WRITTEN_DATE_FORMATS = new Set([NUMBER_FORMATS.date, NUMBER_FORMATS.datetime]);

/**
 * Turns 1900-system serials the adapter is about to write into the 1904 system, in place: cells
 * written with a date format.
 *
 * @example to1904([[1463]], [["yyyy-mm-dd"]]) // [[1]]
 */
export function to1904(values: unknown[][], formats: string[][]): void {
  for (let i = 0; i < values.length; i++) {
    const row = values[i];
    for (let j = 0; j < row.length; j++) {
      if (typeof row[j] === "number" && WRITTEN_DATE_FORMATS.has(formats[i][j]))
        row[j] = (row[j] as number) - DAYS_1900_TO_1904;
    }
  }
}
