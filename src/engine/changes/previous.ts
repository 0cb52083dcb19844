import type { GridSource } from "../ingest/workbook";
import { RunLogReader, SegmentsTabReader } from "./segmentsReader";
import type { Snapshot } from "./snapshot";
import { StateReader } from "./state";

/**
 * The previous run's snapshot from the workbook a refresh reads (before its tabs are replaced):
 * the run-state tab when there is one, else the previous Customer segments tab (either language)
 * with the date and rule-set hash from the run log. Null when the workbook has no earlier run, or
 * the source cannot list output tabs (CSV).
 *
 * @example const previous = await readPreviousSnapshot(source); previous?.asOf
 */
export async function readPreviousSnapshot(source: GridSource): Promise<Snapshot | null> {
  if (!source.ownedSheet) return null;
  const state = await source.ownedSheet("runState");
  if (state) {
    const reader = new StateReader();
    await source.readSheet(state, (rows) => reader.push(rows));
    const s = reader.finish();
    if (s) return s;
  }
  const segments = await source.ownedSheet("segments");
  if (!segments) return null;
  const log = new RunLogReader();
  const runLog = await source.ownedSheet("runLog");
  if (runLog) await source.readSheet(runLog, (rows) => log.push(rows));
  const reader = new SegmentsTabReader();
  await source.readSheet(segments, (rows) => reader.push(rows));
  return reader.finish(log.last.asOf, log.last.ruleSetHash);
}
