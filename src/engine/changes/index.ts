/**
 * What changed since the last refresh: the snapshot of a run, where the previous one comes from,
 * and the comparison of the two.
 */
import type { Analysis } from "../analyze";
import { compareSnapshots, type Comparison } from "./compare";
import { forgetMeasured, snapshotOf, type Snapshot } from "./snapshot";

export * from "./snapshot";
export * from "./compare";
export { readPreviousSnapshot } from "./previous";
export { stateTable, priorToKeep, StateReader, STATE_SHEET_NAME } from "./state";
export { moverReason, wrongWayText, codeLabel, DIMENSION_WORDS } from "./words";

/** The previous run, this run and their comparison. */
export interface RunChanges {
  previous: Snapshot;
  current: Snapshot;
  comparison: Comparison;
}

/**
 * This run's changes against a previous snapshot (null when there is none).
 *
 * @example const changes = runChanges(analysis, previous); changes?.comparison.wrongWay.length
 */
export function runChanges(
  a: Analysis,
  previous: Snapshot | null,
  current = snapshotOf(a),
): RunChanges | null {
  if (!previous) return null;
  const comparison = compareSnapshots(previous, current);
  forgetMeasured(current); // its transactions measured: not kept past the comparison (snapshot.ts)
  return { previous, current, comparison };
}
export { snapshotFromResultJson } from "./fromJson";
