import { epochDay, MS_PER_DAY } from "../engine/parse/date";

/**
 * The sample's calendar: days of the history window with a shopping-season weight each (the 618 and
 * Double 11 peaks, the Chinese New Year dip), grouped by month so purchases can be placed month by
 * month.
 */

/** Year, month (1–12) and day of an epoch day. @example calendarDate(0) // [1970, 1, 1] */
export function calendarDate(day: number): [number, number, number] {
  const d = new Date(Math.floor(day) * MS_PER_DAY);
  return [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()];
}

// Chinese New Year's day (正月初一); other years fall back to 1 February.
const NEW_YEAR: Record<number, [number, number]> = {
  2018: [2, 16],
  2019: [2, 5],
  2020: [1, 25],
  2021: [2, 12],
  2022: [2, 1],
  2023: [1, 22],
  2024: [2, 10],
  2025: [1, 29],
  2026: [2, 17],
  2027: [2, 6],
  2028: [1, 26],
  2029: [2, 13],
  2030: [2, 3],
};

/** Epoch day of Chinese New Year in a year. @example calendarDate(chineseNewYear(2025)) // [2025, 1, 29] */
export function chineseNewYear(year: number): number {
  const [m, d] = NEW_YEAR[year] ?? [2, 1];
  return epochDay(year, m, d);
}

/**
 * How busy a day is for buying, 1 on an ordinary day: a ramp up to 618 (18 June) and Double 11
 * (11 November), a smaller Double 12, shopping before Chinese New Year and a dip over the holiday.
 *
 * @example seasonWeight(epochDay(2025, 11, 11)) > seasonWeight(epochDay(2025, 11, 20)) // true
 */
export function seasonWeight(day: number): number {
  const [y, m, d] = calendarDate(day);
  let w = 1;
  if (m === 6 && d <= 18) w += 0.3 + (d === 18 ? 1.5 : 0.04 * d);
  if (m === 11 && d <= 11) w += 0.4 + (d === 11 ? 3 : 0.06 * d);
  if (m === 12 && d === 12) w += 0.8;
  for (const ny of [chineseNewYear(y), chineseNewYear(y + 1)]) {
    const off = Math.floor(day) - ny;
    if (off >= -7 && off <= 7) w *= 0.35;
    else if (off >= -21 && off < -7) w *= 1.2;
  }
  return w;
}

/**
 * The history window [first, last] day by day: season weights, months, and cumulative weights for
 * the mass of any span and for placing a purchase on a day within its month.
 *
 * @example
 * const cal = new Calendar(epochDay(2025, 1, 1), epochDay(2025, 12, 31));
 * cal.months; // 12
 */
export class Calendar {
  readonly first: number;
  readonly last: number;
  /** Epoch day each month starts (the first month may start at `first`, mid-month). */
  readonly monthStart: Int32Array;
  /** Exclusive end day of each month (the last month ends after `last`). */
  readonly monthEnd: Int32Array;
  /** Sum of season weights of each month's days. */
  readonly monthMass: Float64Array;
  /** cum[i] = season weight of days first … first + i − 1. */
  private readonly cum: Float64Array;

  constructor(first: number, last: number) {
    this.first = first;
    this.last = last;
    const n = last - first + 1;
    this.cum = new Float64Array(n + 1);
    const starts: number[] = [];
    for (let i = 0; i < n; i++) {
      const day = first + i;
      if (i === 0 || calendarDate(day)[2] === 1) starts.push(day);
      this.cum[i + 1] = this.cum[i] + seasonWeight(day);
    }
    this.monthStart = Int32Array.from(starts);
    this.monthEnd = Int32Array.from(starts.slice(1).concat([last + 1]));
    this.monthMass = Float64Array.from(starts, (s, m) => this.massBetween(s, this.monthEnd[m]));
  }

  get months(): number {
    return this.monthStart.length;
  }

  /** Season weight summed over the days [from, to), clamped to the window. */
  massBetween(from: number, to: number): number {
    const a = Math.max(Math.ceil(from), this.first);
    const b = Math.min(Math.ceil(to), this.last + 1);
    return b <= a ? 0 : this.cum[b - this.first] - this.cum[a - this.first];
  }

  /**
   * The day in [from, to) at which the cumulative weight reaches the fraction u (0 ≤ u < 1) of the
   * span's mass: a day drawn in proportion to the season weights when u is uniform.
   */
  dayBetween(from: number, to: number, u: number): number {
    const a = Math.max(Math.ceil(from), this.first) - this.first;
    const b = Math.min(Math.ceil(to), this.last + 1) - this.first;
    const target = this.cum[a] + u * (this.cum[b] - this.cum[a]);
    let lo = a;
    let hi = b - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.cum[mid + 1] > target) hi = mid;
      else lo = mid + 1;
    }
    return this.first + lo;
  }

  /** The month index of a day in the window. */
  monthOf(day: number): number {
    let lo = 0;
    let hi = this.monthStart.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.monthStart[mid] <= day) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }
}
