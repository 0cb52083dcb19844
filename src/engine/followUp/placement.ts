import { GrowableColumn } from "../columns";
import { CONTACT_CHANNELS } from "../model";
import { OwnerDaySlots } from "./slots";

const PHONE = CONTACT_CHANNELS.indexOf("phone");
const VISIT = CONTACT_CHANNELS.indexOf("visit");

/**
 * Due contacts of one band waiting for a day, column-wise. Days are working-day indexes of the
 * horizon (0 = the first working day on or after the analysis date).
 */
export class CandidateBatch {
  customer = new GrowableColumn(Int32Array);
  /** Bit r set: the contact is for FOLLOW_UP_REASONS[r] (merged reasons set several bits). */
  reasons = new GrowableColumn(Uint8Array);
  /** The reason the row is listed under (the first set bit that led to it). */
  primary = new GrowableColumn(Uint8Array);
  /** First working-day index the contact may go on. */
  earliest = new GrowableColumn(Int32Array);
  /** Last working-day index that is on time (may be below earliest: already late). */
  deadline = new GrowableColumn(Int32Array);
  /** The calendar day it fell due (overdue days are counted from it). */
  due = new GrowableColumn(Float64Array);
  plannedFrom = new GrowableColumn(Float64Array);
  value = new GrowableColumn(Float64Array);
  channel = new GrowableColumn(Uint8Array);
  /** 1: when late, placed on the first free day after the deadline; 0: dropped (care: the occasion passed). */
  mayBeLate = new GrowableColumn(Uint8Array);
  /** 1: on the first free day of the window (urgent contacts); 0: the last one up to the deadline (due contacts). */
  asap = new GrowableColumn(Uint8Array);

  get length(): number {
    return this.customer.length;
  }

  push(c: {
    customer: number;
    reasons: number;
    primary: number;
    earliest: number;
    deadline: number;
    due: number;
    plannedFrom: number;
    value: number;
    channel: number;
    mayBeLate: boolean;
    asap: boolean;
  }): void {
    this.customer.push(c.customer);
    this.reasons.push(c.reasons);
    this.primary.push(c.primary);
    this.earliest.push(c.earliest);
    this.deadline.push(c.deadline);
    this.due.push(c.due);
    this.plannedFrom.push(c.plannedFrom);
    this.value.push(c.value);
    this.channel.push(c.channel);
    this.mayBeLate.push(c.mayBeLate ? 1 : 0);
    this.asap.push(c.asap ? 1 : 0);
  }
}

/** Why placement gave up on a contact. */
export type NotPlaced = "capacity_before_deadline" | "capacity_in_horizon";

/**
 * The schedule being built: free slots per owner, channel and working day, and the contacts placed so
 * far with, per customer, a chain of them (one contact per customer per day: a second reason for
 * the same day, or for a contact already inside its window, is merged into it).
 */
export class Placement {
  private readonly slots: (OwnerDaySlots | null)[];
  readonly customer = new GrowableColumn(Int32Array);
  readonly owner = new GrowableColumn(Int32Array);
  readonly day = new GrowableColumn(Int32Array);
  readonly reasons = new GrowableColumn(Uint8Array);
  readonly primary = new GrowableColumn(Uint8Array);
  readonly channel = new GrowableColumn(Uint8Array);
  readonly band = new GrowableColumn(Uint8Array);
  readonly due = new GrowableColumn(Float64Array);
  readonly plannedFrom = new GrowableColumn(Float64Array);
  readonly value = new GrowableColumn(Float64Array);
  /** First placed contact of each customer (-1 none) and the next one of the same customer. */
  private readonly head: Int32Array;
  private readonly next = new GrowableColumn(Int32Array);

  /**
   * @param capacity contacts per owner per working day by channel index (Infinity: unlimited; 0: none)
   * @example const p = new Placement(10, 2, 22, [20, Infinity, 3, Infinity]);
   */
  constructor(
    customers: number,
    readonly owners: number,
    readonly days: number,
    capacity: readonly number[],
  ) {
    this.head = new Int32Array(customers).fill(-1);
    this.slots = capacity.map((cap) =>
      cap > 0 && days > 0 ? new OwnerDaySlots(owners, days, cap) : null,
    );
  }

  get count(): number {
    return this.customer.length;
  }

  /** The placed contact of customer c on day j, -1 none. */
  contactOn(c: number, j: number): number {
    for (let p = this.head[c]; p >= 0; p = this.next.get(p)) if (this.day.get(p) === j) return p;
    return -1;
  }

  /** The latest placed contact of customer c on a day from a to b, -1 none. */
  contactIn(c: number, a: number, b: number): number {
    let best = -1;
    for (let p = this.head[c]; p >= 0; p = this.next.get(p)) {
      const d = this.day.get(p);
      if (d >= a && d <= b && (best < 0 || d > this.day.get(best))) best = p;
    }
    return best;
  }

  /** The latest day customer c has a contact on, -1 none. */
  lastDayOf(c: number): number {
    let last = -1;
    for (let p = this.head[c]; p >= 0; p = this.next.get(p)) last = Math.max(last, this.day.get(p));
    return last;
  }

  /**
   * Places candidate k of a batch: merged into the customer's contact inside its window when there is
   * one, else on the first (asap) or the latest day up to the deadline with room on its channel (a
   * visit that does not fit becomes a call). Returns the day, or -1 when it does not fit on time.
   */
  placeOnTime(b: CandidateBatch, k: number, o: number, band: number): number {
    const c = b.customer.get(k);
    const ei = Math.max(0, b.earliest.get(k));
    const li = Math.min(this.days - 1, b.deadline.get(k));
    if (ei > li) return -1;
    const existing = this.contactIn(c, ei, li);
    if (existing >= 0) {
      this.merge(existing, b, k, band);
      return this.day.get(existing);
    }
    const ch = b.channel.get(k);
    let j: number;
    let used = ch;
    if (b.asap.get(k) === 1) {
      j = this.firstFree(ch, o, ei);
      if (j > li && ch === VISIT) {
        j = this.firstFree(PHONE, o, ei);
        used = PHONE;
      }
      if (j > li) return -1;
    } else {
      j = this.lastFree(ch, o, li);
      if (j < ei && ch === VISIT) {
        j = this.lastFree(PHONE, o, li);
        used = PHONE;
      }
      if (j < ei) return -1;
    }
    this.add(b, k, o, j, used, band);
    return j;
  }

  /**
   * Places a candidate that missed its deadline on the first day after it with room (marked overdue
   * by its due date), else on the first free day of the horizon before it. Returns the day or -1.
   */
  placeLate(b: CandidateBatch, k: number, o: number, band: number): number {
    const c = b.customer.get(k);
    const ch = b.channel.get(k);
    const from = Math.max(0, Math.max(b.earliest.get(k), b.deadline.get(k) + 1));
    for (const start of [from, 0]) {
      let j = this.firstFree(ch, o, start);
      let used = ch;
      if (ch === VISIT) {
        const call = this.firstFree(PHONE, o, start);
        if (call < j) {
          j = call;
          used = PHONE;
        }
      }
      // The customer may already have a contact on a full day before j: join it rather than add one.
      const existing = this.contactIn(c, start, Math.min(j, this.days - 1));
      if (existing >= 0) {
        this.merge(existing, b, k, band);
        return this.day.get(existing);
      }
      if (j < this.days) {
        this.add(b, k, o, j, used, band);
        return j;
      }
    }
    return -1;
  }

  private lastFree(ch: number, o: number, to: number): number {
    const s = this.slots[ch];
    return s ? s.lastFree(o, to) : -1;
  }

  private firstFree(ch: number, o: number, from: number): number {
    const s = this.slots[ch];
    return s ? s.firstFree(o, from) : this.days;
  }

  private add(b: CandidateBatch, k: number, o: number, j: number, ch: number, band: number): void {
    this.slots[ch]!.take(o, j);
    const c = b.customer.get(k);
    const p = this.customer.length;
    this.customer.push(c);
    this.owner.push(o);
    this.day.push(j);
    this.reasons.push(b.reasons.get(k));
    this.primary.push(b.primary.get(k));
    this.channel.push(ch);
    this.band.push(band);
    this.due.push(b.due.get(k));
    this.plannedFrom.push(b.plannedFrom.get(k));
    this.value.push(b.value.get(k));
    this.next.push(this.head[c]);
    this.head[c] = p;
  }

  /** Adds candidate k's reasons to contact p (which keeps its day, channel and primary reason). */
  private merge(p: number, b: CandidateBatch, k: number, band: number): void {
    this.reasons.set(p, this.reasons.get(p) | b.reasons.get(k));
    if (band < this.band.get(p)) this.band.set(p, band);
    if (b.value.get(k) > this.value.get(p)) this.value.set(p, b.value.get(k));
  }
}
