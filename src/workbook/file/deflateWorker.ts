import * as zlib from "node:zlib";
import { Worker } from "node:worker_threads";

/**
 * A worker thread that takes a part's pieces in order and gives back each piece deflated and the
 * part's running CRC-32, so that the main thread only builds XML (issue 11: our tabs at ≥ 2.5M
 * cells per second). Before, the CRC ran on the main thread (~0.25 s per 300 MB of sheet XML) and
 * every piece's zlib call came back to it through libuv's pool (a callback and buffers each).
 *
 * Each piece is deflated on its own with a sync flush (the last one, empty, with Z_FINISH): the
 * same calls as before, so the same bytes. One worker, pieces in order: the CRC runs over the
 * pieces as they come (zlib has no crc32_combine in Node, and with two cores a second deflating
 * worker would only compete with the main thread). Pieces travel as transferred ArrayBuffers and
 * come back with the result, so the caller reuses them: no copy either way. The deflated bytes come
 * back in the piece's own buffer, and the worker keeps one zlib stream and one output buffer: a
 * fresh page costs ~20 µs on this machine (a 1 MB piece's zlib state, 256 KB output chunk and
 * result buffer, new per piece before, were 8-14k page faults and 0.3-0.4 CPU-s of a 100k
 * workbook's deflating).
 *
 * The worker's code is a short plain-JS string run with `eval: true` rather than a module file,
 * so that it works the same under tsx, jest and the esbuild bundle of the CLI (build/cli/main.js)
 * with no second entry point to build or locate.
 */
const WORKER_SOURCE = `
const { parentPort } = require("node:worker_threads");
const zlib = require("node:zlib");
const { crc32, deflateRawSync } = zlib;
let crc = 0;
// One zlib stream per level, reset before each piece (the same bytes as a fresh deflateRawSync),
// writing into one output buffer of the worker's: no zlib state, output chunk or result buffer
// allocated per piece. Through the stream's own handle (what deflateRawSync calls); where a Node
// has no such handle, deflateRawSync per piece.
const engines = new Map();
let scratch = null;
function engineFor(level) {
  let e = engines.get(level);
  if (e === undefined) {
    const z = zlib.createDeflateRaw({ level }); // throws for a level zlib refuses, as deflateRawSync does
    const ok = z._handle && typeof z._handle.writeSync === "function" && z._writeState && typeof z.reset === "function";
    // (a failed write destroys the stream and emits its error later: listened to, not thrown)
    z.on("error", () => undefined);
    if (!ok) z.close();
    e = ok ? z : null;
    engines.set(level, e);
  }
  return e;
}
/** The piece deflated into scratch: its length, or -1 when it did not fit (or no handle). */
function deflateInto(data, level, flush) {
  const e = engineFor(level);
  if (e === null) return -1;
  const room = data.length + (data.length >> 3) + 65536;
  if (scratch === null || scratch.length < room) scratch = Buffer.allocUnsafeSlow(room);
  try {
    e.reset();
    e._handle.writeSync(flush, data, 0, data.length, scratch, 0, scratch.length);
  } catch {
    engines.set(level, null); // a Node whose handle works otherwise: deflateRawSync from now on
    return -1;
  }
  if (e.destroyed) {
    engines.delete(level); // zlib refused: deflateRawSync says why
    return -1;
  }
  const state = e._writeState;
  if (state[1] !== 0 || state[0] === 0) return -1; // input left, or the output may go on
  return scratch.length - state[0];
}
parentPort.on("message", (m) => {
  try {
    if (m.first) crc = 0;
    const data = new Uint8Array(m.input, 0, m.length);
    // (zlib's crc32 of a zero-length buffer with no storage is 0, not the CRC so far)
    if (m.length > 0) crc = crc32(data, crc);
    const n = deflateInto(data, m.level, m.flush);
    if (n >= 0 && n <= m.input.byteLength) {
      // The deflated bytes go back in the piece's own buffer, over the piece (read by now).
      new Uint8Array(m.input, 0, n).set(scratch.subarray(0, n));
      parentPort.postMessage({ id: m.id, input: m.input, outLength: n, crc: crc >>> 0 }, [m.input]);
      return;
    }
    const z = n >= 0 ? scratch.subarray(0, n) : deflateRawSync(data, { level: m.level, finishFlush: m.flush, chunkSize: 256 << 10 });
    // A fresh, exactly sized buffer of its own: small zlib results can sit in Node's shared pool,
    // which must never be transferred.
    const out = new Uint8Array(z.length);
    out.set(z);
    parentPort.postMessage({ id: m.id, input: m.input, out: out.buffer, crc: crc >>> 0 }, [m.input, out.buffer]);
  } catch (e) {
    parentPort.postMessage({ id: m.id, input: m.input, error: String((e && e.stack) || e) }, [m.input]);
  }
});
`;

/** What the worker gives back for a piece. */
export interface DeflatedPiece {
  /**
   * The deflated bytes: most often a view of the start of `input` (the worker writes them over
   * the piece), so the buffer is reused only once they are written out.
   */
  out: Buffer;
  /** The CRC-32 of the part's pieces so far, this one included. */
  crc: number;
  /** The piece's buffer, handed back for reuse. */
  input: ArrayBuffer;
}

/**
 * @example
 * const w = new DeflateWorker();
 * const done = w.deflate(buffer, length, { first: true, level: 1, flush: constants.Z_SYNC_FLUSH });
 * const { out, crc } = await done; await w.close();
 */
export class DeflateWorker implements Deflater {
  readonly continuous = false;
  private readonly worker: Worker;
  private nextId = 0;
  private readonly waiting = new Map<
    number,
    { resolve: (p: DeflatedPiece) => void; reject: (e: Error) => void }
  >();
  private failed: Error | null = null;

  constructor() {
    this.worker = new Worker(WORKER_SOURCE, { eval: true });
    // Idle, the worker does not keep the process alive; with pieces in flight it does.
    this.worker.unref();
    this.worker.on("message", (m: WorkerReply) => {
      const w = this.waiting.get(m.id);
      this.waiting.delete(m.id);
      if (this.waiting.size === 0) this.worker.unref();
      if (!w) return;
      if (m.error !== undefined) w.reject(new Error(`deflate worker: ${m.error}`));
      else if (m.out) w.resolve({ out: Buffer.from(m.out), crc: m.crc ?? 0, input: m.input });
      else if (m.outLength !== undefined)
        w.resolve({ out: Buffer.from(m.input, 0, m.outLength), crc: m.crc ?? 0, input: m.input });
      else w.reject(new Error("deflate worker: no output"));
    });
    const fail = (e: Error): void => {
      this.failed = e;
      for (const w of this.waiting.values()) w.reject(e);
      this.waiting.clear();
    };
    this.worker.on("error", fail);
    this.worker.on("exit", (code) => {
      if (this.waiting.size > 0) fail(new Error(`deflate worker stopped (exit code ${code})`));
    });
  }

  /**
   * Deflates the first `length` bytes of `input` (transferred: unusable here until given back).
   * `first` starts a new part's CRC. Pieces are done in the order they are given.
   */
  deflate(
    input: ArrayBuffer,
    length: number,
    o: { first: boolean; level: number; flush: number },
  ): Promise<DeflatedPiece> {
    if (this.failed) return Promise.reject(this.failed);
    const id = this.nextId++;
    return new Promise<DeflatedPiece>((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      this.worker.ref();
      this.worker.postMessage({ id, input, length, ...o }, [input]);
    });
  }

  /** Stops the worker. */
  async close(): Promise<void> {
    await this.worker.terminate();
  }
}

interface WorkerReply {
  id: number;
  input: ArrayBuffer;
  /** The deflated bytes in a buffer of their own, or (outLength) at the start of input. */
  out?: ArrayBuffer;
  outLength?: number;
  crc?: number;
  error?: string;
}

/** What ZipWriter needs of a compressor: DeflateWorker, or PoolDeflater where Node allows it. */
export interface Deflater {
  /**
   * True: a part is one deflate stream (`first` starts it; pieces before the last are deflated
   * with Z_NO_FLUSH, the CRC is the last piece's); false: each piece is deflated on its own.
   */
  readonly continuous: boolean;
  deflate(
    input: ArrayBuffer,
    length: number,
    o: { first: boolean; level: number; flush: number },
  ): Promise<DeflatedPiece>;
  close(): Promise<void>;
}

/** Node's zlib binding (the class behind its zlib streams), used directly. */
interface ZlibHandle {
  init(
    windowBits: number,
    level: number,
    memLevel: number,
    strategy: number,
    state: Uint32Array,
    done: () => void,
    dictionary: undefined,
  ): void;
  write(
    flush: number,
    input: Uint8Array,
    inOffset: number,
    inLength: number,
    out: Uint8Array,
    outOffset: number,
    outLength: number,
  ): void;
  reset(): void;
  close(): void;
  onerror?: (message: string, errno: number) => void;
}

interface PoolJob {
  input: ArrayBuffer;
  length: number;
  first: boolean;
  level: number;
  flush: number;
  resolve: (p: DeflatedPiece) => void;
  reject: (e: Error) => void;
}

/** A gzip member's header (10 bytes, no name) and trailer (CRC-32 and size, 8 bytes). */
const GZIP_HEAD = 10;
const GZIP_TAIL = 8;

/**
 * Deflates on libuv's thread pool through Node's zlib binding, no worker thread: a worker's boot
 * (its isolate and Node's bootstrap, ~0.1 CPU-s and ~1,500 fresh pages) was a tenth of writing a
 * 100,000-customer workbook's parts. A part is one gzip stream (one zlib state per level, reset
 * for each part): zlib computes the CRC-32 as it reads the input, and the stream's header and
 * trailer (which holds that CRC) are cut off, leaving the raw deflate data a zip holds. Pieces go
 * one at a time (a zlib stream takes one write at a time), in the order given; the deflated bytes
 * come back over the start of the piece's own buffer when they fit (they are copied out of one
 * reused output buffer), else in one of their own.
 *
 * `create` returns null where the binding is not what this expects (another Node): ZipWriter then
 * uses DeflateWorker.
 */
export class PoolDeflater implements Deflater {
  readonly continuous = true;
  private readonly handles = new Map<number, ZlibHandle>();
  private readonly state = new Uint32Array(2);
  private readonly queue: PoolJob[] = [];
  private current: PoolJob | null = null;
  /** Output bytes of the current piece from earlier calls (the output buffer filled up). */
  private spilled: Buffer[] = [];
  /** Where the current piece's input not yet taken starts. */
  private inOffset = 0;
  /** Header bytes of the current part still to cut off. */
  private head = 0;
  private out = Buffer.alloc(0);
  private failed: Error | null = null;

  private constructor(private readonly Zlib: new (mode: number) => ZlibHandle) {}

  /** A deflater on the thread pool, or null where Node's zlib binding cannot be driven so. */
  static create(): PoolDeflater | null {
    try {
      const probe = zlib.createDeflateRaw() as unknown as { _handle?: object };
      const Zlib = probe._handle?.constructor as (new (mode: number) => ZlibHandle) | undefined;
      (probe as unknown as { close(): void }).close();
      if (typeof Zlib !== "function") return null;
      const proto = Zlib.prototype as Partial<ZlibHandle>;
      const ok = ["init", "write", "reset", "close"].every(
        (m) => typeof (proto as Record<string, unknown>)[m] === "function",
      );
      return ok ? new PoolDeflater(Zlib) : null;
    } catch {
      return null;
    }
  }

  deflate(
    input: ArrayBuffer,
    length: number,
    o: { first: boolean; level: number; flush: number },
  ): Promise<DeflatedPiece> {
    if (this.failed) return Promise.reject(this.failed);
    return new Promise<DeflatedPiece>((resolve, reject) => {
      this.queue.push({ input, length, ...o, resolve, reject });
      if (this.current === null) this.next();
    });
  }

  async close(): Promise<void> {
    // (a write in progress finishes first: the binding closes after it)
    this.fail(new Error("deflate: closed"));
    for (const h of this.handles.values()) h.close();
    this.handles.clear();
  }

  private handleFor(level: number): ZlibHandle {
    let h = this.handles.get(level);
    if (h === undefined) {
      // Checked as zlib streams check it (the binding would abort the process on a bad level).
      zlib.createDeflateRaw({ level }).close();
      h = new this.Zlib(zlib.constants.GZIP);
      h.onerror = (message) => this.fail(new Error(`deflate: ${message}`));
      h.init(
        15,
        level,
        8,
        zlib.constants.Z_DEFAULT_STRATEGY,
        this.state,
        () => this.written(),
        undefined,
      );
      this.handles.set(level, h);
    }
    return h;
  }

  private next(): void {
    const job = this.queue.shift();
    this.current = job ?? null;
    if (!job) return;
    try {
      const h = this.handleFor(job.level);
      if (job.first) {
        h.reset();
        this.head = GZIP_HEAD;
      }
      const room = job.length + (job.length >> 3) + 65536;
      if (this.out.length < room) this.out = Buffer.allocUnsafeSlow(room);
      this.inOffset = 0;
      this.spilled = [];
      h.write(
        job.flush,
        new Uint8Array(job.input, 0, job.length),
        0,
        job.length,
        this.out,
        0,
        this.out.length,
      );
    } catch (e) {
      this.fail(e as Error);
    }
  }

  /** zlib's callback: the current piece's write is done (or its output buffer is full). */
  private written(): void {
    const job = this.current;
    if (!job || this.failed) return;
    const [availOut, availIn] = this.state;
    const produced = this.out.length - availOut;
    if (availOut === 0) {
      // Output full: keep it and go on with the rest of the piece.
      this.spilled.push(Buffer.from(this.out.subarray(0, produced)));
      this.inOffset = job.length - availIn;
      const input = new Uint8Array(job.input, 0, job.length);
      this.handles
        .get(job.level)!
        .write(job.flush, input, this.inOffset, availIn, this.out, 0, this.out.length);
      return;
    }
    let bytes = this.out.subarray(0, produced);
    if (this.spilled.length > 0) bytes = Buffer.concat([...this.spilled, bytes]);
    const from = Math.min(this.head, bytes.length);
    this.head -= from;
    let to = bytes.length;
    let crc = 0;
    if (job.flush === zlib.constants.Z_FINISH) {
      if (to - from < GZIP_TAIL) {
        this.fail(new Error("deflate: the stream ended without its trailer"));
        return;
      }
      to -= GZIP_TAIL;
      crc = bytes.readUInt32LE(to);
    }
    const n = to - from;
    let out: Buffer;
    if (n <= job.input.byteLength) {
      // Over the piece (read by now: zlib takes all of a write's input before it returns).
      out = Buffer.from(job.input, 0, n);
      bytes.copy(out, 0, from, to);
    } else out = Buffer.from(bytes.subarray(from, to));
    job.resolve({ out, crc, input: job.input });
    this.next();
  }

  private fail(e: Error): void {
    this.failed ??= e;
    const jobs = this.current ? [this.current, ...this.queue] : [...this.queue];
    this.current = null;
    this.queue.length = 0;
    for (const j of jobs) j.reject(this.failed);
  }
}
