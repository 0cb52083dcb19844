import { promises as fsp } from "node:fs";
import type { Readable } from "node:stream";
import { constants, crc32 } from "node:zlib";
import { InputError } from "../../engine/errors";
import { crc32Combine } from "./crc32Combine";
import { DeflateWorker, PoolDeflater, type Deflater, type DeflatedPiece } from "./deflateWorker";
import type { ZipPart } from "./zipReader";

/** Past 4 GiB (no zip64 here): exit 2 with what to do, not an internal error. */
function tooLargeOutput(what: string): InputError {
  return new InputError(
    `${what} would be larger than 4 GiB, more than this writer's .xlsx holds; analyse fewer rows, or use --json for the complete result`,
    `${what === "the workbook" ? "输出工作簿" : what}将超过 4 GiB，超出本程序 .xlsx 写入的上限；请减少行数，或用 --json 获取完整结果`,
  );
}

/**
 * Writes a zip archive part by part to a file. Written by hand (about 150 lines) because no zip
 * library on npm does the two things the workbook writer needs together: copy a part's stored bytes
 * from another archive unchanged (the user's parts, byte for byte, never inflated and recompressed)
 * and compress one part on both cores. The part comes in pieces of about 1 MB; a thread of
 * libuv's pool deflates them as one stream and computes the CRC (deflateWorker.ts PoolDeflater;
 * where Node's zlib binding cannot be driven so, a worker thread deflates each piece on its own
 * with a sync flush, pigz's scheme), up to PARALLEL pieces queued, while the main thread builds
 * the next piece; a deflated piece's file write does not hold it either (up to WRITES pending). A part's last pieces are written out while the next part is built (addPieces
 * returns once its pieces are sent; every later call waits for that tail before it writes). No
 * zip64: a part or an archive past 4 GiB is refused.
 */

/** Deflate level for the parts we write (1: fastest; sheets of report data compress ~6× at 1). */
export const COMPRESSION_LEVEL = 1;
const PARALLEL = 3;
/**
 * Deflated pieces whose file writes may be pending while the next piece is built. The producer
 * waited for each write before (a round trip through libuv's pool per piece): at load ~17 on two
 * cores a 100,000-customer workbook's 241 pieces waited 3.2-3.5 s for their writes in 13-17 s.
 */
const WRITES = 2;
/**
 * The size of a reused piece buffer (pieces are about a megabyte: reportSheet.ts PIECE). 4 MB
 * pieces deflate 8% faster alone (83 MB of segments XML 284-301 -> 263-270 ms CPU) but the whole
 * write took more main-thread CPU with them (100k tabs, 5 runs, load 15-24: 1.61-2.20 vs 1.43-1.66
 * CPU-s; not explained: perhaps a 4 MB piece is out of the caches by the time it is deflated, and
 * each sheet's first and last buffers, 4 MB each, are fresh), so they stay at a megabyte.
 */
const POOLED = (1 << 20) + (128 << 10);
/**
 * Piece buffers kept for reuse: those in flight, those being written out (WRITES), the one being
 * filled, and the next part's first while the last part's tail drains. A buffer dropped is a fresh
 * one later, and fresh memory is dear here (~20 µs a page: a 1.1 MB buffer ~6 ms CPU).
 */
const KEPT = PARALLEL + WRITES + 3;
const LIMIT = 0xffffffff;

/**
 * A stretch of a part deflated elsewhere (the run state's rows, on the JSON's thread while this
 * thread writes the tabs before it: reportSheet.ts soleColumnRowsXml): raw deflate of a fresh
 * stream (it refers to nothing before it) ending on a byte boundary without a final block (a sync
 * flush), with the CRC-32 and length of the bytes it holds. addPieces writes it where it comes
 * among a part's pieces, as it is.
 */
export interface DeflatedRun {
  deflated: Uint8Array;
  crc: number;
  size: number;
}

/** True for a DeflatedRun among a part's pieces. */
export function isDeflatedRun(piece: unknown): piece is DeflatedRun {
  return typeof piece === "object" && piece !== null && "deflated" in piece;
}

interface Written {
  name: Buffer;
  crc: number;
  compressed: number;
  size: number;
  method: number;
  offset: number;
}

/** @example const zip = await ZipWriter.create("out.xlsx"); await zip.addBuffer("a.xml", buf); await zip.finish(); */
export class ZipWriter {
  private position = 0;
  private readonly entries: Written[] = [];
  /** Buffers pieces are copied into while they are compressed (in the worker), reused. */
  private readonly pool: ArrayBuffer[] = [];
  /** Buffers lent by pieceBuffer and not yet given back as a piece (their memory is sent as is). */
  private readonly lent = new WeakSet<ArrayBuffer>();
  /**
   * crc32 + deflate off the main thread (deflateWorker.ts: on libuv's pool, else in a worker),
   * made with the first part.
   */
  private worker: Deflater | null = null;
  /**
   * The last part's tail: its last pieces written out and its header patched, in the background
   * while the next part is built. Everything that writes waits for it first (and so sees its
   * failure).
   */
  private tail: Promise<void> = Promise.resolve();
  /** The current part's file writes still pending (addPieces): abort() lets them end first. */
  private writing: Array<Promise<void>> = [];

  private constructor(private readonly handle: fsp.FileHandle) {}

  static async create(path: string): Promise<ZipWriter> {
    return new ZipWriter(await fsp.open(path, "wx"));
  }

  /**
   * A buffer for a producer of pieces to write into (XmlBytes' `fresh`): a piece that is a view of
   * its start is sent to the compressor without a copy (a 100,000-customer workbook's 260 MB of
   * sheet XML were copied once more), and the buffer comes back to the pool after.
   */
  pieceBuffer(): Buffer {
    const input = this.pool.pop() ?? new ArrayBuffer(POOLED);
    this.lent.add(input);
    return Buffer.from(input, 0, input.byteLength);
  }

  /** Copies a part as stored in another archive (compressed bytes, CRC and sizes unchanged). */
  async addRaw(name: string, part: ZipPart, raw: Readable): Promise<void> {
    await this.tail;
    const header = this.beginEntry(name, part.method);
    let written = 0;
    for await (const chunk of raw) {
      await this.write(chunk as Buffer);
      written += (chunk as Buffer).length;
    }
    if (written !== part.compressedSize) throw new Error(`part ${name} could not be copied whole`);
    await this.endEntry(header, part.crc32, written, part.size);
  }

  /** Adds a part from a buffer (deflated). */
  async addBuffer(name: string, data: Buffer | string, level = COMPRESSION_LEVEL): Promise<void> {
    const buffer = typeof data === "string" ? Buffer.from(data, "utf8") : data;
    await this.addPieces(
      name,
      (async function* () {
        yield buffer;
      })(),
      level,
    );
  }

  /**
   * Adds a part from pieces of text or bytes produced on demand (a sheet's XML), compressing
   * pieces in parallel while the next ones are produced. A piece may be a view its producer
   * writes over once asked for the next one: it is copied into one of a few reused buffers before
   * it is compressed (a copy costs far less than a fresh megabyte per piece does in collections).
   * Returns once every piece is sent to the compressor: the part's tail is written while the
   * caller goes on (the next call waits for it; finish() reports a failure of the last one).
   */
  async addPieces(
    name: string,
    pieces: AsyncIterable<Buffer | string | DeflatedRun> | Iterable<Buffer | string | DeflatedRun>,
    level = COMPRESSION_LEVEL,
    /**
     * The pieces may hold DeflatedRuns: the part's CRC is then computed here, piece by piece (zlib's
     * crc32, ~0.3 ms a megabyte), and combined with the runs' (the compressor's is of its stream
     * only, and known only at the stream's end).
     */
    withRuns = false,
  ): Promise<void> {
    // The previous part's tail must be written before this part's header (its offset): pieces
    // are sent meanwhile (the worker takes them in order), written after it.
    const before = this.tail;
    let header: Written | null = null;
    const begin = async (): Promise<Written> => {
      if (!header) {
        await before;
        header = this.beginEntry(name, 8);
      }
      return header;
    };
    const worker = (this.worker ??= PoolDeflater.create() ?? new DeflateWorker());
    // One stream per part: its pieces need no flush of their own (the stream's end flushes all).
    const middle = worker.continuous ? constants.Z_NO_FLUSH : constants.Z_SYNC_FLUSH;
    let crc = 0;
    /** withRuns: the CRC of the part's bytes so far, computed here and combined with the runs'. */
    let ownCrc = 0;
    let size = 0;
    let compressed = 0;
    let first = true;
    const inFlight: Array<Promise<DeflatedPiece>> = [];
    // Deflated pieces being written to the file, each after the one before (WRITES at most): the
    // producer goes on building the next piece meanwhile instead of waiting for each write.
    const writing: Array<Promise<void>> = [];
    this.writing = writing;
    const drain = async (keep: number): Promise<void> => {
      while (inFlight.length > keep) {
        await begin();
        const done = await inFlight.shift()!;
        crc = done.crc;
        compressed += done.out.length;
        const written = (writing[writing.length - 1] ?? Promise.resolve()).then(async () => {
          await this.write(done.out);
          // Only now: the deflated bytes may be in the piece's buffer (deflateWorker.ts).
          if (done.input.byteLength >= POOLED && this.pool.length < KEPT)
            this.pool.push(done.input);
        });
        // (a failed write is thrown where it is awaited: below, or by the part's tail)
        written.catch(() => undefined);
        writing.push(written);
        while (writing.length > WRITES) await writing.shift();
      }
      if (keep === 0) while (writing.length > 0) await writing.shift();
    };
    const send = (input: ArrayBuffer, length: number, flush: number): void => {
      inFlight.push(worker.deflate(input, length, { first, level, flush }));
      first = false;
    };
    for await (const piece of pieces as AsyncIterable<Buffer | string | DeflatedRun>) {
      if (isDeflatedRun(piece)) {
        if (!withRuns) throw new Error(`part ${name}: a deflated run where none was announced`);
        // The stream so far ends on a byte boundary (a sync flush); the pieces after the run start
        // a stream of their own, which refers to nothing before it.
        if (!first && worker.continuous) send(new ArrayBuffer(0), 0, constants.Z_SYNC_FLUSH);
        first = true;
        const out = Buffer.from(
          piece.deflated.buffer,
          piece.deflated.byteOffset,
          piece.deflated.byteLength,
        );
        inFlight.push(Promise.resolve({ out, crc: 0, input: new ArrayBuffer(0) }));
        ownCrc = crc32Combine(ownCrc, piece.crc, piece.size);
        size += piece.size;
        if (size > LIMIT) throw tooLargeOutput(`part ${name}`);
        // Not waited for: written in turn, after the pieces before it are deflated.
        continue;
      }
      if (piece.length === 0) continue;
      const length = typeof piece === "string" ? Buffer.byteLength(piece, "utf8") : piece.length;
      if (
        typeof piece !== "string" &&
        piece.byteOffset === 0 &&
        this.lent.has(piece.buffer as ArrayBuffer)
      ) {
        // A lent buffer (pieceBuffer): its producer has moved on to another, so it goes as it is.
        const own = piece.buffer as ArrayBuffer;
        this.lent.delete(own);
        if (withRuns) ownCrc = crc32(piece.subarray(0, length), ownCrc);
        size += length;
        if (size > LIMIT) throw tooLargeOutput(`part ${name}`);
        send(own, length, middle);
        await drain(PARALLEL - 1);
        continue;
      }
      const pooled = this.pool.pop();
      const input =
        pooled && pooled.byteLength >= length ? pooled : new ArrayBuffer(Math.max(length, POOLED));
      const view = Buffer.from(input, 0, length);
      if (typeof piece === "string") view.write(piece, 0, "utf8");
      else piece.copy(view);
      if (withRuns) ownCrc = crc32(view, ownCrc);
      size += length;
      if (size > LIMIT) throw tooLargeOutput(`part ${name}`);
      send(input, length, middle);
      await drain(PARALLEL - 1);
    }
    send(new ArrayBuffer(0), 0, constants.Z_FINISH);
    const tail = (async () => {
      await drain(0);
      await this.endEntry(await begin(), withRuns ? ownCrc : crc, compressed, size);
    })();
    this.tail = tail;
    // Seen by the next call, finish() or abort(): not an unhandled rejection meanwhile.
    tail.catch(() => undefined);
  }

  /** Writes the central directory and closes the file. */
  async finish(): Promise<void> {
    await this.tail;
    const start = this.position;
    for (const e of this.entries) {
      const h = Buffer.alloc(46);
      h.writeUInt32LE(0x02014b50, 0);
      h.writeUInt16LE(20, 4); // made by
      h.writeUInt16LE(20, 6); // needed
      h.writeUInt16LE(0x0800, 8); // UTF-8 names
      h.writeUInt16LE(e.method, 10);
      h.writeUInt16LE(0, 12);
      h.writeUInt16LE(0x21, 14); // 1980-01-01
      h.writeUInt32LE(e.crc >>> 0, 16);
      h.writeUInt32LE(e.compressed, 20);
      h.writeUInt32LE(e.size, 24);
      h.writeUInt16LE(e.name.length, 28);
      h.writeUInt32LE(e.offset, 42);
      await this.write(Buffer.concat([h, e.name]));
    }
    const size = this.position - start;
    if (this.position > LIMIT || this.entries.length > 0xffff) {
      throw tooLargeOutput("the workbook");
    }
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(this.entries.length, 8);
    end.writeUInt16LE(this.entries.length, 10);
    end.writeUInt32LE(size, 12);
    end.writeUInt32LE(start, 16);
    await this.write(end);
    await this.stopWorker();
    await this.handle.close();
  }

  /** Closes the file after a failure (the caller removes it). */
  async abort(): Promise<void> {
    await this.tail.catch(() => undefined);
    await Promise.allSettled(this.writing);
    await this.stopWorker().catch(() => undefined);
    await this.handle.close().catch(() => undefined);
  }

  private async stopWorker(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    await worker?.close();
  }

  private beginEntry(name: string, method: number): Written {
    const entry: Written = {
      name: Buffer.from(name, "utf8"),
      crc: 0,
      compressed: 0,
      size: 0,
      method,
      offset: this.position,
    };
    if (this.position > LIMIT) throw tooLargeOutput("the workbook");
    const h = Buffer.alloc(30);
    h.writeUInt32LE(0x04034b50, 0);
    h.writeUInt16LE(20, 4);
    h.writeUInt16LE(0x0800, 6);
    h.writeUInt16LE(method, 8);
    h.writeUInt16LE(0x21, 12);
    h.writeUInt16LE(entry.name.length, 26);
    this.pendingHeader = Buffer.concat([h, entry.name]);
    return entry;
  }

  private pendingHeader: Buffer | null = null;

  private async endEntry(
    entry: Written,
    crc: number,
    compressed: number,
    size: number,
  ): Promise<void> {
    if (compressed > LIMIT || size > LIMIT) throw tooLargeOutput("a part");
    if (this.pendingHeader) await this.write(Buffer.alloc(0)); // an empty part
    entry.crc = crc >>> 0;
    entry.compressed = compressed;
    entry.size = size;
    // The local header was written with zero sizes: fill them in now (no data descriptor needed).
    const patch = Buffer.alloc(12);
    patch.writeUInt32LE(entry.crc, 0);
    patch.writeUInt32LE(compressed, 4);
    patch.writeUInt32LE(size, 8);
    await this.handle.write(patch, 0, 12, entry.offset + 14);
    this.entries.push(entry);
  }

  private async write(data: Buffer): Promise<void> {
    if (this.pendingHeader) {
      const header = this.pendingHeader;
      this.pendingHeader = null;
      await this.write(header);
    }
    let done = 0;
    while (done < data.length) {
      const { bytesWritten } = await this.handle.write(
        data,
        done,
        data.length - done,
        this.position,
      );
      done += bytesWritten;
      this.position += bytesWritten;
    }
  }
}
