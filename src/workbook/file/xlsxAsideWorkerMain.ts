// A workbook's Transactions sheet ingested aside (engine/ingest/aside.ts) on a worker thread while
// the main thread ingests the customers and the small sheets (issue 11: at 20,000 customers the
// main thread scanned the customers' 12.7 MB of XML, then the transactions' 66 MB, one after the
// other, the second core mostly idle). This is the main thread's side (startXlsxAside); the
// worker's is xlsxAsideWorker.ts (a role of the aside thread: asideThread.ts): it opens the workbook
// itself, reads its shared strings and styles, inflates the sheet and ingests it with its joins
// deferred, as the CSV worker does for a transactions file (csvAside.ts).
import { existsSync } from "node:fs";
import path from "node:path";
import type { AsideIngest, AsideJob } from "../../engine/ingest/aside";
import { roleThread, watchAside, type AsideMessage } from "./asideThread";
import type { InflateLimits, ZipPart } from "./zipReader";

/** What the aside thread is given (its xlsxAside role: xlsxAsideWorker.ts). */
export interface XlsxAsideData {
  file: string;
  job: AsideJob;
  blockRows: number;
  limits?: Partial<InflateLimits>;
}

/** What it says: progress and a void guess while it reads, then its outcome, or that it has none. */
export interface XlsxAsideMessage extends AsideMessage {
  /** The sheet's part, read through and found intact there (its directory record). */
  intact?: ZipPart;
  /** The directory records of the other parts it read the sheet through (readingParts). */
  read?: ZipPart[];
}

/** Sheets inflating to less than this are read in order (a worker costs ~0.1 CPU-s to start). */
export const ASIDE_MIN_BYTES = 16 << 20;

/**
 * The aside thread's bundle beside this one (build/cli/asideWorker.js, made by
 * scripts/build-cli.mjs), or null: run from the sources (tsx, jest) there is none, and
 * CA_XLSX_ASIDE=0 turns it off.
 */
export function xlsxAsideScript(): string | null {
  if (process.env.CA_XLSX_ASIDE === "0") return null;
  const script = path.join(__dirname, "asideWorker.js");
  return existsSync(script) ? script : null;
}

/**
 * Starts the worker ingesting a sheet of `data.file` aside. `sameIntact`: the worker read the
 * sheet's part through and found it intact, with this directory record; true when the record is
 * this thread's (then the writer need not check the part again), false when the file changed
 * between the two opens (the outcome is then dropped and the sheet read here). `mine`: this
 * thread's records of the parts the sheet is read through (XlsxPackage.readingParts): the worker's
 * must be the same (a file replaced between the opens may keep the sheet's part and change its
 * shared strings). The worker does not keep the process alive until its outcome is awaited.
 */
export function startXlsxAside(
  script: string,
  data: XlsxAsideData,
  onProgress: (rowsDone: number, rowsTotal?: number) => void,
  sameIntact: (part: ZipPart) => boolean,
  mine: readonly ZipPart[] = [],
): AsideIngest {
  const worker = roleThread(script, "xlsxAside", data);
  return watchAside<XlsxAsideMessage>(worker, onProgress, (m) => {
    // A guess that held comes from a sheet read through: the same parts as this thread's.
    const same = m.intact !== undefined && sameRecords(mine, m.read ?? []) && sameIntact(m.intact);
    return m.outcome && (same || m.outcome.void) ? m.outcome : null;
  });
}

/** True when two lists of parts' directory records name the same parts with the same records. */
export function sameRecords(a: readonly ZipPart[], b: readonly ZipPart[]): boolean {
  if (a.length !== b.length) return false;
  return a.every((p, k) => {
    const q = b[k];
    return (
      p.name === q.name &&
      p.crc32 === q.crc32 &&
      p.size === q.size &&
      p.compressedSize === q.compressedSize &&
      p.method === q.method
    );
  });
}
