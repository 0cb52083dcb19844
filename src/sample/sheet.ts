import type { Cell } from "../engine/cells";
import type { ColumnFormat } from "../engine/report/table";
import { SHEET_KINDS, type SheetKind } from "../engine/schema";

/** The inputs the sample writes: every one but the visits and subscriptions (a sales sample keeps neither). */
export type SampleKind = Exclude<SheetKind, "visits" | "subscriptions">;
export const SAMPLE_KINDS: readonly SampleKind[] = SHEET_KINDS.filter(
  (k): k is SampleKind => k !== "visits" && k !== "subscriptions",
);

/**
 * One generated input sheet: its name, headers and a way to stream its rows. Rows are produced on
 * the fly (a generator over the plan), so a sheet of 10,000,000 rows is never held in memory.
 *
 * Cells are in "report" form: dates and date-times are epoch days (numbers) in the columns whose
 * format is date/datetime, as a ReportTable holds them; text typed into a date column (a date written
 * as "2025年3月7日") stays text. The GridSource turns date numbers into Date cells, as a file reader
 * hands them over.
 */
export interface SampleSheet {
  kind: SampleKind;
  name: string;
  /** Column keys (the schema's field keys), headers as written, and formats. */
  keys: readonly string[];
  headers: readonly string[];
  formats: readonly ColumnFormat[];
  /** The rows above the data, the header row last (a title row and a blank row may come first). */
  head: Cell[][];
  /** Data rows (after injected problems: inserted rows included). */
  rowCount: number;
  /** A fresh pass over the data rows, in sheet order; each row is a new array. */
  rows(): Iterator<Cell[]>;
}

/**
 * A change to a sheet's generated rows: a row inserted before base row `at`, or base row `at`
 * changed in place. `row` (the Excel row number) is filled in once all patches are known.
 */
export interface Patch {
  at: number;
  insert?: () => Cell[];
  mutate?: (row: Cell[]) => void;
  /** What the engine should say: a data-quality code, or "ok" for a form it must read silently. */
  code: string;
  /** The field whose cell carries the problem ("" for the whole row). */
  field: string;
  /** The form used, for tolerated cells ("¥1,280.00", "2025年3月7日"). */
  form?: string;
  row: number;
}

/**
 * Sorts patches into sheet order and gives each its Excel row number, from the row number of the
 * first data row. Inserted rows come before the base row they are attached to.
 *
 * @example numberPatches([{ at: 0, insert: () => [], code: "blank_row", field: "", row: 0 }], 2)[0].row // 2
 */
export function numberPatches(patches: Patch[], firstDataRow: number): Patch[] {
  patches.sort((a, b) => a.at - b.at || Number(Boolean(b.insert)) - Number(Boolean(a.insert)));
  let inserted = 0;
  for (const p of patches) {
    if (p.insert) p.row = firstDataRow + p.at + inserted++;
    else p.row = firstDataRow + p.at + inserted;
  }
  return patches;
}

/**
 * The base rows with the patches applied, in order: a generator over a generator, so nothing is
 * held beyond the current row. Patches must be sorted by numberPatches.
 *
 * @example [...patchedRows([[1], [2]][Symbol.iterator](), [])] // [[1], [2]]
 */
export function* patchedRows(base: Iterator<Cell[]>, patches: readonly Patch[]): Generator<Cell[]> {
  let p = 0;
  for (let at = 0; ; at++) {
    while (p < patches.length && patches[p].at === at && patches[p].insert)
      yield patches[p++].insert!();
    const next = base.next();
    if (next.done) break;
    const row = next.value;
    while (p < patches.length && patches[p].at === at && patches[p].mutate)
      patches[p++].mutate!(row);
    yield row;
  }
  // Inserts past the last base row (a totals row at the bottom).
  while (p < patches.length) {
    const patch = patches[p++];
    if (patch.insert) yield patch.insert();
  }
}
