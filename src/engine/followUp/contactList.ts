import type { CustomerAnalysis } from "../analysis";
import { WIN_BACK, tierOf } from "./candidates";
import { FOLLOW_UP_PRIORITIES, UNSCHEDULED_REASONS } from "./labels";
import { countingOrder, valueOrder } from "./order";
import { valueAtStake, type ValueInputs } from "./valueAtStake";

/*
 * The schedule's contact lists, column-wise (planned and unscheduled), and the builder that
 * collects unscheduled contacts as the schedule finds them (split from schedule.ts).
 */

/** What planned and unscheduled contacts both record, column-wise. */
export interface ContactList {
  count: number;
  customer: Int32Array;
  /** Index into FollowUpSchedule.owners; -1 when the sheet names no owner at all. */
  owner: Int32Array;
  /** Index into FOLLOW_UP_REASONS: the reason the contact is listed under. */
  reason: Uint8Array;
  /** Bit r set for every reason the contact covers (FOLLOW_UP_REASONS[r]); merged reasons set several. */
  reasons: Uint8Array;
  /** Value at stake (valueAtStake.ts): what the contact's rank within its band is based on. */
  valueAtStake: Float64Array;
  /** Index into CONTACT_CHANNELS. */
  channel: Uint8Array;
  /**
   * Index into FOLLOW_UP_PRIORITIES (0 urgent): the placement band; NO_PRIORITY for an unscheduled
   * customer already churned (listed for a win-back campaign, not a call with a rank).
   */
  priority: Uint8Array;
  /** The day the contact fell due; NaN for an unscheduled customer already churned. */
  due: Float64Array;
  /** The day it was counted from: last contact or purchase, resolution, first purchase, occasion. */
  plannedFrom: Float64Array;
}

/**
 * Planned contacts, column-wise, in a caller's order: by day, then owner, then priority (urgent
 * first), then value at stake (largest first).
 */
export interface FollowUpList extends ContactList {
  day: Float64Array;
  /** Calendar days between due and planned (0 when on time). */
  overdueDays: Int32Array;
}

/**
 * `priority` of an unscheduled customer already churned: no band, no due day (a campaign, not a call
 * that is late or urgent). Such rows come after every ranked one.
 */
export const NO_PRIORITY = 255;

const ALREADY_CHURNED = UNSCHEDULED_REASONS.indexOf("already_churned");

/**
 * Due contacts that are not on the schedule, column-wise, sorted by priority (customers already
 * churned last), then value at stake.
 */
export interface UnscheduledList extends ContactList {
  /** Index into UNSCHEDULED_REASONS. */
  why: Uint8Array;
}

/** The shared columns of `m` contacts, zeroed. */
export function contactColumns(m: number): ContactList {
  return {
    count: m,
    customer: new Int32Array(m),
    owner: new Int32Array(m),
    reason: new Uint8Array(m),
    reasons: new Uint8Array(m),
    valueAtStake: new Float64Array(m),
    channel: new Uint8Array(m),
    priority: new Uint8Array(m),
    due: new Float64Array(m),
    plannedFrom: new Float64Array(m),
  };
}

const OWN_CHANNEL = 255;

/**
 * Unscheduled contacts as they are found; sorted by band, then value at stake, when built. A
 * customer already churned is kept without band or due day (NO_PRIORITY, NaN), whatever the caller
 * gives: the one place that rule lives.
 */
export class UnscheduledBuilder {
  private length = 0;
  private customer: Int32Array;
  private reason: Uint8Array;
  private due: Float64Array;
  private plannedFrom: Float64Array;
  private why: Uint8Array;
  private band: Uint8Array;
  /** The channel the contact was tried on; OWN_CHANNEL: its reason's own (never tried). */
  private channel: Uint8Array;

  /**
   * @param capacity rows reserved at first (24 bytes each), doubled when full: the schedule gives
   *   its customer count, so a list of up to one row per customer is never copied while it grows.
   */
  constructor(capacity = 1024) {
    const m = Math.max(16, capacity);
    this.customer = new Int32Array(m);
    this.reason = new Uint8Array(m);
    this.due = new Float64Array(m);
    this.plannedFrom = new Float64Array(m);
    this.why = new Uint8Array(m);
    this.band = new Uint8Array(m);
    this.channel = new Uint8Array(m);
  }

  push(
    c: number,
    r: number,
    due: number,
    from: number,
    why: number,
    band: number,
    channel = OWN_CHANNEL,
  ): void {
    const k = this.length;
    if (k === this.customer.length) this.grow();
    const churned = why === ALREADY_CHURNED;
    this.customer[k] = c;
    this.reason[k] = r;
    this.due[k] = churned ? NaN : due;
    this.plannedFrom[k] = from;
    this.why[k] = why;
    this.band[k] = churned ? NO_PRIORITY : band;
    this.channel[k] = channel;
    this.length = k + 1;
  }

  private grow(): void {
    const m = this.customer.length * 2;
    const grown = <T extends Int32Array | Uint8Array | Float64Array>(a: T): T => {
      const out = new (a.constructor as new (n: number) => T)(m);
      out.set(a as never);
      return out;
    };
    this.customer = grown(this.customer);
    this.reason = grown(this.reason);
    this.due = grown(this.due);
    this.plannedFrom = grown(this.plannedFrom);
    this.why = grown(this.why);
    this.band = grown(this.band);
    this.channel = grown(this.channel);
  }

  /**
   * @param ownerOf owner code per customer (null: the sheet names no owner, -1 on every row)
   * @param channels channel index per reason and tier code (candidates.ts channelsOf)
   */
  build(
    ownerOf: Int32Array | null,
    channels: readonly (readonly number[])[],
    analysis: ValueInputs & Pick<CustomerAnalysis, "valueTier">,
  ): UnscheduledList {
    const m = this.length;
    const { customer, reason, band, due, why, channel } = this;
    const from = this.plannedFrom;
    const value = new Float64Array(m);
    for (let i = 0; i < m; i++)
      value[i] = valueAtStake(analysis, customer[i], reason[i] === WIN_BACK);
    // Bands 0…3, then the customers already churned (NO_PRIORITY) in one last bucket.
    const bands = FOLLOW_UP_PRIORITIES.length;
    const bucket = new Uint8Array(m);
    for (let i = 0; i < m; i++) bucket[i] = band[i] === NO_PRIORITY ? bands : band[i];
    const order = countingOrder(m, bands + 1, bucket, valueOrder(value));
    const out: UnscheduledList = { ...contactColumns(m), why: new Uint8Array(m) };
    for (let q = 0; q < m; q++) {
      const i = order[q];
      const c = customer[i];
      out.customer[q] = c;
      out.owner[q] = ownerOf ? ownerOf[c] : -1;
      out.reason[q] = reason[i];
      out.reasons[q] = 1 << reason[i];
      out.valueAtStake[q] = value[i];
      out.channel[q] =
        channel[i] !== OWN_CHANNEL
          ? channel[i]
          : channels[reason[i]][tierOf(analysis.valueTier[c])];
      out.priority[q] = band[i];
      out.due[q] = due[i];
      out.plannedFrom[q] = from[i];
      out.why[q] = why[i];
    }
    return out;
  }
}
