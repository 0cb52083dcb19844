/**
 * The error of a reading thread that ended before its file did (a worker's exit: out of memory,
 * killed): the aside thread reading the transactions (csvAside.ts) and inflateWorker.ts's .xlsx part thread. fileError
 * (fileErrors.ts) says it in the user's words (file.readingStopped), not the worker's English and
 * not as a damaged part. Its own module, importing nothing: inflateWorker.ts is imported by
 * zipReader.ts, which fileErrors.ts imports, so it could not import fileErrors.ts without a cycle.
 */

/** The code fileError recognises. */
export const READING_STOPPED = "READING_THREAD_STOPPED";

/**
 * @example fileError("t.csv", readingStopped(), "csv").in("en-US") // "Cannot read “t.csv”: the reading thread stopped …"
 */
export function readingStopped(): Error {
  return Object.assign(new Error("the reading thread stopped"), { code: READING_STOPPED });
}
