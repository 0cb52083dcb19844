import type { Cell } from "../cells";
import type { GridSource } from "../ingest/workbook";
import type { OutputTab } from "../report/table";
import { RunLogReader, SegmentsTabReader } from "./segmentsReader";
import type { Snapshot } from "./snapshot";
import { StateReader } from "./state";

/**
 * The previous run's snapshot from the workbook a refresh reads (before its tabs are replaced):
 * the run-state tab when there is one, else the previous Customer segments tab (either language)
 * with the date and rule-set hash from the run log. A tab continued past Excel's row limit is read
 * over all its parts ("客户分类", "客户分类 (2)", …). Null when the workbook has no earlier run,
 * or the source cannot list output tabs (CSV). `file`: the name the Changes tab gives the run it
 * compared with (Snapshot.file: a --previous workbook, the output a run replaces), given to the
 * run and to the earlier run its state keeps (`prior`), whichever the comparison uses.
 *
 * @example const previous = await readPreviousSnapshot(source, "r1.xlsx"); previous?.file // "r1.xlsx"
 */
export async function readPreviousSnapshot(
  source: GridSource,
  file?: string,
): Promise<Snapshot | null> {
  if (!source.ownedSheet) return null;
  const state = new StateReader();
  if (
    await readParts(
      source,
      "runState",
      (rows) => state.push(rows),
      () => state.nextPart(),
    )
  ) {
    const s = state.finish();
    if (s) {
      // The sheets it read are in its run-log row (the state does not keep them).
      const log = await readRunLog(source);
      const sheets = log.sheetsOf(s.asOf);
      if (sheets) s.sheets = sheets;
      if (file !== undefined) s.file = file;
      // The earlier run the state keeps, with its sheets from the same log and the same file,
      // read when asked.
      const prior = s.prior;
      if (prior)
        s.prior = () => {
          const p = prior();
          const priorSheets = p ? log.sheetsOf(p.asOf) : undefined;
          if (p && priorSheets) p.sheets = priorSheets;
          if (p && file !== undefined) p.file = file;
          return p;
        };
      return s;
    }
  }
  const segments = new SegmentsTabReader();
  const read = await readParts(
    source,
    "segments",
    (rows) => segments.push(rows),
    () => segments.nextPart(),
  );
  if (!read) return null;
  const log = await readRunLog(source);
  const s = segments.finish(log.last.asOf, log.last.ruleSetHash);
  const sheets = s ? log.sheetsOf(s.asOf) : undefined;
  if (s && sheets) s.sheets = sheets;
  if (s && file !== undefined) s.file = file;
  return s;
}

/** The workbook's run log, read for the previous run's date, rule-set hash and sheets. */
async function readRunLog(source: GridSource): Promise<RunLogReader> {
  const log = new RunLogReader();
  const runLog = await source.ownedSheet!("runLog");
  if (runLog) await source.readSheet(runLog, (rows) => log.push(rows));
  return log;
}

/**
 * Reads every part of an owned tab in order, telling `nextPart` before parts 2, 3, … (each part
 * starts with its own header row). False when the tab is not there.
 */
export async function readParts(
  source: GridSource,
  tab: OutputTab,
  push: (rows: Cell[][], firstRow: number) => void,
  nextPart: () => void,
): Promise<boolean> {
  const seen = new Set<string>();
  for (let part = 1; ; part++) {
    const sheet = await source.ownedSheet!(tab, part);
    // A source that knows no parts answers part 1 whatever it is asked: stop at a sheet seen.
    if (!sheet || seen.has(sheet)) return part > 1;
    seen.add(sheet);
    if (part > 1) nextPart();
    await source.readSheet(sheet, (rows, firstRow) => push(rows, firstRow));
  }
}
