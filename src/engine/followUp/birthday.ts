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
