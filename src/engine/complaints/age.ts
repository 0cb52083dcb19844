/**
 * The age of a complaint on the analysis date, in calendar days: received yesterday at 15:00 is 1
 * day old, received today 0. The one owner of "age of a complaint": the schedule's reason ("已 25
 * 天"), the talking point, the at-risk reason ("最久已 25 天") and the Complaints tab's age bands
 * each counted it (tester52 L15: 25, 26 and 27 for one complaint on one report; the elapsed time to
 * the end of the day, rounded, gave the 26).
 *
 * @example complaintAgeDays(20_000, 19_975.4) // 25
 */
export function complaintAgeDays(asOf: number, receivedAt: number): number {
  return Math.max(0, Math.floor(asOf) - Math.floor(receivedAt));
}
