import type { GridSource } from "../../engine/ingest/workbook";

/**
 * Yielding to the browser during a run that works on the page's own thread (the fallback without
 * a Web Worker, and the Excel reads and writes, which Office.js allows only on the page).
 */

/**
 * Hands control back to the browser for one task: a MessageChannel message where there is one
 * (unlike setTimeout, not slowed to once a second when the page is in the background), else
 * setTimeout 0.
 *
 * @example await nextTask(); // input and paints that were waiting have run
 */
export function nextTask(): Promise<void> {
  if (typeof MessageChannel === "undefined")
    return new Promise((resolve) => setTimeout(resolve, 0));
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/**
 * A pause that yields to the browser when `everyMs` have passed since the last one, so a long run
 * keeps the page responsive and the progress bar painting.
 *
 * @example const pause = pauser(); for (…) await pause();
 */
export function pauser(everyMs = 40, clock: () => number = () => Date.now()): () => Promise<void> {
  let last = clock();
  return async () => {
    const now = clock();
    if (now - last < everyMs) return;
    await nextTask();
    last = clock();
  };
}

/**
 * A GridSource that pauses after each block it hands on (the engine's progress callbacks are
 * synchronous, so this is where a run can yield to the browser).
 *
 * @example withPauses(book, pauser())
 */
export function withPauses(source: GridSource, pause: () => Promise<void>): GridSource {
  return {
    sheetNames: () => source.sheetNames(),
    // Our tabs' names collide with sheets only, not tables (words/tabNamesKept.ts tabSheetNames).
    worksheetNames: source.worksheetNames ? () => source.worksheetNames!() : undefined,
    hiddenSheets: source.hiddenSheets ? () => source.hiddenSheets!() : undefined,
    readSheet: (name, onRows) =>
      source.readSheet(name, async (rows, firstRow) => {
        await onRows(rows, firstRow);
        await pause();
      }),
    // The previous run's tabs (what changed since the last refresh).
    ownedSheet: source.ownedSheet ? (tab, part) => source.ownedSheet!(tab, part) : undefined,
  };
}
