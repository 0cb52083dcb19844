// A CSV file ingested aside (engine/ingest/aside.ts) on a worker thread while the main thread
// ingests the customers: the worker side (runAside, a role of the aside thread: asideThread.ts)
// and the main thread's (startAside). The worker reads and splits the file itself: its ingest
// takes each block as it is split, with nothing to transfer. The other files are split on the
// thread that ingests them (csvSource.ts): until stop 31 a worker split the customers' and
// contacts' files and posted their blocks, which cost more than the split (its start, its
// messages, its blocks: the 100k CSVs' reading phase 3.26-3.73 -> 2.78-2.92 CPU-s without it,
// load 16-18).
import { existsSync, statSync } from "node:fs";
import path from "node:path";
import { parentPort } from "node:worker_threads";
import { ingestAside, type AsideIngest, type AsideJob } from "../../engine/ingest/aside";
import {
  ASIDE_MIN_BYTES,
  asideReporter,
  buffersOf,
  roleThread,
  watchAside,
  type AsideMessage,
} from "./asideThread";
import { openCsv } from "./csvSource";

/** Files smaller than this are ingested in order, on the main thread (a worker costs ~0.1 CPU-s). */
export const WORKER_MIN_BYTES = ASIDE_MIN_BYTES;

/**
 * The aside thread's bundle beside this one (build/cli/asideWorker.js, made by
 * scripts/build-cli.mjs), or null: run from the sources (tsx, jest) there is none, and
 * CA_CSV_WORKER=0 turns it off.
 */
export function csvWorkerScript(): string | null {
  if (process.env.CA_CSV_WORKER === "0") return null;
  const script = path.join(__dirname, "asideWorker.js");
  return existsSync(script) ? script : null;
}

/** What the aside thread is given (its csvAside role: runAside). */
export interface CsvAsideJob {
  file: string;
  job: AsideJob;
}

/** What it says: progress while it reads, then its outcome, or that it has none (an error). */
export type CsvAsideMessage = AsideMessage;

/** The worker's side: ingests the file with its joins deferred and posts the outcome. */
export async function runAside(data: CsvAsideJob): Promise<void> {
  const port = parentPort!;
  const { file, job } = data;
  try {
    // One pass over the file: UTF-8 is checked while it is split (a file that is not fails here,
    // and the main thread reads it again).
    const source = openCsv(
      { [job.kind]: file },
      { workerScript: null, checkUtf8WhileReading: true },
    );
    const told = asideReporter(port);
    const outcome = await ingestAside(source, job, told.progress, told.voided);
    port.postMessage({ outcome } satisfies CsvAsideMessage, buffersOf(outcome));
  } catch (e) {
    // The main thread reads the file again, and meets the same error in its own words.
    port.postMessage({ failed: String((e as Error)?.message ?? e) } satisfies CsvAsideMessage);
  }
}

/**
 * The main thread's side: starts the aside thread (`script`) ingesting `file` aside, when the file
 * is large enough to pay for a thread (`minBytes`); null otherwise. The thread does not keep the
 * process alive until its outcome is awaited.
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
  const data: CsvAsideJob = { file, job };
  return watchAside<CsvAsideMessage>(
    roleThread(script, "csvAside", data),
    onProgress,
    (m) => m.outcome ?? null,
  );
}
