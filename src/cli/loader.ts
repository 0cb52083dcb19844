// The command line's first module (build/cli/main.js): it starts what a run needs on the second core
// before the command line's bundle (build/cli/run.js, src/cli/main.ts) is loaded, then loads it.
// Imports nothing but Node's modules: everything here runs before the bundle's ~0.2 CPU-s of
// loading.
//
// The CSV read's first worker thread (src/workbook/file/csvWorker.ts) boots beside the bundle's load,
// on standby, when the command line is an analyze of a customers file large enough to be read in a
// worker: its job is posted when the first file's read starts (csvWorkerRead.ts takes it). A
// worker's boot (~30 ms quiet, 0.2 s on a loaded machine) was waited for by the main thread, which
// had nothing else to do then.
//
// run.js is loaded with its V8 code cache (startCache.ts: stop 26; stop 24 had measured whole runs,
// too noisy at load 13 to see the ~60 CPU-ms the cache saves on loading the bundle).
import { existsSync, statSync } from "node:fs";
import path from "node:path";
import { Worker } from "node:worker_threads";
import { loadBundle } from "./startCache";
import { restartFlags, restartWith } from "./startFlags";

/** Where the standby CSV worker waits for csvWorkerRead.ts (a global: the bundle is another module). */
const STANDBY_KEY = Symbol.for("customer-analytics.csvWorker.standby");

const dir = __dirname;
const bundle = path.join(dir, "run.js");

/** Files this large are read in a worker: csvWorkerRead.ts's WORKER_MIN_BYTES (a test checks). */
export const STANDBY_MIN_BYTES = 4 << 20;

/**
 * The customers file of an analyze of CSV files (`--customers f` or `--customers=f`) when a worker
 * will read it, else null.
 */
export function standbyFor(argv: string[]): string | null {
  if (!argv.includes("analyze")) return null;
  let file: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === "--customers") file = argv[i + 1];
    else if (argv[i].startsWith("--customers=")) file = argv[i].slice("--customers=".length);
  }
  if (!file) return null;
  try {
    return statSync(file).size >= STANDBY_MIN_BYTES ? file : null;
  } catch {
    return null; // the run names the missing file
  }
}

function startStandbyWorker(): void {
  if (process.env.CA_CSV_WORKER === "0") return;
  const script = path.join(dir, "csvWorker.js");
  if (!existsSync(script)) return;
  try {
    const worker = new Worker(script, { workerData: { csvWorker: true, standby: true } });
    worker.unref(); // a run that never reads (an input error) exits without waiting for it
    worker.on("error", () => undefined); // the read that takes it is told by its exit
    // The script it runs: csvWorkerRead.ts takes it only for that script.
    Object.assign(worker, { standbyScript: script });
    (globalThis as Record<symbol, unknown>)[STANDBY_KEY] = worker;
  } catch {
    // no worker now: the read starts its own
  }
}

if (require.main === module) {
  const large = standbyFor(process.argv.slice(2)) !== null;
  // With CA_SINGLE_THREADED, a run restarts under `node --single-threaded` (startFlags.ts).
  const flags = restartFlags(large, process.execArgv, process.env);
  if (!flags || !restartWith(flags)) run(large);
}

function run(large: boolean): void {
  if (large) startStandbyWorker();
  // The bundle by its path at run time, through its code cache (startCache.ts).
  (loadBundle(bundle) as { runAsProgram(): void }).runAsProgram();
}
