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
 * come back with the result, so the caller reuses them: no copy either way.
 *
 * The worker's code is a short plain-JS string run with `eval: true` rather than a module file,
 * so that it works the same under tsx, jest and the esbuild bundle of the CLI (build/cli/main.js)
 * with no second entry point to build or locate.
 */
const WORKER_SOURCE = `
const { parentPort } = require("node:worker_threads");
const { crc32, deflateRawSync } = require("node:zlib");
let crc = 0;
parentPort.on("message", (m) => {
  try {
    if (m.first) crc = 0;
    const data = new Uint8Array(m.input, 0, m.length);
    // (zlib's crc32 of a zero-length buffer with no storage is 0, not the CRC so far)
    if (m.length > 0) crc = crc32(data, crc);
    const z = deflateRawSync(data, { level: m.level, finishFlush: m.flush, chunkSize: 256 << 10 });
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
  /** The deflated bytes. */
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
      if (m.error !== undefined || !m.out) w.reject(new Error(`deflate worker: ${m.error}`));
      else w.resolve({ out: Buffer.from(m.out), crc: m.crc ?? 0, input: m.input });
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
  out?: ArrayBuffer;
  crc?: number;
  error?: string;
}
