import type { Progress } from "../../engine/analyze";
import { CancelledError } from "../../engine/errors";
import type { GridSource } from "../../engine/ingest/workbook";
import { packedBuffers, packGrid, type PackedGrid } from "../worker/packedGrid";
import { unpackTable } from "../worker/packedTable";
import { fromWire, type Endpoint, type FromWorker, type ToWorker } from "../worker/protocol";
import type { EngineResult, RunRequest } from "./engineRun";

/**
 * The page's end of the analysis worker: answers the worker's requests for the workbook from a
 * GridSource (the Office.js adapter, which works only on the page), passes its progress on, and
 * gives back the report tables to write here. Cancel terminates the worker at once, wherever the
 * engine is.
 */

/** A started worker (a Worker; a MessagePort with terminate in tests). */
export interface AnalysisWorker extends Endpoint {
  onerror: ((event: ErrorEvent) => void) | null;
  terminate(): void;
}

/** The worker could not run at all (its script did not load): the page runs the engine itself. */
export class WorkerUnavailable extends Error {
  constructor(why: string) {
    super(`The analysis worker did not start: ${why}`);
    this.name = "WorkerUnavailable";
  }
}

/** How often a cancel is looked for while the worker computes (ms). */
const CANCEL_POLL_MS = 50;

/**
 * Runs the engine in `worker` on `source`. Rejects with WorkerUnavailable when the worker fails
 * before it says a word, CancelledError when cancelled, the engine's error (InputError…) or the
 * source's (an Excel error) otherwise. The worker is terminated when this settles.
 *
 * @example const result = await analyseInWorker(startAnalysisWorker()!, book, request, onProgress, isCancelled);
 */
export function analyseInWorker(
  worker: AnalysisWorker,
  source: GridSource,
  request: RunRequest,
  onProgress: (p: Progress) => void,
  isCancelled: () => boolean,
): Promise<EngineResult> {
  return new Promise<EngineResult>((resolve, reject) => {
    let heard = false;
    /** Per table, its blocks as they came ("block" messages, before "done"). */
    const blocks: PackedGrid[][] = [];
    let settled = false;
    const post = (message: ToWorker, transfer: Transferable[] = []) => {
      if (!settled) worker.postMessage(message, transfer);
    };
    const finish = (error: unknown, result?: EngineResult) => {
      if (settled) return;
      settled = true;
      clearInterval(poll);
      worker.onmessage = null;
      worker.onerror = null;
      worker.terminate();
      if (result) resolve(result);
      else reject(error);
    };
    const cancelled = () => {
      if (isCancelled()) finish(new CancelledError());
      return settled;
    };
    const poll = setInterval(cancelled, CANCEL_POLL_MS);
    const answer = (id: number, work: Promise<unknown>) =>
      work.then((value) => post({ type: "reply", id, value }), finish);

    worker.onerror = (event) => {
      event.preventDefault?.();
      const why = event.message || "script error";
      finish(heard ? new Error(`The analysis stopped: ${why}`) : new WorkerUnavailable(why));
    };
    worker.onmessage = (event) => {
      heard = true;
      if (cancelled()) return;
      const message = event.data as FromWorker;
      switch (message.type) {
        case "ready":
          break;
        case "progress":
          onProgress(message.progress);
          break;
        case "call":
          if (message.method === "sheetNames") answer(message.id, source.sheetNames());
          // A source without it lists sheets only in sheetNames.
          else if (message.method === "worksheetNames")
            answer(message.id, source.worksheetNames?.() ?? source.sheetNames());
          else if (message.method === "hiddenSheets")
            answer(message.id, source.hiddenSheets?.() ?? Promise.resolve([]));
          else if (message.method === "ownedSheet")
            answer(
              message.id,
              source.ownedSheet?.(message.tab, message.part) ?? Promise.resolve(null),
            );
          else {
            const id = message.id;
            source
              .readSheet(message.sheet, (rows, firstRow) => {
                if (settled) throw new CancelledError(); // stops the adapter's read
                const grid = packGrid(rows);
                post({ type: "rows", id, grid, firstRow }, packedBuffers(grid));
              })
              .then(() => post({ type: "end", id }), finish);
          }
          break;
        case "block":
          (blocks[message.table] ??= []).push(message.grid);
          break;
        case "done": {
          // Messages between a worker and its page arrive in order: a missing block is a bug.
          const lost = message.tables.findIndex(
            (t, i) => (blocks[i]?.length ?? 0) !== t.blockCount,
          );
          if (lost >= 0) {
            finish(new Error(`The analysis worker's table ${lost} arrived incomplete.`));
            break;
          }
          const tables = message.tables.map(({ blockCount: _count, ...head }, i) =>
            unpackTable({ ...head, blocks: blocks[i] ?? [] }),
          );
          finish(null, {
            analysis: message.analysis,
            tables,
            figures: message.figures,
            check: message.check,
          });
          break;
        }
        case "failed":
          finish(fromWire(message.error));
          break;
      }
    };
    post({ type: "run", request });
  });
}
