import { CONTACT_CHANNELS } from "../model";
import { FOLLOW_UP_PRIORITIES } from "../rules/followUpCodes";
import { FOLLOW_UP_REASONS } from "../rules/service";
import type { CandidateBatch } from "./batch";
import { OwnerDaySlots } from "./slots";

/** The urgent band's index (FOLLOW_UP_PRIORITIES): its contacts keep their day whatever a shared number has. */
const URGENT_BAND = FOLLOW_UP_PRIORITIES.indexOf("urgent");

export { CandidateBatch, type CandidateFields } from "./batch";

const PHONE = CONTACT_CHANNELS.indexOf("phone");
const EMAIL = CONTACT_CHANNELS.indexOf("email");
const VISIT = CONTACT_CHANNELS.indexOf("visit");
const ONLINE = CONTACT_CHANNELS.indexOf("online");

/**
 * Why a contact goes by another channel than its reason's (FollowUpList.instead): 0 it does not;
 * NO_CALL_SLOT a late welcome call with no call slot left in the horizon (stop 28); NO_PHONE the
 * customer has no phone number (a call or message: by e-mail); NO_EMAIL no e-mail
 * address (an e-mail: by message); ASKED_CHANNEL the customer asked not to be called but reached
 * by one channel (Do not call - email only, 不要打电话，发微信: reviewer62 R3). The codes' names:
 * INSTEAD_CODES.
 */
export const NO_CALL_SLOT = 1;
export const NO_PHONE = 2;
export const NO_EMAIL = 3;
export const ASKED_CHANNEL = 4;
/** The JSON codes of the `instead` values 1–4 (index = value). */
export const INSTEAD_CODES = ["", "no_call_slot", "no_phone", "no_email", "asked_channel"] as const;

/** In Placement's `refused`, per customer: the channel it asked to be reached by, + 1, from this bit up. */
const ASKED_SHIFT = 4;

/**
 * A customer's `refused` bits (Placement) when it asked to be reached by channel `ch` only
 * (ingest/contactOutcome.ts askedChannel; -1 none: 0): every other channel refused, and `ch` above
 * them, so that a contact on another channel goes by it (route, ASKED_CHANNEL).
 *
 * @example askedOnly(CONTACT_CHANNELS.indexOf("email")) // phone, visit and online refused; e-mail asked
 */
export function askedOnly(ch: number): number {
  if (ch < 0) return 0;
  return ((ch + 1) << ASKED_SHIFT) | (((1 << CONTACT_CHANNELS.length) - 1) & ~(1 << ch));
}

/**
 * A customer's `refused` bits `was` with `said` said after them: the refusals add up; a channel
 * asked for (askedOnly) replaces one asked before, and is no longer refused by it.
 */
export function addRefusals(was: number, said: number): number {
  const asked = (said >> ASKED_SHIFT) - 1;
  if (asked < 0) return was | said;
  return said | (was & ((1 << ASKED_SHIFT) - 1) & ~(1 << asked));
}

/** Per customer, the contact details it has (Placement's `reach`): a phone number, an e-mail address. */
export const HAS_PHONE = 1;
export const HAS_EMAIL = 2;

// A placed contact = 8 numbers (one cache line; see batch.ts for why).
const STRIDE = 8;
const CUSTOMER = 0;
const OWNER = 1;
const DAY = 2;
const META = 3; // reasons (bits 0–7) | primary << 8 | channel << 16 | band << 24 (3 bits) | open << 28 | instead << 29 (3 bits)
const DUE = 4;
const FROM = 5;
const VALUE = 6;
const NEXT = 7; // the customer's previous placed contact, -1 none
const BAND_BITS = 0x7 << 24;
/**
 * Reasons that add nothing to a contact they are merged into: a key account's overdue regular
 * contact (stop 25) when the customer is called anyway (a retention call, a complaint): that call
 * is the contact, and its words stay short (the reason cell printed clipped at 4 lines).
 */
const ABSORBED = 1 << FOLLOW_UP_REASONS.indexOf("key_account_overdue");
/**
 * And the other way round: a key account's overdue regular contact is its regular contact, so the
 * next one merged into it adds no words (stop 27 tester: 重点客户定期回访已逾期；定期回访 on 409 rows
 * of the 20k).
 */
const ROUTINE = 1 << FOLLOW_UP_REASONS.indexOf("cadence");
const OPEN = 1 << 28;
const INSTEAD_SHIFT = 29;
/** route(): the channel in the low byte, the instead code above it; -1 none reaches the customer. */
const KIND_SHIFT = 8;

/**
 * The schedule being built: free slots per owner, channel and working day, and the contacts placed so
 * far with, per customer, a chain of them (one contact per customer per day: a second reason for
 * the same day, or for a contact already inside its window, is merged into it).
 */
export class Placement {
  private readonly slots: (OwnerDaySlots | null)[];
  /** Contacts placed so far (indexes 0…count-1 for the accessors below). */
  count = 0;
  private rows: Float64Array;
  /** The latest placed contact of each customer, -1 none (then NEXT links the earlier ones). */
  private readonly head: Int32Array;

  /**
   * @param capacity contacts per owner per working day by channel index (Infinity: unlimited; 0: none)
   * @param reach per customer, HAS_PHONE | HAS_EMAIL (contactReach): a call or message goes only to a
   *   phone number, an e-mail only to an address (stop 28 tester: 174 calls to customers with no
   *   number); null: every customer has both (the data has neither column)
   * @param refused per customer, the channels they refused, 1 << channel index
   *   (doNotContact.ts refusedChannelsOf: 不要再发短信): nothing goes by them; null: none refused
   * @param samePhone per customer, the next customer with the same phone number (reach.ts
   *   samePhoneRing): a call or message does not go on a day one of them has one (phoneTaken)
   * @example const p = new Placement(10, 2, 22, [20, Infinity, 3, Infinity]);
   */
  constructor(
    customers: number,
    readonly owners: number,
    readonly days: number,
    capacity: readonly number[],
    private readonly reach: Uint8Array | null = null,
    private readonly refused: Uint8Array | null = null,
    private readonly samePhone: Int32Array | null = null,
  ) {
    this.head = new Int32Array(customers).fill(-1);
    this.slots = capacity.map((cap) =>
      cap > 0 && days > 0 ? new OwnerDaySlots(owners, days, cap) : null,
    );
    // Room for a quarter of the customers at first, doubled when full: a reservation counts as
    // external memory at once (written or not), and every ~64 MB of it makes V8 mark the whole heap
    // (millions of cell strings at the design point), which cost more than the copies of growing.
    this.rows = new Float64Array(Math.max(1024, customers >> 2) * STRIDE);
  }

  /** Its rows' memory, for reuse once the placed contacts have been read (order.ts Spare). */
  get buffer(): ArrayBuffer {
    return this.rows.buffer as ArrayBuffer;
  }

  customer(p: number): number {
    return this.rows[p * STRIDE + CUSTOMER];
  }
  owner(p: number): number {
    return this.rows[p * STRIDE + OWNER];
  }
  /** Working-day index. */
  day(p: number): number {
    return this.rows[p * STRIDE + DAY];
  }
  reasons(p: number): number {
    return this.rows[p * STRIDE + META] & 0xff;
  }
  primary(p: number): number {
    return (this.rows[p * STRIDE + META] >> 8) & 0xff;
  }
  channel(p: number): number {
    return (this.rows[p * STRIDE + META] >> 16) & 0xff;
  }
  band(p: number): number {
    return (this.rows[p * STRIDE + META] >> 24) & 0x7;
  }
  /** True for a contact nothing obliged yet (CandidateFields.open): never shown overdue. */
  open(p: number): boolean {
    return (this.rows[p * STRIDE + META] & OPEN) !== 0;
  }
  /**
   * Why the contact goes on another channel than its reason's: 0 it does not, NO_CALL_SLOT (no call
   * slot left: placeInstead), NO_PHONE or NO_EMAIL (the customer lacks the detail: route),
   * ASKED_CHANNEL (the customer asked for that channel only: route).
   */
  instead(p: number): number {
    return (this.rows[p * STRIDE + META] >>> INSTEAD_SHIFT) & 7;
  }

  /** True when customer c has neither a phone number nor an e-mail address (calls and writing fail). */
  unreachable(c: number): boolean {
    return this.reach !== null && this.reach[c] === 0;
  }

  /** True when customer c refused channel ch (不要再发短信: online): nothing goes by it. */
  refuses(c: number, ch: number): boolean {
    return this.refused !== null && (this.refused[c] & (1 << ch)) !== 0;
  }

  /**
   * The channel a contact on channel ch to customer c was refused on, when it reaches them by none
   * because of a refusal (route): ch itself, or the one it would go by instead (a call to a
   * customer with no phone number who unsubscribed from e-mail: e-mail; fix64b, tester63's Kara
   * Lee); -1 when it is not refused (or the customer lacks every detail).
   */
  refusedOn(c: number, ch: number): number {
    if (this.refused === null || this.refused[c] === 0 || this.unreachable(c)) return -1;
    if (this.route(c, ch) >= 0) return -1;
    if (this.refuses(c, ch)) return ch;
    const has = this.reach === null ? HAS_PHONE | HAS_EMAIL : this.reach[c];
    if ((ch === PHONE || ch === ONLINE) && !(has & HAS_PHONE)) return EMAIL;
    if (ch === EMAIL && !(has & HAS_EMAIL)) return ONLINE;
    return ch;
  }

  /**
   * The channel a contact on channel ch reaches customer c by, with the instead code above
   * KIND_SHIFT; -1 when none. A call or a message needs a phone number, else it goes by e-mail (an
   * address); an e-mail needs an address, else it goes as a message (a phone number). A visit is
   * arranged by phone or, without a number, by e-mail (its talking point starts with the address).
   * A customer with neither gets nothing (unscheduled `no_contact_details`: ask the owner for the
   * details): the Customers sheet has no street address, and an unannounced visit nobody can
   * arrange is not a plan (stop 29 tester #2: 57 visits of the 20k workbook, 18 of them calls
   * turned into visits, a new customer's welcome among them).
   * A channel the customer refused (不要再发短信: refuses) reaches them by none: a message they
   * refused is not turned into an e-mail or a call, which they did not ask for either; the schedule
   * lists it (channel_refused). A call or visit to a customer who refused e-mail goes as before.
   * A customer who asked for one channel only (askedOnly: Do not call - email only) gets every
   * contact by it, marked ASKED_CHANNEL; by none when it lacks that channel's detail.
   */
  private route(c: number, ch: number): number {
    const has = this.reach === null ? HAS_PHONE | HAS_EMAIL : this.reach[c];
    if (has === 0) return -1;
    const asked = this.refused === null ? -1 : (this.refused[c] >> ASKED_SHIFT) - 1;
    if (asked >= 0 && ch !== asked) {
      const reaches = asked === EMAIL ? has & HAS_EMAIL : has & HAS_PHONE;
      return reaches && !this.refuses(c, asked) ? asked | (ASKED_CHANNEL << KIND_SHIFT) : -1;
    }
    if (this.refuses(c, ch)) return -1;
    if (ch === PHONE || ch === ONLINE) {
      if (has & HAS_PHONE) return ch;
      return this.refuses(c, EMAIL) ? -1 : EMAIL | (NO_PHONE << KIND_SHIFT);
    }
    if (ch === EMAIL && !(has & HAS_EMAIL))
      return has & HAS_PHONE && !this.refuses(c, ONLINE) ? ONLINE | (NO_EMAIL << KIND_SHIFT) : -1;
    return ch;
  }

  /** A visit that does not fit goes by phone: by e-mail when the customer has no number; -1 neither. */
  private visitFallback(c: number): number {
    return this.route(c, PHONE);
  }
  due(p: number): number {
    return this.rows[p * STRIDE + DUE];
  }
  plannedFrom(p: number): number {
    return this.rows[p * STRIDE + FROM];
  }
  value(p: number): number {
    return this.rows[p * STRIDE + VALUE];
  }

  /** The placed contact of customer c on day j, -1 none. */
  contactOn(c: number, j: number): number {
    const r = this.rows;
    for (let p = this.head[c]; p >= 0; p = r[p * STRIDE + NEXT])
      if (r[p * STRIDE + DAY] === j) return p;
    return -1;
  }

  /**
   * True when a contact on channel ch to customer c on day j would reach a phone number another
   * customer's call or message already reaches that day (samePhone: one number, one person; tester62
   * U145: an owner with two cars, two calls on 12-07, 12-21 and 01-04). A day with none is taken
   * instead where the window has one (pickDay); the contact keeps its own row, reason and due day,
   * which one row naming both would lose (the other car's next contact on the At-risk tab, its
   * status).
   */
  private phoneTaken(c: number, j: number, ch: number): boolean {
    const ring = this.samePhone;
    if (ring === null || ring[c] < 0 || (ch !== PHONE && ch !== ONLINE)) return false;
    for (let s = ring[c]; s !== c; s = ring[s]) {
      const p = this.contactOn(s, j);
      if (p >= 0 && (this.channel(p) === PHONE || this.channel(p) === ONLINE)) return true;
    }
    return false;
  }

  /**
   * The day from `j` (found by firstFree / lastFree on channel ch, owner o) onwards (step 1) or
   * backwards (step -1), within [lo, hi], that does not reach a number customer c shares on the same
   * day (phoneTaken); `j` itself when every such day does, or when `ringed` is false (urgent).
   */
  private pickDay(
    c: number,
    ch: number,
    o: number,
    j: number,
    lo: number,
    hi: number,
    step: 1 | -1,
    ringed = true,
  ): number {
    if (!ringed || this.samePhone === null || j < lo || j > hi) return j;
    for (let d = j; d >= lo && d <= hi;) {
      if (!this.phoneTaken(c, d, ch)) return d;
      d = step === 1 ? this.firstFree(ch, o, d + 1) : this.lastFree(ch, o, d - 1);
    }
    return j;
  }

  /** The latest placed contact of customer c on a day from a to b, -1 none. */
  contactIn(c: number, a: number, b: number): number {
    const r = this.rows;
    let best = -1;
    let bestDay = -1;
    for (let p = this.head[c]; p >= 0; p = r[p * STRIDE + NEXT]) {
      const d = r[p * STRIDE + DAY];
      if (d >= a && d <= b && (best < 0 || d > bestDay)) {
        best = p;
        bestDay = d;
      }
    }
    return best;
  }

  /** The latest day customer c has a contact on, -1 none. */
  lastDayOf(c: number): number {
    const r = this.rows;
    let last = -1;
    for (let p = this.head[c]; p >= 0; p = r[p * STRIDE + NEXT])
      if (r[p * STRIDE + DAY] > last) last = r[p * STRIDE + DAY];
    return last;
  }

  /**
   * Places candidate k of a batch: merged into the customer's contact inside its window when there is
   * one, else on the first (asap) or the latest day up to the deadline with room on its channel (a
   * visit that does not fit becomes a call). The channel is the one that reaches the customer
   * (route: a call to a customer without a number goes by e-mail). Returns the day, or -1 when it
   * does not fit on time (or nothing reaches the customer: `unreachable`).
   *
   * @param notBefore a regular contact after an earlier one (not asap): half its cadence after it.
   *   From there a day on its channel, else by call; when neither has one (the window ends before
   *   it: due in a holiday, brought forward), the later of its channel's and a call's latest day.
   *   Taking the latest visit instead put one two days after the last (due 10-08 in the National
   *   Day holiday, placed 09-26 after 09-24 while a call was free on 09-30: place55).
   */
  placeOnTime(b: CandidateBatch, k: number, band: number, asap = b.asap(k), notBefore = 0): number {
    const c = b.customer(k);
    const o = b.owner(k);
    const ei = Math.max(0, b.earliest(k));
    const li = Math.min(this.days - 1, b.deadline(k));
    if (ei > li) return -1;
    const existing = this.contactIn(c, ei, li);
    if (existing >= 0) {
      this.merge(existing, b, k, band);
      return this.day(existing);
    }
    const routed = this.route(c, b.channel(k));
    if (routed < 0) return -1;
    const ch = routed & 0xff;
    const kind = routed >> KIND_SHIFT;
    const fallback = ch === VISIT ? this.visitFallback(c) : -1;
    const alt = fallback & 0xff;
    // An urgent contact (a win-back, a complaint) is never put later for a shared number (phoneTaken):
    // merged or on its day (reviewer63 R2: a chain's urgent calls went a week late as visits).
    const ringed = band !== URGENT_BAND;
    let j: number;
    let used = routed;
    if (asap) {
      j = this.pickDay(c, ch, o, this.firstFree(ch, o, ei), ei, li, 1, ringed);
      if (j > li && fallback >= 0) {
        j = this.pickDay(c, alt, o, this.firstFree(alt, o, ei), ei, li, 1, ringed);
        used = fallback;
      }
      if (j > li) return -1;
    } else {
      // Its channel's latest day from notBefore on, else whichever of it and a call's is later: a
      // visit not right after the earlier contact while a call fits later (stop 26 tester: key
      // accounts called on 01-04 and visited on 01-05; place55).
      const lo = Math.max(ei, notBefore);
      j = this.pickDay(c, ch, o, this.lastFree(ch, o, li), ei, li, -1, ringed);
      if (j < lo && fallback >= 0) {
        const call = this.pickDay(c, alt, o, this.lastFree(alt, o, li), ei, li, -1, ringed);
        if (call > j) {
          j = call;
          used = fallback;
        }
      }
      if (j < ei) return -1;
    }
    // Every day of its window reaches a number called that day: late rather than twice a day,
    // where it may be late (placeLate: the first such day after its deadline).
    if (ringed && b.mayBeLate(k) && this.phoneTaken(c, j, used & 0xff)) return -1;
    this.add(b, k, o, j, used & 0xff, band, used === routed ? kind : used >> KIND_SHIFT);
    return j;
  }

  /**
   * Places a candidate that missed its deadline on the first day after it with room (marked overdue
   * by its due date), else on the first free day of the horizon before it. Returns the day or -1.
   */
  placeLate(b: CandidateBatch, k: number, band: number): number {
    const c = b.customer(k);
    const o = b.owner(k);
    const routed = this.route(c, b.channel(k));
    const ch = routed & 0xff;
    const fallback = routed >= 0 && ch === VISIT ? this.visitFallback(c) : -1;
    const from = Math.max(0, Math.max(b.earliest(k), b.deadline(k) + 1));
    for (let pass = 0; pass < 2; pass++) {
      const start = pass === 0 ? from : 0;
      const last = this.days - 1;
      let j =
        routed < 0
          ? this.days
          : this.pickDay(c, ch, o, this.firstFree(ch, o, start), start, last, 1);
      let used = routed;
      if (fallback >= 0) {
        const alt = fallback & 0xff;
        const call = this.pickDay(c, alt, o, this.firstFree(alt, o, start), start, last, 1);
        if (call < j) {
          j = call;
          used = fallback;
        }
      }
      // The customer may already have a contact on a full day before j: join it rather than add one.
      const existing = this.contactIn(c, start, Math.min(j, this.days - 1));
      if (existing >= 0) {
        this.merge(existing, b, k, band);
        return this.day(existing);
      }
      if (j < this.days) {
        this.add(b, k, o, j, used & 0xff, band, used >> KIND_SHIFT);
        return j;
      }
    }
    return -1;
  }

  /**
   * Places candidate k on channel `ch` instead of its own, which has no day left in the horizon (a
   * late welcome call with no call slot: an e-mail or message, stop 28), on the first day from its
   * earliest with room there, marked NO_CALL_SLOT. Call it after placeLate found nothing: the
   * customer then has no contact to join. Returns the day, or -1 when that channel is full too.
   */
  placeInstead(b: CandidateBatch, k: number, band: number, ch: number): number {
    const o = b.owner(k);
    const j = this.firstFree(ch, o, Math.max(0, b.earliest(k)));
    if (j >= this.days) return -1;
    this.add(b, k, o, j, ch, band, NO_CALL_SLOT);
    return j;
  }

  /**
   * Moves contact p to the first day from `from` before its day with room on its channel for its
   * owner and no other contact of its customer; returns the new day, or -1 when it stays.
   */
  moveEarlier(p: number, from: number): number {
    const r = this.rows;
    const i = p * STRIDE;
    const c = r[i + CUSTOMER];
    const o = r[i + OWNER];
    const day = r[i + DAY];
    const ch = this.channel(p);
    const s = this.slots[ch];
    if (!s) return -1;
    for (let j = s.firstFree(o, Math.max(0, from)); j < day; j = s.firstFree(o, j + 1)) {
      if (this.contactOn(c, j) >= 0 || this.phoneTaken(c, j, ch)) continue;
      s.release(o, day);
      s.take(o, j);
      r[i + DAY] = j;
      return j;
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

  private add(
    b: CandidateBatch,
    k: number,
    o: number,
    j: number,
    ch: number,
    band: number,
    instead: number,
  ): void {
    this.slots[ch]!.take(o, j);
    const c = b.customer(k);
    const p = this.count;
    if ((p + 1) * STRIDE > this.rows.length) {
      const grown = new Float64Array(this.rows.length * 2);
      grown.set(this.rows);
      this.rows = grown;
    }
    const r = this.rows;
    const i = p * STRIDE;
    r[i + CUSTOMER] = c;
    r[i + OWNER] = o;
    r[i + DAY] = j;
    r[i + META] =
      b.reasons(k) |
      (b.primary(k) << 8) |
      (ch << 16) |
      (band << 24) |
      (b.open(k) ? OPEN : 0) |
      (instead << INSTEAD_SHIFT);
    r[i + DUE] = b.due(k);
    r[i + FROM] = b.plannedFrom(k);
    r[i + VALUE] = b.value(k);
    r[i + NEXT] = this.head[c];
    this.head[c] = p;
    this.count = p + 1;
  }

  /**
   * Adds candidate k's reasons to contact p (which keeps its day, channel and primary reason). The
   * contact keeps the value at stake it was ranked by, the most urgent band's (the larger of two of
   * the same band): a customer's next regular contact merged into their retention call does not
   * make the row worth the whole 12-month spend (stop 27 tester: 163 of 1,195 retention calls and
   * 409 of 672 key accounts' overdue contacts on the 20k showed up to 43.5× the value they were
   * ranked by, and the day's calls were sorted by it).
   */
  private merge(p: number, b: CandidateBatch, k: number, band: number): void {
    const r = this.rows;
    const i = p * STRIDE;
    const was = this.band(p);
    const adds = b.reasons(k) & ~(r[i + META] & ABSORBED ? ABSORBED | ROUTINE : ABSORBED);
    let meta = r[i + META] | adds;
    if (band < was) meta = (meta & ~BAND_BITS) | (band << 24);
    // A contact with an obligation merged in is not open any more.
    if (!b.open(k)) meta &= ~OPEN;
    r[i + META] = meta;
    if (band < was || (band === was && b.value(k) > r[i + VALUE])) r[i + VALUE] = b.value(k);
    // A key account's overdue regular contact absorbed by the customer's call makes that call as
    // late as it was (the call was placed with the late ones for it, schedule.ts placementKeys):
    // the row shows the days overdue it was ranked by, not 0 among the late ones (tester51 J2).
    if (b.reasons(k) & ABSORBED && b.due(k) < r[i + DUE]) r[i + DUE] = b.due(k);
  }
}
