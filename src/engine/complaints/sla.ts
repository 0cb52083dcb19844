/**
 * Service-level outcomes of one complaint. SLA hours are clock hours, weekends and holidays
 * included: the documents say "24小时内" (003 §二(二)3) and "一般问题在24小时内解决，复杂问题在48小时内"
 * (001 §5.1) with no mention of working hours. A date without a time of day counts from 00:00.
 */
export const SLA_OUTCOMES = ["met", "missed", "pending", "not_recorded"] as const;
export type SlaOutcome = (typeof SLA_OUTCOMES)[number];

export const MET = 0;
export const MISSED = 1;
export const PENDING = 2;
export const NOT_RECORDED = 3;

const HOURS_PER_DAY = 24;

/**
 * First response: the earliest of the first-response and resolution times (a resolution answers the
 * customer too). Met when within `hours` of receipt. With neither time: an open complaint older than
 * `hours` at `now` is missed, a younger one pending; a resolved one is not recorded. A response
 * time before the receipt is a data error: not recorded.
 *
 * @example firstResponseOutcome(0, 0.5, NaN, false, 1, 24) // MET (12 hours)
 */
export function firstResponseOutcome(
  receivedAt: number,
  firstResponseAt: number,
  resolvedAt: number,
  resolved: boolean,
  now: number,
  hours: number,
): number {
  const response = Math.min(
    firstResponseAt === firstResponseAt ? firstResponseAt : Infinity,
    resolvedAt === resolvedAt ? resolvedAt : Infinity,
  );
  return outcome(receivedAt, response === Infinity ? NaN : response, resolved, now, hours);
}

/**
 * Resolution: met when resolved within `hours` of receipt (by complexity: general 24, complex 48).
 * Open: missed once older than `hours` at `now`, else pending. Resolved without a time: not recorded.
 *
 * @example resolutionOutcome(0, 3, true, 5, 48) // MISSED (72 hours)
 */
export function resolutionOutcome(
  receivedAt: number,
  resolvedAt: number,
  resolved: boolean,
  now: number,
  hours: number,
): number {
  return outcome(receivedAt, resolvedAt, resolved, now, hours);
}

function outcome(
  receivedAt: number,
  at: number,
  done: boolean,
  now: number,
  hours: number,
): number {
  if (!(receivedAt === receivedAt)) return NOT_RECORDED;
  if (at === at) {
    if (at < receivedAt) return NOT_RECORDED;
    return (at - receivedAt) * HOURS_PER_DAY <= hours + 1e-9 ? MET : MISSED;
  }
  if (done) return NOT_RECORDED;
  return (now - receivedAt) * HOURS_PER_DAY > hours + 1e-9 ? MISSED : PENDING;
}
