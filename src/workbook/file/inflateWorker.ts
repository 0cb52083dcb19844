import { Readable } from "node:stream";
import { Worker } from "node:worker_threads";
import { readingStopped } from "./readingStopped";

/**
 * A large part (a worksheet of a million rows: 335 MB of XML) read, inflated and checksummed in a
 * worker thread, so that the main thread only scans the bytes (issue 11: a 1,000,000-row sheet at
 * ≥ 500,000 rows/s). Inflating through a zlib stream on the main thread already ran zlib itself in
 * libuv's pool, but every 64 KB read, every inflated piece and the CRC-32 came back to the main
 * thread through stream callbacks: measured at about 0.3 s of its 2 s for that sheet. The worker
 * does all of that and hands over each inflated piece as a transferred buffer (no copy).
 *
 * The worker only reads, inflates and sums: it says how many bytes came out and their running
 * CRC-32; whoever opened the part checks those against the archive's directory and the inflation
 * bounds (zipReader.ts's PartTally), so the checks and their messages stay in one place. At most
 * IN_FLIGHT pieces are on their way at a time: the worker waits for the reader (the sheet is never
 * held whole).
 *
 * The worker's code is a short plain-JS string run with `eval: true`, as deflateWorker.ts's is,
 * so that it runs the same under tsx, jest and the CLI's esbuild bundle.
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require("node:worker_threads");
const { createReadStream } = require("node:fs");
const { crc32, createInflateRaw } = require("node:zlib");
const { path, start, length, method, chunkSize, inFlight } = workerData;
let crc = 0;
let sent = 0;
let acked = 0;
let failed = false;
const raw = createReadStream(path, { start, end: start + length - 1, highWaterMark: 1 << 20 });
const out = method === 8 ? raw.pipe(createInflateRaw({ chunkSize })) : raw;
const fail = (e) => {
  if (failed) return;
  failed = true;
  parentPort.postMessage({ error: String((e && e.message) || e) });
  raw.destroy();
};
raw.on("error", fail);
out.on("error", fail);
out.on("data", (piece) => {
  if (failed) return;
  crc = crc32(piece, crc);
  // A fresh buffer of its own: zlib's pieces share its output buffer and Node's pool.
  const copy = new Uint8Array(piece.length);
  copy.set(piece);
  sent++;
  parentPort.postMessage({ piece: copy.buffer, crc: crc >>> 0 }, [copy.buffer]);
  if (sent - acked >= inFlight) out.pause();
});
out.on("end", () => {
  if (!failed) parentPort.postMessage({ end: true, crc: crc >>> 0 });
});
parentPort.on("message", (m) => {
  acked = m.acked;
  if (sent - acked < inFlight && out.isPaused()) out.resume();
});
`;

/** Pieces on their way from the worker at most (256 KB each: 2 MB). */
const IN_FLIGHT = 8;

/** Where a part's stored bytes are in the file, and how to inflate them. */
export interface StoredPart {
  path: string;
  /** Offset of the part's first stored byte (after its local header). */
  start: number;
  /** Stored (compressed) size. */
  length: number;
  /** 8 deflated, 0 stored. */
  method: number;
  /** Bytes per inflated piece. */
  chunkSize: number;
}

/** What the reader of a part is told as the pieces come (PartTally): an error ends the stream. */
export interface PieceCheck {
  /** A piece of `bytes` bytes came out: an error when the part is now past a bound. */
  piece(bytes: number): Error | null;
  /** The part ended with this CRC-32: an error when its size or checksum is wrong. */
  end(crc: number): Error | null;
  /** An error the worker met (a read error, a damaged deflate stream), as the part's error. */
  failed(message: string): Error;
}

interface WorkerMessage {
  piece?: ArrayBuffer;
  crc?: number;
  end?: boolean;
  error?: string;
}

/** A part's stream started ahead of its reader (`inflateInWorker(…, { ahead: true })`). */
export interface AheadStream extends Readable {
  /**
   * The reader takes the stream: its worker now keeps the process alive (until then it does not,
   * so a run that stops before the read exits as it would without it).
   */
  claim(): void;
}

/**
 * The inflated bytes of a stored part, read and inflated in a worker thread, as a stream of
 * Buffers (pieces of `chunkSize` bytes) that errors with `check`'s error as soon as one is found.
 * The worker starts at the first read, or at once with `ahead` (the reader comes later and calls
 * `claim()`: the first IN_FLIGHT pieces are inflated meanwhile, on the second core).
 *
 * @example
 * const stream = inflateInWorker({ path, start, length, method: 8, chunkSize: 256 << 10 }, check);
 * for await (const piece of stream) scanner.feed(piece);
 */
export function inflateInWorker(
  part: StoredPart,
  check: PieceCheck,
  options: { ahead?: boolean } = {},
): AheadStream {
  let worker: Worker | null = null;
  let consumed = 0;
  let finished = false;
  let claimed = options.ahead !== true;
  const stop = (): void => {
    finished = true;
    const w = worker;
    worker = null;
    void w?.terminate();
  };
  const stream = new Readable({
    // Pieces wait in the worker, not here: one piece at most is buffered on this side.
    highWaterMark: 1,
    objectMode: true,
    read() {
      if (worker === null && !finished) start();
      else if (worker !== null) worker.postMessage({ acked: consumed });
    },
    destroy(error, done) {
      stop();
      done(error);
    },
  }) as AheadStream;
  // A stream started ahead and never read (the run stopped first) errs silently: its reader, if it
  // comes, meets the error when it reads.
  if (!claimed) stream.on("error", () => undefined);
  stream.claim = () => {
    claimed = true;
    worker?.ref();
  };
  const start = (): void => {
    worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: { ...part, inFlight: IN_FLIGHT },
    });
    worker.on("message", (m: WorkerMessage) => {
      if (finished) return;
      if (m.error !== undefined) {
        stop();
        stream.destroy(check.failed(m.error));
        return;
      }
      if (m.end) {
        const error = check.end(m.crc ?? 0);
        stop();
        if (error) stream.destroy(error);
        else stream.push(null);
        return;
      }
      const piece = Buffer.from(m.piece!);
      const error = check.piece(piece.length);
      if (error) {
        stop();
        stream.destroy(error);
        return;
      }
      consumed++;
      stream.push(piece);
    });
    // The thread itself failing (out of memory, an exit) is not the part's fault: said as a
    // stopped reading thread (file.readingStopped), not as a damaged part, as the CSV reader does.
    worker.on("error", (e: Error & { code?: string }) => {
      if (finished) return;
      stop();
      stream.destroy(
        e.code === "ERR_WORKER_OUT_OF_MEMORY" ? readingStopped() : check.failed(e.message),
      );
    });
    worker.on("exit", () => {
      if (finished) return;
      stop();
      stream.destroy(readingStopped());
    });
    // After the listeners: adding a "message" listener refs the worker's port again.
    if (!claimed) worker.unref();
  };
  if (!claimed) start();
  return stream;
}
