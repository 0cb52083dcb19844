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
 * Sizes row chunks from what the chunks so far weighed: the heaviest bytes per row seen decides,
 * so a block of long text later on cannot push a chunk over the budget by surprise.
 *
 * @example
 * const plan = new ChunkPlanner(6);
 * plan.next(1_000_000);             // probe: 1,666 rows
 * plan.record(1666, 1666 * 60);     // 60 bytes a row
 * plan.next(1_000_000);             // 34,952 rows (2 MB / 60 B)
 */
export class ChunkPlanner {
  private bytesPerRow = 0;

  constructor(
    private readonly columns: number,
    private readonly budgetBytes = CHUNK_BUDGET_BYTES,
    private readonly maxCells = CHUNK_MAX_CELLS,
  ) {}

  /** Rows for the next chunk, at most `remaining`. */
  next(remaining: number): number {
    const cols = Math.max(1, this.columns);
    const byCells = Math.max(1, Math.floor(this.maxCells / cols));
    const byBytes =
      this.bytesPerRow > 0
        ? Math.floor(this.budgetBytes / this.bytesPerRow)
        : Math.max(1, Math.floor(PROBE_CELLS / cols));
    return Math.max(1, Math.min(remaining, byCells, byBytes));
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
