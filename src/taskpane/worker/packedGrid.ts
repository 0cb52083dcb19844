import type { Cell, Grid } from "../../engine/cells";

/**
 * A block of cells packed for posting between the page and the analysis worker: a kind and a
 * number per cell in typed arrays (transferred, not copied), and every text joined into one
 * string with its end offsets (one string copies as one block; a million small strings would be
 * cloned one by one on the receiving thread). Rows are unpacked on demand, so the receiver pays
 * per block it reads, not for the whole table at once.
 */
export interface PackedGrid {
  rows: number;
  /** Cells per row in the packing (the longest row). */
  columns: number;
  /** Per row: its own length (rows may be ragged). */
  rowLength: Uint32Array;
  /** Per cell (row-major): one of KIND. */
  kind: Uint8Array;
  /** Per cell: the number, a Date's time, or a text's index. */
  value: Float64Array;
  /** All texts, one after another. */
  text: string;
  /** Per text: where it ends in `text`. */
  textEnd: Uint32Array;
}

const KIND = { empty: 0, nil: 1, number: 2, text: 3, yes: 4, no: 5, date: 6 } as const;

/**
 * Packs rows; unpacking gives the same cells (Dates as equal Dates, ragged rows as they were).
 *
 * @example unpackRows(packGrid([["a", 1]]), 0, 1) // [["a", 1]]
 */
export function packGrid(rows: readonly (readonly Cell[])[]): PackedGrid {
  let columns = 0;
  for (const row of rows) if (row.length > columns) columns = row.length;
  const n = rows.length * columns;
  const rowLength = new Uint32Array(rows.length);
  const kind = new Uint8Array(n);
  const value = new Float64Array(n);
  const texts: string[] = [];
  const ends: number[] = [];
  let length = 0;
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r];
    rowLength[r] = row.length;
    const base = r * columns;
    for (let c = 0; c < row.length; c++) {
      const cell = row[c];
      const i = base + c;
      if (cell === undefined) continue;
      if (cell === null) kind[i] = KIND.nil;
      else if (typeof cell === "number") {
        kind[i] = KIND.number;
        value[i] = cell;
      } else if (typeof cell === "string") {
        kind[i] = KIND.text;
        value[i] = texts.length;
        texts.push(cell);
        length += cell.length;
        ends.push(length);
      } else if (typeof cell === "boolean") kind[i] = cell ? KIND.yes : KIND.no;
      else if (cell instanceof Date) {
        kind[i] = KIND.date;
        value[i] = cell.getTime();
      }
    }
  }
  return {
    rows: rows.length,
    columns,
    rowLength,
    kind,
    value,
    text: texts.join(""),
    textEnd: Uint32Array.from(ends),
  };
}

function cellAt(g: PackedGrid, i: number): Cell {
  switch (g.kind[i]) {
    case KIND.nil:
      return null;
    case KIND.number:
      return g.value[i];
    case KIND.text: {
      const k = g.value[i];
      return g.text.slice(k === 0 ? 0 : g.textEnd[k - 1], g.textEnd[k]);
    }
    case KIND.yes:
      return true;
    case KIND.no:
      return false;
    case KIND.date:
      return new Date(g.value[i]);
    default:
      return undefined;
  }
}

/**
 * Rows start (inclusive) to end (exclusive) of a packed grid.
 *
 * @example unpackRows(packed, 0, packed.rows)
 */
export function unpackRows(g: PackedGrid, start: number, end: number): Grid {
  const out: Grid = [];
  const stop = Math.min(end, g.rows);
  for (let r = Math.max(0, start); r < stop; r++) {
    const length = g.rowLength[r];
    const row: Cell[] = new Array(length);
    const base = r * g.columns;
    for (let c = 0; c < length; c++) row[c] = cellAt(g, base + c);
    out.push(row);
  }
  return out;
}

/** The buffers to transfer with a packed grid. */
export function packedBuffers(g: PackedGrid): ArrayBuffer[] {
  return [g.rowLength.buffer, g.kind.buffer, g.value.buffer, g.textEnd.buffer] as ArrayBuffer[];
}
