import type { Cell } from "../cells";
import { APPROVER_HEADERS } from "../headerWords";
import { foldHeader } from "../parse/text";

const HEADERS: ReadonlySet<string> = new Set(APPROVER_HEADERS.map((w) => foldHeader(w)));

/**
 * The unread transactions column naming who approved each document (用友 U8 销售发货单's 审核人,
 * Approved By: headerWords.ts APPROVER_HEADERS), or undefined.
 */
export function approverColumn(
  unread: readonly { column: number; header: string }[],
): { column: number; header: string } | undefined {
  return unread.find((u) => HEADERS.has(foldHeader(u.header)));
}

/**
 * Counts the used rows whose approver cell is blank beside rows whose is filled (tester58 U74: a U8
 * 销售发货单 with 审核人 blank on 300 rows, unapproved documents counted as sales, +3.6 %, silently).
 * Not left out: a blank approver may be a list exported before approval, or a shop that approves
 * none; said, so the reader can tell (SheetIngest, finding unapproved_rows_counted).
 */
export class UnapprovedRows {
  blank = 0;
  filled = 0;
  /** The first blank row (Excel row), 0 when none. */
  row = 0;

  constructor(
    readonly column: number,
    readonly header: string,
  ) {}

  /** A used row, Excel row `row`. */
  see(reader: { cellAt(column: number): Cell }, row: number): void {
    const cell = reader.cellAt(this.column);
    const blank =
      cell === null || cell === undefined || (typeof cell === "string" && cell.trim() === "");
    if (!blank) {
      this.filled++;
      return;
    }
    if (this.blank++ === 0 || row < this.row) this.row = row;
  }

  /** True when some rows are approved and some not: worth saying. */
  get mixed(): boolean {
    return this.blank > 0 && this.filled > 0;
  }
}
