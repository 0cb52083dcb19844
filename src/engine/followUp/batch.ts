/** What a candidate source gives for one due contact (CandidateBatch.push). */
export interface CandidateFields {
  customer: number;
  /** Bit r set: the contact is for FOLLOW_UP_REASONS[r] (merged reasons set several bits). */
  reasons: number;
  /** The reason the row is listed under (the first set bit that led to it). */
  primary: number;
  /** First working-day index the contact may go on. */
  earliest: number;
  /** Last working-day index that is on time (may be below earliest: already late). */
  deadline: number;
  /** The calendar day it fell due (overdue days are counted from it). */
  due: number;
  plannedFrom: number;
  /** Value at stake (valueAtStake.ts): the rank within the band. */
  value: number;
  /** Index into CONTACT_CHANNELS. */
  channel: number;
  /** true: when late, placed on the first free day after the deadline; false: dropped (care: the occasion passed). */
  mayBeLate: boolean;
  /** true: on the first free day of the window (urgent contacts); false: the last one up to the deadline. */
  asap: boolean;
  /**
   * true: a contact nothing obliges yet (a prospect's regular contact: no purchase to keep): placed
   * after the contacts already due, and never shown overdue (its due day becomes the planned day).
   */
  open?: boolean;
}

// One row = 8 numbers (64 bytes, one cache line): placing a million contacts in value order reads
// rows in an order unrelated to how they were found, and one line per row instead of one per field
// is what keeps that fast. The small fields share one number (META).
const STRIDE = 8;
const CUSTOMER = 0;
const META = 1; // reasons (bits 0–7) | primary << 8 | channel << 16 | mayBeLate << 24 | asap << 25 | open << 26
const EARLIEST = 2;
const DEADLINE = 3;
const DUE = 4;
const FROM = 5;
const VALUE = 6;
const OWNER = 7;
const MAY_BE_LATE = 1 << 24;
const ASAP = 1 << 25;
const OPEN = 1 << 26;

/**
 * Due contacts of one band waiting for a day, one row each. Days are working-day indexes of the
 * horizon (0 = the first working day on or after the analysis date). Sources add rows with `push`
 * (an object) or `add` (field by field, no object per row); the schedule reuses a batch (`reset`)
 * between rounds, so do not keep a reference to one. It grows as rows come (doubling).
 *
 * @example
 * const b = new CandidateBatch();
 * b.add(7, 1, 0, 0, 4, 20455, 20400, 1200, 0, true, true);
 * b.customer(0) // 7
 */
export class CandidateBatch {
  length = 0;
  private rows: Float64Array;

  constructor(capacity = 1024) {
    this.rows = new Float64Array(Math.max(16, capacity) * STRIDE);
  }

  /** Rows it holds without growing. */
  get capacity(): number {
    return this.rows.length / STRIDE;
  }

  /** Its memory, for reuse once the batch is not needed any more (order.ts Spare). */
  get buffer(): ArrayBuffer {
    return this.rows.buffer as ArrayBuffer;
  }

  /** Empties the batch, keeping its memory. */
  reset(): void {
    this.length = 0;
  }

  /** Adds a due contact given as an object (see CandidateFields). */
  push(c: CandidateFields): void {
    this.add(
      c.customer,
      c.reasons,
      c.primary,
      c.earliest,
      c.deadline,
      c.due,
      c.plannedFrom,
      c.value,
      c.channel,
      c.mayBeLate,
      c.asap,
      c.open ?? false,
    );
  }

  /** Adds a due contact field by field (the order of CandidateFields). */
  add(
    customer: number,
    reasons: number,
    primary: number,
    earliest: number,
    deadline: number,
    due: number,
    plannedFrom: number,
    value: number,
    channel: number,
    mayBeLate: boolean,
    asap: boolean,
    open = false,
  ): void {
    if ((this.length + 1) * STRIDE > this.rows.length) this.reserve(this.length * 2);
    const r = this.rows;
    const i = this.length * STRIDE;
    r[i + CUSTOMER] = customer;
    r[i + META] =
      (reasons & 0xff) |
      ((primary & 0xff) << 8) |
      ((channel & 0xff) << 16) |
      (mayBeLate ? MAY_BE_LATE : 0) |
      (asap ? ASAP : 0) |
      (open ? OPEN : 0);
    r[i + EARLIEST] = earliest;
    r[i + DEADLINE] = deadline;
    r[i + DUE] = due;
    r[i + FROM] = plannedFrom;
    r[i + VALUE] = value;
    r[i + OWNER] = 0;
    this.length++;
  }

  customer(k: number): number {
    return this.rows[k * STRIDE + CUSTOMER];
  }
  reasons(k: number): number {
    return this.rows[k * STRIDE + META] & 0xff;
  }
  primary(k: number): number {
    return (this.rows[k * STRIDE + META] >> 8) & 0xff;
  }
  channel(k: number): number {
    return (this.rows[k * STRIDE + META] >> 16) & 0xff;
  }
  mayBeLate(k: number): boolean {
    return (this.rows[k * STRIDE + META] & MAY_BE_LATE) !== 0;
  }
  asap(k: number): boolean {
    return (this.rows[k * STRIDE + META] & ASAP) !== 0;
  }
  open(k: number): boolean {
    return (this.rows[k * STRIDE + META] & OPEN) !== 0;
  }
  earliest(k: number): number {
    return this.rows[k * STRIDE + EARLIEST];
  }
  deadline(k: number): number {
    return this.rows[k * STRIDE + DEADLINE];
  }
  due(k: number): number {
    return this.rows[k * STRIDE + DUE];
  }
  plannedFrom(k: number): number {
    return this.rows[k * STRIDE + FROM];
  }
  value(k: number): number {
    return this.rows[k * STRIDE + VALUE];
  }
  /** The owner index the contact is planned for: set by `setOwners`, 0 before. */
  owner(k: number): number {
    return this.rows[k * STRIDE + OWNER];
  }

  /**
   * Sets each row's owner index (ownerOf[customer]; 0 for all when null). The schedule then reads the
   * rows in placement order through an index: a row is one cache line, so reading them out of order
   * costs a line each, less than copying every row into a sorted batch (fresh memory each round).
   */
  setOwners(ownerOf: Int32Array | null): void {
    const r = this.rows;
    for (let k = 0, i = 0; k < this.length; k++, i += STRIDE)
      r[i + OWNER] = ownerOf ? ownerOf[r[i + CUSTOMER]] : 0;
  }

  private reserve(rows: number): void {
    if (rows * STRIDE <= this.rows.length) return;
    const grown = new Float64Array(Math.max(16, rows) * STRIDE);
    grown.set(this.rows.subarray(0, this.length * STRIDE));
    this.rows = grown;
  }
}
