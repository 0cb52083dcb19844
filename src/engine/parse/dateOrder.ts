import type { Cell } from "../cells";
import {
  DMY_OR_MDY,
  dateText,
  isoDateTimeShape,
  parseDate,
  yearFirstShortDate,
  type EpochDay,
} from "./date";

/**
 * The order of day and month in a text date such as `03/04/2025`: month first (US Excel, our
 * reading when nothing says otherwise) or day first (most of Europe, Hong Kong exports).
 */
export type DateOrder = "monthFirst" | "dayFirst";

/** What one value says about its column's order: only the first or second number > 12 says anything. */
export type DateOrderClue = DateOrder | "ambiguous" | "none";

/**
 * What a cell says about its column's day/month order: `dayFirst` when its first number cannot be
 * a month (`25/03/2025`), `monthFirst` when its second cannot (`03/25/2025`), `ambiguous` when both
 * could be (`03/04/2025`), `none` for any other value (ISO dates, serials, blanks, `05/05/2025`).
 *
 * @example dateOrderClue("25/03/2025") // "dayFirst"
 * @example dateOrderClue("03/04/2025") // "ambiguous"
 * @example dateOrderClue("2025-03-04") // "none"
 */
export function dateOrderClue(value: Cell): DateOrderClue {
  if (typeof value !== "string") return "none";
  // The usual ISO text (2025-03-07) first, recognised as parseDate does: no regex for the millions
  // of rows a CSV holds (" 2-1-1990 " is ten characters with a "-" fifth: a date whose order counts).
  if (value.length === 10 && value.charCodeAt(4) === 45 && value.charCodeAt(7) === 45)
    return "none";
  // …and its date-time (2025-03-07 14:30): year first, no order to show.
  if (isoDateTimeShape(value)) return "none";
  // The pattern parseDate reads n/n/yyyy with, on the text it reads (half-width, trimmed).
  const m = DMY_OR_MDY.exec(dateText(value));
  if (!m) return "none";
  const a = +m[1];
  const b = +m[2];
  // 05/05/2025 reads the same either way round.
  if (a < 1 || b < 1 || a === b || (a > 12 && b > 12)) return "none";
  if (a > 12) return "dayFirst";
  if (b > 12) return "monthFirst";
  return "ambiguous";
}

/** How a column's order was decided, for the finding's words. */
export type OrderReason = "column" | "mixed" | "assumed";

export interface DateOrderDecision {
  order: DateOrder;
  reason: OrderReason;
}

/**
 * One date column's evidence about its day/month order, gathered value by value and decided once
 * for the whole column: the first value that shows the order decides it (day first when its first
 * number is > 12, month first when its second is), never each cell alone. A column that shows both
 * orders keeps the first one shown and is reported as mixed; one that shows neither keeps the
 * month-first reading and is reported as assumed (`decide()`).
 *
 * @example
 * const column = new DateOrderEvidence();
 * column.add("03/04/2025", 2); column.add("25/03/2025", 3);
 * column.order // "dayFirst"
 */
export class DateOrderEvidence {
  dayFirst = 0;
  monthFirst = 0;
  ambiguous = 0;
  /** The first row showing each order and its text, for the finding. */
  firstDayFirst: { row: number; text: string } | null = null;
  firstMonthFirst: { row: number; text: string } | null = null;
  firstAmbiguous: { row: number; text: string } | null = null;
  /** The order decided by the first value that shows one; null until then. */
  order: DateOrder | null = null;

  /** Counts one value (its clue, dateOrderClue's unless given); returns its clue. */
  add(value: Cell, row: number, clue: DateOrderClue = dateOrderClue(value)): DateOrderClue {
    if (clue === "none") return clue;
    const text = String(value).trim();
    if (clue === "ambiguous") {
      this.ambiguous++;
      this.firstAmbiguous ??= { row, text };
    } else if (clue === "dayFirst") {
      this.dayFirst++;
      this.firstDayFirst ??= { row, text };
      this.order ??= "dayFirst";
    } else {
      this.monthFirst++;
      this.firstMonthFirst ??= { row, text };
      this.order ??= "monthFirst";
    }
    return clue;
  }

  /** True when the order was assumed (month first) before any value showed it. */
  assumed = false;

  /** Settles the order as month first before any value shows it (too many rows held back). */
  assume(): void {
    if (this.order) return;
    this.order = "monthFirst";
    this.assumed = true;
  }

  /** True while ambiguous values have been met and no value has shown the order. */
  get waiting(): boolean {
    return this.order === null && this.ambiguous > 0;
  }

  /**
   * The column's order now that all of it has been read (or as much as may be held back): the
   * order its values show (`column`), the first shown when they show both (`mixed`), or month
   * first when they show neither (`assumed`).
   */
  decide(): DateOrderDecision {
    const mixed = this.dayFirst > 0 && this.monthFirst > 0;
    if (this.assumed && !mixed) return { order: "monthFirst", reason: "assumed" };
    if (this.order) return { order: this.order, reason: mixed ? "mixed" : "column" };
    return { order: "monthFirst", reason: "assumed" };
  }
}

/**
 * What a short date (two digits first: 26/11/30, 25/12/01) says about whether its column writes
 * yy/mm/dd: `yearFirst` when only that reading is a day in [earliest, asOf] (26/11/30: day first
 * 1930-11-26; 26/11/29: day first 2029-11-26, after the analysis date), `other` when only a
 * day/month/year reading is (30/11/26: year first 2030; 03/25/26: no month 25), `ambiguous` when
 * both are (25/12/01: 2025-12-01 or 2001-12-25), `none` for any other value or when neither is.
 *
 * @example shortYearClue("26/11/30", epochDay(1990, 1, 1), epochDay(2026, 12, 6)) // "yearFirst"
 * @example shortYearClue("25/12/01", epochDay(1990, 1, 1), epochDay(2026, 12, 6)) // "ambiguous"
 */
export function shortYearClue(
  value: Cell,
  earliest: EpochDay,
  asOf: EpochDay,
): "yearFirst" | "other" | "ambiguous" | "none" {
  const ymd = yearFirstShortDate(value);
  if (Number.isNaN(ymd) && (typeof value !== "string" || !SHORT_THREE.test(dateText(value))))
    return "none";
  const within = (day: EpochDay) => day >= earliest && day <= asOf;
  const yearFirst = within(ymd);
  const other = within(parseDate(value, "dayFirst")) || within(parseDate(value, "monthFirst"));
  if (yearFirst && other) return "ambiguous";
  if (yearFirst) return "yearFirst";
  return other ? "other" : "none";
}

/** n/n/n with a two-digit first number and a two-digit last: the shape both readings may take. */
const SHORT_THREE = /^\d{2}\/\d{1,2}\/\d{2}$/;

/**
 * One transaction date column's evidence about its short dates' order (shortYearClue), decided
 * once for the whole column as DateOrderEvidence decides day/month: the first value only one
 * reading makes a day decides it, the values either way round held back until then (reviewer64
 * M1: 26/11/30 was read year first and 25/12/01 beside it day first, 2001 and 2026 in one column).
 * Never shown: read day/month/year as before.
 */
export class ShortYearEvidence {
  /** True once the column reads its short dates year first; null until a value shows it. */
  yearFirst: boolean | null = null;
  ambiguous = 0;
  /** The first value showing year first, its row and its other reading (for the finding). */
  firstYearFirst: { row: number; text: string } | null = null;
  /** How many of the column's dates were read year first. */
  read = 0;

  constructor(
    private readonly earliest: EpochDay,
    private readonly asOf: EpochDay,
  ) {}

  /** Counts one value of the column. */
  add(value: Cell, row: number): void {
    if (this.yearFirst !== null) return;
    const clue = shortYearClue(value, this.earliest, this.asOf);
    if (clue === "ambiguous") this.ambiguous++;
    else if (clue === "yearFirst") {
      this.yearFirst = true;
      this.firstYearFirst = { row, text: String(value).trim() };
    } else if (clue === "other") this.yearFirst = false;
  }

  /** True while values either way round have been met and none has shown the order. */
  get waiting(): boolean {
    return this.yearFirst === null && this.ambiguous > 0;
  }

  /** Settles the column as read day/month/year (nothing in it says otherwise yet). */
  assume(): void {
    this.yearFirst ??= false;
  }
}
