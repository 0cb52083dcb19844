import type { Cell } from "../../engine/cells";
import { DAYS_1900_TO_1904, excelEpochOffset, MS_PER_DAY } from "../../engine/parse/date";

// Taken once: the reader uses it per date cell, and an imported binding read as CommonJS (tsx,
// the CLI's bundle) goes through an export getter on every use.
const MS_PER_DAY_ = MS_PER_DAY;

/** What a cell's style says about its numbers: a date format or not, per cell-format index. */
export interface CellStyles {
  /** True when the cell format `s` shows dates or times. */
  isDate(s: number): boolean;
  /**
   * The currency cell format `s` shows numbers in: a CURRENCY_SYMBOLS code, LOCALE_CURRENCY for a
   * built-in currency format, 0 for none (absent: none).
   */
  currency?(s: number): number;
}

/** A number in a date-formatted cell that no date has: kept as the number (see the finding). */
export interface NotADate {
  row: number;
  column: number;
  value: number;
}

/** The largest serial Excel shows as a date: 9999-12-31 (1900 system); 1904 is 1,462 less. */
const MAX_SERIAL_1900 = 2_958_465;

/**
 * The date side of reading a sheet's number cells: whether a cell's style shows dates, and the
 * epoch day (or Date) of a date cell's serial in the workbook's date system. A number no date has
 * (13800138000 formatted as a date) stays the number, and is recorded and told.
 *
 * @example
 * const dates = new DateCells({ isDate: (s) => s === 1 }, false);
 * dates.isDate(1) && dates.dayOf(45000, 2, 1) // 19722 (2023-03-15)
 */
export class DateCells {
  // Per cell-format index: 0 not asked yet, 1 a date format, 2 not (a row's cells cycle through a
  // few formats, so one "last style" entry missed on nearly every cell).
  private known = new Uint8Array(64);
  /** The serial of 1970-01-01 in the workbook's date system, and the largest serial with a date. */
  private readonly epochSerial: number;
  private readonly maxSerial: number;
  private readonly date1904: boolean;
  /** The last Date dateOf made, and its time (a sheet sorted by date repeats it row after row). */
  private lastMs = NaN;
  private lastDate = new Date(NaN);
  /** Numbers in date-formatted cells outside Excel's date range (the first 1,000). */
  readonly notDates: NotADate[] = [];
  notDateCount = 0;
  /** Told of every such number as it is read (row, 1-based column, value): each one a finding. */
  onNotADate: ((row: number, column: number, value: number) => void) | undefined;

  constructor(
    private readonly styles: CellStyles,
    date1904: boolean,
  ) {
    this.date1904 = date1904;
    this.epochSerial = excelEpochOffset(date1904);
    this.maxSerial = date1904 ? MAX_SERIAL_1900 - DAYS_1900_TO_1904 : MAX_SERIAL_1900;
  }

  /** True when cell format `style` shows dates (the styles are asked once per format). */
  isDate(style: number): boolean {
    if (style >= 65536) return this.styles.isDate(style); // not a format index Excel writes
    let known = this.known[style];
    if (known === undefined) {
      // A format index past the table: grow it (indices are below 64,000 in Excel).
      const grown = new Uint8Array(Math.max(style + 1, this.known.length * 2));
      grown.set(this.known);
      this.known = grown;
      known = 0;
    }
    if (known === 0) {
      known = this.styles.isDate(style) ? 1 : 2;
      this.known[style] = known;
    }
    return known === 1;
  }

  /**
   * Whether a date cell's serial has a date (dayOf records and tells those that have none). In the
   * 1900 system serial 60 is Excel's 1900-02-29, a day that never was (parse/date.ts
   * fromExcelSerial: one rule for serials below 61).
   */
  hasDay(serial: number): boolean {
    return (
      serial >= 0 && serial < this.maxSerial + 1 && (serial < 60 || serial >= 61 || this.date1904)
    );
  }

  /**
   * A date cell's value: its Date, or the serial itself when no date has it. The Date of dayOf's
   * day (toJsDate), made from the milliseconds dayOf divides: `Math.round(ms / MS_PER_DAY *
   * MS_PER_DAY)` is `ms` for every millisecond count a date has (the division's error is below
   * 2^-52 of it, some 0.06 ms at most), so the Date is the same, without the round trip. A date
   * cell of the same time as the last one made (a transactions sheet sorted by date: ~1,000 days
   * over 1,000,000 rows) is given that same Date object: nothing that reads cells changes a Date
   * (no setter is called on one anywhere in src), and a Date a row made was ~5% of reading it.
   */
  dateOf(serial: number, row: number, column: number): Cell {
    if (!this.hasDay(serial)) return this.notADate(serial, row, column);
    const epoch = serial >= 61 || this.date1904 ? this.epochSerial : this.epochSerial - 1;
    const ms = Math.round((serial - epoch) * MS_PER_DAY_);
    if (ms !== this.lastMs) {
      this.lastMs = ms;
      this.lastDate = new Date(ms);
    }
    return this.lastDate;
  }

  /**
   * The epoch day of a date cell's serial, to the millisecond (what its Date reads as), or NaN for
   * a number no date has (then recorded and told: the cell is read as the number).
   */
  dayOf(serial: number, row: number, column: number): number {
    if (!this.hasDay(serial)) {
      this.notADate(serial, row, column);
      return NaN;
    }
    // Before 1900-03-01 (serial 61) Excel's count is one more than the days since 1899-12-30
    // (its false 1900-02-29): serial 1 is 1900-01-01, as fromExcelSerial reads it.
    const epoch = serial >= 61 || this.date1904 ? this.epochSerial : this.epochSerial - 1;
    return Math.round((serial - epoch) * MS_PER_DAY_) / MS_PER_DAY_;
  }

  /** Records and tells a number in a date cell that no date has; returns it (the cell's value). */
  private notADate(serial: number, row: number, column: number): number {
    this.notDateCount++;
    this.onNotADate?.(row, column, serial);
    if (this.notDates.length < 1000) this.notDates.push({ row, column, value: serial });
    return serial;
  }
}
