import { isoDate } from "../parse/date";
import type { Dataset } from "../model";
import type { Lang } from "../schema";
import { sayBoth } from "../words/catalog";
import type { FollowUpSchedule } from "./schedule";

/** A warning about the whole run (not a row): stable code and words. */
export interface RunWarning {
  /** tab_names_kept: the run's language differs from the workbook's last run (words/tabNamesKept.ts). */
  code: "calendar_ends" | "stale_data" | "little_new_data" | "tab_names_kept";
  message: Record<Lang, string>;
}

/**
 * Warnings a manager must see before trusting the schedule (issue 10, 7):
 * - calendar_ends: contacts planned after the last year the holiday lists know (their holidays and
 *   make-up working days are not taken into account); says how to add them;
 * - stale_data: the analysis date is more than `staleDays` after the newest transaction (every buyer
 *   would look like leaving); names the newest date.
 *
 * @example runWarnings(schedule, dataset, asOf, 90).map((w) => w.code) // ["calendar_ends"]
 */
export function runWarnings(
  schedule: FollowUpSchedule,
  dataset: Dataset,
  asOf: number,
  staleDays: number,
): RunWarning[] {
  const out: RunWarning[] = [];
  const known = schedule.calendarKnownUntil;
  let past = 0;
  for (let i = 0; i < schedule.followUps.count; i++) if (schedule.followUps.day[i] > known) past++;
  const horizonPast = Number.isNaN(known) || schedule.end - 1 > known;
  if (past > 0 || horizonPast) {
    const year = Number.isFinite(known) ? Number(isoDate(known).slice(0, 4)) : NaN;
    const next = Number.isFinite(year) ? year + 1 : Number(isoDate(schedule.end - 1).slice(0, 4));
    const until = Number.isFinite(known) ? isoDate(known) : "—";
    out.push({
      code: "calendar_ends",
      message: sayBoth("followUp", "calendarEnds", {
        until,
        past: String(past),
        next: String(next),
      }),
    });
  }
  const t = dataset.transactions;
  let newest = -Infinity;
  for (let i = 0; i < t.count; i++) {
    const d = t.day[i];
    if (d <= asOf + 1 && d > newest) newest = d;
  }
  if (Number.isFinite(newest) && Math.floor(asOf) - Math.floor(newest) > staleDays) {
    const gap = Math.floor(asOf) - Math.floor(newest);
    out.push({
      code: "stale_data",
      message: sayBoth("followUp", "staleData", {
        asOf: isoDate(asOf),
        newest: isoDate(newest),
        gap: String(gap),
      }),
    });
  }
  return out;
}
