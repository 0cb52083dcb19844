import type { Cell } from "../../engine/cells";
import { MAX_COLUMNS, type Rect } from "./address";
import { enterValue, type StoredValue } from "./coerce";

// Global lookups are slow in jest's vm contexts; the read loop runs per cell.
const NativeArray = Array;

/** Excel's default number format. */
export const GENERAL = "General";

/** A chart on a simulated sheet. */
export interface SimChart {
  id: number;
  name: string;
  type: string;
  source: Rect;
  /** The sheet the series read from (a chart may show another sheet's data). */
  sourceSheet: SimSheet;
  /** Its source sheet or rows were deleted: the series read #REF! (Excel keeps the chart, broken). */
  broken: boolean;
  seriesBy: string;
  title: string;
  /** Top-left and bottom-right cells it covers (setPosition), as addresses. */
  position: { start: string; end?: string } | null;
}

/**
 * A cell-value conditional format (Range.conditionalFormats.add("CellValue"), ExcelApi 1.6): cells
 * of `rect` whose value equals the text of formula1 (`="高"`) show `fill`. Only EqualTo is modelled.
 */
export interface SimConditionalFormat {
  rect: Rect;
  operator: string;
  formula1: string;
  fill: string | null;
}

/**
 * A sheet's print settings (Worksheet.pageLayout and its page breaks, ExcelApi 1.9), as set; a new
 * sheet has Excel's defaults (portrait, 100%, the Normal margins: 0.7 in left and right, 0.75 in
 * top and bottom, 0.3 in header and footer).
 */
export interface SimPrint {
  orientation: string;
  paperSize: string;
  zoom: { scale?: number; horizontalFitToPages?: number; verticalFitToPages?: number };
  margins: Record<string, number>;
  area: Rect | null;
  titleRows: Rect | null;
  titleColumns: Rect | null;
  headerFooter: Record<string, string>;
  /** Rows (horizontal breaks) and columns (vertical) a manual page break starts a page at. */
  rowBreaks: number[];
  columnBreaks: number[];
}

function defaultPrint(): SimPrint {
  return {
    orientation: "Portrait",
    paperSize: "Letter",
    zoom: { scale: 100 },
    margins: {
      leftMargin: 50.4,
      rightMargin: 50.4,
      topMargin: 54,
      bottomMargin: 54,
      headerMargin: 21.6,
      footerMargin: 21.6,
    },
    area: null,
    titleRows: null,
    titleColumns: null,
    headerFooter: {},
    rowBreaks: [],
    columnBreaks: [],
  };
}

/** Worksheet protection state. */
export interface SimProtection {
  protected: boolean;
  options: Record<string, unknown>;
}

/**
 * One worksheet's content, stored column-wise (one array per column, no per-cell objects) so a
 * 1,000,000-row sheet stays cheap. Formulas, fills and bold are sparse maps keyed row × 16384 + col.
 */
export class SimSheet {
  readonly id: string;
  name: string;
  visibility: "Visible" | "Hidden" | "VeryHidden" = "Visible";
  deleted = false;
  frozenRows = 0;
  /** The sheet's autoFilter range (Worksheet.autoFilter.apply), or null. */
  autoFilter: Rect | null = null;
  protection: SimProtection = { protected: false, options: {} };
  /** Print settings (Worksheet.pageLayout, ExcelApi 1.9). */
  readonly print: SimPrint = defaultPrint();
  readonly charts: SimChart[] = [];
  /** columns[c][r]: undefined is an empty cell. */
  readonly columns: StoredValue[][] = [];
  /** formats[c][r]: undefined is General. */
  readonly formats: (string | undefined)[][] = [];
  readonly formulas = new Map<number, string>();
  readonly fills = new Map<number, string>();
  /** Merged areas (Range.merge), each a rectangle of two or more cells; they never overlap. */
  readonly merges: Rect[] = [];
  readonly bold = new Map<number, boolean>();
  readonly columnWidths = new Map<number, number>();
  /** Cells with wrapped text (RangeFormat.wrapText), keyed as fills. */
  readonly wrapped = new Map<number, boolean>();
  /** Row heights in points set by RangeFormat.rowHeight; a row not here has Excel's standard 15. */
  readonly rowHeights = new Map<number, number>();
  /** Cell protection set on blocks, in order (the last one covering a cell wins); cells start locked. */
  readonly locks: { rect: Rect; locked: boolean }[] = [];
  /** Vertical alignment set on blocks, in order (the last one covering a cell wins); Excel's default is "Bottom". */
  readonly verticals: { rect: Rect; value: string }[] = [];
  readonly conditionalFormats: SimConditionalFormat[] = [];
  private used: Rect | null | undefined;

  constructor(id: string, name: string) {
    this.id = id;
    this.name = name;
  }

  static key(row: number, column: number): number {
    // MAX_COLUMNS is a module constant, not a global: cheap in the per-cell loops.
    return row * MAX_COLUMNS + column;
  }

  /**
   * The fill a cell shows: a matching conditional format's (the first added wins, as Excel's
   * "Stop if true" order), else its own fill.
   */
  shownFill(row: number, column: number): string | undefined {
    const v = this.value(row, column);
    for (const cf of this.conditionalFormats) {
      const { rect } = cf;
      if (row < rect.row || row >= rect.row + rect.rowCount) continue;
      if (column < rect.column || column >= rect.column + rect.columnCount) continue;
      const text = /^="((?:[^"]|"")*)"$/.exec(cf.formula1)?.[1]?.replace(/""/g, '"');
      if (cf.operator === "EqualTo" && text !== undefined && v === text && cf.fill) return cf.fill;
    }
    return this.fills.get(SimSheet.key(row, column));
  }

  /** Whether a cell is locked (Excel's default for every cell). */
  isLocked(row: number, column: number): boolean {
    return lastCovering(this.locks, row, column)?.locked ?? true;
  }

  /** Whether every cell of a block has lock state `state` (checked by the blocks' corners and edges). */
  allLocked(rect: Rect, state: boolean): boolean {
    const [rows, cols] = pieceCorners(this.locks, rect);
    for (const r of rows) for (const c of cols) if (this.isLocked(r, c) !== state) return false;
    return true;
  }

  setLocked(rect: Rect, locked: boolean): void {
    this.locks.push({ rect: { ...rect }, locked });
  }

  /** A cell's vertical alignment (RangeFormat.verticalAlignment). */
  vertical(row: number, column: number): string {
    return lastCovering(this.verticals, row, column)?.value ?? "Bottom";
  }

  /** A block's vertical alignment, or null when its cells differ (checked as allLocked does). */
  blockVertical(rect: Rect): string | null {
    const [rows, cols] = pieceCorners(this.verticals, rect);
    const first = this.vertical(rect.row, rect.column);
    for (const r of rows) for (const c of cols) if (this.vertical(r, c) !== first) return null;
    return first;
  }

  setVertical(rect: Rect, value: string): void {
    this.verticals.push({ rect: { ...rect }, value });
  }

  /** The stored constant of a cell (undefined when empty). */
  value(row: number, column: number): StoredValue {
    return this.columns[column]?.[row];
  }

  /** The number format of a cell ("General" unless set). */
  format(row: number, column: number): string {
    return this.formats[column]?.[row] ?? GENERAL;
  }

  formula(row: number, column: number): string | undefined {
    return this.formulas.get(SimSheet.key(row, column));
  }

  /** Stores a constant as is (no coercion): for building test workbooks. */
  setRaw(row: number, column: number, value: StoredValue, format?: string): void {
    (this.columns[column] ??= [])[row] = value;
    if (format !== undefined) (this.formats[column] ??= [])[row] = format;
    this.used = undefined;
  }

  /** Writes one value the way Range.values does (see coerce.ts). */
  enter(row: number, column: number, input: unknown): void {
    const entry = enterValue(input, this.format(row, column));
    if (!entry) return;
    const col = (this.columns[column] ??= []);
    col[row] = entry.value;
    const k = SimSheet.key(row, column);
    if (entry.formula !== undefined) this.formulas.set(k, entry.formula);
    else if (this.formulas.size) this.formulas.delete(k);
    if (entry.format !== undefined) (this.formats[column] ??= [])[row] = entry.format;
    this.used = undefined;
  }

  setFormat(row: number, column: number, format: string): void {
    (this.formats[column] ??= [])[row] = format === GENERAL ? undefined : format;
    this.used = undefined;
  }

  /**
   * The used range: with valuesOnly the cells holding values or formulas, otherwise also the
   * formatted ones. Null for an empty sheet. It starts at the first used cell, not at A1.
   */
  usedRange(valuesOnly: boolean): Rect | null {
    if (valuesOnly && this.used !== undefined) return this.used;
    let r0 = Infinity;
    let r1 = -1;
    let c0 = Infinity;
    let c1 = -1;
    const scan = (arrays: unknown[][]) => {
      for (let c = 0; c < arrays.length; c++) {
        const col = arrays[c];
        if (!col) continue;
        let first = -1;
        for (let r = 0; r < col.length; r++) {
          if (col[r] !== undefined) {
            first = r;
            break;
          }
        }
        if (first < 0) continue;
        let last = first;
        for (let r = col.length - 1; r > first; r--) {
          if (col[r] !== undefined) {
            last = r;
            break;
          }
        }
        r0 = Math.min(r0, first);
        r1 = Math.max(r1, last);
        c0 = Math.min(c0, c);
        c1 = Math.max(c1, c);
      }
    };
    scan(this.columns);
    if (!valuesOnly) {
      scan(this.formats);
      for (const k of [...this.fills.keys(), ...this.bold.keys()]) {
        const r = Math.floor(k / MAX_COLUMNS);
        const c = k % MAX_COLUMNS;
        r0 = Math.min(r0, r);
        r1 = Math.max(r1, r);
        c0 = Math.min(c0, c);
        c1 = Math.max(c1, c);
      }
    }
    const rect =
      r1 < 0 ? null : { row: r0, column: c0, rowCount: r1 - r0 + 1, columnCount: c1 - c0 + 1 };
    if (valuesOnly) this.used = rect;
    return rect;
  }

  /** Values of a block as Excel returns them: "" for empty cells, serial numbers for dates. */
  readValues(rect: Rect): (string | number | boolean)[][] {
    const out: (string | number | boolean)[][] = new NativeArray(rect.rowCount);
    for (let i = 0; i < rect.rowCount; i++) {
      const row: (string | number | boolean)[] = new NativeArray(rect.columnCount);
      const r = rect.row + i;
      for (let j = 0; j < rect.columnCount; j++) {
        const v = this.columns[rect.column + j]?.[r];
        row[j] = v === undefined ? "" : v;
      }
      out[i] = row;
    }
    return out;
  }

  /**
   * Every cell of the used range (values, formulas, formats, fills) as plain data, to compare a
   * sheet before and after a run cell for cell.
   */
  snapshot(): unknown {
    const rect = this.usedRange(false);
    const cells: unknown[] = [];
    if (rect) {
      for (let r = rect.row; r < rect.row + rect.rowCount; r++) {
        for (let c = rect.column; c < rect.column + rect.columnCount; c++) {
          const k = SimSheet.key(r, c);
          const v = this.value(r, c);
          const f = this.formula(r, c);
          const fmt = this.formats[c]?.[r];
          const fill = this.fills.get(k);
          if (v !== undefined || f || fmt || fill)
            cells.push([r, c, v ?? null, f ?? null, fmt ?? null, fill ?? null]);
        }
      }
    }
    return {
      name: this.name,
      visibility: this.visibility,
      frozenRows: this.frozenRows,
      protection: this.protection,
      charts: this.charts.length,
      widths: [...this.columnWidths.entries()],
      heights: [...this.rowHeights.entries()],
      cells,
    };
  }

  /** Rows of the used range from A1 as Cells (null for empty): handy in tests. */
  toGrid(): Cell[][] {
    const rect = this.usedRange(true);
    if (!rect) return [];
    const grid = this.readValues({
      row: 0,
      column: 0,
      rowCount: rect.row + rect.rowCount,
      columnCount: rect.column + rect.columnCount,
    });
    return grid.map((row) => row.map((v) => (v === "" ? null : v)));
  }
}

/** The last of `blocks` covering a cell (a later format over an earlier one wins), if any. */
function lastCovering<B extends { rect: Rect }>(
  blocks: readonly B[],
  row: number,
  column: number,
): B | undefined {
  for (let i = blocks.length - 1; i >= 0; i--) {
    const { rect } = blocks[i];
    if (
      row >= rect.row &&
      row < rect.row + rect.rowCount &&
      column >= rect.column &&
      column < rect.column + rect.columnCount
    )
      return blocks[i];
  }
  return undefined;
}

/**
 * The first rows and columns of the pieces `blocks`' edges cut `rect` into: blocks are rectangles,
 * so `rect` is uniform when the cells at these rows and columns agree.
 */
function pieceCorners(blocks: readonly { rect: Rect }[], rect: Rect): [Set<number>, Set<number>] {
  const rows = new Set([rect.row]);
  const cols = new Set([rect.column]);
  for (const { rect: b } of blocks) {
    for (const r of [b.row, b.row + b.rowCount])
      if (r > rect.row && r < rect.row + rect.rowCount) rows.add(r);
    for (const c of [b.column, b.column + b.columnCount])
      if (c > rect.column && c < rect.column + rect.columnCount) cols.add(c);
  }
  return [rows, cols];
}
