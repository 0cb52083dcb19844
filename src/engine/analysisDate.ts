import type { RuleSet } from "./rules/schema";
import { epochDay, MS_PER_DAY, readTypedDate, type EpochDay } from "./parse/date";

/**
 * The one owner of "which day does this run analyse". Every entry point (command line, task pane,
 * bench, tests) resolves the date here once and hands the day number to every step; no step reads
 * `rules.asOf` itself.
 */

/** Where the analysis date came from, for the run log and messages. */
export type AnalysisDateSource = "explicit" | "rules" | "today";

export interface AnalysisDateInput {
  /** A date the user gave for this run (`--as-of`): it wins over the rule set's. */
  explicit?: EpochDay;
  /**
   * The rule set: its `asOf` (any form --as-of takes: readTypedDate) applies when no explicit date
   * is given.
   */
  rules?: Pick<RuleSet, "asOf">;
  /** Today as the host sees it (the machine's local day; the preview's sample day). */
  today: () => EpochDay;
}

/**
 * The analysis date of a run, a whole epoch day: the explicit date, else the rule set's `asOf`,
 * else today. An `asOf` that is not a valid date falls through to today (the rule-set schema
 * rejects one before it gets here).
 *
 * @example resolveAnalysisDate({ rules: { asOf: "2025-06-30" }, today: () => 0 }) // epochDay(2025, 6, 30)
 * @example resolveAnalysisDate({ explicit: 20000.5, rules: { asOf: "2025-06-30" }, today }) // 20000
 */
export function resolveAnalysisDate(input: AnalysisDateInput): EpochDay {
  return analysisDateWithSource(input).day;
}

/**
 * The analysis date and which of explicit / rule set / today gave it.
 *
 * @example analysisDateWithSource({ today: () => 20000 }) // { day: 20000, source: "today" }
 */
export function analysisDateWithSource(input: AnalysisDateInput): {
  day: EpochDay;
  source: AnalysisDateSource;
} {
  if (input.explicit !== undefined && Number.isFinite(input.explicit))
    return { day: Math.floor(input.explicit), source: "explicit" };
  const fromRules = input.rules?.asOf !== undefined ? readTypedDate(input.rules.asOf).day : NaN;
  if (Number.isFinite(fromRules)) return { day: Math.floor(fromRules), source: "rules" };
  return { day: Math.floor(input.today()), source: "today" };
}

/**
 * Today as an epoch day in the machine's own time zone (what the user calls today, not UTC's).
 * The clock is a parameter so callers and tests can inject it.
 *
 * @example localToday(new Date(2025, 5, 30, 23, 59)) // epochDay(2025, 6, 30)
 */
export function localToday(now: Date = new Date()): EpochDay {
  return epochDay(now.getFullYear(), now.getMonth() + 1, now.getDate());
}

/**
 * Now as an epoch day with the time of day, read on the local wall clock (as the run log shows it).
 *
 * @example localNow(new Date(2025, 5, 30, 12, 0)) // epochDay(2025, 6, 30) + 0.5
 */
export function localNow(now: Date = new Date()): EpochDay {
  return (
    localToday(now) +
    (now.getHours() * 3_600_000 + now.getMinutes() * 60_000 + now.getSeconds() * 1000) / MS_PER_DAY
  );
}
