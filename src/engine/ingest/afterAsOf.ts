import { QUALITY_CODES, qualityMessage, type Finding } from "../quality";
import type { SheetKind } from "../schema";

/**
 * Rows left out because their date is after the analysis date: counted per sheet while reading,
 * and turned into one note when there are many (a back-dated run), so they do not bury the real
 * problems. Split out of rowReader.ts, which reads the rows.
 */

/** Rows after the analysis date listed one by one up to this many per sheet; more are one note. */
export const AFTER_AS_OF_LISTED = 10;

/** A sheet's rows left out for a date after the analysis date (RowReader.afterAsOf). */
export interface AfterAsOf {
  rows: number;
  /** Earliest and latest such date, YYYY-MM-DD. */
  from: string;
  to: string;
  firstRow: number;
  column: string;
  findings: Finding[];
}

/**
 * An empty tally.
 * @example noRowsAfterAsOf().rows // 0
 */
export function noRowsAfterAsOf(): AfterAsOf {
  return { rows: 0, from: "", to: "", firstRow: 0, column: "", findings: [] };
}

/**
 * Counts one row's "date after the analysis date" finding: `day` is its date as YYYY-MM-DD.
 * @example noteAfterAsOf(a, finding, "2025-10-02", "日期") // a.rows + 1, a.from/a.to widened
 */
export function noteAfterAsOf(a: AfterAsOf, finding: Finding, day: string, column: string): void {
  if (a.rows === 0) {
    a.firstRow = finding.row;
    a.column = column;
    a.from = a.to = day;
  } else {
    if (day < a.from) a.from = day;
    if (day > a.to) a.to = day;
  }
  a.rows++;
  a.findings.push(finding);
}

/** The sheet a summary note is about. */
export interface AfterAsOfSheet {
  sheet: string;
  kind: SheetKind;
  sheetZh: string;
  sheetEn: string;
  /** The analysis date, YYYY-MM-DD. */
  asOf: string;
}

/**
 * Replaces the per-row "date after the analysis date" findings in `findings` by one note when
 * there are more than AFTER_AS_OF_LISTED: then it is the analysis date that leaves them out (a
 * back-dated run: 448 of 573 findings at --as-of 2025-09-20 in a new-user trial buried the 20 real
 * problems), not a typo per row. A few are listed row by row: each may be a mistyped year.
 * @example summariseAfterAsOf(a, findings, sheet) // 448 row findings → 1 "after_analysis_date" note
 */
export function summariseAfterAsOf(a: AfterAsOf, findings: Finding[], at: AfterAsOfSheet): void {
  if (a.rows <= AFTER_AS_OF_LISTED) return;
  const drop = new Set(a.findings);
  let w = 0;
  for (let i = 0; i < findings.length; i++) if (!drop.has(findings[i])) findings[w++] = findings[i];
  findings.length = w;
  findings.push({
    sheet: at.sheet,
    kind: at.kind,
    row: 0,
    column: a.column,
    code: "after_analysis_date",
    severity: QUALITY_CODES.after_analysis_date,
    value: String(a.rows),
    message: qualityMessage("after_analysis_date", {
      count: a.rows.toLocaleString("en-US"),
      from: a.from,
      to: a.to,
      row: a.firstRow,
      sheet: at.sheetZh,
      sheetEn: at.sheetEn,
      asOf: at.asOf,
    }),
  });
}
