// The aside thread's bundle (build/cli/asideWorker.js, scripts/build-cli.mjs): one worker thread
// that plays the roles the run gives the second core, one after the other, each started by a
// message (src/workbook/file/asideThread.ts roleThread): a sheet ingested aside (CSV or workbook),
// the repeat-purchase fits (backtestWorker.ts), the JSON result (jsonWorker.ts). Each role's code is
// a bundle of its own beside this one, required when the role is first played: a run that never
// asks for a role does not load it. It does nothing when imported, nor in a thread booted without
// its mark (ASIDE_THREAD).
import path from "node:path";
import { isMainThread, parentPort, workerData } from "node:worker_threads";
import { ASIDE_THREAD, isRoleStart, type RoleStart } from "../workbook/file/asideThread";
import type { CsvAsideJob } from "../workbook/file/csvAside";
import type { XlsxAsideData } from "../workbook/file/xlsxAsideWorkerMain";
import type { JsonJob } from "./jsonWorker";

/** A role's handler of the messages after its start (the model's jobs, the JSON's temp path). */
type Listener = (m: unknown) => void;

/** A role's bundle beside this one (build-cli.mjs asideRoles), loaded once. */
function role<T>(name: string): T {
  // Required by its path at run time: esbuild leaves it to Node (not bundled into this one).
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require(path.join(__dirname, `${name}.js`)) as T;
}

function play(start: RoleStart): Listener | null {
  switch (start.asideRole) {
    case "csvAside":
      void role<typeof import("../workbook/file/csvAside")>("csvAside").runAside(
        start.data as CsvAsideJob,
      );
      return null;
    case "xlsxAside":
      void role<typeof import("../workbook/file/xlsxAsideWorker")>("xlsxAside").runXlsxAside(
        start.data as XlsxAsideData,
      );
      return null;
    case "model":
      return role<typeof import("./backtestWorker")>("backtestWorker").serveModels();
    case "json":
      return role<typeof import("./jsonWorker")>("jsonWorker").writeJson(start.data as JsonJob);
  }
}

const data = workerData as (Partial<typeof ASIDE_THREAD> & { preload?: string }) | null;
if (!isMainThread && data?.asideThread === ASIDE_THREAD.asideThread) {
  let listener: Listener | null = null;
  // Booted before its role is known (asideThread.ts bootAsideEarly): the role's bundle it is
  // expected to play is loaded now, while the main thread loads its own. One that fails to load
  // is met again when the role is played (its error then is the role's).
  if (data.preload) {
    try {
      role(data.preload);
    } catch {
      // said when played
    }
  }
  parentPort!.on("message", (m: unknown) => {
    if (isRoleStart(m)) listener = play(m);
    else listener?.(m);
  });
}
