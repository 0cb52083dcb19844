import type { Dataset } from "../model";
import { isoDate } from "../parse/date";
import { QUALITY_CODES, ROWS_NAMED_ONE_BY_ONE, qualityMessage, type Finding } from "../quality";
import { SHEETS, type SheetKind } from "../schema";
import { sayBoth } from "../words/catalog";

/**
 * Rows left out because their date is after the analysis date: counted per sheet while reading,
 * and turned into one note when there are many (a back-dated run), so they do not bury the real
 * problems. Split out of rowReader.ts, which reads the rows.
 */

/** Rows after the analysis date listed one by one up to this many per sheet; more are one note. */
export const AFTER_AS_OF_LISTED = ROWS_NAMED_ONE_BY_ONE;

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

/** Where the sheets of a run came from (GridSource's fileOf and sheetsAreFiles). */
export interface FindingPlace {
  fileOf?(sheet: string): string | undefined;
  sheetsAreFiles?: boolean;
}

/**
 * Leaves out the customers created after the analysis date (建档日期 later than it) who have no
 * transaction, survey, complaint or contact on or before it: on that date they were not customers
 * yet. A back-dated run counted them as prospects of that date (stop 23 trial: 32 of 300 at
 * --as-of 2025-09-30, e.g. 1000029 created 2025-12-12), so the refresh at 12-31 saw them in both
 * runs and its Changes tab said 新客户 0 while 30 were new. One with a row by then is kept (it was a
 * customer; its created date is what is late).
 *
 * Reported, not lost: each row is a `future_date` finding (more than AFTER_AS_OF_LISTED: one
 * `after_analysis_date` note instead), counted as rejected in the Customers sheet's counts. The
 * other tables' customer indexes are renumbered. Returns how many were left out (0: nothing
 * changed; a scan of the created dates).
 *
 * @example leaveOutLaterCustomers(dataset, findings, source) // 32
 */
export function leaveOutLaterCustomers(
  dataset: Dataset,
  findings: Finding[],
  place: FindingPlace = {},
): number {
  const c = dataset.customers;
  const asOf = dataset.asOf;
  const n = c.count;
  let later = 0;
  for (let i = 0; i < n; i++) if (c.created[i] > asOf) later++;
  if (later === 0) return 0;
  // Customers with a row on or before the analysis date (ingest keeps no row after it).
  const seen = new Uint8Array(n);
  for (const t of [dataset.transactions, dataset.surveys, dataset.complaints, dataset.contacts])
    if (t) for (let r = 0; r < t.count; r++) seen[t.customer[r]] = 1;
  const keep = new Uint8Array(n);
  const newIndex = new Int32Array(n).fill(-1);
  let kept = 0;
  for (let i = 0; i < n; i++)
    if (!(c.created[i] > asOf) || seen[i]) {
      keep[i] = 1;
      newIndex[i] = kept++;
    }
  const left = n - kept;
  if (left === 0) return 0;
  reportLaterCustomers(dataset, findings, place, keep);
  compactColumns(c as unknown as Record<string, unknown>, n, keep, kept);
  c.count = kept;
  for (const t of [dataset.transactions, dataset.surveys, dataset.complaints, dataset.contacts])
    if (t) for (let r = 0; r < t.count; r++) t.customer[r] = newIndex[t.customer[r]];
  if (dataset.rowsNotUsed)
    dataset.rowsNotUsed = dataset.rowsNotUsed
      .map((u) => ({ ...u, customer: newIndex[u.customer] }))
      .filter((u) => u.customer >= 0);
  const counts = dataset.counts.customers;
  if (counts) {
    counts.used -= left;
    counts.rejected += left;
  }
  return left;
}

/** The findings of the customers left out (keep[i] 0), placed after the Customers sheet's others. */
function reportLaterCustomers(
  dataset: Dataset,
  findings: Finding[],
  place: FindingPlace,
  keep: Uint8Array,
): void {
  const c = dataset.customers;
  const source = dataset.sources.customers;
  const sheet = source?.sheetName ?? SHEETS.customers.label["en-US"];
  const column = source?.columns.created ?? "";
  const asOf = isoDate(dataset.asOf);
  const file = place.fileOf?.(sheet);
  const at = (f: Finding): Finding => {
    if (file) f.file = file;
    if (place.sheetsAreFiles) f.sheetIsFile = true;
    return f;
  };
  const rows: number[] = [];
  for (let i = 0; i < c.count; i++) if (!keep[i]) rows.push(i);
  const out: Finding[] = [];
  if (rows.length <= AFTER_AS_OF_LISTED) {
    for (const i of rows) {
      const value = isoDate(c.created[i]);
      out.push(
        at({
          sheet,
          kind: "customers",
          row: c.sourceRow[i],
          column,
          code: "future_date",
          severity: QUALITY_CODES.future_date,
          value,
          message: sayBoth("ingest", "createdAfterAsOf", { value, asOf }),
        }),
      );
    }
  } else {
    let from = Infinity;
    let to = -Infinity;
    for (const i of rows) {
      from = Math.min(from, c.created[i]);
      to = Math.max(to, c.created[i]);
    }
    out.push(
      at({
        sheet,
        kind: "customers",
        row: 0,
        column,
        code: "after_analysis_date",
        severity: QUALITY_CODES.after_analysis_date,
        value: String(rows.length),
        message: sayBoth("ingest", "createdAfterAsOfMany", {
          count: rows.length,
          asOf,
          from: isoDate(from),
          to: isoDate(to),
          row: c.sourceRow[rows[0]],
        }),
      }),
    );
  }
  // After the sheet's own findings, so the Data quality tab keeps them together.
  let last = -1;
  for (let k = 0; k < findings.length; k++) if (findings[k].kind === "customers") last = k;
  findings.splice(last + 1, 0, ...out);
}

/**
 * Keeps the rows marked in `keep` of every per-row column of a column-wise table (arrays and typed
 * arrays of `n` slots; other fields are left as they are).
 */
function compactColumns(
  table: Record<string, unknown>,
  n: number,
  keep: Uint8Array,
  kept: number,
): void {
  for (const [name, column] of Object.entries(table)) {
    if (Array.isArray(column)) {
      if (column.length === n) table[name] = column.filter((_, i) => keep[i] === 1);
    } else if (ArrayBuffer.isView(column) && !(column instanceof DataView)) {
      const a = column as unknown as Float64Array;
      if (a.length !== n) continue;
      const b = new (a.constructor as Float64ArrayConstructor)(kept);
      for (let i = 0, w = 0; i < n; i++) if (keep[i]) b[w++] = a[i];
      table[name] = b;
    }
  }
}
