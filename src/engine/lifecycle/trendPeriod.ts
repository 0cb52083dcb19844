import type { RunWarning } from "../followUp/warnings";
import { sayBoth } from "../words/catalog";
import { STAGE } from "./stage";

/** How many typical gaps the trend period should span at least (see trendPeriodWarning). */
export const TREND_PERIOD_GAPS = 2;

/**
 * trend_period_short: the rule set's lifecycle.trendPeriodDays is shorter than TREND_PERIOD_GAPS
 * of the customers' typical gaps between purchases (the population rhythm). "No purchase in the
 * recent trend period" then says little: a customer buying steadily at that pace has none in the
 * period with probability exp(−period / gap), 44% for a 30-day period and a 37-day gap, and the
 * stage rule calls such a customer stopped (衰退期) once past their rhythm, and any customer who
 * bought on only two days (lifecycle/stage.ts; reviewer13 D12: a period of 30 "to see monthly
 * trends" turned monthly buyers into decline). At two gaps the share is 13.5%; the default 180 days
 * is 4.9 gaps on the zh sample (37 days), 2.2 on CDNOW as of 1998-06-30 (83 days). Says the
 * period, the gap, that share, the customers now in decline and the shortest period not warned
 * about. Null when the period is long enough, when there is no gap to judge by (no buyer), or
 * when no customer is in decline: the period has then judged nobody, and on a small workbook the
 * population gap is a guess from a handful of customers (a 6-customer test drew it every run).
 *
 * @example trendPeriodWarning(30, 37, Int8Array.of(4, 3))?.code // "trend_period_short"
 */
export function trendPeriodWarning(
  trendPeriodDays: number,
  populationGapDays: number,
  lifecycleStage: ArrayLike<number>,
): RunWarning | null {
  if (!(populationGapDays > 0) || trendPeriodDays >= TREND_PERIOD_GAPS * populationGapDays)
    return null;
  let decline = 0;
  for (let c = 0; c < lifecycleStage.length; c++)
    if (lifecycleStage[c] === STAGE.decline) decline++;
  if (decline === 0) return null;
  const share = Math.exp(-trendPeriodDays / populationGapDays);
  return {
    code: "trend_period_short",
    message: sayBoth("followUp", "trendPeriodShort", {
      days: String(trendPeriodDays),
      gap: String(Math.round(populationGapDays)),
      share: `${(100 * share).toFixed(0)}%`,
      decline: decline.toLocaleString("en-US"),
      least: String(Math.ceil(TREND_PERIOD_GAPS * populationGapDays)),
    }),
  };
}
