import { InputError } from "../errors";
import { EXPECTED_WORDS, type Finding } from "../quality";
import type { FieldKind, Lang, SheetSpec } from "../schema";
import { say } from "../words/catalog";

/**
 * A required column unreadable on more than this share of a required sheet's non-blank rows stops
 * the run as bad input: the report would rest on the few rows left (tester51 C1: `01/01/23` dates, read since,
 * 3,024 of 3,036 transactions refused, exit 0 with a report of 9 purchases).
 */
export const UNREADABLE_SHARE_STOP = 0.5;
/** …and at least this many rows: a small sheet with a few typos stays a warning. */
export const UNREADABLE_ROWS_STOP = 10;
/** Rows the message quotes. */
const QUOTED_ROWS = 3;

/**
 * Bad input when one required column of a required sheet could not be read on most of its rows
 * (more than UNREADABLE_SHARE_STOP of the rows that are not blank or totals, and at least
 * UNREADABLE_ROWS_STOP): the column, how many rows, the first rows with their values, and what
 * to do, in both languages; null when no column is. `where` names the file or sheet (whereWords).
 *
 * @example mostlyUnreadable(SHEETS.transactions, {read: 3036, skipped: 1}, found, where)
 * // InputError("Transactions file t.csv: 3,024 of its 3,035 rows cannot be used …")
 */
export function mostlyUnreadable(
  spec: SheetSpec,
  counts: { read: number; skipped: number },
  found: readonly Finding[],
  columns: Readonly<Record<string, string>>,
  where: (lang: Lang) => string,
): InputError | null {
  if (!spec.required) return null;
  const rows = counts.read - counts.skipped;
  for (const field of spec.fields) {
    const header = columns[field.key];
    if (!field.required || header === undefined) continue;
    const refused = found.filter(
      (f) => f.row > 0 && f.code === "unparseable_value" && f.column === header,
    );
    if (refused.length < UNREADABLE_ROWS_STOP || refused.length <= rows * UNREADABLE_SHARE_STOP)
      continue;
    const first = refused.slice(0, QUOTED_ROWS);
    const advice = columnAdvice(field.kind);
    const words = (lang: Lang) =>
      say(lang, "input", "mostlyUnreadable", {
        where: where(lang),
        rows,
        rejected: refused.length,
        column: header,
        expected: EXPECTED_WORDS[field.kind][lang],
        examples: first
          .map((f) => say(lang, "input", "cellExample", { row: f.row, value: f.value }))
          .join(say(lang, "input", "rowExampleSeparator")),
        advice: say(lang, "input", advice),
      });
    return new InputError(words("en-US"), words("zh-CN"));
  }
  return null;
}

/**
 * What to do about a required column's unreadable values: the date advice for a date column, else
 * the column's (correct it, or name another). The one next step of both stops for such a column,
 * this one's and a sheet's with no usable row (noUsableAdvice).
 *
 * @example columnAdvice("amount") // "unreadableValues"
 */
export function columnAdvice(kind: FieldKind): "unreadableDates" | "unreadableValues" {
  return unreadableAdvice(kind) ?? "unreadableValues";
}

/**
 * The next step of a sheet with no usable row (workbook.ts noUsableRows): when every row refused
 * with an error was refused for one required column's unreadable value, that column's
 * (columnAdvice: datefix51, "Correct them" where the mostly-unreadable stop said to write ISO
 * dates); else null (the rows' own reasons say what to correct).
 */
export function noUsableAdvice(
  spec: SheetSpec,
  found: readonly Finding[],
  columns: Readonly<Record<string, string>>,
): "unreadableDates" | "unreadableValues" | null {
  const refused = found.filter((f) => f.row > 0 && f.severity === "error");
  // No refusal is no column's: `every` of none is true, and an unmapped header would match.
  if (refused.length === 0) return null;
  const header = refused[0]?.column;
  if (!refused.every((f) => f.code === "unparseable_value" && f.column === header)) return null;
  const field = spec.fields.find((fd) => fd.required && columns[fd.key] === header);
  return field ? columnAdvice(field.kind) : null;
}

/**
 * What to do about a date column's unreadable values: ISO or four-digit dates (two-digit years
 * are read since tester51 C1, so a value left is no date in any order); null for other kinds.
 *
 * @example unreadableAdvice("date") // "unreadableDates"
 */
export function unreadableAdvice(kind: FieldKind): "unreadableDates" | null {
  return kind === "date" || kind === "datetime" ? "unreadableDates" : null;
}
