import type { Cell } from "../cells";
import { cellText } from "../parse/text";
import type { SheetSpec } from "../schema";

// A CSV row written with an unquoted thousands separator ("1,240.40" in a comma-separated file)
// has more fields than its header; this module puts the number back together when that is certain.

const GROUP_HEAD = /^[-+]?[¥$€£]?\d{1,3}$/;
const GROUP = /^\d{3}$/;
const GROUP_LAST = /^\d{3}(?:\.\d+)?$/;

/**
 * The row with one number column's value rejoined from `extra` fields after it, when exactly one
 * number column (amount or number kind) gives a number with thousands separators that way:
 * ["A1", "2025-01-01", "1", "240.40", "SO1"] with amount in column 2 → amount "1,240.40".
 */
export function rejoinNumber(
  row: readonly Cell[],
  extra: number,
  spec: SheetSpec,
  columns: Readonly<Record<string, number>>,
): { row: Cell[]; field: string; text: string } | null {
  let found: { row: Cell[]; field: string; text: string } | null = null;
  for (const fd of spec.fields) {
    if (fd.kind !== "amount" && fd.kind !== "number") continue;
    const c = columns[fd.key];
    if (c === undefined || c + extra >= row.length) continue;
    const parts = row.slice(c, c + extra + 1).map((x) => cellText(x).trim());
    if (!GROUP_HEAD.test(parts[0])) continue;
    let ok = true;
    for (let i = 1; i <= extra; i++)
      if (!(i === extra ? GROUP_LAST : GROUP).test(parts[i])) ok = false;
    if (!ok) continue;
    // Two columns that could each take the extra fields: which one cannot be told.
    if (found) return null;
    // The comma was a separator in a comma-separated file, never a decimal mark: read without it.
    const text = parts.join(",");
    const cell = parts.join("");
    found = { row: [...row.slice(0, c), cell, ...row.slice(c + extra + 1)], field: fd.key, text };
  }
  return found;
}
