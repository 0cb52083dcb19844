/**
 * Starts the analysis worker, or returns null where there is no Worker. Only the page entries
 * (index.tsx, preview.tsx) import this file: `import.meta.url` is how webpack 5 finds and bundles
 * the worker, and Node (jest, tsc's CommonJS) has no use for it.
 *
 * `new Worker` itself can throw (a SecurityError where the page may not start a worker from its
 * own origin, e.g. a sandboxed frame without allow-same-origin); a worker blocked by a
 * Content-Security-Policy or whose script fails to load reports an error event instead. The run
 * (run/runAnalysis.ts) runs the engine on the page in all these cases.
 *
 * @example const host: Host = { run, lang, today, startWorker: startAnalysisWorker };
 */
export function startAnalysisWorker(): Worker | null {
  if (typeof Worker === "undefined") return null;
  // @ts-expect-error -- tsconfig emits CommonJS for Node; webpack compiles the pane as ES modules.
  return new Worker(new URL("./analysis.worker.ts", import.meta.url), { name: "analysis" });
}
