import { parseIsoDate } from "../parse/date";
import { isWeekend } from "./weekday";

/** What makes a day a working day: weekends are off, except make-up working days; holidays are off. */
export interface WorkingDayRules {
  /** Public holidays, ISO dates (YYYY-MM-DD). */
  holidays: readonly string[];
  /** Weekend days that are worked (调休上班), ISO dates. */
  makeUpWorkdays: readonly string[];
}

/**
 * Working days over a span of epoch days, precomputed so that every question is one array read.
 * Days are whole epoch days (fractions are floored). Outside the span the answers are computed from
 * the same rules, only more slowly.
 */
export interface WorkCalendar {
  /** First epoch day of the precomputed span. */
  readonly from: number;
  /** Epoch day after the span. */
  readonly to: number;
  /** 1 for a working day, per day of the span. */
  readonly working: Uint8Array;
  isWorkingDay(day: number): boolean;
  /** The first working day strictly after `day`. */
  nextWorkingDay(day: number): number;
  /** `day` when it is a working day, else the next one. */
  workingDayOnOrAfter(day: number): number;
  /** `day` when it is a working day, else the previous one. */
  workingDayOnOrBefore(day: number): number;
  /** The n-th working day after `day` (n ≥ 0; n = 0 gives workingDayOnOrAfter(day)). */
  addWorkingDays(day: number, n: number): number;
}

/**
 * Builds a working-day calendar for the days `from` (inclusive) to `to` (exclusive).
 *
 * @example
 * const cal = workCalendar({ holidays: ["2026-10-01"], makeUpWorkdays: [] }, epochDay(2026, 9, 1), epochDay(2026, 11, 1));
 * isoDate(cal.nextWorkingDay(epochDay(2026, 9, 30))) // "2026-10-02"
 */
export function workCalendar(rules: WorkingDayRules, from: number, to: number): WorkCalendar {
  from = Math.floor(from);
  to = Math.max(from, Math.ceil(to));
  const holidays = toDaySet(rules.holidays);
  const makeUp = toDaySet(rules.makeUpWorkdays);
  const slowIsWorking = (d: number): boolean =>
    !holidays.has(d) && (makeUp.has(d) || !isWeekend(d));

  const span = to - from;
  const working = new Uint8Array(span);
  for (let i = 0; i < span; i++) working[i] = slowIsWorking(from + i) ? 1 : 0;
  // next[i]: offset of the first working day at or after offset i (span when none in the span);
  // prev[i]: offset of the last working day at or before offset i (-1 when none).
  const next = new Int32Array(span + 1);
  next[span] = span;
  for (let i = span - 1; i >= 0; i--) next[i] = working[i] ? i : next[i + 1];
  const prev = new Int32Array(span);
  for (let i = 0, last = -1; i < span; i++) prev[i] = last = working[i] ? i : last;
  // ordinal[i]: working days before offset i; days[k]: offset of the k-th working day.
  const days: number[] = [];
  for (let i = 0; i < span; i++) if (working[i]) days.push(i);

  const isWorkingDay = (day: number): boolean => {
    const d = Math.floor(day);
    return d >= from && d < to ? working[d - from] === 1 : slowIsWorking(d);
  };
  const workingDayOnOrAfter = (day: number): number => {
    let d = Math.floor(day);
    if (d >= from && d < to) {
      const o = next[d - from];
      if (o < span) return from + o;
      d = to;
    }
    while (!slowIsWorking(d)) d++;
    return d;
  };
  const workingDayOnOrBefore = (day: number): number => {
    let d = Math.floor(day);
    if (d >= from && d < to) {
      const o = prev[d - from];
      if (o >= 0) return from + o;
      d = from - 1;
    }
    while (!slowIsWorking(d)) d--;
    return d;
  };
  // Rank of the first working day at or after each offset, for O(1) addWorkingDays in the span.
  const rank = new Int32Array(span + 1);
  for (let i = span - 1, r = days.length; i >= 0; i--) {
    if (working[i]) r--;
    rank[i] = r;
  }
  rank[span] = days.length;
  const addWorkingDays = (day: number, n: number): number => {
    const d0 = workingDayOnOrAfter(day);
    if (d0 >= from && d0 < to) {
      const k = rank[d0 - from] + n;
      if (k < days.length) return from + days[k];
    }
    let d = d0;
    for (let left = n; left > 0; left--) {
      d++;
      while (!slowIsWorking(d)) d++;
    }
    return d;
  };
  return {
    from,
    to,
    working,
    isWorkingDay,
    nextWorkingDay: (day) => workingDayOnOrAfter(Math.floor(day) + 1),
    workingDayOnOrAfter,
    workingDayOnOrBefore,
    addWorkingDays,
  };
}

function toDaySet(isoDates: readonly string[]): Set<number> {
  const set = new Set<number>();
  for (const s of isoDates) {
    const d = parseIsoDate(s);
    if (Number.isFinite(d)) set.add(d);
  }
  return set;
}
