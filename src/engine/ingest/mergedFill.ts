import { isBlank, type Cell } from "../cells";

/**
 * A merged area of a sheet as its source reports it: Excel row numbers (1-based), columns
 * zero-based, both ends included.
 */
export interface MergedArea {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/** What was filled in one column: how many merged areas and rows, and the first area. */
export interface MergedColumnFill {
  column: number;
  areas: number;
  rows: number;
  first: MergedArea;
}

interface Pending extends MergedArea {
  value: Cell;
  counted: boolean;
}

/**
 * Fills a vertically merged cell's value into every row of its merge (tester53 N4: 区域 merged
 * A5:A18 上海 per region gave only the top row a region, 25 of 30 customers none). Excel keeps the
 * value in the merge's top-left cell and leaves the others blank; a person reading the sheet sees it
 * on every row. Only merges below the header (the header's own merges are the header's: header.ts)
 * and only the merge's first column (an area merged across columns too holds one value, shown once).
 */
export class MergedFill {
  private readonly byTop = new Map<number, Pending[]>();
  private open: Pending[] = [];
  private readonly filled = new Map<number, MergedColumnFill>();

  /**
   * `once`: columns whose merged value is not copied (amounts, quantities): an order's total merged
   * over its product lines is one amount, and copied into each line it was added once per line
   * (reviewer54 H2: 9,000 read as 27,000). It stays on the merge's top row, counted once.
   */
  constructor(
    areas: readonly MergedArea[],
    headerRow: number,
    once: ReadonlySet<number> = new Set(),
  ) {
    for (const a of areas) {
      if (a.bottom <= a.top || a.top <= headerRow || once.has(a.left)) continue;
      const list = this.byTop.get(a.top) ?? [];
      list.push({ ...a, value: null, counted: false });
      this.byTop.set(a.top, list);
    }
  }

  /** True when no area is filled (a sheet without vertical merges below its header). */
  get empty(): boolean {
    return this.byTop.size === 0 && this.open.length === 0;
  }

  /** Row n's cells with its merges' values in (a copy when one is filled); rows come in order. */
  fill(row: readonly Cell[], n: number): readonly Cell[] {
    if (this.open.length > 0) this.open = this.open.filter((a) => a.bottom >= n);
    let out: Cell[] | null = null;
    for (const a of this.open) {
      if (a.top >= n || !isBlank(row[a.left] ?? null)) continue;
      out ??= [...row];
      while (out.length <= a.left) out.push(null);
      out[a.left] = a.value;
      this.count(a);
    }
    const starting = this.byTop.get(n);
    if (starting) {
      this.byTop.delete(n);
      for (const a of starting) {
        a.value = row[a.left] ?? null;
        if (!isBlank(a.value)) this.open.push(a);
      }
    }
    return out ?? row;
  }

  /** The columns filled, left to right. */
  columns(): MergedColumnFill[] {
    return [...this.filled.values()].sort((x, y) => x.column - y.column);
  }

  private count(a: Pending): void {
    let f = this.filled.get(a.left);
    if (!f) this.filled.set(a.left, (f = { column: a.left, areas: 0, rows: 0, first: a }));
    f.rows++;
    if (!a.counted) {
      a.counted = true;
      f.areas++;
    }
  }
}
