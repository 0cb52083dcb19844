import type { Dataset } from "../model";
import { parseIsoDate, type EpochDay } from "../parse/date";
import type { RuleSet } from "../rules/schema";

const MS_PER_DAY = 86_400_000;

/**
 * The first day before the analysis window: the window is the days d with start < d ≤ asOf, i.e.
 * `months` calendar months back (a 12-month window at 2025-06-30 starts after 2024-06-30). A day
 * of the month the earlier month lacks is clamped (31 March − 1 month → 28/29 February).
 *
 * @example windowStart(epochDay(2025, 6, 30), 12) === epochDay(2024, 6, 30) // true
 */
export function windowStart(asOf: EpochDay, months: number): EpochDay {
  const date = new Date(Math.floor(asOf) * MS_PER_DAY);
  const y = date.getUTCFullYear();
  const m = date.getUTCMonth() - months;
  const lastDay = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return Date.UTC(y, m, Math.min(date.getUTCDate(), lastDay)) / MS_PER_DAY;
}

/**
 * The analysis date: the rule set's asOf when it has one, else the dataset's (set by ingest from
 * --as-of or today). The caller should give ingest the same date so future-dated rows are flagged
 * consistently; rows after it are ignored by the analysis either way.
 *
 * @example analysisDate(defaultRules(), dataset) === Math.floor(dataset.asOf) // true
 */
export function analysisDate(
  rules: Pick<RuleSet, "asOf">,
  dataset: Pick<Dataset, "asOf">,
): EpochDay {
  const fromRules = rules.asOf !== undefined ? parseIsoDate(rules.asOf) : NaN;
  return Math.floor(Number.isNaN(fromRules) ? dataset.asOf : fromRules);
}
