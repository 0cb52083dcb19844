// The thread plumbing of a sheet ingested aside (engine/ingest/aside.ts), shared by the CSV path
// (csvAside.ts) and the workbook path (xlsxAsideWorker.ts, xlsxAsideWorkerMain.ts): the worker's
// messages (progress, customer ids met so far, the outcome with its buffers transferred) and the
// main thread's watch over them. One owner: the two paths had copied it (stop 26 reviewer).
import type { MessagePort, Worker } from "node:worker_threads";
import type { AsideIngest, AsideOutcome } from "../../engine/ingest/aside";

/** What an aside worker says: progress and ids met while it reads, then its outcome or a failure. */
export interface AsideMessage {
  progress?: [number, number | undefined];
  /** Customer ids met since the last message, and whether the guess is void (AsideSoFar). */
  ids?: Int32Array;
  void?: boolean;
  outcome?: AsideOutcome;
  failed?: string;
}

/** Progress is told every this many rows at most: each message costs the main thread a little. */
const PROGRESS_ROWS = 50_000;

/** Customer ids told to the main thread at a time (AsideSoFar: an early look, not the outcome). */
const IDS_PER_MESSAGE = 100_000;

/**
 * The worker's two callbacks for ingestAside: progress every PROGRESS_ROWS rows, and the ids met,
 * gathered into a message per IDS_PER_MESSAGE ids (a message per block of 5,000 cost ~0.7 ms each
 * on the main thread); a void guess is told at once.
 *
 * @example const told = asideReporter(parentPort!); await ingestAside(source, job, told.progress, told.ids);
 */
export function asideReporter(port: MessagePort): {
  progress: (kind: unknown, done: number, total?: number) => void;
  ids: (ids: Int32Array, isVoid: boolean) => void;
} {
  let told = 0;
  const pending: Int32Array[] = [];
  let pendingIds = 0;
  let toldVoid = false;
  return {
    progress: (_kind, done, total) => {
      if (done - told < PROGRESS_ROWS) return;
      told = done;
      port.postMessage({ progress: [done, total] } satisfies AsideMessage);
    },
    ids: (ids, isVoid) => {
      if (ids.length > 0) pending.push(ids);
      pendingIds += ids.length;
      if (pendingIds < IDS_PER_MESSAGE && !(isVoid && !toldVoid)) return;
      toldVoid ||= isVoid;
      const all = joined(pending, pendingIds);
      pending.length = 0;
      pendingIds = 0;
      port.postMessage({ ids: all, void: isVoid } satisfies AsideMessage, [
        all.buffer as ArrayBuffer,
      ]);
    },
  };
}

/** The arrays' values one after the other, in one array. */
function joined(parts: readonly Int32Array[], length: number): Int32Array {
  if (parts.length === 1 && parts[0].length === length) return parts[0];
  const out = new Int32Array(length);
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
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
 * The main thread's watch over a started aside worker: progress to `onProgress`, ids kept for
 * soFar, and the outcome `accept` makes of the worker's last message (null: none, the sheet is read
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
  const soFar: { ids: Int32Array[]; void: boolean } = { ids: [], void: false };
  worker.on("message", (m: M) => {
    if (m.progress) onProgress(m.progress[0], m.progress[1]);
    else if (m.ids) {
      soFar.ids.push(m.ids);
      soFar.void ||= m.void === true;
    } else settle(accept(m));
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
