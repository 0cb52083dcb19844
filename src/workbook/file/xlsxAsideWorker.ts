// The worker's side of a workbook sheet ingested aside (xlsxAsideWorkerMain.ts has the main
// thread's): opens the workbook itself (its shared strings and styles read here: a real Excel
// file's texts are shared strings, a generated one's inline), inflates the sheet through zlib's
// pool, scans and ingests it with its joins deferred (ingestAside), and posts the outcome with its
// table's buffers transferred. A role of the aside thread (asideThread.ts: src/cli/asideWorker.ts
// runs it).
import { parentPort } from "node:worker_threads";
import { ingestAside } from "../../engine/ingest/aside";
import { asideReporter, buffersOf } from "./asideThread";
import { XlsxPackage } from "./xlsxPackage";
import { openPackage } from "./xlsxSource";
import type { XlsxAsideData, XlsxAsideMessage } from "./xlsxAsideWorkerMain";

/** The worker's side: ingests the sheet with its joins deferred and posts the outcome. */
export async function runXlsxAside(data: XlsxAsideData): Promise<void> {
  const port = parentPort!;
  let pkg: XlsxPackage | null = null;
  try {
    // Inflated on this thread's zlib pool: no worker of its own (workerBytes Infinity).
    pkg = await XlsxPackage.open(data.file, { limits: data.limits, workerBytes: Infinity });
    const source = openPackage(pkg, { blockRows: data.blockRows });
    const told = asideReporter(port);
    const outcome = await ingestAside(source, data.job, told.progress, told.voided);
    const part = pkg.sheet(data.job.sheetName)?.part;
    const intact = part && pkg.zip.isVerified(part) ? pkg.zip.part(part) : undefined;
    const read = pkg.readingParts.map((name) => pkg!.zip.part(name)!);
    const message: XlsxAsideMessage = { outcome, intact, read };
    port.postMessage(message, buffersOf(outcome));
  } catch (e) {
    // The main thread reads the sheet again, and meets the same error in its own words.
    port.postMessage({ failed: String((e as Error)?.message ?? e) } satisfies XlsxAsideMessage);
  } finally {
    pkg?.close();
  }
}
