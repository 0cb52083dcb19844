// A block of a sheet's rows held by column: what a file source can hand ingest without a Cell[]
// per row or a Date per date cell (issue 11, the read path's columnar fast path).
import type { Cell, Grid } from "../cells";
import { fromJsDate, toJsDate, type EpochDay } from "../parse/date";

/** What a cell of a block holds: its kind, per row of a column. */
export const CELL_BLANK = 0;
export const CELL_NUMBER = 1;
export const CELL_TEXT = 2;
/** A date cell: `numbers` holds its epoch day (with the time of day), as parseDate reads the Date. */
export const CELL_DATE = 3;
/** TRUE or FALSE: `numbers` holds 1 or 0. */
export const CELL_BOOL = 4;
/**
 * A text cell still in the source's bytes (a CSV field not made a string): UTF-8 in the block's
 * `bytes` from `starts[row]` to `ends[row]`. It is the text cell of those bytes wherever a cell is
 * asked for (cellOf decodes it); ingest's hot paths read ids, dates and amounts from the bytes.
 */
export const CELL_RAW = 5;

/** One column of a block: a kind per row, numbers (and epoch days) and texts in their own arrays. */
export interface BlockColumn {
  kinds: Uint8Array;
  /** The value of CELL_NUMBER, CELL_DATE and CELL_BOOL cells (empty when the column has none). */
  numbers: Float64Array;
  /** The text of CELL_TEXT cells (repeated texts of a file are the same string, not copies). */
  texts: (string | undefined)[];
  /** Where CELL_RAW cells' bytes start and end in the block's `bytes` (absent without them). */
  starts?: Int32Array;
  ends?: Int32Array;
  /**
   * Raw cells read ahead by the source (rawCells.ts's parseRaw, a CSV worker), when ingest asked
   * for it (SheetNotes.parse): `parsedAs` says how, `parsed` holds each raw cell's value (NaN: not
   * that shape), `marks` an amount's decimal-mark evidence (AMOUNT_MARKS). Absent otherwise.
   */
  parsedAs?: number;
  parsed?: Float64Array;
  marks?: Uint8Array;
}

/**
 * Rows firstRow … firstRow + rows − 1 of a sheet, by column (index 0 is column A). A column the
 * block has no cell in may be missing (undefined); its cells are blank.
 */
export interface ColumnBlock {
  rows: number;
  columns: (BlockColumn | undefined)[];
  /** The bytes CELL_RAW cells are in, and their text (UTF-8 from start to end). */
  bytes?: Uint8Array;
  decode?: (start: number, end: number) => string;
  /**
   * True once a row of it is kept to come back to later (RowReader.place: a row held back): then
   * its arrays and bytes are never reused for another block (ColumnBlockBuilder.recycle).
   */
  kept?: boolean;
}

/**
 * The cell as the row path hands it over: a number, a text, a Date for a date cell, a boolean, or
 * null. Used wherever ingest needs the cell itself (a finding quoting it, an id, an option).
 *
 * @example cellOf(block, 0, 3) // "1000012"
 */
export function cellOf(block: ColumnBlock, column: number, row: number): Cell {
  const col = block.columns[column];
  if (col === undefined) return null;
  switch (col.kinds[row]) {
    case CELL_NUMBER:
      return col.numbers[row];
    case CELL_TEXT:
      return col.texts[row]!;
    case CELL_DATE:
      return toJsDate(col.numbers[row]);
    case CELL_BOOL:
      return col.numbers[row] === 1;
    case CELL_RAW:
      return block.decode!(col.starts![row], col.ends![row]);
    default:
      return null;
  }
}

/**
 * Row `row` of a block as a Cell[] (header search and the rows before the header use it); trailing
 * blanks are left out, as the readers do.
 *
 * @example blockRow(block, 0) // ["客户编号", "日期", …]
 */
export function blockRow(block: ColumnBlock, row: number): Cell[] {
  const cells: Cell[] = [];
  for (let c = 0; c < block.columns.length; c++) {
    const cell = cellOf(block, c, row);
    if (cell !== null) {
      while (cells.length < c) cells.push(null);
      cells.push(cell);
    }
  }
  return cells;
}

const NO_NUMBERS = new Float64Array(0);

/**
 * A column with every field from the start (not added later by raw or parseRaw), built from `{}`
 * a field at a time as postMessage builds the ones a CSV worker sends (an object literal has a
 * hidden class of its own): one hidden class for every column object, made on this thread or
 * received, so the code reading them stays monomorphic (optimised code deopts on a new one).
 */
function newColumn(kinds: Uint8Array): BlockColumn {
  const col = {} as BlockColumn;
  col.kinds = kinds;
  col.numbers = NO_NUMBERS;
  col.texts = [];
  col.starts = undefined;
  col.ends = undefined;
  col.parsedAs = undefined;
  col.parsed = undefined;
  col.marks = undefined;
  return col;
}

/**
 * An empty array already made for objects: `[]` starts as an array of small integers, and its
 * first object pushed changes its hidden class, which throws away code optimised for the old one
 * (a pop or push of spare arrays, first met once the read is hot).
 */
export function objectArray<T>(): T[] {
  const a = [NO_NUMBERS as unknown as T];
  a.pop();
  return a;
}

/**
 * Collects cells by column into blocks of `capacity` rows. A reader calls `put*` for each cell of
 * the current row (columns in any order; a later put replaces an earlier one), `nextRow` between
 * rows, and takes the block with `take()` when `full` or at the end.
 *
 * @example
 * const b = new ColumnBlockBuilder(2); b.text(0, "a"); b.number(1, 2); b.nextRow(); b.take() // rows 1
 */
export class ColumnBlockBuilder {
  private columns: (BlockColumn | undefined)[] = [];
  /** The row being filled, 0-based within the block. */
  row = 0;
  // Set here, not first in useBytes: a field added later changes the builder's hidden class.
  private bytes: Uint8Array | undefined = undefined;
  private decode: ((start: number, end: number) => string) | undefined = undefined;
  /** Arrays of recycled blocks, for the next blocks' columns (see recycle). */
  private readonly spareKinds: Uint8Array[] = objectArray();
  private readonly spareInts: Int32Array[] = objectArray();
  private readonly spareFloats: Float64Array[] = objectArray();

  constructor(readonly capacity: number) {}

  /** True when the block holds `capacity` rows. */
  get full(): boolean {
    return this.row >= this.capacity;
  }

  private column(c: number): BlockColumn {
    let col = this.columns[c];
    if (col === undefined) {
      while (this.columns.length < c) this.columns.push(undefined);
      // Numbers are made with the column's first number: a CSV's columns (all texts) never need
      // them, and 40 KB of memory outside the heap per column and block adds up until a GC.
      const spare = this.spareKinds.pop();
      const kinds = spare === undefined ? new Uint8Array(this.capacity) : spare.fill(CELL_BLANK);
      col = newColumn(kinds);
      this.columns[c] = col;
    }
    return col;
  }

  number(c: number, value: number): void {
    const col = this.column(c);
    if (col.numbers === NO_NUMBERS) col.numbers = new Float64Array(this.capacity);
    col.kinds[this.row] = CELL_NUMBER;
    col.numbers[this.row] = value;
  }

  text(c: number, value: string): void {
    const col = this.column(c);
    col.kinds[this.row] = CELL_TEXT;
    const texts = col.texts;
    // Texts are kept dense (undefined where a row has none) so the array stays a plain one.
    while (texts.length < this.row) texts.push(undefined);
    texts[this.row] = value;
  }

  /** A date cell, as the epoch day its Date would read as (to the millisecond). */
  day(c: number, day: EpochDay): void {
    const col = this.column(c);
    if (col.numbers === NO_NUMBERS) col.numbers = new Float64Array(this.capacity);
    col.kinds[this.row] = CELL_DATE;
    col.numbers[this.row] = day;
  }

  bool(c: number, value: boolean): void {
    const col = this.column(c);
    if (col.numbers === NO_NUMBERS) col.numbers = new Float64Array(this.capacity);
    col.kinds[this.row] = CELL_BOOL;
    col.numbers[this.row] = value ? 1 : 0;
  }

  /** Any cell value (a Date becomes a date cell, null and undefined blank). */
  cell(c: number, value: Cell): void {
    if (value === null || value === undefined) return;
    if (typeof value === "number") this.number(c, value);
    else if (typeof value === "string") this.text(c, value);
    else if (typeof value === "boolean") this.bool(c, value);
    else this.day(c, fromJsDate(value));
  }

  /**
   * The bytes `raw` cells of this block are in (set before the block's first raw cell; a block's
   * raw cells are all in one piece of bytes) and how to make their text.
   */
  useBytes(bytes: Uint8Array, decode: (start: number, end: number) => string): void {
    this.bytes = bytes;
    this.decode = decode;
  }

  /** A text cell as bytes start … end of the block's bytes (useBytes); end > start. */
  raw(c: number, start: number, end: number): void {
    const col = this.column(c);
    if (col.starts === undefined) {
      col.starts = this.spareInts.pop() ?? new Int32Array(this.capacity);
      col.ends = this.spareInts.pop() ?? new Int32Array(this.capacity);
    }
    col.kinds[this.row] = CELL_RAW;
    col.starts[this.row] = start;
    col.ends![this.row] = end;
  }

  /** Makes the current row blank again (a record cut off by the end of a piece of bytes). */
  clearRow(): void {
    for (const col of this.columns) if (col !== undefined) col.kinds[this.row] = CELL_BLANK;
  }

  /** Ends the current row (blank when nothing was put). */
  nextRow(): void {
    this.row++;
  }

  /**
   * Takes back a block of this builder that its reader is done with (every row ingested, none
   * kept: see ColumnBlock.kept), so later blocks reuse its arrays: a CSV read of a million rows
   * made ~65 MB of them, each page new memory to fault in (~20-60 µs a page on this project's test
   * machine). The block is left empty.
   */
  recycle(block: ColumnBlock): void {
    if (block.kept === true) return;
    for (const col of block.columns) {
      if (col === undefined) continue;
      if (col.kinds.length === this.capacity) this.spareKinds.push(col.kinds);
      if (col.starts?.length === this.capacity) this.spareInts.push(col.starts);
      if (col.ends?.length === this.capacity) this.spareInts.push(col.ends!);
      if (col.parsed?.length === this.capacity) this.spareFloats.push(col.parsed);
    }
    block.rows = 0;
    block.columns = [];
    block.bytes = undefined;
    block.decode = undefined;
  }

  /**
   * A Float64Array of `capacity` numbers for a column read ahead (parseRaw's `parsed`): a recycled
   * block's when there is one (its values are stale: parseRaw fills it).
   */
  floats(): Float64Array {
    return this.spareFloats.pop() ?? new Float64Array(this.capacity);
  }

  /** The rows so far as a block; the builder starts an empty one. */
  take(): ColumnBlock {
    // Built as a worker's blocks arrive (see newColumn), so both have one hidden class.
    const block = {} as ColumnBlock;
    block.rows = this.row;
    block.columns = this.columns;
    if (this.bytes !== undefined) {
      block.bytes = this.bytes;
      block.decode = this.decode;
    }
    this.columns = [];
    this.row = 0;
    return block;
  }
}

/**
 * A grid as column blocks of `blockRows` rows, with each block's first row (tests and in-memory
 * sources use it to feed the columnar path).
 *
 * @example gridBlocks([["a", 1], ["b", 2]], 1) // [[block of row 1, 1], [block of row 2, 2]]
 */
export function gridBlocks(grid: Grid, blockRows: number, firstRow = 1): [ColumnBlock, number][] {
  const out: [ColumnBlock, number][] = [];
  const builder = new ColumnBlockBuilder(blockRows);
  let start = firstRow;
  for (let i = 0; i < grid.length; i++) {
    const row = grid[i] ?? [];
    for (let c = 0; c < row.length; c++) builder.cell(c, row[c]);
    builder.nextRow();
    if (builder.full) {
      out.push([builder.take(), start]);
      start = firstRow + i + 1;
    }
  }
  if (builder.row > 0) out.push([builder.take(), start]);
  return out;
}
