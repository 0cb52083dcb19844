import type { Cell } from "../cells";
import type { Lang } from "../schema";
import { laterRunWarning } from "../changes/laterRun";
import { say } from "../words/catalog";
import { tabName } from "./outputTabs";
import type { ReportColumn, ReportTable, RowLooks } from "./table";

/**
 * The Changes tab when the run to compare with is later than this analysis (changes/laterRun.ts):
 * the two dates and why nothing is compared, so the last refresh's Changes tab (its movements
 * measured to that later date) is not left in the workbook beside this run's tabs (stop 33 tester
 * #1). The run's warning says the same words.
 *
 * @example changesSkippedTable(day("2026-01-15"), day("2025-12-31"), "en-US").rowCount // 4
 */
export function changesSkippedTable(
  laterAsOf: number,
  asOf: number,
  lang: Lang,
  kept?: number,
): ReportTable {
  const w = (code: "title" | "previousDate" | "thisDate") => say(lang, "changes", code);
  // The warning's words, with the kept run state when it is (laterRun.ts laterOwnRun).
  const note = laterRunWarning(laterAsOf, asOf, kept).message[lang];
  const rows: Cell[][] = [
    [w("title"), null, null, null],
    [w("previousDate"), laterAsOf, w("thisDate"), asOf],
    [null, null, null, null],
    [note, null, null, null],
  ];
  const looks: RowLooks[] = [[null], [null, "date", null, "date"], [null], ["note"]];
  const columns: ReportColumn[] = [22, 12, 20, 12].map((width, k) => ({
    key: `c${k + 1}`,
    header: "",
    format: "text" as const,
    width,
  }));
  return {
    tab: "changes",
    sheetName: tabName("changes", lang),
    columns,
    rowCount: rows.length,
    rows: (start, end) => rows.slice(Math.max(0, start), Math.min(end, rows.length)),
    looks: { rows: looks },
    style: "layout",
    mode: "replace",
  };
}
