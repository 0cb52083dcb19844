import type { Movements } from "../followUp/movements";
import { LEVELS, RISK_LEVELS } from "../analysis";
import { COMPLAINT_STATUSES, type Dataset } from "../model";
import type { SheetKind } from "../schema";
import type { SatisfactionRules } from "../rules/service";
import {
  BETTER,
  directionGroup,
  MIXED,
  moveDirection,
  rankTable,
  UNRATED,
  WORSE,
} from "./direction";
import { STAGE, STAGE_RULE } from "../lifecycle/stage";
import { defaultRulesUpdated } from "../rules/defaultsHistory";
import { matchCustomers } from "./match";
import type { LeftSince } from "./leftSince";
import type { RiskRose } from "./riskRose";
import { agedSlot, COUNT_MAX, decodeService, modelCode, type ServiceAgedOut } from "./service";
import {
  DIMENSIONS,
  DIMENSION_CODES,
  measuredOf,
  windowFigures,
  windowLeaving,
  type Dimension,
  type Snapshot,
} from "./snapshot";
import { changedRowsOf, type RowChange } from "./purchaseRows";

type WindowFigures = NonNullable<ReturnType<typeof windowFigures>>;

/**
 * Purchases that left the analysis window between the two runs' dates, of the customers who did
 * not buy since and whose spend or purchase days fell (their data up to the previous date as the
 * previous run read it): the fall is exactly those purchases (tester42 #1, stop 42: 162 zh 变差
 * rows read "消费金额 145,912 → 131,128，购买天数 9 → 8" as if the customer spent less, where a
 * 2024-12-29 order had turned 12 months old). Kept for those customers alone, ascending (a slot
 * per customer: service.ts agedSlot): the first and last day that left, their purchase days and
 * net amount, and the window's length in months (the rule set's window.months).
 */
export type WindowLeft = NonNullable<ReturnType<typeof windowLeaving>>;

/**
 * The comparison of two runs' snapshots: per dimension a from → to matrix of customer counts and of
 * the previous run's revenue, and each current customer's move. Every customer of both runs is in
 * exactly one cell of each matrix (customers in both) or in the added / removed lists.
 * Column-wise: at a million customers it is a join by key and a few passes over typed arrays.
 */

/** A from → to matrix. Slot 0 is "none" (e.g. a prospect: no segment), slot k + 1 is code k. */
export interface TransitionMatrix {
  dimension: Dimension;
  /** The codes of the slots: null for none, then DIMENSION_CODES[dimension]. */
  codes: (string | null)[];
  /** counts[from * size + to]: customers in both runs that were `from` and are `to`. */
  counts: Int32Array;
  /** The previous run's window revenue of those customers (the revenue that moved with them). */
  revenue: Float64Array;
  size: number;
  /** Customers off the diagonal. */
  moved: number;
  /** Their previous revenue ÷ the previous revenue of every customer in both runs (NaN: none). */
  movedRevenueShare: number;
}

/**
 * How a current customer moved, worst first (direction.ts moveDirection says which way); `mixed`:
 * its churn risk one way and its lifecycle stage or value the other (tester11 #9, stop 36), listed
 * and counted neither way; then three moves counted neither way (stop 31 tester #5), each with its
 * list (NEITHER_WAY):
 * - `cutOffs`: it moved only because the cut-offs moved with other customers' figures, its own
 *   unchanged (a value tier at the same spend; an RFM segment or value class at the same analysis
 *   date with the same spend, purchase days and last purchase): no drop to call about;
 * - `refit`: only its churn risk level moved, at the same date, rules and input sheets with those
 *   figures and its service signals (serviceCodes) the same, because the churn model was refit on
 *   the others' changed data (a customer moved by cut-offs too is `cutOffs`; its reason says both);
 *   or, at a later date under the same rules, judgment and input sheets, its churn risk level fell
 *   while it did nothing that lowers it: no purchase since, no signal of the model better
 *   (laterRefit; tester42 #2, stop 42);
 * - `dataChanged`: its purchases up to the previous analysis date differ from what the previous run
 *   read (an amount corrected, rows removed or added late): its last purchase is earlier than the
 *   previous run's, or at the same analysis date its spend or purchase days changed with no later
 *   purchase (or went down), or at a later date (same rules) this run's transactions give other
 *   spend or purchase days over the previous run's window; or, at the same date, rules and input
 *   sheets, the service signals the churn model read differ (a survey or complaint of its own
 *   edited: DATA_SERVICE). Not an ordinary decline, nor "unchanged". When the two runs read the
 *   input with different versions of the program's reading (readingChanged), the purchases may
 *   differ because the program reads them anew, not because the data changed: said so (reviewer60
 *   R17), the move the same.
 *
 * Two more, counted neither way because neither the customer nor the others moved it (stop 42):
 * - `program`: at the same date, rules and input sheets, with its own figures and service signals
 *   the same, its lifecycle stage or churn risk level moved because the program's judgment rules
 *   changed (judgmentChanged: another JUDGMENT_VERSION made the previous run);
 * - `byTime`: it moved into decline by the calendar alone: it bought on only two days, did not buy
 *   since, and its first purchase passed lifecycle.matureAfterDays between the two runs, under
 *   the same rules and judgment version (reviewer D8) (lifecycle/stage.ts
 *   oneIntervalAged: growth while younger, decline after, with nothing bought or not bought
 *   anew; reviewer D9). The follow-up schedule makes no call of it either (followUp/movements.ts).
 *   Its reason says the rule. Another dimension moved the wrong way still makes it `worse`.
 *   Or (tester43 #6, stop 43) it was already churned (risk level churned) on both runs, bought
 *   nothing since, and only its RFM segment or value class moved, at a later date under the same
 *   rules and judgment: the days since its last purchase grew ("休眠客户 → 流失客户" two years
 *   on); its reason says "already churned: time alone". Time alone rather than sideways: the move
 *   is the wrong way by rank, and the calendar made it, as with the two-day rule; the schedule
 *   calls neither (a churned customer is for the win-back list).
 *   Or (tester61 U129) it moved the wrong way with nothing of its own since, at a later date under
 *   the same rules, judgment and input sheets: no purchase, return, complaint, survey or contact
 *   since, its data up to the previous date unchanged, its window's spend and purchase days the
 *   same but for the purchases that left the window (said as such: windowLeft; a weekly regular who missed one week
 *   was 变差 as her purchase of a year ago left the window, tester66 U234), and neither its lifecycle stage (into decline
 *   or churned: late against its rhythm, or a status saying it left; unless her churn probability
 *   fell within one level below high, tester69 U501) nor its churn level into high
 *   or churned moved the wrong way (lateNow: those stay the alarm they are): only the days since its
 *   last purchase grew, across an RFM score's edge or into medium risk (a weekly refresh listed 7
 *   of 14 school and 6 of 16 yoga customers 变差 for it). Its byTime bits
 *   hold TIME_SILENT and its wrong-way dimensions; its worse bits are kept, the headline counts
 *   it apart, and the schedule gives it no call of its own (movementsOf: Movements.silent;
 *   tester62 U147), its row saying so.
 *
 * `sideways`: a classification moved, but neither way by moveDirection (the lifecycle stage among
 * the active stages, a segment to one of equal rank, a value measure that fell for a customer who
 * bought since, a first risk level after a first purchase); listed last of NEITHER_WAY.
 */
export const MOVES = [
  "worse",
  "better",
  "mixed",
  "sideways",
  "same",
  "new",
  "cutOffs",
  "refit",
  "dataChanged",
  "program",
  "byTime",
] as const;
export type Move = (typeof MOVES)[number];

/**
 * The moves counted neither way, in the order the Changes tab lists them, each with its list on
 * the comparison and its list's name in the JSON result: the tab, the JSON, the console summary and
 * the pane read them here (one owner for the kinds; their words: words/changes.ts move_*).
 */
export const NEITHER_WAY = [
  { move: "mixed", list: "mixedMoves", json: "mixed" },
  { move: "dataChanged", list: "dataChangedList", json: "dataChanged" },
  { move: "program", list: "programMoves", json: "programMoves" },
  { move: "cutOffs", list: "cutOffMoves", json: "cutOffMoves" },
  { move: "refit", list: "refitMoves", json: "refitMoves" },
  { move: "byTime", list: "byTimeMoves", json: "byTimeMoves" },
  // Counted since issue 12 and listed since tester12 #3 (stop 36: 82 zh customers "moved
  // sideways", none of them to be found nor the word defined).
  { move: "sideways", list: "sidewaysMoves", json: "sideways" },
] as const satisfies readonly { move: Move; list: keyof Comparison; json: string }[];

/**
 * The `byTime` bit of a customer who moved the wrong way with nothing of its own since (MOVES
 * `byTime`, tester61 U129): above the dimensions' bits (one per DIMENSIONS entry).
 */
export const TIME_SILENT = 0x80;
/**
 * With TIME_SILENT, the `byTime` bit of a customer paused at the current run's date (Snapshot.paused:
 * 冻结, On hold, on leave) who did nothing since: the pause explains the silence, whatever it moved
 * (into decline or high too: tester67 U313, 33 of 127 变差 were frozen members), and the row says
 * the pause (words.ts).
 */
export const TIME_PAUSED = 0x40;

/** The least spend of the high and of the medium value tier in a run (NaN: no customer in it). */
export interface TierMinimums {
  highMin: number;
  mediumMin: number;
}

export interface Comparison {
  previous: {
    asOf: number;
    ruleSetHash: string;
    count: number;
    source: Snapshot["source"];
    /** The program's judgment rules' version that made it (0: before versions were recorded). */
    judgmentVersion: number;
    /** The program's reading's version that made it (0: before versions were recorded). */
    readingVersion: number;
  };
  current: {
    asOf: number;
    ruleSetHash: string;
    count: number;
    judgmentVersion: number;
    readingVersion: number;
  };
  /** Both hashes known and different: movements mix "the customer changed" with "the rules changed". */
  rulesChanged: boolean;
  /**
   * The two runs were made with different versions of the program's judgment rules
   * (rules/judgmentVersion.ts), or under an earlier and today's default rule set (defaultsUpdated):
   * movements mix "the customer changed" with "the program changed", as with rulesChanged
   * (tester15 #7).
   */
  judgmentChanged: boolean;
  /**
   * The previous run was under an earlier release's default rule set and this one under today's
   * (rules/defaultsHistory.ts): the program's defaults changed, not the user's rules, so not
   * rulesChanged; judgmentChanged is set with it (reviewer61 R16).
   */
  defaultsUpdated: boolean;
  /**
   * The two runs read the input with different versions of the program's reading
   * (rules/readingVersion.ts): a customer whose purchases up to the previous date differ
   * (`dataChanged`) may have been read anew rather than corrected in the data (reviewer60 R17).
   */
  readingChanged: boolean;
  matrices: TransitionMatrix[];
  /** Per current customer: its index in the previous snapshot, -1 for a new customer. */
  previousIndex: Int32Array;
  /** Per current customer: index into MOVES. */
  move: Int8Array;
  /** Per current customer: bit d set when dimension DIMENSIONS[d] changed. */
  changed: Uint8Array;
  /**
   * Per current customer: bit d set when dimension d moved the wrong way (also for a customer whose
   * move is "better" overall: direction.ts isWorse).
   */
  worse: Uint8Array;
  /**
   * Current customers whose move is "worse" (direction.ts moveDirection): a churn risk level move
   * first, then a lifecycle stage move, then a value measure alone (directionGroup), each by
   * largest previous spend.
   */
  wrongWay: Int32Array;
  /**
   * Per current customer, complaints open at the previous run and resolved now: the previous run's
   * open count (Snapshot.service, at most 3 as it keeps them) less those of them still open, when
   * one of hers received by then is no longer open (a deleted row is no resolution). Absent when
   * none, at the same date (an edit there is `dataChanged`), or when the previous run kept no
   * service signals (a state before refresh8, a JSON result). With nothing else moved, such a
   * customer moved the right way, and one with a complaint received since and open the wrong way
   * (tester68 U403: M10019's 处理中 → 已处理, with the contact saying she accepted the apology, was
   * not listed).
   */
  resolved?: Uint8Array;
  /** Current customers whose move is "better" (moveDirection), in the same groups, largest current spend first. */
  rightWay: Int32Array;
  /** Current customers whose move is "mixed" (moveDirection), largest previous spend first. */
  mixedMoves: Int32Array;
  /** Current customers not in the previous run. */
  added: Int32Array;
  /** Previous customers not in the current run (deleted rows), largest previous spend first. */
  removed: Int32Array;
  /**
   * Per current customer: bit d set when dimension d moved only because the cut-offs moved (its own
   * figures unchanged: MOVES), or for the churn risk level because the model was refit (`refit`);
   * such a bit is set in neither `worse` nor the right-way count.
   */
  byCutOffs: Uint8Array;
  /** Current customers whose move is `cutOffs`, largest previous spend first. */
  cutOffMoves: Int32Array;
  /** Current customers whose move is `refit` (its churn risk level alone, by the model's refit), largest previous spend first. */
  refitMoves: Int32Array;
  /** Current customers whose move is `sideways` (moved, neither way: MOVES), largest previous spend first. */
  sidewaysMoves: Int32Array;
  /**
   * Per current customer: the dimensions (bit d) that moved because the program's judgment rules
   * changed (MOVES `program`), or by the calendar alone (`byTime`: the lifecycle stage into
   * decline, or an already churned customer's value dimensions: lostByTimeCount); such a bit is
   * set in neither `worse` nor `better`. Absent: none.
   */
  byProgram?: Uint8Array;
  byTime?: Uint8Array;
  /**
   * Per current customer: 1 when it was already churned on both runs and its value dimensions
   * rose with no more spend in the window (a ¥0 visit, a comp class of a member who left): no
   * return, so no move the right way (tester61 U127). Absent: none.
   */
  noReturn?: Uint8Array;
  /** Current customers whose move is `program`, largest previous spend first. */
  programMoves: Int32Array;
  /** Current customers whose move is `byTime`, largest previous spend first. */
  byTimeMoves: Int32Array;
  /**
   * The current run's lifecycle.matureAfterDays (snapshot.ts stage), the age `byTime` crossed, for
   * the lines that count it (reviewer D9); absent when the run keeps no stage rules.
   */
  matureAfterDays?: number;
  /**
   * Per current customer, what of its data up to the previous date changed (MOVES `dataChanged`):
   * DATA_PURCHASES (its purchases), DATA_SERVICE (at the same date, rules and input sheets, the
   * service signals the churn model read: snapshot.ts `service`), or both; 0 neither.
   */
  dataChanged: Uint8Array;
  /** Current customers whose move is `dataChanged`, largest previous spend first. */
  dataChangedList: Int32Array;
  /** The value tiers' least spend in each run (the cut-offs a tier move by cut-offs crossed). */
  tierMinimums: { previous: TierMinimums; current: TierMinimums };
  /** Both runs have the same analysis date (a re-run: nothing moved by time passing). */
  sameDate: boolean;
  /** Input sheets the previous run read and this one did not (empty when either does not say). */
  sheetsLeftOut: SheetKind[];
  /** Input sheets this run read and the previous one did not (empty when either does not say). */
  sheetsAdded: SheetKind[];
  /** What customers told us since the previous run (serviceSince): absent when not measured. */
  service?: ServiceSince;
  /**
   * Purchases that left the window since the previous run, of the customers whose fall they
   * explain (WindowLeft); absent at the same date, under other rules, or for a run not measured
   * here.
   */
  windowLeft?: WindowLeft;
  /**
   * Of the customers whose purchases up to the previous date changed (DATA_PURCHASES), the one
   * row that changed, or the rows each run counted (purchaseRows.ts: tester63 L, 春燕's corrected
   * 11-06 order unnamed); absent when the previous run kept no rows' key (a state before it, a
   * JSON result), the rules or the program's reading changed, or for a run not measured here.
   */
  changedRows?: Map<number, RowChange>;
  /**
   * The mixed customers who bought since and whose churn probability rose, with this run's churn
   * reasons (riskRose.ts): their row says why the risk rose. Set by the run (analyze.ts) after the
   * comparison; absent when none.
   */
  riskRose?: RiskRose;
  /**
   * The customers whose churn level moved into churned because they left, with their reason
   * (leftSince.ts): their row says so and that no call is planned, not "no purchase since" (tester68
   * U409). Set by the run (analyze.ts) after the comparison; absent when none.
   */
  leftSince?: LeftSince;
  /**
   * This run's churn model used the default weights (churn/learn.ts: too little history): nothing
   * was refit, so a `refit` row says what moved instead (tester53 N33). Set by the run (analyze.ts).
   */
  defaultWeights?: boolean;
}

/** Comparison.dataChanged's bits: the purchases changed; the service signals changed. */
export const DATA_PURCHASES = 1;
export const DATA_SERVICE = 2;

/**
 * Per current customer, what it told us between the previous analysis date (exclusive) and this
 * one (inclusive): complaints received, and the lowest satisfaction and recommend scores of its
 * surveys when low (the rule set's lowScoreMax, npsDetractorMax). A mover's reason names them
 * (stop 29 tester #4: champion 1004054 moved to 衰退期 with a new open complaint its reason did not
 * name).
 */
export interface ServiceSince {
  /** Complaints received since, and of them still open. */
  complaints: Uint16Array;
  open: Uint16Array;
  /** The latest such complaint's receipt day (epoch day, whole); NaN none. */
  lastComplaint: Float64Array;
  /** The lowest low overall score (1–5) since and its survey day; NaN none. */
  lowScore: Float64Array;
  lowScoreDay: Float64Array;
  /** The lowest detractor recommend score (0–10) since and its survey day; NaN none. */
  lowRecommend: Float64Array;
  lowRecommendDay: Float64Array;
  /**
   * The latest overall (1–5) and recommend (0–10) score since, whatever it is, and its survey day;
   * NaN none: a reason names a survey since that was not low too (stop 44: a 9/10 since went
   * unsaid on a wrong-way row where a 4/10 was named). Absent: not measured (an older caller).
   */
  score?: Float64Array;
  scoreDay?: Float64Array;
  recommend?: Float64Array;
  recommendDay?: Float64Array;
  /**
   * Service signals the churn model read at the previous date that aged out of their lookback
   * since (service.ts serviceAgedOut): a fall in risk names them; absent when not measured.
   */
  agedOut?: ServiceAgedOut;
  /**
   * Returns since (transactions with a negative amount; tester43 #7, stop 43: a purchase returned
   * in full the same day read as a new buyer's purchase, with no word of the return); absent when
   * none, or the transactions were not given.
   */
  returns?: ReturnsSince;
  /**
   * Contacts since (the Contacts sheet; tester43 #8, stop 43: 28 of 30 zh 变差 customers phoned in
   * December got an urgent call again, and their rows did not say they had been called); absent
   * when none, or the contacts were not given.
   */
  contacts?: ContactsSince;
  /**
   * Complaints received up to the previous date and not open now (tester68 U403: M10019's
   * 处理中 → 已处理 went unsaid); absent without a Complaints sheet. The comparison reads them with
   * the previous run's open count (Snapshot.service): Comparison.resolved.
   */
  settled?: SettledSince;
}

/** Per customer, its complaints received up to the previous date, as they stand now. */
export interface SettledSince {
  /** Of them, those open now (to 255). */
  openBefore: Uint8Array;
  /** The latest of them not open now: its row in the Complaints (-1 none) and its receipt day. */
  row: Int32Array;
  day: Float64Array;
  /** The complaints' words as written (Complaints.text); absent when none kept. */
  text?: readonly string[];
}

/** Per customer, its contacts after the previous analysis date up to this one. */
export interface ContactsSince {
  /** Contact rows since (to 0xffff). */
  count: Uint16Array;
  /** The latest one's day (epoch day, whole); NaN none. */
  last: Float64Array;
  /** The latest one's row in `channel` / `owner` (the Contacts sheet's columns); -1 none. */
  row: Int32Array;
  /** Per contact row: index into CONTACT_CHANNELS (-1 unknown), and who made it. */
  channel: Int8Array;
  owner: readonly string[];
}

/**
 * Per customer, the returns (negative amounts) after the previous analysis date up to this one,
 * and what it bought meanwhile (positive amounts): what a reason says of them. Whether a returned
 * purchase counts as a purchase day is the engine's rule (RFM), not changed here.
 */
export interface ReturnsSince {
  /** Return rows since (to 0xffff). */
  count: Uint16Array;
  /** Their net amount (negative; 0 none). */
  amount: Float64Array;
  /** The latest return's day (epoch day); NaN none. */
  last: Float64Array;
  /** The product of the only return row (index into products); -1: several or none named. */
  product: Int32Array;
  /** Positive amounts since (what it bought meanwhile, before returns). */
  bought: Float64Array;
  products: readonly string[];
}

/**
 * What customers told us after the previous analysis date `from` up to `to` (epoch days; a
 * complaint received at 14:00 on day `to` counts). Undefined when `from` is not known.
 *
 * `agedOut`: what aged out of the model's signals meanwhile (service.ts serviceAgedOut), kept with it.
 *
 * @example compareSnapshots(prev, cur, serviceSince(dataset, prev.asOf, cur.asOf, rules.satisfaction))
 */
export function serviceSince(
  dataset: Pick<Dataset, "customers" | "complaints" | "surveys"> &
    Partial<Pick<Dataset, "transactions" | "contacts">>,
  from: number,
  to: number,
  rules: Pick<SatisfactionRules, "lowScoreMax" | "npsDetractorMax">,
  agedOut?: ServiceAgedOut,
): ServiceSince | undefined {
  if (!Number.isFinite(from) || !Number.isFinite(to)) return undefined;
  const n = dataset.customers.count;
  const nan = () => new Float64Array(n).fill(NaN);
  const s: ServiceSince = {
    complaints: new Uint16Array(n),
    open: new Uint16Array(n),
    lastComplaint: nan(),
    lowScore: nan(),
    lowScoreDay: nan(),
    lowRecommend: nan(),
    lowRecommendDay: nan(),
    score: nan(),
    scoreDay: nan(),
    recommend: nan(),
    recommendDay: nan(),
    ...(agedOut ? { agedOut } : {}),
  };
  const {
    score: latestScore,
    scoreDay,
    recommend: latestRecommend,
    recommendDay,
  } = s as Required<Pick<ServiceSince, "score" | "scoreDay" | "recommend" | "recommendDay">>;
  const after = from + 1;
  const through = to + 1;
  const k = dataset.complaints;
  if (k) s.settled = settledSince(k, n, after);
  if (k)
    for (let r = 0; r < k.count; r++) {
      const c = k.customer[r];
      const at = k.receivedAt[r];
      if (c < 0 || c >= n || !(at >= after && at < through)) continue;
      if (s.complaints[c] < 0xffff) s.complaints[c]++;
      if (k.status[r] === OPEN) s.open[c]++;
      const day = Math.floor(at);
      if (!(day <= s.lastComplaint[c])) s.lastComplaint[c] = day;
    }
  const v = dataset.surveys;
  if (v)
    for (let r = 0; r < v.count; r++) {
      const c = v.customer[r];
      const day = v.day[r];
      if (c < 0 || c >= n || !(day >= after && day < through)) continue;
      const d = Math.floor(day);
      // The lowest low score; of equal ones the latest (the one the churn model reads, and its
      // At-risk reason's date: stop 44, en 1001484 read 6/10 "on 2025-12-02" beside "(2025-12-05)").
      const score = v.overall[r];
      if (score <= rules.lowScoreMax && lower(score, d, s.lowScore[c], s.lowScoreDay[c])) {
        s.lowScore[c] = score;
        s.lowScoreDay[c] = d;
      }
      const nps = v.recommend[r];
      if (nps <= rules.npsDetractorMax && lower(nps, d, s.lowRecommend[c], s.lowRecommendDay[c])) {
        s.lowRecommend[c] = nps;
        s.lowRecommendDay[c] = d;
      }
      // The latest of any score (rows of one day: the last).
      if (score === score && !(d < scoreDay[c])) {
        latestScore[c] = score;
        scoreDay[c] = d;
      }
      if (nps === nps && !(d < recommendDay[c])) {
        latestRecommend[c] = nps;
        recommendDay[c] = d;
      }
    }
  const returns = dataset.transactions && returnsSince(dataset.transactions, n, after, through);
  if (returns) s.returns = returns;
  const contacts = dataset.contacts && contactsSince(dataset.contacts, n, after, through);
  if (contacts) s.contacts = contacts;
  return s;
}

/** Each customer's complaints received before day `after` (SettledSince), as they stand now. */
function settledSince(
  k: NonNullable<Dataset["complaints"]>,
  n: number,
  after: number,
): SettledSince {
  const s: SettledSince = {
    openBefore: new Uint8Array(n),
    row: new Int32Array(n).fill(-1),
    day: new Float64Array(n).fill(NaN),
    ...(k.text ? { text: k.text } : {}),
  };
  for (let r = 0; r < k.count; r++) {
    const c = k.customer[r];
    const at = k.receivedAt[r];
    if (c < 0 || c >= n || !(at < after)) continue;
    if (k.status[r] === OPEN) {
      if (s.openBefore[c] < 0xff) s.openBefore[c]++;
    } else if (!(Math.floor(at) < s.day[c])) {
      s.day[c] = Math.floor(at);
      s.row[c] = r;
    }
  }
  return s;
}

/** A score on day `d` lower than the lowest so far (none: NaN), or as low and not earlier. */
const lower = (score: number, d: number, low: number, lowDay: number) =>
  !(low === low) || score < low || (score === low && !(d < lowDay));

/**
 * Each customer's contacts after day `after` - 1 up to `through` (exclusive); null none. A call that
 * did not get through (Contacts.notReached) is no contact (tester55 U8).
 */
function contactsSince(
  t: NonNullable<Dataset["contacts"]>,
  n: number,
  after: number,
  through: number,
): ContactsSince | null {
  let r: ContactsSince | null = null;
  const notReached = t.notReached;
  for (let k = 0; k < t.count; k++) {
    const day = t.day[k];
    const c = t.customer[k];
    if (!(day >= after && day < through) || c < 0 || c >= n) continue;
    if (notReached && notReached[k] === 1) continue;
    r ??= {
      count: new Uint16Array(n),
      last: new Float64Array(n).fill(NaN),
      row: new Int32Array(n).fill(-1),
      channel: t.channel,
      owner: t.owner,
    };
    if (r.count[c] < 0xffff) r.count[c]++;
    const d = Math.floor(day);
    // The latest; on one day, the last row of it.
    if (!(d < r.last[c])) {
      r.last[c] = d;
      r.row[c] = k;
    }
  }
  return r;
}

/**
 * The returns of each customer after day `after` - 1 up to `through` (exclusive) and what it
 * bought then (ReturnsSince); null when no return falls there.
 */
function returnsSince(
  t: NonNullable<Dataset["transactions"]>,
  n: number,
  after: number,
  through: number,
): ReturnsSince | null {
  let r: ReturnsSince | null = null;
  for (let k = 0; k < t.count; k++) {
    const day = t.day[k];
    const x = t.amount[k];
    if (!(x < 0) || !(day >= after && day < through)) continue;
    const c = t.customer[k];
    if (c < 0 || c >= n) continue;
    r ??= {
      count: new Uint16Array(n),
      amount: new Float64Array(n),
      last: new Float64Array(n).fill(NaN),
      product: new Int32Array(n).fill(-1),
      bought: new Float64Array(n),
      products: t.products,
    };
    r.product[c] = r.count[c] === 0 ? t.product[k] : -1;
    if (r.count[c] < 0xffff) r.count[c]++;
    r.amount[c] += x;
    if (!(day <= r.last[c])) r.last[c] = Math.floor(day);
  }
  if (!r) return null;
  for (let k = 0; k < t.count; k++) {
    const day = t.day[k];
    const x = t.amount[k];
    const c = t.customer[k];
    if (x > 0 && day >= after && day < through && c >= 0 && c < n && r.count[c] > 0)
      r.bought[c] += x;
  }
  return r;
}

/** A complaint's status index: open (model.ts, resolved when it has a resolution time or says so). */
const OPEN = COMPLAINT_STATUSES.indexOf("open");
const MOVE_INDEX = Object.fromEntries(MOVES.map((m, i) => [m, i])) as Record<Move, number>;
const money = (x: number) => (Number.isFinite(x) ? x : 0);

/**
 * Sorts customer indexes by a value, largest first (ties by index, so the order is stable); with
 * `group`, by it first (smallest first).
 */
function byValueDesc(list: number[], value: Float64Array, group?: Uint8Array): Int32Array {
  const out = Int32Array.from(list);
  if (group) out.sort((a, b) => group[a] - group[b] || money(value[b]) - money(value[a]) || a - b);
  else out.sort((a, b) => money(value[b]) - money(value[a]) || a - b);
  return out;
}

/**
 * Bought since the previous run: a later last purchase than the previous run knew (none then, NaN:
 * any purchase now). The one test of it: the comparison's moves and the reasons' words
 * (words.ts) read it here (reviewer D12, stop 42: a copy there read a previous NaN the other way).
 *
 * @example boughtSince(prev, cur, j, i) // true: customer i's last purchase is later than j's was
 */
export function boughtSince(prev: Snapshot, cur: Snapshot, j: number, i: number): boolean {
  const last = cur.lastPurchase[i];
  return last === last && !(last <= prev.lastPurchase[j]);
}

/**
 * At a later date, nothing of customer i (previous j) that lowers its churn risk: no purchase
 * since, none of the service signals the model reads better (a low score or detractor score gone,
 * fewer open or late complaints, a contact since: service.ts), none aged out of its lookback and no
 * new complaint or low score told since. Its risk level's fall is then the model's, refit on this
 * run's data (MOVES `refit`). False when either run's signals are not known.
 */
function laterRefit(
  prev: Snapshot,
  cur: Snapshot,
  j: number,
  i: number,
  cap: number | undefined,
  since: ServiceSince | undefined,
): boolean {
  if (boughtSince(prev, cur, j, i)) return false;
  const before = prev.service?.[j] ?? -1;
  const now = cur.service?.[i] ?? -1;
  if (before < 0 || now < 0) return false;
  const a = decodeService(modelCode(before, cap));
  const b = decodeService(modelCode(now, cap));
  if ((a.lowScore && !b.lowScore) || (a.detractor && !b.detractor)) return false;
  if (b.open < a.open || b.late < a.late || b.contactGap < a.contactGap) return false;
  if (!since) return true;
  if (since.complaints[i] > 0 || since.lowScore[i] === since.lowScore[i]) return false;
  if (since.lowRecommend[i] === since.lowRecommend[i]) return false;
  return !since.agedOut || agedSlot(since.agedOut, i) < 0;
}

const TIER_BIT = 1 << DIMENSIONS.indexOf("valueTier");
/** The churn risk level of a customer already lost (RISK_LEVELS: past the churn days). */
const CHURNED = RISK_LEVELS.indexOf("churned");
const STAGE_BIT = 1 << DIMENSIONS.indexOf("lifecycleStage");
/** What the program's judgment rules decide (rules/judgmentVersion.ts): stage and churn level. */
const PROGRAM_BITS = STAGE_BIT | (1 << DIMENSIONS.indexOf("churnRiskLevel"));
/** The dimensions that say whether the customer is staying (direction.ts): stage and churn level. */
const STAYING_BITS = PROGRAM_BITS;
/** The churn risk level: the band of a probability from a model fitted on every customer. */
const CHURN_BIT = 1 << DIMENSIONS.indexOf("churnRiskLevel");
/** A risk level of the model's bands (LEVELS: high, medium, low). */
const banded = (level: number) => level >= 0 && level < LEVELS.length;
/** The dimensions scored against cut-offs or averages of every customer's R, F and M. */
const QUANTILE_BITS =
  (1 << DIMENSIONS.indexOf("rfmSegment")) | (1 << DIMENSIONS.indexOf("valueClass"));
/** ownFigures: spend as before; spend, purchase days and last purchase as before; history changed. */
const OWN_SPEND = 1;
const OWN_ALL = 7;
/** ownFigures: the last purchase as before. */
const OWN_LAST = 4;
const OWN_HISTORY = 8;

/** Two amounts alike to the cent (a previous run read back from a sheet may be rounded). */
const sameAmount = (a: number, b: number) => Math.abs(a - b) < 0.005 + 1e-12 * Math.abs(a);

/**
 * What of previous customer j's own figures current customer i still has: OWN_SPEND (bit 1), its
 * purchase days (bit 2) and last purchase (bit 4) alike; or OWN_HISTORY when its purchases up to
 * the previous date changed: the last purchase is earlier (or gone; `ordered`: the previous run is
 * not the later one), or, when `sameRun` (same date
 * and rules: time and window unchanged), spend or purchase days differ with no later purchase, or
 * went down. Unknown figures (NaN) count as neither alike nor changed.
 */
function ownFigures(
  prev: Snapshot,
  cur: Snapshot,
  j: number,
  i: number,
  sameRun: boolean,
  ordered: boolean,
  then: WindowFigures | null,
): number {
  // Whole days: a JSON result gives the date alone.
  const pl = Math.floor(prev.lastPurchase[j]);
  const cl = Math.floor(cur.lastPurchase[i]);
  if (ordered && pl === pl && !(cl >= pl)) return OWN_HISTORY;
  const ps = prev.spend[j];
  const pf = prev.frequency[j];
  // At a later date: this run's transactions over the previous run's window say what it read.
  if (then) {
    const ts = then.spend[i];
    const tf = then.frequency[i];
    if ((ps === ps && ts === ts && !sameAmount(ps, ts)) || (pf === pf && tf === tf && pf !== tf))
      return OWN_HISTORY;
  }
  const cs = cur.spend[i];
  const cf = cur.frequency[i];
  const spendKnown = ps === ps && cs === cs;
  const daysKnown = pf === pf && cf === cf;
  const spend = spendKnown && sameAmount(ps, cs);
  const days = daysKnown && pf === cf;
  const last = pl === cl || (pl !== pl && cl !== cl);
  if (sameRun && ((spendKnown && !spend) || (daysKnown && !days))) {
    const bought = cl === cl && !(cl <= pl);
    if (!bought || (spendKnown && cs < ps - 0.005) || (daysKnown && cf < pf)) return OWN_HISTORY;
  }
  return (spend ? OWN_SPEND : 0) | (days ? 2 : 0) | (last ? OWN_LAST : 0);
}

/**
 * The least spend of each value tier in a snapshot: the tier's cut-off in that run (tierOf: a
 * customer is high from highMin on), read from the customers' own tiers and spend.
 */
function tierMinimums(s: Snapshot): TierMinimums {
  let highMin = Infinity;
  let mediumMin = Infinity;
  const tier = s.codes.valueTier;
  for (let k = 0; k < s.count; k++) {
    const x = s.spend[k];
    if (!(x > 0)) continue;
    if (tier[k] === 0 && x < highMin) highMin = x;
    else if (tier[k] === 1 && x < mediumMin) mediumMin = x;
  }
  return {
    highMin: highMin === Infinity ? NaN : highMin,
    mediumMin: mediumMin === Infinity ? NaN : mediumMin,
  };
}

/**
 * Compares the previous run with the current one.
 *
 * @example
 * const c = compareSnapshots(previousSnapshot, snapshotOf(analysis));
 * c.matrices[0].counts // RFM segment from → to
 * c.wrongWay.length    // customers who moved the wrong way
 */
export function compareSnapshots(
  prev: Snapshot,
  cur: Snapshot,
  service?: ServiceSince,
): Comparison {
  const n = cur.count;
  const { previousIndex, taken } = matchCustomers(prev, cur);
  const changed = new Uint8Array(n);
  const worse = new Uint8Array(n);
  const better = new Uint8Array(n);
  let matchedRevenue = 0;
  for (let i = 0; i < n; i++) {
    const j = previousIndex[i];
    if (j >= 0) matchedRevenue += money(prev.spend[j]);
  }
  const matrices: TransitionMatrix[] = DIMENSIONS.map((dimension, d) => {
    const codeCount = DIMENSION_CODES[dimension].length;
    const size = codeCount + 1;
    const ranks = rankTable(dimension, codeCount);
    const counts = new Int32Array(size * size);
    const revenue = new Float64Array(size * size);
    const from = prev.codes[dimension];
    const to = cur.codes[dimension];
    const bit = 1 << d;
    let moved = 0;
    let movedRevenue = 0;
    for (let i = 0; i < n; i++) {
      const j = previousIndex[i];
      if (j < 0) continue;
      // Codes out of range (a list that grew since) count as none.
      const f = from[j] >= 0 && from[j] < codeCount ? from[j] + 1 : 0;
      const t = to[i] >= 0 && to[i] < codeCount ? to[i] + 1 : 0;
      const cell = f * size + t;
      const r = money(prev.spend[j]);
      counts[cell]++;
      revenue[cell] += r;
      if (f !== t) {
        moved++;
        movedRevenue += r;
        changed[i] |= bit;
        if (ranks[t] === UNRATED || ranks[f] === UNRATED) continue;
        if (ranks[t] < ranks[f]) worse[i] |= bit;
        else if (ranks[t] > ranks[f]) better[i] |= bit;
      }
    }
    return {
      dimension,
      codes: [null, ...DIMENSION_CODES[dimension]],
      counts,
      revenue,
      size,
      moved,
      movedRevenueShare: matchedRevenue !== 0 ? movedRevenue / matchedRevenue : NaN,
    };
  });
  const sameDate = Number.isFinite(prev.asOf) && Math.floor(prev.asOf) === Math.floor(cur.asOf);
  const hashesDiffer =
    prev.ruleSetHash !== "" && cur.ruleSetHash !== "" && prev.ruleSetHash !== cur.ruleSetHash;
  // An earlier release's defaults then, today's now: the program's update, not the user's rules
  // (reviewer61 R16), so judged as another judgment version is.
  const defaultsUpdated = hashesDiffer && defaultRulesUpdated(prev.ruleSetHash, cur.ruleSetHash);
  const rulesChanged = hashesDiffer && !defaultsUpdated;
  const judgmentChanged =
    (prev.judgmentVersion ?? 0) !== (cur.judgmentVersion ?? 0) || defaultsUpdated;
  const readingChanged = (prev.readingVersion ?? 0) !== (cur.readingVersion ?? 0);
  const ordered = !(prev.asOf > cur.asOf);
  // A later date with the same rules (the same window length): this run's purchases over the
  // previous run's window, to compare with what that run read (corrected, added late or removed).
  const then =
    !sameDate && !rulesChanged && ordered && Number.isFinite(prev.asOf)
      ? windowFigures(cur, prev.asOf)
      : null;
  const byCutOffs = new Uint8Array(n);
  const dataChanged = new Uint8Array(n);
  // At the same date, rules and input sheets, a customer whose own figures did not change moves
  // in churn risk only because the model was refit on the others' changed data (stop 32 tester #2:
  // 1000234 "中 → 高; 79.9% → 80.0%" counted worse, with a call): moved by others, like cut-offs.
  const sheetsLeftOut =
    prev.sheets && cur.sheets ? prev.sheets.filter((k) => !cur.sheets!.includes(k)) : [];
  const sheetsAdded =
    prev.sheets && cur.sheets ? cur.sheets.filter((k) => !prev.sheets!.includes(k)) : [];
  // Nor when the program's judgment rules changed: the churn level may have moved with them.
  const refit =
    sameDate &&
    !rulesChanged &&
    !judgmentChanged &&
    sheetsLeftOut.length === 0 &&
    sheetsAdded.length === 0;
  const prevLevel = prev.codes.churnRiskLevel;
  const curLevel = cur.codes.churnRiskLevel;
  // At the same date, rules and input sheets with another version of the program's judgment rules,
  // a customer whose own figures and service signals are the same moved with the program (stop 42:
  // a December re-run against a December run of the build before stop 40 listed 23 zh customers
  // 成长期 → 衰退期 as wrong way, the program's two-day rule).
  const program =
    sameDate &&
    !rulesChanged &&
    judgmentChanged &&
    sheetsLeftOut.length === 0 &&
    sheetsAdded.length === 0;
  const byProgram = new Uint8Array(program ? n : 0);
  // The current run's stage rules (snapshot.ts stage): a move into decline by the two-day rule
  // alone, with nothing bought since, is the calendar's, when the first purchase passed
  // lifecycle.matureAfterDays between the two runs under the same rules and judgment (reviewer D8,
  // stop 42: already that old at the previous run, the program's or the team's rule moved it).
  const stageWhy = cur.stage;
  const calendar = !rulesChanged && !judgmentChanged && Number.isFinite(prev.asOf);
  const byTime = new Uint8Array(n);
  // An already churned customer (待挽回 on both runs) with no purchase since whose RFM segment or
  // value class moved: the days since its last purchase grew, nothing else (tester43 #6, stop 43:
  // 48 zh / 42 en 变差 rows "休眠客户 → 流失客户" of customers silent for ~2 years, whom the
  // schedule does not call). Time alone, at a later date under the same rules and judgment.
  const lostAged = calendar && ordered && !sameDate;
  let anyLostAged = false;
  // Nothing of its own since, at a later date under the same rules, judgment and input sheets: a
  // wrong-way move is the calendar's (TIME_SILENT; tester61 U129), decided with its way below.
  const silentAged = lostAged && sheetsLeftOut.length === 0 && sheetsAdded.length === 0;
  const silent = new Uint8Array(silentAged ? n : 0);
  // Already churned on both runs with no more spend: value moves the right way are no return.
  const noReturn = new Uint8Array(n);
  let anyNoReturn = false;
  const prevStage = prev.codes.lifecycleStage;
  const curStage = cur.codes.lifecycleStage;
  // At the same date, rules and sheets, the service signals the model read, when both runs kept
  // them (service.ts): a customer's own survey or complaint edited is its data changed, not the
  // refit (refresh8). An older state keeps none: such an edit then reads as the refit, as before.
  // Under another judgment version at the same date too: an edit of its own is then the
  // customer's move, not the program's (reviewer D22, stop 42).
  const prevService = refit || program ? prev.service : undefined;
  const curService = refit || program ? cur.service : undefined;
  // Never contacted and contacted past the cap read alike to the model (service.ts modelCode).
  const cap = cur.contactCap ?? prev.contactCap;
  // At a later date, same rules, judgment and input sheets, with both runs' service signals kept:
  // a churn level that fell for a customer who did nothing that lowers it is the model's refit on
  // this run's data (laterRefit), not the customer's improvement (tester42 #2, stop 42: 1000030
  // 高 → 中 82% → 75% listed 变好 with no cause; en 1001522 80.2% → 79.7%).
  const later =
    !sameDate &&
    calendar &&
    ordered &&
    sheetsLeftOut.length === 0 &&
    sheetsAdded.length === 0 &&
    prev.service !== undefined &&
    cur.service !== undefined;
  // Customers who did not buy since and whose spend or purchase days fell with their data as the
  // previous run read it (`then`: a later date, same rules): the purchases that left the window.
  // A customer whose data changed too is told both (tester61 U136: a 尾款 corrected on a row that
  // also left the window was said as the data change alone): the rows that left are read as they
  // are now, so a correction alone leaves none.
  let windowLeft: WindowLeft | null = null;
  if (then) {
    const fell: number[] = [];
    for (let i = 0; i < n; i++) {
      const j = previousIndex[i];
      if (j < 0 || boughtSince(prev, cur, j, i)) continue;
      if (cur.spend[i] < prev.spend[j] - 0.005 || cur.frequency[i] < prev.frequency[j])
        fell.push(i);
    }
    if (fell.length) windowLeft = windowLeaving(cur, prev.asOf, cur.asOf, fell);
  }
  // Per customer, what left the window (index in windowLeft.customers), for the calendar's test.
  const leftAt = new Map<number, number>();
  if (windowLeft)
    for (let k = 0; k < windowLeft.customers.length; k++) leftAt.set(windowLeft.customers[k], k);
  /**
   * Customer i's spend and purchase days as previous customer j's, less what left the window
   * since (a weekly buyer's purchase of a year ago leaves it every week: tester66 U234).
   */
  const sameFigures = (i: number, j: number): boolean => {
    const k = leftAt.get(i);
    const amount = k === undefined ? 0 : windowLeft!.amount[k];
    const days = k === undefined ? 0 : windowLeft!.days[k];
    return (
      sameAmount(prev.spend[j] - amount, cur.spend[i]) &&
      prev.frequency[j] - days === cur.frequency[i]
    );
  };
  for (let i = 0; i < n; i++) {
    const j = previousIndex[i];
    if (j < 0) continue;
    const own = ownFigures(prev, cur, j, i, sameDate && !rulesChanged, ordered, then);
    let data = own === OWN_HISTORY ? DATA_PURCHASES : 0;
    if (prevService && curService) {
      const a = prevService[j];
      const b = curService[i];
      if (a >= 0 && b >= 0 && a !== b && modelCode(a, cap) !== modelCode(b, cap))
        data |= DATA_SERVICE;
    }
    if (data) dataChanged[i] = data;
    else {
      let cut = 0;
      // Not when the rules changed: the cut-offs then moved with the rules, not with others' data
      // (reviewer D1, stop 32: an edit of the tier shares read "moved with other customers' figures").
      if (!rulesChanged && own & OWN_SPEND) cut |= changed[i] & TIER_BIT;
      if (!rulesChanged && sameDate && own === OWN_ALL) cut |= changed[i] & QUANTILE_BITS;
      // At a later date with nothing bought since (the same last purchase, no more spend nor
      // purchase days), an RFM segment or value class that rose did so only because the others'
      // cut-offs moved: her own recency only grew. No improvement (tester65 U211: Bean There Café,
      // silent since August, churn 98.5 % → 99.0 %, "moved the right way: Need attention → Loyal").
      else if (
        !rulesChanged &&
        !sameDate &&
        ordered &&
        own & OWN_LAST &&
        !(cur.spend[i] > prev.spend[j] + 0.005) &&
        !(cur.frequency[i] > prev.frequency[j])
      )
        cut |= better[i] & QUANTILE_BITS;
      // Between two levels of the model's bands (not into or out of prospect or churned).
      if (refit && own === OWN_ALL && banded(prevLevel[j]) && banded(curLevel[i]))
        cut |= changed[i] & CHURN_BIT;
      else if (
        later &&
        better[i] & CHURN_BIT &&
        banded(prevLevel[j]) &&
        banded(curLevel[i]) &&
        laterRefit(prev, cur, j, i, cap, service)
      )
        cut |= CHURN_BIT;
      byCutOffs[i] = cut;
      worse[i] &= ~cut;
      better[i] &= ~cut;
      let not = 0;
      if (program && own === OWN_ALL) not = byProgram[i] = changed[i] & PROGRAM_BITS & ~cut;
      else if (
        stageWhy &&
        stageWhy.rule[i] === STAGE_RULE.declineOneIntervalAged &&
        prevStage[j] === STAGE.growth &&
        curStage[i] === STAGE.decline &&
        calendar &&
        prev.asOf - stageWhy.firstPurchase[i] < stageWhy.matureAfterDays &&
        !boughtSince(prev, cur, j, i)
      )
        not = byTime[i] = STAGE_BIT;
      else if (
        lostAged &&
        prevLevel[j] === CHURNED &&
        curLevel[i] === CHURNED &&
        !(changed[i] & PROGRAM_BITS) &&
        changed[i] & ~cut &&
        !boughtSince(prev, cur, j, i)
      ) {
        not = byTime[i] = changed[i] & ~cut;
        anyLostAged = true;
      } else if (
        prevLevel[j] === CHURNED &&
        curLevel[i] === CHURNED &&
        better[i] & ~STAYING_BITS &&
        !(cur.spend[i] > prev.spend[j] + 0.005)
      ) {
        // A ¥0 visit or a comp class of a customer who left reset its recency: no return (U127).
        better[i] &= STAYING_BITS;
        noReturn[i] = 1;
        anyNoReturn = true;
      }
      if (
        silentAged &&
        !not &&
        worse[i] &&
        // A visit since is the customer's own doing too (Snapshot.lastVisit; newuser62 M4).
        !(cur.lastVisit !== undefined && cur.lastVisit[i] > prev.asOf) &&
        !toldSince(service, i)
      ) {
        const bought = boughtSince(prev, cur, j, i);
        // Paused now (冻结, on leave): her silence is the pause's, even into decline or high. A
        // payment with no visit since, of a customer read by her visits, is no return (the gym's
        // 冻结手续费 paid as the freeze began: 13 of the frozen members).
        const byVisits = cur.lastVisit !== undefined && cur.lastVisit[i] === cur.lastVisit[i];
        if (cur.paused?.has(i) && (!bought || byVisits)) silent[i] = 2;
        else if (
          !bought &&
          sameFigures(i, j) &&
          !lateNow(
            worse[i],
            curLevel[i],
            prevLevel[j] === curLevel[i] ? cur.churnProbability[i] - prev.churnProbability[j] : 0,
          )
        )
          silent[i] = 1;
      }
      worse[i] &= ~not;
      better[i] &= ~not;
    }
  }
  const resolved = resolvedSince(prev, previousIndex, service, ordered && !sameDate);
  /**
   * A complaint resolved since or one opened since: its way for a customer neither way by its
   * classifications (moveWay 0); 0 neither, or both.
   */
  const serviceWay = (i: number): number => {
    const settled = resolved !== undefined && resolved[i] > 0;
    const opened = service !== undefined && service.open[i] > 0;
    return settled === opened ? 0 : settled ? BETTER : WORSE;
  };
  const move = new Int8Array(n);
  const wrong: number[] = [];
  const right: number[] = [];
  const added: number[] = [];
  const mixed: number[] = [];
  // The wrong-way and right-way lists' groups (directionGroup: risk level, stage, value).
  const group = new Uint8Array(n);
  const cutOff: number[] = [];
  const refitOnly: number[] = [];
  const changedData: number[] = [];
  const sideways: number[] = [];
  const programOnly: number[] = [];
  const timeOnly: number[] = [];
  let anySilent = false;
  const moveWay = (i: number, j: number) =>
    moveDirection(
      worse[i],
      better[i],
      boughtSince(prev, cur, j, i),
      cur.churnProbability[i] - prev.churnProbability[j],
    );
  for (let i = 0; i < n; i++) {
    let m: Move;
    let way = 0;
    const j = previousIndex[i];
    if (j < 0) {
      m = "new";
      added.push(i);
    } else if (dataChanged[i]) {
      m = "dataChanged";
      changedData.push(i);
    } else if ((way = moveWay(i, j) || serviceWay(i)) === WORSE && silentAged && silent[i]) {
      // The calendar's wrong way (TIME_SILENT): listed and counted apart, its worse bits kept.
      m = "byTime";
      timeOnly.push(i);
      byTime[i] = TIME_SILENT | (silent[i] === 2 ? TIME_PAUSED : 0) | worse[i];
      anySilent = true;
    } else if (way === WORSE) {
      m = "worse";
      wrong.push(i);
      group[i] = directionGroup(worse[i]);
    } else if (way === BETTER) {
      m = "better";
      right.push(i);
      group[i] = directionGroup(better[i]);
    } else if (way === MIXED) {
      m = "mixed";
      mixed.push(i);
    } else if (program && byProgram[i]) {
      m = "program";
      programOnly.push(i);
    } else if (byCutOffs[i] & ~CHURN_BIT) {
      m = "cutOffs";
      cutOff.push(i);
    } else if (byCutOffs[i]) {
      m = "refit";
      refitOnly.push(i);
    } else if (byTime[i]) {
      m = "byTime";
      timeOnly.push(i);
    } else if (changed[i]) {
      m = "sideways";
      sideways.push(i);
    } else m = "same";
    move[i] = MOVE_INDEX[m];
  }
  const removed: number[] = [];
  for (let j = 0; j < prev.count; j++) if (!taken[j]) removed.push(j);
  // Wrong-way movers by what was at stake (their previous spend); right-way by what they bring now.
  const prevSpendOfCurrent = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const j = previousIndex[i];
    prevSpendOfCurrent[i] = j >= 0 ? prev.spend[j] : NaN;
  }
  // The row a correction changed, where the previous run kept its rows' key: over its window, so
  // under the same rules and reading, at its date or later (tester63 L).
  const keys = prev.purchaseRows;
  const measured = measuredOf(cur);
  const changedRows =
    keys && measured && !rulesChanged && !readingChanged && ordered
      ? changedRowsOf(
          measured,
          prev.asOf,
          changedData.filter((i) => dataChanged[i] & DATA_PURCHASES),
          (i) => [keys[previousIndex[i]], prev.spend[previousIndex[i]]],
        )
      : null;
  return {
    previous: {
      asOf: prev.asOf,
      ruleSetHash: prev.ruleSetHash,
      count: prev.count,
      source: prev.source,
      judgmentVersion: prev.judgmentVersion ?? 0,
      readingVersion: prev.readingVersion ?? 0,
    },
    current: {
      asOf: cur.asOf,
      ruleSetHash: cur.ruleSetHash,
      count: n,
      judgmentVersion: cur.judgmentVersion ?? 0,
      readingVersion: cur.readingVersion ?? 0,
    },
    rulesChanged,
    judgmentChanged,
    defaultsUpdated,
    readingChanged,
    matrices,
    previousIndex,
    move,
    changed,
    worse,
    wrongWay: byValueDesc(wrong, prevSpendOfCurrent, group),
    rightWay: byValueDesc(right, cur.spend, group),
    ...(resolved ? { resolved } : {}),
    mixedMoves: byValueDesc(mixed, prevSpendOfCurrent),
    added: Int32Array.from(added),
    removed: byValueDesc(removed, prev.spend),
    byCutOffs,
    cutOffMoves: byValueDesc(cutOff, prevSpendOfCurrent),
    refitMoves: byValueDesc(refitOnly, prevSpendOfCurrent),
    sidewaysMoves: byValueDesc(sideways, prevSpendOfCurrent),
    ...(program ? { byProgram } : {}),
    programMoves: byValueDesc(programOnly, prevSpendOfCurrent),
    ...(stageWhy || anyLostAged || anySilent ? { byTime } : {}),
    ...(anyNoReturn ? { noReturn } : {}),
    byTimeMoves: byValueDesc(timeOnly, prevSpendOfCurrent),
    ...(stageWhy ? { matureAfterDays: stageWhy.matureAfterDays } : {}),
    dataChanged,
    dataChangedList: byValueDesc(changedData, prevSpendOfCurrent),
    ...(changedRows && changedRows.size ? { changedRows } : {}),
    tierMinimums: { previous: tierMinimums(prev), current: tierMinimums(cur) },
    sameDate,
    sheetsLeftOut,
    sheetsAdded,
    ...(service ? { service } : {}),
    ...(windowLeft && windowLeft.customers.length ? { windowLeft } : {}),
  };
}

/**
 * Per current customer, the complaints open at the previous run resolved since (Comparison.resolved);
 * undefined when none or not known (`later` false: not a later date).
 */
function resolvedSince(
  prev: Snapshot,
  previousIndex: Int32Array,
  service: ServiceSince | undefined,
  later: boolean,
): Uint8Array | undefined {
  const settled = service?.settled;
  const before = prev.service;
  if (!later || !settled || !before) return undefined;
  let out: Uint8Array | undefined;
  for (let i = 0; i < previousIndex.length; i++) {
    const j = previousIndex[i];
    if (j < 0 || before[j] < 0 || settled.row[i] < 0) continue;
    const was = decodeService(before[j]).open;
    const still = Math.min(COUNT_MAX, settled.openBefore[i]);
    if (was > still) (out ??= new Uint8Array(previousIndex.length))[i] = was - still;
  }
  return out;
}

/**
 * Of the `byTime` customers, those already churned on both runs whose RFM segment or value class
 * moved with the days since their last purchase (its bits without the lifecycle stage's); the
 * rest moved into decline by the two-day rule. The lines that count time alone say each cause.
 *
 * @example lostByTimeCount(c) // 48: 休眠客户 → 流失客户 and the like, nothing bought for years
 */
export function lostByTimeCount(c: Partial<Pick<Comparison, "byTime" | "byTimeMoves">>): number {
  const bits = c.byTime;
  const list = c.byTimeMoves;
  if (!bits || !list) return 0;
  let count = 0;
  for (let k = 0; k < list.length; k++) {
    const b = bits[list[k]];
    if (b && !(b & STAGE_BIT) && !(b & TIME_SILENT)) count++;
  }
  return count;
}

/**
 * Of the `byTime` customers, those who moved the wrong way with nothing of their own since
 * (TIME_SILENT, tester61 U129), and of them those whose churn risk level rose: the headline counts
 * them apart, in a line of their own.
 *
 * @example silentByTimeCounts(c) // { count: 6, riskRose: 3 }
 */
export function silentByTimeCounts(c: Partial<Pick<Comparison, "byTime" | "byTimeMoves">>): {
  count: number;
  riskRose: number;
} {
  const bits = c.byTime;
  const list = c.byTimeMoves;
  let count = 0;
  let riskRose = 0;
  if (!bits || !list) return { count, riskRose };
  for (let k = 0; k < list.length; k++) {
    const b = bits[list[k]];
    if (!(b & TIME_SILENT)) continue;
    count++;
    if (b & CHURN_BIT) riskRose++;
  }
  return { count, riskRose };
}

const HIGH = RISK_LEVELS.indexOf("high");

/**
 * A wrong-way move that says the customer is now late, whatever made it: its churn level into high
 * or churned, or its lifecycle stage into decline or churned unless her churn probability fell
 * within one level below high (`probabilityMoved` < 0; 0 when the level moved: a refit's or the
 * cut points' move is no reading of her): a holiday buyer past her usual gap whom the model reads
 * no likelier to leave than a month ago is the calendar's (tester69 U501). Not the calendar's
 * alone (TIME_SILENT).
 */
function lateNow(worse: number, level: number, probabilityMoved: number): boolean {
  if ((worse & CHURN_BIT) !== 0 && (level === HIGH || level === CHURNED)) return true;
  if (!(worse & STAGE_BIT)) return false;
  return level === HIGH || level === CHURNED || !(probabilityMoved < 0);
}

/**
 * Whether customer i told or did anything since the previous run that the service sheets or a
 * return record: a complaint, a survey, a return, a contact (a note may say it is leaving).
 */
function toldSince(since: ServiceSince | undefined, i: number): boolean {
  if (!since) return false;
  if (since.complaints[i] > 0) return true;
  const told = (x: Float64Array | undefined) => x !== undefined && x[i] === x[i];
  if (told(since.lowScore) || told(since.lowRecommend)) return true;
  if (told(since.score) || told(since.recommend)) return true;
  if ((since.returns?.count[i] ?? 0) > 0) return true;
  return (since.contacts?.count[i] ?? 0) > 0;
}

/**
 * How many `dataChanged` customers had their purchases read anew: their purchases up to the previous
 * date differ while the two runs read the input with different versions of the program's reading
 * (readingChanged; reviewer60 R17). 0 when the reading did not change: then every such customer's
 * data was corrected, added late or removed.
 *
 * @example readAnewCount(c) // 2: said "read the new way", not "check the data"
 */
export function readAnewCount(
  c: Partial<Pick<Comparison, "readingChanged" | "dataChanged" | "dataChangedList">>,
): number {
  const bits = c.dataChanged;
  const list = c.dataChangedList;
  if (!c.readingChanged || !bits || !list) return 0;
  let count = 0;
  for (let k = 0; k < list.length; k++) if (bits[list[k]] & DATA_PURCHASES) count++;
  return count;
}

/**
 * Customers that moved, per move, for a summary line.
 *
 * @example moveCounts(c) // { worse: 12, better: 30, sideways: 4, same: 900, new: 8 }
 */
export function moveCounts(c: Comparison): Record<Move, number> {
  const counts = Object.fromEntries(MOVES.map((m) => [m, 0])) as Record<Move, number>;
  for (let i = 0; i < c.move.length; i++) counts[MOVES[c.move[i]]]++;
  return counts;
}

/**
 * What the follow-up schedule reads of a comparison (followUp/movements.ts): per current customer,
 * the dimensions that moved the wrong way and the spend before.
 *
 * @example scheduleFollowUps({ ...input, movements: movementsOf(previous, comparison) })
 */
export function movementsOf(prev: Snapshot, c: Comparison): Movements {
  const n = c.previousIndex.length;
  const spendBefore = new Float64Array(n);
  // A call for "moved the wrong way" only where the customer's move is "worse" overall (moveDirection): not
  // for one who came back and whose tier fell only because old purchases left the window.
  const worse = new Uint8Array(n);
  const worseMove = MOVE_INDEX.worse;
  // Another version of the program's judgment rules made the previous run: its stage and churn
  // level moves may be the program's, not the customer's, so they make no call (the Changes tab
  // still shows them). After rhythm58's judgment 6, a customer called 4 days before got a
  // moved-the-wrong-way call on the next refresh (tester53's week 2, the final CI of stop 58).
  const counted = c.judgmentChanged ? ~PROGRAM_BITS & 0xff : 0xff;
  const timeMove = MOVE_INDEX.byTime;
  let silent: Uint8Array | undefined;
  for (let i = 0; i < n; i++) {
    const j = c.previousIndex[i];
    spendBefore[i] = j >= 0 ? prev.spend[j] : NaN;
    // The calendar's wrong way (TIME_SILENT): its worse bits kept (the Changes tab says whether it
    // is within its rhythm: movedWithinRhythm), but no call of its own (Movements.silent, U147).
    const calendarWorse = c.move[i] === timeMove && ((c.byTime?.[i] ?? 0) & TIME_SILENT) !== 0;
    if (c.move[i] === worseMove || calendarWorse) worse[i] = c.worse[i] & counted;
    if (calendarWorse) (silent ??= new Uint8Array(n))[i] = 1;
  }
  const moves: Movements = { worse, spendBefore, previousAsOf: prev.asOf };
  if (silent) moves.silent = silent;
  // What left the window of a customer who bought nothing since: a fall by the calendar alone.
  const left = c.windowLeft;
  if (!left) return moves;
  const leftWindow = new Float64Array(n);
  for (let k = 0; k < left.customers.length; k++) leftWindow[left.customers[k]] = left.amount[k];
  moves.leftWindow = leftWindow;
  return moves;
}
