import type { SegmentationMeasures } from "../aggregate/customerSummary";
import { RISK_LEVELS } from "../analysis";
import { quotedRhythm } from "../churn/features";
import { keepsEvenRhythm } from "../churn/ownRhythm";
import { oneIntervalAged, overdueAgainstRhythm, stoppedAfterOneInterval } from "../lifecycle/stage";

const HIGH = RISK_LEVELS.indexOf("high");
const MEDIUM = RISK_LEVELS.indexOf("medium");

/** Each customer's purchase rhythm, as the schedule reads it (see FollowUpInput.rhythm). */
export interface Rhythm {
  /** Robust gap between purchases in days (the population's for one-time buyers; NaN prospects). */
  typicalGapDays: Float64Array;
  /** lifecycle.overdueFactor: silent for more than this many own gaps is "overdue". */
  overdueFactor: number;
  /** churn.churnHorizonDays: a key account at low risk is called once silent this long. */
  horizonDays: number;
  /**
   * 1 for a customer who bought on two days and on none in the recent trend period: late whatever
   * their one interval says: the condition the stage (lifecycle/stage.ts) calls stopped.
   */
  oneIntervalStopped?: Uint8Array;
  /**
   * 1 for a customer who bought on two days, the first lifecycle.matureAfterDays ago or more: the
   * decline stage's oneIntervalAged (lifecycle/stage.ts). Their move into decline alone is no call
   * while they are not late (followUp/movements.ts).
   */
  oneIntervalAged?: Uint8Array;
  /**
   * lifecycle.trendPeriodDays: a customer stopped after one interval went late when their last
   * purchase left this period (wentLateOn); absent: their own gap only.
   */
  trendPeriodDays?: number;
  /**
   * The rhythm churn risk weighs each customer against and its reasons quote (churn/features.ts
   * quotedRhythm: from the days with spend, so a clinic's free 复查 does not halve a six-monthly
   * patient's): a key account's regular contact is overdue (key_account_overdue) only once the
   * customer is also silent past it (cadence.ts). Absent: the contact interval alone.
   */
  ownGapDays?: Float64Array;
  /**
   * 1 for a finished course (finishedCourses): its care is the regular contact, never a retention
   * call nor an urgent overdue one.
   */
  finishedCourse?: Uint8Array;
  /**
   * 1 for a customer who bought on one day where most customers buy once (overview/oneOff.ts):
   * churned, a past client (unscheduled past_client), not for the win-back campaign (tester61 U116);
   * not churned yet, no retention call either, at any level: the job is done, nothing is left to
   * keep; the regular contact stays (a thank-you, a request for referrals; fix62d's note: 周强, one
   * renovation 359 days ago, high 87 % "overdue", an urgent retention call). 2 for a one-day customer
   * of an occasion order in a business of regulars (aggregate/occasion.ts: a wedding cake at a bakery;
   * tester67 U310): the same, said as the occasion (unscheduled occasion_client).
   */
  pastClient?: Uint8Array;
  /**
   * 1 for a customer of two days with spend of very different size under the default weights
   * (SegmentationMeasures.unevenPair: a website build, then its hosting): no rhythm of its own to
   * be late against, so no retention call below high risk (tester64 U189: Granite Builders, medium,
   * was the day's first urgent call as a key account "late" against its 43-day gap, ahead of a
   * retainer client owing money); its regular contact stays. Absent: none.
   */
  unevenPair?: Uint8Array;
  /**
   * A seasonal customer's off-season gap, the date in her off-season, under the default weights
   * (SegmentationMeasures.offSeasonGap; tester66 U236), NaN for the others: her regular contact is
   * followUp.renewalLeadDays before the season she is due back for (cadence.ts rhythmDue), not in
   * the winter. Absent: none.
   */
  offSeasonGap?: Float64Array;
}

/** The measures ownGapDaysOf and finishedCourses read. */
type SpendMeasures = Pick<
  SegmentationMeasures,
  | "purchaseDays"
  | "firstPurchase"
  | "recencyDays"
  | "gapSquares"
  | "spendDays"
  | "spendFirst"
  | "spendLast"
  | "spendGapSquares"
  | "unevenPair"
  | "offSeasonGap"
>;

/**
 * Each customer's own rhythm as churn risk reads it and its reasons quote (quotedRhythm): under the
 * default weights (`ownRhythm`) the larger of the lifecycle's robust gap and the mean gap between
 * the days with spend, under learned ones the lifecycle's (Rhythm.ownGapDays); for two purchases
 * of very different size (unevenPair) `pairGapDays`, the usual gap of customers who bought on two
 * days of like size, else `populationGapDays`, the customers' usual gap.
 */
export function ownGapDaysOf(
  m: SpendMeasures,
  typicalGapDays: Float64Array,
  asOf: number,
  ownRhythm = true,
  populationGapDays?: number,
  pairGapDays?: number,
): Float64Array {
  const s = {
    ...m,
    asOf,
    firstDay: m.firstPurchase,
    typicalGapDays,
    ...(populationGapDays !== undefined ? { populationGapDays } : {}),
    ...(pairGapDays !== undefined ? { pairGapDays } : {}),
  };
  // A loop, not Float64Array.from(…, fn): ~18 ms of callback overhead per 100,000 customers.
  const out = new Float64Array(typicalGapDays.length);
  for (let c = 0; c < out.length; c++) out[c] = quotedRhythm(s, c, ownRhythm);
  return out;
}

/**
 * Finished courses (judge60 item 3): one day with spend, the first purchase day, then only ¥0
 * visits (a clinic's 贴面 / 种植 / 正畸 paid once, then free 复查), or only further payments of
 * that one order (a renovation's 中期款 / 尾款 / 质保金: tester61 U113, the recency counting from
 * the last). Not a customer leaving: the treatment or the job is done. A bookshop's one-off book
 * or a B2B one-off order paid at once has nothing after it. Nor is one whose ¥0 visits keep an
 * even rhythm of their own (churn/ownRhythm.ts keepsEvenRhythm over all its purchase days): a
 * 面部护理10次卡 sold as an item, then used at ¥0 every 14 days, is a card in use, and the member
 * who stopped coming is late against that rhythm like anyone (reviewer61 R14: she lost her urgent
 * win-back); a clinic's sparse 复查 keep none.
 *
 * @example finishedCourses(m, asOf) // 1 where m.spendDays is 1, m.purchaseDays 3, spendFirst = firstPurchase
 */
export function finishedCourses(
  m: Pick<
    SpendMeasures,
    "purchaseDays" | "spendDays" | "spendFirst" | "firstPurchase" | "recencyDays" | "gapSquares"
  >,
  asOf: number,
): Uint8Array {
  const out = new Uint8Array(m.purchaseDays.length);
  // Every purchase day, ¥0 visits included (no spend fields: rhythmDays reads purchaseDays).
  const visits = {
    asOf,
    firstDay: m.firstPurchase,
    purchaseDays: m.purchaseDays,
    recencyDays: m.recencyDays,
    gapSquares: m.gapSquares,
  };
  for (let c = 0; c < out.length; c++)
    if (
      m.spendDays[c] === 1 &&
      Math.floor(m.spendFirst[c]) === Math.floor(m.firstPurchase[c]) &&
      // A later ¥0 visit, or a later payment of the order (the last activity after the purchase).
      (m.purchaseDays[c] > 1 ||
        Math.floor(asOf - m.recencyDays[c]) > Math.floor(m.spendFirst[c])) &&
      !keepsEvenRhythm(visits, c)
    )
      out[c] = 1;
  return out;
}

/**
 * Customers who bought on exactly two days and on none in the recent trend period: the decline
 * stage's "one interval is not a rhythm" (lifecycle/stage.ts). Their rhythm is that one interval
 * (zh 1000739: 709 days), so "late against the rhythm" waited up to two years while the stage said
 * 衰退期 at 93-95% churn risk and the schedule gave a routine medium contact (reviewer14 D2).
 *
 * @example oneIntervalStopped(Int32Array.of(2, 2, 3), Int32Array.of(0, 1, 0)) // Uint8Array [1, 0, 0]
 */
export function oneIntervalStopped(
  purchaseDays: ArrayLike<number>,
  recentCount: ArrayLike<number>,
): Uint8Array {
  const out = new Uint8Array(purchaseDays.length);
  for (let c = 0; c < out.length; c++)
    if (stoppedAfterOneInterval(purchaseDays[c], recentCount[c])) out[c] = 1;
  return out;
}

/**
 * Customers who bought on exactly two days, the first at least `matureAfterDays` before `asOf`
 * (lifecycle/stage.ts oneIntervalAged: the stage calls them 衰退期).
 *
 * @example oneIntervalAgedOf(Int32Array.of(2, 2, 3), Float64Array.of(0, 300, 0), 400, 365) // Uint8Array [1, 0, 0]
 */
export function oneIntervalAgedOf(
  purchaseDays: ArrayLike<number>,
  firstPurchase: ArrayLike<number>,
  asOf: number,
  matureAfterDays: number,
): Uint8Array {
  const out = new Uint8Array(purchaseDays.length);
  for (let c = 0; c < out.length; c++)
    if (oneIntervalAged(purchaseDays[c], asOf - firstPurchase[c], matureAfterDays)) out[c] = 1;
  return out;
}

/**
 * Late against the rhythm: days since the last purchase above the customer's gap, or stopped after
 * one interval (oneIntervalStopped). The one test of "late" the retention call and the movement
 * call read. `wholeDays`: the gap rounded up to a whole day first, as purchases fall on whole days
 * (a customer buying every 15.8 days is due on day 16: the movement call's time-alone test).
 *
 * @example lateAgainstRhythm({ typicalGapDays: Float64Array.of(30), overdueFactor: 3, horizonDays: 90 }, 0, 40) // true
 */
export function lateAgainstRhythm(
  rhythm: Rhythm,
  c: number,
  sinceLast: number,
  wholeDays = false,
): boolean {
  const stopped = rhythm.oneIntervalStopped !== undefined && rhythm.oneIntervalStopped[c] === 1;
  const gap = wholeDays ? Math.ceil(lateGap(rhythm, c)) : lateGap(rhythm, c);
  return sinceLast > gap || stopped;
}

/**
 * The gap customer c is late against: the lifecycle's (typicalGapDays), or in her off-season a
 * seasonal customer's off-season gap where longer (Rhythm.offSeasonGap; tester66 U236: a weekly
 * pool client 113 days into the winter was an urgent retention call as a key account).
 */
function lateGap(rhythm: Rhythm, c: number): number {
  const gap = rhythm.typicalGapDays[c];
  const off = rhythm.offSeasonGap !== undefined ? rhythm.offSeasonGap[c] : NaN;
  return off > gap ? off : gap;
}

/**
 * The day customer c went late against their rhythm (lateAgainstRhythm): the last purchase plus
 * their own gap; stopped after one interval, the day the purchase left the trend period when that
 * is sooner. Without the rhythm, the last purchase (every high-risk customer is owed the call).
 * A contact after this day was made while the retention call was owed (candidates.ts
 * contactedWhileLate); one before it was not, however recent.
 *
 * @example wentLateOn({ typicalGapDays: Float64Array.of(30), overdueFactor: 3, horizonDays: 90 }, 0, 100) // 130
 */
export function wentLateOn(rhythm: Rhythm | undefined, c: number, lastPurchase: number): number {
  const bought = Math.floor(lastPurchase);
  if (!rhythm) return bought;
  const late = bought + lateGap(rhythm, c);
  const stopped = rhythm.oneIntervalStopped !== undefined && rhythm.oneIntervalStopped[c] === 1;
  return stopped && rhythm.trendPeriodDays !== undefined
    ? Math.min(late, bought + rhythm.trendPeriodDays)
    : late;
}

/**
 * Whether customer c (not churned) gets a retention call ("win_back"), stop 24 (judgments):
 *
 * 1. High churn risk, and late against their rhythm (days since the last purchase above their own
 *    gap; a one-time buyer: above the customers' usual gap). No purchase in 90 days is what a
 *    customer buying every 200 days does, and a first purchase two weeks ago is the onboarding
 *    call's (stop 22 J1; stop 23 T6: en 1001372, 81 %, bought 14 days ago, called "urgent").
 * 2. A key account (high value tier) at medium risk, late against its own rhythm (stop 24 tester
 *    #3: zh 1001801, 26,342/yr, 71 %, silent 138 days, got a routine call 131 days overdue behind 79
 *    urgent calls).
 * 3. A repeat buyer silent for more than overdueFactor of their own gaps (the decline stage's
 *    "overdue") at medium risk, or at low risk when a key account (high value tier) that has also
 *    gone a whole churn horizon without buying: who of value is leaving is what a manager asks
 *    first. (Without the horizon, a key account buying every 10 days was called 35 days after a
 *    purchase: 88 such calls at 100k customers.) The level is the band of the learned probability
 *    (churn/combine.ts), which can be low for a frequent buyer who went silent (zh 1000583: 48
 *    purchase days, every ~18 days, silent 236 days, 22 %); the call ranks by value at stake
 *    (probability × 12-month spend) among the urgent ones, so a 45,667/yr key account silent 242
 *    days at 48 % (zh 1002627) is not booked after 29 retention calls worth less than a tenth of
 *    it (stop 23 T7). A small account at low risk keeps its regular contact.
 *
 * "Late" includes a customer who bought on two days and on none in the trend period
 * (oneIntervalStopped): the stage calls them 衰退期 however long their one interval was.
 *
 * Without the rhythm (a caller that does not pass it) every high-risk customer gets one.
 *
 * @example wantsRetention(0, rhythm, 0, 40, 300, 200, false) // true: high risk, 40 days > own gap 30
 */
export function wantsRetention(
  level: number,
  rhythm: Rhythm | undefined,
  c: number,
  sinceLast: number,
  firstPurchase: number,
  lastPurchase: number,
  keyAccount: boolean,
): boolean {
  if (!rhythm) return level === HIGH;
  if (rhythm.finishedCourse !== undefined && rhythm.finishedCourse[c] === 1) return false;
  if (rhythm.pastClient !== undefined && rhythm.pastClient[c] > 0) return false;
  if (!lateAgainstRhythm(rhythm, c, sinceLast)) return false;
  const gap = lateGap(rhythm, c);
  if (level === HIGH) return true;
  // No rhythm of its own (two purchases of very different size): late against none below high.
  if (rhythm.unevenPair !== undefined && rhythm.unevenPair[c] === 1) return false;
  const repeat = Math.floor(lastPurchase) > Math.floor(firstPurchase);
  if (level === MEDIUM && keyAccount && repeat) return true;
  if (level !== MEDIUM && !(keyAccount && sinceLast >= rhythm.horizonDays)) return false;
  return repeat && overdueAgainstRhythm(sinceLast, gap, rhythm.overdueFactor);
}
