/**
 * The command line's clock, injected so tests do not depend on how busy the machine is: `now` for
 * the analysis date's "today" and the run log's time, `ms` for durations and progress pacing.
 */
export interface Clock {
  /** The wall-clock time. */
  now(): Date;
  /** A monotonic time in milliseconds (durations only). */
  ms(): number;
}

/** The real clock. @example systemClock.ms() // performance.now() */
export const systemClock: Clock = {
  now: () => new Date(),
  ms: () => performance.now(),
};

/**
 * A clock that stands still at `at` (tests): no progress line is ever due and durations are 0.
 *
 * @example frozenClock(new Date(2025, 11, 31)).ms() // 0
 */
export function frozenClock(at: Date = new Date(0)): Clock {
  return { now: () => new Date(at.getTime()), ms: () => 0 };
}
