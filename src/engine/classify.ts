import { checkMeasuredFor, measureSettings, type DatedSummary } from "./aggregate/customerSummary";
import { occasionOnce } from "./aggregate/occasion";
import {
  CHURN_REASON_CODES,
  MAX_CHURN_REASONS,
  REASON_FIGURES,
  RISK_LEVELS,
  type CustomerAnalysis,
} from "./analysis";
import { customersLeft, LEFT_BY, type LeftCustomers } from "./lifecycle/left";
import { leftStatusWord } from "./ingest/contactOutcome";
import { subscriptionState } from "./ingest/subscriptions";

const CHURNED_LEVEL = RISK_LEVELS.indexOf("churned");
const LOW_LEVEL = RISK_LEVELS.indexOf("low");
const PROSPECT_LEVEL = RISK_LEVELS.indexOf("prospect");
import { writeChurnedReason } from "./churn/reasons";
import { pairGap, robustRhythms } from "./lifecycle/rhythm";
import { STAGE, STAGE_OF_RULE, STAGE_RULE, stageRule, type StageInputs } from "./lifecycle/stage";
import type { Dataset } from "./model";
import type { EpochDay } from "./parse/date";
import type { ChurnLevels } from "./churn/combine";
import { ruleSetId, type RuleSetId } from "./rules";
import type { RuleSet } from "./rules/schema";
import {
  mean,
  median,
  quintileCutPoints,
  quintileCutPointsOfSorted,
  scoreHigherBetter,
  scoreLowerBetter,
  type CutPoints,
} from "./segmentation/quantiles";
import { segmentLookup, segmentOf } from "./segmentation/segments";
import { valueClassOf, type ValueClassReference } from "./segmentation/valueClass";
import { tierCuts, tierOf, type TierCuts } from "./segmentation/valueTier";

/** The R, F and M cut points used, and whether each came from quintiles or the rule set. */
export interface RfmCutPoints {
  recencyDays: CutPoints;
  frequency: CutPoints;
  monetary: CutPoints;
  source: {
    recencyDays: "quantile" | "fixed";
    frequency: "quantile" | "fixed";
    monetary: "quantile" | "fixed";
  };
}

export interface ClassifyResult {
  analysis: CustomerAnalysis;
  /** Score k+1 needs a value beyond cut point k (recency: at most, fewer days scores higher). */
  cutPoints: RfmCutPoints;
  /** The reference the 8-class model compared with (mean or median of the buyers). */
  averages: ValueClassReference;
  /** The least window spend that is high and medium value. */
  tierCuts: TierCuts;
  /** "Churned" = no purchase for this many days (rule set churn.churnedAfterDays). */
  churnDefinitionDays: number;
  /** The analysis date and the day before the window (the window is start < day ≤ asOf). */
  asOf: EpochDay;
  windowStart: EpochDay;
  windowMonths: number;
  /** The rhythm used for customers who bought once (population rhythm). */
  populationGapDays: number;
  /**
   * The usual gap of the customers who bought on two days of like size (lifecycle/rhythm.ts
   * pairGap), NaN with too few: an uneven pair's reference (churn/features.ts churnRhythm).
   */
  pairGapDays: number;
  /** Each customer's robust rhythm (lifecycle/rhythm.ts robustRhythms; population rhythm for one-time buyers; NaN prospects). */
  typicalGapDays: Float64Array;
  /**
   * Per customer, the rule of the lifecycle stage that decided it (lifecycle/stage.ts STAGE_RULE):
   * a scored classification only.
   */
  stageRule?: Int8Array;
  /**
   * 1 for a one-day customer of an occasion order (aggregate/occasion.ts occasionOnce: a wedding
   * cake at a bakery of regulars), the one reading of it: a scored classification only, absent
   * when nobody is.
   */
  occasion?: Uint8Array;
  /** Customers with at least one purchase up to the analysis date (the scored population). */
  buyers: number;
  /**
   * Customers whose status says the course was completed (结课) but who still pay on their own
   * rhythm (stillPaying): read as customers who go on, not as left. Absent when none.
   */
  completedStillPaying?: number;
  rules: RuleSetId;
  /** Where the medium and the high churn level start (rule set churn.levels): a rounded probability stays in its level. */
  churnLevels: ChurnLevels;
}

/**
 * An empty result set for n customers. Without `scored` (stagesOnly) the arrays only a scored
 * classification fills (scores, segment, class, tier, probability, reasons) are empty (length 0):
 * at 1,000,000 customers 15 MB per earlier date that nothing reads; R, F and M are `shared`'s.
 */
function allocate(
  n: number,
  scored: boolean,
  shared: DatedSummary["segmentation"] | null,
): CustomerAnalysis {
  const slots = scored ? n * MAX_CHURN_REASONS : 0;
  const s = scored ? n : 0;
  return {
    recencyDays: shared?.recencyDays ?? new Float64Array(n).fill(NaN),
    frequency: shared?.frequency ?? new Int32Array(n),
    monetary: shared?.monetary ?? new Float64Array(n),
    rScore: new Uint8Array(s),
    fScore: new Uint8Array(s),
    mScore: new Uint8Array(s),
    rfmSegment: new Int8Array(s).fill(-1),
    valueClass: new Int8Array(s).fill(-1),
    valueTier: new Int8Array(s),
    lifecycleStage: new Int8Array(n),
    churnProbability: new Float64Array(s).fill(NaN),
    churnLevel: new Int8Array(n).fill(LOW_LEVEL),
    churnReasons: {
      codes: new Int8Array(slots).fill(-1),
      figures: new Float64Array(slots * REASON_FIGURES),
    },
  };
}

/**
 * The values of the buyers with at least one purchase day in the window (frequency > 0), in order.
 * A loop, not `values.filter(...)`: the typed array's filter calls a closure per buyer and holds
 * each kept number boxed until the end (at 100k customers, F and M: ~40 ms of a fresh run's main
 * thread, profiled).
 */
function activeInWindow(values: Float64Array, frequency: Float64Array): Float64Array {
  const out = new Float64Array(activeCount(frequency));
  copyActive(values, frequency, out);
  return out;
}

// The passes are functions of their own with nothing after their loop: a loop compiled on the fly
// was thrown away at the line after it (activeInWindow's array, at both of a run's calls).

/** How many buyers bought in the window. */
function activeCount(frequency: Float64Array): number {
  let count = 0;
  for (let k = 0; k < frequency.length; k++) if (frequency[k] > 0) count++;
  return count;
}

/** Their values, in order, into `out`. */
function copyActive(values: Float64Array, frequency: Float64Array, out: Float64Array): void {
  for (let k = 0, i = 0; k < frequency.length; k++) if (frequency[k] > 0) out[i++] = values[k];
}

/** Values of one measure for the buyers only (the population scores are taken over). */
function buyersOnly(values: ArrayLike<number>, buyer: Uint8Array, count: number): Float64Array {
  const out = new Float64Array(count);
  for (let i = 0, k = 0; i < buyer.length; i++) if (buyer[i]) out[k++] = values[i];
  return out;
}

/** What classifyCustomers computes (everything unless told). */
export interface ClassifyOptions {
  /** Only the measures, rhythm and lifecycle stage (and the churned level): see classifyCustomers. */
  stagesOnly?: boolean;
  /**
   * ruleSetId(rules), when the caller has it: the run hashes its rules once (analyze.ts), not once
   * per classification (three a run: today and churn risk's two earlier dates; ~15 ms each).
   */
  ruleSet?: RuleSetId;
}

/**
 * Classifies every customer: RFM measures in the window and their 1–5 scores, the named RFM
 * segment, the 8-class value class, the value tier, the lifecycle stage and the churn risk with its
 * reasons. Every per-customer transaction measure comes from the summary's one pass over the
 * transactions (summariseCustomers with the same rule set; a RangeError says so when it was taken
 * with another date, window, trend period or gap); the rest are passes over per-customer typed
 * arrays (no per-row objects).
 *
 * Prospects (no purchase up to the analysis date) are defined explicitly: scores 0, no RFM segment
 * and no value class (-1: they have no R, F or M to compare), tier low, stage prospect, risk level "prospect"
 * with score 0. Every buyer gets exactly one segment, class, tier, stage and level.
 *
 * @example
 * const rules = defaultRules();
 * const { analysis } = classifyCustomers(dataset, summariseCustomers(dataset, rules, asOf), rules, asOf);
 * LIFECYCLE_STAGES[analysis.lifecycleStage[0]] // "new", "mature", …
 *
 * With `stagesOnly` (churn risk's earlier dates, whose snapshots read only R, M, the rhythm and the
 * stage), the RFM scores, segments, value classes, tiers and churn reasons are not computed: their
 * arrays (and churnProbability's) are empty, length 0 (at 1M customers 115 MB that nothing reads),
 * and the cut points, averages and tier cuts are NaN.
 */
export function classifyCustomers(
  dataset: Dataset,
  summary: DatedSummary,
  rules: RuleSet,
  analysisDay: EpochDay = dataset.asOf,
  options: ClassifyOptions = {},
): ClassifyResult {
  const scored = options.stagesOnly !== true;
  const n = dataset.customers.count;
  const settings = measureSettings(rules, analysisDay);
  checkMeasuredFor(summary, settings, "classifyCustomers", n);
  const { asOf, windowStart: start } = settings;
  const churnDays = rules.churn.churnedAfterDays;

  // The per-customer measures come from the summary's one pass over the transactions: copied
  // into today's analysis (its own arrays), shared by an earlier date's (read only, internal to
  // churn risk: 20 MB less per date at 1,000,000 customers).
  const m = summary.segmentation;
  const analysis = allocate(n, scored, scored ? null : m);
  const { recencyDays, frequency, monetary } = analysis;
  if (scored) {
    recencyDays.set(m.recencyDays);
    frequency.set(m.frequency);
    monetary.set(m.monetary);
    // The tabs' days since the last purchase are money: for a customer read by her visits
    // (aggregate/visits.ts), her last payment's; her stage reads her visits (stagesOf).
    const paid = m.paidRecencyDays;
    if (paid && m.byVisits)
      for (let c = 0; c < n; c++) if (m.byVisits[c] === 1) recencyDays[c] = paid[c];
  }
  // RFM's R (and the value class's recency) is how lately she came: for a customer read by her
  // visits, her last visit, so a student who paid once in January and comes every week is no
  // 流失客户 while her stage and risk say she comes (newuser62 M5). F and M stay her money. The
  // same array as recencyDays for everyone else (data without visits score as before).
  const rfmRecency = m.recencyDays;
  const firstDay = m.firstPurchase;
  const purchaseDays = m.purchaseDays;
  const buyer = new Uint8Array(n);
  const buyers = markBuyers(purchaseDays, buyer);

  // Population figures: the rhythm of one-time buyers, cut points, class reference, tier cuts.
  // The robust rhythm: mean gap over the whole history, shrunk, with a population floor.
  const rhythms = robustRhythms(
    purchaseDays,
    firstDay,
    { asOf, recencyDays: m.recencyDays },
    rules.lifecycle.typicalGap,
  );
  const typicalGapDays = rhythms.rhythm;
  const popGap = rhythms.population;
  const seg = rules.segmentation;
  const none: CutPoints = [NaN, NaN, NaN, NaN];
  const rValues = scored ? buyersOnly(rfmRecency, buyer, buyers) : new Float64Array(0);
  const fValues = scored ? buyersOnly(frequency, buyer, buyers) : new Float64Array(0);
  const mValues = scored ? buyersOnly(monetary, buyer, buyers) : new Float64Array(0);
  // F and M quintiles are taken among customers who bought in the window: a buyer with no purchase
  // in it scores 1 on both. Counting the lapsed zeros in would fill the lowest quintiles with them
  // and push every one-time buyer to F2, so "new" (R5 F1) and "promising" could never occur.
  const rCuts = !scored
    ? none
    : ((seg.rfm.recency.cutPoints as CutPoints | null) ?? quintileCutPoints(rValues));
  const fCuts = !scored
    ? none
    : ((seg.rfm.frequency.cutPoints as CutPoints | null) ??
      quintileCutPoints(activeInWindow(fValues, fValues)));
  // The active buyers' M values sorted once: their cut points are read off it, and the value
  // tiers take its positive end (segmentation/valueTier.ts) instead of sorting a copy of their own.
  const mSorted = scored ? activeInWindow(mValues, fValues).sort() : null;
  const mCuts = !mSorted
    ? none
    : ((seg.rfm.monetary.cutPoints as CutPoints | null) ?? quintileCutPointsOfSorted(mSorted));
  const centre = seg.valueClass.basis === "median" ? median : mean;
  const averages: ValueClassReference = {
    basis: seg.valueClass.basis,
    recencyDays: scored ? centre(rValues) : NaN,
    frequency: scored ? centre(fValues) : NaN,
    monetary: scored ? centre(mValues) : NaN,
  };
  const tiers = scored
    ? tierCuts(monetary, seg.valueTier.highShare, seg.valueTier.mediumShare, mSorted ?? undefined)
    : { highMin: NaN, mediumMin: NaN };
  const segments = segmentLookup(seg.segments);

  // Pass 2: per customer, over the arrays of pass 1 (each customer on its own, so the scores and
  // the stages are two passes, each a small function the optimising compiler takes on its own).
  if (scored) {
    scoreBuyers(analysis, rfmRecency, buyer, rCuts, fCuts, mCuts, averages, tiers, segments);
    prepaidCourseTiers(analysis, m.spendLast, summary.netSpend, start, tiers);
  }
  // Which stage rule decided (the Changes tab's reasons): today's classification only.
  const rule = scored ? new Int8Array(n) : null;
  // One-day customers of an occasion order (a wedding cake at a bakery of regulars): read once here,
  // for the churned reason (stagesOf), the churn risk (churn/pausedSilence.ts, assess.ts) and the
  // schedule. Once a regular would be overdue (overdueFactor × the customers' gap): a 12-day-old
  // first order is no one's occasion yet (reviewer69 M10).
  const occasion = scored
    ? occasionOnce(m.spendDays, summary.netSpend, m.byVisits, {
        spendLast: m.spendLast,
        asOf,
        minDays: rules.lifecycle.overdueFactor * popGap,
      })
    : undefined;
  stagesOf(analysis, m, typicalGapDays, asOf, rules, churnDays, scored, rule, occasion);
  let completedStillPaying: number | undefined;
  // Customers the user says have left (状态 已搬离, 停用日期): churned today. The status is today's
  // word, so an earlier date's classification (churn risk's, the backtest's) reads the closed date only.
  if (scored) {
    const said = customersLeft(dataset, asOf, analysisDay === dataset.asOf);
    if (said) {
      const { left } = said;
      // The segmentation's recency, as its rhythm: a customer read by her visits, her last visit's.
      const paying = stillPaying(left, m.recencyDays, purchaseDays, typicalGapDays);
      if (paying > 0) completedStillPaying = paying;
      // A note saying she left while she still pays on her rhythm is an old note (it has no day).
      stillPaying(left, m.recencyDays, purchaseDays, typicalGapDays, "note");
      // A stage someone set (Churned, Former customer, 已流失) while she still pays on her rhythm
      // may be stale: at risk, the stage quoted (churn/signals.ts leftStage: said_leaving), one
      // contact, not left (reviewer65 M4); an event (已转让) stays a leaving.
      stillPaying(left, m.recencyDays, purchaseDays, typicalGapDays, "stage");
      // A contact note saying she left, then a purchase (or a visit) after its day: she came back.
      if (said.contactRow) boughtSinceNote(left, said.contactRow, dataset, m.recencyDays, asOf);
      // Said while she still buys on her own rhythm: at risk, the note quoted (churn/signals.ts
      // leavingNotes: said_leaving), not left; a person decides (reviewer64 H5).
      stillPaying(left, m.recencyDays, purchaseDays, typicalGapDays, "contact");
      const subs = subscriptionState(dataset, asOf);
      if (subs)
        boughtSinceEnded(left, subs.endedAfter, m.recencyDays, purchaseDays, typicalGapDays, asOf);
      markLeft(analysis, said, dataset, purchaseDays, rule!, subs?.endedDay);
    }
  }

  const source = (fixed: unknown) => (fixed ? "fixed" : "quantile") as "fixed" | "quantile";
  return {
    analysis,
    cutPoints: {
      recencyDays: rCuts,
      frequency: fCuts,
      monetary: mCuts,
      source: {
        recencyDays: source(seg.rfm.recency.cutPoints),
        frequency: source(seg.rfm.frequency.cutPoints),
        monetary: source(seg.rfm.monetary.cutPoints),
      },
    },
    averages,
    tierCuts: tiers,
    churnDefinitionDays: churnDays,
    asOf,
    windowStart: start,
    windowMonths: rules.window.months,
    populationGapDays: popGap,
    pairGapDays: pairGap(m),
    typicalGapDays,
    ...(rule ? { stageRule: rule } : {}),
    ...(occasion ? { occasion } : {}),
    buyers,
    ...(completedStillPaying ? { completedStillPaying } : {}),
    rules: options.ruleSet ?? ruleSetId(rules),
    churnLevels: rules.churn.levels,
  };
}

/**
 * The buyers who left (customersLeft) in the churned stage and level, their one reason
 * customer_left (the closed day, or NaN when the status said so; then 1 when it said the course was
 * completed, 3 when the note said so; 4 a contact's note, its day first and the word third; 5 the
 * same of a pet's death on its record): not
 * at risk, not called.
 */
function markLeft(
  analysis: CustomerAnalysis,
  said: LeftCustomers,
  dataset: Dataset,
  purchaseDays: Int32Array,
  rule: Int8Array,
  ended?: Float64Array,
): void {
  const { left, contactRow, contactWord } = said;
  const closedDate = dataset.customers.closedDate;
  const { codes, figures } = analysis.churnReasons;
  const code = CHURN_REASON_CODES.indexOf("customer_left");
  for (let c = 0; c < left.length; c++) {
    if (left[c] === 0 || purchaseDays[c] === 0) continue;
    analysis.lifecycleStage[c] = STAGE.churned;
    analysis.churnLevel[c] = CHURNED_LEVEL;
    rule[c] = STAGE_RULE.churned;
    const slot = c * MAX_CHURN_REASONS;
    for (let s = 0; s < MAX_CHURN_REASONS; s++) codes[slot + s] = -1;
    codes[slot] = code;
    const o = slot * REASON_FIGURES;
    figures.fill(0, o, o + REASON_FIGURES);
    figures[o] = left[c] === 1 + LEFT_BY.indexOf("closed_date") ? closedDate![c] : NaN;
    // The status's word, quoted (已退费: tester67 U305), third: 1 + leftStatusWord, 0 none.
    if (left[c] === 1 + LEFT_BY.indexOf("status") || left[c] === 1 + LEFT_BY.indexOf("stage"))
      figures[o + 2] = 1 + leftStatusWord(dataset.customers.status?.[c] ?? "");
    // 1: the status says the course was completed (结课), not that the customer left.
    if (left[c] === 1 + LEFT_BY.indexOf("completed")) figures[o + 1] = 1;
    // 3: the note says so (已搬去成都, Closed for good).
    if (left[c] === 1 + LEFT_BY.indexOf("note")) figures[o + 1] = 3;
    // 4: a contact's note says so (店已经关了: fix64b), on the day figures[o], in the word [o + 2];
    // 5: the pet of a vet's record of one pet died, so said (咪咪9月底去世了: tester65 U203).
    const byPet = left[c] === 1 + LEFT_BY.indexOf("pet_died");
    if (byPet || left[c] === 1 + LEFT_BY.indexOf("contact")) {
      figures[o] = dataset.contacts!.day[contactRow![c]];
      figures[o + 1] = byPet ? 5 : 4;
      figures[o + 2] = contactWord![c];
    }
    // 2: every subscription ended, the last on the day given (NaN: none written).
    if (left[c] === 1 + LEFT_BY.indexOf("subscription")) {
      const day = ended?.[c] ?? NaN;
      figures[o] = Number.isFinite(day) ? day : NaN;
      figures[o + 1] = 2;
    }
  }
}

/**
 * Of the customers whose status says the course was completed (结课, 毕业: customersLeft), those
 * who still pay on their own rhythm (three purchase days or more, the last within their rhythm:
 * 已结课 written, the monthly fee paid 25 days ago) are not left: the money after the word wins
 * (reviewer61 R10, S4; a school's 续费 call is the one it wants). Their `left` is set to 0;
 * returns how many, for the run to say. With `by` "note": the customers whose note says they left
 * (已搬去成都: tester62 U142), the same way (a note has no day; the money since wins).
 */
function stillPaying(
  left: Uint8Array,
  recencyDays: Float64Array,
  purchaseDays: Int32Array,
  typicalGapDays: Float64Array,
  by: "completed" | "note" | "contact" | "stage" = "completed",
): number {
  const completed = 1 + LEFT_BY.indexOf(by);
  let count = 0;
  for (let c = 0; c < left.length; c++) {
    if (left[c] !== completed || !paysOnOwnRhythm(c, recencyDays, purchaseDays, typicalGapDays))
      continue;
    left[c] = 0;
    count++;
  }
  return count;
}

/**
 * Whether customer `c` still pays on its own rhythm: three purchase days or more (two are one gap,
 * no rhythm: a deposit and the course's balance, reviewer62 R6), the last within its usual gap.
 */
function paysOnOwnRhythm(
  c: number,
  recencyDays: Float64Array,
  purchaseDays: Int32Array,
  typicalGapDays: Float64Array,
): boolean {
  return purchaseDays[c] >= 3 && recencyDays[c] <= typicalGapDays[c];
}

/**
 * Of the customers whose every subscription ended (customersLeft), those who bought after it
 * ended (the day canceled, else the period's end; with neither written, on their own rhythm as
 * stillPaying) are not left: they switched to paying per purchase (reviewer62 R10: a roaster's
 * subscriber canceled 06-30 and buys beans in the shop every week since). Their `left` is set to 0.
 */
function boughtSinceEnded(
  left: Uint8Array,
  endedAfter: Float64Array,
  recencyDays: Float64Array,
  purchaseDays: Int32Array,
  typicalGapDays: Float64Array,
  asOf: number,
): void {
  const subscription = 1 + LEFT_BY.indexOf("subscription");
  for (let c = 0; c < left.length; c++) {
    if (left[c] !== subscription || purchaseDays[c] === 0) continue;
    const after = endedAfter[c];
    const bought =
      after > -Infinity
        ? asOf - recencyDays[c] > after
        : paysOnOwnRhythm(c, recencyDays, purchaseDays, typicalGapDays);
    if (bought) left[c] = 0;
  }
}

/**
 * Of the customers a contact's note says left (customersLeft, LEFT_BY contact), those whose last
 * purchase (or visit: the segmentation's recency) is after that note's day are not left: a later
 * purchase undoes it (fix64b), as it does a pet's death said on its record (LEFT_BY pet_died: the
 * note was of another animal). Their `left` is set to 0.
 */
function boughtSinceNote(
  left: Uint8Array,
  contactRow: Int32Array,
  dataset: Dataset,
  recencyDays: Float64Array,
  asOf: number,
): void {
  const byContact = 1 + LEFT_BY.indexOf("contact");
  const petDied = 1 + LEFT_BY.indexOf("pet_died");
  const day = dataset.contacts!.day;
  for (let c = 0; c < left.length; c++)
    if (
      (left[c] === byContact || left[c] === petDied) &&
      Math.floor(asOf - recencyDays[c]) > day[contactRow[c]]
    )
      left[c] = 0;
}

/** buyer[c] = 1 for each customer with a purchase day; returns how many. */
function markBuyers(purchaseDays: Int32Array, buyer: Uint8Array): number {
  let buyers = 0;
  for (let c = 0; c < purchaseDays.length; c++) {
    if (purchaseDays[c] > 0) {
      buyer[c] = 1;
      buyers++;
    }
  }
  return buyers;
}

/**
 * The value tier of a customer still coming on a course paid before the window (tester63 U168:
 * 王芳, 正畸 28,000 paid on 2025-04-01, then monthly 正畸复诊 at ¥0: 低价值 by a window spend of 0,
 * the clinic's second-largest payer): purchase days in the window, a net spend of 0 there and no
 * day with spend in it (`spendLast` on or before the window's start: not a purchase netted to 0 by
 * a return). Her tier is read from what she paid, her net spend, against the same cut points; her
 * RFM M, spend and value at stake stay the window's.
 */
function prepaidCourseTiers(
  analysis: CustomerAnalysis,
  spendLast: Float64Array,
  netSpend: Float64Array,
  windowStart: number,
  tiers: TierCuts,
): void {
  const { frequency, monetary, valueTier } = analysis;
  for (let c = 0; c < frequency.length; c++)
    if (frequency[c] > 0 && monetary[c] === 0 && spendLast[c] <= windowStart && netSpend[c] > 0)
      valueTier[c] = tierOf(netSpend[c], tiers);
}

/**
 * The buyers' R, F and M scores (R from `recencyDays`: her last visit where her visits are her
 * rhythm), RFM segment and value class, and every customer's value tier.
 */
function scoreBuyers(
  analysis: CustomerAnalysis,
  recencyDays: Float64Array,
  buyer: Uint8Array,
  rCuts: CutPoints,
  fCuts: CutPoints,
  mCuts: CutPoints,
  averages: ValueClassReference,
  tiers: TierCuts,
  segments: ReturnType<typeof segmentLookup>,
): void {
  const { frequency, monetary, rScore, fScore, mScore, rfmSegment, valueClass } = analysis;
  const { valueTier } = analysis;
  // Imported functions as locals: bundlers may turn each use of an import into a getter call.
  const [lower, higher, segmentFor, classFor, tierFor] = [
    scoreLowerBetter,
    scoreHigherBetter,
    segmentOf,
    valueClassOf,
    tierOf,
  ] as const;
  for (let c = 0; c < buyer.length; c++) {
    if (buyer[c]) {
      const r = lower(recencyDays[c], rCuts);
      // No purchase in the window: F and M score 1 whatever the cut points say (a net 0 would
      // otherwise outscore a buyer whose returns made their window spend negative).
      const inWindow = frequency[c] > 0;
      const f = inWindow ? higher(frequency[c], fCuts) : 1;
      const m = inWindow ? higher(monetary[c], mCuts) : 1;
      rScore[c] = r;
      fScore[c] = f;
      mScore[c] = m;
      rfmSegment[c] = segmentFor(segments, r, f, m);
      valueClass[c] = classFor(recencyDays[c], frequency[c], monetary[c], averages);
    }
    valueTier[c] = tierFor(monetary[c], tiers);
  }
}

/**
 * Every customer's lifecycle stage and the churned and prospect levels (churn risk is learned
 * after the model is fitted: churn/risk.ts; until then everyone else is low, with no
 * probability), with the churned customers' reason when `reasons`.
 */
function stagesOf(
  analysis: CustomerAnalysis,
  m: DatedSummary["segmentation"],
  typicalGapDays: Float64Array,
  asOf: number,
  rules: RuleSet,
  churnDays: number,
  reasons: boolean,
  ruleOut: Int8Array | null,
  occasion?: Uint8Array,
): void {
  // The segmentation's recency: a customer read by her visits is judged on her last visit
  // (analysis.recencyDays holds her last payment's, for RFM and the tabs).
  const { lifecycleStage: stageOut, churnLevel } = analysis;
  const recencyDays = m.recencyDays;
  const firstDay = m.firstPurchase;
  const purchaseDays = m.purchaseDays;
  const returnDay = m.wonBackDay;
  const { recentCount, previousCount, recentSpend, previousSpend } = m;
  const x: StageInputs = {
    purchaseDays: 0,
    recencyDays: NaN,
    ageDays: NaN,
    typicalGapDays: NaN,
    daysSinceReturn: NaN,
    recentCount: 0,
    previousCount: 0,
    recentSpend: 0,
    previousSpend: 0,
  };
  const ruleFor = stageRule;
  const stageOfRule = STAGE_OF_RULE;
  const lifecycle = rules.lifecycle;
  for (let c = 0; c < stageOut.length; c++) {
    x.purchaseDays = purchaseDays[c];
    x.recencyDays = recencyDays[c];
    x.ageDays = asOf - firstDay[c];
    x.typicalGapDays = typicalGapDays[c];
    x.daysSinceReturn = asOf - returnDay[c];
    x.recentCount = recentCount[c];
    x.previousCount = previousCount[c];
    x.recentSpend = recentSpend[c];
    x.previousSpend = previousSpend[c];
    const rule = ruleFor(x, lifecycle, churnDays);
    const stage = stageOfRule[rule];
    stageOut[c] = stage;
    if (ruleOut) ruleOut[c] = rule;
    if (stage === STAGE.prospect) churnLevel[c] = PROSPECT_LEVEL;
    if (stage === STAGE.churned) {
      churnLevel[c] = CHURNED_LEVEL;
      // Her rhythm as the churn model reads it (churnRhythm): her own mean gap where longer than
      // the shrunk one (tester63 U170: one gap of 362 days read "buys about every 227 days").
      const own = x.purchaseDays > 1 ? (x.ageDays - x.recencyDays) / (x.purchaseDays - 1) : NaN;
      if (reasons)
        writeChurnedReason(
          analysis,
          c,
          recencyDays[c],
          own > typicalGapDays[c] ? own : typicalGapDays[c],
          purchaseDays[c] === 1,
          m.byVisits !== undefined && m.byVisits[c] === 1,
          occasion !== undefined && occasion[c] === 1,
        );
    }
  }
}
