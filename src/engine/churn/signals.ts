import type { Complaints, Contacts, Dataset, Surveys } from "../model";
import type { RuleSet } from "../rules/schema";
import type { ComplaintRules } from "../rules/service";
import { MISSED, firstResponseOutcome, resolutionOutcome } from "../complaints/sla";
import { complaintAgeDays } from "../complaints/age";
import { leavingSaidWord, leftStageWord, saidDeath, saysLeft } from "../ingest/contactOutcome";
import { paymentFailed, type PaymentFailed } from "../ingest/paymentFailed";
import { subscriptionState } from "../ingest/subscriptions";
import { refunded, type Refunded } from "./refunded";

/** Bits of unhappyOf: the latest overall score low, the latest recommend score a detractor's, a complaint open. */
export const UNHAPPY_SCORE = 1;
export const UNHAPPY_DETRACTOR = 2;
export const UNHAPPY_COMPLAINT = 4;

/** A low score counts for unhappyOf when she bought no later than this many days after it. */
export const UNHAPPY_STOPPED_DAYS = 30;

/**
 * The customers unhappy at the analysis date by their own word, as bits: the latest overall score
 * in the lookback low (at most `lowScoreMax`: UNHAPPY_SCORE), the latest recommend score a
 * detractor's (at most `npsDetractorMax`: UNHAPPY_DETRACTOR), a complaint open (UNHAPPY_COMPLAINT);
 * 0 none. Her call's talking point quotes the low score (followUp/talkingPoints.ts). A pause
 * status beside it is no pause (followUp/hold.ts
 * pausesOf, holdsOf; tester69 U523: 停课 after the parent scored 1/5, "换了老师以后孩子不愿意来了",
 * turned her retention call into "定期联系，了解何时恢复"): the front desk wrote down that she stopped
 * coming, her silence is hers. Undefined when nobody is.
 *
 * A score counts only when she stopped buying within UNHAPPY_STOPPED_DAYS of it (`bought`: her
 * recency on its analysis date): a 2/5 of June followed by 20 visits before a freeze for 产假 is
 * no reason her pause is none (reviewer71 M2: 47.2 %, no call → 99.3 %, urgent win-back during
 * her leave).
 *
 * @example unhappyOf(signals, 2, 6)?.[c] // 1: 1/5 on 2026-08-31
 */
export function unhappyOf(
  signals: Pick<
    ServiceSignals,
    "satisfactionScore" | "satisfactionDay" | "recommendScore" | "recommendDay" | "openComplaints"
  >,
  lowScoreMax: number,
  npsDetractorMax: number,
  bought?: { asOf: number; recencyDays: ArrayLike<number> },
): Uint8Array | undefined {
  const { satisfactionScore: score, recommendScore: nps, openComplaints: open } = signals;
  const n = (score ?? nps ?? open)?.length ?? 0;
  // Said within UNHAPPY_STOPPED_DAYS of her last purchase, or after it.
  const lastWord = (day: Float64Array | null, c: number): boolean =>
    bought === undefined ||
    day === null ||
    !(day[c] < Math.floor(bought.asOf) - bought.recencyDays[c] - UNHAPPY_STOPPED_DAYS);
  let out: Uint8Array | undefined;
  for (let c = 0; c < n; c++) {
    const bits =
      (score && score[c] <= lowScoreMax && lastWord(signals.satisfactionDay, c)
        ? UNHAPPY_SCORE
        : 0) |
      (nps && nps[c] <= npsDetractorMax && lastWord(signals.recommendDay, c)
        ? UNHAPPY_DETRACTOR
        : 0) |
      (open && open[c] > 0 ? UNHAPPY_COMPLAINT : 0);
    if (bits !== 0) (out ??= new Uint8Array(n))[c] = bits;
  }
  return out;
}

/**
 * What the service sheets say about each customer at the analysis date, one array per signal, built
 * in one pass over each sheet. A sheet that is absent gives null: its factors do not apply (absence
 * of a sheet is not evidence of anything).
 */
export interface ServiceSignals {
  /** Latest overall score (1–5) within the lookback, its day; NaN when none. */
  satisfactionScore: Float64Array | null;
  satisfactionDay: Float64Array | null;
  /** Latest likelihood to recommend (0–10) within the lookback, its day; NaN when none. */
  recommendScore: Float64Array | null;
  recommendDay: Float64Array | null;
  /** Open complaints received up to the end of the analysis date, and the oldest one's age in
   * calendar days on that date (complaints/age.ts). */
  openComplaints: Int32Array | null;
  oldestOpenDays: Float64Array | null;
  /** Complaints received in the lookback whose first response or resolution missed the SLA
   * (complaints/sla.ts outcomes, judged at the end of the analysis date). */
  lateComplaints: Int32Array | null;
  /** Day of the last contact up to the analysis date; NaN: never contacted. */
  lastContactDay: Float64Array | null;
  /**
   * How many contacts up to the analysis date did not get through (未接通, no answer) after the
   * last that did, or with none that did (0: none): the reason says "2 calls not answered", not
   * "no contact on record" beside the row's 上次联系（未接通） (newuser62 L3, tester63 U168).
   * Absent: not measured.
   */
  unreachedSince?: Uint8Array | null;
  /**
   * The latest contact note in the trend period (lifecycle.trendPeriodDays) up to the analysis date
   * that states a reason to leave (ingest/contactOutcome.ts leavingReasonWord: another supplier, a
   * competitor, the price), or her own leaving (noteLeftWord: 搬到东莞去了, Not renewing; one still
   * on her rhythm is not left, classify.ts), with no purchase after it: its day (NaN none) and the
   * word (leavingSaidWord index). Null without contact notes. Absent: not measured.
   */
  leavingNoteDay?: Float64Array | null;
  leavingWord?: Int16Array | null;
  /**
   * Per customer, the LEFT_STAGE_WORDS index of a Customers status that is a stage someone set
   * saying she left (Churned, Former customer, 已流失; -1 any other): one still paying on her own
   * rhythm is not left (classify.ts, LEFT_BY stage), a stale stage, said as said_leaving and held
   * at high at least (reviewer65 M4). Today's only (the status is today's word); null none.
   */
  leftStage?: Int16Array | null;
  /**
   * The customers whose payment failed: a status saying so (past_due, 欠费), or failed charges on
   * the transactions sheet with no paid purchase since (ingest/paymentFailed.ts); null when none
   * (tester61 U134). Said as the reason payment_failed, not weighed.
   */
  paymentFailed?: PaymentFailed | null;
  /**
   * Per customer, the end of the period a subscription is set to cancel at (Infinity: no end
   * written; NaN none): ingest/subscriptions.ts; null without a Subscriptions sheet or none set
   * (tester61 U114). Said as cancel_scheduled, weighed as a note saying the customer leaves.
   */
  cancelDay?: Float64Array | null;
  /**
   * Per customer, the day a subscription was canceled within WIN_BACK_CANCEL_DAYS for a reason
   * that leaves the door open (NaN none; tester63 U163); null none. Said as canceled_may_return,
   * held at high at least as cancelDay.
   */
  winBackDay?: Float64Array | null;
  /**
   * Per customer, the bookings she missed (爽约, No-show) or cancelled (取消) since her last visit
   * or purchase, up to the analysis date (Visits.missed; tester63 U168): how many (0 none), of
   * them no-shows, and the latest one's day. Null without such rows. Said as
   * missed_appointments, not weighed.
   */
  missedAppointments?: MissedAppointments | null;
  /**
   * The customers whose last purchase was mostly refunded with nothing bought since
   * (churn/refunded.ts; tester69 U503); null none. Said as refunded, not weighed.
   */
  refunded?: Refunded | null;
}

/**
 * The signals said, not weighed, that the churn reasons, the schedule and the talking points all
 * read: measured once per run (saidSignals) and passed on (reviewer70 L3: refunded() ran twice).
 */
export type SaidSignals = Pick<ServiceSignals, "paymentFailed" | "missedAppointments" | "refunded">;

/**
 * ServiceSignals' payment failures, missed appointments and refunds as of `asOf`.
 *
 * @example saidSignals(dataset, dataset.asOf).refunded // null: nothing refunded
 */
export function saidSignals(dataset: Dataset, asOf: number): SaidSignals {
  return {
    paymentFailed: paymentFailed(dataset, asOf),
    missedAppointments: missedAppointments(dataset, asOf),
    refunded: refunded(dataset, asOf),
  };
}

/** ServiceSignals.missedAppointments. */
export interface MissedAppointments {
  count: Uint8Array;
  noShows: Uint8Array;
  lastDay: Float64Array;
}

/**
 * No-shows (爽约, No-show) since her last visit or purchase from which a customer is owed a call
 * within days, whatever her churn risk (followUp/candidates.ts wantsWinBackOf) and told so on the
 * call list (talkingPoints.ts): tester65 U209, 可乐's weekly skin treatment missed on 11-20 and
 * 11-27, low risk 15 % on her 53-day rhythm, first call 12-28. One missed booking may be a
 * mix-up; two in a row are a course left unfinished. Cancellations (取消) do not count: she said so.
 */
export const REPEATED_NO_SHOWS = 2;

/**
 * Whether customer c missed REPEATED_NO_SHOWS bookings or more since her last visit or purchase.
 *
 * @example repeatedNoShows(missedAppointments(dataset, asOf), 2) // true: 爽约 11-20, 爽约 11-27
 */
export function repeatedNoShows(m: MissedAppointments | null | undefined, c: number): boolean {
  return m != null && m.noShows[c] >= REPEATED_NO_SHOWS;
}

const OPEN = 0; // index of "open" in COMPLAINT_STATUSES
const COMPLEX = 1; // index of "complex" in COMPLAINT_COMPLEXITIES

/**
 * @example serviceSignals(dataset, defaultRules(), dataset.asOf).openComplaints // null without a Complaints sheet
 */
export function serviceSignals(dataset: Dataset, rules: RuleSet, asOf: number): ServiceSignals {
  const n = dataset.customers.count;
  const out: ServiceSignals = {
    satisfactionScore: null,
    satisfactionDay: null,
    recommendScore: null,
    recommendDay: null,
    openComplaints: null,
    oldestOpenDays: null,
    lateComplaints: null,
    lastContactDay: null,
  };
  const f = rules.churn.signals;
  // Each sheet's pass is a function of its own with nothing after its loop: the signals are
  // measured at three dates a run, and a loop compiled on the fly in the first was thrown away at
  // the first line after it (twice a call, at every call: 6 deoptimisations a run).
  const s = dataset.surveys;
  if (s) {
    const scores: LatestScores = {
      score: new Float64Array(n).fill(NaN),
      scoreDay: new Float64Array(n).fill(NaN),
      rec: new Float64Array(n).fill(NaN),
      recDay: new Float64Array(n).fill(NaN),
    };
    latestScores(s, asOf, f.lowSatisfaction.lookbackDays, f.npsDetractor.lookbackDays, scores);
    out.satisfactionScore = scores.score;
    out.satisfactionDay = scores.scoreDay;
    out.recommendScore = scores.rec;
    out.recommendDay = scores.recDay;
  }
  const k = dataset.complaints;
  if (k) {
    const counts: ComplaintCounts = {
      open: new Int32Array(n),
      oldest: new Float64Array(n).fill(NaN),
      late: new Int32Array(n),
    };
    complaintCounts(k, asOf, f.lateComplaints.lookbackDays, rules.complaints, counts);
    out.openComplaints = counts.open;
    out.oldestOpenDays = counts.oldest;
    out.lateComplaints = counts.late;
  }
  Object.assign(out, saidSignals(dataset, asOf));
  // The subscriptions are today's state: not read into an earlier date's signals (the default
  // weights' calibration and the learned model look back a horizon).
  const today = Math.floor(asOf) === Math.floor(dataset.asOf);
  const subs = today ? subscriptionState(dataset, asOf) : null;
  const cancel = subs?.cancelDay;
  out.cancelDay = cancel && cancel.some((d) => d === d) ? cancel : null;
  const winBack = subs?.winBackDay;
  out.winBackDay = winBack && winBack.some((d) => d === d) ? winBack : null;
  const status = today ? dataset.customers.status : undefined;
  if (status) out.leftStage = leftStages(status);
  const t = dataset.contacts;
  if (t) {
    const last = new Float64Array(n).fill(NaN);
    const tried = new Float64Array(n).fill(NaN);
    lastContacts(t, asOf, last, tried);
    out.lastContactDay = last;
    // The tries after the last contact that got through, or with none that did: how many
    // (tester63 U168: 王芳's two 未接通 calls are said as two).
    out.unreachedSince = unreachedCount(t, asOf, last, n);
    if (t.note) {
      const day = new Float64Array(n).fill(NaN);
      const word = new Int16Array(n).fill(-1);
      const pets = dataset.customers.petRecords === true;
      leavingNotes(t, t.note, asOf, rules.lifecycle.trendPeriodDays, day, word, pets);
      boughtSince(dataset.transactions, asOf, day, word);
      out.leavingNoteDay = day;
      out.leavingWord = word;
    }
  }
  return out;
}

/** Per customer the LEFT_STAGE_WORDS index of her status (leftStageWord), -1 none; null when none. */
function leftStages(status: readonly string[]): Int16Array | null {
  const out = new Int16Array(status.length).fill(-1);
  let any = false;
  for (let c = 0; c < status.length; c++) {
    const s = status[c];
    if (!s || s.length > 24 || !saysLeft(s)) continue;
    out[c] = leftStageWord(s);
    if (out[c] >= 0) any = true;
  }
  return any ? out : null;
}

/**
 * Each customer's latest contact note within `days` up to asOf that states a reason to leave. On a
 * vet's records of one pet (`pets`) a death is an animal's, read by lifecycle/left.ts (tester65
 * U203: 旺财上周去世了 on his other pet's record was 张强's reason to leave, “去世”).
 */
function leavingNotes(
  t: Contacts,
  notes: readonly string[],
  asOf: number,
  days: number,
  day: Float64Array,
  word: Int16Array,
  pets: boolean,
): void {
  for (let i = 0; i < t.count; i++) {
    const d = t.day[i];
    const c = t.customer[i];
    const note = notes[i];
    if (c < 0 || !note || !(d <= asOf) || asOf - d > days || d <= day[c]) continue;
    const w = leavingSaidWord(note);
    if (w < 0 || (pets && saidDeath(w))) continue;
    day[c] = d;
    word[c] = w;
  }
}

/**
 * Drops the leaving note of a customer who bought after it, up to asOf: a note followed by a
 * purchase (an amount above 0, or a visit paid from stored value) states no reason to leave
 * (reviewer61 R3: "Came back from a competitor" 06-15, five purchases since).
 */
function boughtSince(
  x: Dataset["transactions"],
  asOf: number,
  day: Float64Array,
  word: Int16Array,
): void {
  const visit = x.storedValueVisit;
  for (let i = 0; i < x.count; i++) {
    const c = x.customer[i];
    const d = x.day[i];
    if (c < 0 || !(d > day[c]) || !(d <= asOf)) continue;
    if (!(x.amount[i] > 0) && !(visit && visit[i] === 1)) continue;
    day[c] = NaN;
    word[c] = -1;
  }
}

interface LatestScores {
  score: Float64Array;
  scoreDay: Float64Array;
  rec: Float64Array;
  recDay: Float64Array;
}

/** Each customer's latest overall and recommend scores within their lookbacks, up to asOf. */
function latestScores(
  s: Surveys,
  asOf: number,
  scoreLookback: number,
  recLookback: number,
  into: LatestScores,
): void {
  const { score, scoreDay, rec, recDay } = into;
  for (let i = 0; i < s.count; i++) {
    const c = s.customer[i];
    const d = s.day[i];
    if (!(d <= asOf)) continue;
    const age = asOf - d;
    const o = s.overall[i];
    if (o === o && age <= scoreLookback && !(d < scoreDay[c])) {
      score[c] = o;
      scoreDay[c] = d;
    }
    const r = s.recommend[i];
    if (r === r && age <= recLookback && !(d < recDay[c])) {
      rec[c] = r;
      recDay[c] = d;
    }
  }
}

interface ComplaintCounts {
  open: Int32Array;
  oldest: Float64Array;
  late: Int32Array;
}

/**
 * Open complaints and the oldest one's age, and late complaints within the lookback, per
 * customer. Complaint times keep their time of day: judged at the end of the analysis date, as
 * the Complaints tab does (complaints/summary.ts).
 */
function complaintCounts(
  k: Complaints,
  asOf: number,
  lookback: number,
  cr: ComplaintRules,
  into: ComplaintCounts,
): void {
  const { open, oldest, late } = into;
  const now = Math.floor(asOf) + 1;
  for (let i = 0; i < k.count; i++) {
    const c = k.customer[i];
    const at = k.receivedAt[i];
    if (!(at < now)) continue;
    const age = now - at;
    const resolved = k.status[i] !== OPEN;
    if (!resolved) {
      open[c]++;
      // In calendar days, as every other place that states it (complaints/age.ts).
      const days = complaintAgeDays(asOf, at);
      if (!(days <= oldest[c])) oldest[c] = days;
    }
    if (age <= lookback) {
      const hours =
        k.complexity[i] === COMPLEX ? cr.resolutionHours.complex : cr.resolutionHours.general;
      const first = firstResponseOutcome(
        at,
        k.firstResponseAt[i],
        k.resolvedAt[i],
        resolved,
        now,
        cr.firstResponseHours,
      );
      if (
        first === MISSED ||
        resolutionOutcome(at, k.resolvedAt[i], resolved, now, hours) === MISSED
      )
        late[c]++;
    }
  }
}

/**
 * Each customer's last contact day up to asOf. A call that did not get through (未接通:
 * Contacts.notReached) is no contact: no sign the customer is still there (tester55 U8); the
 * last such try is `tried`'s.
 */
/**
 * ServiceSignals.missedAppointments: per customer, the missed and cancelled bookings (Visits.missed)
 * after her last visit and her last purchase, up to `asOf`; null when there are none.
 *
 * @example missedAppointments(dataset, asOf)?.count[2] // 3: 王芳's 爽约, 爽约, 取消 since 07-25
 */
export function missedAppointments(
  dataset: Pick<Dataset, "visits" | "transactions" | "customers">,
  asOf: number,
): MissedAppointments | null {
  const m = dataset.visits?.missed;
  if (!m || m.day.length === 0) return null;
  const n = dataset.customers.count;
  const since = new Float64Array(n).fill(-Infinity);
  const later = (customer: Int32Array, day: Float64Array, count: number) => {
    for (let i = 0; i < count; i++) {
      const c = customer[i];
      const d = Math.floor(day[i]);
      if (c >= 0 && c < n && d <= asOf && d > since[c]) since[c] = d;
    }
  };
  const t = dataset.transactions;
  later(t.customer, t.day, t.count);
  const v = dataset.visits!;
  later(v.customer, v.day, v.count);
  const out: MissedAppointments = {
    count: new Uint8Array(n),
    noShows: new Uint8Array(n),
    lastDay: new Float64Array(n).fill(NaN),
  };
  let any = false;
  for (let i = 0; i < m.day.length; i++) {
    const c = m.customer[i];
    const d = Math.floor(m.day[i]);
    if (c < 0 || c >= n || d > asOf || d <= since[c] || out.count[c] === 255) continue;
    out.count[c]++;
    if (m.kind[i] === 1) out.noShows[c]++;
    if (!(d <= out.lastDay[c])) out.lastDay[c] = d;
    any = true;
  }
  return any ? out : null;
}

/**
 * Per customer, how many tries that did not get through (Contacts.notReached) are after her last
 * contact that got through `last` (NaN: none did), up to `asOf`; at most 255.
 */
function unreachedCount(t: Contacts, asOf: number, last: Float64Array, n: number): Uint8Array {
  const out = new Uint8Array(n);
  const notReached = t.notReached;
  if (!notReached) return out;
  for (let i = 0; i < t.count; i++) {
    const c = t.customer[i];
    const d = t.day[i];
    if (notReached[i] === 1 && d <= asOf && !(d <= last[c]) && out[c] < 255) out[c]++;
  }
  return out;
}

function lastContacts(t: Contacts, asOf: number, last: Float64Array, tried: Float64Array): void {
  const notReached = t.notReached;
  for (let i = 0; i < t.count; i++) {
    const d = t.day[i];
    const c = t.customer[i];
    if (!(d <= asOf)) continue;
    if (notReached && notReached[i] === 1) {
      if (!(d <= tried[c])) tried[c] = d;
    } else if (!(d <= last[c])) last[c] = d;
  }
}
