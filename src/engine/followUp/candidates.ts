import {
  CHURN_REASON_CODES,
  LIFECYCLE_STAGES,
  MAX_CHURN_REASONS,
  RISK_LEVELS,
  VALUE_TIERS,
  type CustomerAnalysis,
} from "../analysis";
import type { WorkCalendar } from "../calendar/workCalendar";
import { LEFT_BY } from "../lifecycle/left";
import { CONTACT_CHANNELS, type Dataset } from "../model";
import { parseIsoDate } from "../parse/date";
import { FOLLOW_UP_REASONS, type FollowUpReason, type FollowUpRules } from "../rules/service";
import type { ContactChannel } from "../schema";
import { birthdayTable, monthDayOf } from "./birthday";
import { owesInvoices, type PaymentFailed } from "../ingest/paymentFailed";
import { repeatedNoShows, type MissedAppointments } from "../churn/signals";
import type { ContactHistory } from "./history";
import { bookedDay, heldToDay, isHeld, onCreditHold, putOffByNote, type Holds } from "./hold";
import { FOLLOW_UP_PRIORITIES, UNSCHEDULED_REASONS, type UnscheduledReason } from "./labels";
import type { Movements } from "./movements";
import type { CandidateBatch } from "./placement";
import { wantsRetention, wentLateOn, type Rhythm } from "./retention";
import { valueAtStake, type ValueInputs } from "./valueAtStake";
import type { Shrinking } from "./shrinking";

/**
 * Due contacts per reason (DOMAIN §5; issues 4 and 10): one function per reason, each adding the
 * contacts of one placement band to a batch. Days inside the horizon are working-day indexes.
 */

export const WIN_BACK = FOLLOW_UP_REASONS.indexOf("win_back");
export const COMPLAINT = FOLLOW_UP_REASONS.indexOf("complaint_follow_up");
export const ONBOARDING = FOLLOW_UP_REASONS.indexOf("onboarding");
export const CADENCE = FOLLOW_UP_REASONS.indexOf("cadence");
export const BIRTHDAY = FOLLOW_UP_REASONS.indexOf("birthday_care");
export const HOLIDAY = FOLLOW_UP_REASONS.indexOf("holiday_care");
export const KEY_OVERDUE = FOLLOW_UP_REASONS.indexOf("key_account_overdue");
export const TIERS = VALUE_TIERS;
export const KEY_TIER = VALUE_TIERS.indexOf("high");
const NEW_STAGE = LIFECYCLE_STAGES.indexOf("new");
const CHURNED_STAGE = LIFECYCLE_STAGES.indexOf("churned");
// The "churned" risk level, once the churn model adds it (-1 until then).
const CHURNED_LEVEL = (RISK_LEVELS as readonly string[]).indexOf("churned");
const HIGH_LEVEL = (RISK_LEVELS as readonly string[]).indexOf("high");
const CUSTOMER_LEFT = CHURN_REASON_CODES.indexOf("customer_left");
/** PlanContext.left of a record whose pet died (lifecycle/left.ts; tester65 U203). */
const PET_DIED = 1 + LEFT_BY.indexOf("pet_died");

/** Why-code index. */
export const WHY = (code: UnscheduledReason): number => UNSCHEDULED_REASONS.indexOf(code);

/** What every reason's planner reads. */
export interface PlanContext {
  dataset: Dataset;
  analysis: Pick<CustomerAnalysis, "valueTier" | "churnLevel" | "lifecycleStage"> &
    Partial<Pick<CustomerAnalysis, "churnReasons">> &
    ValueInputs;
  rules: FollowUpRules;
  lastPurchase: Float64Array;
  firstPurchase: Float64Array | undefined;
  history: ContactHistory;
  calendar: WorkCalendar;
  /** First day of the horizon and the day after it. */
  start: number;
  end: number;
  /** Working days of the horizon (epoch days). */
  workDays: readonly number[];
  /** Index of the first working day on or after d (workDays.length when none in the horizon). */
  after(d: number): number;
  /** Index of the last working day on or before d (-1 when none in the horizon). */
  before(d: number): number;
  ownerOf: Int32Array;
  hasOwners: boolean;
  /** Bit r set when FOLLOW_UP_REASONS[r] is marketing (rules.marketingReasons): consent needed. */
  marketingMask: number;
  /**
   * True when the Customers sheet was read with no marketing-consent column: a marketing contact
   * is then unscheduled as no_consent_column, not as the customer's no_marketing_consent.
   */
  noConsentColumn?: boolean;
  /** The regular contact's channel index per tier code (channelsOf(rules, CADENCE)): a table, no look-ups per contact. */
  cadenceChannels: readonly number[];
  /** Per customer, 1 where a visit fits (visits.ts visitsFit); absent: visits wherever the channels say. */
  visitsFit?: Uint8Array;
  /** Wrong-way movements since the previous run (issue 12; movements.ts); absent on a first run. */
  movements?: Movements;
  /** Purchase rhythms: who gets a retention call (retention.ts); absent: every high-risk customer. */
  rhythm?: Rhythm;
  /**
   * Per customer, non-zero where the Customers sheet says she left (lifecycle/left.ts customersLeft):
   * read for a customer with no purchase, whom no churn reason marks (tester65 U205). Absent: nobody.
   */
  left?: Uint8Array;
  /** Customers held by an agreed next contact or a pause (hold.ts); absent: nobody is. */
  holds?: Holds;
  /**
   * Per customer, the period end a subscription is set to cancel at (ingest/subscriptions.ts; NaN
   * none): a retention call is owed before it (tester61 U114). Absent: no Subscriptions sheet.
   */
  cancelDay?: Float64Array;
  /**
   * Per customer, the day a subscription was canceled lately for a reason leaving the door open
   * (ingest/subscriptions.ts winBackDay; NaN none): a win-back call is owed (tester63 U163).
   */
  winBackDay?: Float64Array;
  /**
   * Whose payment failed (ingest/paymentFailed.ts): a call about the card is owed, planned from the
   * first failure after the last payment (newuser62 M2). Absent: nobody's did.
   */
  paymentFailed?: PaymentFailed;
  /**
   * Per customer, the renewal day its regular contact comes before (cadence.ts renewalDays; NaN
   * none; tester64 U188). Absent: no customer's renewal falls in the plan.
   */
  renewalDay?: Float64Array;
  /**
   * The bookings each customer missed since her last visit or purchase (churn/signals.ts
   * missedAppointments); absent without such rows. Repeated no-shows owe a call (repeatedNoShows).
   */
  missedAppointments?: MissedAppointments;
  /**
   * The customers shrinking and unhappy (shrinking.ts; tester67 U309): a call is owed, whatever her
   * rhythm and risk, until a contact after her low score or complaint. Absent: nobody is.
   */
  shrinking?: Shrinking;
  /** Lists a due contact that will not be planned. */
  unschedule(c: number, reason: number, due: number, from: number, why: number): void;
}

/** True when customer c bought on one day only (needs the first purchase; false without it). */
function oneTimeBuyer(ctx: PlanContext, c: number): boolean {
  // A member holding an unused prepaid balance is no one-time buyer for a batch (reviewer61 R4).
  if ((ctx.analysis.heldBalance?.[c] ?? 0) > 0) return false;
  const first = ctx.firstPurchase ? ctx.firstPurchase[c] : NaN;
  return Number.isFinite(first) && Math.floor(first) === Math.floor(ctx.lastPurchase[c]);
}

/**
 * Whether customer c (tier code `tier`, not listed as churned) is owed a retention call by the rules:
 * the churned risk level, or retention.ts wantsRetention.
 */
function wantsWinBackOf(ctx: PlanContext, c: number, tier: number): boolean {
  const level = ctx.analysis.churnLevel[c];
  if (CHURNED_LEVEL >= 0 && level === CHURNED_LEVEL) return true;
  // Set to cancel at the period's end: she said she leaves; the call is before it (U114).
  if (ctx.cancelDay !== undefined && ctx.cancelDay[c] === ctx.cancelDay[c]) return true;
  // Canceled lately, saying she may come back: the call is now, while she may (tester63 U163).
  if (ctx.winBackDay !== undefined && ctx.winBackDay[c] === ctx.winBackDay[c]) return true;
  // Her payment failed: the call is about the card, whatever her risk (newuser62 M2: Chloe, read by
  // her weekly check-ins, is low and still owes it; fix62c's note); about invoices overdue, once
  // their grace is over (owedGraceEnd).
  if (
    ctx.paymentFailed !== undefined &&
    ctx.paymentFailed.failed[c] === 1 &&
    !(owedGraceEnd(ctx, c) > ctx.start)
  )
    return true;
  // Repeated no-shows of her bookings since her last visit: the course is left unfinished, the
  // call is now, whatever her rhythm says (tester65 U209: 可乐, 爽约 11-20 and 11-27, was first
  // called on 12-28).
  if (repeatedNoShows(ctx.missedAppointments, c)) return true;
  // Her orders fell by half and she gave a low score or complained: still buying, so never late,
  // but the owner calls her now (tester67 U309: W-108, the bakery's #2 account, got none).
  if (
    ctx.shrinking !== undefined &&
    owedShrinkingCall(ctx.shrinking, c, ctx.history.lastContact[c])
  )
    return true;
  const bought = ctx.lastPurchase[c];
  const firstBought = ctx.firstPurchase ? ctx.firstPurchase[c] : bought;
  return wantsRetention(
    level,
    ctx.rhythm,
    c,
    ctx.start - Math.floor(bought),
    firstBought,
    bought,
    tier === KEY_TIER,
  );
}

/**
 * Whether customer c, shrinking and unhappy (shrinking.ts), is owed her call: flagged, and nobody
 * in touch (`lastContact`, NaN none) since her low score or complaint, whose conversation it is.
 *
 * @example owedShrinkingCall(shrinking, c, NaN) // true: W-108, 2/5 on 10-22, no contact since
 */
export function owedShrinkingCall(s: Shrinking, c: number, lastContact: number): boolean {
  if (s.flag[c] !== 1) return false;
  const said = s.scoreDay[c] === s.scoreDay[c] ? s.scoreDay[c] : -Infinity;
  const complained = s.complaintDay[c] === s.complaintDay[c] ? s.complaintDay[c] : -Infinity;
  return !(lastContact > Math.max(said, complained));
}

/**
 * The day customer c's call about money owed on invoices (owesInvoices: no status nor failed charge
 * says it) is owed: the day her oldest overdue invoice fell due (PaymentFailed.firstDay; the analysis
 * date when only its status says Overdue) plus followUp.moneyOwedGraceDays. Before it she is not
 * owed that call, and it is planned then (serviceCandidates), if she has not paid: an invoice due
 * Friday 11-27 gave an urgent "Money owed: ask for payment" call on Monday 11-30 to a café paying
 * on time for three years, 13 of a roaster's 24 calls of the week (tester70 U609). NaN for a
 * customer owing no invoices, and for one at high churn risk: called now (Brightside, a retainer a
 * month behind, read to its last paid-up purchase: churn/owedRecency.ts).
 *
 * @example owedGraceEnd(ctx, c) // epochDay(2026, 12, 12): due 11-27, 15 days' grace
 */
export function owedGraceEnd(ctx: PlanContext, c: number): number {
  const failed = ctx.paymentFailed;
  if (failed === undefined || failed.failed[c] !== 1 || !owesInvoices(failed, c)) return NaN;
  if (ctx.analysis.churnLevel[c] === HIGH_LEVEL) return NaN;
  return Math.floor(failed.firstDay[c]) + ctx.rules.moneyOwedGraceDays;
}

/**
 * The first failed charge after customer c's last payment (ingest/paymentFailed.ts firstDay), when
 * her payment failed; else -Infinity. A call about the card is owed from it, not from the payment
 * before: newuser62 M2, Chloe's payment call read "due 2026-08-15", two weeks after her last good
 * charge and before her first failed one (09-01). Her regular contact counts from it too
 * (cadence.ts), so a key account's overdue contact merged into the call keeps it after.
 *
 * @example failedSince(ctx.paymentFailed, c) // epochDay(2026, 9, 1)
 */
export function failedSince(failed: PaymentFailed | undefined, c: number): number {
  const d = failed !== undefined && failed.failed[c] === 1 ? failed.firstDay[c] : NaN;
  return d === d ? d : -Infinity;
}

/**
 * True when customer c, owed a retention call, was contacted (Contacts sheet, day `last`) after
 * going late against their rhythm (retention.ts wentLateOn) and less than their tier's regular
 * contact interval (`interval` days) ago: the conversation the call is for has taken place, so the
 * call is not owed again before the regular contact counted from that contact is due (cadence.ts);
 * not bought by then, it is (tester53 N3: SH001 called on 11-30, planned an urgent retention call
 * again on 12-04). A contact before the customer went late does not count, however recent: the
 * customer was not late then. Any recorded contact that got through counts (a call not reached,
 * Contacts.notReached, is not in history.lastContact).
 *
 * @example contactedWhileLate(ctx, 0, day("2026-11-30"), day("2026-08-05"), 14) // true as of 2026-12-04
 */
export function contactedWhileLate(
  ctx: PlanContext,
  c: number,
  last: number,
  bought: number,
  interval: number,
): boolean {
  return last > wentLateOn(ctx.rhythm, c, bought) && last + interval > ctx.start;
}

/** Per tier code: true when the tier's one-time buyers at risk still get a call each. */
export function callTiersOf(rules: FollowUpRules): Uint8Array {
  return Uint8Array.from(TIERS, (t) => (rules.oneTimeBuyerCallTiers.includes(t) ? 1 : 0));
}

/**
 * True when customer c is on the one-time buyers' retention campaign list (bought once, owed a
 * retention call, tier outside oneTimeBuyerCallTiers, not churned): the campaign message is its one
 * retention contact, so it gets no regular contact either (a consented birthday greeting is care,
 * not retention, and still goes: careCandidates) (stop 27: 187 of the zh sample's 206 also had a
 * routine e-mail, 93 of them more than 90 days "overdue").
 */
export function onCampaignList(
  ctx: PlanContext,
  c: number,
  tier: number,
  callTiers: Uint8Array,
): boolean {
  return (
    !callTiers[tier] &&
    oneTimeBuyer(ctx, c) &&
    !listedAsChurned(ctx, c) &&
    wantsWinBackOf(ctx, c, tier)
  );
}

/** Band index (0 urgent … 3 low) of a reason for customer c. */
export function bandOf(
  rules: FollowUpRules,
  reason: FollowUpReason | "late_onboarding",
  tier: number,
): number {
  const p = reason === "cadence" ? rules.cadencePriorities[TIERS[tier]] : rules.priorities[reason];
  return FOLLOW_UP_PRIORITIES.indexOf(p);
}

/**
 * The band of a reason for each tier code (0 high, 1 medium, 2 low): a table for hot loops. A typed
 * array, like the other tables those loops read (callTiersOf, serviceCandidates' inBand): an array
 * from Array.prototype.map is packed when the interpreter makes it and holey when optimized code
 * does, so a loop that read one kind deoptimized on the other ("wrong map") and was compiled again
 * (serviceCandidates and cadenceCandidates: 4-5 TurboFan compiles each in a 100k run, stop 38).
 */
export function bandsOf(
  rules: FollowUpRules,
  reason: FollowUpReason | "late_onboarding",
): Int32Array {
  return Int32Array.from(TIERS, (_, t) => bandOf(rules, reason, t));
}

/** The channel index of a reason for each tier code: a table for hot loops. */
export function channelsOf(rules: FollowUpRules, reason: number): number[] {
  return TIERS.map((_, t) => channelOf(rules, reason, t));
}

/** Channel index of a reason for a customer of a tier. */
export function channelOf(rules: FollowUpRules, reason: number, tier: number): number {
  const r = FOLLOW_UP_REASONS[reason];
  // A key account's overdue regular contact is still its regular contact: the tier's channel.
  const ch: ContactChannel =
    r === "cadence" || r === "key_account_overdue"
      ? rules.cadenceChannels[TIERS[tier]]
      : rules.channels[r];
  return CONTACT_CHANNELS.indexOf(ch);
}

export function tierOf(code: number): number {
  return code >= 0 && code < 3 ? code : 2;
}

/** True when the customer has already churned (stage churned, or the churned risk level). */
export function hasChurned(ctx: PlanContext, c: number): boolean {
  return (
    ctx.analysis.lifecycleStage[c] === CHURNED_STAGE ||
    (CHURNED_LEVEL >= 0 && ctx.analysis.churnLevel[c] === CHURNED_LEVEL)
  );
}

/**
 * True when the customer left (its status or closed date says so: lifecycle/left.ts), told by the
 * reason classify.ts gave it: churned, and never called, whatever the rules say of win-back. A
 * customer with no purchase gets no reason: hers is read from the same reader (ctx.left; tester65
 * U205, a prospect whose note says 已移民加拿大，不会再来 was messaged).
 */
export function hasLeft(ctx: PlanContext, c: number): boolean {
  if (ctx.analysis.churnReasons?.codes[c * MAX_CHURN_REASONS] === CUSTOMER_LEFT) return true;
  return ctx.left !== undefined && ctx.left[c] > 0 && !Number.isFinite(ctx.lastPurchase[c]);
}

/** Customers already churned are listed once for a campaign, not planned (unless the rules say so). */
export function listedAsChurned(ctx: PlanContext, c: number): boolean {
  return (!ctx.rules.winBackChurnedCustomers && hasChurned(ctx, c)) || hasLeft(ctx, c);
}

/**
 * Why a churned customer is listed: left (no contact), a past client of a business whose customers
 * mostly buy once (no win-back: tester61 U116), or for the win-back campaign.
 */
const churnedWhy = (ctx: PlanContext, c: number): number =>
  WHY(
    hasLeft(ctx, c)
      ? ctx.left?.[c] === PET_DIED
        ? "pet_died"
        : "customer_left"
      : ctx.rhythm?.pastClient?.[c] === 1
        ? "past_client"
        : ctx.rhythm?.pastClient?.[c] === 2
          ? "occasion_client"
          : "already_churned",
  );

/** Marketing without consent and customers without an available owner go straight to the list. */
export function admit(ctx: PlanContext, c: number, r: number, due: number, from: number): boolean {
  if ((ctx.marketingMask & (1 << r)) !== 0 && ctx.dataset.customers.marketingConsent[c] !== 1)
    ctx.unschedule(
      c,
      r,
      due,
      from,
      WHY(ctx.noConsentColumn ? "no_consent_column" : "no_marketing_consent"),
    );
  else if (ctx.hasOwners && ctx.ownerOf[c] < 0)
    ctx.unschedule(c, r, due, from, WHY("no_owner_available"));
  else return true;
  return false;
}

/**
 * The service contacts of band `band`: win-back, complaint follow-up and onboarding. A customer's
 * contacts of the same band are one contact with several reasons (one call, not two): its deadline is
 * the earliest of theirs and its value the largest.
 *
 * - win_back: high churn risk and late against the rhythm, or a repeat buyer silent for more than
 *   overdueFactor of their gaps (retention.ts) → by the n-th working day (winBackWithinWorkingDays),
 *   planned from the later of the last purchase and the last contact; not owed while a contact made
 *   since the customer went late is within the tier's regular contact interval (contactedWhileLate:
 *   listed as contacted_while_late, due when that interval ends);
 * - complaint_follow_up: the working day after the latest resolution, when nobody has been in
 *   touch since and it is at most complaintFollowUpLookbackDays old; a missed one is due at once;
 *   A customer with a complaint still open gets it as a reason of any contact of the band, and a
 *   complaint (open or resolved) is the reason the contact is listed under;
 * - onboarding: a customer in stage "new" or who first bought in the last onboardingWithinDays
 *   days, not contacted since → on or before the last working day within that many days of the
 *   first purchase; when that has passed, the next working day, in the late_onboarding band.
 */
export function serviceCandidates(ctx: PlanContext, band: number, out: CandidateBatch): void {
  const { rules, analysis, calendar, history, start } = ctx;
  const n = ctx.dataset.customers.count;
  const winBackDay = calendar.addWorkingDays(start, rules.winBackWithinWorkingDays - 1);
  const winBackDeadline = ctx.before(winBackDay);
  const lookback = rules.complaintFollowUpLookbackDays;
  const within = rules.onboardingWithinDays;
  const winBackBand = bandsOf(rules, "win_back");
  const complaintBand = bandsOf(rules, "complaint_follow_up");
  const onboardingBand = bandsOf(rules, "onboarding");
  const lateOnboardingBand = bandsOf(rules, "late_onboarding");
  // Channel index of reason r for tier code t at r * TIERS.length + t (a typed array: see bandsOf).
  const channels = new Int32Array(FOLLOW_UP_REASONS.length * TIERS.length);
  for (let r = 0; r < FOLLOW_UP_REASONS.length; r++)
    channels.set(channelsOf(rules, r), r * TIERS.length);
  const complaints = rules.complaintFollowUpNextWorkingDay;
  // The regular contact's interval per tier code: how long a contact made while late stands for
  // the retention call (contactedWhileLate).
  const intervals = Float64Array.from(TIERS, (t) => rules.cadenceDays[t]);
  // Tiers whose one-time buyers at high risk get a call (the others: one_time_buyer_campaign).
  const callTiers = callTiersOf(rules);
  // Tiers with any service reason in this band: the others are skipped at once (4 bands × n).
  const inBand = Uint8Array.from(TIERS, (_, t) =>
    winBackBand[t] === band ||
    complaintBand[t] === band ||
    onboardingBand[t] === band ||
    lateOnboardingBand[t] === band
      ? 1
      : 0,
  );
  // Read before the return, so a band without service reasons leaves their type feedback too.
  const { lastContact, lastResolved } = history;
  const { valueTier, lifecycleStage } = analysis;
  if (!inBand.includes(1)) return;
  for (let c = 0; c < n; c++) {
    const tier = tierOf(valueTier[c]);
    if (!inBand[tier]) continue;
    // One contact for all of the customer's service reasons of this band (no closure per customer).
    let reasons = 0;
    let primary = -1;
    let deadline = Infinity;
    let earliest = Infinity;
    let due = Infinity;
    let from = NaN;
    const last = lastContact[c];
    const bought = ctx.lastPurchase[c];
    // The retention test, the loop's costliest, only where a reason of this band reads it: a
    // retention call, or a late welcome call (only a customer in stage "new" can be late, see
    // below), not for every customer of every band (in the medium band, which holds only late
    // onboarding by default, it was half the loop's time). One call site for every band: a call
    // first reached in a later band threw the loop's compiled code away (so each read here is
    // taken in every band, none behind another's answer).
    const lateHere = lateOnboardingBand[tier] === band;
    const newStage = lifecycleStage[c] === NEW_STAGE;
    // Held by an agreed next contact or a pause (hold.ts): no retention call; its contact is the
    // agreed one (cadenceCandidates), or its regular one. On credit hold, the call about the money
    // owed stays (tester62 U148).
    const held =
      isHeld(ctx.holds, c) && !(onCreditHold(ctx.holds, c) && ctx.paymentFailed?.failed[c] === 1);
    const wantsWinBack =
      !held &&
      (winBackBand[tier] === band || (lateHere && newStage)) &&
      wantsWinBackOf(ctx, c, tier);
    const churnedListed = listedAsChurned(ctx, c);
    // Money owed on invoices still within its grace, and no other reason for the call: it is
    // planned on the working day the grace ends (owedGraceEnd; tester70 U609).
    const graceEnd =
      !held && !wantsWinBack && winBackBand[tier] === band ? owedGraceEnd(ctx, c) : NaN;
    // A one-time buyer outside oneTimeBuyerCallTiers: a campaign, not a call each (nor a late
    // welcome call: stop 25 trial, zh 1002696 listed and called 86 days after its first purchase).
    const onCampaign = wantsWinBack && !callTiers[tier] && !churnedListed && oneTimeBuyer(ctx, c);
    if (winBackBand[tier] === band) {
      if (wantsWinBack) {
        // Planned from the later of the last purchase and the last contact: a contact recorded
        // since makes it another call (typedNotes.ts matches a call by its planned-from date).
        const since = Math.max(
          last > Math.floor(bought) ? last : bought,
          failedSince(ctx.paymentFailed, c),
        );
        if (churnedListed) ctx.unschedule(c, WIN_BACK, winBackDay, bought, churnedWhy(ctx, c));
        else if (onCampaign)
          ctx.unschedule(c, WIN_BACK, winBackDay, bought, WHY("one_time_buyer_campaign"));
        else if (contactedWhileLate(ctx, c, last, bought, intervals[tier]))
          ctx.unschedule(c, WIN_BACK, last + intervals[tier], last, WHY("contacted_while_late"));
        else if (bookedDay(ctx.holds, c) === bookedDay(ctx.holds, c)) {
          // Booked to come (hold.ts bookedDays; tester63 U168: 孙丽, booked for 12-09, was
          // called to win her back on 12-07): on the working day after it, in case she does not.
          const after = calendar.nextWorkingDay(bookedDay(ctx.holds, c));
          const by = ctx.before(calendar.addWorkingDays(after, rules.winBackWithinWorkingDays - 1));
          if (after < ctx.end && admit(ctx, c, WIN_BACK, after, since)) {
            reasons |= 1 << WIN_BACK;
            primary = WIN_BACK;
            deadline = by;
            earliest = ctx.after(after);
            due = after;
            from = since;
          }
        } else if (admit(ctx, c, WIN_BACK, winBackDay, since)) {
          reasons |= 1 << WIN_BACK;
          primary = WIN_BACK;
          deadline = winBackDeadline;
          earliest = 0;
          due = winBackDay;
          from = since;
        }
      } else if (churnedListed) {
        // Churned without a high-risk label: still listed once, so nobody disappears silently.
        ctx.unschedule(c, WIN_BACK, winBackDay, ctx.lastPurchase[c], churnedWhy(ctx, c));
      } else if (graceEnd > start) {
        const on = calendar.isWorkingDay(graceEnd) ? graceEnd : calendar.nextWorkingDay(graceEnd);
        const since = failedSince(ctx.paymentFailed, c);
        if (on < ctx.end && admit(ctx, c, WIN_BACK, on, since)) {
          reasons |= 1 << WIN_BACK;
          primary = WIN_BACK;
          deadline = ctx.before(calendar.addWorkingDays(on, rules.winBackWithinWorkingDays - 1));
          earliest = ctx.after(on);
          due = on;
          from = since;
        }
      }
    }
    // A customer already churned is not called about a complaint either: they are on the win-back
    // list (stop 23 trial: 1002520, churned, both listed and called 798 days late about a complaint).
    const service = complaints && !churnedListed;
    const resolved = lastResolved[c];
    if (
      service &&
      complaintBand[tier] === band &&
      resolved >= start - lookback &&
      !(last > Math.floor(resolved))
    ) {
      const dueDay = calendar.nextWorkingDay(resolved);
      // Not before the working day after the resolution (unless merged with a sooner reason).
      if (admit(ctx, c, COMPLAINT, dueDay, resolved)) {
        reasons |= 1 << COMPLAINT;
        if (primary < 0) primary = COMPLAINT;
        deadline = Math.min(deadline, Math.max(0, ctx.before(dueDay)));
        earliest = Math.min(earliest, ctx.after(dueDay));
        if (dueDay < due) {
          due = dueDay;
          from = resolved;
        }
      }
    }
    let first = ctx.firstPurchase ? ctx.firstPurchase[c] : NaN;
    if (!Number.isFinite(first) && lifecycleStage[c] === NEW_STAGE)
      first = ctx.dataset.customers.created[c];
    if (
      !(held && heldToDay(ctx.holds, c)) &&
      Number.isFinite(first) &&
      first <= start &&
      (lifecycleStage[c] === NEW_STAGE || Math.floor(first) >= start - within) &&
      !(last >= Math.floor(first)) &&
      !hasChurned(ctx, c)
    ) {
      // Bought within the last `within` days: first-week onboarding, on the next working day when
      // the week has no working day left; bought earlier and never called: late onboarding, unless
      // they have bought again since the first purchase (a repeat buyer is past the welcome call:
      // the regular contact covers them; tester's S2). Late, the customer is in stage "new" (the
      // test above), so wantsWinBack was taken.
      const late = Math.floor(first) < start - within;
      const boughtAgain = Math.floor(ctx.lastPurchase[c]) > Math.floor(first);
      if (
        (late ? lateOnboardingBand : onboardingBand)[tier] === band &&
        !(late && (boughtAgain || onCampaign))
      ) {
        const dueDay = calendar.workingDayOnOrBefore(Math.floor(first) + within);
        if (admit(ctx, c, ONBOARDING, dueDay, first)) {
          reasons |= 1 << ONBOARDING;
          if (primary < 0) primary = ONBOARDING;
          deadline = Math.min(deadline, Math.max(0, ctx.before(dueDay)));
          earliest = Math.min(earliest, 0);
          if (dueDay < due) {
            due = dueDay;
            from = first;
          }
        }
      }
    }
    // An open complaint joins the customer's urgent contact and leads it: the caller opens with
    // the complaint, not a generic win-back (a new user's finding on the zh sample). Without one,
    // a complaint still open is a contact of its own, owed since the day it came in, unless someone
    // has been in touch since it came in and within the last complaintFollowUpLookbackDays days
    // (tester's J3: open 298 days, last contact 217 days ago, only a routine call 31 days late).
    // A note putting her off to a later time (三月再联系: hold.ts named) is no such touch: her
    // complaint is still owed a call now, not in March (reviewer64 M2).
    const openSince = history.openSince[c];
    const putOff = putOffByNote(ctx.holds, c);
    if (service && complaintBand[tier] === band && Number.isFinite(openSince)) {
      if (primary >= 0) {
        reasons |= 1 << COMPLAINT;
        // Owed since the day it came in, joined or not: one rule for the days late (stop 27
        // tester: zh 1001829, open 283 days, showed 0 days overdue beside 1000715's 298).
        if (Math.floor(openSince) < due) {
          due = Math.floor(openSince);
          from = openSince;
        }
      } else if (putOff || !(last >= Math.max(history.openTouchFrom[c], start - lookback))) {
        // Owed since the day it came in: the days late are the days it has been open, the number
        // its talking point gives (followUpTab openComplaintText), not one day fewer.
        const dueDay = Math.floor(openSince);
        if (admit(ctx, c, COMPLAINT, dueDay, openSince)) {
          reasons = 1 << COMPLAINT;
          primary = COMPLAINT;
          deadline = Math.max(0, ctx.before(dueDay));
          earliest = 0;
          due = dueDay;
          from = openSince;
        }
      }
    }
    // A complaint, open or just resolved, is what the customer waits to hear about: it leads.
    if (reasons & (1 << COMPLAINT)) primary = COMPLAINT;
    if (primary >= 0) {
      out.add(
        c,
        reasons,
        primary,
        Math.min(earliest, deadline),
        deadline,
        due,
        from,
        // One rule for every complaint follow-up: the 12-month spend, joined by a retention call or
        // not (the larger of the two, as placement.ts merge keeps; stop 28 tester: 4 of the 20k's 80
        // showed the retention call's probability × spend, 1011284 34,582 of 127,136).
        valueAtStake(analysis, c, (reasons & (1 << WIN_BACK)) !== 0 && primary !== COMPLAINT),
        channels[primary * TIERS.length + tier],
        true,
        true,
      );
    }
  }
}

/**
 * Care contacts of band `band`: on the birthday (the last working day before it when it is not a
 * working day) and on the last working day before each festival, or up to careWindowDays working
 * days earlier when that day is full; never after the occasion. The window counts working days, so
 * it reaches back over a holiday (Mid-Autumn 2025 falls inside the National Day holiday: its care
 * goes on 09-30 and the working days before).
 */
export function careCandidates(ctx: PlanContext, band: number, out: CandidateBatch): void {
  const { rules, analysis, calendar, start, end } = ctx;
  const n = ctx.dataset.customers.count;
  const cust = ctx.dataset.customers;
  const careTiers = rules.holidayCareTiers.map((t) => TIERS.indexOf(t));
  const festivals: { day: number; target: number }[] = [];
  if (rules.holidayCare) {
    for (const f of rules.festivals) {
      const day = parseIsoDate(f.date);
      const target = calendar.workingDayOnOrBefore(day - 1);
      if (target >= start && target < end) festivals.push({ day, target });
    }
  }
  const window = rules.careWindowDays;
  const channels = [channelsOf(rules, BIRTHDAY), channelsOf(rules, HOLIDAY)];
  const care = (c: number, r: number, tier: number, occasion: number, target: number) => {
    if (!admit(ctx, c, r, target, occasion)) return;
    const li = ctx.before(target);
    const channel = channels[r === BIRTHDAY ? 0 : 1][tier];
    out.add(
      c,
      1 << r,
      r,
      Math.max(0, li - window),
      li,
      target,
      occasion,
      valueAtStake(analysis, c, false),
      channel,
      false,
      false,
    );
  };
  const birthdayBand = bandsOf(rules, "birthday_care");
  const holidayBand = bandsOf(rules, "holiday_care");
  const holidayTier = Uint8Array.from(TIERS, (_, t) =>
    careTiers.includes(t) && holidayBand[t] === band ? 1 : 0,
  );
  const birthdays = rules.birthdayCare && birthdayBand.includes(band);
  if (!birthdays && (festivals.length === 0 || !holidayTier.includes(1))) return;
  // The next birthday in the horizon and its care day, per month and day (nextBirthday for all).
  const birthdayOn = birthdayTable(start, end);
  const careDayOn = birthdayOn.map((b) => (b === b ? calendar.workingDayOnOrBefore(b) : NaN));
  for (let c = 0; c < n; c++) {
    // Customers already churned get no care messages (21 did in a stop 23 trial, one silent 920
    // days): they are reached through the win-back list, as the README says.
    if (listedAsChurned(ctx, c)) continue;
    const tier = tierOf(analysis.valueTier[c]);
    if (birthdays && birthdayBand[tier] === band) {
      const born = cust.birthday[c];
      const md = Number.isFinite(born) ? monthDayOf(born) : -1;
      if (md >= 0 && careDayOn[md] >= start) care(c, BIRTHDAY, tier, birthdayOn[md], careDayOn[md]);
    }
    if (festivals.length > 0 && holidayTier[tier]) {
      for (const f of festivals) care(c, HOLIDAY, tier, f.day, f.target);
    }
  }
}
