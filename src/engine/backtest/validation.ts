import { LEVELS, LIFECYCLE_STAGES, type LifecycleStage } from "../analysis";
import { levelOfCustomer } from "../churn/combine";
import type { Snapshot } from "../churn/features";
import type { EarlierSample } from "../churn/sample";
import {
  eligibleRows,
  learnChurnModel,
  noPurchaseOutcome,
  scoreChurn,
  type LearningSet,
} from "../churn/learn";
import { seasonShifted } from "../churn/seasonShift";
import { STAGE } from "../lifecycle/stage";
import { isoDate } from "../parse/date";
import type { RuleSet } from "../rules/schema";
import { say, sayBoth } from "../words/catalog";
import { areaUnderCurve, orderHighestFirst } from "./auc";
import {
  brierScore,
  constantBrier,
  reliabilityTable,
  type BrierScores,
  type ReliabilityBin,
} from "./calibration";

/**
 * The backtest a user can see (issue 9 item 4): churn risk learned one horizon earlier (snapshot
 * asOf − 2H, outcomes up to asOf − H) scores the asOf − H snapshot and is compared with what
 * happened up to asOf, so it is never scored on the data it learned from. All figures are over the
 * customers scored at asOf − H (bought before it, not in the churned stage), except the purchase
 * check, which covers every buyer as the model does.
 */
export interface Validation {
  /** False when history is too short: then only `note` is set and every figure is null. */
  available: boolean;
  note: { "zh-CN": string; "en-US": string } | null;
  horizonDays: number;
  /** The model was learned as of this date, scored this one and was checked against purchases up to outcomeTo. */
  learnedAsOf: string | null;
  scoredAsOf: string | null;
  outcomeTo: string | null;
  customers: number;
  /** Share of the scored customers who did not buy in the horizon. */
  noPurchaseRate: number | null;
  auc: { churnRisk: number | null; pAlive: number | null; recency: number | null };
  /** Share of the customers who did not buy that were in the top 10% / 20% by churn risk. */
  caught: { top10: number | null; top20: number | null };
  levels: {
    level: (typeof LEVELS)[number];
    customers: number;
    statedProbability: number | null;
    observedRate: number | null;
  }[];
  deciles: { decile: number; customers: number; meanProbability: number; observedRate: number }[];
  /**
   * Whether the stated probabilities mean what they say (backtest/calibration.ts): the Brier score
   * (and stating the learned no-purchase rate for everyone, the reference) and 10 bands of stated
   * probability against the observed rate. Absent when unavailable.
   */
  brier?: BrierScores;
  reliability?: ReliabilityBin[];
  purchases: {
    predicted: number | null;
    actual: number | null;
    byEarlierPurchases: {
      repeatPurchases: string;
      customers: number;
      predicted: number;
      actual: number;
    }[];
  };
  stageChanges: {
    customers: number;
    changed: number;
    transitions: { from: LifecycleStage; to: LifecycleStage; customers: number }[];
  };
  /** One sentence a manager reads (it says so when the figures are on a sample). */
  sentence: { "zh-CN": string; "en-US": string };
  /**
   * Above 300,000 buyers the figures are over a stratified sample of them (churn/sample.ts):
   * buyers sampled, of all buyers. Absent when every customer was scored.
   */
  sample?: { customers: number; of: number };
}

/** What happened after the scored date, as the outcome's snapshot has it (all the validation reads of it). */
export type Outcome = Pick<Snapshot, "asOf" | "lastPurchaseDay" | "modelPurchaseDays" | "stage">;

const pct = (x: number) => `${Math.round(x * 100)}%`;

function unavailable(rules: RuleSet, note: Validation["note"] & object): Validation {
  return {
    available: false,
    note,
    horizonDays: rules.churn.churnHorizonDays,
    learnedAsOf: null,
    scoredAsOf: null,
    outcomeTo: null,
    customers: 0,
    noPurchaseRate: null,
    auc: { churnRisk: null, pAlive: null, recency: null },
    caught: { top10: null, top20: null },
    levels: [],
    deciles: [],
    purchases: { predicted: null, actual: null, byEarlierPurchases: [] },
    stageChanges: { customers: 0, changed: 0, transitions: [] },
    sentence: note,
  };
}

/** Share of the positives among the top `share` of scores (ties broken by order: deterministic). */
function caughtInTop(order: Int32Array, y: Uint8Array, positives: number, share: number): number {
  const k = Math.round(order.length * share);
  let caught = 0;
  for (let i = 0; i < k; i++) caught += y[order[i]];
  return positives > 0 ? caught / positives : NaN;
}

const finiteOrNull = (x: number) => (Number.isFinite(x) ? x : null);

/**
 * Runs the out-of-time backtest from three snapshots (older = asOf − 2H, scored = asOf − H,
 * outcome = asOf). Any missing snapshot, or too little history to learn at the older one, gives
 * an unavailable validation with a note, never made-up numbers.
 *
 * @example validateChurnRisk({ older, scored, outcome, rules }).auc.churnRisk // e.g. 0.78
 */
export function validateChurnRisk(input: {
  older: Snapshot | null;
  scored: Snapshot | null;
  outcome: Outcome;
  rules: RuleSet;
  /** The earlier dates' sample (churn/sample.ts), when they were measured on one. */
  sample?: EarlierSample | null;
  /**
   * The learning set at `older` (learningSet of older and scored.lastPurchaseDay) when the caller
   * took it already (churn/risk.ts churnEarlier), else taken here.
   */
  set?: LearningSet | null;
  /**
   * The season learned from against the one ahead, a year before the scored date (seasonShare at
   * scored.asOf): where they differ, the analysis on that date used the default weights
   * (churn/learn.ts), and so does its backtest (fix69a left: the bike shop's backtest line
   * validated learned weights today's analysis did not use). Absent: learned as before.
   */
  season?: { learned: number; ahead: number } | null;
}): Validation {
  const { older, scored, outcome, rules, sample, set, season = null } = input;
  const H = rules.churn.churnHorizonDays;
  if (!older || !scored)
    return unavailable(rules, sayBoth("analysisNotes", "noBacktestHistory", { days: H }));
  const prepared = set ? { set, x: null } : undefined;
  const model = learnChurnModel(
    older,
    scored.lastPurchaseDay,
    scored.asOf,
    scored,
    rules.churn,
    prepared,
    season,
  );
  if (model.source !== "learned" && !seasonShifted(season))
    return unavailable(rules, {
      "zh-CN": say("zh-CN", "analysisNotes", "backtestTooShort", {
        date: isoDate(older.asOf),
        figures: model.shortHistory?.["zh-CN"] ?? "",
      }),
      "en-US": say("en-US", "analysisNotes", "backtestTooShort", {
        date: isoDate(older.asOf),
        figures: model.shortHistory?.["en-US"] ?? "",
      }),
    });
  const rows = eligibleRows(scored);
  const n = rows.length;
  const { probability } = scoreChurn(model, scored, rows);
  const y = noPurchaseOutcome(rows, scored.asOf, outcome.lastPurchaseDay);
  let positives = 0;
  for (let i = 0; i < n; i++) positives += y[i];
  const notAlive = new Float64Array(n);
  const recency = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    notAlive[i] = 1 - scored.pAlive[rows[i]];
    recency[i] = scored.recencyDays[rows[i]];
  }
  const order = orderHighestFirst(probability);
  // Levels: stated = mean probability of the members, observed = their rate of no purchase.
  const levelCount = [0, 0, 0];
  const levelP = [0, 0, 0];
  const levelY = [0, 0, 0];
  for (let i = 0; i < n; i++) {
    // The level users see (churn/combine.ts), not only the probability's band.
    const l = levelOfCustomer(probability[i], scored, rows[i], rules);
    levelCount[l]++;
    levelP[l] += probability[i];
    levelY[l] += y[i];
  }
  const levels = LEVELS.map((level, l) => ({
    level,
    customers: levelCount[l],
    statedProbability: levelCount[l] > 0 ? levelP[l] / levelCount[l] : null,
    observedRate: levelCount[l] > 0 ? levelY[l] / levelCount[l] : null,
  }));
  // Deciles by probability, highest first.
  const deciles: Validation["deciles"] = [];
  for (let d = 0; d < 10 && n > 0; d++) {
    const from = Math.floor((n * d) / 10);
    const to = Math.floor((n * (d + 1)) / 10);
    let p = 0;
    let obs = 0;
    for (let i = from; i < to; i++) {
      p += probability[order[i]];
      obs += y[order[i]];
    }
    const count = to - from;
    if (count > 0)
      deciles.push({
        decile: d + 1,
        customers: count,
        meanProbability: p / count,
        observedRate: obs / count,
      });
  }
  const purchases = purchaseCheck(scored, outcome);
  const stageChanges = stageChangesOf(scored, outcome);
  const high = levels[0];
  const low = levels[2];
  const date = isoDate(scored.asOf);
  const sentence =
    high.observedRate !== null && low.observedRate !== null
      ? sayBoth("analysisNotes", "backtestHighLow", {
          date,
          days: H,
          high: pct(high.observedRate),
          low: pct(low.observedRate),
        })
      : sayBoth("analysisNotes", "backtestAll", {
          date,
          days: H,
          share: pct(positives / Math.max(1, n)),
          auc: areaUnderCurve(probability, y).toFixed(2),
        });
  if (sample) {
    const figures = { sampled: sample.customers, buyers: sample.of };
    const said = sayBoth("analysisNotes", "backtestSample", figures);
    sentence["zh-CN"] += said["zh-CN"];
    sentence["en-US"] += " " + said["en-US"];
  }
  return {
    ...(sample ? { sample: { customers: sample.customers, of: sample.of } } : {}),
    available: true,
    note: null,
    horizonDays: H,
    learnedAsOf: isoDate(older.asOf),
    scoredAsOf: date,
    outcomeTo: isoDate(outcome.asOf),
    customers: n,
    noPurchaseRate: n > 0 ? positives / n : null,
    auc: {
      churnRisk: finiteOrNull(areaUnderCurve(probability, y)),
      pAlive: finiteOrNull(areaUnderCurve(notAlive, y)),
      recency: finiteOrNull(areaUnderCurve(recency, y)),
    },
    caught: {
      top10: finiteOrNull(caughtInTop(order, y, positives, 0.1)),
      top20: finiteOrNull(caughtInTop(order, y, positives, 0.2)),
    },
    levels,
    deciles,
    brier: {
      churnRisk: finiteOrNull(brierScore(probability, y)),
      baseRate: finiteOrNull(constantBrier(model.noPurchaseRate, y)),
    },
    reliability: reliabilityTable(probability, y),
    purchases,
    stageChanges,
    sentence,
  };
}

/**
 * The check of Fader, Hardie & Lee: the model's expected purchases in the horizon (fitted at the
 * scored date) against the purchase days that happened, overall and by repeat purchases before.
 */
function purchaseCheck(scored: Snapshot, outcome: Outcome): Validation["purchases"] {
  const groups = 8; // 0..6 repeat purchases, 7+
  const count = new Array<number>(groups).fill(0);
  const predicted = new Array<number>(groups).fill(0);
  const actual = new Array<number>(groups).fill(0);
  let any = false;
  for (let c = 0; c < scored.eligible.length; c++) {
    const before = scored.modelPurchaseDays[c];
    const e = scored.expectedPurchases[c];
    if (before === 0 || !(e === e)) continue;
    any = true;
    const g = Math.min(groups - 1, before - 1);
    count[g]++;
    predicted[g] += e;
    actual[g] += outcome.modelPurchaseDays[c] - before;
  }
  if (!any) return { predicted: null, actual: null, byEarlierPurchases: [] };
  const sum = (a: number[]) => a.reduce((s, v) => s + v, 0);
  return {
    predicted: sum(predicted),
    actual: sum(actual),
    byEarlierPurchases: count
      .map((customers, g) => ({
        repeatPurchases: g === groups - 1 ? `${g}+` : String(g),
        customers,
        predicted: predicted[g],
        actual: actual[g],
      }))
      .filter((r) => r.customers > 0),
  };
}

/** How many customers who had bought by the scored date are in another stage at the outcome date. */
function stageChangesOf(scored: Snapshot, outcome: Outcome): Validation["stageChanges"] {
  const S = LIFECYCLE_STAGES.length;
  const matrix = new Int32Array(S * S);
  let customers = 0;
  let changed = 0;
  for (let c = 0; c < scored.stage.length; c++) {
    const a = scored.stage[c];
    if (a === STAGE.prospect) continue;
    const b = outcome.stage[c];
    customers++;
    if (a !== b) {
      changed++;
      matrix[a * S + b]++;
    }
  }
  const transitions: Validation["stageChanges"]["transitions"] = [];
  for (let a = 0; a < S; a++)
    for (let b = 0; b < S; b++)
      if (matrix[a * S + b] > 0)
        transitions.push({
          from: LIFECYCLE_STAGES[a],
          to: LIFECYCLE_STAGES[b],
          customers: matrix[a * S + b],
        });
  transitions.sort((p, q) => q.customers - p.customers);
  return { customers, changed, transitions };
}
