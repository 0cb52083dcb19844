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
export class DeflateWorker {
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
