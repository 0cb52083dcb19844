import { civilKey, daysFromCivil, monthOf } from "../calendar/civil";

/**
 * A customer's season read from the months she buys in (tester68 U404: a bike shop's riders, 2–5
 * visits at random dates Apr–Oct in 2024 and 2025, none in winter, all read "overdue" and high in
 * February). seasonalGap (customerSummary.ts) wants each season to begin and end within a month of
 * the year before; a rider who came May+Aug one year and Apr+Jun+Sep the next is no less seasonal.
 *
 * Her days with spend (`days`, ascending, up to the date) fall in at most 12 − OFF_SEASON_MONTHS
 * calendar months that recur (the months she never buys in: a run of at least OFF_SEASON_MONTHS,
 * her off-season), with SEASON_DAYS days or more in each of her last two seasons; her last day is in the latest
 * season that has begun and is not this one (not in season now, no season skipped); and that season
 * ended as late as the one before it, less one of her usual spacings within a season (the season's
 * length over her days per season: the visits' spread). She is then in her off-season, due back
 * that spacing into her next season. Returns the days from her last purchase to then (the gap her
 * silence is read against: churn/features.ts churnRhythm) and her season's first and last month as
 * 100 × first + last (404: Apr–Oct); null for every other customer. One who stopped early in her
 * last season (the bike shop's leavers, last in June of a season ending in October) is none.
 *
 * @example recurringSeason([may24, aug24, apr25, jun25, sep25], 5, feb26) // { gap: 272, months: 409 }
 */
export function recurringSeason(
  days: ArrayLike<number>,
  n: number,
  asOf: number,
): { gap: number; months: number } | null {
  if (n < SEASON_MIN_DAYS) return null;
  let mask = 0;
  for (let i = 0; i < n; i++) mask |= 1 << (monthOf(days[i]) - 1);
  // The longest run of months without a purchase, around the year's end too.
  let run = 0;
  let best = 0;
  let bestEnd = -1;
  for (let i = 0; i < 24; i++) {
    run = mask & (1 << (i % 12)) ? 0 : run + 1;
    if (run > best && run <= 12) {
      best = run;
      bestEnd = i % 12;
    }
  }
  if (best < OFF_SEASON_MONTHS || best >= 12) return null;
  // No other off-season inside her season: a six-monthly cleaning (Mar and Sep, each with its free
  // revisit) is a rhythm, no season (tester58 U66's BC0044).
  let offSeasons = 0;
  run = 0;
  for (let i = bestEnd + 1; i <= bestEnd + 12; i++) {
    run = mask & (1 << (i % 12)) ? 0 : run + 1;
    const ends = i === bestEnd + 12 || mask & (1 << ((i + 1) % 12));
    if (ends && run >= OFF_SEASON_MONTHS) offSeasons++;
  }
  if (offSeasons > 1) return null;
  // Her season: the months after that run, to the month before it (1–12).
  const first = ((bestEnd + 1) % 12) + 1;
  const months = 12 - best;
  const last = ((first - 1 + months - 1) % 12) + 1;
  const seasonOf = (d: number): number => {
    const key = civilKey(d);
    const y = Math.floor(key / 512);
    return (key - y * 512) >> 5 < first ? y - 1 : y;
  };
  const startOf = (season: number): number => daysFromCivil(season, first, 1);
  // The latest season that has begun and is not the date's own (in the off-season: the date's).
  const now = seasonOf(asOf);
  const ended = (monthOf(asOf) - first + 12) % 12 < months ? now - 1 : now;
  const lastDay = days[n - 1];
  const lastSeason = seasonOf(lastDay);
  if (lastSeason !== ended) return null;
  // Her days in that season and in the one before it (each SEASON_DAYS at least), how many seasons.
  let inLast = 1;
  let inBefore = 0;
  let seasons = 1;
  let before = NaN;
  for (let i = n - 2; i >= 0; i--) {
    const s = seasonOf(days[i]);
    if (s !== seasonOf(days[i + 1])) seasons++;
    if (s === lastSeason) inLast++;
    else if (s === lastSeason - 1) {
      if (inBefore === 0) before = days[i];
      inBefore++;
    }
  }
  if (inLast < SEASON_DAYS || inBefore < SEASON_DAYS) return null;
  const spacing = (months * MONTH_DAYS * seasons) / n;
  const endedAt = lastDay - startOf(lastSeason);
  if (endedAt < before - startOf(seasonOf(before)) - spacing) return null;
  return {
    gap: Math.round(startOf(lastSeason + 1) + spacing - lastDay),
    months: 100 * first + last,
  };
}

/**
 * recurringSeason's bounds: an off-season of 4 months or more (a season of 8 at most), 2 days with
 * spend in each of her last two seasons, a month's days.
 */
const OFF_SEASON_MONTHS = 4;
const SEASON_DAYS = 2;
const SEASON_MIN_DAYS = 2 * SEASON_DAYS;
const MONTH_DAYS = 30.44;
