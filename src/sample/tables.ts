import type { Cell } from "../engine/cells";
import { toJsDate } from "../engine/parse/date";
import type { OutputTab, ReportColumn, ReportTable } from "../engine/report/table";
import type { Sample } from "./source";
import type { SampleSheet } from "./sheet";

/**
 * The generated sheets as ReportTables, for the file writers (XlsxReportWriter, writeCsvTable).
 *
 * Rows are generated on the fly: `rows(start, end)` serves ranges from a cursor over the sheet's
 * row generator. Reading ranges in order (what both writers do) costs one pass; asking for an
 * earlier range restarts the generator from the top (same cells: it is seeded), so random access
 * works but is slow. Nothing is kept beyond the current block.
 *
 * A sheet with rows above its header (Customers: a title row and a blank row) cannot use the
 * writers' own header row: for .xlsx it becomes a "layout" table whose rows are the title, the blank
 * row, the header and the data (date cells handed over as Date objects, since layout ignores column
 * formats); for CSV the first line (the writer's header line) carries the title and the rest follow
 * as rows, so the header lands on row 3 in both.
 */

/** Which writer the tables are for. */
export type SampleTarget = "xlsx" | "csv";

// Wider columns for the long texts, so the sample opens readable.
const WIDTHS: Record<string, number> = {
  customerId: 12,
  name: 30,
  phone: 20,
  email: 30,
  region: 20,
  industry: 14,
  orderId: 18,
  product: 20,
  comment: 32,
  created: 12,
  birthday: 12,
  date: 12,
  receivedAt: 17,
  firstResponseAt: 17,
  resolvedAt: 17,
};

/** Serves row ranges from a sheet's row generator, restarting it when a range goes backwards. */
class RowCursor {
  private it: Iterator<Cell[]>;
  private at = 0;

  constructor(private readonly open: () => Iterator<Cell[]>) {
    this.it = open();
  }

  rows(start: number, end: number): Cell[][] {
    if (start < this.at) {
      this.it = this.open();
      this.at = 0;
    }
    for (; this.at < start; this.at++) if (this.it.next().done) return [];
    const out: Cell[][] = [];
    for (; this.at < end; this.at++) {
      const next = this.it.next();
      if (next.done) break;
      out.push(next.value);
    }
    return out;
  }
}

/**
 * One sheet as a ReportTable for the given writer.
 *
 * @example sampleTable(sample.sheets[1], "xlsx").rowCount // the Transactions rows
 */
export function sampleTable(sheet: SampleSheet, target: SampleTarget): ReportTable {
  const above = sheet.head.slice(0, -1);
  const columns: ReportColumn[] = sheet.keys.map((key, i) => ({
    key,
    header: sheet.headers[i],
    format: sheet.formats[i],
    width: WIDTHS[key],
  }));
  // Not one of the add-in's output tabs: a distinct id per input sheet, so the writer's marker
  // names (CA_TAB_<tab>) neither clash nor make the analysis treat these sheets as its own output.
  const tab = `sample${sheet.kind[0].toUpperCase()}${sheet.kind.slice(1)}` as unknown as OutputTab;
  const common = { tab, sheetName: sheet.name, mode: "replace" as const };

  if (above.length === 0) {
    const cursor = new RowCursor(() => sheet.rows());
    return {
      ...common,
      columns,
      style: "table",
      rowCount: sheet.rowCount,
      rows: (s, e) => cursor.rows(s, e),
    };
  }
  if (target === "csv") {
    const [title, ...rest] = sheet.head;
    const titled = columns.map((c, i) => ({
      ...c,
      header: i < title.length ? String(title[i] ?? "") : "",
    }));
    const cursor = new RowCursor(() => withHead(rest, sheet.rows()));
    return {
      ...common,
      columns: titled,
      style: "table",
      rowCount: rest.length + sheet.rowCount,
      rows: (s, e) => cursor.rows(s, e),
    };
  }
  // Layout ignores column formats: dates go as Date objects, and the columns say "text" so the
  // writer gives Date cells its date format.
  const dateColumns = sheet.formats.flatMap((f, i) =>
    f === "date" || f === "datetime" ? [i] : [],
  );
  const asText = columns.map((c) => ({ ...c, format: "text" as const }));
  const cursor = new RowCursor(() => withHead(sheet.head, datesAsDates(sheet.rows(), dateColumns)));
  return {
    ...common,
    columns: asText,
    style: "layout",
    rowCount: sheet.head.length + sheet.rowCount,
    rows: (s, e) => cursor.rows(s, e),
  };
}

/**
 * All five sheets as ReportTables, in workbook order.
 *
 * @example await new XlsxReportWriter("sample.xlsx", { lang: "zh-CN" }).writeTables(sampleTables(sample, "xlsx"));
 */
export function sampleTables(sample: Sample, target: SampleTarget): ReportTable[] {
  return sample.sheets.map((s) => sampleTable(s, target));
}

function* withHead(head: Cell[][], rows: Iterator<Cell[]>): Generator<Cell[]> {
  for (const r of head) yield [...r];
  for (let next = rows.next(); !next.done; next = rows.next()) yield next.value;
}

function* datesAsDates(rows: Iterator<Cell[]>, columns: number[]): Generator<Cell[]> {
  for (let next = rows.next(); !next.done; next = rows.next()) {
    const row = next.value;
    for (const c of columns) {
      const v = row[c];
      if (typeof v === "number") row[c] = toJsDate(v);
    }
    yield row;
  }
}
