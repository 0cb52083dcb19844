import y2025 from "chinese-days/dist/years/2025.json";
import y2026 from "chinese-days/dist/years/2026.json";

/**
 * The default Chinese public holidays (法定节假日) and make-up working days (调休上班日), from the
 * chinese-days package (which transcribes the State Council notices 国务院办公厅关于 2025/2026 年部分
 * 节假日安排的通知). chinese-days 1.5.7 has no 2027 yet (the notice for a year is published in the
 * autumn before it); add 2027 to the rule set's `holidays` / `makeUpWorkdays` once it is announced.
 */
interface YearFile {
  holidays: Record<string, string>;
  workdays: Record<string, string>;
}

const YEARS: readonly YearFile[] = [y2025, y2026];

/** Years the default lists cover. @example DEFAULT_HOLIDAY_YEARS // [2025, 2026] */
export const DEFAULT_HOLIDAY_YEARS: readonly number[] = [2025, 2026];

/** ISO dates of the default public holidays, sorted. @example DEFAULT_HOLIDAYS[0] // "2025-01-01" */
export const DEFAULT_HOLIDAYS: readonly string[] = YEARS.flatMap((y) =>
  Object.keys(y.holidays),
).sort();

/** ISO dates of the default make-up working days (weekend days worked). @example DEFAULT_MAKE_UP_WORKDAYS[0] // "2025-01-26" */
export const DEFAULT_MAKE_UP_WORKDAYS: readonly string[] = YEARS.flatMap((y) =>
  Object.keys(y.workdays),
).sort();
