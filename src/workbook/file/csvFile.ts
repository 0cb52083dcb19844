// A CSV file read in pieces: through fs/promises on the main thread (its event loop keeps turning
// between reads), with plain synchronous reads in the aside thread (csvAside.ts),
// whose only job is the read: there, fs/promises (and the readline module it loads) and streams
// are never loaded, ~0.1-0.3 CPU-s of a worker's start-up each (issue 11, profiled at 100k).
import { closeSync, openSync, promises as fsp, readSync, statSync } from "node:fs";
import { isMainThread } from "node:worker_threads";

/** An open file read piece by piece from its start (each read goes on where the last one ended). */
export interface PieceReader {
  /** Reads up to `size` bytes into `buffer` at `at`; 0 at the end of the file. */
  read(buffer: Uint8Array, at: number, size: number): Promise<number>;
  close(): Promise<void>;
}

/** Opens `file` for reading in pieces (a missing or unreadable file throws fs's error). */
export async function openPieces(file: string): Promise<PieceReader> {
  if (!isMainThread) {
    const fd = openSync(file, "r");
    let closed = false;
    return {
      read: async (buffer, at, size) => readSync(fd, buffer, at, size, null),
      close: async () => {
        if (!closed) closeSync(fd);
        closed = true;
      },
    };
  }
  const handle = await fsp.open(file, "r");
  return {
    read: async (buffer, at, size) => (await handle.read(buffer, at, size, null)).bytesRead,
    close: () => handle.close(),
  };
}

/** The file's size in bytes (fs's error when it cannot be read). */
export async function fileSize(file: string): Promise<number> {
  return isMainThread ? (await fsp.stat(file)).size : statSync(file).size;
}
