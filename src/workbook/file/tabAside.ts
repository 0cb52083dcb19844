import type { ReportTable } from "../../engine/report/table";
import { reportSheetXml, type SheetResult } from "./reportSheet";
import { PROVISIONAL, SharedStringTable } from "./sharedStrings";
import { StyleBook, type StyleState, type XfSpec } from "./styleBook";
import { isDeflatedRun } from "./zipWriter";

/**
 * A whole table tab written on another thread while the tab before it is written here (issue 11:
 * at 100,000 customers the JSON's thread idles while this one writes the schedule and the at-risk
 * list alone). That thread writes the tab's XML with the writer's own code (reportSheetXml) from
 * copies of the workbook's two books as they stand when it is asked: the cell formats
 * (StyleBook.state: a format it adds gets the index this book would give it next) and the shared
 * strings (SharedStringTable.aside: a text new to the copy gets a provisional index, since this
 * thread may add texts meanwhile). Taken back (splicedTab), the formats it added are added here in
 * the same order, its new texts get their real indices as if its cells had been written here
 * (SharedStringTable.merge), and those are written into its bytes where the provisional ones were;
 * the pieces are then deflated as any tab's. The same bytes as the tab written here, or none (the
 * tab is written here): when this book has gained formats since and the tab added some, or the
 * strings would fill the table.
 */

/** What the writer sends with a tab to write elsewhere (TabAside.ask). */
export interface TabJob {
  /** The cell formats so far (StyleBook.state). */
  styles: StyleState;
  /** The shared strings so far (SharedStringTable.known), or null: the package shares none. */
  shared: string[] | null;
  date1904: boolean;
  lang: "zh-CN" | "en-US";
  protect: boolean;
  /** The relationship id of the tab's table part (reportSheetXml's tableRelId). */
  tableRelId?: string;
  headers: string[];
  blockRows: number;
}

/** A tab written elsewhere (tabAheadOf), to be taken back here (splicedTab). */
export interface TabAhead {
  /** The part's XML in pieces, each without the digits of its provisional indices. */
  pieces: Uint8Array[];
  /** Per piece, pairs [at, k]: the index of provisional text k goes at byte `at` (ascending). */
  patches: Int32Array[];
  /** The texts new to the shared strings copy, in the order its cells first used them. */
  provisional: string[];
  /** Cells that referred to the shared strings. */
  refs: number;
  /** The formats the tab added to the copy of the book, in order, after its `stylesFrom` first. */
  styles: XfSpec[];
  stylesFrom: number;
  result: SheetResult;
}

/**
 * Writes a table tab elsewhere: whether it would after the tab `before` it (`wants`, asked before
 * that tab starts, so that its columns are not fitted ahead in vain), and the asking (`ask`, once the tab before it
 * has added its formats), whose `take` gives the tab back when it is written or being written
 * there, or null at once when that thread has not started it (it then never will: the tab is
 * written here).
 */
export interface TabAside {
  wants(table: ReportTable, before: ReportTable): boolean;
  ask(table: ReportTable, job: TabJob): { take(): Promise<TabAhead | null> };
}

/** The writer's piece buffers' size (zipWriter.ts POOLED): each piece fits one. */
const PIECE_BUFFER = (1 << 20) + (128 << 10);
/** The markup before a shared string's index (cellFragments.ts sharedText). */
const SHARED_VALUE = Buffer.from('t="s"><v>', "latin1");
/** A provisional index's digits (PROVISIONAL + k: ten; a real index has five at most). */
const PROVISIONAL_DIGITS = String(PROVISIONAL).length;

/** Rows between two calls of tabAheadOf's `progress`. */
const PROGRESS_ROWS = 1000;

/**
 * The other thread's side: `table` written as reportSheetXml writes it with `job`'s options and
 * copies of its books, in pieces of their own buffers (to transfer). `progress` is told the rows
 * written every PROGRESS_ROWS; it throws to stop the writing (the tab is written elsewhere).
 *
 * @example const { ahead, transfer } = await tabAheadOf(table, job); port.postMessage(ahead, transfer);
 */
export async function tabAheadOf(
  table: ReportTable,
  job: TabJob,
  progress?: (rowsDone: number) => void,
): Promise<{ ahead: TabAhead; transfer: ArrayBuffer[] }> {
  const styles = StyleBook.from(job.styles);
  const stylesFrom = styles.added;
  const shared = job.shared ? SharedStringTable.aside(job.shared) : undefined;
  const result: SheetResult = { rows: 0, cutCells: 0, rowsLeftOut: 0, ref: "A1" };
  const pieces: Uint8Array[] = [];
  const patches: Int32Array[] = [];
  const transfer = new Set<ArrayBuffer>();
  const xml = reportSheetXml(
    {
      table,
      earlier: [],
      styles,
      date1904: job.date1904,
      lang: job.lang,
      protect: job.protect,
      tableRelId: job.tableRelId,
      headers: job.headers,
      // Blocks of rows are where progress is told; the bytes are the same at any size.
      blockRows: progress ? Math.min(job.blockRows, PROGRESS_ROWS) : job.blockRows,
      onProgress: progress && ((_tab, rowsDone) => progress(rowsDone)),
      shared,
      // Each piece a buffer of its own: kept, and transferred.
      pieceBuffer: () => Buffer.allocUnsafeSlow(PIECE_BUFFER),
    },
    result,
  );
  for await (const piece of xml) {
    if (isDeflatedRun(piece)) throw new Error("a tab written aside has no rows ahead");
    const { bytes, at } = withoutProvisional(piece);
    pieces.push(bytes);
    patches.push(at);
    transfer.add(bytes.buffer as ArrayBuffer);
  }
  const ahead: TabAhead = {
    pieces,
    patches,
    provisional: shared?.provisional() ?? [],
    refs: shared?.refCount ?? 0,
    styles: styles.addedFrom(stylesFrom),
    stylesFrom,
    result,
  };
  return { ahead, transfer: [...transfer] };
}

/**
 * A piece with its provisional indices' digits cut out (in place), and where each went: the
 * pairs [at, k] of TabAhead.patches.
 */
export function withoutProvisional(piece: Buffer): { bytes: Buffer; at: Int32Array } {
  const at: number[] = [];
  let from = piece.indexOf(SHARED_VALUE);
  let to = from < 0 ? piece.length : from; // bytes up to here are in place
  let read = to; // the next byte to keep
  while (from >= 0) {
    const d = from + SHARED_VALUE.length;
    const end = d + PROVISIONAL_DIGITS;
    let k = -1;
    if (end < piece.length && piece[end] === 60 /* < */) {
      let n = 0;
      for (let i = d; i < end && n >= 0; i++) {
        const digit = piece[i] - 48;
        n = digit >= 0 && digit <= 9 ? n * 10 + digit : -1;
      }
      if (n >= PROVISIONAL) k = n - PROVISIONAL;
    }
    if (k >= 0) {
      // Keep up to the digits, then skip them.
      if (to !== read) piece.copyWithin(to, read, d);
      to += d - read;
      at.push(to, k);
      read = end;
    }
    from = piece.indexOf(SHARED_VALUE, d);
  }
  if (to !== read) piece.copyWithin(to, read, piece.length);
  to += piece.length - read;
  return { bytes: piece.subarray(0, to), at: Int32Array.from(at) };
}

/**
 * The tab written elsewhere taken back into this workbook's books: its pieces with the real
 * indices of its new texts, in buffers from `buffer` where they fit; null when it cannot be
 * (nothing is then added to either book): write the tab here.
 *
 * @example const pieces = splicedTab(ahead, styles, shared, () => zip.pieceBuffer());
 */
export function splicedTab(
  ahead: TabAhead,
  styles: StyleBook,
  shared: SharedStringTable | undefined,
  buffer: () => Buffer,
): Iterable<Buffer> | null {
  // The formats it added have the indices this book gives next only if it has added none since.
  if (ahead.styles.length > 0 && styles.added !== ahead.stylesFrom) return null;
  if (ahead.styles.some((spec) => styles.known(spec) !== undefined)) return null;
  let indices: number[] = [];
  if (ahead.provisional.length > 0 || ahead.refs > 0) {
    if (!shared) return null;
    const merged = shared.merge(ahead.provisional, ahead.refs);
    if (!merged) return null;
    indices = merged;
  }
  for (const spec of ahead.styles) styles.xf(spec);
  return patched(ahead, indices, buffer);
}

function* patched(ahead: TabAhead, indices: number[], buffer: () => Buffer): Generator<Buffer> {
  const digits = indices.map((k) => Buffer.from(String(k), "latin1"));
  for (let p = 0; p < ahead.pieces.length; p++) {
    const piece = ahead.pieces[p];
    const at = ahead.patches[p];
    let size = piece.length;
    for (let i = 1; i < at.length; i += 2) size += digits[at[i]].length;
    // A buffer of the writer's pool (deflated without a copy), or one of its size.
    let out = size <= PIECE_BUFFER ? buffer() : Buffer.allocUnsafe(size);
    if (out.length < size) out = Buffer.allocUnsafe(size);
    let o = 0;
    let read = 0;
    for (let i = 0; i < at.length; i += 2) {
      out.set(piece.subarray(read, at[i]), o);
      o += at[i] - read;
      read = at[i];
      const d = digits[at[i + 1]];
      out.set(d, o);
      o += d.length;
    }
    out.set(piece.subarray(read), o);
    o += piece.length - read;
    yield out.subarray(0, o);
  }
}
