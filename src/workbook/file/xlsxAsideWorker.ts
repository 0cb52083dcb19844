// The worker's side of a workbook sheet ingested aside (xlsxAsideWorkerMain.ts has the main
// thread's): opens the workbook itself (its shared strings and styles read here: a real Excel
// file's texts are shared strings, a generated one's inline), inflates the sheet through zlib's
// pool, scans and ingests it with its joins deferred (ingestAside), and posts the outcome with its
// table's buffers transferred. This file is the bundle build/cli/xlsxAsideWorker.js
// (scripts/build-cli.mjs); it does nothing when imported.
import { isMainThread, parentPort, workerData } from "node:worker_threads";
import { ingestAside, type AsideOutcome } from "../../engine/ingest/aside";
import { XlsxPackage } from "./xlsxPackage";
import { openPackage } from "./xlsxSource";
import type { XlsxAsideData, XlsxAsideMessage } from "./xlsxAsideWorkerMain";

/** Progress is told every this many rows at most: each message costs the main thread a little. */
const PROGRESS_ROWS = 50_000;

async function run(data: XlsxAsideData): Promise<void> {
  const port = parentPort!;
  let pkg: XlsxPackage | null = null;
  try {
    // Inflated on this thread's zlib pool: no worker of its own (workerBytes Infinity).
    pkg = await XlsxPackage.open(data.file, { limits: data.limits, workerBytes: Infinity });
    const source = openPackage(pkg, { blockRows: data.blockRows });
    let told = 0;
    const pending: Int32Array[] = [];
    let pendingIds = 0;
    let toldVoid = false;
    const outcome = await ingestAside(
      source,
      data.job,
      (_kind, done, total) => {
        if (done - told < PROGRESS_ROWS) return;
        told = done;
        port.postMessage({ progress: [done, total] } satisfies XlsxAsideMessage);
      },
      (ids, isVoid) => {
        // Gathered into a message per IDS_PER_MESSAGE ids (as csvAside.ts does: a message per
        // block of 5,000 cost ~0.7 ms each); a void guess is told at once.
        if (ids.length > 0) pending.push(ids);
        pendingIds += ids.length;
        if (pendingIds < IDS_PER_MESSAGE && !(isVoid && !toldVoid)) return;
        toldVoid ||= isVoid;
        const all = joined(pending, pendingIds);
        pending.length = 0;
        pendingIds = 0;
        const message: XlsxAsideMessage = { ids: all, void: isVoid };
        port.postMessage(message, [all.buffer as ArrayBuffer]);
      },
    );
    const part = pkg.sheet(data.job.sheetName)?.part;
    const intact = part && pkg.zip.isVerified(part) ? pkg.zip.part(part) : undefined;
    const message: XlsxAsideMessage = { outcome, intact };
    port.postMessage(message, buffersOf(outcome));
  } catch (e) {
    // The main thread reads the sheet again, and meets the same error in its own words.
    port.postMessage({ failed: String((e as Error)?.message ?? e) } satisfies XlsxAsideMessage);
  } finally {
    pkg?.close();
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

if (!isMainThread && (workerData as Partial<XlsxAsideData> | null)?.xlsxAside === true)
  void run(workerData as XlsxAsideData);
