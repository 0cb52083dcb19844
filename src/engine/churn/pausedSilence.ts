import { CHURN_FEATURES, type Snapshot } from "./features";

/**
 * The features that read a customer's silence (days since her last purchase or visit, against her
 * rhythm or not; her purchase days and spend falling off in the latest trend period; the
 * repeat-purchase model's P(no purchase), itself read from her recency): a pause explains them.
 */
const SILENCE = (
  ["overdueVsRhythm", "recency", "countTrend", "spendTrend", "modelNoPurchase"] as const
).map((f) => CHURN_FEATURES.indexOf(f));

/**
 * A customer paused today (Snapshot.paused: 冻结, 停卡, On hold, on leave, payments paused) is not
 * leaving by her silence: the silence features (SILENCE) add no risk for her, each contribution at
 * most 0, the typical customer's. Her other features keep their weight (few purchases, low spend,
 * a low score, an open complaint). tester67's gym B2 as of 2026-12-07: its 51 frozen members, all
 * of whom come back after the freeze (the workbook's truth), read high 16 / medium 29 / low 6 on
 * their silence since the freeze (the lead's 93449998 only held the own rhythm's floor off).
 * Applied after the own rhythm's floor (which skips a paused customer), in place on `eta` and the
 * column-major contributions.
 *
 * So is a one-day customer of an occasion order (Snapshot.occasion, aggregate/occasion.ts: a
 * wedding cake at a bakery of regulars): her silence is what an occasion order's customer does,
 * with no regulars' gap to be overdue against, as her reason says (reviewer69 M10: "not counted
 * overdue against the regulars' gap" beside high 94.8 %, the gap still weighed: a hotel's $900
 * trial order 60 days ago at a bakery of weekly $26 regulars → 33.6 %, low).
 *
 * @example pausedSilence(today, rows, eta, contributions) // a frozen member's overdue contribution 0
 */
export function pausedSilence(
  s: Snapshot,
  rows: Int32Array,
  eta: Float64Array,
  contributions: Float64Array,
): void {
  const paused = s.paused;
  const occasion = s.occasion;
  if (paused === undefined && occasion === undefined) return;
  const n = rows.length;
  for (let i = 0; i < n; i++) {
    const c0 = rows[i];
    // The occasion as her reason says it: bought on one day only (a finished course's free
    // revisits are purchase days: its own reason says why, ownRhythmOverdue.test).
    const byOccasion = occasion?.[c0] === 1 && s.purchaseDays[c0] === 1;
    if (paused?.[c0] !== 1 && !byOccasion) continue;
    for (const k of SILENCE) {
      const c = contributions[k * n + i];
      if (!(c > 0)) continue;
      contributions[k * n + i] = 0;
      eta[i] -= c;
    }
  }
}
