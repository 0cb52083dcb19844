// A CSV file read in pieces, with plain synchronous reads (pread from the page cache, a memcpy) on
// every thread. In the aside thread (csvAside.ts), whose only job is the read, fs/promises (and the
// readline module it loads) and streams are then never loaded, ~0.1-0.3 CPU-s of a worker's
// start-up each (issue 11, profiled at 100k). On the main thread each read first lets its event
// loop turn (setImmediate): the aside thread's messages, signals and the progress line are taken
// between pieces as they were with fs/promises, whose reads each went through libuv's thread pool:
// a thread woken per 256 KB piece, on a machine whose two cores the main and aside threads keep
// busy, the main thread idle meanwhile (the 100k CSVs' read: 0.05-0.15 s waited until stop 47).
import { closeSync, openSync, readSync, statSync } from "node:fs";
import { isMainThread } from "node:worker_threads";

/** An open file read piece by piece from its start (each read goes on where the last one ended). */
export interface PieceReader {
  /** Reads up to `size` bytes into `buffer` at `at`; 0 at the end of the file. */
  read(buffer: Uint8Array, at: number, size: number): Promise<number>;
  close(): Promise<void>;
}

/** A turn of the event loop (its I/O and timers) before the caller goes on. */
const turn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** Opens `file` for reading in pieces (a missing or unreadable file throws fs's error). */
export async function openPieces(file: string): Promise<PieceReader> {
  const fd = openSync(file, "r");
  const yields = isMainThread;
  let closed = false;
  return {
    read: async (buffer, at, size) => {
      if (yields) await turn();
      return readSync(fd, buffer, at, size, null);
    },
    close: async () => {
      if (!closed) closeSync(fd);
      closed = true;
    },
  };
}

/** The file's size in bytes (fs's error when it cannot be read). */
export async function fileSize(file: string): Promise<number> {
  return statSync(file).size;
}
