import type { ExcelRun } from "../office/run";

/** One sync as the simulated Excel worked it: when its task started and how long it ran (ms). */
export interface SimulatedSync {
  start: number;
  ms: number;
}

export interface RoundTripOptions {
  /** Ends the current task and resumes in a new one (a MessageChannel message in a browser). */
  nextTask: () => Promise<void>;
  /** The clock the syncs are timed with (performance.now in a browser). */
  now: () => number;
  /** Called after each sync with the simulator's time in it. */
  onSync?: (sync: SimulatedSync) => void;
}

/**
 * Excel.run over the simulator with each `context.sync()` as a round trip, as in Excel: in Excel
 * the request goes to Excel's own process and the answer comes back in a later task of the page,
 * while the simulator does Excel's work on the page's thread in microtasks of the same task as
 * the add-in's code. Here the request leaves at the end of the add-in's task, the simulator works
 * in a task of its own (timed), and the answer is handled in the task after. So a long task on a
 * page that uses this is either the simulator's (Excel's work; it would not exist in the pane in
 * real Excel) or the add-in's, never both, and a browser test can tell them apart.
 *
 * @example const run = roundTripRun(excel.run, { nextTask, now: () => performance.now() });
 */
export function roundTripRun(run: ExcelRun, options: RoundTripOptions): ExcelRun {
  const { nextTask, now, onSync } = options;
  return (batch, runOptions) =>
    run(async (context) => {
      const sync = context.sync.bind(context);
      (context as unknown as { sync: (v?: unknown) => Promise<unknown> }).sync = async (
        value?: unknown,
      ) => {
        await nextTask(); // the request travels to Excel
        const start = now();
        try {
          return await sync(value);
        } finally {
          onSync?.({ start, ms: now() - start });
          await nextTask(); // the answer travels back
        }
      };
      return batch(context);
    }, runOptions);
}
