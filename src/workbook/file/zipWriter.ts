import { promises as fsp } from "node:fs";
import type { Readable } from "node:stream";
import { constants, crc32, deflateRaw } from "node:zlib";
import { InputError } from "../../engine/errors";
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
 * and compress one part on both cores. Compression is pigz's scheme: the part is cut into 1 MB
 * pieces, each deflated on its own with a sync flush in Node's thread pool (zlib's async calls), up
 * to PARALLEL pieces at a time, and the pieces are concatenated in order (a valid deflate stream);
 * the CRC is computed over the pieces in order. No zip64: a part or an archive past 4 GiB is refused.
 */

/** Deflate level for the parts we write (1: fastest; sheets of report data compress ~6× at 1). */
export const COMPRESSION_LEVEL = 1;
const PARALLEL = 3;
/** The size of a reused piece buffer (pieces are about a megabyte). */
const POOLED = (1 << 20) + (128 << 10);
const LIMIT = 0xffffffff;

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
  /** Buffers pieces are copied into while they are compressed, reused. */
  private readonly pool: Buffer[] = [];

  private constructor(private readonly handle: fsp.FileHandle) {}

  static async create(path: string): Promise<ZipWriter> {
    return new ZipWriter(await fsp.open(path, "wx"));
  }

  /** Copies a part as stored in another archive (compressed bytes, CRC and sizes unchanged). */
  async addRaw(name: string, part: ZipPart, raw: Readable): Promise<void> {
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
   */
  async addPieces(
    name: string,
    pieces: AsyncIterable<Buffer | string> | Iterable<Buffer | string>,
    level = COMPRESSION_LEVEL,
  ): Promise<void> {
    const header = this.beginEntry(name, 8);
    let crc = 0;
    let size = 0;
    let compressed = 0;
    const inFlight: Array<{ out: Promise<Buffer>; input: Buffer }> = [];
    const drain = async (keep: number): Promise<void> => {
      while (inFlight.length > keep) {
        const { out, input } = inFlight.shift()!;
        const data = await out;
        if (input.length >= POOLED && this.pool.length < PARALLEL) this.pool.push(input);
        await this.write(data);
        compressed += data.length;
      }
    };
    for await (const piece of pieces as AsyncIterable<Buffer | string>) {
      if (piece.length === 0) continue;
      let input: Buffer;
      let length: number;
      if (typeof piece === "string") {
        input = Buffer.from(piece, "utf8");
        length = input.length;
      } else {
        const pooled = this.pool.pop();
        input =
          pooled && pooled.length >= piece.length
            ? pooled
            : Buffer.allocUnsafe(Math.max(piece.length, POOLED));
        piece.copy(input);
        length = piece.length;
      }
      const data = input.subarray(0, length);
      crc = crc32(data, crc);
      size += length;
      if (size > LIMIT) throw tooLargeOutput(`part ${name}`);
      inFlight.push({ out: deflate(data, level, constants.Z_SYNC_FLUSH), input });
      await drain(PARALLEL - 1);
    }
    const end = Buffer.alloc(0);
    inFlight.push({ out: deflate(end, level, constants.Z_FINISH), input: end });
    await drain(0);
    await this.endEntry(header, crc, compressed, size);
  }

  /** Writes the central directory and closes the file. */
  async finish(): Promise<void> {
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
    await this.handle.close();
  }

  /** Closes the file after a failure (the caller removes it). */
  async abort(): Promise<void> {
    await this.handle.close().catch(() => undefined);
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

/**
 * zlib's output chunk: a megabyte piece of sheet XML deflates to about 170 KB at level 1, so one
 * chunk holds it. With the default 16 KB, each piece came back to the main thread a dozen times
 * (a callback, a buffer and a new thread-pool task each) and was joined at the end: measured on
 * 385 MB of sheet XML, 0.36–0.47 main-thread CPU-s against 0.17–0.23 with this chunk.
 */
const OUT_CHUNK = 256 << 10;

function deflate(data: Buffer, level: number, flush: number): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    deflateRaw(data, { level, finishFlush: flush, chunkSize: OUT_CHUNK }, (err, out) =>
      err ? reject(err) : resolve(out),
    ),
  );
}
