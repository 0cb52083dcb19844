import { bookedDay, isHeld } from "./hold";
import { LIFECYCLE_STAGES, RISK_LEVELS } from "../analysis";
import { DIMENSIONS } from "../changes/snapshot";
import { FOLLOW_UP_REASONS } from "../rules/service";
import {
  admit,
  bandOf,
  callTiersOf,
  channelOf,
  listedAsChurned,
  onCampaignList,
  tierOf,
  type PlanContext,
} from "./candidates";
import type { CandidateBatch } from "./placement";
import { lateAgainstRhythm } from "./retention";
import { customerValue, type ValueInputs } from "./valueAtStake";

/** The reason code of a contact for a customer who moved the wrong way (issue 12, item 3). */
export const MOVED_WRONG_WAY = FOLLOW_UP_REASONS.indexOf("moved_wrong_way");

/**
 * What the schedule reads of the comparison with the previous run (engine/changes/compare.ts),
 * per customer of this run. Absent on a first run: no movement contacts.
 */
export interface Movements {
  /** Bit d set when dimension d (changes/snapshot.ts DIMENSIONS) moved the wrong way; 0: none. */
  worse: Uint8Array;
  /** The previous run's 12-month net spend; NaN for a customer new since then. */
  spendBefore: Float64Array;
  /** The previous run's analysis date (epoch day; NaN unknown): the contact is "planned from" it. */
  previousAsOf: number;
  /**
   * The net amount of the purchases that left the 12-month window since the previous run, of a
   * customer who bought nothing since (changes/compare.ts WindowLeft); 0 or absent for the others.
   */
  leftWindow?: Float64Array;
  /**
   * 1 for a customer who moved the wrong way by time alone (changes/compare.ts TIME_SILENT: nothing
   * bought, returned or told since, no contact, spend unchanged): no call of its own (tester62
   * U147: a ¥380 low-risk owner drifting 即将沉睡 → 休眠 got a "high" call with nothing new to say).
   * Whether it is late is the retention call's to decide, as for anyone. Absent: none.
   */
  silent?: Uint8Array;
}

/**
 * Value at risk of a movement contact: the larger of the 12-month spend before and now. A customer
 * who dropped from 9,000 to 800 puts the 9,000 at risk, not the 800; one whose risk rose while the
 * spend grew puts today's spend at risk. Ranked within its band with every other contact (schedule.ts).
 *
 * @example movementValue({ monetary: Float64Array.of(800) }, Float64Array.of(9000), 0) // 9000
 */
export function movementValue(analysis: ValueInputs, spendBefore: Float64Array, c: number): number {
  const before = spendBefore[c];
  return Math.max(customerValue(analysis, c), before > 0 ? before : 0);
}

/** The worse mask of a customer whose only move the wrong way is the lifecycle stage's. */
const STAGE_ONLY = 1 << DIMENSIONS.indexOf("lifecycleStage");
const DECLINE = LIFECYCLE_STAGES.indexOf("decline");

/**
 * A move into decline alone (no other dimension the wrong way) of a customer in decline only for
 * "two purchase days, the first lifecycle.matureAfterDays ago or more" (lifecycle/stage.ts
 * oneIntervalAged) who is not late against their rhythm (retention.ts lateAgainstRhythm): no
 * call. Between the runs nothing happened but the first purchase turning a year old; they bought
 * within their rhythm, and the retention call waits for them to be late as for anyone. The stage
 * move still shows in the Changes tab; their regular contact stays. (judge16, stop 40: on eight
 * monthly refreshes of the samples, 2025-08-31 to 12-31, the 22 customers who moved so were all
 * late already, so no call changed there; this keeps the stage from calling one who is not.)
 */
function agedIntoDeclineOnTime(ctx: PlanContext, c: number, worse: number): boolean {
  const rhythm = ctx.rhythm;
  if (worse !== STAGE_ONLY || !rhythm || rhythm.oneIntervalAged?.[c] !== 1) return false;
  if (ctx.analysis.lifecycleStage[c] !== DECLINE) return false;
  return !lateAgainstRhythm(rhythm, c, ctx.start - Math.floor(ctx.lastPurchase[c]));
}

const HIGH_RISK = RISK_LEVELS.indexOf("high");
const cents = (x: number): number => Math.round(x * 100);

/**
 * A move the wrong way made by the calendar alone, while the customer keeps its own rhythm: no
 * purchase since the previous run (nothing but the days since the last one grew), not late
 * against its rhythm now (retention.ts lateAgainstRhythm, the retention call's test, the gap
 * rounded up to a whole day), its churn risk not high and its 12-month spend not below the
 * previous run's less what left the window meanwhile (Movements.leftWindow: tester53 N32, a weekly
 * buyer on the value threshold flipped 重要价值 → 一般价值 and drew a call each time a purchase of a
 * year ago left the window). No call: a weekly refresh
 * otherwise turned every such drift into a "high" call on Monday (tester52 M5, stop 52: 7 of 41
 * calls, e.g. KH037 冠军客户 → 忠诚客户 16 days after a purchase while buying every ~2 weeks). The
 * move still shows in the Changes tab; once the customer is late, at high risk or spending less,
 * the next refresh calls it, and the retention call waits for "late" as for anyone.
 */
function timeAloneWithinRhythm(ctx: PlanContext, c: number, m: Movements): boolean {
  const rhythm = ctx.rhythm;
  const last = Math.floor(ctx.lastPurchase[c]);
  if (!rhythm || !(last <= m.previousAsOf)) return false;
  if (ctx.analysis.churnLevel[c] === HIGH_RISK) return false;
  // In cents: the previous run's spend is read back rounded (19,664.769999… is no fall from 19,664.77).
  const left = m.leftWindow?.[c] ?? 0;
  const floor = cents(m.spendBefore[c]) - (left > 0 ? cents(left) : 0);
  if (cents(customerValue(ctx.analysis, c)) < floor) return false;
  return !lateAgainstRhythm(rhythm, c, ctx.start - last, true);
}

/**
 * The customers whose move the wrong way gets no call for time alone within their rhythm
 * (timeAloneWithinRhythm): each one's gap as the test read it (whole days), NaN for the others;
 * undefined without movements. The Changes tab says so in their row: a 变差 row with no call
 * read as forgotten (moves52). The gaps are copied: the rhythm's array is not the schedule's.
 */
export function movedWithinRhythm(ctx: PlanContext): Float64Array | undefined {
  const m = ctx.movements;
  const rhythm = ctx.rhythm;
  if (!m || !rhythm) return undefined;
  const n = Math.min(ctx.dataset.customers.count, m.worse.length);
  const out = new Float64Array(n).fill(NaN);
  for (let c = 0; c < n; c++)
    if (m.worse[c] !== 0 && !agedIntoDeclineOnTime(ctx, c, m.worse[c]))
      if (timeAloneWithinRhythm(ctx, c, m)) out[c] = Math.ceil(rhythm.typicalGapDays[c]);
  return out;
}

/**
 * The movement contacts of band `band`: every customer who moved the wrong way in any dimension
 * since the previous run gets a contact of its own, due within movedWrongWayWithinWorkingDays
 * working days, as soon as a slot is free (a contact of another reason in the same window is merged
 * into it: one call). Customers already churned are left to the win-back listing (listedAsChurned);
 * a one-time buyer on the campaign list (candidates.ts onCampaignList: bought once, at risk, its
 * tier outside oneTimeBuyerCallTiers) to the campaign, which is its one retention contact: the campaign row
 * names the movement (schedule.ts), no call of its own (tester12 #2, stop 36: 63 zh customers were
 * both listed for the campaign "instead of a call" and called, priority high, and a same-date
 * re-run flipped between the two). No consent or no owner lists the contact as unscheduled, like
 * every other reason.
 */
export function movementCandidates(ctx: PlanContext, band: number, out: CandidateBatch): void {
  const m = ctx.movements;
  if (!m || MOVED_WRONG_WAY < 0) return;
  const { rules, analysis, calendar, start } = ctx;
  const inBand = [0, 1, 2].map((t) => bandOf(rules, "moved_wrong_way", t) === band);
  if (!inBand.some(Boolean)) return;
  const dueDay = calendar.addWorkingDays(start, rules.movedWrongWayWithinWorkingDays - 1);
  const deadline = ctx.before(dueDay);
  const n = Math.min(ctx.dataset.customers.count, m.worse.length);
  const callTiers = callTiersOf(rules);
  for (let c = 0; c < n; c++) {
    if (m.worse[c] === 0 || agedIntoDeclineOnTime(ctx, c, m.worse[c])) continue;
    if (timeAloneWithinRhythm(ctx, c, m) || m.silent?.[c] === 1) continue;
    const tier = tierOf(analysis.valueTier[c]);
    if (!inBand[tier] || listedAsChurned(ctx, c)) continue;
    if (onCampaignList(ctx, c, tier, callTiers)) continue;
    // Held by an agreed next contact or a pause (hold.ts): not called before it; nor one booked to
    // come (tester63 U168): her visit says more than her movement.
    if (isHeld(ctx.holds, c) || bookedDay(ctx.holds, c) === bookedDay(ctx.holds, c)) continue;
    // Counted from the previous run's date: the movement happened since then.
    if (!admit(ctx, c, MOVED_WRONG_WAY, dueDay, m.previousAsOf)) continue;
    out.push({
      customer: c,
      reasons: 1 << MOVED_WRONG_WAY,
      primary: MOVED_WRONG_WAY,
      earliest: 0,
      deadline,
      due: dueDay,
      plannedFrom: m.previousAsOf,
      value: movementValue(analysis, m.spendBefore, c),
      channel: channelOf(rules, MOVED_WRONG_WAY, tier),
      mayBeLate: true,
      asap: true,
    });
  }
}
