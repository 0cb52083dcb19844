import { PAYLOAD_LIMIT_BYTES, READ_CELL_LIMIT } from "./payloadSize";

/** Share of Excel's 5 MB request/response limit one chunk may use (headroom for envelopes and misestimates). */
export const SAFE_SHARE = 0.4;
/** Bytes one chunk may take. */
export const CHUNK_BUDGET_BYTES = Math.floor(PAYLOAD_LIMIT_BYTES * SAFE_SHARE);
/** Cells one read may take (Excel caps reads at 5,000,000 cells). */
export const CHUNK_MAX_CELLS = Math.floor(READ_CELL_LIMIT * SAFE_SHARE);
/** Cells in the first, probing chunk, before bytes per row are known. */
export const PROBE_CELLS = 10_000;
/**
 * The add-in's own time on the page per chunk (ms): building a request or handling an answer
 * runs on the pane's thread, where Excel's own work does not, so a chunk is also cut to what the
 * pane handles in this time. The page then never blocks long (the goal: no block over 200 ms),
 * whatever the rows weigh or the machine's speed.
 */
export const CHUNK_BUDGET_MS = 40;
/** Rows a time-cut chunk keeps at least (fewer would only add round trips). */
export const MIN_TIMED_ROWS = 100;

/**
 * Sizes row chunks from what the chunks so far weighed: the heaviest bytes per row seen decides,
 * so a block of long text later on cannot push a chunk over the budget by surprise. When told how
 * long the pane worked on a chunk (recordTime), chunks are also cut so that this work stays
 * within a time budget (a running average per row, so one slow chunk, e.g. a garbage
 * collection, does not shrink every later one for good).
 *
 * @example
 * const plan = new ChunkPlanner(6);
 * plan.next(1_000_000);             // probe: 1,666 rows
 * plan.record(1666, 1666 * 60);     // 60 bytes a row
 * plan.next(1_000_000);             // 34,952 rows (2 MB / 60 B)
 */
export class ChunkPlanner {
  private bytesPerRow = 0;
  private msPerRow = 0;
  private probeRows = 0;

  constructor(
    private readonly columns: number,
    private readonly budgetBytes = CHUNK_BUDGET_BYTES,
    private readonly maxCells = CHUNK_MAX_CELLS,
    private readonly budgetMs = CHUNK_BUDGET_MS,
  ) {}

  /** Rows for the next chunk, at most `remaining`. */
  next(remaining: number): number {
    const cols = Math.max(1, this.columns);
    const byCells = Math.max(1, Math.floor(this.maxCells / cols));
    const byBytes =
      this.bytesPerRow > 0
        ? Math.floor(this.budgetBytes / this.bytesPerRow)
        : Math.max(1, this.probeRows || Math.floor(PROBE_CELLS / cols));
    const byTime =
      this.msPerRow > 0
        ? Math.max(MIN_TIMED_ROWS, Math.floor(this.budgetMs / this.msPerRow))
        : Infinity;
    return Math.max(1, Math.min(remaining, byCells, byBytes, byTime));
  }

  /**
   * Tells the planner how long the pane worked on a chunk of `rows` rows (ms).
   *
   * @example plan.recordTime(10_000, 80); // 8 µs a row: next chunks ≤ 5,000 rows (40 ms)
   */
  recordTime(rows: number, ms: number): void {
    if (rows <= 0 || !(ms >= 0)) return;
    const perRow = ms / rows;
    this.msPerRow = this.msPerRow > 0 ? (this.msPerRow + perRow) / 2 : perRow;
  }

  /**
   * Sizes the probing chunk for cells of up to `chars` characters (3 UTF-8 bytes each, the most
   * a character takes in a response), instead of assuming PROBE_CELLS cells fit: the add-in's
   * hidden run state packs up to 32,000 characters in a cell, and 10,000 such cells (the whole
   * tab at 100,000 customers) made a 14.55 MB response, refused twice before a chunk fitted (stop
   * 28 reviewer). Later chunks are sized by the bytes the probe weighed, as for any sheet.
   *
   * Two rows at least: a tab's first row is its header, a few hundred bytes, and a probe of it
   * alone sized the next chunk as the whole tab (the run state at 12 columns, 1.15 MB a row at
   * the longest: a 5.3 MB response at 60,000 customers, refused). Two rows of 27 such cells still
   * pass no limit.
   *
   * @example new ChunkPlanner(3).probeCellsOf(32_000).next(170); // 6 rows (2 MB / 288 KB a row)
   */
  probeCellsOf(chars: number): this {
    const perRow = Math.max(1, this.columns) * chars * 3;
    this.probeRows = Math.max(2, Math.floor(this.budgetBytes / perRow));
    return this;
  }

  /** Tells the planner what a chunk of `rows` rows weighed. */
  record(rows: number, bytes: number): void {
    if (rows > 0) this.bytesPerRow = Math.max(this.bytesPerRow, bytes / rows);
  }

  /** After a payload error: assume rows are twice as heavy as thought. */
  shrink(rowsTried: number): void {
    this.bytesPerRow = Math.max(
      this.bytesPerRow * 2,
      (this.budgetBytes / Math.max(1, rowsTried)) * 2,
    );
  }
}
