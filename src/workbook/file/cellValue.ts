import type { Cell } from "../../engine/cells";

const MS_PER_DAY = 86_400_000;

/**
 * Converts a value as exceljs reads it to a Cell: rich text → its plain text, formulas → their
 * cached result, hyperlinks → their text, errors → the error text ("#N/A"), dates stay Dates
 * (exceljs gives the wall-clock time as a UTC instant). A formula whose cached result is a number
 * in a date-formatted cell becomes a Date, as a typed date would.
 *
 * @example toCell({ richText: [{ text: "客户" }, { text: "A" }] }) // "客户A"
 * @example toCell({ formula: "A1+1", result: 2 })               // 2
 */
export function toCell(value: unknown, numFmt?: string, date1904 = false): Cell {
  if (value === null || value === undefined) return null;
  switch (typeof value) {
    case "number":
      return Number.isFinite(value) ? value : null;
    case "string":
    case "boolean":
      return value;
    case "object":
      break;
    default:
      return null;
  }
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value;
  const v = value as Record<string, unknown>;
  if (Array.isArray(v.richText)) return richTextOf(v.richText);
  if (typeof v.error === "string") return v.error;
  if ("formula" in v || "sharedFormula" in v) {
    const result = v.result;
    if (typeof result === "number" && Number.isFinite(result) && isDateFormat(numFmt)) {
      return excelSerialToDate(result, date1904);
    }
    // exceljs's streaming reader parses an error result ("#N/A") as a number: NaN → null.
    return toCell(result, undefined, date1904);
  }
  if ("text" in v) return toCell(v.text, numFmt, date1904); // hyperlink
  return null;
}

/** The plain text of exceljs rich text runs. @example richTextOf([{ text: "a" }, { text: "b" }]) // "ab" */
export function richTextOf(runs: unknown[]): string {
  let text = "";
  for (const run of runs) {
    const t = (run as { text?: unknown } | null)?.text;
    if (typeof t === "string") text += t;
  }
  return text;
}

/**
 * True for a number format that shows a date or time (as exceljs decides for plain cells).
 *
 * @example isDateFormat("yyyy-mm-dd") // true
 * @example isDateFormat("#,##0.00")   // false
 */
export function isDateFormat(format: string | undefined): boolean {
  if (!format) return false;
  const bare = format.replace(/\[[^\]]*]/g, "").replace(/"[^"]*"/g, "");
  return /[ymdhMsb]+/.test(bare);
}

/** A Date for an Excel serial, as a UTC instant of its wall-clock time. */
export function excelSerialToDate(serial: number, date1904 = false): Date {
  return new Date(Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * MS_PER_DAY));
}
