// A run can restart itself under `node --single-threaded` (loader.ts): V8 then compiles and
// collects garbage on the thread that needs it instead of on helper threads. On this two-core
// machine a 100k run keeps both cores busy with our own threads (main, CSV, model, JSON and deflate
// workers), so the helpers only took turns with them: 100k CSVs, 3 alternated runs each, load 20-28,
// user+sys 13.64 / 14.83 / 15.12 CPU-s by default, 13.24 / 13.19 / 13.15 with --single-threaded
// (--single-threaded-gc alone: 14.30 / 15.73 / 13.90). The flags are set when V8 starts (its
// compiler threads are made with the isolate; v8.setFlagsFromString('--single-threaded-gc') at run
// time crashed V8 in a test), hence the restart: one more Node start, `--version` 0.32-0.37 ->
// 0.53-0.59 CPU-s at load 15.
//
// Off by default since 22:40: on a nearly quiet machine (load 2.4, 3 alternated 100k pairs) it saved
// CPU (10.86 / 10.95 -> 10.08 / 10.07 CPU-s) but no wall time (6.09 / 6.20 s -> 6.23 / 6.19; one
// pair 6.78 -> 7.80): V8's helper threads then use slices our threads leave idle. CA_SINGLE_THREADED=1
// restarts any run, =large the large ones (the CSV customers file >= 4 MB), unset or 0 none. (20k, 3
// runs each at load 16: 6.84 -> 6.55 CPU-s.)
import type { ChildProcess } from "node:child_process";
import { constants } from "node:os";

/** The V8 flags a large run is restarted with. */
export const LARGE_RUN_FLAGS = ["--single-threaded"];

/**
 * The flags to restart with, or null to run in this process: null when they are already set (the
 * restarted process, or a user's own `node --single-threaded`), and unless CA_SINGLE_THREADED is
 * "1" (any run) or "large" (a large run).
 *
 * @example restartFlags(true, [], { CA_SINGLE_THREADED: "large" }) // ["--single-threaded"]
 */
export function restartFlags(
  large: boolean,
  execArgv: readonly string[],
  env: NodeJS.ProcessEnv,
): string[] | null {
  const mode = env.CA_SINGLE_THREADED;
  if (mode !== "1" && !(large && mode === "large")) return null;
  if (LARGE_RUN_FLAGS.every((f) => execArgv.includes(f))) return null;
  return LARGE_RUN_FLAGS;
}

/**
 * glibc's malloc tunables for a large run: transparent huge pages for malloc's memory (THP is
 * `madvise` on most distributions: only memory asked for gets it) and large blocks from the heap
 * rather than fresh mmaps, which the kernel hands out 4 KB at a time on first touch. A 100k run's
 * typed columns and buffers (ArrayBuffers are malloc'd; V8's own heap is not) then fault 2 MB at a
 * time: 91k -> 37k page faults (model7, stop 32; ~16 µs per 4 KB fault on this VM).
 */
export const HUGE_PAGE_TUNABLES =
  "glibc.malloc.hugetlb=1:glibc.malloc.mmap_threshold=33554432:glibc.malloc.top_pad=67108864";

/**
 * The environment to restart with, or null to run in this process: GLIBC_TUNABLES for a large run
 * on Linux (glibc reads it only when a process starts, hence the restart), unless the user set
 * GLIBC_TUNABLES themselves (the restarted process has it too: no second restart) or
 * CA_HUGE_PAGES=0. CA_HUGE_PAGES=1 asks for it on any run.
 *
 * @example restartEnv(true, {}, "linux") // { GLIBC_TUNABLES: HUGE_PAGE_TUNABLES }
 * @example restartEnv(true, {}, "win32") // null
 */
export function restartEnv(
  large: boolean,
  env: NodeJS.ProcessEnv,
  platform: NodeJS.Platform,
): Record<string, string> | null {
  if (platform !== "linux" || env.GLIBC_TUNABLES !== undefined) return null;
  const mode = env.CA_HUGE_PAGES;
  if (mode === "0" || !(large || mode === "1")) return null;
  return { GLIBC_TUNABLES: HUGE_PAGE_TUNABLES };
}

/** The V8 flags of runtimeFlags. */
export const LEAN_INLINING_FLAGS: readonly string[] = [
  "--max-inlined-bytecode-size-cumulative=460",
];

/**
 * V8 flags a large run sets once its bundle is loaded (loader.ts): TurboFan inlines up to 460
 * bytes of bytecode into a function it compiles instead of V8's 920. A 100k run's V8 helper threads
 * compile ~800 functions, a fifth of the run's CPU (perf, load 15); with half the inlining the
 * compiler's memory (--turbo-stats zone bytes, the measure of its work) falls 13-16% (1.11-1.14 ->
 * 0.95-0.97 GB) and the main thread's CPU stays as it was: 6 pairs of runs side by side (load
 * 15-19), user+sys 9.48/9.13/8.98/8.72/9.51/10.06 -> 9.47/8.69/8.60/8.60/8.90/9.67 CPU-s (median
 * 9.31 -> 8.80, every pair lower), main thread median 3.87 -> 3.87 s. (A larger --interrupt-budget
 * cut compiling too but kept hot code in the interpreter: main thread 4.18 -> 4.69 s.)
 * Set at run time (v8.setFlagsFromString) rather than on a restart's command line: V8 takes a code
 * cache only from a process of the same flags, and run.js's (startCache.ts) is read before this.
 * CA_LEAN_INLINING=0 keeps V8's defaults; the build's warm-up (CA_CODE_CACHE=write) sets no flag,
 * so the cache it writes is stamped with the defaults the next run starts with. With them, the
 * flags of SYNC_OSR_FLAGS.
 *
 * @example runtimeFlags(true, {}) // ["--max-inlined-bytecode-size-cumulative=460", "--no-concurrent-osr"]
 */
export function runtimeFlags(large: boolean, env: NodeJS.ProcessEnv): readonly string[] {
  if (!large || env.CA_CODE_CACHE === "write") return [];
  return [
    ...(env.CA_LEAN_INLINING === "0" ? [] : LEAN_INLINING_FLAGS),
    ...(env.CA_SYNC_OSR === "0" ? [] : SYNC_OSR_FLAGS),
  ];
}

/**
 * The V8 flags with which a large run compiles a hot loop's optimised code on the thread running
 * it (on-stack replacement) instead of on V8's helper threads: most of a run's work is one-shot
 * passes over a million rows, each one long loop, and while its code waits for a helper thread,
 * which our own threads (the aside, the deflate pool) and other processes keep busy, the loop runs
 * on unoptimised code. 100k CSVs, 5 alternated pairs at load 18-23 (osr-ab1.txt): wall
 * 7.18/7.30/6.71/6.97/7.16 -> 6.34/6.22/6.59/6.53/6.73 s, user+sys median 10.59 -> 10.07 CPU-s
 * (lower in 5 of 5 each); under cpu-prof, the main thread's learnToday 313-407 -> 195-235 ms and
 * scheduleFollowUps 520-553 -> 330-394 ms. Set at run time as the lean-inlining flag is (V8 reads
 * it at each OSR). CA_SYNC_OSR=0 keeps V8's default.
 */
export const SYNC_OSR_FLAGS: readonly string[] = ["--no-concurrent-osr"];

/**
 * Variables a restarted run leaves out: Node reads NODE_EXTRA_CA_CERTS's file when it starts, before
 * any of our code, and parses every certificate in it and Node's own (~140), whether or not the
 * program ever opens a TLS connection; the command line opens none (no network calls). With the
 * distribution's bundle (/etc/ssl/certs/ca-certificates.crt) that is a third of a bare Node start
 * here: `node -e 0` 0.12-0.17 s wall with it, 0.08-0.13 s without (8 alternated pairs, load 7-9).
 * The launcher has paid it already; the child need not pay it again.
 */
export const CHILD_ENV_LEFT_OUT: readonly string[] = ["NODE_EXTRA_CA_CERTS"];

/**
 * The restarted process's environment: this one's with `added` (restartEnv) and without
 * CHILD_ENV_LEFT_OUT.
 *
 * @example childEnv({ A: "1", NODE_EXTRA_CA_CERTS: "x" }, { B: "2" }) // { A: "1", B: "2" }
 */
export function childEnv(
  env: NodeJS.ProcessEnv,
  added: Readonly<Record<string, string>> | null,
): NodeJS.ProcessEnv {
  const out: NodeJS.ProcessEnv = { ...env, ...added };
  for (const name of CHILD_ENV_LEFT_OUT) delete out[name];
  return out;
}

/**
 * Runs this program again with `flags` (and the environment of childEnv) in a child process sharing stdin, stdout and stderr, and
 * ends with its exit code. SIGINT, SIGTERM and SIGHUP sent to this process are passed on (the child
 * removes its temp files and exits 130 / 143 / 129, which this process then exits with). False when
 * the child cannot be started: the caller runs the program itself.
 */
export function restartWith(
  flags: readonly string[],
  env: Readonly<Record<string, string>> | null = null,
): boolean {
  let child: ChildProcess;
  try {
    // Required here, not imported: a run that does not restart (the default) then never loads
    // child_process and the net and dgram modules it brings (~3-7 CPU-ms of every start).
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { spawn } = require("node:child_process") as typeof import("node:child_process");
    child = spawn(process.execPath, [...process.execArgv, ...flags, ...process.argv.slice(1)], {
      stdio: "inherit",
      env: childEnv(process.env, env),
    });
  } catch {
    return false;
  }
  const signals = ["SIGINT", "SIGTERM", "SIGHUP"] as const;
  const forward = (signal: NodeJS.Signals) => {
    child.kill(signal);
  };
  for (const s of signals) process.on(s, forward);
  child.on("exit", (code, signal) => {
    for (const s of signals) process.off(s, forward);
    if (code !== null) process.exitCode = code;
    else if (signal) process.exitCode = 128 + (constants.signals[signal] ?? 0);
    else process.exitCode = 1;
  });
  child.on("error", (e) => {
    process.stderr.write(`internal error: ${e.message}\n`);
    process.exitCode = 1;
  });
  return true;
}
