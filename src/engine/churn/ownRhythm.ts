import {
  CHURN_FEATURES,
  churnRhythm,
  rhythmDays,
  rhythmSpan,
  rhythmSquares,
  type RhythmDays,
  type Snapshot,
} from "./features";

/**
 * Regular buyers judged on their own rhythm (tester57 U45, tester56 U23,
 * tester55 U1). The number of gaps is no evidence of regularity: CDNOW's heavy buyers are bursty
 * and come back after twice their mean gap (rhythm57). The spread of the gaps is: a customer with
 * at least MIN_GAPS gaps whose sd is at most EVEN_CV of their mean is regular, one at UNEVEN_CV or
 * more is not (linear between). Measured on the CDNOW sample (AUC, no purchase in 90 days, 97-09 /
 * 98-01; rhythm57 alone 0.7887 / 0.7841, main 0.7912 / 0.7862): any spread with 1 gap 0.7565 /
 * 0.7655; 4 gaps, CV 0.35–0.8: 0.7807 / 0.7810; 4 gaps, CV 0.2–0.5: 0.7867 / 0.7845.
 */
const MIN_GAPS = 4;
const EVEN_CV = 0.2;
const UNEVEN_CV = 0.5;

/** The weight of the evidence: gaps / (gaps + GAP_PRIOR), 1/2 with four even gaps, 5/7 with ten. */
const GAP_PRIOR = 4;

/**
 * One gap of about a year (at least YEARLY_GAP days) is a yearly card or fee (a gym's 年卡, a
 * school's year), weight ONE_GAP_WEIGHT; its spread unknown, it is taken as ONE_GAP_CV. CDNOW
 * 1998-01-31 (full, AUC; main 0.7986): without it 0.7957; one of 300 days or more, on the sample, −0.0076;
 * 330 days 0.7932, 340 0.7936, 350 0.7944. The weight: tester57's gym lists 17 → 14 at 0.2 → 0.35
 * (the 年卡 holders 322–326 days in), the same at 0.5; CDNOW the same at either. 0.5 since rhythm57's
 * recency at the rhythm's phase is gone (it read a customer's silence against the population's
 * rhythm, which moved as others churned: a customer silent longer was less at risk,
 * defaultReference's property); a yearly payer 260 days in among weekly buyers is 41 %.
 */
const YEARLY_GAP = 350;
const ONE_GAP_CV = 0.5;
const ONE_GAP_WEIGHT = 0.5;

/**
 * The rhythm's log-odds: RHYTHM_SLOPE × (log(silence / rhythm) − log(due)), due = 1 + 2·CV rhythms
 * (CV at least MIN_CV), so 50 % at 1.3 rhythms of silence for an even buyer, falling fast inside the
 * rhythm (an even buyer 41 days into 45: 11 %); but never before one whole missed visit of up to
 * MISSED_WEEK days (due at least 1 + min(rhythm, MISSED_WEEK) / rhythm): a frequent buyer who
 * misses one week (a holiday) is no sign of leaving (tester66 U234: a weekly regular, 47 % of the
 * revenue, 13 days silent against 7, went 4 % → 68 % and got an urgent win-back call; now 14 %,
 * low). A buyer every 24 days or more is as before (a monthly member a payment late is late: at
 * two weeks' allowance tester61's TWIN went high 85 % → medium 77 %, no retention call). The judge
 * check (default weights: CDNOW 0.7688, generated 0.9076, zh 0.8472, en 0.8467): unchanged; at two
 * rhythms for every buyer 0.7690, 0.9076, 0.8475, 0.8474.
 */
const RHYTHM_SLOPE = 6;
const MIN_CV = 0.15;
const MISSED_WEEK = 7;

/**
 * No buyer is sure to buy: the rhythm's log-odds are at least RHYTHM_FLOOR (8 %). Unfloored, the
 * periodic set's lowest four deciles were stated 0.0–0.8 % against 10.7–16.0 % observed.
 */
const RHYTHM_FLOOR = -2.5;

/**
 * The features that say when the customer buys (overdue, recency, purchase days, age, purchase-day
 * trend, the repeat-purchase model): the own rhythm stands in for them. Spend, its trend and the
 * service signals keep their weight: a regular buyer whose orders shrink or who complained is at
 * risk on its rhythm too (tester55's SH-R004, SH-R006, SH-R010: 低 at 0.0–1.5 % when they were
 * scaled with the rest).
 */
const TIMING = (
  ["overdueVsRhythm", "recency", "frequency", "age", "countTrend", "modelNoPurchase"] as const
).map((f) => CHURN_FEATURES.indexOf(f));

/**
 * The coefficient of variation of customer c's gaps between purchase days (sd ÷ mean, from the
 * sum of their squares); NaN with fewer than two gaps or the squares unknown.
 *
 * @example gapSpread(snapshot, c) // 0.08 for a buyer every 30 ± 3 days
 */
export function gapSpread(s: RhythmDays, c: number): number {
  const g = rhythmDays(s, c) - 1;
  if (!(g >= 2)) return NaN;
  const mean = rhythmSpan(s, c) / g;
  if (!(mean > 0)) return NaN;
  const v = rhythmSquares(s, c) / g - mean * mean;
  return Math.sqrt(v > 0 ? v : 0) / mean;
}

/**
 * The spread of customer c's gaps as regularity reads it: their sd over their mean, or over a week
 * (MISSED_WEEK) when they are shorter. Within a week the gaps are the week's own shape, no
 * irregularity: a café ordering Monday to Friday (gaps 1, 1, 1, 1, 3: sd 0.8 of a mean of 1.4)
 * spreads 0.11 of a week, and was read as at no rhythm of its own (tester67 U309: W-112, 39 days
 * silent, medium 53 %). NaN as gapSpread.
 *
 * @example weekSpread(snapshot, c) // 0.11 for orders Monday to Friday
 */
export function weekSpread(s: RhythmDays, c: number): number {
  const g = rhythmDays(s, c) - 1;
  const mean = g >= 1 ? rhythmSpan(s, c) / g : NaN;
  const cv = gapSpread(s, c);
  return mean < MISSED_WEEK ? (cv * mean) / MISSED_WEEK : cv;
}

/**
 * Whether customer c keeps an even rhythm of its own: at least MIN_GAPS gaps between its rhythm
 * days (rhythmDays), their spread (gapSpread) below UNEVEN_CV, the bound past which regularity
 * counts them no rhythm. A 次卡 used at ¥0 every 14 days, read over its purchase days, keeps one
 * (reviewer61 R14); a clinic's two 复查 after an implant do not.
 *
 * @example keepsEvenRhythm(snapshot, c) // true for 15 visits every 14 ± 3 days
 */
export function keepsEvenRhythm(s: RhythmDays, c: number): boolean {
  return rhythmDays(s, c) - 1 >= MIN_GAPS && gapSpread(s, c) < UNEVEN_CV;
}

/**
 * How much customer c is a regular buyer: 0 (bursty, too few gaps) up toward 1 (many even gaps).
 * Its gaps are those between its days with spend (rhythmDays: a ¥0 revisit is none).
 */
export function regularity(s: RhythmDays, c: number): number {
  const g = rhythmDays(s, c) - 1;
  // The squares unknown (a snapshot made without them): no customer is taken for a regular buyer.
  if (!(rhythmSquares(s, c) >= 0)) return 0;
  // A yearly fee, not a build and its hosting a year apart (unevenPair: no rhythm; tester64 U189).
  if (g === 1)
    return rhythmSpan(s, c) >= YEARLY_GAP && s.unevenPair?.[c] !== 1 ? ONE_GAP_WEIGHT : 0;
  if (!(g >= MIN_GAPS)) return 0;
  const cv = weekSpread(s, c);
  const even = cv <= EVEN_CV ? 1 : cv < UNEVEN_CV ? (UNEVEN_CV - cv) / (UNEVEN_CV - EVEN_CV) : 0;
  return (even * g) / (g + GAP_PRIOR);
}

/**
 * Customer c's own rhythm's reading: how regular it is (ρ, regularity) and the rhythm's log-odds
 * (RHYTHM_SLOPE × (log(silence / rhythm) − log(due)), at least RHYTHM_FLOOR); ρ 0 for one at no
 * rhythm of its own (the odds are then not read).
 */
function ownRhythmOf(s: Snapshot, c: number): { rho: number; rhythm: number } {
  const rho = regularity(s, c);
  if (!(rho > 0)) return { rho: 0, rhythm: 0 };
  const cv = rhythmDays(s, c) > 2 ? weekSpread(s, c) : ONE_GAP_CV;
  const rhythmGap = churnRhythm(s, c);
  const silence = (s.recencyDays[c] + 1) / (rhythmGap + 1);
  const missed = rhythmGap > 0 ? 1 + Math.min(1, MISSED_WEEK / rhythmGap) : 1;
  const due = Math.max(1 + 2 * Math.max(MIN_CV, cv), missed);
  const odds = RHYTHM_SLOPE * (Math.log(silence) - Math.log(due));
  return { rho, rhythm: odds > RHYTHM_FLOOR ? odds : RHYTHM_FLOOR };
}

/**
 * Regular buyers judged by their own rhythm as much as they are regular (ρ = regularity): the
 * contributions of the TIMING features are scaled by 1 − ρ and ρ × the rhythm's log-odds joins the
 * overdue feature's (k = 0, the rhythm's reason), so the contributions still add up to the
 * log-odds. A yearly payer 260 days in among weekly buyers is low; a monthly one three months
 * silent, high, overdue first.
 */
export function blendOwnRhythm(
  s: Snapshot,
  rows: Int32Array,
  eta: Float64Array,
  contributions: Float64Array,
): void {
  const n = rows.length;
  for (let i = 0; i < n; i++) {
    const { rho, rhythm } = ownRhythmOf(s, rows[i]);
    if (!(rho > 0)) continue;
    let timing = 0;
    for (const k of TIMING) {
      timing += contributions[k * n + i];
      contributions[k * n + i] *= 1 - rho;
    }
    contributions[i] += rho * rhythm;
    eta[i] += rho * (rhythm - timing);
  }
}

/**
 * Under learned weights, a regular buyer past its due on its own rhythm reads at least what its
 * rhythm says, as much as it is regular: ρ × (the rhythm's log-odds − the log-odds) joins the
 * overdue feature's contribution (k = 0, the rhythm's reason) where that is above 0. The learned
 * weights are fitted on every customer, most at no rhythm of their own: the bakery's three cafés
 * ordering Monday to Friday, 38–41 days silent, read medium 50–56 % on them (tester67 U309). Only
 * upward and only past the due: the default weights' blend (the timing features' contributions
 * replaced) put the samples' AUC down (zh 0.8765 → 0.8688, en 0.8733 → 0.8644), as did a floor
 * on the timing features' contributions alone (CDNOW 0.7784 → 0.7777, zh → 0.8756).
 */
export function floorOwnRhythm(
  s: Snapshot,
  rows: Int32Array,
  eta: Float64Array,
  contributions: Float64Array,
): void {
  const n = rows.length;
  const paused = s.paused;
  for (let i = 0; i < n; i++) {
    // A paused customer (冻结, on leave) is silent by the pause, not late (tester67 U313's gym:
    // frozen members high 15 → 47 of 51 with the floor read for them).
    if (paused !== undefined && paused[rows[i]] === 1) continue;
    const { rho, rhythm } = ownRhythmOf(s, rows[i]);
    if (!(rho > 0 && rhythm > 0)) continue;
    const add = rho * (rhythm - eta[i]);
    if (!(add > 0)) continue;
    contributions[i] += add;
    eta[i] += add;
  }
}
