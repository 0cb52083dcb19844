import { civilKey, daysFromCivil } from "../calendar/civil";

function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

/**
 * The first anniversary of `birthday` on or after `from` (29 February falls on the 28th in other
 * years). NaN when the birthday is missing.
 *
 * @example nextBirthday(daysFromCivil(1990, 3, 5), daysFromCivil(2026, 3, 6)) === daysFromCivil(2027, 3, 5) // true
 */
export function nextBirthday(birthday: number, from: number): number {
  if (!Number.isFinite(birthday)) return NaN;
  const key = civilKey(birthday);
  const md = key - Math.floor(key / 512) * 512;
  const m = md >> 5;
  const d = md & 31;
  const y0 = Math.floor(civilKey(from) / 512);
  for (let y = y0; y <= y0 + 1; y++) {
    const day = daysFromCivil(y, m, m === 2 && d === 29 && !isLeap(y) ? 28 : d);
    if (day >= Math.floor(from)) return day;
  }
  return NaN;
}

/** Month and day of an epoch day as one small number (month × 32 + day), for birthdayTable. */
export function monthDayOf(day: number): number {
  const key = civilKey(day);
  return key - Math.floor(key / 512) * 512;
}

/**
 * Per month and day (index month × 32 + day, see monthDayOf): the first anniversary in the days
 * from `from` to `end` (exclusive, at most 366 days), NaN when none: nextBirthday(b, from) for every
 * birthday at once, when it is before `end` (one look-up per customer instead of two date conversions).
 *
 * @example birthdayTable(daysFromCivil(2026, 3, 1), daysFromCivil(2026, 4, 1))[3 * 32 + 5] === daysFromCivil(2026, 3, 5) // true
 */
export function birthdayTable(from: number, end: number): Float64Array {
  const table = new Float64Array(13 * 32).fill(NaN);
  for (let day = Math.floor(from); day < end; day++) {
    const key = civilKey(day);
    const y = Math.floor(key / 512);
    const md = key - y * 512;
    if (!(table[md] === table[md])) table[md] = day;
    // 29 February falls on the 28th in other years.
    if (md === 2 * 32 + 28 && !isLeap(y) && !(table[md + 1] === table[md + 1])) table[md + 1] = day;
  }
  return table;
}
