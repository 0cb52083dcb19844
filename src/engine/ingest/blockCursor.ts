// Where RowReader is in a sheet and what the cells there are: a Cell[] row (the row path) or row
// `index` of a column block (the columnar path), read without making a Cell[] or a text per row.
import { isBlank, type Cell } from "../cells";
import {
  CELL_BLANK,
  CELL_NUMBER,
  CELL_RAW,
  cellOf,
  type BlockColumn,
  type ColumnBlock,
} from "./columnBlock";
import { RAW_READERS, rawBlank, rawDigitFirst, RawTexts, type RawText } from "./rawCells";

/** Where a row is: a Cell[] row, or row `index` of a column block; and its row number. */
export interface RowPlace {
  row: readonly Cell[];
  block: ColumnBlock | null;
  index: number;
  n: number;
}

const NO_ROW: readonly Cell[] = [];

/**
 * A row's place and its cells by field: `at(row, n)` or `atBlock(block, i, n)` moves it along (one
 * instance serves a whole sheet, so no object is made per row). A raw cell's text is made once per
 * distinct text while its column has few (RawTexts).
 */
export class BlockCursor {
  protected row: readonly Cell[] = [];
  /** The block the current row is in, when the source hands over columns (else null: `row`). */
  protected block: ColumnBlock | null = null;
  protected blockRow = 0;
  rowNumber = 0;
  /** Per column: its raw cells' texts (rawCells.ts). */
  private readonly rawTexts: RawTexts[] = [];
  /** The moves so far (at, atBlock): a text made at an earlier move is another row's. */
  private moves = 0;
  /** The raw cell's text made last (rawText), its column and the move it was made at. */
  private madeText: RawText | null = null;
  private madeColumn = -1;
  private madeAt = -1;

  constructor(
    /** Field key → column index. */
    readonly columns: Readonly<Record<string, number>>,
  ) {}

  at(row: readonly Cell[], rowNumber: number): this {
    this.moves++;
    this.row = row;
    this.block = null;
    this.rowNumber = rowNumber;
    return this;
  }

  /** Moves to row `index` of a column block (no Cell[] is made for it). */
  atBlock(block: ColumnBlock, index: number, rowNumber: number): this {
    this.moves++;
    this.block = block;
    this.row = NO_ROW;
    this.blockRow = index;
    this.rowNumber = rowNumber;
    return this;
  }

  /** The block the current row is in (null: a Cell[] row), for a builder's raw fast path. */
  get currentBlock(): ColumnBlock | null {
    return this.block;
  }

  /** The current row's index in its block (currentBlock). */
  get blockIndex(): number {
    return this.blockRow;
  }

  /** The current row's place, to come back to it (a row held back). */
  place(): RowPlace {
    if (this.block !== null) this.block.kept = true; // not to be reused (ColumnBlock.kept)
    return { row: this.row, block: this.block, index: this.blockRow, n: this.rowNumber };
  }

  /** Moves back to a row's place. */
  moveTo(place: RowPlace): this {
    return place.block
      ? this.atBlock(place.block, place.index, place.n)
      : this.at(place.row, place.n);
  }

  /** How many columns the current row may have cells in. */
  get width(): number {
    return this.block ? this.block.columns.length : this.row.length;
  }

  /**
   * The current row's cell in column `c` (zero-based). A raw cell's text is made once per distinct
   * text while the column has few (RawTexts), as cell() does: a row-kind column read by its
   * column (RowKinds: an item column's top-ups, 1,000,000 rows of a few dozen products) was
   * decoded row by row.
   */
  cellAt(c: number): Cell {
    const block = this.block;
    if (block === null) return this.row[c];
    const col = block.columns[c];
    if (col === undefined || col.kinds[this.blockRow] !== CELL_RAW)
      return cellOf(block, c, this.blockRow);
    const texts = (this.rawTexts[c] ??= new RawTexts());
    if (!texts.on) return block.decode!(col.starts![this.blockRow], col.ends![this.blockRow]);
    return this.made(c, texts, block, col).text;
  }

  /**
   * The current row's raw cell in column `c` as its column keeps it (RawTexts), with what a reader
   * made of it (its product code: transactionsRaw.ts RawProducts); undefined when the cell is not
   * raw bytes or its column keeps no texts (more than INTERN_LIMIT).
   */
  rawText(c: number): RawText | undefined {
    const block = this.block;
    if (block === null) return undefined;
    const col = block.columns[c];
    if (col === undefined || col.kinds[this.blockRow] !== CELL_RAW) return undefined;
    const texts = (this.rawTexts[c] ??= new RawTexts());
    return texts.on ? this.made(c, texts, block, col) : undefined;
  }

  /**
   * The kept text of the current row's raw cell in column `c`. Asked again in the same row (an item
   * column's kind, then its product code), the one made first: its bytes are looked up once a
   * row, not once per reader (c100k: 2,004,680 look-ups for 1,002,340 rows, stop 64).
   */
  private made(c: number, texts: RawTexts, block: ColumnBlock, col: BlockColumn): RawText {
    if (c === this.madeColumn && this.madeAt === this.moves) return this.madeText!;
    const made = texts.made(block, col.starts![this.blockRow], col.ends![this.blockRow]);
    this.madeText = made;
    this.madeColumn = c;
    this.madeAt = this.moves;
    return made;
  }

  /** True when the current row's cell in column `c` is blank (a raw cell told from its bytes). */
  blankAt(c: number): boolean {
    const block = this.block;
    if (block === null) return isBlank(this.row[c] ?? null);
    const col = block.columns[c];
    if (col === undefined) return true;
    const kind = col.kinds[this.blockRow];
    if (kind === CELL_BLANK) return true;
    if (kind === CELL_NUMBER) return false;
    if (kind === CELL_RAW)
      return rawBlank(block, col.starts![this.blockRow], col.ends![this.blockRow]);
    return isBlank(cellOf(block, c, this.blockRow));
  }

  has(field: string): boolean {
    return field in this.columns;
  }

  cell(field: string): Cell {
    const c = this.columns[field];
    return c === undefined ? null : this.cellAt(c);
  }

  /** The kind of the field's cell in the current block row (CELL_BLANK when it has none). */
  protected blockKind(field: string): number {
    const c = this.columns[field];
    const col = c === undefined ? undefined : this.block!.columns[c];
    return col === undefined ? CELL_BLANK : col.kinds[this.blockRow];
  }

  /**
   * The number of a number (or date) cell of the current block row, read without making the cell;
   * undefined when the field's cell is not of that kind (or the row is not from a block).
   */
  protected blockNumber(field: string, kind: number): number | undefined {
    const block = this.block;
    if (block === null) return undefined;
    const c = this.columns[field];
    const col = c === undefined ? undefined : block.columns[c];
    if (col === undefined || col.kinds[this.blockRow] !== kind) return undefined;
    return col.numbers[this.blockRow];
  }

  /** The field's column when the current block row's cell there is raw bytes (CELL_RAW). */
  protected rawColumn(field: string): BlockColumn | undefined {
    const block = this.block;
    if (block === null) return undefined;
    const c = this.columns[field];
    const col = c === undefined ? undefined : block.columns[c];
    return col !== undefined && col.kinds[this.blockRow] === CELL_RAW ? col : undefined;
  }

  /** `read` of the field's raw bytes (rawCells.ts), or `none` when its cell is not raw. */
  rawIs<T>(field: string, read: (b: Uint8Array, s: number, e: number) => T, none: T): T {
    const col = this.rawColumn(field);
    if (col === undefined) return none as T;
    // Read ahead by the source (parseRaw): the same value, NaN where `read` has none.
    const parsed = col.parsed;
    if (parsed !== undefined && RAW_READERS[col.parsedAs!] === read) {
      const v = parsed[this.blockRow];
      return (Number.isNaN(v) ? none : v) as T;
    }
    return read(this.block!.bytes!, col.starts![this.blockRow], col.ends![this.blockRow]);
  }

  /** Cell c of the current row is raw and starts with a digit (rawDigitFirst). */
  rawDigitFirst = (c: number): boolean => rawDigitFirst(this.block, c, this.blockRow);
}
