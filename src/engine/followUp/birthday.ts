import { daysFromCivil } from "../calendar/civil";

function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

/**
 * Month × 32 + day of an epoch day, and its year × 512 + that, as one integer: civil.ts's
 * civilFromDays without the array it returns (a million birthdays made 55 MB of young garbage).
 */
function civilKey(day: number): number {
  const z = Math.floor(day) + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return (yoe + era * 400 + (m <= 2 ? 1 : 0)) * 512 + m * 32 + d;
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
