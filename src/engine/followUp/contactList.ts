import type { CustomerAnalysis } from "../analysis";
import { WIN_BACK, tierOf } from "./candidates";
import { FOLLOW_UP_PRIORITIES, UNSCHEDULED_REASONS } from "./labels";
import { countingOrder, Spare, valueOrder } from "./order";
import { valueAtStake, type ValueInputs } from "./valueAtStake";
import type { Placement } from "./placement";

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
  /** The day the contact fell due; NaN for an unscheduled customer already churned or on a campaign list. */
  due: Float64Array;
  /** The day it was counted from: last contact or purchase, resolution, first purchase, occasion. */
  plannedFrom: Float64Array;
}

/**
 * Planned contacts, column-wise, in a caller's order: by day, then owner, then priority (urgent
 * first), then days overdue (most first: the schedule placed the late ones first, tester51 J2),
 * then value at stake (largest first).
 */
export interface FollowUpList extends ContactList {
  day: Float64Array;
  /** Calendar days between due and planned (0 when on time, and for a first plan's: firstPlan). */
  overdueDays: Int32Array;
  /**
   * 1 for a contact that fell due before the plan's first working day on a first run (no earlier
   * run of the workbook) to a customer with no contact on record: nothing planned it before, so it
   * is due now, the first plan's, not overdue (tester68 U407: a 母婴店's first report said 160 of
   * 384 contacts overdue, a win-back 225 days). Absent on a later run.
   */
  firstPlan?: Uint8Array;
  /**
   * Why a contact goes on another channel than its reason's (placement.ts INSTEAD_CODES): 0 it does
   * not; 1 no call slot left in the horizon, a late welcome call sent as an e-mail or message (stop
   * 28); 2 the customer has no phone number (a call or message by e-mail); 3 no e-mail
   * address (an e-mail by message; stop 29). Absent: none.
   */
  instead?: Uint8Array;
}

/**
 * `priority` of an unscheduled customer already churned, or of a one-time buyer on the campaign list:
 * no band, no due day (a campaign, not a call that is late or urgent); and of a retention call not
 * owed (contacted_while_late: no band, its due day kept). Such rows come after every ranked one.
 */
export const NO_PRIORITY = 255;

const ALREADY_CHURNED = UNSCHEDULED_REASONS.indexOf("already_churned");
const ONE_TIME_CAMPAIGN = UNSCHEDULED_REASONS.indexOf("one_time_buyer_campaign");
const CONTACTED_WHILE_LATE = UNSCHEDULED_REASONS.indexOf("contacted_while_late");
const NEXT_CONTACT_AGREED = UNSCHEDULED_REASONS.indexOf("next_contact_agreed");
const DO_NOT_CONTACT = UNSCHEDULED_REASONS.indexOf("do_not_contact");
/**
 * The builder's band of a retention call not owed, a contact made since the customer went late
 * standing for it (candidates.ts contactedWhileLate): no rank (the printed call sheet read 紧急 on a
 * call nobody is to make), but its due day, when it is owed again; after the ranked bands.
 */
const NOT_OWED_BAND = FOLLOW_UP_PRIORITIES.length;
/**
 * The builder's band of a one-time buyer on the campaign list (a bulk message, not a call: no rank,
 * no due day, like a customer already churned, stop 25 trial #3): after the calls not owed.
 */
const CAMPAIGN_BAND = NOT_OWED_BAND + 1;
/** The builder's band of a customer already churned: the last bucket (campaignCut reads it there). */
const NO_BAND = CAMPAIGN_BAND + 1;

/**
 * Due contacts that are not on the schedule, column-wise, sorted by priority (customers already
 * churned last), then value at stake; for a customer already churned the value is what was lost
 * (lifetime net spend), so a win-back campaign starts with the biggest lost accounts.
 */
export interface UnscheduledList extends ContactList {
  /** Index into UNSCHEDULED_REASONS. */
  why: Uint8Array;
  /**
   * Customers already churned left off the list (the long tail of lost value: see
   * UnscheduledBuilder.build's `campaignShare`) and the lifetime spend they hold; absent when none
   * were left off.
   */
  churnedNotListed?: ChurnedNotListed;
}

/** Customers already churned that the campaign list leaves off, counted (they are in every tab). */
export interface ChurnedNotListed {
  count: number;
  /** Their lifetime net spend, added up over those above 0 (what was lost). */
  lostValue: number;
}

/**
 * The shared columns of `m` contacts: zeroed, or carved out of `spare` memory (not zeroed: the
 * caller writes every element).
 */
export function contactColumns(m: number, spare?: Spare): ContactList {
  const s = spare ?? new Spare();
  return {
    count: m,
    customer: s.i32(m),
    owner: s.i32(m),
    reason: s.u8(m),
    reasons: s.u8(m),
    valueAtStake: s.f64(m),
    channel: s.u8(m),
    priority: s.u8(m),
    due: s.f64(m),
    plannedFrom: s.f64(m),
  };
}

const OWN_CHANNEL = 255;

// One row = 3 numbers (24 bytes): the customer and the small fields in one (customer + META × 2³¹,
// exact below 2⁵³), the due day and the day it was counted from. Sorting the list reads rows in an
// order unrelated to how they came; one row in one place is one cache miss instead of seven.
const STRIDE = 3;
const CUSTOMER_SPAN = 2 ** 31;
// META: reason (bits 0–3) | why << 4 | band << 8 (3 bits) | channel << 11 (8 bits).
const meta = (reason: number, why: number, band: number, channel: number): number =>
  (reason & 15) | ((why & 15) << 4) | ((band & 7) << 8) | ((channel & 255) << 11);

/**
 * Unscheduled contacts as they are found; sorted by band, then value at stake, when built. A
 * customer already churned is kept without band or due day (NO_PRIORITY, NaN), whatever the caller
 * gives: the one place that rule lives.
 */
export class UnscheduledBuilder {
  private length = 0;
  private rows: Float64Array;

  /**
   * @param capacity rows reserved at first (24 bytes each), doubled when full: the schedule gives
   *   its customer count, so a list of up to one row per customer is never copied while it grows.
   */
  constructor(capacity = 1024) {
    this.rows = new Float64Array(Math.max(16, capacity) * STRIDE);
  }

  /**
   * Lists customer c's contact for reason r. `channel`: the one it was tried on (a merged contact
   * may use another than its reason's); left out, the reason's own for the customer's tier.
   */
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
    if ((k + 1) * STRIDE > this.rows.length) {
      const grown = new Float64Array(this.rows.length * 2);
      grown.set(this.rows);
      this.rows = grown;
    }
    const churned = why === ALREADY_CHURNED;
    const campaign = why === ONE_TIME_CAMPAIGN;
    const i = k * STRIDE;
    const b = churned
      ? NO_BAND
      : campaign
        ? CAMPAIGN_BAND
        : why === CONTACTED_WHILE_LATE || why === NEXT_CONTACT_AGREED || why === DO_NOT_CONTACT
          ? NOT_OWED_BAND
          : band;
    this.rows[i] = meta(r, why, b, channel) * CUSTOMER_SPAN + c;
    this.rows[i + 1] = churned || campaign ? NaN : due;
    this.rows[i + 2] = from;
    this.length = k + 1;
  }

  /**
   * @param ownerOf owner code per customer (null: the sheet names no owner, -1 on every row)
   * @param channels channel index per reason and tier code (candidates.ts channelsOf)
   * @param lost per customer, what a customer already churned was worth (lifetime net spend): their
   *   rows' value, so the campaign list starts with the biggest lost accounts (tester's finding S6);
   *   absent: 0 for all
   * @param spare memory no longer needed, for the list's columns and the temporary arrays (see
   *   Spare); the columns stay carved, the temporary arrays are released
   * @param campaignShare the win-back campaign's cut (0–1): customers already churned are listed,
   *   biggest lost account first, while those before them hold less than this share of the lost
   *   value (the value tiers' Pareto rule, on lifetime spend); the rest are only counted
   *   (`churnedNotListed`). Absent: all are listed.
   */
  build(
    ownerOf: Int32Array | null,
    channels: readonly (readonly number[])[],
    analysis: ValueInputs & Pick<CustomerAnalysis, "valueTier">,
    lost?: Float64Array,
    spare: Spare = new Spare(),
    campaignShare?: number,
  ): UnscheduledList {
    const m = this.length;
    const rows = this.rows;
    // The columns first (they stay), then the sort's temporary arrays (released at the end).
    const out: UnscheduledList = { ...contactColumns(m, spare), why: spare.u8(m) };
    const temporary = spare.mark();
    // In the order found (customers nearly in order): values, bands, and the reason's own channel
    // where none was given, so the sorted pass below reads nothing per customer but the owner.
    const value = spare.f64(m);
    const band = spare.u8(m);
    for (let k = 0, i = 0; k < m; k++, i += STRIDE) {
      const key = rows[i];
      let f = Math.floor(key / CUSTOMER_SPAN);
      const c = key - f * CUSTOMER_SPAN;
      const r = f & 15;
      band[k] = (f >> 8) & 7;
      value[k] =
        band[k] === NO_BAND
          ? lost && lost[c] > 0
            ? lost[c]
            : 0
          : valueAtStake(analysis, c, r === WIN_BACK);
      if (((f >> 11) & 255) === OWN_CHANNEL) {
        f = (f & 0x7ff) | (channels[r][tierOf(analysis.valueTier[c])] << 11);
        rows[i] = f * CUSTOMER_SPAN + c;
      }
    }
    // Bands 0…3, the calls not owed, the one-time buyers' campaign, then the customers already
    // churned (NO_BAND) last.
    const order = countingOrder(
      m,
      NO_BAND + 1,
      band,
      valueOrder(value, undefined, spare.scratch(m)),
      spare.i32(m),
    );
    const listed = campaignCut(m, order, band, value, campaignShare);
    for (let q = 0; q < listed.count; q++) {
      const k = order[q];
      const i = k * STRIDE;
      const key = rows[i];
      const f = Math.floor(key / CUSTOMER_SPAN);
      const c = key - f * CUSTOMER_SPAN;
      const r = f & 15;
      const b = (f >> 8) & 7;
      out.customer[q] = c;
      out.owner[q] = ownerOf ? ownerOf[c] : -1;
      out.reason[q] = r;
      out.reasons[q] = 1 << r;
      out.valueAtStake[q] = value[k];
      out.channel[q] = (f >> 11) & 255;
      out.priority[q] = b >= NOT_OWED_BAND ? NO_PRIORITY : b;
      out.due[q] = rows[i + 1];
      out.plannedFrom[q] = rows[i + 2];
      out.why[q] = (f >> 4) & 15;
    }
    spare.release(temporary);
    return listed.count === m ? out : shortened(out, listed);
  }
}

/**
 * How many rows of the sorted list are kept: all ranked rows, then the customers already churned
 * (the last bucket, by lost value, largest first) while the lost value listed before each is below
 * `share` of the total lost value (values above 0; equal values are kept or left off together).
 */
function campaignCut(
  m: number,
  order: Int32Array,
  band: Uint8Array,
  value: Float64Array,
  share: number | undefined,
): { count: number; left: ChurnedNotListed } {
  let first = m;
  while (first > 0 && band[order[first - 1]] === NO_BAND) first--;
  const none = { count: m, left: { count: 0, lostValue: 0 } };
  if (share === undefined || !(share < 1) || first === m) return none;
  let total = 0;
  for (let q = first; q < m; q++) total += Math.max(0, value[order[q]]);
  if (!(total > 0)) return none;
  // Sums of many decimals are not exact: a share within 1e-12 of the limit is at it (valueTier.ts).
  const limit = share * total * (1 - 1e-12);
  let above = 0;
  let q = first;
  while (q < m) {
    const v = value[order[q]];
    if (!(v > 0) || above >= limit) break;
    for (; q < m && value[order[q]] === v; q++) above += v;
  }
  return { count: q, left: { count: m - q, lostValue: total - above } };
}

/** The list's first `listed.count` rows (views, no copy), with the count of those left off. */
function shortened(
  l: UnscheduledList,
  listed: { count: number; left: ChurnedNotListed },
): UnscheduledList {
  const k = listed.count;
  return {
    count: k,
    customer: l.customer.subarray(0, k),
    owner: l.owner.subarray(0, k),
    reason: l.reason.subarray(0, k),
    reasons: l.reasons.subarray(0, k),
    valueAtStake: l.valueAtStake.subarray(0, k),
    channel: l.channel.subarray(0, k),
    priority: l.priority.subarray(0, k),
    due: l.due.subarray(0, k),
    plannedFrom: l.plannedFrom.subarray(0, k),
    why: l.why.subarray(0, k),
    churnedNotListed: listed.left,
  };
}

/**
 * The placed contacts in the order a caller works through them: by day, then owner, then priority
 * (urgent first), then value at stake (largest first).
 */
export function buildFollowUps(
  p: Placement,
  workDays: number[],
  ownerCount: number,
  hasOwners: boolean,
  spare: Spare,
  /** Per customer, 1 where a contact due before the plan is its first plan's (FollowUpList.firstPlan). */
  neverPlanned?: Uint8Array,
): FollowUpList {
  const m = p.count;
  // The list's columns first (they stay), then the sorts' temporary arrays (released at the end).
  // (In the order they were carved before `instead` came: the same memory layout.)
  const columns = contactColumns(m, spare);
  const day = spare.f64(m);
  const overdueDays = spare.i32(m);
  const instead = spare.u8(m);
  const out: FollowUpList = { ...columns, day, overdueDays, instead };
  if (neverPlanned) out.firstPlan = spare.u8(m).fill(0);
  const temporary = spare.mark();
  // A radix sort by value at stake (largest first, ties in placement order), then a stable counting
  // sort by (day, owner, priority): no comparator per pair.
  const bands = FOLLOW_UP_PRIORITIES.length;
  const ownerBands = ownerCount * bands;
  const groups = workDays.length * ownerBands;
  const value = spare.f64(m);
  valuesOf(p, value);
  const byValue = valueOrder(value, undefined, spare.scratch(m));
  // Then by days overdue, most first (stable: equal days keep the value order).
  const late = spare.i32(m);
  overdueKeys(p, workDays, late);
  const byLate = countingOrder(m, MAX_LATE + 1, late, byValue, spare.i32(m));
  let order: Int32Array;
  if (groups <= 4 * m + 65536) {
    const key = spare.i32(m);
    dayOwnerBandKeys(p, ownerBands, bands, key);
    order = countingOrder(m, groups, key, byLate, spare.i32(m));
  } else {
    // Owners by the hundred thousand: two counting sorts (owner and band, then day).
    const ownerBand = spare.i32(m);
    const day = spare.i32(m);
    for (let i = 0; i < m; i++) {
      ownerBand[i] = p.owner(i) * bands + p.band(i);
      day[i] = p.day(i);
    }
    order = countingOrder(
      m,
      workDays.length,
      day,
      countingOrder(m, ownerBands, ownerBand, byLate, spare.i32(m)),
      spare.i32(m),
    );
  }
  fillList(out, instead, p, order, workDays, hasOwners, neverPlanned);
  spare.release(temporary);
  return out;
}

// The passes over the placed contacts are functions of their own with nothing after their loops:
// in buildFollowUps, the loops compiled on the fly were thrown away at the call after them (two
// deoptimizations a run) and the next pass ran uncompiled until compiled again.

/** Each placed contact's value at stake, in placement order. */
function valuesOf(p: Placement, value: Float64Array): void {
  const m = p.count;
  for (let i = 0; i < m; i++) value[i] = p.value(i);
}

/** Days overdue counted up to this in the list's order (more is as late). */
const MAX_LATE = 1023;

/**
 * Each placed contact's days-overdue key, MAX_LATE − days (most overdue first): the days of
 * fillList's overdueDays (an open contact is never overdue).
 */
function overdueKeys(p: Placement, workDays: number[], key: Int32Array): void {
  const m = p.count;
  for (let i = 0; i < m; i++) {
    const late = p.open(i) ? 0 : workDays[p.day(i)] - Math.floor(p.due(i));
    key[i] = late > 0 ? MAX_LATE - Math.min(MAX_LATE, late) : MAX_LATE;
  }
}

/** Each placed contact's sort key: its working day, then owner, then band. */
function dayOwnerBandKeys(p: Placement, ownerBands: number, bands: number, key: Int32Array): void {
  const m = p.count;
  for (let i = 0; i < m; i++) key[i] = p.day(i) * ownerBands + p.owner(i) * bands + p.band(i);
}

/** The list's rows in `order` (see buildFollowUps). */
function fillList(
  out: FollowUpList,
  instead: Uint8Array,
  p: Placement,
  order: Int32Array,
  workDays: number[],
  hasOwners: boolean,
  neverPlanned: Uint8Array | undefined,
): void {
  const m = p.count;
  const firstDay = workDays.length > 0 ? workDays[0] : NaN;
  for (let q = 0; q < m; q++) {
    const i = order[q];
    const d = workDays[p.day(i)];
    const due = p.due(i);
    out.day[q] = d;
    out.customer[q] = p.customer(i);
    out.owner[q] = hasOwners ? p.owner(i) : -1;
    out.reason[q] = p.primary(i);
    out.reasons[q] = p.reasons(i);
    out.valueAtStake[q] = p.value(i);
    out.channel[q] = p.channel(i);
    out.priority[q] = p.band(i);
    out.due[q] = due;
    out.plannedFrom[q] = p.plannedFrom(i);
    // An open contact (a prospect's) is due when it is planned: nothing was owed before.
    out.due[q] = p.open(i) && due < d ? d : due;
    out.overdueDays[q] = Math.max(0, d - Math.floor(out.due[q]));
    // Due before the first plan of a customer never contacted: due now, the backlog the plan
    // catches up in value order, not overdue on whichever day it gets.
    if (neverPlanned !== undefined && neverPlanned[p.customer(i)] === 1 && due < firstDay) {
      out.firstPlan![q] = 1;
      out.overdueDays[q] = 0;
    }
    instead[q] = p.instead(i);
  }
}
