import type { Cell } from "../../engine/cells";
import { fromExcelSerial } from "../../engine/parse/date";
import type { ReportTable } from "../../engine/report/table";
import type { CancelSource } from "./cancel";
import { readSource, type ReadStats } from "./reader";
import type { ExcelRun } from "./run";

/** Every row of a sheet (the run log is small: a row per run). */
export async function readAll(
  run: ExcelRun,
  sheetName: string,
  cancel: CancelSource,
): Promise<Cell[][]> {
  const rows: Cell[][] = [];
  const stats: ReadStats = { chunks: 0, largestChunkBytes: 0, largestChunkRows: 0 };
  await readSource(run, sheetName, (block) => void rows.push(...block), cancel, stats);
  return rows;
}

/**
 * The run log as it will be: the rows already in the tab (matched to columns by header, or by
 * position when only the language changed), then this run's rows.
 */
export function appendTo(table: ReportTable, old: Cell[][]): ReportTable {
  if (old.length < 2) return table;
  const oldHeader = old[0].map((h) => (h === null || h === undefined ? "" : String(h)));
  const samePlaces = oldHeader.length === table.columns.length;
  const sourceOf = table.columns.map((c, j) => {
    const i = oldHeader.indexOf(c.header);
    return i >= 0 ? i : samePlaces ? j : -1;
  });
  const oldRows = old.slice(1).map((r) =>
    sourceOf.map((i, j): Cell => {
      if (i < 0) return null;
      const v = r[i];
      const f = table.columns[j].format;
      // Excel gave dates back as serial numbers; the table holds epoch days.
      return (f === "date" || f === "datetime") && typeof v === "number" ? fromExcelSerial(v) : v;
    }),
  );
  const before = oldRows.length;
  return {
    ...table,
    rowCount: before + table.rowCount,
    rows(start, end) {
      const out = oldRows.slice(Math.min(start, before), Math.min(end, before));
      if (end > before) out.push(...table.rows(Math.max(0, start - before), end - before));
      return out;
    },
  };
}
