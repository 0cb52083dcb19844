// The thread plumbing of a sheet ingested aside (engine/ingest/aside.ts), shared by the CSV path
// (csvAside.ts) and the workbook path (xlsxAsideWorker.ts, xlsxAsideWorkerMain.ts): the worker's
// messages (progress, a void guess, the outcome with its buffers transferred) and the
// main thread's watch over them. One owner: the two paths had copied it (stop 26 reviewer).
import type { MessagePort, Worker } from "node:worker_threads";
import type { AsideIngest, AsideOutcome } from "../../engine/ingest/aside";

/** What an aside worker says: progress, that its guess is void, then its outcome or a failure. */
export interface AsideMessage {
  progress?: [number, number | undefined];
  /** The guess is void (AsideSoFar): the main thread need not wait for the outcome. */
  void?: boolean;
  outcome?: AsideOutcome;
  failed?: string;
}

/** Progress is told every this many rows at most: each message costs the main thread a little. */
const PROGRESS_ROWS = 50_000;

/**
 * The worker's two callbacks for ingestAside: progress every PROGRESS_ROWS rows, and a void guess
 * told at once.
 *
 * @example const told = asideReporter(parentPort!); await ingestAside(source, job, told.progress, told.voided);
 */
export function asideReporter(port: MessagePort): {
  progress: (kind: unknown, done: number, total?: number) => void;
  voided: () => void;
} {
  let told = 0;
  return {
    progress: (_kind, done, total) => {
      if (done - told < PROGRESS_ROWS) return;
      told = done;
      port.postMessage({ progress: [done, total] } satisfies AsideMessage);
    },
    voided: () => port.postMessage({ void: true } satisfies AsideMessage),
  };
}

const TAG = "[object ArrayBuffer]";

/**
 * The table's typed arrays' buffers, transferred rather than copied (the main thread owns them now).
 *
 * @example port.postMessage({ outcome }, buffersOf(outcome));
 */
export function buffersOf(outcome: AsideOutcome): ArrayBuffer[] {
  const out = new Set<ArrayBuffer>();
  const table = outcome.result?.table as Record<string, unknown> | undefined;
  for (const value of Object.values(table ?? {}))
    // Told by its tag, not instanceof: a SharedArrayBuffer cannot be transferred, and an array
    // from another realm (a test's) is no instanceof this one's ArrayBuffer.
    if (ArrayBuffer.isView(value) && Object.prototype.toString.call(value.buffer) === TAG)
      out.add(value.buffer as ArrayBuffer);
  return [...out];
}

/**
 * The main thread's watch over a started aside worker: progress to `onProgress`, a void guess kept
 * for soFar, and the outcome `accept` makes of the worker's last message (null: none, the sheet is read
 * here). An error or exit before it: null. The worker does not keep the process alive until its
 * outcome is awaited.
 *
 * @example return watchAside(new Worker(script, { workerData }), onProgress, (m) => m.outcome ?? null);
 */
export function watchAside<M extends AsideMessage>(
  worker: Worker,
  onProgress: (rowsDone: number, rowsTotal?: number) => void,
  accept: (last: M) => AsideOutcome | null,
): AsideIngest {
  worker.unref();
  let settle: (outcome: AsideOutcome | null) => void = () => undefined;
  const outcome = new Promise<AsideOutcome | null>((resolve) => (settle = resolve));
  const soFar = { void: false };
  worker.on("message", (m: M) => {
    if (m.progress) onProgress(m.progress[0], m.progress[1]);
    else if (m.void === true) soFar.void = true;
    else settle(accept(m));
  });
  worker.on("error", () => settle(null));
  worker.on("exit", () => settle(null));
  return {
    outcome: () => {
      worker.ref(); // awaited now: the worker keeps the process alive
      return outcome;
    },
    cancel: () => void worker.terminate(),
    // Its messages waiting behind this thread's work (the customers' blocks) are taken first.
    soFar: () => new Promise((resolve) => setImmediate(() => resolve(soFar))),
  };
}
