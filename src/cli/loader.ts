// The command line's first module (build/cli/main.js): it decides whether the run restarts under
// other V8 flags (startFlags.ts), then loads the command line's bundle (build/cli/run.js,
// src/cli/main.ts). Imports nothing but Node's modules: everything here runs before the bundle's
// ~0.2 CPU-s of loading.
//
// Until stop 31 it also booted a CSV worker here, on standby, for the customers file's split
// (WorkerRead, removed at stop 32): the 100k CSVs' reading phase alone took 3.26-3.73 CPU-s with
// it, 2.78-2.92 with every file split on the thread that ingests it and no such worker (main
// thread 1.12-1.26 -> 1.11-1.20 CPU-s, load 16-18): its start, messages and blocks cost more than
// the split.
//
// run.js is loaded with its V8 code cache (startCache.ts: stop 26; stop 24 had measured whole runs,
// too noisy at load 13 to see the ~60 CPU-ms the cache saves on loading the bundle).
import { statSync } from "node:fs";
import path from "node:path";
import { loadBundle } from "./startCache";
import { restartEnv, restartFlags, restartWith } from "./startFlags";

const dir = __dirname;
const bundle = path.join(dir, "run.js");

/** A customers file this large makes a large run (CA_SINGLE_THREADED=large: startFlags.ts). */
export const LARGE_RUN_BYTES = 4 << 20;

/**
 * True for an analyze of CSV files whose customers file (`--customers f` or `--customers=f`) has
 * LARGE_RUN_BYTES or more: a large run (CA_SINGLE_THREADED=large restarts those: startFlags.ts).
 */
export function isLargeRun(argv: string[]): boolean {
  if (!argv.includes("analyze")) return false;
  let file: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === "--customers") file = argv[i + 1];
    else if (argv[i].startsWith("--customers=")) file = argv[i].slice("--customers=".length);
  }
  if (!file) return false;
  try {
    return statSync(file).size >= LARGE_RUN_BYTES;
  } catch {
    return false; // the run names the missing file
  }
}

if (require.main === module) {
  const large = isLargeRun(process.argv.slice(2));
  // With CA_SINGLE_THREADED, a run restarts under `node --single-threaded` (startFlags.ts).
  const flags = restartFlags(large, process.execArgv, process.env);
  // A large run on Linux restarts with glibc's huge-page tunables (startFlags.ts restartEnv).
  const env = restartEnv(large, process.env, process.platform);
  if ((!flags && !env) || !restartWith(flags ?? [], env)) run();
}

function run(): void {
  // The bundle by its path at run time, through its code cache (startCache.ts).
  (loadBundle(bundle) as { runAsProgram(): void }).runAsProgram();
}
