// A CSV file ingested aside (engine/ingest/aside.ts) on a worker thread while the main thread
// ingests the customers: the worker side (runAside, in build/cli/csvWorker.js) and the main
// thread's (startAside). The worker reads and splits the file itself (no second worker): its
// ingest takes each block as it is split, with nothing to transfer.
import { statSync } from "node:fs";
import { parentPort, Worker } from "node:worker_threads";
import { ingestAside, type AsideIngest, type AsideJob } from "../../engine/ingest/aside";
import { asideReporter, buffersOf, watchAside, type AsideMessage } from "./asideThread";
import { openCsv } from "./csvSource";

/** What an aside worker is given (csvWorker.ts runs runAside for it). */
export interface CsvAsideJob {
  csvWorker: true;
  aside: { file: string; job: AsideJob };
}

/** What it says: progress while it reads, then its outcome, or that it has none (an error). */
export type CsvAsideMessage = AsideMessage;

/** The worker's side: ingests the file with its joins deferred and posts the outcome. */
export async function runAside(data: CsvAsideJob["aside"]): Promise<void> {
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
  return watchAside<CsvAsideMessage>(
    new Worker(script, { workerData }),
    onProgress,
    (m) => m.outcome ?? null,
  );
}
