// The CSV read's second core (issue 11): a worker thread reads a UTF-8 CSV file and splits it into
// column blocks (CsvByteRecords, the same code as the main thread's read), and hands each piece's
// blocks to the main thread with their buffers transferred (no copy), while the main thread ingests
// the blocks before them, or another file. The main thread's side is csvWorkerRead.ts. This file is
// the bundle build/cli/csvWorker.js (scripts/build-cli.mjs); it does nothing when imported.
import { isMainThread, parentPort, workerData } from "node:worker_threads";
import {
  blockBuffers,
  ColumnBlockBuilder,
  objectArray,
  type ColumnBlock,
} from "../../engine/ingest/columnBlock";
import { CsvByteRecords } from "./csvBytes";
import { parseRaw } from "../../engine/ingest/rawCells";
import type { CsvAsideJob } from "./csvAside";
import { openPieces, type PieceReader } from "./csvFile";

/** What the worker is given. */
export interface CsvWorkerJob {
  csvWorker: true;
  file: string;
  delimiter: string;
  blockRows: number;
  pieceBytes: number;
  /** Pieces sent and not yet taken by the main thread at most (then the worker waits). */
  ahead: number;
}

/** What the worker says after each piece of the file: the blocks it completed, or an error. */
export interface CsvWorkerMessage {
  /** The blocks (without `decode`: the main thread makes it) and each one's first row. */
  blocks?: [ColumnBlock, number][];
  /** Records split so far, bytes of the file read so far, and whether the file has ended. */
  records?: number;
  bytes?: number;
  done?: boolean;
  /** A read or split error: its message and code (a Quote Not Closed, ENOENT, …). */
  error?: { message: string; code?: string };
}

/** Bytes of the file's first piece (later pieces: the job's pieceBytes). */
const FIRST_PIECE_BYTES = 32 * 1024;

/** Array buffers at most this large are copied, not transferred: Node's Buffer pool is one. */
export const SHARED_MAX = 8192;

/**
 * What the main thread posts: a job (on standby), or that it took a piece (and how to parse), with
 * the piece's blocks once it is done with them (columnBlock.ts handBack), for later pieces.
 */
export interface ToWorker {
  job?: CsvWorkerJob;
  acked?: number;
  parse?: number[];
  back?: ColumnBlock[];
}

/**
 * Blocks handed back by the main thread, not yet recycled: their arrays and piece buffers serve
 * the next pieces, of this read or the next one (the worker reads the contacts after the
 * customers), instead of new memory each piece (~10 µs a page fault on the project's test VM).
 */
const returned: ColumnBlock[] = [];

/** The running read's handler of the main thread's acks (null between reads). */
let onAck: ((m: ToWorker) => void) | null = null;
const jobs: CsvWorkerJob[] = [];
let running = false;

/**
 * Runs the jobs posted, one after the other: a worker whose read is over waits for another (the
 * main thread keeps it on standby: csvWorkerRead.ts), so a later file is read without a worker's
 * start-up (~0.2 CPU-s on a loaded machine).
 */
function listen(): void {
  parentPort!.on("message", (m: ToWorker) => {
    if (m?.job) {
      jobs.push(m.job);
      void runJobs();
    } else {
      if (m.back) for (const block of m.back) returned.push(block);
      onAck?.(m);
    }
  });
}

async function runJobs(): Promise<void> {
  if (running) return;
  running = true;
  while (jobs.length > 0) await run(jobs.shift()!);
  running = false;
}

async function run(job: CsvWorkerJob): Promise<void> {
  const port = parentPort!;
  let acked = 0;
  let wake: (() => void) | null = null;
  let plan: number[] | undefined;
  onAck = (m) => {
    acked = m.acked ?? acked;
    if (m.parse) plan = m.parse;
    const w = wake;
    wake = null;
    w?.();
  };
  const builder = new ColumnBlockBuilder(job.blockRows);
  // Made for objects (objectArray): the record callback's first push deopted it on a `[]`.
  let ready: [ColumnBlock, number][] = objectArray();
  let firstRow = 1;
  const split = new CsvByteRecords(job.delimiter, builder, () => {
    if (builder.row === 0) firstRow = split.records;
    builder.nextRow();
    if (builder.full) ready.push([builder.take(), firstRow]);
  });
  let sent = 0;
  let bytes = 0;
  let handle: PieceReader | null = null;
  try {
    handle = await openPieces(job.file);
    for (;;) {
      // The first piece is small: its block reaches the main thread (which waits for it, its
      // ingest code still cold) after a small split, and the rest is split meanwhile.
      const size = sent === 0 ? Math.min(job.pieceBytes, FIRST_PIECE_BYTES) : job.pieceBytes;
      for (const block of returned.splice(0)) {
        const bytes = block.bytes;
        builder.recycle(block);
        if (bytes !== undefined)
          split.recycle(Buffer.from(bytes.buffer, 0, bytes.buffer.byteLength));
      }
      const { buffer, at } = split.buffer(size);
      const bytesRead = await handle.read(buffer, at, size);
      const done = bytesRead === 0;
      if (done) split.end();
      else {
        bytes += bytesRead;
        split.pushRead(buffer, at + bytesRead);
      }
      // The next piece is other bytes: the rows so far go as a block of their own.
      if (builder.row > 0) ready.push([builder.take(), firstRow]);
      const blocks = ready;
      ready = objectArray();
      if (plan) for (const [block] of blocks) parseRaw(block, plan, () => builder.floats());
      const message: CsvWorkerMessage = { blocks, records: split.records, bytes, done };
      port.postMessage(message, transferable(blocks));
      sent++;
      if (done) break;
      while (sent - acked >= job.ahead) await new Promise<void>((resolve) => (wake = resolve));
    }
  } catch (e) {
    const error = e as { message?: string; code?: unknown };
    const code = typeof error?.code === "string" ? error.code : undefined;
    port.postMessage({ error: { message: String(error?.message ?? e), code } });
  } finally {
    onAck = null;
    await handle?.close(); // the main thread keeps the worker for another read, or ends it
  }
}

/** The blocks' own array buffers (each once), to transfer rather than copy. */
function transferable(blocks: [ColumnBlock, number][]): ArrayBuffer[] {
  for (const [block] of blocks) delete block.decode;
  return blockBuffers(
    blocks.map(([block]) => block),
    SHARED_MAX,
  );
}

/** A worker started on standby (src/cli/loader.ts) waits for its job in a first message. */
export interface CsvWorkerStandby {
  csvWorker: true;
  standby: true;
}

if (!isMainThread && (workerData as Partial<CsvWorkerJob> | null)?.csvWorker === true) {
  const aside = (workerData as Partial<CsvAsideJob>).aside;
  // An aside ingest (csvAside.ts): required here, so its modules load only in such a worker.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  if (aside) void (require("./csvAside") as typeof import("./csvAside")).runAside(aside);
  else {
    listen();
    if ((workerData as Partial<CsvWorkerStandby>).standby !== true) {
      jobs.push(workerData as CsvWorkerJob);
      void runJobs();
    }
  }
}
