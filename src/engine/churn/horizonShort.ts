import type { RunWarning } from "../followUp/warnings";
import type { Lang } from "../schema";
import { say } from "../words/catalog";
import { DEFAULTS } from "../rules/defaults";
import { RISK_LEVELS } from "../analysis";

/** The horizon advised is the customers' typical gap rounded up to whole months of this many days. */
const MONTH_DAYS = 30;

/** A backtest AUC below this ranks little better than chance (0.5): said with the horizon. */
export const WEAK_RANKING_AUC = 0.6;

/**
 * The gap, in horizons, from which the warning is said: at 1.25 a steady customer makes no
 * purchase within the horizon 45 % of the time (exp(−1 / 1.25)); a gap a day past the horizon is
 * no case for it (newuser71: said at 91 days against 90, "0 customers at medium or high risk").
 */
const GAP_HORIZONS = 1.25;

/**
 * The share of the customers scored (high, medium or low) at medium or high risk from which the
 * warning is said when the backtest does not rank poorly: it is said where it shows, not on every
 * run of a slowly buying shop (a test workbook of ten customers, one at medium risk).
 */
const AT_RISK_SHARE = 0.25;
/** The customers scored from which that share is read (a handful says nothing of a shop). */
const MIN_SCORED = 20;
const LOW = (RISK_LEVELS as readonly string[]).indexOf("low");

const MEDIUM = (RISK_LEVELS as readonly string[]).indexOf("medium");
const HIGH = (RISK_LEVELS as readonly string[]).indexOf("high");

/**
 * churn_horizon_short: the rule set's churn.churnHorizonDays is shorter than the customers' typical
 * gap between purchases (ClassifyResult.populationGapDays). Churn risk is the probability of no
 * purchase within the horizon, and a customer buying at random at that pace has none in it with
 * probability exp(−horizon / gap): 60 % for a 90-day horizon and a 179-day gap, so most steady
 * customers read as medium risk and the ranking says little (tester70 U604: a car-service shop
 * whose members come every 5–7 months, 152 of 277 members medium after a refresh, backtest AUC
 * 0.41; with 180 days, 0.64 and no medium). Says the horizon, the gap, that share, how many
 * customers are at medium or high risk, the backtest's AUC when it ranks little better than
 * chance (WEAK_RANKING_AUC; worse than chance under 0.5), the horizon advised (the gap rounded up
 * to whole months, at most churn.churnedAfterDays) and where it is set. Null when the gap is under
 * GAP_HORIZONS horizons, there is no gap (no buyer), or it does not show: the backtest ranks well
 * (or was not made) and fewer than AT_RISK_SHARE of the customers scored are at medium or high risk.
 * CDNOW as of 1997-09-30 (gap 83 days) and the samples (about 37) are never said to.
 *
 * @example churnHorizonWarning(90, 179, churnLevel, 0.41, 365)?.code // "churn_horizon_short"
 */
export function churnHorizonWarning(
  horizonDays: number,
  populationGapDays: number,
  churnLevel: ArrayLike<number>,
  backtestAuc: number | null,
  churnedAfterDays: number,
): RunWarning | null {
  if (!(populationGapDays >= GAP_HORIZONS * horizonDays)) return null;
  const advised = Math.min(
    Math.ceil(populationGapDays / MONTH_DAYS) * MONTH_DAYS,
    churnedAfterDays,
  );
  if (advised <= horizonDays) return null;
  let atRisk = 0;
  let scored = 0;
  for (let c = 0; c < churnLevel.length; c++) {
    const l = churnLevel[c];
    if (l === MEDIUM || l === HIGH) atRisk++;
    if (l === MEDIUM || l === HIGH || l === LOW) scored++;
  }
  const weak = backtestAuc !== null && backtestAuc < WEAK_RANKING_AUC;
  if (!weak && !(scored >= MIN_SCORED && atRisk >= AT_RISK_SHARE * scored)) return null;
  // Under 0.5 the ranking is worse than chance (newuser71: "little better" understated 0.41).
  const worse = weak && backtestAuc < 0.5;
  const params = {
    days: String(horizonDays),
    gap: String(Math.round(populationGapDays)),
    share: `${(100 * Math.exp(-horizonDays / populationGapDays)).toFixed(0)}%`,
    atRisk: atRisk.toLocaleString("en-US"),
    auc: weak ? backtestAuc.toFixed(2) : "",
    advised: String(advised),
    default: String(DEFAULTS.churn.churnHorizonDays),
  };
  const text = (lang: Lang, code: "churnHorizonShort" | "briefChurnHorizonShort") =>
    say(lang, "followUp", code, {
      ...params,
      weak: weak
        ? say(
            lang,
            "followUp",
            worse ? "churnHorizonWorseRanking" : "churnHorizonWeakRanking",
            params,
          )
        : "",
    });
  return {
    code: "churn_horizon_short",
    message: {
      "zh-CN": text("zh-CN", "churnHorizonShort"),
      "en-US": text("en-US", "churnHorizonShort"),
    },
    brief: {
      "zh-CN": text("zh-CN", "briefChurnHorizonShort"),
      "en-US": text("en-US", "briefChurnHorizonShort"),
    },
  };
}
