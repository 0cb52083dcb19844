import { isoDate } from "../parse/date";
import { sayBoth } from "../words/catalog";
import type { RunWarning } from "../followUp/warnings";
import type { Snapshot } from "./snapshot";

/**
 * One rule for a run to compare with that is dated after this analysis (the workbook's own last
 * run or --previous alike; stop 33 tester #1: `--as-of 2025-12-31` on a workbook last run on
 * 2026-01-15 listed 20 "worse" and 526 "better", every movement time running backwards). Analysing
 * an earlier date is legitimate (re-running a past month), so the analysis runs in full; the
 * comparison is left out and the run says why (console, pane, run log and JSON warnings, and the
 * Changes tab). The same date is a re-run and is compared (only the data moved).
 *
 * @example laterRun(snapshotOf2026_01_15, day("2025-12-31")) // the snapshot: not compared with
 */
export function laterRun(previous: Snapshot | null, asOf: number): Snapshot | null {
  return previous && Math.floor(previous.asOf) > Math.floor(asOf) ? previous : null;
}

/** The run's warning when the comparison with a later run was left out (laterRun). */
export function laterRunWarning(previousAsOf: number, asOf: number): RunWarning {
  return {
    code: "later_run_not_compared",
    message: sayBoth("changes", "laterRunNotCompared", {
      previous: isoDate(previousAsOf),
      asOf: isoDate(asOf),
    }),
  };
}
