/**
 * Day of the week of an epoch day: 0 Sunday … 6 Saturday (1970-01-01 was a Thursday).
 *
 * @example weekday(0) // 4 (Thursday)
 */
export function weekday(day: number): number {
  return (((Math.floor(day) + 4) % 7) + 7) % 7;
}

/** True on Saturday and Sunday. @example isWeekend(2) // true (1970-01-03, a Saturday) */
export function isWeekend(day: number): boolean {
  const w = weekday(day);
  return w === 0 || w === 6;
}
