import { creditHoldSaid, maternity, mourns, petDeath, saysPaused } from "../ingest/contactOutcome";
import { endsWithWord } from "../ingest/cellWords";
import { subscriptionState } from "../ingest/subscriptions";
import {
  PAUSE_END_AFTER_WORDS,
  PAUSE_END_BEFORE_WORDS,
  PAUSE_LENGTH_MONTH_WORDS,
} from "../optionWords";
import type { Dataset } from "../model";
import { isoDate } from "../parse/date";
import type { Lang } from "../schema";
import { say, type Code } from "../words/catalog";
import { civilFromDays, daysFromCivil } from "../calendar/civil";
import { MAX_DAYS, putOffTime, timesInNote, type NoteTime } from "../noteTime";
import { overdueAgainstRhythm } from "../lifecycle/stage";
import { petsOf } from "../lifecycle/left";
import type { Rhythm } from "./retention";

/**
 * What the user said about when to contact a customer again (tester55 U4: a bar closed for
 * renovation until January was called urgently three weeks running though 跟进记录 said 下次跟进
 * 2027-01-05 and 客户资料 said 装修暂停):
 * - an agreed next contact: the latest contact on record (up to the analysis date) that names a
 *   next contact date (下次跟进), when that date is after the analysis date and the customer has
 *   not bought since that contact, nor been reached by a later contact naming no date. The customer gets no retention, welcome, movement or regular
 *   call before it; its one planned contact is on that date (schedule: cadenceCandidates), or, past
 *   the horizon, it is listed as `next_contact_agreed`. A complaint follow-up and care still go.
 * - paused: the Customers sheet's status says so (装修暂停, On hold: optionWords.ts PAUSE_WORDS),
 *   with no agreed date: when it resumes is not known, so no urgent retention or movement call; its
 *   regular contact stays, to ask.
 * - payments paused: a live subscription's collection is paused (Stripe's Pause Collection) and no
 *   other live one collects: no retention or movement call while paused; one contact on the day it
 *   resumes (`resumes`), or, with no day written, the paused regular contact.
 * - on credit hold (optionWords.ts CREDIT_HOLD_WORDS in the status, the note or the latest contact
 *   note saying it: tester62 U148): sold to for cash only until it pays, not loyal and not paused:
 *   no retention, movement or routine sales call; its regular contact is an account check at the
 *   paused interval, and the call about the money stays when invoices are overdue.
 * - bereaved: the latest contact note up to the analysis date says a death in her family or of her
 *   pet (mourns: 她母亲去世了, 狗狗去世了, her husband passed away; fix64b) within the rule's
 *   bereavementPauseDays, she has bought nothing since, and no date was agreed: held as by an
 *   agreed date (`until` the note's day + those days, `row` that note; `lifeEvent` 1), said so.
 * - expecting a baby: the same for a note saying she is pregnant (maternity: 怀孕了，生完宝宝再来)
 *   for the rule's maternityPauseDays, or just after the birth (在坐月子, 哺乳期) for at most
 *   POSTPARTUM_PAUSE_DAYS (`lifeEvent` 2; tester65 U202). The latest such note of either kind holds.
 * - put off by the Customers sheet's note (备注), when no contact set a date: a time it names as
 *   when to contact her again (noteTime.ts putOffTime, read on the analysis date, the note having no
 *   day of its own: 明年3月再联系), or, where the status or the note says a pause, the time it lasts
 *   to (tester64 U185: 王强, 冻结, 出国半年，停卡到2027年3月1日, was called on 12-07 to ask when he
 *   resumes). Held as by a time a contact's note named (`until` that time, `row` -1, `named`
 *   with no note day and the paused status).
 */
export interface Holds {
  /** Per customer: the agreed next contact day (epoch day) after the analysis date; NaN none. */
  until: Float64Array;
  /** Per customer: the contacts row that set it (its note is quoted), -1 none. */
  row: Int32Array;
  /**
   * Per customer: 1 when its status says paused, she is on leave or her subscription's payments
   * are paused (no date is agreed).
   */
  paused: Uint8Array;
  /**
   * Per customer whose subscription's payments are paused (Stripe's Pause Collection), the day they
   * resume (Infinity when none is written); NaN for every other. Absent when nobody's are.
   */
  resumes?: Float64Array;
  /**
   * Per customer: 1 when its `until` is a bereavement's pause (a family death in a contact note),
   * 2 a baby's (expecting, confinement, nursing), 3 the owner's death on a vet's record of one pet
   * (主人去世了: one contact with the family after the pause, none before or after it: OWNER_DIED),
   * 4 a bereavement whose note names a pet found on none of the owner's records (`otherPet`), not
   * an agreed date. Absent when nobody's is.
   */
  lifeEvent?: Uint8Array;
  /**
   * Per customer of lifeEvent 4, the pet's name its note names (another owner's record's, as
   * written there): said, the record not ended (fix67e). Absent when none.
   */
  otherPet?: Map<number, string>;
  /** Per customer: 1 on credit hold (CREDIT_HOLD_WORDS), not held otherwise. Absent when nobody is. */
  credit?: Uint8Array;
  /**
   * Per customer paused for her leave (Visits.leave: 请假, Excused since her last visit), the day
   * her leave began; NaN for every other. Absent when nobody is on leave.
   */
  leaveSince?: Float64Array;
  /**
   * Per customer with a booking from the analysis date on (Visits.booked: 已预约 on the
   * appointments sheet; tester63 U168), its earliest day; NaN for every other. Her retention call
   * waits for the working day after it (candidates.ts), her regular contact too (cadence.ts), and
   * says so (bookedText). Absent when nobody has one.
   */
  booked?: Float64Array;
  /**
   * What each held customer's reason quotes (quotedNote): the note of the contact that set the date,
   * or the paused status. Kept here: the JSON result is written from the schedule without the rows.
   */
  said: Map<number, string>;
  /**
   * Per customer held by a time her contact's note named (not a 下次跟进 date: noteTime.ts
   * putOffTime), that time, and the note's day; or by a time her Customers note named (`noted` NaN,
   * `status` her paused status as written, if any); absent when none is.
   */
  named?: Map<number, { time: OwnNoteTime; noted: number; status?: string }>;
}

/** A time her Customers note names, or her paused status itself (inStatus: 冻结到2026-12-31). */
export interface OwnNoteTime extends NoteTime {
  inStatus?: boolean;
}

/**
 * Days after a contact noting a pause in which a charge is the billing cycle already under way (a
 * month's subscription renewing five days after "Pausing for pregnancy, back in January": tester61
 * U118, the renewal ended the agreed hold and she got an urgent win-back call), not the customer
 * buying again. One monthly cycle.
 */
export const PAID_CYCLE_DAYS = 31;

/**
 * The longest pause after a contact note saying the customer has just given birth (在坐月子，满月后
 * 再来, 哺乳期暂时不做: tester65 U202), in days from the note: 坐月子 is a month to six weeks. Our
 * choice: a contact then, to ask, rather than the pregnancy's months (the rule maternityPauseDays,
 * when shorter, wins).
 */
export const POSTPARTUM_PAUSE_DAYS = 42;

/**
 * The times the notes put customers off to, each note read once a run: the schedule's holds
 * (holdsOf) and its refusals (doNotContact.ts doNotContactOf) both ask, of the same notes on the
 * same day (the stop-65 read-back: every contact note went through putOffTime twice a run, and
 * customerNoteTimes ran twice).
 */
export interface NoteTimes {
  /** Per customer, the time her Customers note (or paused status) puts her off to (customerNoteTimes). */
  customers: Map<number, OwnNoteTime> | undefined;
  /** The time contact row i's note puts her off to, read on the note's day (putOffTime). */
  contact(i: number): NoteTime | undefined;
}

/**
 * The notes' times of `dataset` as of `asOf` (NoteTimes): the Customers notes read now, a contact's
 * note when first asked for, then kept.
 *
 * @example noteTimesOf(dataset, asOf).contact(3)?.day // the day 明年三月再联系 on row 3 names
 */
export function noteTimesOf(dataset: Dataset, asOf: number): NoteTimes {
  const k = dataset.contacts;
  const notes = k?.note;
  // Per contact row: 1 once its note is read; the times found.
  const read = notes ? new Uint8Array(k!.count) : undefined;
  const found = new Map<number, NoteTime>();
  return {
    customers: customerNoteTimes(dataset.customers, asOf),
    contact: (i) => {
      if (!notes || !read) return undefined;
      if (read[i] === 0) {
        read[i] = 1;
        const t = notes[i] ? putOffTime(notes[i], Math.floor(k!.day[i])) : undefined;
        if (t !== undefined) found.set(i, t);
      }
      return found.get(i);
    },
  };
}

/**
 * The holds as of `asOf`; undefined when nobody is held (no next-contact date after it, no pause
 * word): the schedule then reads nothing more per customer.
 *
 * @param bereavementDays the rule's bereavementPauseDays (0: no bereavement pause)
 * @param horizonDays the plan's horizonDays: a booking holds her calls only while near (bookingHoldDays)
 * @param maternityDays the rule's maternityPauseDays (0: no pause for a baby)
 * @param rhythm each customer's purchase rhythm: a Customers note's time (no date of its own) holds
 *   a customer whose status says no pause only once she is overdue against it (customerNoteTimes)
 * @param times the notes' times (noteTimesOf), shared with the schedule's refusals
 * @param unhappy the customers unhappy by their own word (churn/signals.ts unhappyOf): a pause
 *   status of theirs holds them not (tester69 U523)
 * @example holdsOf(dataset, dataset.asOf, lastPurchase)?.until[2] // 20458 (2026-01-05)
 */
export function holdsOf(
  dataset: Dataset,
  asOf: number,
  lastPurchase: Float64Array,
  bereavementDays = 0,
  horizonDays?: number,
  maternityDays = 0,
  rhythm?: Rhythm,
  times: NoteTimes = noteTimesOf(dataset, asOf),
  unhappy?: Uint8Array,
): Holds | undefined {
  const n = dataset.customers.count;
  const k = dataset.contacts;
  const status = dataset.customers.status;
  const leave = onLeave(dataset, asOf);
  const resumesOn = subscriptionState(dataset, asOf)?.pausedUntil;
  const credit = creditHolds(dataset, asOf);
  const booked = bookedDays(dataset, asOf, horizonDays);
  const ownNote = times.customers;
  // The days each kind of life event (LIFE_EVENT_OF) holds her: 0 not read.
  const eventDays = [
    0,
    bereavementDays,
    maternityDays,
    Math.min(maternityDays, POSTPARTUM_PAUSE_DAYS),
    bereavementDays,
    bereavementDays,
  ];
  const mourning = lifeEvents(dataset, asOf, lastPurchase, eventDays);
  const limit = Math.floor(asOf) + 1;
  const notes = k?.note;
  // The next contact each contacts row names: its 下次跟进, else the time its note puts the
  // customer off to (noteTime.ts putOffTime: 明年三月再联系, Try in March), read for the notes
  // recent enough to name a day after the analysis date.
  const fromNote = new Map<number, NoteTime>();
  let next = k?.nextDay;
  if (k && notes) {
    for (let i = 0; i < k.count; i++) {
      const d = Math.floor(k.day[i]);
      if (!(d < limit) || limit - d > MAX_DAYS + 1 || (next !== undefined && next[i] === next[i]))
        continue;
      const t = times.contact(i);
      if (t !== undefined) fromNote.set(i, t);
    }
    if (fromNote.size > 0) {
      next = next ? Float64Array.from(next) : new Float64Array(k.count).fill(NaN);
      for (const [i, t] of fromNote) next[i] = t.day;
    }
  }
  if (!next && !status && !leave && !resumesOn && !credit && !booked && !mourning && !ownNote)
    return undefined;
  const row = new Int32Array(n).fill(-1);
  // The latest contact that reached the customer and named no next date (epoch day; NaN none);
  // the latest such with a note: only that overtakes a time the customer named in a note (an empty
  // row of a call in between says nothing against her 明年三月再联系).
  const reachedAfter = new Float64Array(n).fill(NaN);
  const saidAfter = new Float64Array(n).fill(NaN);
  if (k && next) {
    // The latest contact naming a next date (on one day, the row further down): its plan stands.
    for (let i = 0; i < k.count; i++) {
      const c = k.customer[i];
      const d = k.day[i];
      if (c < 0 || c >= n || !(d < limit)) continue;
      if (!(next[i] === next[i])) {
        if (k.notReached?.[i] !== 1 && !(reachedAfter[c] >= d)) reachedAfter[c] = d;
        if (k.notReached?.[i] !== 1 && notes?.[i]?.trim() && !(saidAfter[c] >= d)) saidAfter[c] = d;
        continue;
      }
      const before = row[c];
      if (before < 0 || d >= k.day[before]) row[c] = i;
    }
  }
  const until = new Float64Array(n).fill(NaN);
  const paused = new Uint8Array(n);
  const said = new Map<number, string>();
  const resumes = resumesOn ? new Float64Array(n).fill(NaN) : undefined;
  const onCredit = credit ? new Uint8Array(n) : undefined;
  let named: Holds["named"];
  const lifeEvent = mourning ? new Uint8Array(n) : undefined;
  let otherPet: Holds["otherPet"];
  let any = false;
  for (let c = 0; c < n; c++) {
    const i = row[c];
    // A purchase since that contact: the customer is buying again, its plan is overtaken; so is
    // it by a later contact that reached the customer (reviewer56 R9: 已重新开业 on a call after
    // the 下次跟进 2027-01-05 kept the hold and quoted the old note). After a note saying a pause,
    // a charge within PAID_CYCLE_DAYS is the cycle already under way, not buying again.
    const since = i >= 0 ? Math.floor(lastPurchase[c]) - k!.day[i] : NaN;
    if (
      i >= 0 &&
      next![i] >= limit &&
      !(since > 0 && !(since <= PAID_CYCLE_DAYS && saysPaused(k!.note?.[i] ?? ""))) &&
      !((fromNote.has(i) ? saidAfter : reachedAfter)[c] > k!.day[i])
    ) {
      until[c] = next![i];
      said.set(c, quotedNote(k!.note?.[i] ?? ""));
      const t = fromNote.get(i);
      if (t !== undefined) (named ??= new Map()).set(c, { time: t, noted: Math.floor(k!.day[i]) });
      any = true;
    } else if (
      mourning &&
      mourning.row[c] >= 0 &&
      (k!.day[mourning.row[c]] + eventDays[mourning.kind[c]] >= limit ||
        // The owner's death holds past the pause until the family was reached (fix67e).
        (LIFE_EVENT_OF[mourning.kind[c]] === OWNER_DIED && mourning.reachedAfter[c] === 0))
    ) {
      // A death in her family or a baby noted: no sales or retention contact until the pause ends.
      row[c] = mourning.row[c];
      until[c] = k!.day[row[c]] + eventDays[mourning.kind[c]];
      lifeEvent![c] = LIFE_EVENT_OF[mourning.kind[c]];
      said.set(c, quotedNote(k!.note?.[row[c]] ?? ""));
      const pet = mourning.otherPet.get(c);
      if (pet !== undefined) (otherPet ??= new Map()).set(c, pet);
      any = true;
    } else if (
      ownNote?.has(c) &&
      // A pause's end her status writes holds her not when unhappy, as the status (tester69 U523).
      !(ownNote.get(c)!.inStatus && unhappy?.[c]) &&
      // The note has no date: one naming a time (明年3月再联系) may be a year old, rolled forward.
      // A customer still buying on her rhythm (not overdue against it: the decline stage's test),
      // her status saying no pause, is not held by it
      // (reviewer65 M6: a regular buying every 20 days held to next March). A note saying the
      // pause itself holds her as the status would (Cancelled for the season - back next May,
      // tester66 U236: a client off for the season had an urgent retention call). Nor is one in
      // her off-season (Rhythm.offSeasonGap): Karen, mowing Apr–Nov, 46 days silent against her
      // monthly gap in January, "call me back in April" unheard, no call nor listing (tester66).
      ((status !== undefined && statusPaused(status[c] ?? "", asOf)) ||
        saysPaused(dataset.customers.note?.[c] ?? "") ||
        rhythm === undefined ||
        rhythm.offSeasonGap?.[c] === rhythm.offSeasonGap?.[c] ||
        !(lastPurchase[c] === lastPurchase[c] && rhythm.typicalGapDays[c] >= 0) ||
        overdueAgainstRhythm(
          asOf - Math.floor(lastPurchase[c]),
          rhythm.typicalGapDays[c],
          rhythm.overdueFactor,
        ))
    ) {
      // Her Customers note puts her off to a time (明年3月再联系, 停卡到2027年3月1日).
      row[c] = -1;
      const time = ownNote.get(c)!;
      until[c] = time.day;
      said.set(c, time.inStatus ? "" : quotedNote(dataset.customers.note?.[c] ?? ""));
      const s =
        status && statusPaused(status[c] ?? "", asOf) ? { status: quotedNote(status[c]) } : {};
      (named ??= new Map()).set(c, { time, noted: NaN, ...s });
      any = true;
    } else {
      row[c] = -1;
      if (resumesOn && resumesOn[c] > asOf) {
        // Her subscription's payments paused (Pause Collection): held until they resume.
        paused[c] = 1;
        resumes![c] = resumesOn[c];
        any = true;
      } else if (credit && credit.on[c] === 1) {
        onCredit![c] = 1;
        said.set(c, credit.said[c]);
        any = true;
      } else if (status && statusPaused(status[c] ?? "", asOf) && !unhappy?.[c]) {
        paused[c] = 1;
        said.set(c, quotedNote(status[c]));
        any = true;
      } else if (leave && leave[c] === leave[c]) {
        paused[c] = 1;
        any = true;
      }
    }
  }
  if (!any && !booked) return undefined;
  // Her leave, where it holds her (a status or an agreed date said first).
  const leaveSince = leave?.map((d, c) =>
    paused[c] === 1 && !said.has(c) && !(resumes !== undefined && resumes[c] === resumes[c])
      ? d
      : NaN,
  );
  const out: Holds = { until, row, paused, said };
  if (leaveSince) out.leaveSince = leaveSince;
  if (resumes) out.resumes = resumes;
  if (onCredit) out.credit = onCredit;
  if (booked) out.booked = booked;
  if (named) out.named = named;
  if (lifeEvent) out.lifeEvent = lifeEvent;
  if (otherPet) out.otherPet = otherPet;
  return out;
}

/**
 * A Customers note saying a pause is over: it ended (已恢复, 恢复了, 现在正常, back to, resumed), was
 * once (停过, 暂停过) or lay in the past (去年/上次/之前 + 停卡, last year) (reviewer65 H9).
 */
const PAUSE_OVER =
  /已恢复|恢复了|已经恢复|现在恢复|现在正常|目前正常|已正常|(?:停|冻结|暂停)过|(?:去年|上次|之前|以前)[^，。,;；]*?(?:停|冻结|暂停)|\blast year\b|\bback to\b|\bresumed\b|\bno longer (?:paused|frozen)\b/i;

/** A status saying its pause has run out (冻结（已过期）, 已到期, expired). */
const PAUSE_EXPIRED = /已过期|已到期|已结束|过期了|\bexpired\b|\bended\b/i;

/**
 * Whether a Customers status says a pause still running on `asOf`: it says one (saysPaused: 冻结,
 * On hold) and neither names a dated end before `asOf` (冻结至2026-09-30, On hold until
 * 2026-09-30: a date with its year; a month alone, 停卡到3月, is the next one) nor says it expired
 * (reviewer69 H4: a freeze over since September held a member's risk at 30.8 %, "no sign of
 * leaving", and her calls).
 *
 * @example statusPaused("冻结至2026-09-30", epochDay(2026, 12, 7)) // false
 * @example statusPaused("冻结至2027-01-15", epochDay(2026, 12, 7)) // true
 */
export function statusPaused(status: string, asOf: number): boolean {
  if (!saysPaused(status) || PAUSE_EXPIRED.test(status)) return false;
  // Read from a year before, so that a date already past is read as written, not skipped.
  const text = status.toLowerCase();
  const times = timesInNote(text, Math.floor(asOf) - MAX_DAYS);
  // Only an end ends it: the day a freeze began (2026-11-20冻结, On hold since …) does not
  // (reviewer70 H2: such members read 98.1 %, urgent win-back, during their maternity leave).
  const dated = times.filter((t) => /\d{4}/.test(text.slice(t.at, t.end)));
  const ends = dated.filter((t) => writtenAsEnd(text, t));
  if (ends.length > 0) return ends.some((t) => t.day >= Math.floor(asOf));
  // A start and a length (2026-06-01起，3个月): it ends that many months on (reviewer71 H1).
  const months = PAUSE_LENGTH.exec(text);
  if (months === null || dated.length !== 1) return true;
  const [y, m, d] = civilFromDays(dated[0].day);
  const to = m - 1 + Number(months[1]);
  return daysFromCivil(y + Math.floor(to / 12), (to % 12) + 1, d) >= Math.floor(asOf);
}

/** A pause's length in months (PAUSE_LENGTH_MONTH_WORDS): the number is the first group. */
const PAUSE_LENGTH = new RegExp(`(\\d{1,2})\\s*(?:${PAUSE_LENGTH_MONTH_WORDS.join("|")})(?![a-z])`);

/** Whether the time at `t` in `text` (lower-cased) is written as a pause's end (PAUSE_END_*_WORDS). */
function writtenAsEnd(text: string, t: NoteTime): boolean {
  const before = text.slice(0, t.at).replace(/[\s:：]+$/, "");
  const after = text.slice(t.end).trimStart();
  return (
    endsWithWord(before, PAUSE_END_BEFORE_WORDS) ||
    // A range's second day after a hyphen (2026.08.01-2026.09.30, 2026-08-01 - 2026-09-30).
    /\d\s*[-−]$/.test(before) ||
    PAUSE_END_AFTER_WORDS.some((w) => after.startsWith(w))
  );
}

/**
 * The end a paused status writes of itself, on or after `day` (冻结到2026-12-31, On hold until
 * 2027-01-15: a time after an end word, statusPaused's), `inStatus`; undefined none (冻结,
 * 2026-11-20冻结: a beginning).
 */
function statusPauseEnd(status: string, day: number): OwnNoteTime | undefined {
  const text = status.toLowerCase();
  const t = putOffTime(text, day, true);
  return t !== undefined && t.day >= day && writtenAsEnd(text, t)
    ? { ...t, inStatus: true }
    : undefined;
}

/** A time's own year: written (2027) or said (明年, next May). */
const NAMED_YEAR = /\d{4}|明年|下一年|\bnext\b/;

/**
 * Per customer, the time its Customers note (备注) puts it off to, read on the analysis date
 * (noteTime.ts putOffTime): one said as when to contact her again (明年3月再联系, 下个月再说),
 * or, where her status or the note says a pause (PAUSE_WORDS: 冻结, 停卡), the time it lasts
 * to (停卡到2027年3月1日). A time after 到 / until alone is no put-off otherwise: 会员有效期到2027年5月
 * says how long the card is good for. With no time in the note, a pause running whose status writes
 * its end (冻结到2026-12-31, 冻结至2026-12-20: statusPaused's end) is put off to that end alike,
 * `inStatus` (newuser70 N6: no call on the end day, while the same date in the note had one).
 * Undefined when none names one.
 *
 * @example customerNoteTimes({ count: 1, note: ["出国半年，停卡到2027年3月1日"] }, asOf)?.get(0)?.day // 2027-03-01's day
 */
export function customerNoteTimes(
  customers: Pick<Dataset["customers"], "count" | "note" | "status">,
  asOf: number,
): Map<number, OwnNoteTime> | undefined {
  const { note, status } = customers;
  if (!note && !status) return undefined;
  const day = Math.floor(asOf);
  let out: Map<number, OwnNoteTime> | undefined;
  for (let c = 0; c < customers.count; c++) {
    const text = note?.[c] ?? "";
    const pausedNow = status !== undefined && statusPaused(status[c] ?? "", asOf);
    if (!text) {
      const end = pausedNow ? statusPauseEnd(status[c], day) : undefined;
      if (end !== undefined) (out ??= new Map()).set(c, end);
      continue;
    }
    // A pause the note says is over (去年停卡到3月，现在正常; Paused until March last year, back
    // to weekly now) holds nobody (reviewer65 H9).
    if (PAUSE_OVER.test(text)) continue;
    let time: OwnNoteTime | undefined = putOffTime(text, day, false);
    if (time === undefined && (pausedNow || saysPaused(text))) {
      // The end of a pause: the note has no date, so a month with no year of its own (停卡到3月)
      // is the next one only while the status itself says the pause (reviewer65 H9).
      time = putOffTime(text, day, true);
      // A year said in words counts as one (back next May, 明年5月回来: tester66 U236).
      if (time && !pausedNow && !NAMED_YEAR.test(text.toLowerCase().slice(time.at, time.end)))
        time = undefined;
    }
    if (time === undefined && pausedNow) time = statusPauseEnd(status[c], day);
    // A note with no day of its own names no day of the week (which Wednesday? reviewer65 H3).
    if (time !== undefined && time.kind !== "weekday") (out ??= new Map()).set(c, time);
  }
  return out;
}

/**
 * The Holds.lifeEvent of each eventDays index: a bereavement, a baby (expecting, just born), the
 * owner's death, a bereavement naming a pet not found.
 */
const LIFE_EVENT_OF = [0, 1, 2, 2, 3, 4] as const;

/** Holds.lifeEvent of the owner's death on a vet's record of one pet (petDeath 3: 主人去世了). */
const OWNER_DIED = 3;

/** The eventDays index of what petDeath says (2 another pet's, 3 the owner's, 4 a pet not found). */
const PET_DEATH_KIND = [0, 0, 1, 4, 5] as const;

/**
 * What a contact note says that pauses her (eventDays' index): 1 a death in her family or of her
 * pet (mourns), 2 she is expecting a baby, 3 just had one (maternity); 0 none, or a kind whose
 * days are 0 (the rule turned off).
 */
function lifeEventOf(note: string, eventDays: readonly number[]): number {
  if (eventDays[1] > 0 && mourns(note)) return 1;
  if (eventDays[2] <= 0) return 0;
  const m = maternity(note);
  return m === 0 ? 0 : m + 1;
}

/**
 * Per customer, the Contacts row of the latest note up to `asOf` saying a life event that pauses
 * her (lifeEventOf: a death in her family or of her pet, a baby), when she has bought nothing after
 * its day, and its kind; row -1 none. Undefined when no note says one.
 */
function lifeEvents(
  dataset: Pick<Dataset, "customers" | "contacts">,
  asOf: number,
  lastPurchase: Float64Array,
  eventDays: readonly number[],
):
  | { row: Int32Array; kind: Uint8Array; reachedAfter: Uint8Array; otherPet: Map<number, string> }
  | undefined {
  const k = dataset.contacts;
  const notes = k?.note;
  if (!k || !notes || !eventDays.some((d) => d > 0)) return undefined;
  const n = dataset.customers.count;
  const limit = Math.floor(asOf) + 1;
  const pets = petsOf(dataset.customers);
  let out: ReturnType<typeof lifeEvents>;
  for (let i = 0; i < k.count; i++) {
    const c = k.customer[i];
    const d = k.day[i];
    if (c < 0 || c >= n || !(d < limit) || !notes[i] || Math.floor(lastPurchase[c]) > d) continue;
    if (out && out.row[c] >= 0 && k.day[out.row[c]] > d) continue;
    // On a vet's record of one pet, the owner's other pet's death or the owner's own (petDeath 2, 3:
    // 糖糖上周去世了 on 豆豆's record, 主人去世了) is a bereavement too (reviewer66 H5); the owner's
    // (3) holds until the family is reached, a pet not found (4) is said (fix67e).
    const death =
      pets && eventDays[1] > 0
        ? petDeath(notes[i], pets.name[c], pets.others(c), pets.elsewhere(c))
        : undefined;
    const says = death?.says ?? 0;
    const kind = says >= 2 ? PET_DEATH_KIND[says] : lifeEventOf(notes[i], eventDays);
    if (kind === 0) continue;
    out ??= {
      row: new Int32Array(n).fill(-1),
      kind: new Uint8Array(n),
      reachedAfter: new Uint8Array(n),
      otherPet: new Map(),
    };
    out.row[c] = i;
    out.kind[c] = kind;
    if (says === 4) out.otherPet.set(c, death!.other);
    else out.otherPet.delete(c);
  }
  // A contact that reached her after the note: the family was spoken to (OWNER_DIED holds no more).
  if (out)
    for (let i = 0; i < k.count; i++) {
      const c = k.customer[i];
      if (c < 0 || c >= n || out.row[c] < 0 || !(k.day[i] < limit) || k.notReached?.[i] === 1)
        continue;
      if (k.day[i] > k.day[out.row[c]]) out.reachedAfter[c] = 1;
    }
  return out;
}

/**
 * Per customer, whether it is on credit hold as of `asOf` (CREDIT_HOLD_WORDS; tester62 U148), and
 * the words that say so (quoted): the latest contact note up to `asOf` saying a hold or its lifting
 * decides, else the Customers status, else its note. Undefined when nobody is.
 */
function creditHolds(
  dataset: Pick<Dataset, "customers" | "contacts">,
  asOf: number,
): { on: Uint8Array; said: string[] } | undefined {
  const n = dataset.customers.count;
  const { status, note } = dataset.customers;
  const on = new Uint8Array(n);
  const said = new Array<string>(n).fill("");
  let any = false;
  for (let c = 0; c < n; c++)
    for (const text of [status?.[c] ?? "", note?.[c] ?? ""])
      if (creditHoldSaid(text) === 1) {
        on[c] = 1;
        said[c] = quotedNote(text);
        any = true;
        break;
      }
  const k = dataset.contacts;
  const notes = k?.note;
  if (k && notes) {
    const latest = new Float64Array(n).fill(-Infinity);
    const limit = Math.floor(asOf) + 1;
    for (let i = 0; i < k.count; i++) {
      const c = k.customer[i];
      const d = k.day[i];
      if (c < 0 || c >= n || !(d < limit) || d < latest[c]) continue;
      const told = creditHoldSaid(notes[i] ?? "");
      if (told === 0) continue;
      latest[c] = d;
      on[c] = told === 1 ? 1 : 0;
      said[c] = told === 1 ? quotedNote(notes[i]) : "";
      if (told === 1) any = true;
    }
  }
  return any && on.includes(1) ? { on, said } : undefined;
}

/**
 * A booking holds her retention calls only while it is near (reviewer64 H7: one booked 5½ months
 * ahead, 99 % lapsed, had no call and no unscheduled line): at most this many days after the
 * analysis date. Our choice: two weeks, the high tier's contact interval (cadenceDays.high), the
 * soonest we would call her anyway; a booking further off is a plan to confirm, not a visit to
 * wait for, and her call stays.
 */
export const BOOKING_HOLDS_DAYS = 14;

/**
 * The days the plan keeps after a held booking for the call after it (the working day after it
 * and the win-back's working days, over a weekend): a booking holds only while that call still
 * falls within the plan's horizon, so a held customer is never left out of the plan unsaid.
 */
const BOOKING_CALL_ROOM_DAYS = 7;

/** How many days after the analysis date a booking holds her calls, for the plan's horizon. */
export function bookingHoldDays(horizonDays: number): number {
  return Math.min(BOOKING_HOLDS_DAYS, horizonDays - BOOKING_CALL_ROOM_DAYS);
}

/**
 * Per customer booked on or after `asOf` (Visits.booked: 已预约, Booked; tester63 U168: 孙丽,
 * booked for 12-09, got an urgent win-back call on 12-07), the day of her earliest such booking;
 * NaN for every other customer. Undefined when nobody is booked.
 *
 * @example bookedDays(dataset, asOf)?.[6] // 2026-12-09's day
 */
export function bookedDays(
  dataset: Pick<Dataset, "visits" | "customers">,
  asOf: number,
  horizonDays = BOOKING_HOLDS_DAYS + BOOKING_CALL_ROOM_DAYS,
): Float64Array | undefined {
  const b = dataset.visits?.booked;
  if (!b || b.day.length === 0) return undefined;
  const n = dataset.customers.count;
  const out = new Float64Array(n).fill(NaN);
  const last = Math.floor(asOf) + bookingHoldDays(horizonDays);
  let any = false;
  for (let i = 0; i < b.day.length; i++) {
    const c = b.customer[i];
    const d = Math.floor(b.day[i]);
    if (c < 0 || c >= n || d < Math.floor(asOf) || d > last || d >= out[c]) continue;
    out[c] = d;
    any = true;
  }
  return any ? out : undefined;
}

/** The day customer c is booked for (Holds.booked); NaN when she is not. */
export function bookedDay(holds: Holds | undefined, c: number): number {
  return holds?.booked?.[c] ?? NaN;
}

/**
 * The words of a booked customer's retention call or regular contact, planned after her booking
 * ("已预约 2026-12-09：如未到诊，再联系" / "Booked for 2026-12-09: call if they did not come");
 * "" when she is not booked.
 */
export function bookedText(holds: Holds | undefined, c: number, lang: Lang): string {
  const day = bookedDay(holds, c);
  return day === day ? say(lang, "followUpTab", "booked", { date: isoDate(day) }) : "";
}

/**
 * A leave is current while its latest row is this recent (days before the analysis date): the
 * rows of a student on leave go on each lesson day; one 请假 row months ago, and nothing since, is
 * a student who stopped coming, not one on leave.
 */
export const LEAVE_CURRENT_DAYS = 60;

/**
 * Per customer on leave as of `asOf`, the day her leave began: her visits log's rows after her last
 * visit say 请假 / Excused / 停课 (Visits.leave), the latest within LEAVE_CURRENT_DAYS; NaN for every
 * other customer. Undefined when nobody is on leave.
 *
 * @example onLeave(dataset, asOf)?.[1] // 2026-09-05's day: 请假 every lesson since
 */
export function onLeave(
  dataset: Pick<Dataset, "visits" | "customers">,
  asOf: number,
): Float64Array | undefined {
  const v = dataset.visits;
  const leave = v?.leave;
  if (!v || !leave || leave.day.length === 0) return undefined;
  const n = dataset.customers.count;
  const limit = Math.floor(asOf);
  const lastVisit = new Float64Array(n).fill(-Infinity);
  for (let i = 0; i < v.count; i++) {
    const c = v.customer[i];
    const d = v.day[i];
    if (c >= 0 && c < n && d <= limit && d > lastVisit[c]) lastVisit[c] = d;
  }
  const since = new Float64Array(n).fill(NaN);
  const latest = new Float64Array(n).fill(-Infinity);
  for (let i = 0; i < leave.day.length; i++) {
    const c = leave.customer[i];
    const d = leave.day[i];
    if (c < 0 || c >= n || d > limit || d <= lastVisit[c]) continue;
    if (!(d >= since[c])) since[c] = d;
    if (d > latest[c]) latest[c] = d;
  }
  let any = false;
  for (let c = 0; c < n; c++) {
    if (limit - latest[c] > LEAVE_CURRENT_DAYS) since[c] = NaN;
    else any = true;
  }
  return any ? since : undefined;
}

/**
 * Per customer paused as of `asOf`, what says it: her Customers status as written where it says a
 * pause (冻结, 停卡, On hold: saysPaused), else "" where she is on leave (onLeave: 请假 since her last
 * visit) or her subscription's payments are paused until after the date. Undefined when nobody is.
 * A pause explains her silence: the Changes tab counts it as no move of hers (changes/compare.ts
 * `paused`; tester67 U313: 33 of 127 变差 were frozen members, the pause unsaid). A status of a
 * customer `unhappy` by her own word (churn/signals.ts unhappyOf: 停课 after a 1/5) is no pause
 * (tester69 U523), as in holdsOf.
 *
 * @example pausesOf(dataset, asOf)?.get(6) // "冻结"
 */
export function pausesOf(
  dataset: Pick<Dataset, "customers" | "visits" | "subscriptions">,
  asOf: number,
  unhappy?: Uint8Array,
): Map<number, string> | undefined {
  const n = dataset.customers.count;
  const status = dataset.customers.status;
  const leave = onLeave(dataset, asOf);
  const resumesOn = subscriptionState(dataset, asOf)?.pausedUntil;
  if (!status && !leave && !resumesOn) return undefined;
  const out = new Map<number, string>();
  for (let c = 0; c < n; c++) {
    if (status && statusPaused(status[c] ?? "", asOf) && !unhappy?.[c])
      out.set(c, quotedNote(status[c]));
    else if ((leave && leave[c] === leave[c]) || (resumesOn && resumesOn[c] > asOf)) out.set(c, "");
  }
  return out.size > 0 ? out : undefined;
}

/**
 * True when customer c is held by an agreed date, a pause or a credit hold (no retention or
 * movement call).
 */
export function isHeld(holds: Holds | undefined, c: number): boolean {
  return (
    holds !== undefined && (heldToDay(holds, c) || holds.paused[c] === 1 || holds.credit?.[c] === 1)
  );
}

/**
 * Whether customer c is held to a day: a next contact agreed, a time a note named (a contact's or
 * her Customers note's) or a bereavement's pause (Holds.until).
 */
export function heldToDay(holds: Holds | undefined, c: number): boolean {
  return holds !== undefined && holds.until[c] === holds.until[c];
}

/** Whether customer c is held by a time her contact's note named (三月再联系: Holds.named). */
export function putOffByNote(holds: Holds | undefined, c: number): boolean {
  return holds?.named?.has(c) === true;
}

/**
 * Whether customer c's owner died (Holds.lifeEvent 3, 主人去世了 on a vet's record of one pet): one
 * contact with the family after the pause, no regular contact after it (schedule.ts onPlaced).
 */
export function ownerDied(holds: Holds | undefined, c: number): boolean {
  return holds?.lifeEvent?.[c] === OWNER_DIED && holds.row[c] >= 0;
}

/** Whether customer c is held by a pause a life event in a note set (Holds.lifeEvent: a bereavement, a baby). */
export function pausedForEvent(holds: Holds | undefined, c: number): boolean {
  return (holds?.lifeEvent?.[c] ?? 0) > 0 && holds!.row[c] >= 0;
}

/** The day customer c's paused subscription payments resume (Holds.resumes); NaN when not paused. */
export function resumesDay(holds: Holds | undefined, c: number): number {
  return holds?.resumes?.[c] ?? NaN;
}

/** The day customer c's paused payments resume as said ("?" when none is written). */
export function resumesText(holds: Holds | undefined, c: number): string {
  const d = resumesDay(holds, c);
  return d === Infinity ? "?" : isoDate(d);
}

/** Whether customer c is held by a credit hold (Holds.credit). */
export const onCreditHold = (holds: Holds | undefined, c: number): boolean =>
  holds?.credit?.[c] === 1;

/** The day customer c's leave began when she is held for it (Holds.leaveSince); NaN otherwise. */
export function leaveDay(holds: Holds | undefined, c: number): number {
  return holds?.leaveSince?.[c] ?? NaN;
}

/**
 * The reason of a contact held by a time a note of day `noted` named: a month as the month and its
 * year, a day as the day from which to call, the note's day, and the note when quoted ("" not).
 *
 * @example putOffText({ day: 20878, kind: "month", at: 0, end: 4 }, 20777, "", "zh-CN") // "客户说 2027 年3月再联系（备注 2026-11-20）"
 */
export function putOffText(
  time: OwnNoteTime,
  noted: number,
  note: string,
  lang: Lang,
  status?: string,
): string {
  const [year, month] = civilFromDays(time.day);
  const monthName = say(lang, "typedDate", `month${month}` as Code<"typedDate">);
  if (!(noted === noted)) {
    // Her Customers note's time (no day of its own): the day, or the month with its year.
    const when =
      time.kind === "month"
        ? say(lang, "followUpTab", "monthOfYear", { year: String(year), monthName })
        : isoDate(time.day);
    const code = status === undefined ? "ownNotePutOff" : "pausedUntil";
    // The end her status writes itself (冻结到2026-12-31): no note to point to (newuser70 N6).
    const said = time.inStatus && status !== undefined ? "pausedUntilStatus" : undefined;
    return say(lang, "followUpTab", said ?? (note === "" ? `${code}NoNote` : code), {
      when,
      note,
      status: status ?? "",
    });
  }
  const code = time.kind === "month" ? "putOffMonth" : "putOffDay";
  return say(lang, "followUpTab", note === "" ? `${code}NoNote` : code, {
    year: String(year),
    monthName,
    from: isoDate(time.day),
    date: isoDate(noted),
    note,
  });
}

/** Longest note quoted in a reason or talking point, in characters (the cell stays readable). */
export const NOTE_QUOTE_CHARS = 60;

/**
 * A note as quoted: one line, at most `max` characters (NOTE_QUOTE_CHARS; cut with "…").
 *
 * @example quotedNote("装修中，\n1月重新开业后再订") // "装修中， 1月重新开业后再订"
 */
export function quotedNote(note: string, max = NOTE_QUOTE_CHARS): string {
  const t = note.replace(/\s*\r?\n\s*/g, " ").trim();
  return t.length > max ? t.slice(0, max - 1) + "…" : t;
}

/** The followUpTab words of each Holds.lifeEvent (1 + index). */
const LIFE_EVENT_CODES = ["bereaved", "maternity", "ownerDied", "petNotFound"] as const;

/**
 * The reason of customer c's regular contact when it is held ("" when not): the agreed date and
 * the note of the contact that set it, or the paused status. Without `quote` (a workbook to pass
 * on: a note may hold a phone number) the note is left out; the status is the user's word for a
 * pause, quoted all the same.
 *
 * @example holdText(holds, 2, "zh-CN") // "按约定 2027-01-05 再联系：装修中，1月重新开业后再订"
 */
export function holdText(holds: Holds | undefined, c: number, lang: Lang, quote = true): string {
  if (holds === undefined) return "";
  const said = quote ? (holds.said.get(c) ?? "") : "";
  const named = holds.named?.get(c);
  if (named !== undefined) return putOffText(named.time, named.noted, said, lang, named.status);
  if (holds.row[c] >= 0) {
    const date = isoDate(holds.until[c]);
    const event = holds.lifeEvent?.[c] ?? 0;
    if (event > 0) {
      const code = LIFE_EVENT_CODES[event - 1];
      const pet = holds.otherPet?.get(c) ?? "";
      return said === ""
        ? say(lang, "followUpTab", `${code}NoNote`, { date, pet })
        : say(lang, "followUpTab", code, { date, note: said, pet });
    }
    return said === ""
      ? say(lang, "followUpTab", "agreedNoNote", { date })
      : say(lang, "followUpTab", "agreed", { date, note: said });
  }
  if (onCreditHold(holds, c)) {
    const note = quote ? (holds.said.get(c) ?? "") : "";
    return note === ""
      ? say(lang, "followUpTab", "creditHoldNoNote")
      : say(lang, "followUpTab", "creditHold", { note });
  }
  if (holds.paused[c] !== 1) return "";
  const resumes = resumesDay(holds, c);
  if (resumes === resumes)
    return resumes === Infinity
      ? say(lang, "followUpTab", "paymentsPausedNoDate")
      : say(lang, "followUpTab", "paymentsPaused", { date: isoDate(resumes) });
  const since = leaveDay(holds, c);
  if (since === since) return say(lang, "followUpTab", "onLeave", { date: isoDate(since) });
  return say(lang, "followUpTab", "paused", { status: holds.said.get(c) ?? "" });
}
