// The worker's side of a workbook sheet ingested aside (xlsxAsideWorkerMain.ts has the main
// thread's): opens the workbook itself (its shared strings and styles read here: a real Excel
// file's texts are shared strings, a generated one's inline), inflates the sheet through zlib's
// pool, scans and ingests it with its joins deferred (ingestAside), and posts the outcome with its
// table's buffers transferred. This file is the bundle build/cli/xlsxAsideWorker.js
// (scripts/build-cli.mjs); it does nothing when imported.
import { isMainThread, parentPort, workerData } from "node:worker_threads";
import { ingestAside } from "../../engine/ingest/aside";
import { asideReporter, buffersOf } from "./asideThread";
import { XlsxPackage } from "./xlsxPackage";
import { openPackage } from "./xlsxSource";
import type { XlsxAsideData, XlsxAsideMessage } from "./xlsxAsideWorkerMain";

async function run(data: XlsxAsideData): Promise<void> {
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

if (!isMainThread && (workerData as Partial<XlsxAsideData> | null)?.xlsxAside === true)
  void run(workerData as XlsxAsideData);
