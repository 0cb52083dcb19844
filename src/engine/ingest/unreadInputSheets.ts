// A sheet no input read whose columns are an input's, or nearly (WooCommerce's Notes: Date,
// Customer, Note; a store's sheets keyed by a column the run could not match): said where the
// figures are read, the Overview, the run log, the JSON's warnings and the pane, not on the
// console only (tester65 U222: the salon's 12 万达店 sheets, 60 % of the money, and the shop's
// contact log were "未读取的工作表" in the console alone).
import type { Grid } from "../cells";
import { SHEET_KINDS, SHEETS, type SheetKind } from "../schema";
import { findHeader, type ColumnOverrides } from "./header";
import { topRowsOf } from "./sameColumnSheets";

/** A sheet no input read whose columns are those of input `kind` (all, or all but one or two). */
export interface UnreadInputSheet {
  name: string;
  kind: SheetKind;
  /** Its headers that map to the input's fields, in column order. */
  columns: string[];
}

/** The most unread sheets whose top rows are looked at. */
const UNREAD_SHEETS = 20;

/**
 * Of the sheets no input read and no other warning names (`unread`, in the workbook's order; at
 * most UNREAD_SHEETS looked at), those whose header row maps the most fields of an input, at least
 * three with at most two of its required missing, or two with only the customer ID missing (Notes:
 * Date and Note of the contacts, its Customer a name), with that input (the first in the inputs'
 * order on a tie). A sheet of notes or a summary with no such header is none of them.
 *
 * @example await unreadInputSheets(["Notes"], top) // [{ name: "Notes", kind: "contacts", columns: ["Date", "Note"] }]
 */
export async function unreadInputSheets(
  unread: readonly string[],
  topRows: (name: string) => Promise<Grid>,
  columns: Partial<Record<SheetKind, ColumnOverrides>> = {},
): Promise<UnreadInputSheet[]> {
  const out: UnreadInputSheet[] = [];
  for await (const { name, rows } of topRowsOf(unread.slice(0, UNREAD_SHEETS), topRows)) {
    let best: UnreadInputSheet | null = null;
    for (const kind of SHEET_KINDS) {
      const header = findHeader(rows, SHEETS[kind], columns[kind]);
      if (!header) continue;
      const mapped = Object.values(header.columns).sort((a, b) => a - b);
      const { missing } = header;
      const like =
        (mapped.length >= 3 && missing.length <= 2) ||
        (mapped.length >= 2 && missing.every((f) => f === "customerId"));
      if (like && mapped.length > (best?.columns.length ?? 0))
        best = { name, kind, columns: mapped.map((c) => header.headers[c]) };
    }
    if (best) out.push(best);
  }
  return out;
}
