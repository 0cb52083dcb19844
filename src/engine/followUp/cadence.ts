import { RISK_LEVELS } from "../analysis";
import { saidLeaving } from "../churn/saidLeaving";
import { CONTACT_CHANNELS, type Dataset } from "../model";
import { valueAtStake } from "./valueAtStake";
import { bookedDay } from "./hold";
import type { CandidateBatch } from "./placement";
import { heldToDay, onCreditHold, pausedForEvent, putOffByNote, resumesDay } from "./hold";
import {
  admit,
  bandOf,
  bandsOf,
  CADENCE,
  callTiersOf,
  failedSince,
  KEY_OVERDUE,
  KEY_TIER,
  listedAsChurned,
  onCampaignList,
  TIERS,
  tierOf,
  type PlanContext,
  WHY,
} from "./candidates";

/*
 * The regular contact (cadence) and, for key accounts whose regular contact is overdue by
 * keyAccountOverdueDays, its urgent form (key_account_overdue, stop 25); split from candidates.ts.
 */

/**
 * The regular contact of the customers whose tier is in band `band`: every cadenceDays[tier] days,
 * counted from the last one planned so far, else the later of the last contact on record (any
 * channel, any reason) and the last purchase (rule cadenceRestartsOnPurchase; false: the contact
 * first). A due day that falls in a holiday is brought forward to the last working day before it.
 * Customers already churned get none (see listedAsChurned).
 *
 * A prospect (never bought) has no purchase to keep, so nothing about its contact is overdue: it is
 * due on the first working day at the earliest (never contacted: then; contacted once long ago:
 * then too, not "904 days overdue"), is `open` (placed after the contacts already due, shown with
 * the planned day as its due day) and ranks last by value (lead's decision and a tester's
 * finding, issue 10).
 */
export function cadenceCandidates(
  ctx: PlanContext,
  band: number,
  lastPlannedDay: (c: number) => number,
  out: CandidateBatch,
): void {
  const { rules, analysis, history, start, end } = ctx;
  const n = ctx.dataset.customers.count;
  const cust = ctx.dataset.customers;
  const cadenceBand = bandsOf(rules, "cadence");
  const firstDay = ctx.workDays.length > 0 ? ctx.workDays[0] : start;
  const overdue = keyAccountOverdue(ctx, firstDay);
  if (!cadenceBand.includes(band) && !(overdue && overdue.band === band)) return;
  // The loop reads locals and typed arrays, not the rule's object nor an array from map (candidates.ts
  // bandsOf): the objects' maps differ between calls and deoptimized it (stop 38).
  const hasOverdue = overdue !== null;
  const overdueBand = overdue ? overdue.band : -1;
  const overdueDays = overdue ? overdue.days : NaN;
  const days = Float64Array.from(TIERS, (t) => rules.cadenceDays[t]);
  const restart = rules.cadenceRestartsOnPurchase;
  const callTiers = callTiersOf(rules);
  const holds = ctx.holds;
  for (let c = 0; c < n; c++) {
    const tier = tierOf(analysis.valueTier[c]);
    const own = cadenceBand[tier] === band;
    if (
      !(own || (hasOverdue && tier === KEY_TIER && overdueBand === band)) ||
      listedAsChurned(ctx, c) ||
      // On the one-time buyers' campaign list: the campaign message is its one retention contact
      // (stop 27).
      (!callTiers[tier] && onCampaignList(ctx, c, tier, callTiers))
    )
      continue;
    // A next contact agreed with the customer (hold.ts): that one contact, on its day.
    if (heldToDay(holds, c)) {
      if (own) agreedContact(ctx, out, c, tier, holds!.until[c], holds!.row[c]);
      continue;
    }
    // Its subscription's payments paused (Pause Collection) until a day: one contact that day.
    const resumes = resumesDay(holds, c);
    if (resumes === resumes && resumes !== Infinity) {
      if (own) resumeContact(ctx, out, c, tier, resumes);
      continue;
    }
    // Paused (hold.ts): its regular contact stays, to ask when it resumes; no urgent call. On
    // credit hold: an account check as seldom, no sales call.
    const paused = holds !== undefined && (holds.paused[c] === 1 || onCreditHold(holds, c));
    // The later of the last contact and the last purchase (cadenceRestartsOnPurchase), else the
    // one there is, else the created date.
    let last = history.lastContact[c];
    const bought = ctx.lastPurchase[c];
    const prospect = !Number.isFinite(bought);
    if (!prospect && (!Number.isFinite(last) || (restart && bought > last))) last = bought;
    // Her payment failed: counted from the first failure, as the call about it (candidates.ts
    // failedSince; newuser62 M2).
    const failed = failedSince(ctx.paymentFailed, c);
    if (failed > last) last = failed;
    const touched = Number.isFinite(last);
    if (!touched) last = cust.created[c];
    if (!(last <= start)) last = Number.isFinite(last) ? start : NaN;
    const planned = lastPlannedDay(c);
    // She said she leaves (不来了, Not renewing) or why (换了别家, 嫌贵): one contact, not a run of them.
    if (planned >= 0 && saidLeaving(analysis, c)) continue;
    // Coming in within the plan by her own rhythm, already called in it: no regular contact besides.
    if (planned >= 0 && oncePerPlan(ctx, c, bought)) continue;
    let earliest = 0;
    if (planned >= 0) {
      last = ctx.workDays[planned];
      earliest = planned + 1;
    }
    let due = Number.isFinite(last)
      ? rhythmDue(ctx, c, Math.floor(last), bought, regularInterval(days, tier, paused))
      : start;
    // A prospect: on the first working day at the earliest (the analysis date, or the first working
    // day after it when it is not one: not "2 days late").
    if (prospect && planned < 0) due = touched ? Math.max(due, firstDay) : firstDay;
    // Its renewal ahead (the Customers sheet's renewal date): due before the customer decides.
    if (planned < 0) due = renewalDue(ctx, c, due);
    // Booked to come (hold.ts bookedDays; tester63 U168): not before the working day after it.
    const booked = bookedDay(holds, c);
    if (booked >= due) due = ctx.calendar.nextWorkingDay(booked);
    // A key account's first regular contact overdue by keyAccountOverdueDays on the first working
    // day is planned in its own band (placed there, or listed when it found no day: not again here).
    // Overdue counts from the later of that due day and the day the customer went quiet past
    // their own rhythm (ownSilence): a six-monthly patient is not overdue 14 days after a 14-day
    // contact nobody made (judge60: 33 of a clinic's 40 regulars were); a finished course never is.
    const late =
      hasOverdue &&
      tier === KEY_TIER &&
      !prospect &&
      !paused &&
      planned < 0 &&
      firstDay - Math.max(due, ownSilence(ctx, c, bought)) >= overdueDays;
    if (late ? overdueBand !== band : !own) continue;
    if (due >= end) continue;
    if (late) {
      if (admit(ctx, c, KEY_OVERDUE, due, last)) addKeyAccountOverdue(ctx, out, c, tier, due, last);
    } else if (admit(ctx, c, CADENCE, due, last))
      addCadence(ctx, out, c, tier, due, last, earliest, prospect);
  }
}

/**
 * Per customer, the day its contract or plan renews (Customers.renewalDate) when the plan is to
 * call before it: on or after the plan's first day `start`, and its call (followUp.renewalLeadDays
 * before it) before the plan's end `end`; NaN for the others. Undefined when no customer's is.
 *
 * @example renewalDays(customers, epochDay(2026, 12, 7), epochDay(2027, 1, 6), 21)?.[5] // 2026-12-31's day
 */
export function renewalDays(
  customers: Pick<Dataset["customers"], "renewalDate" | "count">,
  start: number,
  end: number,
  lead: number,
): Float64Array | undefined {
  const renews = customers.renewalDate;
  if (!renews) return undefined;
  let out: Float64Array | undefined;
  for (let c = 0; c < customers.count; c++) {
    const day = Math.floor(renews[c]);
    if (!(day >= start && day - lead < end)) continue;
    out ??= new Float64Array(customers.count).fill(NaN);
    out[c] = day;
  }
  return out;
}

/**
 * Customer c's first regular contact, due on `due`, brought to followUp.renewalLeadDays before its
 * renewal (renewalDays) when that is sooner and nobody has been in touch since that day: the
 * renewal is talked over before the customer decides (tester64 U188: Fjord Coffee, renewal 12-31,
 * "Omar will decide by Dec 20", was called on 12-31; now on 12-10). A contact already made within
 * the lead time was that conversation: the regular plan stands.
 *
 * @example renewalDue(ctx, c, epochDay(2026, 12, 31)) // 2026-12-10's day, renewal 12-31, lead 21
 */
export function renewalDue(ctx: PlanContext, c: number, due: number): number {
  const renews = ctx.renewalDay !== undefined ? ctx.renewalDay[c] : NaN;
  if (renews !== renews) return due;
  const by = renews - ctx.rules.renewalLeadDays;
  return by < due && !(ctx.history.lastContact[c] >= by) ? by : due;
}

/**
 * The day customer c, last bought on `bought`, goes quiet past their own rhythm
 * (Rhythm.ownGapDays): never for a finished course (Rhythm.finishedCourse), a one-off business's
 * past client (Rhythm.pastClient) nor one with no rhythm of its own (Rhythm.unevenPair); without the rhythm, -Infinity (the contact interval alone decides).
 */
function ownSilence(ctx: PlanContext, c: number, bought: number): number {
  const rhythm = ctx.rhythm;
  if (rhythm?.finishedCourse !== undefined && rhythm.finishedCourse[c] === 1) return Infinity;
  if (rhythm?.pastClient !== undefined && rhythm.pastClient[c] > 0) return Infinity;
  // No rhythm of its own (Rhythm.unevenPair: a build, then its hosting): none to go quiet past.
  if (rhythm?.unevenPair !== undefined && rhythm.unevenPair[c] === 1) return Infinity;
  return rhythm?.ownGapDays === undefined ? -Infinity : Math.floor(bought) + rhythm.ownGapDays[c];
}

/**
 * The due day of customer c's next regular contact, last touched on day `last` (a contact, a
 * purchase or a contact planned before it), last bought on `bought`, `interval` its tier's days
 * (regularInterval): the customer's own rhythm decides it where it is longer than the tier's
 * (followUp.cadenceRhythmShare, U150). No sooner than that share of her own rhythm
 * (Rhythm.ownGapDays, the one churn risk quotes) after the last touch: a 4S owner who services
 * every ~185 days is called every 93 days, not every 14 (tester62: 21 calls in 30 days for 12
 * owners; 李娜, not due until February, on 12-07, 12-21 and 01-04). But on the day she is due back
 * (last purchase + her rhythm) when that comes sooner, never sooner than the tier's days: 孙丽, 179
 * days into a 185-day rhythm, is called when due for service before an owner who is not; one
 * already past it, the tier's days. Only at low churn risk (spacedByRhythm). Customers whose rhythm
 * is at most the tier's days over the share, prospects and customers without a rhythm keep the
 * tier's days. A seasonal customer in her off-season (Rhythm.offSeasonGap), followUp.renewalLeadDays
 * before she is due back, to book the season.
 *
 * @example rhythmDue(ctx, c, 100, 100, 14) // 193 for ownGapDays[c] 186, share 0.5
 */
export function rhythmDue(
  ctx: PlanContext,
  c: number,
  last: number,
  bought: number,
  interval: number,
): number {
  const base = last + interval;
  const gap = ctx.rhythm?.ownGapDays?.[c] ?? NaN;
  const days = rhythmSpacing(
    ctx.rules.cadenceRhythmShare,
    ctx.analysis.churnLevel[c],
    gap,
    interval,
  );
  // Inside her own rhythm at low risk: she is in the shop anyway, so no check-in before she is
  // due back; the day after it, in case she does not come (tester68 U407).
  if (days === 0)
    return inOwnRhythm(ctx, c, bought) ? Math.max(base, dueBackOf(bought, gap) + 1) : base;
  const spaced = last + days;
  // Due back sooner: on that day, never sooner than the tier's days; already past it at the last
  // touch (an overdue account contacted once), the tier's days (reviewer63 R1: B01, 120 days past
  // her 180-day rhythm and 在看别家报价, had no call in 30 days).
  const dueBack = dueBackOf(bought, gap);
  // In her off-season, before the season she is due back for (tester66 U236: Grace, pool May–Sep,
  // was called on 01-29 in the winter; now on 05-10 to book the opening).
  const off = ctx.rhythm?.offSeasonGap?.[c];
  if (off !== undefined && off === off) return Math.max(base, dueBack - ctx.rules.renewalLeadDays);
  return dueBack < spaced ? Math.max(base, dueBack) : spaced;
}

/** The day a customer last bought on `bought` is due back by her own rhythm of `gap` days. */
const dueBackOf = (bought: number, gap: number): number => Math.floor(bought) + Math.ceil(gap);

/**
 * Whether customer c, last bought on `bought`, is a repeat buyer at low churn risk not yet past her
 * own rhythm (Rhythm.ownGapDays) on the analysis date: she comes in anyway, so her regular contact
 * waits until the day after she is due back (rhythmDue; tester68 U407: a 母婴店's regulars, buying
 * every ~18 days at 2 % risk, were called every 14 days). With followUp.cadenceRhythmShare 0, never:
 * the tier's days alone. A finished course keeps its care call.
 *
 * @example inOwnRhythm(ctx, c, epochDay(2026, 10, 23)) // true as of 10-31: low, buys every 19 days
 */
function inOwnRhythm(ctx: PlanContext, c: number, bought: number): boolean {
  if (!(ctx.rules.cadenceRhythmShare > 0) || !spacedByRhythm(ctx.analysis.churnLevel[c]))
    return false;
  const rhythm = ctx.rhythm;
  const gap = rhythm?.ownGapDays?.[c] ?? NaN;
  if (!(gap > 0 && gap < Infinity) || rhythm?.finishedCourse?.[c] === 1) return false;
  const first = ctx.firstPurchase ? ctx.firstPurchase[c] : NaN;
  return Math.floor(first) < Math.floor(bought) && ctx.start <= dueBackOf(bought, gap);
}

/**
 * Whether customer c, last bought on `bought`, gets one regular contact in the plan at most: inside
 * her own rhythm at low risk (inOwnRhythm), a rhythm within the plan's days (followUp.horizonDays),
 * so she comes in within it anyway; the next run plans her again from what she did (tester68 U407:
 * the 母婴店's M10001, buying every 19 days at 2 %, called on 11-11 and 11-25; now once). A longer
 * rhythm keeps the tier's days after the day she is due back (reviewer63 R1: 孙丽, 4S, every ~185).
 *
 * @example oncePerPlan(ctx, c, epochDay(2026, 10, 23)) // true as of 10-31: low, buys every 19 days
 */
export function oncePerPlan(ctx: PlanContext, c: number, bought: number): boolean {
  return inOwnRhythm(ctx, c, bought) && ctx.rhythm!.ownGapDays![c] <= ctx.rules.horizonDays;
}

/** The low churn risk level's code: the only one whose regular contact the rhythm spaces. */
const LOW_RISK = (RISK_LEVELS as readonly string[]).indexOf("low");

/**
 * Whether a customer at churn risk level `level` (CustomerAnalysis.churnLevel) has her regular
 * contact spaced by her own rhythm (rhythmDue): at low risk only. At medium or high risk the tier's
 * days (DOMAIN §5): the zh sample's 1000694, 高价值, high 80 % and 385 days uncontacted, was left
 * until May (reviewer63 R1: 48 zh / 31 en such customers lost their call).
 */
function spacedByRhythm(level: number): boolean {
  return level === LOW_RISK;
}

/**
 * The days a customer's own rhythm puts between her regular contacts at the least: `share` of her
 * own purchase interval `gap`, rounded up; 0 without a rhythm or with share 0.
 *
 * @example spacedDays(0.5, 185) // 93
 */
function spacedDays(share: number, gap: number): number {
  return share > 0 && gap > 0 && Number.isFinite(gap) ? Math.ceil(share * gap) : 0;
}

/**
 * The days a customer's own rhythm puts between her regular contacts where they are longer than
 * `interval` (her tier's), else 0: at churn risk level `level` low only (spacedByRhythm), `share`
 * of her own purchase interval `gap`. The one rule of rhythmDue and rhythmIntervals.
 *
 * @example rhythmSpacing(0.5, LOW_RISK, 185, 14) // 93
 */
function rhythmSpacing(share: number, level: number, gap: number, interval: number): number {
  if (!spacedByRhythm(level)) return 0;
  const days = spacedDays(share, gap);
  return days > interval ? days : 0;
}

/**
 * Per customer, the days between her regular contacts where her own rhythm makes them longer than
 * her tier's (rhythmSpacing, as rhythmDue spaces them), else 0; undefined when it makes none longer. The At-risk tab's row with no
 * contact due says it ("高价值客户按自身购买节奏约每 93 天定期回访", not "每 14 天").
 */
export function rhythmIntervals(
  rules: PlanContext["rules"],
  analysis: Pick<PlanContext["analysis"], "valueTier" | "churnLevel">,
  ownGapDays: Float64Array | undefined,
): Uint16Array | undefined {
  const share = rules.cadenceRhythmShare;
  if (ownGapDays === undefined || !(share > 0)) return undefined;
  const { valueTier, churnLevel } = analysis;
  const out = new Uint16Array(ownGapDays.length);
  let any = false;
  for (let c = 0; c < out.length; c++) {
    const tierDays = rules.cadenceDays[TIERS[tierOf(valueTier[c])]];
    const days = rhythmSpacing(share, churnLevel[c], ownGapDays[c], tierDays);
    if (days > 0) {
      out[c] = Math.min(days, 65535);
      any = true;
    }
  }
  return any ? out : undefined;
}

/**
 * The days between a customer's regular contacts: its tier's (cadenceDays), or, when its status
 * says paused (hold.ts), the longest tier's: the contact only asks when it resumes (contacts56: a
 * high-tier bar closed for renovation was asked every 14 days).
 *
 * @example regularInterval([14, 30, 90], 0, true) // 90
 */
export function regularInterval(days: ArrayLike<number>, tier: number, paused: boolean): number {
  if (!paused) return days[tier];
  let most = days[tier];
  for (let t = 0; t < days.length; t++) if (days[t] > most) most = days[t];
  return most;
}

/**
 * The contact agreed with customer c on contacts row `row` for day `until` (hold.ts): planned on
 * that day (its last working day on or before it), its reason the agreement and its note
 * (followUpTab); past the horizon, listed as next_contact_agreed with that due day. Its next
 * regular contact counts from it (schedule.ts onPlaced).
 */
function agreedContact(
  ctx: PlanContext,
  out: CandidateBatch,
  c: number,
  tier: number,
  until: number,
  row: number,
): void {
  // From the contact that set it; a Customers note's time (row -1) from the day it was read on.
  const from = row >= 0 ? ctx.dataset.contacts!.day[row] : ctx.start;
  // A time the customer named in a note (明年三月再联系, after the holidays) is "not before": its
  // first working day on or after it, and so is a pause's end (a bereavement, a baby: tester65
  // U203, a pause to Sunday 12-20 was called on Friday 12-18, inside it); a 下次跟进 date on a
  // holiday, the working day before.
  const named = putOffByNote(ctx.holds, c) || pausedForEvent(ctx.holds, c);
  const first = named ? ctx.after(until) : Math.max(0, ctx.before(until));
  if (until >= ctx.end || first >= ctx.workDays.length) {
    ctx.unschedule(c, CADENCE, until, from, WHY("next_contact_agreed"));
    return;
  }
  const due = named ? ctx.workDays[first] : until;
  if (!admit(ctx, c, CADENCE, due, from)) return;
  addCadence(ctx, out, c, tier, due, from, first, false, {
    channel: agreedChannel(ctx, c, tier, row),
  });
}

/**
 * The contact of customer c on the day `resumes` her subscription's paused payments resume
 * (Stripe's Pause Collection; hold.ts Holds.resumes): none before it, none past the horizon (its
 * at-risk row says the pause). Its next regular contact counts from it.
 */
function resumeContact(
  ctx: PlanContext,
  out: CandidateBatch,
  c: number,
  tier: number,
  resumes: number,
): void {
  // Not before they resume: its first working day on or after it (tester65 U203).
  const first = ctx.after(resumes);
  if (resumes >= ctx.end || first >= ctx.workDays.length) return;
  const due = ctx.workDays[first];
  if (!admit(ctx, c, CADENCE, due, ctx.start)) return;
  addCadence(ctx, out, c, tier, due, ctx.start, first, false);
}

/**
 * The channel of the contact agreed with customer c on contacts row `row`: that contact's own when
 * it was a call, an e-mail or a message (the way the two of them talk); after a meeting, or a
 * contact of no known channel, the regular contact's when that is a call or a visit, else a call.
 * An agreed contact is a conversation the customer expects, not the low tier's e-mail: a prospect
 * who met the designer at the shop over an ¥185,000 quote and agreed to talk again on 12-10 got an
 * e-mail, sent as a message for want of an address (tester61 U130: `instead: no_email`).
 */
function agreedChannel(ctx: PlanContext, c: number, tier: number, row: number): number {
  const said = row >= 0 ? ctx.dataset.contacts!.channel[row] : NaN;
  if (said === PHONE || said === EMAIL || said === ONLINE) return said;
  const regular = cadenceChannel(ctx, c, tier);
  return regular === VISIT ? VISIT : PHONE;
}

/**
 * The rule for key accounts' overdue regular contacts (keyAccountOverdueDays; null: off): from how
 * many days overdue on the first working day, and their band (priorities.key_account_overdue).
 */
function keyAccountOverdue(
  ctx: PlanContext,
  firstDay: number,
): { days: number; band: number } | null {
  const days = ctx.rules.keyAccountOverdueDays;
  if (days === null || !Number.isFinite(firstDay)) return null;
  return { days, band: bandOf(ctx.rules, "key_account_overdue", KEY_TIER) };
}

/**
 * A key account's regular contact overdue by keyAccountOverdueDays or more (stop 25): placed as soon
 * as possible, on time within the retention window (winBackWithinWorkingDays), ranked with the
 * retention calls by the same value at stake, churn probability × 12-month spend (valueAtStake.ts:
 * what is expected to be lost if nobody calls), so zh 1001322 (43,921/yr at 9 %: 4,040, 51 days
 * overdue) goes before a one-time buyer's 1,661 (85 % × 1,954) and after a 20,000 account at 80 %
 * (16,000). Ranked by its full 12-month spend instead, at 100k customers and 8 owners the overdue
 * key accounts took the retention calls' slots (1,407 → 408 retention calls; stop 25). On equal
 * value it comes after the customer's own retention call (schedule.ts placementOrder), which then
 * absorbs it (placement.ts ABSORBED: one call, its words). Its next regular contact counts from
 * its day, in the tier's own band.
 */
function addKeyAccountOverdue(
  ctx: PlanContext,
  out: CandidateBatch,
  c: number,
  tier: number,
  due: number,
  from: number,
): void {
  const window = ctx.calendar.addWorkingDays(ctx.start, ctx.rules.winBackWithinWorkingDays - 1);
  out.add(
    c,
    1 << KEY_OVERDUE,
    KEY_OVERDUE,
    0,
    Math.max(0, ctx.before(window)),
    due,
    from,
    valueAtStake(ctx.analysis, c, true),
    cadenceChannel(ctx, c, tier),
    true,
    true,
  );
}

const VISIT = CONTACT_CHANNELS.indexOf("visit");
const PHONE = CONTACT_CHANNELS.indexOf("phone");
const EMAIL = CONTACT_CHANNELS.indexOf("email");
const ONLINE = CONTACT_CHANNELS.indexOf("online");

/**
 * The channel of customer c's regular contact: its tier's (cadenceChannels), a visit a phone call
 * where a visit does not fit the customer (rule visitBusinessesOnly; visits.ts).
 */
function cadenceChannel(ctx: PlanContext, c: number, tier: number): number {
  const ch = ctx.cadenceChannels[tier];
  return ch === VISIT && ctx.visitsFit !== undefined && ctx.visitsFit[c] === 0 ? PHONE : ch;
}

/**
 * Adds a regular contact due on `due`, counted from `from`, not before working-day index `earliest`;
 * `open` for a prospect (see cadenceCandidates).
 */
export function addCadence(
  ctx: PlanContext,
  out: CandidateBatch,
  c: number,
  tier: number,
  due: number,
  from: number,
  earliest: number,
  open: boolean,
  /** Another channel than the regular contact's (an agreed contact's: agreedChannel). */
  options: { channel?: number } = {},
): void {
  out.add(
    c,
    1 << CADENCE,
    CADENCE,
    earliest,
    // Due in a holiday: the last working day before it; already due: the first working day.
    Math.max(0, ctx.before(due)),
    due,
    from,
    valueAtStake(ctx.analysis, c, false),
    options.channel ?? cadenceChannel(ctx, c, tier),
    true,
    false,
    open,
  );
}
