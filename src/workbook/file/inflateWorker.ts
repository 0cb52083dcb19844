import { Worker } from "node:worker_threads";
import { readingStopped } from "./readingStopped";

/**
 * A large part (a worksheet of a million rows: 275 MB of XML) read, inflated and checksummed in a
 * worker thread, so that the main thread only scans the bytes (issue 11: a 1,000,000-row sheet at
 * ≥ 500,000 rows/s). Inflating through a zlib stream on the main thread runs zlib itself in libuv's
 * pool, but one piece at a time, between the scans: the two never overlap.
 *
 * The pieces come through a ring of SLOTS slots of SLOT_BYTES in a SharedArrayBuffer, not as
 * messages: the worker copies its inflated bytes into the next free slot and publishes it (the
 * ring's head); the reader scans a slot where it lies (a Buffer over the shared memory, no copy)
 * and gives it back when it asks for the next one (the tail). Neither thread wakes the other while
 * the ring is neither empty nor full: the worker, finding it full, sleeps (Atomics.wait) until the
 * reader has emptied half of it; the reader, finding it empty, asks for a message and awaits it.
 * A message per piece each way (stop 32: a transferred buffer out, an acknowledgement back) cost
 * the reader a wake-up of the worker per 256 KB, some 150-500 ms of a 1M-row read spent in
 * postMessage, and kept the two threads taking turns on two cores (CPU-s of the process = wall).
 *
 * The worker only reads, inflates and sums: it says how many bytes came out (per slot) and their
 * CRC-32 at the end; whoever opened the part checks those against the archive's directory and the
 * inflation bounds (zipReader.ts's PartTally), so the checks and their messages stay in one place.
 * The worker is at most the ring (8 MB) ahead of the reader: the sheet is never held whole.
 *
 * The worker's code is a short plain-JS string run with `eval: true`, as deflateWorker.ts's is,
 * so that it runs the same under tsx, jest and the CLI's esbuild bundle.
 */

/** Slots of the ring, and bytes per slot (a piece handed to the reader is one slot's bytes). */
const SLOTS = 8;
const SLOT_BYTES = 1 << 20;

// The ring's control words (Int32 indices), then the slots' lengths, then from DATA the slots.
const HEAD = 0; // slots published by the worker (a count; slot = count % SLOTS)
const TAIL = 1; // slots given back by the reader
const WAITING = 2; // 1: the reader found the ring empty and awaits a message
const STOP = 3; // 1: the reader stopped (the worker ends)
const LENGTHS = 4;
const DATA = 64;

const WORKER_SOURCE = `
const { parentPort, workerData } = require("node:worker_threads");
const { createReadStream } = require("node:fs");
const { crc32, createInflateRaw } = require("node:zlib");
const { path, start, length, method, chunkSize, ring, slots, slotBytes } = workerData;
const ctrl = new Int32Array(ring, 0, ${LENGTHS} + slots);
const data = new Uint8Array(ring, ${DATA}, slots * slotBytes);
let crc = 0;
let head = 0; // slots published
let fill = 0; // bytes in the slot being filled
let failed = false;
const raw = createReadStream(path, { start, end: start + length - 1, highWaterMark: 1 << 20 });
const out = method === 8 ? raw.pipe(createInflateRaw({ chunkSize })) : raw;
const fail = (e) => {
  if (failed) return;
  failed = true;
  parentPort.postMessage({ error: String((e && e.message) || e) });
  raw.destroy();
};
const stopped = () => Atomics.load(ctrl, ${STOP}) === 1;
// The reader asked to be told of new bytes: tell it (once per ask).
const tell = () => {
  if (Atomics.exchange(ctrl, ${WAITING}, 0) === 1) parentPort.postMessage({ more: true });
};
const publish = () => {
  ctrl[${LENGTHS} + (head % slots)] = fill;
  Atomics.store(ctrl, ${HEAD}, ++head);
  fill = 0;
  tell();
};
// Sleeps while the ring is full, until the reader has given half of it back (or stopped).
const room = () => {
  let tail = Atomics.load(ctrl, ${TAIL});
  if (head - tail < slots) return true;
  while (head - tail > slots / 2) {
    if (stopped()) return false;
    Atomics.wait(ctrl, ${TAIL}, tail, 200);
    tail = Atomics.load(ctrl, ${TAIL});
  }
  return !stopped();
};
raw.on("error", fail);
out.on("error", fail);
out.on("data", (piece) => {
  if (failed) return;
  crc = crc32(piece, crc);
  let at = 0;
  while (at < piece.length) {
    if (fill === 0 && !room()) {
      failed = true;
      raw.destroy();
      return;
    }
    const n = Math.min(slotBytes - fill, piece.length - at);
    data.set(piece.subarray(at, at + n), (head % slots) * slotBytes + fill);
    fill += n;
    at += n;
    if (fill === slotBytes) publish();
  }
});
out.on("end", () => {
  if (failed) return;
  if (fill > 0) publish();
  parentPort.postMessage({ end: true, crc: crc >>> 0 });
});
`;

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
  more?: boolean;
  crc?: number;
  end?: boolean;
  error?: string;
}

/**
 * A part's inflated bytes as they come from its worker, read with `for await` (or its iterator's
 * next()). Each piece is a view on a slot of the ring: it holds its bytes until the reader asks
 * for the next piece, then the worker may overwrite them, so a reader keeps a copy of what it
 * keeps (SheetScanner.feed does). Pieces are given back in order; none is given twice.
 */
export interface AheadStream extends AsyncIterable<Buffer> {
  /**
   * The reader takes the stream: its worker now keeps the process alive (until then it does not,
   * so a run that stops before the read exits as it would without it).
   */
  claim(): void;
  /** Ends the stream and its worker (a reader that stops early; harmless at the end). */
  destroy(): void;
}

/**
 * The inflated bytes of a stored part, read and inflated in a worker thread, in pieces of up to a
 * slot (1 MB); reading throws `check`'s error as soon as one is found. The worker starts at the
 * first read, or at once with `ahead` (the reader comes later and calls `claim()`: the ring's
 * first 8 MB are inflated meanwhile, on the second core).
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
  return new RingStream(part, check, options.ahead === true);
}

class RingStream implements AheadStream {
  private worker: Worker | null = null;
  /** The worker was ended (its part read through, an error, or the reader stopped). */
  private finished = false;
  /** destroy() was called: the reader stopped, or another did it for the reader. */
  private destroyed = false;
  private claimed: boolean;
  private ring: SharedArrayBuffer | null = null;
  private ctrl: Int32Array<SharedArrayBuffer> = new Int32Array(new SharedArrayBuffer(0));
  private slots: Buffer[] = [];
  /** Slots given back; a slot lent to the reader (given back at its next read). */
  private tail = 0;
  private lent = false;
  /** The part's CRC-32 once the worker read it through, the error that ends the stream. */
  private endCrc: number | null = null;
  private error: Error | null = null;
  /** Resolves the reader's wait for the worker (a message came). */
  private wake: (() => void) | null = null;

  constructor(
    private readonly part: StoredPart,
    private readonly check: PieceCheck,
    ahead: boolean,
  ) {
    this.claimed = !ahead;
    if (ahead) this.start();
  }

  claim(): void {
    this.claimed = true;
    this.worker?.ref();
  }

  destroy(): void {
    // A read asked for after this, or waiting now, stops with readingStopped: it neither hangs on a
    // ring no worker fills any more nor takes the slots left in it (reviewer8 D1).
    this.destroyed = true;
    if (this.ring !== null && !this.finished) {
      Atomics.store(this.ctrl, STOP, 1);
      Atomics.notify(this.ctrl, TAIL);
    }
    this.stop();
  }

  [Symbol.asyncIterator](): AsyncIterator<Buffer> {
    return {
      next: () => this.next(),
      return: async () => {
        this.destroy();
        return { done: true, value: undefined };
      },
    };
  }

  private async next(): Promise<IteratorResult<Buffer>> {
    if (this.ring === null && !this.finished) this.start();
    const ctrl = this.ctrl;
    if (this.lent) {
      // The reader is done with the slot it has: give it back, and wake the worker when it waits
      // for room and half the ring is free.
      this.lent = false;
      Atomics.store(ctrl, TAIL, ++this.tail);
      if (Atomics.load(ctrl, HEAD) - this.tail <= SLOTS / 2) Atomics.notify(ctrl, TAIL);
    }
    for (;;) {
      if (this.error !== null) {
        const error = this.error;
        this.destroy();
        throw error;
      }
      if (this.destroyed) throw readingStopped();
      if (this.ring === null) return { done: true, value: undefined };
      if (Atomics.load(ctrl, HEAD) > this.tail) {
        const slot = this.tail % SLOTS;
        const length = ctrl[LENGTHS + slot];
        const error = this.check.piece(length);
        if (error) {
          this.error = error;
          continue;
        }
        this.lent = true;
        return { done: false, value: this.slots[slot].subarray(0, length) };
      }
      if (this.endCrc !== null) {
        this.error = this.check.end(this.endCrc);
        this.ring = null;
        continue;
      }
      // The ring is empty: ask the worker to say when it is not, unless it just filled a slot.
      Atomics.store(ctrl, WAITING, 1);
      if (Atomics.load(ctrl, HEAD) > this.tail) continue;
      await new Promise<void>((resolve) => (this.wake = resolve));
    }
  }

  private stop(): void {
    this.finished = true;
    const w = this.worker;
    this.worker = null;
    void w?.terminate();
    this.told();
  }

  private told(): void {
    const wake = this.wake;
    this.wake = null;
    wake?.();
  }

  private fail(error: Error): void {
    if (this.finished) return;
    this.error = error;
    this.stop();
  }

  private start(): void {
    const ring = new SharedArrayBuffer(DATA + SLOTS * SLOT_BYTES);
    this.ring = ring;
    this.ctrl = new Int32Array(ring, 0, LENGTHS + SLOTS);
    this.slots = Array.from({ length: SLOTS }, (_, k) =>
      Buffer.from(ring, DATA + k * SLOT_BYTES, SLOT_BYTES),
    );
    const worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: { ...this.part, ring, slots: SLOTS, slotBytes: SLOT_BYTES },
    });
    this.worker = worker;
    worker.on("message", (m: WorkerMessage) => {
      if (this.finished) return;
      if (m.error !== undefined) {
        this.fail(this.check.failed(m.error));
      } else if (m.end) {
        // Every slot is published before this message: the reader takes them, then the check.
        this.endCrc = m.crc ?? 0;
        this.stop();
      } else {
        this.told();
      }
    });
    // The thread itself failing (out of memory, an exit) is not the part's fault: said as a
    // stopped reading thread (file.readingStopped), not as a damaged part, as the CSV reader does.
    worker.on("error", (e: Error & { code?: string }) =>
      this.fail(
        e.code === "ERR_WORKER_OUT_OF_MEMORY" ? readingStopped() : this.check.failed(e.message),
      ),
    );
    worker.on("exit", () => this.fail(readingStopped()));
    // After the listeners: adding a "message" listener refs the worker's port again.
    if (!this.claimed) worker.unref();
  }
}
