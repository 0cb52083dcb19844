import { doNotContactOf, refusedChannelsOf, type DoNotContact } from "./doNotContact";
import { saidLeaving } from "../churn/saidLeaving";
import { holdsOf, noteTimesOf, onCreditHold, ownerDied, type Holds } from "./hold";
import { customersLeft } from "../lifecycle/left";
import type { PaymentFailed } from "../ingest/paymentFailed";
import { saidSignals, type SaidSignals } from "../churn/signals";
import { subscriptionState } from "../ingest/subscriptions";
import { visitsFit } from "./visits";
import type { Shrinking } from "./shrinking";
import { VALUE_TIERS, type CustomerAnalysis } from "../analysis";
import {
  chooseCalendar,
  festivalsFor,
  holidayLists,
  type CalendarChoice,
  type HolidayLists,
} from "../calendar/holidayCalendar";
import { workCalendar, type WorkCalendar } from "../calendar/workCalendar";
import { CONTACT_CHANNELS, type Dataset } from "../model";
import { FOLLOW_UP_REASONS, type FollowUpRules } from "../rules/service";
import {
  CADENCE,
  KEY_OVERDUE,
  ONBOARDING,
  careCandidates,
  channelsOf,
  serviceCandidates,
  tierOf,
  TIERS,
  WHY,
  type PlanContext,
} from "./candidates";
import {
  addCadence,
  cadenceCandidates,
  oncePerPlan,
  renewalDays,
  regularInterval,
  rhythmDue,
  rhythmIntervals,
} from "./cadence";
import { contactHistory } from "./history";
import {
  MOVED_WRONG_WAY,
  movedWithinRhythm,
  movementCandidates,
  type Movements,
} from "./movements";
import { FOLLOW_UP_PRIORITIES } from "./labels";
import { SortScratch, Spare, countingOrder, valueOrder } from "./order";
import { assignOwners } from "./owners";
import type { Rhythm } from "./retention";
import { CandidateBatch, Placement } from "./placement";
import { contactReach, samePhoneRing } from "./reach";
import { type ValueInputs } from "./valueAtStake";
import {
  buildFollowUps,
  UnscheduledBuilder,
  type FollowUpList,
  type UnscheduledList,
} from "./contactList";

export type { ContactList, FollowUpList, UnscheduledList } from "./contactList";

/**
 * The follow-up schedule (回访计划; DOMAIN §5, issues 4 and 10). Two steps:
 *
 * 1. Candidates per reason (candidates.ts): win-back, complaint follow-up, onboarding, regular
 *    contact (cadence), birthday and festival care, each with a window of working days (earliest,
 *    deadline), a due day, a channel and a value at stake (valueAtStake.ts). Marketing without
 *    consent, customers without an owner and customers already churned are listed as unscheduled.
 * 2. Slotting, band by band (rule set `priorities` / `cadencePriorities`: urgent → high → medium →
 *    low), so a less urgent contact only ever takes a slot no more urgent one wanted. Within a band:
 *    the placeFirst reasons (none by default), then the contacts already late on the first working
 *    day, the most days late first (tester51 J2), then those due on it, then those not yet
 *    due and the open ones (prospects); within each, by value at stake (largest first), then due
 *    day (placementOrder). In the urgent band every contact not late yet counts as due (a retention
 *    call is owed now: its two working days are a deadline), so there the value at stake decides
 *    who gets a full day's slots after the late ones: a retention call worth 95,237 goes before a
 *    welcome call due today to a customer who spent 3,000, which then goes on the next free day,
 *    marked overdue (stop 27). Each contact goes on the latest working day up to its
 *    deadline (service contacts and contacts already due: the first, as soon as possible; placeFirst
 *    ones: the latest, so the days before stay free for contacts already due, then, once the band
 *    is placed, moved to the first day still free for them) with room in its
 *    owner's capacity for its channel (calls `dailyCapacity`, visits and the others
 *    `channelCapacity`; a visit that does not fit becomes a call); one that does not fit goes at
 *    once, in its turn, to the first free day after the deadline, marked overdue (care cannot be
 *    late: the occasion has passed). A customer's second contact on the same day, or one whose
 *    window holds a contact already planned, is merged into it (one contact per customer per day).
 *    After each regular contact the next one is counted from its day, so cadence holds through the
 *    horizon. What fits nowhere in the horizon is listed with the reason.
 *
 * overdueDays = days between the due day and the planned day (0 when on time). With no owner on the
 * Customers sheet at all, contacts are planned without a capacity limit (capacity is per person).
 */
export interface FollowUpInput {
  dataset: Dataset;
  /** Tier, risk and stage; the 12-month spend and churn score (or probability) rank by value. */
  analysis: Pick<CustomerAnalysis, "valueTier" | "churnLevel" | "lifecycleStage"> &
    Partial<Pick<CustomerAnalysis, "churnReasons">> &
    ValueInputs;
  /** Last purchase per customer (epoch day, NaN none): see aggregate/customerSummary.ts. */
  lastPurchase: Float64Array;
  /** First purchase per customer, for onboarding; the created date is used when absent. */
  firstPurchase?: Float64Array;
  rules: FollowUpRules;
  /** The analysis date: the schedule starts on this day. */
  asOf: number;
  /** Who moved the wrong way since the previous run (issue 12); absent on a first run. */
  movements?: Movements;
  /**
   * True on the workbook's first run (no earlier run's state, no --previous): a contact due before
   * the analysis date to a customer with no contact on record was never planned, and is listed as
   * the first plan's, due now, not overdue (FollowUpList.firstPlan; tester68 U407).
   */
  firstRun?: boolean;
  /**
   * The payment failures, missed appointments and refunds as of asOf (churn/signals.ts
   * saidSignals: the run's ServiceSignals). Absent: measured here.
   */
  said?: SaidSignals;
  /** The customers shrinking and unhappy (shrinking.ts; tester67 U309): a call each. Absent: none. */
  shrinking?: Shrinking;
  /**
   * The customers unhappy by their own word (churn/signals.ts unhappyOf: a low latest score, a
   * detractor, a complaint open): a pause status holds them not (hold.ts holdsOf; tester69 U523).
   */
  unhappy?: Uint8Array;
  /**
   * Each customer's robust purchase rhythm (ClassifyResult.typicalGapDays: the population's for
   * one-time buyers) and lifecycle.overdueFactor: who gets a retention call (candidates.ts
   * wantsRetention). Absent: every high-risk customer does.
   */
  rhythm?: Rhythm;
  /**
   * Net spend per customer over the whole sheet (CustomerSummary.netSpend): the value listed and
   * ranked for customers already churned (the campaign list, biggest lost accounts first).
   */
  lifetimeSpend?: Float64Array;
  /**
   * The win-back campaign's cut: customers already churned are listed (biggest lost account first)
   * until those listed hold this share of their lost value; the long tail is counted, not listed
   * (the run gives the value tiers' high share, 80%: the same Pareto rule). Absent: all listed.
   */
  winBackCampaignShare?: number;
  /**
   * The holiday calendar (calendar/holidayCalendar.ts chooseCalendar: the rule set's, else the
   * amounts' currency's). Absent: the rule set's followUp.calendar, else China's.
   */
  holidayCalendar?: CalendarChoice;
}

export interface FollowUpSchedule {
  /** First day of the horizon (the analysis date) and the day after its end. */
  start: number;
  end: number;
  owners: string[];
  /** 1 when the customer's owner came from rotation. */
  rotated: Uint8Array;
  followUps: FollowUpList;
  unscheduled: UnscheduledList;
  /** Per customer: the first planned contact day, NaN when none. */
  nextFollowUp: Float64Array;
  calendar: WorkCalendar;
  /**
   * Per customer, the complaint still open on the analysis date that a contact names (the oldest):
   * its received time (NaN none) and cause (index into COMPLAINT_CAUSES, -1 none), and its words
   * where it has them (a complaint kept in the contact log: Complaints.text).
   */
  openComplaint: { since: Float64Array; cause: Int8Array; text?: Map<number, string> };
  /** How far the holiday calendar is known (calendar/holidayCalendar.ts; warnings.ts calendar_ends). */
  calendarKnownUntil: HolidayLists["calendarKnownUntil"];
  arrangementsKnownUntil: HolidayLists["arrangementsKnownUntil"];
  /** The holiday calendar planned with, and what chose it (the JSON and a run warning say it). */
  holidayCalendar: CalendarChoice;
  /**
   * Per customer whose move the wrong way gets no call for time alone within its rhythm, its gap
   * in whole days (movements.ts movedWithinRhythm), NaN for the others; absent on a first run. The
   * Changes tab says why in the row.
   */
  movedWithinRhythm?: Float64Array;
  /**
   * The customers held by a next contact agreed on the Contacts sheet or a pause word in their
   * status (hold.ts): their contact's reason says so. Absent when nobody is held.
   */
  holds?: Holds;
  /**
   * The customers whose payment failed (a past_due status, failed charges with no payment since:
   * ingest/paymentFailed.ts): their retention call's reason says the card, not keeping them
   * (tester61 U134). Absent when none.
   */
  paymentFailed?: PaymentFailed;
  /**
   * Per customer, the period end a subscription is set to cancel at (ingest/subscriptions.ts; NaN
   * none): the retention call's reason says so (tester61 U114). Absent: no Subscriptions sheet.
   */
  cancelDay?: Float64Array;
  /**
   * Per customer, the renewal day its regular contact was planned before (cadence.ts renewalDays;
   * NaN none): the contact's reason says the renewal (tester64 U188). Absent: none in the plan.
   */
  renewalDay?: Float64Array;
  /**
   * 1 for a finished course (retention.ts finishedCourses: one day with spend, then only ¥0
   * revisits): its regular contact is its care call; the at-risk tab lists it after the others.
   * Absent when the caller passed none.
   */
  finishedCourse?: Uint8Array;
  /**
   * Per customer, the days between her regular contacts where her own rhythm makes them longer
   * than her tier's (followUp.cadenceRhythmShare; cadence.ts rhythmIntervals), else 0. Absent when
   * no customer's are.
   */
  rhythmDays?: Uint16Array;
  /**
   * 1 for a one-time buyer where most customers buy once (retention.ts Rhythm.pastClient): no
   * retention call; the at-risk tab says so and lists it after the others. Absent: no such reading.
   */
  pastClient?: Uint8Array;
  /**
   * The customers who asked not to be contacted (doNotContact.ts), each listed once (do_not_contact)
   * and given no contact: the reason cell says where they said so. Absent when nobody asked.
   */
  doNotContact?: DoNotContact;
  /** The payment failures, missed appointments and refunds the schedule read: its talking points'. */
  said: SaidSignals;
  /** The customers shrinking and unhappy (shrinking.ts): their talking point says it. Absent: none. */
  shrinking?: Shrinking;
  /**
   * The customers unhappy by their own word (churn/signals.ts unhappyOf bits): their talking point
   * quotes the low score, and a pause status that did not hold them (tester69 U523). Absent: none.
   */
  unhappy?: Uint8Array;
}

/** A one-time buyer's campaign row (candidates.ts onCampaignList), by its why-code. */
const ONE_TIME_CAMPAIGN_WHY = WHY("one_time_buyer_campaign");
const CUSTOMER_LEFT_WHY = WHY("customer_left");
const PET_DIED_WHY = WHY("pet_died");
const DO_NOT_CONTACT_WHY = WHY("do_not_contact");

/**
 * Plans who contacts whom, when, why and how over the horizon.
 *
 * @example
 * const s = scheduleFollowUps({ dataset, analysis, lastPurchase: summary.lastPurchase, rules, asOf: dataset.asOf });
 * s.followUps.count; s.unscheduled.count; s.nextFollowUp[0];
 */
export function scheduleFollowUps(input: FollowUpInput): FollowUpSchedule {
  const { dataset, analysis, rules } = input;
  const cust = dataset.customers;
  const n = cust.count;
  const start = Math.floor(input.asOf);
  const end = start + rules.horizonDays;
  const calendarFrom = start - rules.complaintFollowUpLookbackDays - 16;
  // The country's holidays (tester60 U103: China's for a US business): the run's choice, else the rule set's.
  const holidayCalendar = input.holidayCalendar ?? chooseCalendar(rules.calendar, undefined);
  const { holidays, makeUpWorkdays, calendarKnownUntil, arrangementsKnownUntil } = holidayLists(
    rules,
    holidayCalendar.calendar,
    calendarFrom,
    end + 60,
  );
  const calendar = workCalendar({ holidays, makeUpWorkdays }, calendarFrom, end + 60);

  // Working days of the horizon and day → working-day index lookups.
  const workDays: number[] = [];
  for (let d = start; d < end; d++) if (calendar.isWorkingDay(d)) workDays.push(d);
  const W = workDays.length;
  const H = end - start;
  const idxAfter = new Int32Array(H + 1);
  const idxBefore = new Int32Array(H);
  for (let t = H, j = W; t >= 0; t--) {
    if (t < H && calendar.isWorkingDay(start + t)) j--;
    idxAfter[t] = j;
  }
  for (let t = 0, j = -1; t < H; t++) {
    if (calendar.isWorkingDay(start + t)) j++;
    idxBefore[t] = j;
  }

  const { owners, ownerOf, rotated, hasOwners } = assignOwners(cust.owner, rules.absentOwners);
  // The band of each reason for each tier code: a table, no look-up by name per listed contact.
  const reasonBands = Int32Array.from({ length: FOLLOW_UP_REASONS.length * 3 }, (_, i) =>
    bandOfReason(rules, Math.floor(i / 3), i % 3),
  );
  const unscheduled = new UnscheduledBuilder(n);
  // The times the notes name, each note read once: the refusals and the holds both ask.
  const noteTimes = noteTimesOf(dataset, input.asOf);
  // Who asked not to be contacted (doNotContact.ts), and who of them is listed already.
  const dnc = doNotContactOf(dataset, input.asOf, noteTimes);
  // Measured once per run (the churn reasons' ServiceSignals) and passed to the talking points.
  const said = input.said ?? saidSignals(dataset, input.asOf);
  const failed = said.paymentFailed;
  const missed = said.missedAppointments;
  const subs = subscriptionState(dataset, input.asOf);
  const cancelDay = subs?.cancelDay;
  const winBackDay = subs?.winBackDay;
  // Accounts whose renewal falls in the plan: their regular contact before it (tester64 U188).
  const renewalDay = renewalDays(cust, start, end, rules.renewalLeadDays);
  const dncListed = dnc ? new Uint8Array(n) : undefined;
  /**
   * Lists customer c, who asked not to be contacted, once: under its first contact met (bands go
   * urgent first, so its most urgent), or as having left when it has (no contact either way).
   */
  const noContact = (...row: Parameters<UnscheduledBuilder["push"]>): void => {
    const c = row[0];
    if (dncListed![c]) return;
    dncListed![c] = 1;
    if (row[4] !== CUSTOMER_LEFT_WHY && row[4] !== PET_DIED_WHY) row[4] = DO_NOT_CONTACT_WHY;
    unscheduled.push(...row);
  };
  const ctx: PlanContext = {
    dataset,
    analysis,
    // Holiday care on the calendar's festivals: not Spring Festival for a US business (U103).
    rules:
      holidayCalendar.calendar === "CN"
        ? rules
        : {
            ...rules,
            festivals: festivalsFor(holidayCalendar.calendar, rules.festivals, start, end + 60),
          },
    lastPurchase: input.lastPurchase,
    firstPurchase: input.firstPurchase,
    history: contactHistory(dataset, input.asOf),
    calendar,
    start,
    end,
    workDays,
    after: (d) => (d <= start ? idxAfter[0] : d >= end ? W : idxAfter[Math.ceil(d) - start]),
    before: (d) => (d < start ? -1 : d >= end ? W - 1 : idxBefore[Math.floor(d) - start]),
    ownerOf,
    hasOwners,
    marketingMask: rules.marketingReasons.reduce(
      (m, r) => m | (1 << FOLLOW_UP_REASONS.indexOf(r)),
      0,
    ),
    noConsentColumn:
      dataset.sources.customers !== undefined &&
      dataset.sources.customers.columns.marketingConsent === undefined,
    cadenceChannels: channelsOf(rules, CADENCE),
    visitsFit: rules.visitBusinessesOnly ? visitsFit(dataset) : undefined,
    movements: input.movements,
    rhythm: input.rhythm,
    left: customersLeft(dataset, input.asOf)?.left,
    holds: holdsOf(
      dataset,
      input.asOf,
      input.lastPurchase,
      rules.bereavementPauseDays,
      rules.horizonDays,
      rules.maternityPauseDays,
      input.rhythm,
      noteTimes,
      input.unhappy,
    ),
    ...(cancelDay ? { cancelDay } : {}),
    ...(winBackDay ? { winBackDay } : {}),
    ...(failed ? { paymentFailed: failed } : {}),
    ...(renewalDay ? { renewalDay } : {}),
    ...(missed ? { missedAppointments: missed } : {}),
    ...(input.shrinking ? { shrinking: input.shrinking } : {}),
    unschedule: (c, r, due, from, why) => {
      const band = reasonBands[r * 3 + tierOf(analysis.valueTier[c])];
      if (dnc !== undefined && dnc.flag[c] === 1) noContact(c, r, due, from, why, band);
      else unscheduled.push(c, r, due, from, why, band);
    },
  };

  // Capacity per channel (CONTACT_CHANNELS order: phone, email, visit, online).
  // With no owner on the sheet the whole list is one pool, capped as one person's days: without a
  // cap it put 8,008 contacts in week one (tester52 L11); warnings.ts noOwnerWarning says so.
  const cap = (x: number | null): number => (x === null ? Infinity : x);
  const capacity = [
    cap(rules.dailyCapacity),
    cap(rules.channelCapacity.email),
    cap(rules.channelCapacity.visit),
    cap(rules.channelCapacity.online),
  ];
  const ownerSlots = hasOwners ? owners.length : 1;
  // Each contact goes by a channel that reaches the customer (placement.ts route).
  const placement = new Placement(
    n,
    ownerSlots,
    W,
    capacity,
    contactReach(cust.phone, cust.email, n, cust.id),
    refusedChannelsOf(dataset, input.asOf) ?? null,
    samePhoneRing(cust.phone),
  );
  const cadenceDays = TIERS.map((t) => rules.cadenceDays[t]);
  const halfCadence = cadenceDays.map((x) => Math.ceil(x / 2));
  const firstDay = W > 0 ? workDays[0] : start;

  let placeFirstMask = 0;
  for (const r of rules.placeFirst) placeFirstMask |= 1 << FOLLOW_UP_REASONS.indexOf(r);
  // Two batches, reused and swapped each round: the round's due contacts, read in placement order
  // through an index, and the contacts found while placing them (the next regular contact of each)
  // for the next round. Both grow as needed: a reservation of n rows each would cost ~64 MB of
  // external memory apiece at 1M customers (and V8 marks the whole heap every ~64 MB of it).
  const scratch = new SortScratch();
  // The placeFirst contacts placed in the current band: placement index and earliest day, in pairs.
  const placedFirst: number[] = [];
  let batch = new CandidateBatch(n >> 1);
  let next = new CandidateBatch(1024);
  // One function for every band: a new one per band was a new call target for cadenceCandidates'
  // loop each time, which deoptimized it ("wrong call target", stop 38).
  const lastPlannedDay = (c: number): number => placement.lastDayOf(c);
  for (let band = 0; band < FOLLOW_UP_PRIORITIES.length; band++) {
    // A band's first round is the big one: it goes into the larger of the two batches.
    if (next.capacity > batch.capacity) [batch, next] = [next, batch];
    batch.reset();
    serviceCandidates(ctx, band, batch);
    movementCandidates(ctx, band, batch);
    cadenceCandidates(ctx, band, lastPlannedDay, batch);
    careCandidates(ctx, band, batch);
    // Rounds: the first holds the band's due contacts; each later one the next regular contact of
    // customers whose previous one was placed in the round before (counted from its day).
    while (batch.length > 0) {
      const b = batch;
      const m = b.length;
      const order = placementOrder(b, start, firstDay, placeFirstMask, band === URGENT, scratch);
      b.setOwners(hasOwners ? ownerOf : null);
      next.reset();
      for (let q = 0; q < m; q++) {
        const k = order[q];
        // A customer who asked not to be contacted: listed, never placed (nor its next contact).
        if (dnc !== undefined && dnc.flag[b.customer(k)] === 1) {
          noContact(
            b.customer(k),
            b.primary(k),
            b.due(k),
            b.plannedFrom(k),
            DO_NOT_CONTACT_WHY,
            band,
            b.channel(k),
          );
          continue;
        }
        // placeFirst contacts (first-week onboarding) go on the latest day of their window with
        // room, so the days before it stay free for the contacts already due.
        const first = scratch.group[k] === PLACE_FIRST;
        const placed = placement.count;
        // A regular contact after one planned in the horizon prefers a day half its cadence later,
        // and else the latest day by visit or call (placeOnTime notBefore).
        const notBefore =
          b.earliest(k) > 0 && b.primary(k) === CADENCE
            ? ctx.after(b.plannedFrom(k) + halfCadence[tierOf(analysis.valueTier[b.customer(k)])])
            : 0;
        let j = placement.placeOnTime(b, k, band, b.asap(k) && !first, notBefore);
        if (first && placement.count > placed) placedFirst.push(placed, b.earliest(k));
        // One that misses its deadline takes the first free day after it at once, in its turn:
        // less valuable or not yet due contacts after it cannot take that day first.
        if (j < 0 && b.mayBeLate(k)) {
          j = placement.placeLate(b, k, band);
          // A welcome call with no call slot left in the horizon: an e-mail (a message when the
          // customer has no address) on the first free day instead of no contact at all (stop 28).
          if (j < 0 && b.primary(k) === ONBOARDING) {
            const ch = writtenChannel(b.customer(k));
            if (ch >= 0) j = placement.placeInstead(b, k, band, ch);
          }
          if (j < 0) notPlaced(b, k, band, "no_free_day_in_horizon");
        } else if (j < 0) notPlaced(b, k, band, "no_free_day_before_deadline");
        if (j >= 0) onPlaced(b, k, j);
      }
      batch = next;
      next = b;
    }
    // The band is placed: a placeFirst contact (first-week onboarding) that went on the latest day
    // with room moves to the first day its owner still has room for it, so a new customer is not
    // called at the end of the week when the days before are free (tester's S2). Nobody of the band
    // wanted those days; the ones after are left to the less urgent bands.
    for (let q = 0; q < placedFirst.length; q += 2) {
      const p = placedFirst[q];
      if ((placement.reasons(p) & ~placeFirstMask) === 0)
        placement.moveEarlier(p, placedFirst[q + 1]);
    }
    placedFirst.length = 0;
  }

  /**
   * The channel a welcome call goes by when no call slot is left (stop 28 tester: 260 new customers
   * of the 20k workbook got no contact in 30 days): e-mail to a customer with an address, else an
   * online message (SMS, chat) to one with a phone number, else none (-1). Seed 002 客户开发管理 3:
   * "至少每两周给客户发一次邮件或打一次电话", an e-mail or a call.
   */
  function writtenChannel(c: number): number {
    if (capacity[EMAIL] > 0 && (cust.email[c] ?? "") !== "") return EMAIL;
    if (capacity[ONLINE] > 0 && (cust.phone[c] ?? "") !== "") return ONLINE;
    return -1;
  }

  /**
   * After contact k was placed on day j: only a regular contact that moved forward continues the
   * chain (one placed before its window, as a last resort, or merged into an earlier contact ends
   * it: no endless loop); its next one is counted from day j.
   */
  function onPlaced(b: CandidateBatch, k: number, j: number): void {
    if ((b.reasons(k) & (1 << CADENCE)) === 0 || j < b.earliest(k)) return;
    const c = b.customer(k);
    // She said she leaves (不来了, Not renewing) or why (换了别家, 嫌贵): this one contact, no chain.
    if (saidLeaving(analysis, c)) return;
    // The owner died (a vet's record of one pet): the one contact with the family, no chain.
    if (ownerDied(ctx.holds, c)) return;
    // Coming in within the plan by her own rhythm: one regular contact in it (tester68 U407).
    if (oncePerPlan(ctx, c, ctx.lastPurchase[c])) return;
    const tier = tierOf(analysis.valueTier[c]);
    const interval = regularInterval(
      cadenceDays,
      tier,
      ctx.holds?.paused[c] === 1 || onCreditHold(ctx.holds, c),
    );
    const due = rhythmDue(ctx, c, workDays[j], ctx.lastPurchase[c], interval);
    if (due < end) addCadence(ctx, next, c, tier, due, workDays[j], j + 1, b.open(k));
  }

  function notPlaced(
    b: CandidateBatch,
    k: number,
    band: number,
    why: "no_free_day_before_deadline" | "no_free_day_in_horizon",
  ): void {
    const c = b.customer(k);
    const reasons = b.reasons(k);
    // A customer with neither a phone number nor an e-mail address: a message or an e-mail cannot
    // go, and a call became a visit that found no day either. What is missing is the details, not
    // the owner's time (stop 28 tester: 1012485, said 计划期内负责人每日名额已满).
    // A channel the customer refused (不要再发短信), or the one a call would go by instead (no phone
    // number, e-mail unsubscribed): not sent, said so (placement.ts route).
    const refused = placement.refusedOn(c, b.channel(k));
    const code = placement.unreachable(c)
      ? WHY("no_contact_details")
      : refused >= 0
        ? WHY("channel_refused")
        : WHY(why);
    const channel = refused >= 0 ? refused : b.channel(k);
    // Each reason of a merged contact is listed, so the counts per reason stay true, with the
    // contact's band and the channel it was tried on (a complaint leading a win-back may use another).
    for (let r = 0; r < FOLLOW_UP_REASONS.length; r++)
      if (reasons & (1 << r))
        unscheduled.push(c, r, b.due(k), b.plannedFrom(k), code, band, channel);
  }

  // The memory of slotting is free now (the batches, up to half the customers × 64 bytes, and the
  // sort scratch, the last contacts and resolutions read by the candidates): the lists' columns and
  // their sorts' temporary arrays are carved out of it, then out of the placed contacts' rows once
  // the planned list is built (Spare: fewer fresh arrays).
  // On a first run, the customers with no contact on record: nothing planned their contacts before
  // (read before the last contacts' memory goes to the spare).
  const neverPlanned = input.firstRun ? neverContacted(ctx.history.lastContact) : undefined;
  const spare = new Spare(
    batch.buffer,
    next.buffer,
    ...scratch.buffers,
    ctx.history.lastContact.buffer as ArrayBuffer,
    ctx.history.lastResolved.buffer as ArrayBuffer,
  );
  const followUps = buildFollowUps(
    placement,
    workDays,
    hasOwners ? owners.length : 1,
    hasOwners,
    spare,
    neverPlanned,
  );
  spare.add(placement.buffer);
  const nextFollowUp = spare.f64(n).fill(NaN);
  for (let i = followUps.count - 1; i >= 0; i--)
    nextFollowUp[followUps.customer[i]] = followUps.day[i];
  const unscheduledList = unscheduled.build(
    hasOwners ? ownerOf : null,
    FOLLOW_UP_REASONS.map((_, r) => channelsOf(rules, r)),
    analysis,
    input.lifetimeSpend,
    spare,
    input.winBackCampaignShare,
  );
  const withinRhythm = movedWithinRhythm(ctx);
  const rhythmDays = rhythmIntervals(rules, analysis, input.rhythm?.ownGapDays);
  // A one-time buyer on the campaign list who moved the wrong way has no call of its own
  // (movements.ts): its campaign row carries the movement as a further reason.
  const moved = input.movements?.worse;
  if (moved && MOVED_WRONG_WAY >= 0)
    for (let k = 0; k < unscheduledList.count; k++)
      if (unscheduledList.why[k] === ONE_TIME_CAMPAIGN_WHY && moved[unscheduledList.customer[k]])
        unscheduledList.reasons[k] |= 1 << MOVED_WRONG_WAY;
  return {
    start,
    end,
    owners,
    rotated,
    followUps,
    unscheduled: unscheduledList,
    nextFollowUp,
    calendar,
    openComplaint: {
      since: ctx.history.openSince,
      cause: ctx.history.openCause,
      ...(ctx.history.openText.size > 0 ? { text: ctx.history.openText } : {}),
    },
    calendarKnownUntil,
    arrangementsKnownUntil,
    holidayCalendar,
    ...(withinRhythm ? { movedWithinRhythm: withinRhythm } : {}),
    ...(ctx.holds ? { holds: ctx.holds } : {}),
    ...(failed ? { paymentFailed: failed } : {}),
    ...(cancelDay ? { cancelDay } : {}),
    ...(renewalDay ? { renewalDay } : {}),
    ...(input.rhythm?.finishedCourse ? { finishedCourse: input.rhythm.finishedCourse } : {}),
    ...(rhythmDays ? { rhythmDays } : {}),
    ...(input.rhythm?.pastClient ? { pastClient: input.rhythm.pastClient } : {}),
    ...(dnc ? { doNotContact: dnc } : {}),
    ...(input.shrinking ? { shrinking: input.shrinking } : {}),
    ...(input.unhappy ? { unhappy: input.unhappy } : {}),
    said,
  };
}

/** Per customer, 1 where no contact is on record (ContactHistory.lastContact NaN). */
function neverContacted(lastContact: Float64Array): Uint8Array {
  const out = new Uint8Array(lastContact.length);
  for (let c = 0; c < out.length; c++) out[c] = lastContact[c] === lastContact[c] ? 0 : 1;
  return out;
}

/** The band of a reason for a customer of a tier code (cadence by tier, the others by reason). */
function bandOfReason(rules: FollowUpRules, r: number, tierCode: number): number {
  const reason = FOLLOW_UP_REASONS[r];
  const tier = VALUE_TIERS[tierOf(tierCode)];
  const p = reason === "cadence" ? rules.cadencePriorities[tier] : rules.priorities[reason];
  return FOLLOW_UP_PRIORITIES.indexOf(p);
}

const URGENT = FOLLOW_UP_PRIORITIES.indexOf("urgent");
const EMAIL = CONTACT_CHANNELS.indexOf("email");
const ONLINE = CONTACT_CHANNELS.indexOf("online");
const PLACE_FIRST = 0;
/**
 * Days late counted up to 1023 (more is as late). The groups of contacts already late on the first
 * working day: LATE + 1023 − days, so the latest first (LATE: 1023 days or more).
 */
const LATE_DAYS = 1023;
const LATE = 1;
const ALREADY_DUE = LATE + LATE_DAYS + 1;
const NOT_YET_DUE = ALREADY_DUE + 1;
const GROUPS = NOT_YET_DUE + 1;

/**
 * A batch's candidates in placement order, in every band (tester51 J2):
 * 1. the rule set's placeFirst reasons not overdue at the start (none by default; in the urgent
 *    band, all of them);
 * 2. the contacts already late on the first working day (due before it: late whatever day they
 *    get), the most days late first, then by value at stake (largest first). A contact that is late
 *    only gets later each day it waits; one not yet due can still be on time tomorrow, and earliest
 *    due first is what keeps the longest wait shortest (Jackson's rule). So a key account's visit
 *    107 days overdue is not pushed to the next day by visits 36-44 days overdue worth more, nor
 *    any late call by a retention call due in two working days (tester51: 陈静's 107- and 83-day
 *    visits went on 01-04 while retention calls due 01-04 took 12-31's calls). A customer's other
 *    contact of the band is as late as its key account's overdue regular contact, which it absorbs
 *    (placement.ts ABSORBED): it keeps its words and leads on equal value;
 * 3. the contacts due on the first working day; in the urgent band every contact that is not open
 *    counts as due here (a retention call is owed now: its two working days are a deadline), so
 *    retention calls and first-week welcome calls not late yet are one queue by value at stake
 *    (stop 27: 王芳's 95,237 retention call before 19 welcome calls due that day worth
 *    1,300-20,000 each);
 * 4. the others (not yet due, and open ones: prospects).
 * Within 3 and 4, by value at stake (largest first), then due day. The due day is clamped to ±512
 * days around the analysis date, which orders every real case.
 */
function placementOrder(
  b: CandidateBatch,
  start: number,
  firstDay: number,
  placeFirstMask: number,
  urgent: boolean,
  scratch: SortScratch,
): Int32Array {
  const m = b.length;
  scratch.reserve(m);
  const values = scratch.values.subarray(0, m);
  const dueKey = scratch.key.subarray(0, m);
  const group = scratch.group.subarray(0, m);
  placementKeys(b, start, firstDay, placeFirstMask, urgent, values, dueKey, group);
  return countingOrder(
    m,
    GROUPS,
    group,
    valueOrder(values, dueKey, scratch),
    scratch.c.subarray(0, m),
  );
}

/**
 * placementOrder's keys of each candidate: value at stake, clamped due day and group. A function of
 * its own with nothing after its loop: in placementOrder, the loop compiled on the fly over a
 * band's first round was thrown away at the sorts' calls after it (2 deopts a 100k run).
 */
function placementKeys(
  b: CandidateBatch,
  start: number,
  firstDay: number,
  placeFirstMask: number,
  urgent: boolean,
  values: Float64Array,
  dueKey: Int32Array,
  group: Int32Array,
): void {
  const m = b.length;
  const keyAccountLate = lateKeyAccounts(b, firstDay);
  for (let k = 0; k < m; k++) {
    values[k] = b.value(k);
    const due = b.due(k);
    // Read and compared once each, whatever the band: a read reached only in a later band (the
    // urgent band skips the due-day test) threw the loop's compiled code away.
    const keyOverdue = b.primary(k) === KEY_OVERDUE;
    const whole = Math.floor(due);
    const dueByFirstDay = whole <= firstDay;
    const open = b.open(k);
    // Days late on the first working day; a customer's contact beside its key account's overdue
    // regular contact is as late as that one.
    let late = !open && whole < firstDay ? firstDay - whole : 0;
    if (keyAccountLate !== null && !keyOverdue) {
      const also = keyAccountLate.get(b.customer(k));
      // Only a contact that may go on the overdue contact's first day can absorb it there: a
      // complaint follow-up not before the working day after the resolution goes apart from it,
      // and borrowing its lateness put it before others' contacts later than its own (fix61d's
      // property counterexample, seed 20261205: a late retention call waited behind it).
      if (also !== undefined && also.late > late && b.earliest(k) <= also.earliest)
        late = also.late;
    }
    // A key account's overdue regular contact comes after a contact of equal value (the same
    // customer's retention call: that one is the call, placement.ts ABSORBED).
    dueKey[k] = keyOverdue
      ? 1023
      : Number.isFinite(due)
        ? Math.min(1023, Math.max(0, whole - start + 512))
        : 0;
    // (A placeFirst reason already overdue at the start, a late onboarding, is late like the
    // others; in the urgent band, where every contact counts as due, the placeFirst reasons come
    // first. A key account's overdue regular contact not late on the first working day, with
    // keyAccountOverdueDays 0, is ranked with the retention calls: stop 25.)
    group[k] =
      b.reasons(k) & placeFirstMask && (urgent || !(due < start))
        ? PLACE_FIRST
        : late > 0
          ? LATE + LATE_DAYS - Math.min(LATE_DAYS, late)
          : !open && (urgent || (dueByFirstDay && !keyOverdue))
            ? ALREADY_DUE
            : NOT_YET_DUE;
  }
}

/**
 * Days late on the first working day of each customer with a key account's overdue regular
 * contact in the batch, and the first day it may go on (null: none), for its other contact of the
 * band (placementKeys).
 */
function lateKeyAccounts(
  b: CandidateBatch,
  firstDay: number,
): Map<number, { late: number; earliest: number }> | null {
  let out: Map<number, { late: number; earliest: number }> | null = null;
  for (let k = 0; k < b.length; k++) {
    if (b.primary(k) !== KEY_OVERDUE || b.open(k)) continue;
    const whole = Math.floor(b.due(k));
    if (!(whole < firstDay)) continue;
    out ??= new Map();
    out.set(b.customer(k), { late: firstDay - whole, earliest: b.earliest(k) });
  }
  return out;
}
