import { civilFromDays, daysFromCivil } from "../calendar/civil";

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
  const [, m, d] = civilFromDays(birthday);
  const [y0] = civilFromDays(from);
  for (let y = y0; y <= y0 + 1; y++) {
    const day = daysFromCivil(y, m, m === 2 && d === 29 && !isLeap(y) ? 28 : d);
    if (day >= Math.floor(from)) return day;
  }
  return NaN;
}
