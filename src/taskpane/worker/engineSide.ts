import type { Grid } from "../../engine/cells";
import type { GridSource } from "../../engine/ingest/workbook";
import type { OutputTab } from "../../engine/report/table";
import { engineRun, type RunRequest } from "../run/engineRun";
import { transferables } from "../run/paneAnalysis";
import { packedBuffers, unpackRows } from "./packedGrid";
import { packTable, splitTable, type TableHead } from "./packedTable";
import { toWire, type Endpoint, type FromWorker, type SourceCall, type ToWorker } from "./protocol";

/**
 * The worker's end: runs the engine on a GridSource that asks the page for the workbook, posts
 * the engine's progress as it comes and, at the end, the packed report tables (block by block,
 * each in its own message) and the pane's part of the analysis (typed arrays transferred, not
 * copied).
 */

interface Stream {
  onRows: (rows: Grid, firstRow: number) => void | Promise<void>;
  chain: Promise<void>;
  resolve: () => void;
  reject: (error: unknown) => void;
}

/**
 * Serves one analysis run per "run" message on `port` (the worker's global scope).
 *
 * @example serveAnalysis(self as unknown as Endpoint);
 */
export function serveAnalysis(port: Endpoint): void {
  let nextId = 1;
  const replies = new Map<number, (value: unknown) => void>();
  const streams = new Map<number, Stream>();
  const post = (message: FromWorker, transfer: Transferable[] = []) =>
    port.postMessage(message, transfer);
  const call = (request: SourceCall): number => {
    const id = nextId++;
    post({ type: "call", id, ...request });
    return id;
  };
  const ask = <T>(request: SourceCall): Promise<T> =>
    new Promise<T>((resolve) => replies.set(call(request), resolve as (v: unknown) => void));

  const source: GridSource = {
    sheetNames: () => ask<string[]>({ method: "sheetNames" }),
    worksheetNames: () => ask<string[]>({ method: "worksheetNames" }),
    hiddenSheets: () => ask<string[]>({ method: "hiddenSheets" }),
    ownedSheet: (tab: OutputTab, part?: number) =>
      ask<string | null>({ method: "ownedSheet", tab, part }),
    // Blocks are handed to the engine in order, one after the other finishes.
    readSheet: (sheet, onRows) =>
      new Promise<void>((resolve, reject) => {
        const id = call({ method: "readSheet", sheet });
        streams.set(id, { onRows, chain: Promise.resolve(), resolve, reject });
      }),
  };

  const run = async (request: RunRequest) => {
    try {
      const result = await engineRun(source, request, (progress) =>
        post({ type: "progress", progress }),
      );
      const heads: TableHead[] = [];
      for (const [i, table] of result.tables.entries()) {
        const { head, blocks } = splitTable(packTable(table));
        for (const grid of blocks) post({ type: "block", table: i, grid }, packedBuffers(grid));
        heads.push(head);
      }
      // The pane shows nothing of the snapshot (4 text columns of every customer: hundreds of
      // milliseconds to copy on the page at 100,000 customers); it stays here, with the rest of
      // the Analysis the pane does not need.
      // eslint-disable-next-line @typescript-eslint/no-unused-vars
      const { snapshot, ...analysis } = result.analysis;
      const { figures, check } = result;
      post({ type: "done", analysis, tables: heads, figures, check }, transferables(analysis));
    } catch (error) {
      post({ type: "failed", error: toWire(error) });
    }
  };

  port.onmessage = (event: MessageEvent) => {
    const message = event.data as ToWorker;
    switch (message.type) {
      case "run":
        void run(message.request);
        break;
      case "reply": {
        const resolve = replies.get(message.id);
        replies.delete(message.id);
        resolve?.(message.value);
        break;
      }
      case "rows": {
        const s = streams.get(message.id);
        if (!s) break;
        const { grid, firstRow } = message;
        s.chain = s.chain.then(() => s.onRows(unpackRows(grid, 0, grid.rows), firstRow));
        // A block the engine rejects (bad input) ends the read at once, not at the sheet's end.
        s.chain.catch((error: unknown) => {
          streams.delete(message.id);
          s.reject(error);
        });
        break;
      }
      case "end": {
        const s = streams.get(message.id);
        if (!s) break;
        streams.delete(message.id);
        s.chain.then(s.resolve, s.reject);
        break;
      }
    }
  };
  post({ type: "ready" });
}
