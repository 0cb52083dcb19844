import {
  CHURN_REASON_CODES,
  MAX_CHURN_REASONS,
  REASON_FIGURES,
  RISK_LEVELS,
  type CustomerAnalysis,
} from "../analysis";
import { STAGE } from "../lifecycle/stage";
import type { RuleSet } from "../rules/schema";
import {
  FEATURE_COUNT,
  FEATURE_REASONS,
  quotedRhythm,
  rhythmDays,
  type Snapshot,
} from "./features";
import { overdueAgainstRhythm } from "../lifecycle/stage";
import { levelOfCustomer, riskLevelOf } from "./combine";
import { eligibleRows, scoreChurn, type ChurnModel } from "./learn";
import { regularity } from "./ownRhythm";
import { RECENT_ORDERS } from "../aggregate/orderFall";
import { orderFallOf } from "./orderFall";
import { cancelFloor, saysOwnLeaving, staleLeftStage } from "./saidLeaving";
import { owedSince, owesInvoices } from "../ingest/paymentFailed";
import { monthOf } from "../calendar/civil";

export { riskLevelOf } from "./combine";

const HIGH = RISK_LEVELS.indexOf("high");
const MEDIUM = RISK_LEVELS.indexOf("medium");
const LOW = RISK_LEVELS.indexOf("low");
const CHURNED = RISK_LEVELS.indexOf("churned");
const PROSPECT = RISK_LEVELS.indexOf("prospect");
const CODE = (c: (typeof CHURN_REASON_CODES)[number]) => CHURN_REASON_CODES.indexOf(c);
const TYPICAL = CODE("typical_of_customers");
const BOUGHT_ONCE = CODE("bought_once");
const NOT_WEIGHED = CODE("overdue_not_weighed");
const PAUSED_SILENCE = CODE("paused_silence");
const TYPICAL_LOWERS = CODE("typical_lowers");
const SHRINKING = CODE("shrinking_orders");
const SAID_LEAVING = CODE("said_leaving");
const PAYMENT_FAILED = CODE("payment_failed");
/** The 4th figure of an own-rhythm silence read to the last paid-up purchase (churn/reasons.ts). */
const PAID_UP = 5;
/**
 * A customer read by her visits (Snapshot.byVisits; tester61 U112): her rhythm's reasons in words
 * of visits. The reason's code for hers, by code (-1: the same); few and many purchase days are
 * her visit days, said by their fourth figure (1), and the time since her last one by 2 or 3 (tester67
 * U303).
 */
const BY_VISITS = Int32Array.from(CHURN_REASON_CODES, (code) =>
  code === "overdue_vs_rhythm" || code === "overdue_not_weighed"
    ? CODE("visits_stopped")
    : code === "recent_purchase"
      ? CODE("visiting")
      : code === "falling_frequency"
        ? CODE("falling_visits")
        : -1,
);
const VISITING = CODE("visiting");
const FEW = CODE("few_purchases");
const LONG_SINCE = CODE("long_since_purchase");
const MANY = CODE("many_purchases");
/** long_since_purchase's and recent_purchase's fourth figure in a seasonal customer's off-season. */
const OFF_SEASON = 4;
const CANCEL_SCHEDULED = CODE("cancel_scheduled");
const CANCELED_MAY_RETURN = CODE("canceled_may_return");
const MISSED_APPOINTMENTS = CODE("missed_appointments");
const REFUNDED = CODE("refunded");
/** What holds a low level down, by the feature that does (loweringOf: 1 stands for the silence). */
const LOWERED: Record<number, number> = {
  1: CODE("recent_purchase"),
  2: CODE("many_purchases"),
  3: CODE("high_spend"),
  7: CODE("model_likely_to_buy"),
};
/** Each feature's reason code (index into CHURN_REASON_CODES; -1 none): a table, not a look-up per reason. */
const FEATURE_CODES = Int32Array.from(FEATURE_REASONS, (r) =>
  r.code === null ? -1 : CODE(r.code),
);

/**
 * The fourth figure of an at-risk row's typical_of_customers reason (churn/reasons.ts): 0 the
 * default weights' estimate; 1 "like most customers", the share of the learning set that did not
 * buy, only where that share lies in the row's level; else 3, her own figure from her figures taken
 * together. "Like most customers: historically 24% …" beside 82 % high read as a mistake (tester67
 * U311: the bakery's quarterly catering clients, before fded5835).
 *
 * @example typicalKind(HIGH, { source: "learned", noPurchaseRate: 0.24 }, { high: 0.8, medium: 0.5 }) // 3
 */
export function typicalKind(
  level: number,
  model: Pick<ChurnModel, "source" | "noPurchaseRate">,
  levels: { high: number; medium: number },
): number {
  if (model.source !== "learned") return 0;
  return riskLevelOf(model.noPurchaseRate, levels) === level ? 1 : 3;
}

/**
 * Scores today's customers with the churn model and writes churn risk into the analysis: the
 * probability of no purchase in the horizon, the level (its band at the rule set's absolute
 * thresholds: churn/combine.ts; "churned" for the churned stage; "prospect" for customers who never bought, with no probability) and up to three reasons, the features that add
 * most to the risk, in words with the customer's own figures. Every high or medium customer gets at
 * least one reason (when no feature stands out, "like most customers" with the base rate).
 * Returns the scores' contributions matrix, which nothing reads after it (churn/features.ts
 * releaseFeatures).
 *
 * @example releaseFeatures(assessChurnRisk(analysis, todaySnapshot, model, rules))
 */
export function assessChurnRisk(
  analysis: CustomerAnalysis,
  today: Snapshot,
  model: ChurnModel,
  rules: RuleSet,
): Float64Array {
  const n = analysis.churnProbability.length;
  const { churnProbability, churnLevel } = analysis;
  const codes = analysis.churnReasons.codes;
  const figs = analysis.churnReasons.figures;
  churnProbability.fill(NaN);
  for (let c = 0; c < n; c++) {
    const stage = today.stage[c];
    churnLevel[c] = stage === STAGE.churned ? CHURNED : stage === STAGE.prospect ? PROSPECT : LOW;
    // Churned customers keep the reason classification wrote (overdue, for the win-back call).
    // Slot by slot, not codes.fill per customer (a call into the builtin each, 100k a run).
    if (stage !== STAGE.churned)
      for (let s = c * MAX_CHURN_REASONS; s < (c + 1) * MAX_CHURN_REASONS; s++) codes[s] = -1;
  }
  const rows = eligibleRows(today);
  const { probability, contributions } = scoreChurn(model, today, rows);
  const m = rows.length;
  /** The rhythm the default weights weigh and the reasons quote (churnRhythm; learned: the lifecycle's). */
  const own = model.source === "default";
  const gapOf = (c: number): number => quotedRhythm(today, c, own);
  const minReason = rules.churn.minReasonLogOdds;
  const levels = rules.churn.levels;
  const overdueFactor = rules.lifecycle.overdueFactor;
  const modelNoPurchase = today.modelNoPurchase;
  const H = rules.churn.churnHorizonDays;
  const period = rules.lifecycle.trendPeriodDays;
  const sig = today.signals;
  const typical = (k: number) => Math.exp(model.means[k]);
  // Of those who spent: a net return is no spend in the feature, not in the typical figure.
  const spendTypical = Number.isFinite(model.typicalSpend) ? model.typicalSpend! : typical(3) - 1;
  // The level of this workbook's average customer (every contribution 0): a low level's reason
  // when no feature of the customer's holds it down.
  const baseP = 1 / (1 + Math.exp(-model.intercept));
  const typicalLow = riskLevelOf(baseP, levels) === LOW;
  const learned = model.source === "learned" ? 1 : 0;
  const order = new Int32Array(FEATURE_COUNT);
  const value = new Float64Array(FEATURE_COUNT);
  const byVisits = today.byVisits;
  const visitsShift = today.visitsShift;
  // One-day customers of an occasion order (a wedding cake): no regulars' gap to be overdue against.
  const occasion = today.occasion;

  const write = (
    c: number,
    slot: number,
    code: number,
    a: number,
    b: number,
    d: number,
    e: number,
  ) => {
    const s = c * MAX_CHURN_REASONS + slot;
    const visits = byVisits !== undefined && byVisits[c] === 1;
    const said = visits && BY_VISITS[code] >= 0 ? BY_VISITS[code] : code;
    codes[s] = said;
    const o = s * REASON_FIGURES;
    figs[o] = a;
    figs[o + 1] = b;
    if (said === VISITING) {
      // Her days from the analysis date, as the At-risk tab counts them, where she was read as of
      // the log's end; and that end's days before the date (fix63b: "0 天前" as of 12-20).
      const shift = visitsShift ? visitsShift[c] : 0;
      figs[o] = a + shift;
      figs[o + 1] = shift;
    }
    figs[o + 2] = d;
    figs[o + 3] =
      visits && (code === FEW || code === MANY) ? 1 : visits && code === LONG_SINCE ? 2 + e : e;
  };

  /** Moves customer c's reasons from slot `first` one slot down (the last one dropped). */
  const shiftReasons = (c: number, first: number) => {
    const base = c * MAX_CHURN_REASONS;
    for (let t = MAX_CHURN_REASONS - 1; t > first; t--) {
      codes[base + t] = codes[base + t - 1];
      figs.copyWithin(
        (base + t) * REASON_FIGURES,
        (base + t - 1) * REASON_FIGURES,
        (base + t) * REASON_FIGURES,
      );
    }
  };

  /** Customer c's one gap, between purchases of very different size, is no rhythm (churnRhythm). */
  const unevenRhythm = (c: number): boolean =>
    own && rhythmDays(today, c) === 2 && today.unevenPair?.[c] === 1;

  /**
   * A repeat buyer not past its own rhythm (not a whole day over: overdue's words need one): its
   * silence is said against its rhythm, not only against all customers'.
   */
  const ownRhythm = (c: number): boolean =>
    today.purchaseDays[c] > 1 && Math.round(today.recencyDays[c] - gapOf(c)) < 1;

  /**
   * A seasonal customer within her off-season (churnRhythm reads her against last year's:
   * offSeasonGap): her season as 100 × the month she came back last year + the month her last
   * season ended (509: May–Sep), said instead of "buys about every 243 days" (tester66, Grace Kim,
   * pool May–Sep); NaN for the others, and for one read by her visits (whose reasons' figures
   * are her visits').
   */
  const offSeason = (c: number): number => {
    const off = today.offSeasonGap?.[c];
    const last = today.spendLast?.[c];
    if (!own || off === undefined || !(off === gapOf(c)) || last === undefined || !ownRhythm(c))
      return NaN;
    if (byVisits !== undefined && byVisits[c] === 1) return NaN;
    // Read from the months she buys in: those months (aggregate/season.ts; tester68 U404).
    const months = today.seasonMonths?.[c];
    if (months !== undefined && months > 0) return months;
    return last === last ? 100 * monthOf(last + off) + monthOf(last) : NaN;
  };

  /**
   * 5 for a customer read to her last paid-up purchase, her unpaid invoices set aside
   * (Snapshot.owedAside): her silence is said since that purchase, not "last purchase 66 days ago"
   * beside the row's Last purchase 5 days ago (tester70 U607); else 0.
   */
  const paidUp = (c: number): number => (today.owedAside?.[c] === 1 ? PAID_UP : 0);

  /** The figures of feature k's reason for customer c, written to slot s. */
  const reason = (c: number, s: number, k: number, p: number) => {
    const code = FEATURE_CODES[k];
    const rec = today.recencyDays[c];
    switch (k) {
      case 0:
        return write(
          c,
          s,
          // A one-time buyer not past the customers' gap is not overdue: bought_once (stop 36).
          today.purchaseDays[c] === 1 && !(rec > gapOf(c)) ? BOUGHT_ONCE : code,
          rec - gapOf(c),
          gapOf(c),
          rec,
          // 2: two purchases of very different size, read against the customers' usual gap
          // (churnRhythm; tester64 U189); 3: against the gap of customers who bought twice.
          today.purchaseDays[c] === 1
            ? occasion !== undefined && occasion[c] === 1
              ? 4
              : 1
            : unevenRhythm(c)
              ? today.pairGapDays === today.pairGapDays && today.pairGapDays !== undefined
                ? 3
                : 2
              : paidUp(c),
        );
      case 1: {
        // A repeat buyer within its own rhythm says so: "49 days ago" against all customers' 17
        // alone read as late for a buyer every 60 days (tester54 T2); in her off-season, her
        // season (4, its months in b).
        const season = offSeason(c);
        if (season === season) return write(c, s, code, rec, season, gapOf(c), OFF_SEASON);
        return write(c, s, code, rec, typical(1) - 1, gapOf(c), ownRhythm(c) ? 1 : 0);
      }
      case 2:
        return write(c, s, code, today.purchaseDays[c], typical(2), 0, 0);
      case 3:
        return write(c, s, code, today.monetary[c], spendTypical, 0, 0);
      case 5: {
        const prev = today.previousCount[c];
        const rec2 = today.recentCount[c];
        return write(
          c,
          s,
          code,
          prev,
          rec2,
          period,
          prev > 0 ? Math.max(0, (prev - rec2) / prev) : 0,
        );
      }
      case 6: {
        // Falling orders (aggregate/orderFall.ts) are the spend trend over the customer's own orders.
        if (orderFallOf(today, c) > 0) {
          const usual = today.fallUsual![c];
          return write(
            c,
            s,
            SHRINKING,
            usual,
            today.fallRecent![c],
            today.fallLast![c],
            RECENT_ORDERS,
          );
        }
        const prev = today.previousSpend[c];
        const rec2 = today.recentSpend[c];
        return write(
          c,
          s,
          code,
          prev,
          rec2,
          period,
          prev > 0 ? Math.max(0, (prev - rec2) / prev) : 0,
        );
      }
      case 7:
        return write(c, s, code, today.modelNoPurchase ? today.modelNoPurchase[c] : p, H, 0, 0);
      case 8:
        return write(c, s, code, sig.satisfactionScore![c], sig.satisfactionDay![c], 5, 0);
      case 9:
        return write(c, s, code, sig.recommendScore![c], sig.recommendDay![c], 10, 0);
      case 10:
        return write(c, s, code, sig.openComplaints![c], sig.oldestOpenDays![c], 0, 0);
      case 11:
        return write(
          c,
          s,
          code,
          sig.lateComplaints![c],
          rules.churn.signals.lateComplaints.lookbackDays,
          0,
          0,
        );
      case 12:
        return write(
          c,
          s,
          code,
          today.asOf - sig.lastContactDay![c],
          today.contactAfterDays,
          0,
          sig.unreachedSince?.[c] ?? 0,
        );
    }
  };

  /** Whether feature k's words hold for customer c (the feature is on the side they describe). */
  const describes = (c: number, k: number): boolean => {
    switch (k) {
      case 3:
        // Spend read at 0 only by the basis (an unused prepaid balance) is no low spend (reviewer61
        // R4); nor is none in the window from a customer who bought before it: that says she did
        // not buy in it, her silence's reason (tester63 U168: 王芳's 28,000 正畸 last year read
        // "消费金额低：统计期内 0"). A net return, below 0, is still said (tester44 #5).
        return (
          !(today.heldBalance && today.heldBalance[c] > 0) &&
          !(today.monetary[c] === 0 && today.purchaseDays[c] > 0)
        );
      case 0:
        // At least a whole day past the rhythm: "overdue by 0 days" is no reason (tester54 T14).
        return Math.round(today.recencyDays[c] - gapOf(c)) >= 1;
      case 5:
        return today.recentCount[c] < today.previousCount[c];
      case 6:
        return today.recentSpend[c] < today.previousSpend[c] || orderFallOf(today, c) > 0;
      case 8:
        return !!sig.satisfactionScore && sig.satisfactionScore[c] <= today.lowScoreMax;
      case 9:
        return !!sig.recommendScore && sig.recommendScore[c] <= today.npsDetractorMax;
      case 10:
        return !!sig.openComplaints && sig.openComplaints[c] > 0;
      case 11:
        return !!sig.lateComplaints && sig.lateComplaints[c] > 0;
      case 12: {
        if (!sig.lastContactDay) return false;
        const since = today.asOf - sig.lastContactDay[c];
        return !(since <= today.contactAfterDays);
      }
      default:
        return FEATURE_REASONS[k].side !== 0;
    }
  };

  /**
   * The feature that lowers row i's (customer c's) risk most, when by at least minReason and its
   * words hold: 1 the silence (rhythm and recency: a recent purchase), 2 many purchase days, 3 high
   * spend, 7 the repeat-purchase model's figure (only when in the level's band, as quoted); −1 none.
   */
  const loweringOf = (
    c: number,
    i: number,
    overdue: boolean,
    quote: boolean,
    least: number,
  ): number => {
    // No closure per row: four plain comparisons.
    let best = -1;
    let most = -least;
    const silence = contributions[i] + contributions[m + i];
    // A one-time buyer's single purchase is one fact, said once ("bought only once, N days ago"):
    // neither its recency nor the model's figure on it is a second reason (as for risk).
    if (!overdue && today.purchaseDays[c] > 1 && silence <= most) {
      most = silence;
      best = 1;
    }
    const many = contributions[2 * m + i];
    if (today.purchaseDays[c] > typical(2) && many <= most) {
      most = many;
      best = 2;
    }
    const spend = contributions[3 * m + i];
    if (today.monetary[c] > spendTypical && spend <= most) {
      most = spend;
      best = 3;
    }
    if (quote && today.purchaseDays[c] > 1 && contributions[7 * m + i] <= most) best = 7;
    return best;
  };

  /** The reason that lowers the risk (loweringOf's key), written to slot s. */
  const lowered = (c: number, s: number, key: number) => {
    const code = LOWERED[key];
    const season = key === 1 ? offSeason(c) : NaN;
    if (season === season)
      return write(c, s, code, today.recencyDays[c], season, gapOf(c), OFF_SEASON);
    if (key === 1)
      return write(
        c,
        s,
        code,
        today.recencyDays[c],
        typical(1) - 1,
        gapOf(c),
        // 1: within its own rhythm; 2: a regular buyer a little past it, within its gaps' usual
        // spread (reviewer58 R1: HZ012, 74 days on a 58-day rhythm, "only 74 days ago").
        ownRhythm(c) ? 1 : own && today.purchaseDays[c] > 1 && regularity(today, c) > 0 ? 2 : 0,
      );
    if (key === 2) return write(c, s, code, today.purchaseDays[c], typical(2), 0, 0);
    if (key === 3) return write(c, s, code, today.monetary[c], spendTypical, 0, 0);
    return write(c, s, code, modelNoPurchase![c], H, 0, 0);
  };

  for (let i = 0; i < m; i++) {
    const c = rows[i];
    // A subscription set to cancel at the period's end: high at least (saidLeaving.ts cancelFloor).
    const cancelDay = sig.cancelDay ? sig.cancelDay[c] : NaN;
    // Canceled lately, the door left open (tester63 U163): high at least, as a cancellation set.
    const winBackDay = sig.winBackDay ? sig.winBackDay[c] : NaN;
    // A contact note saying she herself leaves (搬到东莞去了，不来了; Not renewing) while still on her
    // rhythm (so not left: classify.ts): high at least, as a cancellation set (tester64 U182).
    // So is a status stage saying she left (Churned, 已流失) while on her rhythm (reviewer65 M4).
    const ownDay = saysOwnLeaving(sig, c)
      ? sig.leavingNoteDay![c]
      : staleLeftStage(sig, c)
        ? today.recencyDays[c]
        : NaN;
    const p = cancelFloor(
      cancelFloor(cancelFloor(probability[i], cancelDay, levels), winBackDay, levels),
      ownDay,
      levels,
    );
    const level = levelOfCustomer(p, today, c, rules);
    churnProbability[c] = p;
    churnLevel[c] = level;
    // Candidate reasons: features adding risk whose words hold, strongest first.
    const once = today.purchaseDays[c] === 1;
    // A repeat buyer silent for more than overdueFactor gaps (the schedule's retention call:
    // followUp/retention.ts): the rhythm reason is always shown, weighed by what the silence (rhythm
    // and recency together, one fact) adds to the risk, not put first whatever the weights (stop 51
    // J1: "13× overdue" printed first on a row at low, its learned weight 0).
    const overdue = !once && overdueAgainstRhythm(today.recencyDays[c], gapOf(c), overdueFactor);
    const silence = contributions[i] + contributions[m + i];
    const notWeighed = overdue && !(silence >= minReason);
    // A repeat buyer's silence is one fact on one side (reviewer58 R1: gym QZ030 "within its
    // rhythm" as a risk and as a relief in one cell): what rhythm and recency add together, said as
    // overdue when past the rhythm, else as the time since the last purchase.
    const past = !once && describes(c, 0);
    // The repeat-purchase model's figure is quoted only when it lies in the customer's level (the
    // band of the figure shown): "60% likely not to buy" beside a 93% headline, or "100%" beside a
    // 22% one, reads as a contradiction (stop 22 J1, stop 23 T1).
    const mp = modelNoPurchase ? modelNoPurchase[c] : NaN;
    const quote = mp === mp && riskLevelOf(mp, levels) === level;
    let count = 0;
    for (let k = 0; k < FEATURE_COUNT; k++) {
      let v = contributions[k * m + i];
      if (overdue && k === 0) v = notWeighed ? 0 : silence;
      else if (!once && k === 0) v = past ? silence : 0;
      if (!once && k === 1 && (overdue || past)) continue; // said by the rhythm reason
      if (!once && k === 1) v = silence;
      if (k === 7 && !quote) continue;
      if (v > 0 && FEATURE_REASONS[k].code !== null && describes(c, k)) {
        value[k] = v;
        order[count++] = k;
      }
    }
    // Insertion sort by contribution (at most 13 items).
    for (let a = 1; a < count; a++) {
      const k = order[a];
      let b = a - 1;
      while (b >= 0 && value[order[b]] < value[k]) {
        order[b + 1] = order[b];
        b--;
      }
      order[b + 1] = k;
    }
    const atRisk = level === HIGH || level === MEDIUM;
    // A low row's first line is what holds it down (reviewer58 R1: K3 "low 2.3 %" whose only
    // reason was "overdue by 21 days"; stop 51 J1: "overdue, detractor" at 36 % low, held down by
    // 23 purchase days unsaid): the strongest relief, else the level of this workbook's customers
    // when that is low, else any relief; the reasons that add risk follow it. Slot 0 is kept for it.
    const low = level === LOW;
    let lowering = low ? loweringOf(c, i, overdue, quote, minReason) : -1;
    if (low && lowering < 0 && !typicalLow) lowering = loweringOf(c, i, overdue, quote, 1e-9);
    const room = MAX_CHURN_REASONS - (notWeighed ? 1 : 0);
    // Whether the rhythm reason is among them: read in place (a subarray per customer was a new
    // object each, ~57k a 100k run).
    let hasRhythm = false;
    for (let a = 0; a < count; a++) if (order[a] === 0) hasRhythm = true;
    const rhythmShown = count > 1 && hasRhythm && value[0] >= minReason;
    let slot = low ? 1 : 0;
    // At low, an occasion order's customer is held down by what she is (her silence adds no risk:
    // pausedSilence.ts), said first in place of a relief (reviewer69 M10).
    const occasionLow = low && once && occasion !== undefined && occasion[c] === 1;
    if (occasionLow) reason(c, 0, 0, p);
    let onceSaid = occasionLow;
    // The weighed rhythm reason keeps a slot (the last one of `room` when stronger ones fill it).
    let rhythmDue = overdue && !notWeighed;
    for (let a = 0; a < count && slot < room; a++) {
      const k = order[a];
      if (rhythmDue && k !== 0 && slot === room - 1) continue;
      if (k === 0) rhythmDue = false;
      // One recency reason: "last purchase N days ago" only repeats the rhythm reason (k 0) when
      // that one is shown; its slot goes to the next cause (a new-user trial, stop 18).
      if (k === 1 && rhythmShown) continue;
      // At risk, the strongest is said however weak, unless a cancellation set holds the level
      // (cancelFloor): that is said (below), not "few visits: 47 against 47.6" beside it.
      if (
        value[k] < minReason &&
        !(atRisk && slot === 0 && cancelDay !== cancelDay && ownDay !== ownDay)
      )
        break;
      // A one-time buyer's purchase history is one fact, said once in the strongest of rhythm,
      // recency, few purchases and the model's figure's place: "bought once, N days ago", with how
      // far past the customers' usual gap when it is (stop 19 #10: three reasons all saying
      // "bought once"; stop 23 T6: not "few purchases: 1 purchase day").
      if (once && (k === 0 || k === 1 || k === 2 || k === 7)) {
        if (onceSaid) continue;
        onceSaid = true;
        reason(c, slot++, 0, p);
        continue;
      }
      reason(c, slot++, k, p);
    }
    // Held at high by a cancellation set (cancelFloor): that is the reason, written below, not "like
    // most customers".
    if (
      atRisk &&
      slot === 0 &&
      cancelDay !== cancelDay &&
      winBackDay !== winBackDay &&
      ownDay !== ownDay
    )
      write(c, slot++, TYPICAL, p, H, model.noPurchaseRate, typicalKind(level, model, levels));
    if (notWeighed) {
      const rec = today.recencyDays[c];
      const gap = gapOf(c);
      // Paused today (冻结, on leave): her silence is the pause's, said so (pausedSilence.ts).
      if (today.paused !== undefined && today.paused[c] === 1)
        write(c, slot++, PAUSED_SILENCE, rec - gap, gap, rec, byVisits?.[c] === 1 ? 1 : 0);
      else write(c, slot++, NOT_WEIGHED, rec - gap, gap, rec, paidUp(c));
    }
    // Bookings missed or cancelled since her last visit (爽约, 取消: tester63 U168) are said before
    // the silence they explain; not weighed (no data set measured them).
    const missed = sig.missedAppointments;
    if (missed && missed.count[c] > 0) {
      shiftReasons(c, low ? 1 : 0);
      const count = missed.count[c];
      const noShows = missed.noShows[c];
      write(
        c,
        low ? 1 : 0,
        MISSED_APPOINTMENTS,
        count,
        noShows,
        count - noShows,
        missed.lastDay[c],
      );
      slot = Math.min(MAX_CHURN_REASONS, slot + 1);
    }
    // Most of her last purchase refunded, nothing bought since (退费, a refunded order: tester69
    // U503, U506): why she went quiet, said before the silence; not weighed.
    const back = sig.refunded;
    if (back && back.amount[c] > 0) {
      shiftReasons(c, low ? 1 : 0);
      // An earlier purchase than her last day's refunded: its figure negative (churn/reasons.ts).
      const bought = back.earlier[c] ? -back.bought[c] : back.bought[c];
      write(c, low ? 1 : 0, REFUNDED, back.amount[c], back.day[c], bought, back.row[c]);
      slot = Math.min(MAX_CHURN_REASONS, slot + 1);
    }
    // A contact note stating a reason to leave (another supplier, the price) is said first among
    // what adds risk: the caller's opening (tester60 U104).
    const leftDay = sig.leavingNoteDay ? sig.leavingNoteDay[c] : NaN;
    if (leftDay === leftDay) {
      shiftReasons(c, low ? 1 : 0);
      write(c, low ? 1 : 0, SAID_LEAVING, leftDay, sig.leavingWord![c], 0, 0);
      slot = Math.min(MAX_CHURN_REASONS, slot + 1);
    } else if (staleLeftStage(sig, c)) {
      // The stage quoted beside her last purchase (no day: −1 less the LEFT_STAGE_WORDS index).
      shiftReasons(c, low ? 1 : 0);
      write(c, low ? 1 : 0, SAID_LEAVING, NaN, -1 - sig.leftStage![c], today.recencyDays[c], 0);
      slot = Math.min(MAX_CHURN_REASONS, slot + 1);
    }
    // A subscription set to cancel at the period's end is the customer saying she leaves, in the
    // system: said before a note that says so (tester61 U114).
    if (cancelDay === cancelDay) {
      shiftReasons(c, low ? 1 : 0);
      write(c, low ? 1 : 0, CANCEL_SCHEDULED, cancelDay, 0, 0, 0);
      slot = Math.min(MAX_CHURN_REASONS, slot + 1);
    }
    if (winBackDay === winBackDay) {
      shiftReasons(c, low ? 1 : 0);
      write(c, low ? 1 : 0, CANCELED_MAY_RETURN, winBackDay, 0, 0, 0);
      slot = Math.min(MAX_CHURN_REASONS, slot + 1);
    }
    // A status saying a charge failed (past_due, 欠费), or failed charges with no payment since,
    // is said before all that adds risk: the call is about the card, not a retention pitch
    // (tester61 U134). Not weighed: no data set measured what it does to the chance of buying, so
    // the probability stands.
    const failed = sig.paymentFailed;
    if (failed && failed.failed[c] === 1) {
      shiftReasons(c, low ? 1 : 0);
      const charges = failed.charges[c];
      // Overdue invoices, with no status nor failed charge saying it: their count, the oldest
      // overdue one's day and the amount owed (tester62 U148); -1 less the invoices not yet due.
      if (owesInvoices(failed, c))
        write(
          c,
          low ? 1 : 0,
          PAYMENT_FAILED,
          -1 - failed.laterInvoices[c],
          failed.owedInvoices[c],
          owedSince(failed, c),
          failed.owedAmount[c],
        );
      else write(c, low ? 1 : 0, PAYMENT_FAILED, failed.status[c], charges, failed.lastDay[c], 0);
      slot = Math.min(MAX_CHURN_REASONS, slot + 1);
    }
    if (low && !occasionLow) {
      // A relief is said on its own too (an even monthly buyer on its day: "within its own
      // rhythm", reviewer58 R5); the customers' level only before a reason that adds risk.
      if (lowering >= 0) lowered(c, 0, lowering);
      else if (slot > 1 && typicalLow) write(c, 0, TYPICAL_LOWERS, baseP, H, 0, learned);
      // Nothing holds it down and the customers' level is not low (a one-time buyer just under the
      // medium line, 49.99 %): the line it is under, then its reasons (reviewer59 M3: the clinic's
      // BC0054, BC0074–76 had their reasons taken away and said nothing).
      else if (slot > 1) write(c, 0, TYPICAL_LOWERS, levels.medium, H, 0, 2);
    }
  }
  return contributions;
}
