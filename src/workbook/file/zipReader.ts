import { promises as fsp } from "node:fs";
import { resolve as resolvePath } from "node:path";
import { Transform, type Readable, type TransformCallback } from "node:stream";
import { crc32, createInflateRaw } from "node:zlib";
import { getHeapStatistics } from "node:v8";
import yauzl from "yauzl";
import { inflateInWorker, type AheadStream, type PieceCheck } from "./inflateWorker";

/**
 * The parts of a zip archive (an .xlsx is one), read through yauzl: the central directory gives the
 * list of parts, one part streams without inflating the others, and yauzl checks each local header
 * against the directory and the inflated size against the declared one. yauzl does not check
 * CRC-32 (its README, "No CRC-32 Checking"): every stream here does, and stops at the first byte
 * past the inflation bounds, so a corrupt or hostile part is refused by name and never read.
 */

/** How far a part may inflate. Both bounds are settings (XlsxSourceOptions.limits). */
export interface InflateLimits {
  /** Largest inflated size of one part, in bytes (default 4 GiB). */
  maxPartBytes: number;
  /** Largest inflated / compressed ratio (default 200), applied past `ratioFloorBytes`. */
  maxRatio: number;
  /** Parts inflating to less than this are never refused for their ratio (default 64 MiB). */
  ratioFloorBytes: number;
  /**
   * Largest inflated size of all parts together (default 16 GiB), checked on the sizes the
   * archive declares when it is opened, before a byte is inflated; a part inflating past its
   * declared size is refused as it happens, so the declared sizes bind.
   */
  maxTotalBytes: number;
  /**
   * Largest part read whole into memory (workbook, relationships, styles; default 256 MiB, less
   * when this process's heap is smaller), checked on its declared size before reading it.
   */
  maxHeldBytes: number;
}

export const DEFAULT_INFLATE_LIMITS: InflateLimits = {
  maxPartBytes: 4 * 1024 ** 3,
  maxRatio: 200,
  ratioFloorBytes: 64 * 1024 ** 2,
  maxTotalBytes: 16 * 1024 ** 3,
  maxHeldBytes: Math.min(256 * 1024 ** 2, Math.floor(getHeapStatistics().heap_size_limit / 8)),
};

/** Why a file is not a readable zip archive; callers turn it into an InputError naming the file. */
export class ZipFormatError extends Error {
  constructor(
    message: string,
    /**
     * "not_zip": not an archive at all; "ole": an encrypted workbook or an old .xls; "corrupt";
     * "too_large": past InflateLimits.maxTotalBytes.
     */
    readonly reason: "not_zip" | "ole" | "corrupt" | "too_large",
  ) {
    super(message);
    this.name = "ZipFormatError";
  }
}

/** One part failed a check: damaged (checksum, size) or past an inflation bound. */
export class ZipPartError extends Error {
  constructor(
    readonly part: string,
    readonly reason: "crc" | "size" | "too_large",
    message: string,
  ) {
    super(message);
    this.name = "ZipPartError";
  }
}

/** One part of the archive, as the central directory describes it. */
export interface ZipPart {
  name: string;
  method: number;
  crc32: number;
  compressedSize: number;
  size: number;
}

/**
 * Parts already inflated and found intact, per file version (path, size, modification time): the
 * writer copies the user's parts raw and checks each first, skipping those the reader checked.
 */
const VERIFIED = new Map<string, Set<string>>();

/** Bytes per inflated piece of a part. */
const INFLATE_CHUNK = 256 * 1024;

const OLE_SIGNATURE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const LOCAL_SIGNATURE = 0x04034b50;

/**
 * An open archive. Close it when done.
 *
 * @example
 * const zip = await ZipReader.open("book.xlsx");
 * zip.has("xl/workbook.xml"); // true
 * const text = (await zip.readBuffer("xl/workbook.xml")).toString("utf8");
 * zip.close();
 */
export class ZipReader {
  private constructor(
    readonly path: string,
    private readonly zip: yauzl.ZipFile,
    private readonly entries: Map<string, yauzl.Entry>,
    readonly limits: InflateLimits,
    private readonly verified: Set<string>,
  ) {}

  /** Opens an archive; throws the file system's error (ENOENT, …) or a ZipFormatError. */
  static async open(path: string, limits: Partial<InflateLimits> = {}): Promise<ZipReader> {
    const handle = await fsp.open(path, "r");
    let head: Buffer;
    let version: string;
    try {
      const stat = await handle.stat();
      version = `${resolvePath(path)}\u0000${stat.size}\u0000${stat.mtimeMs}`;
      const buffer = Buffer.alloc(8);
      const { bytesRead } = await handle.read(buffer, 0, 8, 0);
      head = buffer.subarray(0, bytesRead);
    } finally {
      await handle.close();
    }
    if (head.length === 8 && head.equals(OLE_SIGNATURE)) {
      throw new ZipFormatError("an encrypted workbook or an old .xls file", "ole");
    }
    if (head.length < 4 || head.readUInt32LE(0) !== LOCAL_SIGNATURE) {
      throw new ZipFormatError("not a zip archive", "not_zip");
    }
    const zip = await new Promise<yauzl.ZipFile>((resolve, reject) =>
      yauzl.open(
        path,
        { lazyEntries: true, autoClose: false, validateEntrySizes: true, strictFileNames: false },
        (err, z) => (err || !z ? reject(corrupt(err)) : resolve(z)),
      ),
    );
    const entries = new Map<string, yauzl.Entry>();
    try {
      await new Promise<void>((resolve, reject) => {
        zip.on("entry", (entry: yauzl.Entry) => {
          if (!entry.fileName.endsWith("/")) entries.set(normalise(entry.fileName), entry);
          zip.readEntry();
        });
        zip.on("end", () => resolve());
        zip.on("error", (e) => reject(corrupt(e)));
        zip.readEntry();
      });
    } catch (e) {
      zip.close();
      throw e;
    }
    const bounds = { ...DEFAULT_INFLATE_LIMITS, ...limits };
    let total = 0;
    for (const e of entries.values()) total += e.uncompressedSize;
    if (total > bounds.maxTotalBytes) {
      zip.close();
      throw new ZipFormatError(
        `its parts inflate to ${mb(total)} in all, more than the limit of ${mb(bounds.maxTotalBytes)}`,
        "too_large",
      );
    }
    if (!VERIFIED.has(version)) VERIFIED.set(version, new Set());
    return new ZipReader(path, zip, entries, bounds, VERIFIED.get(version)!);
  }

  close(): void {
    this.zip.close();
  }

  /** True when the archive holds a part of that name (a leading "/" is ignored). */
  has(name: string): boolean {
    return this.entries.has(normalise(name));
  }

  /** The names of all parts, in archive order. */
  names(): string[] {
    return [...this.entries.keys()];
  }

  /** A part's directory record. */
  part(name: string): ZipPart | undefined {
    const e = this.entries.get(normalise(name));
    if (!e) return undefined;
    return {
      name: normalise(name),
      method: e.compressionMethod,
      crc32: e.crc32,
      compressedSize: e.compressedSize,
      size: e.uncompressedSize,
    };
  }

  /**
   * Streams one part, inflated, CRC-checked and bounded: the stream errors with a ZipPartError
   * naming the part when its checksum or size fails or it inflates past the limits. `chunk`: bytes
   * per inflated piece (default 256 KB).
   */
  async open(name: string, options: { chunk?: number } = {}): Promise<Readable> {
    const entry = this.checkedEntry(name);
    // Inflated here rather than by yauzl: in pieces of INFLATE_CHUNK bytes (zlib's default of
    // 16 KB means one callback, one buffer and one stream hop per 16 KB: a large share of a sheet's
    // read time), still in zlib's thread pool, so a sheet inflates on the other core while it is
    // scanned.
    const raw = await this.stream(entry, false);
    const check = new PartCheck(entry, this.limits, () => this.verified.add(normalise(name)));
    raw.on("error", (e) => check.destroy(partError(entry, e)));
    if (entry.compressionMethod === 0) return raw.pipe(check);
    const inflate = createInflateRaw({ chunkSize: options.chunk ?? INFLATE_CHUNK });
    inflate.on("error", (e) => check.destroy(partError(entry, e)));
    return raw.pipe(inflate).pipe(check);
  }

  /**
   * One part's inflated bytes as open() gives them (the same checks, errors and messages), read,
   * inflated and summed in a worker thread (inflateWorker.ts), in pieces each valid until the next
   * is asked for. `ahead`: the worker starts now, for a reader that comes later (AheadStream.claim).
   */
  async openInWorker(name: string, options: { ahead?: boolean } = {}): Promise<AheadStream> {
    const entry = this.checkedEntry(name);
    const start = await this.dataStart(entry);
    const tally = new PartTally(entry, this.limits);
    const check: PieceCheck = {
      piece: (bytes) => tally.count(bytes),
      end: (crc) => {
        const error = tally.end(crc);
        if (!error) this.verified.add(normalise(name));
        return error;
      },
      failed: (message) => partError(entry, new Error(message)),
    };
    const part = {
      path: this.path,
      start,
      length: entry.compressedSize,
      method: entry.compressionMethod,
      chunkSize: INFLATE_CHUNK,
    };
    return inflateInWorker(part, check, { ahead: options.ahead });
  }

  /** A part's entry, refused when its declared size passes a bound or its method is unknown. */
  private checkedEntry(name: string): yauzl.Entry {
    const entry = this.entry(name);
    checkDeclared(entry, this.limits);
    if (entry.compressionMethod !== 0 && entry.compressionMethod !== 8) {
      throw new ZipFormatError(
        `part ${entry.fileName} uses an unsupported compression method`,
        "corrupt",
      );
    }
    return entry;
  }

  /**
   * Streams one part's stored bytes as they are in the archive (still compressed): copying them
   * keeps a part byte for byte without inflating it. The CRC is checked by `verify` separately.
   */
  async openRaw(name: string): Promise<Readable> {
    return this.stream(this.entry(name), false);
  }

  /**
   * Marks a part intact that another thread inflated and checked in full (an aside read,
   * xlsxAsideWorkerMain.ts), when its directory record there (`seen`) is this archive's: the
   * writer then copies it raw without inflating it again. False (nothing marked) when the record
   * differs: the other thread read another version of the file.
   */
  markVerified(name: string, seen: Pick<ZipPart, "crc32" | "size" | "compressedSize">): boolean {
    const here = this.part(name);
    const same =
      here !== undefined &&
      here.crc32 === seen.crc32 &&
      here.size === seen.size &&
      here.compressedSize === seen.compressedSize;
    if (same) this.verified.add(normalise(name));
    return same;
  }

  /** True when a part was inflated in full and found intact (its CRC and size). */
  isVerified(name: string): boolean {
    return this.verified.has(normalise(name));
  }

  /** Inflates a part and checks its CRC and size, discarding the data (for parts copied raw). */
  async verify(name: string): Promise<void> {
    if (this.verified.has(normalise(name))) return;
    const stream = await this.open(name);
    for await (const chunk of stream) void chunk;
  }

  /** Reads one part whole (small parts: workbook, relationships, styles), within maxHeldBytes. */
  async readBuffer(name: string): Promise<Buffer> {
    const entry = this.entry(name);
    if (entry.uncompressedSize > this.limits.maxHeldBytes) {
      throw new ZipPartError(
        entry.fileName,
        "too_large",
        `part ${entry.fileName} inflates to ${mb(entry.uncompressedSize)}, more than the ${mb(this.limits.maxHeldBytes)} a part read whole may take in memory`,
      );
    }
    const chunks: Buffer[] = [];
    for await (const chunk of await this.open(name)) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks);
  }

  async readText(name: string): Promise<string> {
    return (await this.readBuffer(name)).toString("utf8");
  }

  private entry(name: string): yauzl.Entry {
    const entry = this.entries.get(normalise(name));
    if (!entry) throw new ZipFormatError(`the archive has no part ${name}`, "corrupt");
    return entry;
  }

  /** Where a part's stored bytes start in the file (its local header read and checked by yauzl). */
  private dataStart(entry: yauzl.Entry): Promise<number> {
    return new Promise((resolve, reject) =>
      this.zip.readLocalFileHeader(entry, { minimal: true }, (err, header) =>
        err || !header ? reject(partError(entry, err)) : resolve(header.fileDataStart),
      ),
    );
  }

  private stream(entry: yauzl.Entry, decompress: boolean): Promise<Readable> {
    return new Promise((resolve, reject) =>
      // yauzl refuses the decompress option for stored parts: it is given for deflated ones only.
      this.zip.openReadStream(entry, entry.isCompressed() ? { decompress } : {}, (err, s) =>
        err || !s ? reject(partError(entry, err)) : resolve(s),
      ),
    );
  }
}

/** Refuses a part whose declared size already passes a bound, before inflating a byte. */
function checkDeclared(entry: yauzl.Entry, limits: InflateLimits): void {
  if (exceeds(entry.uncompressedSize, entry.compressedSize, limits)) {
    throw tooLarge(entry, entry.uncompressedSize, limits);
  }
}

function exceeds(bytes: number, compressed: number, limits: InflateLimits): boolean {
  return (
    bytes > limits.maxPartBytes ||
    (bytes > limits.ratioFloorBytes && bytes > limits.maxRatio * Math.max(1, compressed))
  );
}

function mb(bytes: number): string {
  return `${Math.round(bytes / 1024 ** 2).toLocaleString("en-US")} MB`;
}

/**
 * The checks on a part's inflated bytes as they come: not past the size the archive declares nor
 * an inflation bound, and at the end exactly that size with the declared CRC-32. Each check gives
 * the error to stop with, or null.
 */
class PartTally {
  private bytes = 0;

  constructor(
    private readonly entry: yauzl.Entry,
    private readonly limits: InflateLimits,
  ) {}

  /** `length` more bytes came out. */
  count(length: number): ZipPartError | null {
    this.bytes += length;
    if (this.bytes > this.entry.uncompressedSize) {
      // Past what the archive declares: the declared sizes are what the total bound checked.
      return new ZipPartError(
        this.entry.fileName,
        "size",
        `part ${this.entry.fileName} inflates past the ${this.entry.uncompressedSize} bytes the archive says`,
      );
    }
    if (exceeds(this.bytes, this.entry.compressedSize, this.limits)) {
      return tooLarge(this.entry, this.bytes, this.limits);
    }
    return null;
  }

  /** The part ended; `crc` is the CRC-32 of all its bytes. */
  end(crc: number): ZipPartError | null {
    if (this.bytes !== this.entry.uncompressedSize) {
      return new ZipPartError(
        this.entry.fileName,
        "size",
        `part ${this.entry.fileName} has ${this.bytes} bytes where the archive says ${this.entry.uncompressedSize}`,
      );
    }
    if (crc >>> 0 !== this.entry.crc32 >>> 0) {
      return new ZipPartError(
        this.entry.fileName,
        "crc",
        `part ${this.entry.fileName} fails its CRC-32 checksum`,
      );
    }
    return null;
  }
}

/** Counts and checksums the inflated bytes of one part as they pass (PartTally's checks). */
class PartCheck extends Transform {
  private readonly tally: PartTally;
  private crc = 0;

  constructor(
    entry: yauzl.Entry,
    limits: InflateLimits,
    private readonly onIntact: () => void,
  ) {
    super();
    this.tally = new PartTally(entry, limits);
  }

  override _transform(chunk: Buffer, _enc: BufferEncoding, done: TransformCallback): void {
    const error = this.tally.count(chunk.length);
    if (error) {
      done(error);
      return;
    }
    this.crc = crc32(chunk, this.crc);
    done(null, chunk);
  }

  override _flush(done: TransformCallback): void {
    const error = this.tally.end(this.crc);
    if (error) {
      done(error);
      return;
    }
    this.onIntact();
    done();
  }
}

/** The error for a part past a bound, with the figures. */
export function tooLarge(
  entry: { fileName: string; compressedSize: number },
  bytes: number,
  limits: InflateLimits,
): ZipPartError {
  const ratio = bytes / Math.max(1, entry.compressedSize);
  const why =
    bytes > limits.maxPartBytes
      ? `more than ${mb(limits.maxPartBytes)}, the limit for one part`
      : `more than ${limits.maxRatio} times its compressed size of ${mb(entry.compressedSize)} (${Math.floor(ratio)}×)`;
  return new ZipPartError(
    entry.fileName,
    "too_large",
    `part ${entry.fileName} inflates to ${mb(bytes)}, ${why}`,
  );
}

function partError(entry: yauzl.Entry, error: unknown): Error {
  if (error instanceof ZipPartError || error instanceof ZipFormatError) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new ZipPartError(entry.fileName, "size", `part ${entry.fileName} is damaged (${message})`);
}

function corrupt(error: unknown): ZipFormatError {
  const message = error instanceof Error ? error.message : String(error);
  return new ZipFormatError(message || "the archive is damaged", "corrupt");
}

function normalise(name: string): string {
  return name.replace(/\\/g, "/").replace(/^\/+/, "");
}
