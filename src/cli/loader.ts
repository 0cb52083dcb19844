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
import { existsSync, statSync } from "node:fs";
import path from "node:path";
import { ASIDE_MIN_BYTES, bootAsideEarly } from "../workbook/file/asideThread";
import { loadBundle } from "./startCache";
import { restartEnv, restartFlags, restartWith, runtimeFlags } from "./startFlags";

const dir = __dirname;
const bundle = path.join(dir, "run.js");

/** A customers file this large makes a large run (CA_SINGLE_THREADED=large: startFlags.ts). */
export const LARGE_RUN_BYTES = 4 << 20;

/** The value of option `name` (`--name v` or `--name=v`, the last one given) in argv, if any. */
function optionValue(argv: string[], name: string): string | undefined {
  let value: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === name) value = argv[i + 1];
    else if (argv[i].startsWith(`${name}=`)) value = argv[i].slice(name.length + 1);
  }
  return value;
}

/**
 * True for an analyze whose transactions CSV file (`--transactions f`) will be ingested aside: it
 * has ASIDE_MIN_BYTES or more, and neither CA_CSV_ASIDE=0 nor CA_CSV_WORKER=0 keeps it on the main
 * thread (csvSource.ts, csvAside.ts). The loader boots the aside thread for it before the bundle.
 */
export function asideRun(argv: string[], env: NodeJS.ProcessEnv = process.env): boolean {
  if (!argv.includes("analyze") || env.CA_CSV_ASIDE === "0" || env.CA_CSV_WORKER === "0")
    return false;
  const file = optionValue(argv, "--transactions");
  if (!file) return false;
  try {
    return statSync(file).size >= ASIDE_MIN_BYTES;
  } catch {
    return false; // the run names the missing file
  }
}

/**
 * True for an analyze of CSV files whose customers file (`--customers f` or `--customers=f`) has
 * LARGE_RUN_BYTES or more: a large run (CA_SINGLE_THREADED=large restarts those: startFlags.ts).
 */
export function isLargeRun(argv: string[]): boolean {
  if (!argv.includes("analyze")) return false;
  const file = optionValue(argv, "--customers");
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
  if ((!flags && !env) || !restartWith(flags ?? [], env)) run(large);
}

function run(large: boolean): void {
  // A run whose transactions are ingested aside boots that thread now: its start then overlaps
  // the bundle's loading (the second core is idle meanwhile), and the ingest starts with the
  // customers' read instead of ~0.1 CPU-s after it (asideThread.ts bootAsideEarly).
  const aside = path.join(dir, "asideWorker.js");
  if (asideRun(process.argv.slice(2)) && existsSync(aside)) bootAsideEarly(aside, "csvAside");
  // The bundle by its path at run time, through its code cache (startCache.ts).
  const program = loadBundle(bundle) as { runAsProgram(): void };
  // V8 flags set once the bundle's code cache is read (startFlags.ts runtimeFlags).
  const v8Flags = runtimeFlags(large, process.env);
  if (v8Flags.length > 0) {
    // Required here: a run that sets none does not load node:v8.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { setFlagsFromString } = require("node:v8") as typeof import("node:v8");
    for (const flag of v8Flags) setFlagsFromString(flag);
  }
  program.runAsProgram();
}
