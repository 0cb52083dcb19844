import { MAX_CHURN_REASONS, REASON_FIGURES, type CustomerAnalysis } from "../analysis";
import type { RuleSet } from "../rules/schema";
import type { StageInputs } from "../lifecycle/stage";
import type { ServiceSignals } from "./signals";

/**
 * Churn risk (000 §7.3.2 流失预警; 001 §3.1; DOMAIN 4): a score 0–100, a level and up to three
 * reasons. Each factor has a strength 0–1 and a weight (its most points alone, ÷100); factors
 * combine like independent warning signs: score = 100 × (1 − ∏(1 − weight × strength)). So one
 * strong sign is enough for a high score, more signs push it further, and the score never passes
 * 100 however many sheets are present. Reasons are the factors with the most points, strongest first.
 *
 * Policies, on purpose:
 * - prospects (no purchase) have nothing to lose: score 0, level low, no reasons;
 * - churned customers (no purchase for churn.inactiveDays) are lost already: score 100, level high,
 *   with their reasons as usual (overdue first), so a win-back call knows the story;
 * - customers who bought once have no rhythm and no trend: overdue is measured against the
 *   population rhythm (the words say so) and the falling-frequency and falling-spend factors do
 *   not apply (one purchase is not a trend);
 * - satisfaction, complaint and contact factors apply only when their sheet is present.
 */

/** Factor indices: the same order as CHURN_REASON_CODES. */
export const FACTOR = {
  overdueVsRhythm: 0,
  fallingFrequency: 1,
  fallingSpend: 2,
  lowSatisfaction: 3,
  npsDetractor: 4,
  openComplaints: 5,
  lateComplaints: 6,
  noRecentContact: 7,
} as const;
const FACTORS = 8;

/** Risk level index (into RISK_LEVELS: high, medium, low) of a score. @example riskLevel(75, { high: 60, medium: 30 }) // 0 */
export function riskLevel(score: number, levels: { high: number; medium: number }): number {
  return score >= levels.high ? 0 : score >= levels.medium ? 1 : 2;
}

const clamp01 = (x: number) => (x > 1 ? 1 : x > 0 ? x : 0);

/**
 * Strength of "overdue against own rhythm": 0 up to one typical gap of silence, 1 at fullAtRatio
 * gaps, linear between.
 *
 * @example overdueStrength(60, 30, 3) // 0.5
 */
export function overdueStrength(
  recencyDays: number,
  typicalGapDays: number,
  fullAtRatio: number,
): number {
  return clamp01((recencyDays / typicalGapDays - 1) / (fullAtRatio - 1));
}

/** Share by which a measure fell (0 when it did not fall or there was nothing before). @example fallShare(10, 4) // 0.6 */
export function fallShare(previous: number, recent: number): number {
  return previous > 0 ? clamp01((previous - recent) / previous) : 0;
}

/** Per-customer inputs the scorer reads besides the stage inputs. */
export interface ChurnContext {
  rules: RuleSet;
  signals: ServiceSignals;
  asOf: number;
}

/**
 * A scorer that writes customer i's score, level and reasons into the analysis. It holds its
 * scratch arrays, so scoring a million customers allocates nothing per customer.
 *
 * @example const score = churnScorer(ctx, analysis); score(0, inputs, STAGE.mature);
 */
export function churnScorer(
  ctx: ChurnContext,
  analysis: CustomerAnalysis,
): (i: number, x: StageInputs, stage: number) => void {
  const { rules, signals, asOf } = ctx;
  const f = rules.churn.factors;
  const sat = rules.satisfaction;
  const period = rules.lifecycle.trendPeriodDays;
  const minPoints = rules.churn.minReasonPoints / 100;
  // Module constants as locals: imported bindings are property reads on every use.
  const SLOTS = MAX_CHURN_REASONS;
  const FIGS = REASON_FIGURES;
  const points = new Float64Array(FACTORS);
  const figures = new Float64Array(FACTORS * FIGS);
  const { churnScore, churnLevel, churnProbability } = analysis;
  const codes = analysis.churnReasons.codes;
  const outFigures = analysis.churnReasons.figures;

  const put = (
    factor: number,
    strength: number,
    weight: number,
    a: number,
    b: number,
    c: number,
    d: number,
  ) => {
    points[factor] = weight * strength;
    const o = factor * FIGS;
    figures[o] = a;
    figures[o + 1] = b;
    figures[o + 2] = c;
    figures[o + 3] = d;
  };

  return (i, x, stage) => {
    const slot = i * SLOTS;
    for (let s = 0; s < SLOTS; s++) codes[slot + s] = -1;
    if (x.purchaseDays === 0) {
      churnScore[i] = 0;
      churnLevel[i] = 2;
      return;
    }
    points.fill(0);
    const oneTime = x.purchaseDays === 1;
    put(
      FACTOR.overdueVsRhythm,
      overdueStrength(x.recencyDays, x.typicalGapDays, f.overdueVsRhythm.fullAtRatio),
      f.overdueVsRhythm.weight,
      x.recencyDays - x.typicalGapDays,
      x.typicalGapDays,
      x.recencyDays,
      oneTime ? 1 : 0,
    );
    if (!oneTime) {
      const countFall = fallShare(x.previousCount, x.recentCount);
      put(
        FACTOR.fallingFrequency,
        countFall,
        f.fallingFrequency.weight,
        x.previousCount,
        x.recentCount,
        period,
        countFall,
      );
      const spendFall = fallShare(x.previousSpend, x.recentSpend);
      put(
        FACTOR.fallingSpend,
        spendFall,
        f.fallingSpend.weight,
        x.previousSpend,
        x.recentSpend,
        period,
        spendFall,
      );
    }
    if (signals.satisfactionScore) {
      const score = signals.satisfactionScore[i];
      if (score <= sat.lowScoreMax)
        put(
          FACTOR.lowSatisfaction,
          1,
          f.lowSatisfaction.weight,
          score,
          signals.satisfactionDay![i],
          5,
          0,
        );
    }
    if (signals.recommendScore) {
      const score = signals.recommendScore[i];
      if (score <= sat.npsDetractorMax)
        put(FACTOR.npsDetractor, 1, f.npsDetractor.weight, score, signals.recommendDay![i], 10, 0);
    }
    if (signals.openComplaints) {
      const open = signals.openComplaints[i];
      if (open > 0)
        put(
          FACTOR.openComplaints,
          clamp01(open / f.openComplaints.fullAtCount),
          f.openComplaints.weight,
          open,
          signals.oldestOpenDays![i],
          0,
          0,
        );
      const late = signals.lateComplaints![i];
      if (late > 0)
        put(
          FACTOR.lateComplaints,
          clamp01(late / f.lateComplaints.fullAtCount),
          f.lateComplaints.weight,
          late,
          f.lateComplaints.lookbackDays,
          0,
          0,
        );
    }
    if (signals.lastContactDay) {
      const since = asOf - signals.lastContactDay[i]; // NaN: never contacted
      const c = f.noRecentContact;
      const strength =
        since === since ? clamp01((since - c.afterDays) / (c.fullAtDays - c.afterDays)) : 1;
      put(FACTOR.noRecentContact, strength, c.weight, since, c.afterDays, 0, 0);
    }
    let keep = 1;
    for (let k = 0; k < FACTORS; k++) keep *= 1 - points[k];
    const score = stage === 5 /* churned */ ? 100 : Math.round(1000 * (1 - keep)) / 10;
    churnScore[i] = score;
    if (stage === 5) {
      churnLevel[i] = 3; // "churned": already gone, not "at risk"
      churnProbability[i] = NaN;
    } else {
      churnLevel[i] = riskLevel(score, rules.churn.levels);
      churnProbability[i] = score / 100;
    }
    // The strongest reasons first (ties: the order of CHURN_REASON_CODES).
    for (let s = 0; s < SLOTS; s++) {
      let best = -1;
      for (let k = 0; k < FACTORS; k++)
        if (points[k] >= minPoints && points[k] > 0 && (best < 0 || points[k] > points[best]))
          best = k;
      if (best < 0) break;
      codes[slot + s] = best;
      const from = best * FIGS;
      const to = (slot + s) * FIGS;
      for (let q = 0; q < FIGS; q++) outFigures[to + q] = figures[from + q];
      points[best] = -1;
    }
  };
}
