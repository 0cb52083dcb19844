// Worker threads kept for more than one job (issue 11: fewer isolates at 100,000 customers). A run
// of large CSV files had five threads besides the main one: the CSV worker started on standby (it
// reads the customers and the contacts, then idled to the end of the run), the transactions' aside
// worker, the model fits' (src/cli/backtestWorker.ts), the JSON's (src/cli/jsonWorker.ts) and the
// deflating one (deflateWorker.ts). Each thread's start is Node's own bootstrap (~65-85 CPU-ms and
// ~2k page faults on the project's VM, load 5) and a young generation of its own, touched fresh.
//
// A host is a CSV worker (build/cli/csvWorker.js) whose read is over: it stays alive, idle and
// unref'd, in a list here, and takes the next job: another CSV read (csvWorkerRead.ts), or a role,
// the model fits, the JSON or the deflating, each run in it on a MessagePort of its own (a
// MessageChannel's second port, sent with the job) by a module the host requires on the spot (a
// role's bundle: its code loads only in the thread that runs it) or by a source it compiles (the
// deflating). When a role is over its port is closed and the host goes back to the list. The list
// is a global: the loader (src/cli/loader.ts, bundle main.js) puts the first host in before the
// command line's bundle (run.js) is loaded. Hosts are never waited for: the process exits with
// them idle.
import { MessageChannel, type MessagePort, type Transferable, Worker } from "node:worker_threads";

/** Where idle hosts wait (a global: the loader's bundle is another module). */
const IDLE_KEY = Symbol.for("customer-analytics.workerHost.idle");

/** Set in a host thread while it runs: a role's bundle then serves the port it is given only. */
const HOST_KEY = Symbol.for("customer-analytics.workerHost.isHost");

/** Hosts kept idle at most (the standby CSV worker and the transactions' aside worker). */
const MAX_IDLE = 2;

type Slot = Record<symbol, unknown>;

/** A worker as the list holds it: the script it runs, and its listener while idle. */
type Host = Worker & { hostScript?: string; idleExit?: () => void };

function idle(): Host[] {
  const slot = globalThis as Slot;
  let list = slot[IDLE_KEY] as Host[] | undefined;
  if (!Array.isArray(list)) slot[IDLE_KEY] = list = [];
  return list;
}

/** True in a host thread (set by the host before it requires a role's bundle). */
export function inHost(): boolean {
  return (globalThis as Slot)[HOST_KEY] === true;
}

/** Marks this thread as a host (csvWorker.ts, in the worker). */
export function markHost(): void {
  (globalThis as Slot)[HOST_KEY] = true;
}

/**
 * An idle host, taken out of the list: the first alive one running `script` (any script when
 * none is named), or null. A thread that failed to start or has ended has threadId -1.
 */
export function takeHost(script?: string): Worker | null {
  const list = idle();
  for (let i = 0; i < list.length; i++) {
    const w = list[i];
    if (w.threadId < 0) {
      list.splice(i--, 1);
      continue;
    }
    if (script !== undefined && w.hostScript !== script) continue;
    list.splice(i, 1);
    if (w.idleExit) w.off("exit", w.idleExit);
    return w;
  }
  return null;
}

/**
 * An idle host for a role (the model fits, the JSON, the deflating), or null: the role starts a
 * thread of its own. CA_WORKER_HOST=0 keeps every role in a thread of its own (a comparison).
 */
export function takeRoleHost(): Worker | null {
  return process.env.CA_WORKER_HOST === "0" ? null : takeHost();
}

/**
 * Keeps `worker` (running `script`, a host's) idle for a later job, unref'd, its listeners
 * removed; when MAX_IDLE hosts already wait, it is ended instead.
 */
export function keepHost(worker: Worker, script: string): void {
  for (const event of ["message", "error", "exit", "messageerror"])
    worker.removeAllListeners(event);
  worker.on("error", () => undefined); // the job that takes it is told by its exit
  worker.unref();
  const list = idle();
  if (list.length >= MAX_IDLE || worker.threadId < 0) {
    void worker.terminate();
    return;
  }
  // One that ends while idle leaves the list (a job is never posted to a dead thread).
  const idleExit = () => {
    const at = list.indexOf(host);
    if (at >= 0) list.splice(at, 1);
  };
  const host: Host = Object.assign(worker, { hostScript: script, idleExit });
  host.once("exit", idleExit);
  list.push(host);
}

/** Takes `worker` out of the list if it is there (it is to be ended). */
export function dropHost(worker: Worker): void {
  const list = idle();
  const at = list.indexOf(worker as Host);
  if (at >= 0) list.splice(at, 1);
  const idleExit = (worker as Host).idleExit;
  if (idleExit) worker.off("exit", idleExit);
}

/** What a host is sent to run a role: a module's `hosted` export, or a source's function. */
export interface HostRole {
  /** A role's bundle: `require(script).hosted(port, data)`. */
  script?: string;
  /** Or a function's body, run as `new Function("port", "zlib", source)(port, zlib)`. */
  source?: string;
  data?: unknown;
  port: MessagePort;
}

/**
 * A role run in a host on a port of its own. `port` is the main thread's end; `ended` settles
 * (never rejects) when the role's port is closed or the host has stopped, with the host's exit
 * code then (null: the role closed its port, the host lives on).
 */
export interface HostedRole {
  port: MessagePort;
  host: Worker;
  /** The host's error, when it stopped with one (an uncaught exception in the role). */
  error(): Error | null;
  ended: Promise<number | null>;
  /** The host back to the list (after the role's port closed), or ended when it stopped. */
  release(): void;
  /** Ends the host (the run failed or gave the job up). */
  stop(): Promise<void>;
}

/**
 * Starts a role in `host` (taken by takeHost): a MessageChannel, its second port sent to the host
 * with the role (`transfer` moved with it). The host's uncaught error or exit ends the role.
 */
export function runRole(
  host: Worker,
  role: Omit<HostRole, "port">,
  transfer: readonly Transferable[] = [],
): HostedRole {
  const script = (host as Host).hostScript ?? "";
  const { port1, port2 } = new MessageChannel();
  let failure: Error | null = null;
  let exitCode: number | null = null;
  let settle: (code: number | null) => void = () => undefined;
  const ended = new Promise<number | null>((resolve) => (settle = resolve));
  host.on("error", (e: Error) => (failure ??= e));
  host.on("exit", (code) => {
    exitCode = code;
    settle(code);
  });
  if (host.threadId < 0) settle(1); // ended already (its exit was seen before this role)
  port1.on("close", () => settle(null));
  const message: { host: HostRole } = { host: { ...role, port: port2 } };
  host.postMessage(message, [port2, ...transfer]);
  let released = false;
  return {
    port: port1,
    host,
    error: () => failure,
    ended,
    release() {
      if (released) return;
      released = true;
      port1.close();
      // At once (a setImmediate waited 1.8 s behind the workbook's writing, and the deflating
      // started a thread of its own meanwhile). A host that stopped is not kept, and one whose
      // exit is not yet seen here is told to the next role by its exit (runRole).
      if (exitCode === null && failure === null && host.threadId >= 0) keepHost(host, script);
      else void host.terminate();
    },
    async stop() {
      released = true;
      port1.close();
      await host.terminate();
    },
  };
}
