import type { Cell } from "../../engine/cells";
import type { ReportTable } from "../../engine/report/table";
import { packedBuffers, packGrid, unpackRows, type PackedGrid } from "./packedGrid";

/**
 * A report table packed for posting from the analysis worker to the page: everything but its
 * rows as it is, its rows in packed blocks. On the page it is a ReportTable again whose rows are
 * unpacked block by block as the adapter writes them.
 */
export interface PackedTable extends Omit<
  ReportTable,
  "rows" | "fillRow" | "soleColumn" | "columnTexts"
> {
  /** Rows in blocks of `blockRows` (the last one shorter). */
  blocks: PackedGrid[];
  blockRows: number;
}

/**
 * Rows per packed block. Each block crosses to the page in a message of its own, and the page
 * copies its text in one go when it takes the message: at 2,000 rows of the longest tab (the
 * follow-ups, about 300 characters a row) that is some 600,000 characters, a few tens of
 * milliseconds, where one message of all rows blocked the page for seconds at 1,000,000 rows.
 */
export const BLOCK_ROWS = 2_000;

/** A packed table without its blocks (they travel one per message), and how many there are. */
export interface TableHead extends Omit<PackedTable, "blocks"> {
  blockCount: number;
}

/**
 * A packed table split for posting: its head, and its blocks.
 *
 * @example const { head, blocks } = splitTable(packTable(table));
 */
export function splitTable(packed: PackedTable): { head: TableHead; blocks: PackedGrid[] } {
  const { blocks, ...rest } = packed;
  return { head: { ...rest, blockCount: blocks.length }, blocks };
}

/**
 * Packs a table's rows (asks the table for them block by block, as a writer would).
 *
 * @example const packed = packTable(table); unpackTable(packed).rows(0, 10)
 */
export function packTable(table: ReportTable, blockRows = BLOCK_ROWS): PackedTable {
  // Functions cannot cross to the page (structured clone): the rows travel as blocks instead, and
  // the unpacked table reads them through rows() (fillRow is optional). Looks and typed rows are
  // data: as they are. soleColumn (a file writer's shortcut for the run state: 2fd64a37) asks a
  // function too, and the Office.js writer does not use it; nor columnTexts (the file writer's
  // texts to break ahead: paragraphsAhead.ts).
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  const { rows, fillRow, soleColumn, columnTexts, ...rest } = table;
  const blocks: PackedGrid[] = [];
  for (let start = 0; start < table.rowCount; start += blockRows)
    blocks.push(packGrid(table.rows(start, Math.min(table.rowCount, start + blockRows))));
  return { ...rest, blocks, blockRows };
}

/** The buffers to transfer with packed tables. */
export function tableBuffers(tables: readonly PackedTable[]): ArrayBuffer[] {
  return tables.flatMap((t) => t.blocks.flatMap(packedBuffers));
}

/**
 * A packed table as a ReportTable: rows(start, end) unpacks only the blocks it needs.
 *
 * @example unpackTable(packed).rows(0, packed.rowCount)
 */
export function unpackTable(packed: PackedTable): ReportTable {
  const { blocks, blockRows, ...rest } = packed;
  return {
    ...rest,
    rows(start: number, end: number): Cell[][] {
      const out: Cell[][] = [];
      const stop = Math.min(end, packed.rowCount);
      for (let r = Math.max(0, start); r < stop;) {
        const b = Math.floor(r / blockRows);
        const first = b * blockRows;
        const upTo = Math.min(stop, first + blockRows);
        for (const row of unpackRows(blocks[b], r - first, upTo - first)) out.push(row);
        r = upTo;
      }
      return out;
    },
  };
}
