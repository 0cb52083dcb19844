import type { RunWarning } from "../followUp/warnings";
import type { Lang } from "../schema";
import { say } from "../words/catalog";
import { DEFAULTS } from "../rules/defaults";
import { overdueAgainstRhythm, STAGE } from "./stage";

/** How many of the customers the warning names in its words (all of them: RunWarning.customers). */
const NAMED = 10;

/** How many typical gaps the trend period should span at least (see trendPeriodWarning). */
export const TREND_PERIOD_GAPS = 2;

/**
 * trend_period_short: the rule set's lifecycle.trendPeriodDays is shorter than TREND_PERIOD_GAPS
 * of the customers' typical gaps between purchases (the population rhythm). "No purchase in the
 * recent trend period" then says little: a customer buying at random (a Poisson process) at that
 * average pace has none in the period with probability exp(−period / gap), 44% for a 30-day period
 * and a 37-day gap, and the stage rule calls such a customer stopped (衰退期) once past their rhythm,
 * and any customer who bought on only two days (lifecycle/stage.ts; reviewer13 D12: a period of 30
 * "to see monthly trends" turned monthly buyers into decline). At two gaps the share is 13.5%; the
 * default 180 days is 4.9 gaps on the zh sample (37 days), 2.2 on CDNOW as of 1998-06-30 (83 days).
 *
 * The period advised is two gaps, but never past churn.churnedAfterDays: a customer silent that
 * long is churned whatever the period, so a longer one judges nobody (judge15: a population gap of
 * 202 days advised 404). Null when the period already reaches it.
 *
 * Said only when it changes someone's stage (judge15, stop 39: on slowly buying data it was said on
 * every run while anyone was in decline, for any reason): the customers in decline whose last
 * purchase lies inside the advised period and who are not overdue (stage.ts overdueAgainstRhythm,
 * the stage's own test) are in decline for the short period alone; none, nothing is said. December zh
 * sample: 30 days 161 such customers of 743 in decline, 60 days 26 of 609; CDNOW as of 1998-06-30
 * (gap 83 days): 90 days 947 of 4,268, 120 days 556 of 3,886; 180 days (the default) nowhere.
 * Says the period, the gap, that share, those customers and the period advised, and names them: the
 * first NAMED ids in the message, every one in `customers` (the JSON's warnings[].customers;
 * tester15 #6: "161 of 743" had no answer to "which 161?"). Null too when there is no gap to judge
 * by (no buyer).
 *
 * @example trendPeriodWarning(30, 37, input, lifecycle, 365)?.code // "trend_period_short"
 */
export function trendPeriodWarning(
  trendPeriodDays: number,
  populationGapDays: number,
  customers: {
    lifecycleStage: ArrayLike<number>;
    recencyDays: ArrayLike<number>;
    typicalGapDays: ArrayLike<number>;
    /** Each customer's id as written (named in the warning); absent: counted, not named. */
    id?: ArrayLike<unknown>;
    /**
     * 1 for a customer on two purchase days whose first is matureAfterDays old or more
     * (retention.ts oneIntervalAgedOf): in decline at any period, so never counted (reviewer16 D1).
     */
    oneIntervalAged?: ArrayLike<number>;
  },
  overdueFactor: number,
  churnedAfterDays: number,
): RunWarning | null {
  if (!(populationGapDays > 0)) return null;
  const twoGaps = Math.ceil(TREND_PERIOD_GAPS * populationGapDays);
  const least = Math.min(twoGaps, churnedAfterDays);
  if (trendPeriodDays >= least) return null;
  const { lifecycleStage, recencyDays, typicalGapDays, id, oneIntervalAged } = customers;
  let decline = 0;
  let byPeriod = 0;
  const named: string[] = [];
  for (let c = 0; c < lifecycleStage.length; c++) {
    if (lifecycleStage[c] !== STAGE.decline) continue;
    decline++;
    if (oneIntervalAged?.[c] === 1) continue;
    const r = recencyDays[c];
    if (
      r > trendPeriodDays &&
      r <= least &&
      !overdueAgainstRhythm(r, typicalGapDays[c], overdueFactor)
    ) {
      byPeriod++;
      if (id) named.push(String(id[c]));
    }
  }
  if (byPeriod === 0) return null;
  const share = Math.exp(-trendPeriodDays / populationGapDays);
  const params = {
    days: String(trendPeriodDays),
    gap: String(Math.round(populationGapDays)),
    share: `${(100 * share).toFixed(0)}%`,
    decline: decline.toLocaleString("en-US"),
    byPeriod: byPeriod.toLocaleString("en-US"),
    least: String(least),
    churned: String(churnedAfterDays),
    default: String(DEFAULTS.lifecycle.trendPeriodDays),
    factor: String(overdueFactor),
  };
  const first = named.slice(0, NAMED);
  const more = named.length - first.length;
  const ids = (lang: Lang): string =>
    first.length === 0
      ? ""
      : say(lang, "followUp", more > 0 ? "trendPeriodIdsMore" : "trendPeriodIds", {
          ids: first.join(say(lang, "followUp", "trendPeriodIdSeparator")),
          more: more.toLocaleString("en-US"),
        });
  const advice = (lang: Lang) =>
    say(
      lang,
      "followUp",
      least < twoGaps ? "trendPeriodAdviceCapped" : "trendPeriodAdvice",
      params,
    );
  const sentence = (lang: Lang) =>
    say(lang, "followUp", "trendPeriodShort", { ...params, ids: ids(lang), advice: advice(lang) });
  // For a manager (the Overview, the pane): the decline count reads high, by how many, what to do.
  const brief = (lang: Lang) =>
    say(lang, "followUp", "briefTrendPeriodShort", { ...params, advice: advice(lang) });
  return {
    code: "trend_period_short",
    // One sentence, its last part by whether the period advised stops at the churn threshold.
    message: { "zh-CN": sentence("zh-CN"), "en-US": sentence("en-US") },
    brief: { "zh-CN": brief("zh-CN"), "en-US": brief("en-US") },
    ...(id ? { customers: named } : {}),
  };
}
