import { existsSync } from "node:fs";
import path from "node:path";
import { Worker } from "node:worker_threads";
import { blockBuffers, handBack, type ColumnBlock } from "../../engine/ingest/columnBlock";
import type { SheetNotes } from "../../engine/ingest/workbook";
import { decoderOf } from "./csvBytes";
import type { ReadPosition } from "./csvSource";
import type { CsvWorkerJob, CsvWorkerMessage, ToWorker } from "./csvWorker";
import { fileError, readingStopped } from "./fileErrors";

/** Files smaller than this are split on the main thread (a worker costs ~30 ms to start). */
export const WORKER_MIN_BYTES = 4 << 20;

/**
 * Pieces (256 KB of the file each) the worker may be ahead of the main thread: enough that the
 * main thread does not wait for it, few enough that the pieces handed back serve it (new memory
 * costs a page fault per 4 KB).
 */
const AHEAD = 8;

/** Array buffers at most this large are copied back, not transferred (csvWorker's SHARED_MAX). */
const COPIED_MAX = 8192;

/**
 * The worker bundle beside this one (build/cli/csvWorker.js, made by scripts/build-cli.mjs), or null:
 * run from the sources (tsx, jest) there is none, and CA_CSV_WORKER=0 turns it off.
 */
export function csvWorkerScript(): string | null {
  if (process.env.CA_CSV_WORKER === "0") return null;
  const script = path.join(__dirname, "csvWorker.js");
  return existsSync(script) ? script : null;
}

/** The global the loader (src/cli/loader.ts) leaves its standby worker under. */
const STANDBY_KEY = Symbol.for("customer-analytics.csvWorker.standby");

/**
 * The CSV worker the loader started on standby before the bundle loaded, once: when it runs this
 * very script and is still alive (a thread that failed to start has threadId -1), else null.
 */
export function takeStandby(script: string): Worker | null {
  const slot = globalThis as Record<symbol, unknown>;
  const standby = slot[STANDBY_KEY];
  if (!(standby instanceof Worker)) return null;
  delete slot[STANDBY_KEY];
  const startedFor = (standby as Worker & { standbyScript?: string }).standbyScript;
  return standby.threadId >= 0 && startedFor === script ? standby : null;
}

/**
 * Keeps a worker whose read is over on standby for the next read of the same script (its jobs
 * run one after the other: csvWorker.ts), when no other worker is waiting there; else ends it.
 * At 100,000 customers the contacts file is read by the worker that read the customers: one
 * worker start-up fewer, and the read's first block comes without waiting for one.
 */
function keepOnStandby(worker: Worker, script: string): void {
  const slot = globalThis as Record<symbol, unknown>;
  worker.removeAllListeners("message");
  worker.removeAllListeners("error");
  worker.removeAllListeners("exit");
  worker.on("error", () => undefined); // the read that takes it is told by its exit
  worker.unref();
  if (slot[STANDBY_KEY] instanceof Worker) {
    void worker.terminate();
    return;
  }
  slot[STANDBY_KEY] = Object.assign(worker, { standbyScript: script });
}

/**
 * A UTF-8 CSV file read and split into column blocks in a worker thread (csvWorker.ts), started
 * before its blocks are wanted (while another file is ingested) or when they are: the worker goes
 * up to AHEAD pieces ahead and waits. `consume` hands the blocks over in order, with the same row
 * numbers and notes (rows expected) as readUtf8Columns on the main thread, and ends the worker.
 * Until then the worker does not keep the process alive (a read never consumed is just dropped).
 *
 * @example const read = new WorkerRead(script, job, at); … await read.consume(onBlock, notes);
 */
export class WorkerRead {
  private readonly worker: Worker;
  private readonly queue: CsvWorkerMessage[] = [];
  private wake: (() => void) | null = null;
  private failure: Error | null = null;
  private ended = false;
  private taken = 0;
  private sentParse = false;

  constructor(
    private readonly script: string,
    private readonly job: Omit<CsvWorkerJob, "csvWorker" | "ahead">,
    private readonly at: ReadPosition,
  ) {
    const workerData: CsvWorkerJob = { ...job, csvWorker: true, ahead: AHEAD };
    const standby = takeStandby(script);
    if (standby) standby.postMessage({ job: workerData });
    this.worker = standby ?? new Worker(script, { workerData });
    this.worker.unref();
    this.worker.on("message", (m: CsvWorkerMessage) => {
      this.queue.push(m);
      this.wakeUp();
    });
    this.worker.on("error", (e: Error) => {
      this.failure ??= e;
      this.wakeUp();
    });
    this.worker.on("exit", () => {
      if (!this.ended) this.failure ??= readingStopped();
      this.wakeUp();
    });
  }

  private wakeUp(): void {
    const w = this.wake;
    this.wake = null;
    w?.();
  }

  private async next(): Promise<CsvWorkerMessage> {
    while (this.queue.length === 0) {
      if (this.failure) throw fileError(this.job.file, this.failure, "csv");
      await new Promise<void>((resolve) => (this.wake = resolve));
    }
    return this.queue.shift()!;
  }

  /** Hands every block to `onBlock` in order (a read or split error is thrown as fileError's). */
  async consume(
    onBlock: (block: ColumnBlock, firstRow: number) => void | Promise<void>,
    notes: SheetNotes | undefined,
  ): Promise<void> {
    this.worker.ref(); // the blocks are awaited now: the worker keeps the process alive
    let finished = false;
    try {
      for (;;) {
        const m = await this.next();
        if (m.error) {
          const error = Object.assign(new Error(m.error.message), { code: m.error.code });
          throw fileError(this.job.file, error, "csv");
        }
        const blocks = m.blocks!;
        for (const [block] of blocks) revive(block);
        const count = m.records!;
        this.at.bytes = m.bytes!;
        if (m.done) notes?.rowsExpected?.(count);
        else if (this.at.bytes > 0 && count > 0)
          notes?.rowsExpected?.(
            Math.max(count, Math.round((count * this.at.size) / this.at.bytes)),
          );
        for (const [block, first] of blocks) await onBlock(block, first);
        // Once ingest says how (it has found the header), the worker reads raw cells ahead.
        const parse = this.sentParse ? undefined : notes?.parse;
        if (parse) this.sentParse = true;
        // From then on ingest keeps no block but one with a row held back (ColumnBlock.kept): the
        // piece's blocks (one buffer of bytes) go back to the worker for its next pieces.
        const done = notes?.parse !== undefined && blocks.every(([block]) => block.kept !== true);
        const back = done ? blocks.map(([block]) => handBack(block)) : undefined;
        const ack: ToWorker = { acked: ++this.taken, parse, back };
        this.worker.postMessage(ack, back ? blockBuffers(back, COPIED_MAX) : undefined);
        if (m.done) {
          finished = true;
          break;
        }
      }
    } finally {
      if (finished) {
        this.ended = true;
        keepOnStandby(this.worker, this.script);
      } else this.stop();
    }
  }

  /** Ends the worker (after the last block, or when the read is given up). */
  stop(): void {
    this.ended = true;
    void this.worker.terminate();
  }
}

/** A block as it came from the worker: its bytes a Buffer again, and `decode` made for them. */
function revive(block: ColumnBlock): void {
  const view = block.bytes;
  if (view === undefined) return;
  const bytes = Buffer.from(view.buffer, view.byteOffset, view.byteLength);
  block.bytes = bytes;
  // Buffer's own decoder: toString's argument checks cost ~40% of the main thread's decodes.
  block.decode = decoderOf(bytes);
}
