import type { RunLogRow } from "./changes/history";
import type { RunWarning } from "./followUp/warnings";
import { isoDate } from "./parse/date";
import type { Lang } from "./schema";
import { say } from "./words/catalog";

/**
 * The run-log rows of the run `--previous` names, split at this analysis date: the rows on or
 * before it are carried into this run's history (its run log tab, the Overview's KPI trend, the
 * JSON's history, the change of each KPI), the rows after it are left out. A later run is not
 * compared with (changes/laterRun.ts), and its points stood in this run's trend after its own
 * date, as if this analysis came before them (stop 34: `--as-of 2025-11-30 --previous late.json`
 * carried late.json's 2025-12-31 row into early.xlsx's run log and early.json's history). The
 * workbook's own run log is not split: it is that workbook's record of its runs (kept, appended to);
 * its rows after this analysis are left out of the KPI trend only (history.ts runHistory).
 *
 * @example laterHistory(rows, day("2025-11-30")).after.map((r) => r.asOf) // [day("2025-12-31")]
 */
export function laterHistory(
  rows: readonly RunLogRow[],
  asOf: number,
): { kept: RunLogRow[]; after: RunLogRow[] } {
  const day = Math.floor(asOf);
  return { kept: rows.filter((r) => r.asOf <= day), after: rows.filter((r) => r.asOf > day) };
}

/**
 * Whose run log has the rows dated after this analysis: the `--previous` run's (its file, when the
 * run knows it), left out of this run's run log and KPI trend; or the workbook's own, which stays
 * on the run log tab (its record of runs) and is left out of the KPI trend only (history.ts
 * runHistory).
 */
export type LaterHistorySource = { file: string | undefined } | "workbook";

/**
 * Says the left-out rows (laterHistory `after`) among the run's warnings, in both languages: after
 * the later run's not-compared note when there is one (in that warning), else after an earlier
 * later_history_left_out note, else as a later_history_left_out warning of its own. Nothing when
 * none was left out.
 *
 * @example noteLaterHistory(result.warnings, after, asOf, { file: "late.json" })
 * @example noteLaterHistory(result.warnings, laterHistory(ownRunLog, asOf).after, asOf, "workbook")
 */
export function noteLaterHistory(
  warnings: RunWarning[],
  after: readonly RunLogRow[],
  asOf: number,
  from: LaterHistorySource,
): void {
  const dates = [...new Set(after.map((r) => r.asOf))].sort((a, b) => a - b);
  if (dates.length === 0) return;
  const log = (lang: Lang) =>
    from === "workbook"
      ? say(lang, "analysisNotes", "laterHistoryWorkbook")
      : from.file
        ? say(lang, "analysisNotes", "laterHistoryFile", { file: from.file })
        : say(lang, "analysisNotes", "laterHistoryNoFile");
  const note = (lang: Lang) =>
    say(lang, "analysisNotes", from === "workbook" ? "laterHistoryOnLog" : "laterHistoryLeftOut", {
      log: log(lang),
      runs: dates.length,
      dates:
        dates.length === 1
          ? isoDate(dates[0])
          : say(lang, "analysisNotes", "dateRange", {
              from: isoDate(dates[0]),
              to: isoDate(dates[dates.length - 1]),
            }),
      asOf: isoDate(asOf),
    });
  const before =
    warnings.find((w) => w.code === "later_run_not_compared") ??
    warnings.find((w) => w.code === "later_history_left_out");
  if (before)
    for (const lang of ["zh-CN", "en-US"] as const)
      before.message[lang] = say(lang, "analysisNotes", "alsoNote", {
        first: before.message[lang],
        second: note(lang),
      });
  else
    warnings.push({
      code: "later_history_left_out",
      message: { "zh-CN": note("zh-CN"), "en-US": note("en-US") },
    });
}
