// The run's aside thread: one worker thread that plays each role the run gives the second core,
// one after the other (src/cli/asideWorker.ts is its bundle, build/cli/asideWorker.js): a sheet
// ingested aside (csvAside.ts, xlsxAsideWorker.ts) while the customers are read, then the
// repeat-purchase fits during the analysis (src/cli/backtestWorker.ts), then the JSON result while
// the workbook is written (src/cli/jsonWorker.ts). Each role once booted a thread of its own, and a
// thread's start costs ~0.1 CPU-s here (Node's bootstrap of a fresh isolate, measured on an empty
// `new Worker`: 111 ms), plus its bundle's load and its heap's growth: the 100k CSV run booted
// three in turn, each done before the next began. roleThread hands a role the idle thread when
// there is one (giveBack puts it there when the role is over), else boots one; CA_SHARED_THREAD=0
// boots one per role, as before. The JSON, the last role, ends its thread instead (jsonWorker.ts).
//
// Also the plumbing of a sheet ingested aside (engine/ingest/aside.ts), shared by the CSV path and
// the workbook path: the worker's messages (progress, a void guess, the outcome with its buffers
// transferred) and the main thread's watch over them. One owner: the two paths had copied it
// (stop 26 reviewer).
import { Worker, type MessagePort } from "node:worker_threads";
import type { AsideIngest, AsideOutcome } from "../../engine/ingest/aside";

/** The roles of the aside thread (src/cli/asideWorker.ts plays each). */
export type AsideRole = "csvAside" | "xlsxAside" | "model" | "json";

/** The message that starts a role on the aside thread: its name and what it is given. */
export interface RoleStart {
  asideRole: AsideRole;
  data: unknown;
}

/** What a thread is booted with: the mark its bundle plays roles on (asideWorker.ts). */
export const ASIDE_THREAD = { asideThread: true } as const;

/**
 * A CSV file of this many bytes or more is ingested aside (csvAside.ts WORKER_MIN_BYTES); the loader
 * boots the aside thread early for such a transactions file (loader.ts).
 */
export const ASIDE_MIN_BYTES = 4 << 20;

/** The idle thread (its role over, giveBack), and the script it runs. */
let idle: { worker: Worker; script: string } | null = null;
/** Each thread's script, for giveBack. */
const scripts = new WeakMap<Worker, string>();

/**
 * Where the loader leaves the aside thread it booted before the command line's bundle was loaded
 * (bootAsideEarly), for the first role to take. A key of the process's global symbol registry:
 * the loader's bundle and the command line's are two module instances of this file.
 */
const EARLY = Symbol.for("customerAnalytics.earlyAsideThread");

/**
 * Boots the aside thread of `script` now, its role not known yet, with `preload` (a role's bundle,
 * asideWorker.ts) loaded at its start; the first roleThread of the run takes it. The loader calls
 * this for a run that will ingest its transactions aside (loader.ts): the thread's start (~0.1
 * CPU-s, its isolate and bundles) then runs while this thread loads the command line's bundle
 * (its second core idle then), not while both cores read the customers and the transactions. It
 * does not keep the process alive; a failure to boot leaves none (the role boots one).
 */
export function bootAsideEarly(script: string, preload: string): void {
  try {
    const worker = new Worker(script, { workerData: { ...ASIDE_THREAD, preload } });
    worker.on("error", () => undefined);
    worker.unref();
    (globalThis as Record<symbol, unknown>)[EARLY] = { worker, script };
  } catch {
    // no early thread: the first role boots one
  }
}

/** The thread bootAsideEarly left, made the idle one (or ended: another is idle already). */
function adoptEarly(): void {
  const g = globalThis as Record<symbol, unknown>;
  const early = g[EARLY] as { worker: Worker; script: string } | undefined;
  if (!early) return;
  delete g[EARLY];
  early.worker.removeAllListeners("error"); // as a thread booted now: the role listens
  scripts.set(early.worker, early.script);
  if (idle || early.worker.threadId < 0) void early.worker.terminate();
  else idle = early;
}

/**
 * A thread of `script` playing `role` with `data` (its `transfer` moved, not copied): the run's
 * idle aside thread when it runs this script and is alive (one that ended has threadId -1), else a
 * new one. The caller listens to it (its role's messages, error, exit) and gives it back once its
 * role is over (giveBack), or ends it. Throws as `new Worker` and postMessage do (a value that
 * cannot be copied): the thread is then idle again, or ended.
 *
 * @example const w = roleThread(script, "json", job, transfer); w.on("message", …); … giveBack(w);
 */
export function roleThread(
  script: string,
  role: AsideRole,
  data: unknown,
  transfer: readonly ArrayBuffer[] = [],
): Worker {
  adoptEarly();
  let worker: Worker | null = null;
  if (idle && idle.script === script && idle.worker.threadId >= 0) worker = idle.worker;
  else if (idle) void idle.worker.terminate();
  idle = null;
  const booted = worker === null;
  if (!worker) {
    worker = new Worker(script, { workerData: ASIDE_THREAD });
    scripts.set(worker, script);
  }
  try {
    worker.postMessage({ asideRole: role, data } satisfies RoleStart, transfer as ArrayBuffer[]);
  } catch (e) {
    if (booted) void worker.terminate();
    else giveBack(worker);
    throw e;
  }
  return worker;
}

/**
 * The role's thread back, its role over (its last message taken): its listeners removed, it waits
 * for the next role without keeping the process alive. With CA_SHARED_THREAD=0, or another thread
 * idle already, it is ended instead.
 */
export function giveBack(worker: Worker): void {
  worker.removeAllListeners("message");
  worker.removeAllListeners("error");
  worker.removeAllListeners("exit");
  worker.on("error", () => undefined); // an idle thread that fails is not taken again (threadId -1)
  worker.unref();
  const script = scripts.get(worker);
  if (process.env.CA_SHARED_THREAD === "0" || !script || worker.threadId < 0 || idle) {
    void worker.terminate();
    return;
  }
  idle = { worker, script };
}

/**
 * Ends the idle aside thread, and one booted early that no role took: the run gives it no more
 * roles (a run without a JSON, once its analysis is over). Left idle, it was ended by the run's
 * process.exit (main.ts), which waits for its heap's teardown after the run's end; ended now, the
 * teardown runs on the second core while the workbook is written. A role asked for later boots a
 * thread of its own.
 */
export function endIdleThread(): void {
  adoptEarly();
  if (idle) void idle.worker.terminate();
  idle = null;
}

/** True for a message that starts a role (RoleStart). */
export function isRoleStart(m: unknown): m is RoleStart {
  return typeof m === "object" && m !== null && typeof (m as RoleStart).asideRole === "string";
}

/** What an aside worker says: progress, that its guess is void, then its outcome or a failure. */
export interface AsideMessage {
  progress?: [number, number | undefined];
  /** The guess is void (AsideSoFar): the main thread need not wait for the outcome. */
  void?: boolean;
  outcome?: AsideOutcome;
  failed?: string;
}

/** Progress is told every this many rows at most: each message costs the main thread a little. */
const PROGRESS_ROWS = 50_000;

/**
 * The worker's two callbacks for ingestAside: progress every PROGRESS_ROWS rows, and a void guess
 * told at once.
 *
 * @example const told = asideReporter(parentPort!); await ingestAside(source, job, told.progress, told.voided);
 */
export function asideReporter(port: MessagePort): {
  progress: (kind: unknown, done: number, total?: number) => void;
  voided: () => void;
} {
  let told = 0;
  return {
    progress: (_kind, done, total) => {
      if (done - told < PROGRESS_ROWS) return;
      told = done;
      port.postMessage({ progress: [done, total] } satisfies AsideMessage);
    },
    voided: () => port.postMessage({ void: true } satisfies AsideMessage),
  };
}

const TAG = "[object ArrayBuffer]";

/**
 * The table's typed arrays' buffers, transferred rather than copied (the main thread owns them now).
 *
 * @example port.postMessage({ outcome }, buffersOf(outcome));
 */
export function buffersOf(outcome: AsideOutcome): ArrayBuffer[] {
  const out = new Set<ArrayBuffer>();
  const table = outcome.result?.table as Record<string, unknown> | undefined;
  for (const value of Object.values(table ?? {}))
    // Told by its tag, not instanceof: a SharedArrayBuffer cannot be transferred, and an array
    // from another realm (a test's) is no instanceof this one's ArrayBuffer.
    if (ArrayBuffer.isView(value) && Object.prototype.toString.call(value.buffer) === TAG)
      out.add(value.buffer as ArrayBuffer);
  const repeats = outcome.repeats;
  if (repeats)
    for (const a of [repeats.copies, repeats.conflicts]) out.add(a.buffer as ArrayBuffer);
  return [...out];
}

/**
 * The main thread's watch over an aside role started on a thread (roleThread): progress to
 * `onProgress`, a void guess kept for soFar, and the outcome `accept` makes of the worker's last
 * message (null: none, the sheet is read here), after which the thread is given back for the next
 * role. An error or exit before it: null. The worker does not keep the process alive until its
 * outcome is awaited; cancel ends it.
 *
 * @example return watchAside(roleThread(script, "csvAside", data), onProgress, (m) => m.outcome ?? null);
 */
export function watchAside<M extends AsideMessage>(
  worker: Worker,
  onProgress: (rowsDone: number, rowsTotal?: number) => void,
  accept: (last: M) => AsideOutcome | null,
): AsideIngest {
  worker.unref();
  let settle: (outcome: AsideOutcome | null) => void = () => undefined;
  const outcome = new Promise<AsideOutcome | null>((resolve) => (settle = resolve));
  const soFar = { void: false };
  let over = false;
  worker.on("message", (m: M) => {
    if (m.progress) onProgress(m.progress[0], m.progress[1]);
    else if (m.void === true) soFar.void = true;
    else {
      over = true;
      settle(accept(m));
      giveBack(worker);
    }
  });
  worker.on("error", () => settle(null));
  worker.on("exit", () => settle(null));
  return {
    outcome: () => {
      if (!over) worker.ref(); // awaited now: the worker keeps the process alive
      return outcome;
    },
    // Ingest cancels it once read in any case: a thread given back is another role's now.
    cancel: () => {
      if (!over) void worker.terminate();
    },
    // Its messages waiting behind this thread's work (the customers' blocks) are taken first.
    soFar: () => new Promise((resolve) => setImmediate(() => resolve(soFar))),
  };
}
