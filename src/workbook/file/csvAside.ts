// A CSV file ingested aside (engine/ingest/aside.ts) on a worker thread while the main thread
// ingests the customers: the worker side (runAside, in build/cli/csvWorker.js) and the main
// thread's (startAside). The worker reads and splits the file itself (no second worker): its
// ingest takes each block as it is split, with nothing to transfer.
import { statSync } from "node:fs";
import { parentPort, Worker } from "node:worker_threads";
import {
  ingestAside,
  type AsideIngest,
  type AsideJob,
  type AsideOutcome,
} from "../../engine/ingest/aside";
import { openCsv } from "./csvSource";

/** What an aside worker is given (csvWorker.ts runs runAside for it). */
export interface CsvAsideJob {
  csvWorker: true;
  aside: { file: string; job: AsideJob };
}

/** What it says: progress while it reads, then its outcome, or that it has none (an error). */
export interface CsvAsideMessage {
  progress?: [number, number | undefined];
  /** Customer ids met since the last message, and whether the guess is void (AsideSoFar). */
  ids?: Int32Array;
  void?: boolean;
  outcome?: AsideOutcome;
  failed?: string;
}

/** The worker's side: ingests the file with its joins deferred and posts the outcome. */
export async function runAside(data: CsvAsideJob["aside"]): Promise<void> {
  const port = parentPort!;
  const { file, job } = data;
  try {
    const source = openCsv({ [job.kind]: file }, { workerScript: null });
    let told = 0;
    const pending: Int32Array[] = [];
    let pendingIds = 0;
    let toldVoid = false;
    const outcome = await ingestAside(
      source,
      job,
      (_kind, done, total) => {
        // A few progress lines are enough: each message costs the main thread a little.
        if (done - told < 50_000) return;
        told = done;
        port.postMessage({ progress: [done, total] } satisfies CsvAsideMessage);
      },
      (ids, isVoid) => {
        // Gathered into a message per IDS_PER_MESSAGE ids (a message per block of 5,000 cost ~0.7
        // ms each on this thread); a void guess is told at once.
        if (ids.length > 0) pending.push(ids);
        pendingIds += ids.length;
        if (pendingIds < IDS_PER_MESSAGE && !(isVoid && !toldVoid)) return;
        toldVoid ||= isVoid;
        const all = joined(pending, pendingIds);
        pending.length = 0;
        pendingIds = 0;
        const message: CsvAsideMessage = { ids: all, void: isVoid };
        port.postMessage(message, [all.buffer as ArrayBuffer]);
      },
    );
    port.postMessage({ outcome } satisfies CsvAsideMessage, buffersOf(outcome));
  } catch (e) {
    // The main thread reads the file again, and meets the same error in its own words.
    port.postMessage({ failed: String((e as Error)?.message ?? e) } satisfies CsvAsideMessage);
  }
}

/** Customer ids told to the main thread at a time (AsideSoFar: an early look, not the outcome). */
const IDS_PER_MESSAGE = 100_000;

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

/** The table's typed arrays' buffers, transferred rather than copied (the main thread owns them now). */
function buffersOf(outcome: AsideOutcome): ArrayBuffer[] {
  const out = new Set<ArrayBuffer>();
  const table = outcome.result?.table as Record<string, unknown> | undefined;
  for (const value of Object.values(table ?? {}))
    if (ArrayBuffer.isView(value) && value.buffer instanceof ArrayBuffer) out.add(value.buffer);
  return [...out];
}

/**
 * The main thread's side: starts a worker (the CSV worker's script) ingesting `file` aside, when the
 * file is large enough to pay for a thread (`minBytes`); null otherwise. The worker does not keep
 * the process alive until its outcome is awaited.
 */
export function startAside(
  script: string,
  file: string,
  job: AsideJob,
  minBytes: number,
  onProgress: (rowsDone: number, rowsTotal?: number) => void,
): AsideIngest | null {
  try {
    if (statSync(file).size < minBytes) return null;
  } catch {
    return null; // the usual read names the file
  }
  const workerData: CsvAsideJob = { csvWorker: true, aside: { file, job } };
  const worker = new Worker(script, { workerData });
  worker.unref();
  let settle: (outcome: AsideOutcome | null) => void = () => undefined;
  const outcome = new Promise<AsideOutcome | null>((resolve) => (settle = resolve));
  const soFar: { ids: Int32Array[]; void: boolean } = { ids: [], void: false };
  worker.on("message", (m: CsvAsideMessage) => {
    if (m.progress) onProgress(m.progress[0], m.progress[1]);
    else if (m.ids) {
      soFar.ids.push(m.ids);
      soFar.void ||= m.void === true;
    } else settle(m.outcome ?? null);
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
