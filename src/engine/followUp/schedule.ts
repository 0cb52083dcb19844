import { LIFECYCLE_STAGES, RISK_LEVELS, type CustomerAnalysis } from "../analysis";
import { workCalendar, type WorkCalendar } from "../calendar/workCalendar";
import { GrowableColumn } from "../columns";
import { CONTACT_CHANNELS, type Dataset } from "../model";
import { parseIsoDate } from "../parse/date";
import { FOLLOW_UP_REASONS, type FollowUpReason, type FollowUpRules } from "../rules/service";
import type { ContactChannel } from "../schema";
import { nextBirthday } from "./birthday";
import { contactHistory } from "./history";
import { FOLLOW_UP_PRIORITIES, UNSCHEDULED_REASONS } from "./labels";
import { assignOwners } from "./owners";
import { OwnerDaySlots } from "./slots";

/**
 * The follow-up schedule (回访计划; DOMAIN §5, issue 4). How it is planned:
 *
 * 1. Due contacts per customer, each with a window [earliest, latest] of days:
 *    - win_back: high churn risk → from the analysis date to the n-th working day (n = 2), which
 *      is also its due day (a win-back is on time anywhere in that window);
 *    - complaint_follow_up: the next working day after the latest resolution, when no contact has
 *      happened since and the resolution is at most `complaintFollowUpLookbackDays` old;
 *    - onboarding: lifecycle stage "new" and no contact since the first purchase → due within
 *      `onboardingWithinDays` of the first purchase;
 *    - cadence: every `cadenceDays[tier]` days from the last contact, else the last purchase, else
 *      the customer's created date (never touched → due now); a planned win-back, complaint
 *      follow-up or onboarding contact restarts the count, so a customer is not called twice;
 *      within the horizon the next one is counted from the day the previous one was planned;
 *    - birthday_care / holiday_care: on the birthday (or the last working day before a festival),
 *      moved up to `careWindowDays` earlier when that day is full; never after the occasion.
 *    A customer already churned (stage churned, high risk) is listed as already_churned when
 *    `winBackChurnedCustomers` is false, and then gets no regular contact either.
 *    Marketing reasons (`marketingReasons`) are only planned for customers who consented
 *    (marketingConsent = 1); the others are listed as unscheduled with no_marketing_consent.
 * 2. Contacts are placed in priority order (high → low; within a priority, overdue first, then the
 *    earliest deadline, then the earliest due day) on the first working day of their window with
 *    room in the owner's daily capacity: overflow moves to the next working day. What has no room
 *    before its deadline or the end of the horizon is listed as unscheduled with the reason.
 * 3. overdueDays = days between the due day and the planned day (0 when on time).
 *
 * With no owner on the Customers sheet at all, contacts are planned on their first working day
 * without a capacity limit (capacity is per person, and there is nobody to count).
 */
export interface FollowUpInput {
  dataset: Dataset;
  analysis: Pick<CustomerAnalysis, "valueTier" | "churnLevel" | "lifecycleStage">;
  /** Last purchase per customer (epoch day, NaN none): see aggregate/customerSummary.ts. */
  lastPurchase: Float64Array;
  /** First purchase per customer, for onboarding; the created date is used when absent. */
  firstPurchase?: Float64Array;
  rules: FollowUpRules;
  /** The analysis date: the schedule starts on this day. */
  asOf: number;
}

/** What planned and unscheduled contacts both record, column-wise. */
export interface ContactList {
  count: number;
  customer: Int32Array;
  /** Index into FollowUpSchedule.owners; -1 when the sheet names no owner at all. */
  owner: Int32Array;
  /** Index into FOLLOW_UP_REASONS. */
  reason: Uint8Array;
  /** Index into CONTACT_CHANNELS. */
  channel: Uint8Array;
  /** Index into FOLLOW_UP_PRIORITIES (0 high). */
  priority: Uint8Array;
  /** The day the contact fell due. */
  due: Float64Array;
  /** The day it was counted from: last contact or purchase, resolution, first purchase, occasion. */
  plannedFrom: Float64Array;
}

/** Planned contacts, column-wise, sorted by day, then owner, then priority. */
export interface FollowUpList extends ContactList {
  day: Float64Array;
  /** Calendar days between due and planned (0 when on time). */
  overdueDays: Int32Array;
}

/** Due contacts that are not on the schedule, column-wise, sorted by priority. */
export interface UnscheduledList extends ContactList {
  /** Index into UNSCHEDULED_REASONS. */
  why: Uint8Array;
}

/** The shared columns of `m` contacts, zeroed. */
function contactColumns(m: number): ContactList {
  return {
    count: m,
    customer: new Int32Array(m),
    owner: new Int32Array(m),
    reason: new Uint8Array(m),
    channel: new Uint8Array(m),
    priority: new Uint8Array(m),
    due: new Float64Array(m),
    plannedFrom: new Float64Array(m),
  };
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
}

const WIN_BACK = FOLLOW_UP_REASONS.indexOf("win_back");
const COMPLAINT = FOLLOW_UP_REASONS.indexOf("complaint_follow_up");
const ONBOARDING = FOLLOW_UP_REASONS.indexOf("onboarding");
const CADENCE = FOLLOW_UP_REASONS.indexOf("cadence");
const BIRTHDAY = FOLLOW_UP_REASONS.indexOf("birthday_care");
const HOLIDAY = FOLLOW_UP_REASONS.indexOf("holiday_care");
const TIERS = ["high", "medium", "low"] as const;
const NEW_STAGE = LIFECYCLE_STAGES.indexOf("new");
const CHURNED_STAGE = LIFECYCLE_STAGES.indexOf("churned");
const HIGH_RISK = RISK_LEVELS.indexOf("high");
// Customers in the churned stage have the level "churned" (not "at risk"): win-back as high risk did.
const CHURNED_LEVEL = RISK_LEVELS.indexOf("churned");
const winBackLevel = (level: number) => level === HIGH_RISK || level === CHURNED_LEVEL;
const WHY = (code: (typeof UNSCHEDULED_REASONS)[number]): number =>
  UNSCHEDULED_REASONS.indexOf(code);

/** Due contacts waiting to be placed, column-wise. */
class Candidates {
  customer = new GrowableColumn(Int32Array);
  reason = new GrowableColumn(Uint8Array);
  earliest = new GrowableColumn(Float64Array);
  latest = new GrowableColumn(Float64Array);
  due = new GrowableColumn(Float64Array);
  plannedFrom = new GrowableColumn(Float64Array);
  /** 1: place as late as possible in the window (care contacts sit on the occasion). */
  late = new GrowableColumn(Uint8Array);
  get length(): number {
    return this.customer.length;
  }
  /** The columns so far as exactly sized typed arrays. */
  snapshot() {
    return {
      customer: this.customer.toArray(),
      reason: this.reason.toArray(),
      earliest: this.earliest.toArray(),
      latest: this.latest.toArray(),
      due: this.due.toArray(),
      plannedFrom: this.plannedFrom.toArray(),
      late: this.late.toArray(),
    };
  }
  push(
    c: number,
    r: number,
    earliest: number,
    latest: number,
    due: number,
    from: number,
    late: number,
  ): void {
    this.customer.push(c);
    this.reason.push(r);
    this.earliest.push(earliest);
    this.latest.push(latest);
    this.due.push(due);
    this.plannedFrom.push(from);
    this.late.push(late);
  }
}

/**
 * Plans who contacts whom, when, why and how over the horizon.
 *
 * @example
 * const s = scheduleFollowUps({ dataset, analysis, lastPurchase: summary.lastPurchase, rules, asOf: dataset.asOf });
 * s.followUps.count; s.unscheduled.count; s.nextFollowUp[0];
 */
export function scheduleFollowUps(input: FollowUpInput): FollowUpSchedule {
  const { dataset, analysis, lastPurchase, rules } = input;
  const cust = dataset.customers;
  const n = cust.count;
  const start = Math.floor(input.asOf);
  const end = start + rules.horizonDays;
  const lookback = rules.complaintFollowUpLookbackDays;
  const calendar = workCalendar(rules, start - lookback - 16, end + 60);

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
  const after = (d: number): number =>
    d <= start ? idxAfter[0] : d >= end ? W : idxAfter[Math.ceil(d) - start];
  const before = (d: number): number =>
    d < start ? -1 : d >= end ? W - 1 : idxBefore[Math.floor(d) - start];

  const { owners, ownerOf, rotated, hasOwners } = assignOwners(cust.owner, rules.absentOwners);
  const history = contactHistory(dataset, input.asOf);
  const marketing = new Uint8Array(FOLLOW_UP_REASONS.length);
  for (const r of rules.marketingReasons) marketing[FOLLOW_UP_REASONS.indexOf(r)] = 1;
  const careTiers = new Uint8Array(3);
  for (const t of rules.holidayCareTiers) careTiers[TIERS.indexOf(t)] = 1;
  const festivals = rules.holidayCare
    ? rules.festivals.map((f) => parseIsoDate(f.date)).filter((f) => f - 1 >= start && f - 1 < end)
    : [];
  const winBackLatest = calendar.addWorkingDays(start, rules.winBackWithinWorkingDays - 1);
  const cadenceOf = TIERS.map((t) => rules.cadenceDays[t]);
  // Priority rank and channel per reason × tier, looked up in the hot loops.
  const prioTable = new Uint8Array(FOLLOW_UP_REASONS.length * 3);
  const chanTable = new Uint8Array(FOLLOW_UP_REASONS.length * 3);
  for (let r = 0; r < FOLLOW_UP_REASONS.length; r++) {
    for (let t = 0; t < 3; t++) {
      prioTable[r * 3 + t] = priorityOf(rules, r, t);
      chanTable[r * 3 + t] = channelOf(rules, r, t);
    }
  }
  const tierOfCustomer = (c: number): number => tierOf(analysis.valueTier[c]);
  const prio = (r: number, c: number): number => prioTable[r * 3 + tierOfCustomer(c)];
  const chan = (r: number, c: number): number => chanTable[r * 3 + tierOfCustomer(c)];

  const candidates = new Candidates();
  const unscheduled = new UnscheduledBuilder();
  const noConsent = WHY("no_marketing_consent");
  const noOwner = WHY("no_owner_available");
  const alreadyChurned = WHY("already_churned");
  // Marketing without consent and customers without an available owner go straight to the list.
  const admit = (c: number, r: number, due: number, from: number): boolean => {
    if (marketing[r] === 1 && cust.marketingConsent[c] !== 1)
      unscheduled.push(c, r, due, from, noConsent);
    else if (hasOwners && ownerOf[c] < 0) unscheduled.push(c, r, due, from, noOwner);
    else return true;
    return false;
  };
  const firstPurchase = input.firstPurchase;

  for (let c = 0; c < n; c++) {
    const tierCode = analysis.valueTier[c];
    const tier = tierCode >= 0 && tierCode < 3 ? tierCode : 2;
    const lastContact = history.lastContact[c];
    let last = Number.isFinite(lastContact) ? lastContact : lastPurchase[c];
    if (!Number.isFinite(last)) last = cust.created[c];
    if (!(last <= start)) last = Number.isFinite(last) ? start : NaN;
    let serviceFrom = Infinity;

    // Due by the deadline: a win-back on any day up to it is on time.
    const listedChurned =
      winBackLevel(analysis.churnLevel[c]) &&
      analysis.lifecycleStage[c] === CHURNED_STAGE &&
      !rules.winBackChurnedCustomers;
    if (listedChurned) {
      unscheduled.push(c, WIN_BACK, winBackLatest, last, alreadyChurned);
    } else if (winBackLevel(analysis.churnLevel[c]) && admit(c, WIN_BACK, winBackLatest, last)) {
      candidates.push(c, WIN_BACK, start, winBackLatest, winBackLatest, last, 0);
      serviceFrom = start;
    }
    const resolved = history.lastResolved[c];
    if (
      rules.complaintFollowUpNextWorkingDay &&
      resolved >= start - lookback &&
      !(lastContact > Math.floor(resolved))
    ) {
      const due = calendar.nextWorkingDay(resolved);
      if (admit(c, COMPLAINT, due, resolved)) {
        candidates.push(c, COMPLAINT, Math.max(start, due), end - 1, due, resolved, 0);
        serviceFrom = Math.min(serviceFrom, Math.max(start, due));
      }
    }
    if (analysis.lifecycleStage[c] === NEW_STAGE) {
      let first = firstPurchase ? firstPurchase[c] : NaN;
      if (!Number.isFinite(first)) first = cust.created[c];
      if (Number.isFinite(first) && first < end && !(lastContact >= Math.floor(first))) {
        const from = Math.floor(first);
        const due = from + rules.onboardingWithinDays;
        if (admit(c, ONBOARDING, due, first)) {
          candidates.push(c, ONBOARDING, Math.max(start, from), end - 1, due, first, 0);
          serviceFrom = Math.min(serviceFrom, Math.max(start, from));
        }
      }
    }
    // A customer listed as already churned gets no regular contact either (it would be overdue by
    // years and take an owner's day first): the listing stands for it.
    if (!listedChurned) {
      const cadence = cadenceOf[tier];
      let due = Number.isFinite(last) ? Math.floor(last) + cadence : start;
      let from = last;
      if (serviceFrom !== Infinity && serviceFrom + cadence > due) {
        due = serviceFrom + cadence;
        from = serviceFrom;
      }
      if (due < end && admit(c, CADENCE, due, from)) {
        candidates.push(c, CADENCE, Math.max(start, due), end - 1, due, from, 0);
      }
    }
    if (rules.birthdayCare) {
      const b = nextBirthday(cust.birthday[c], start);
      if (b < end && admit(c, BIRTHDAY, b, b)) {
        candidates.push(c, BIRTHDAY, Math.max(start, b - rules.careWindowDays), b, b, b, 1);
      }
    }
    if (careTiers[tier] === 1) {
      for (const f of festivals) {
        if (admit(c, HOLIDAY, f - 1, f)) {
          candidates.push(
            c,
            HOLIDAY,
            Math.max(start, f - 1 - rules.careWindowDays),
            f - 1,
            f - 1,
            f,
            1,
          );
        }
      }
    }
  }

  // Place in batches: the first holds every due contact; each later one the next regular contact
  // of customers whose previous one was placed (counted from its planned day).
  const slots = new OwnerDaySlots(
    hasOwners ? owners.length : 1,
    W,
    hasOwners ? rules.dailyCapacity : Infinity,
  );
  const placedCandidate = new GrowableColumn(Int32Array);
  const placedDay = new GrowableColumn(Int32Array);
  let batchStart = 0;
  while (batchStart < candidates.length) {
    const batchEnd = candidates.length;
    // This batch's columns as plain typed arrays (the growable ones keep taking the next batch).
    const b = candidates.snapshot();
    const order = priorityOrder(b, batchStart, batchEnd, start, (k) =>
      prio(b.reason[k], b.customer[k]),
    );
    for (let q = 0; q < order.length; q++) {
      const k = order[q];
      const c = b.customer[k];
      const o = hasOwners ? ownerOf[c] : 0;
      const latest = b.latest[k];
      const ei = after(b.earliest[k]);
      const li = before(latest);
      let j = -1;
      if (ei <= li) {
        if (b.late[k] === 1) {
          j = slots.lastFree(o, li);
          if (j < ei) j = -1;
        } else {
          j = slots.firstFree(o, ei);
          if (j > li) j = -1;
        }
      }
      if (j < 0) {
        const why = latest < end - 1 ? "no_free_day_before_deadline" : "no_free_day_in_horizon";
        unscheduled.push(c, b.reason[k], b.due[k], b.plannedFrom[k], WHY(why));
        continue;
      }
      slots.take(o, j);
      placedCandidate.push(k);
      placedDay.push(j);
      const r = b.reason[k];
      if (r === CADENCE) {
        const next = workDays[j] + cadenceOf[tierOfCustomer(c)];
        if (next < end) candidates.push(c, CADENCE, next, end - 1, next, workDays[j], 0);
      }
    }
    batchStart = batchEnd;
  }

  const followUps = buildFollowUps(
    {
      customer: candidates.customer.toArray(),
      reason: candidates.reason.toArray(),
      due: candidates.due.toArray(),
      plannedFrom: candidates.plannedFrom.toArray(),
    },
    placedCandidate.toArray(),
    placedDay.toArray(),
    workDays,
    hasOwners ? ownerOf : null,
    hasOwners ? owners.length : 1,
    chan,
    prio,
  );
  const nextFollowUp = new Float64Array(n).fill(NaN);
  for (let i = followUps.count - 1; i >= 0; i--)
    nextFollowUp[followUps.customer[i]] = followUps.day[i];

  return {
    start,
    end,
    owners,
    rotated,
    followUps,
    unscheduled: unscheduled.build((c) => (hasOwners ? ownerOf[c] : -1), chan, prio),
    nextFollowUp,
    calendar,
  };
}

function tierOf(code: number): number {
  return code >= 0 && code < 3 ? code : 2;
}

/** Priority rank (0 high) of a reason for a customer of a tier. */
function priorityOf(rules: FollowUpRules, reason: number, tier: number): number {
  const r = FOLLOW_UP_REASONS[reason] as FollowUpReason;
  const p = r === "cadence" ? rules.cadencePriorities[TIERS[tier]] : rules.priorities[r];
  return FOLLOW_UP_PRIORITIES.indexOf(p);
}

/** Channel index of a reason for a customer of a tier. */
function channelOf(rules: FollowUpRules, reason: number, tier: number): number {
  const r = FOLLOW_UP_REASONS[reason] as FollowUpReason;
  const ch: ContactChannel =
    r === "cadence" ? rules.cadenceChannels[TIERS[tier]] : rules.channels[r];
  return CONTACT_CHANNELS.indexOf(ch);
}

const KEY_IDX = 2 ** 24;

/**
 * Candidates start…end in placement order: priority, overdue first, earliest deadline, earliest due.
 * The sort key packs the four into one float with the index, so a native numeric sort does it.
 */
function priorityOrder(
  cand: { due: Float64Array; latest: Float64Array },
  from: number,
  to: number,
  start: number,
  priority: (k: number) => number,
): Int32Array {
  const m = to - from;
  const rank = (k: number): number => {
    const due = Math.floor(cand.due[k]);
    const overdue = due < start ? 0 : 1;
    const latest = Math.min(511, Math.max(0, Math.floor(cand.latest[k]) - start));
    const dueOff = Math.min(16383, Math.max(0, due - start + 8192));
    return ((priority(k) * 2 + overdue) * 512 + latest) * 16384 + dueOff;
  };
  const order = new Int32Array(m);
  if (m < KEY_IDX) {
    const keys = new Float64Array(m);
    for (let i = 0; i < m; i++) keys[i] = rank(from + i) * KEY_IDX + i;
    keys.sort();
    for (let i = 0; i < m; i++) order[i] = from + (keys[i] % KEY_IDX);
  } else {
    const ranks = new Float64Array(m);
    for (let i = 0; i < m; i++) {
      ranks[i] = rank(from + i);
      order[i] = i;
    }
    order.sort((a, b) => ranks[a] - ranks[b] || a - b);
    for (let i = 0; i < m; i++) order[i] += from;
  }
  return order;
}

/** The placed contacts, sorted by day then owner (stable counting sorts keep placement order). */
function buildFollowUps(
  cand: { customer: Int32Array; reason: Uint8Array; due: Float64Array; plannedFrom: Float64Array },
  placed: Int32Array,
  placedDay: Int32Array,
  workDays: number[],
  ownerOf: Int32Array | null,
  ownerCount: number,
  channel: (r: number, c: number) => number,
  priority: (r: number, c: number) => number,
): FollowUpList {
  const m = placed.length;
  const placedOwner = new Int32Array(m);
  if (ownerOf) for (let i = 0; i < m; i++) placedOwner[i] = ownerOf[cand.customer[placed[i]]];
  const byOwner = countingOrder(m, ownerCount, placedOwner, null);
  const order = countingOrder(m, workDays.length, placedDay, byOwner);
  const out: FollowUpList = {
    ...contactColumns(m),
    day: new Float64Array(m),
    overdueDays: new Int32Array(m),
  };
  for (let q = 0; q < m; q++) {
    const i = order[q];
    const k = placed[i];
    const c = cand.customer[k];
    const r = cand.reason[k];
    const day = workDays[placedDay[i]];
    const due = cand.due[k];
    out.day[q] = day;
    out.customer[q] = c;
    out.owner[q] = ownerOf ? placedOwner[i] : -1;
    out.reason[q] = r;
    out.channel[q] = channel(r, c);
    out.priority[q] = priority(r, c);
    out.due[q] = due;
    out.plannedFrom[q] = cand.plannedFrom[k];
    out.overdueDays[q] = Math.max(0, day - Math.floor(due));
  }
  return out;
}

/** A stable counting sort of 0…m-1 (or of `input`) by an integer key (0…buckets-1) per row. */
function countingOrder(
  m: number,
  buckets: number,
  key: Int32Array | Uint8Array,
  input: Int32Array | null,
): Int32Array {
  const counts = new Int32Array(buckets + 1);
  for (let i = 0; i < m; i++) counts[key[i] + 1]++;
  for (let b = 1; b <= buckets; b++) counts[b] += counts[b - 1];
  const out = new Int32Array(m);
  for (let q = 0; q < m; q++) {
    const i = input ? input[q] : q;
    out[counts[key[i]]++] = i;
  }
  return out;
}
/** Unscheduled contacts as they are found; sorted by priority when built. */
class UnscheduledBuilder {
  private customer = new GrowableColumn(Int32Array);
  private reason = new GrowableColumn(Uint8Array);
  private due = new GrowableColumn(Float64Array);
  private plannedFrom = new GrowableColumn(Float64Array);
  private why = new GrowableColumn(Uint8Array);

  push(c: number, r: number, due: number, from: number, why: number): void {
    this.customer.push(c);
    this.reason.push(r);
    this.due.push(due);
    this.plannedFrom.push(from);
    this.why.push(why);
  }

  build(
    ownerOf: (c: number) => number,
    channel: (r: number, c: number) => number,
    priority: (r: number, c: number) => number,
  ): UnscheduledList {
    const m = this.customer.length;
    const customer = this.customer.toArray();
    const reason = this.reason.toArray();
    const prio = new Uint8Array(m);
    for (let i = 0; i < m; i++) prio[i] = priority(reason[i], customer[i]);
    const order = countingOrder(m, FOLLOW_UP_PRIORITIES.length, prio, null);
    const due = this.due.toArray();
    const from = this.plannedFrom.toArray();
    const why = this.why.toArray();
    const out: UnscheduledList = { ...contactColumns(m), why: new Uint8Array(m) };
    for (let q = 0; q < m; q++) {
      const i = order[q];
      const c = customer[i];
      out.customer[q] = c;
      out.owner[q] = ownerOf(c);
      out.reason[q] = reason[i];
      out.channel[q] = channel(reason[i], c);
      out.priority[q] = prio[i];
      out.due[q] = due[i];
      out.plannedFrom[q] = from[i];
      out.why[q] = why[i];
    }
    return out;
  }
}
