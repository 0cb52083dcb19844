import { CHURN_REASON_CODES, MAX_CHURN_REASONS, type CustomerAnalysis } from "../analysis";
import type { Snapshot } from "./features";
import { LEAVING_REASON_WORDS } from "../optionWords";

/**
 * Log-odds a contact note stating a reason to leave adds under the default weights (ServiceSignals
 * leavingNoteDay: another supplier, a competitor, the price; tester60 U104). No data set with
 * contact notes and what happened after them was at hand to fit it: it weighs as much as an open
 * complaint can under the default weights (0.3 × the 2-sd clip, learn.ts DEFAULT_WEIGHTS and
 * DEFAULT_CLIP). Delta Plumbing, 58 → 71 %; without its falling orders 23 → 35 %.
 */
const SAID_LEAVING_WEIGHT = 0.6;

/**
 * A stated reason to leave under the default weights: SAID_LEAVING_WEIGHT joins the log-odds of
 * each row whose customer has such a note (its reason, said_leaving, is written by assess.ts), or a
 * subscription set to cancel at the period's end (cancel_scheduled; tester61 U114): the same
 * mechanism and weight, once for a customer who has both (her note says she set it).
 */
export function blendSaidLeaving(s: Snapshot, rows: Int32Array, eta: Float64Array): void {
  const day = s.signals.leavingNoteDay;
  const cancel = s.signals.cancelDay;
  if (!day && !cancel) return;
  for (let i = 0; i < rows.length; i++) {
    const d = day ? day[rows[i]] : NaN;
    const e = cancel ? cancel[rows[i]] : NaN;
    if (d === d || e === e) eta[i] += SAID_LEAVING_WEIGHT;
  }
}

/**
 * The least probability of no purchase of a customer whose subscription is set to cancel at the
 * period's end (cancel_scheduled; newuser62 M1): the high level's start (rule set churn.levels.high).
 * She has told the system she leaves; unless she takes it back, no charge follows the period's end.
 * The +0.6 of blendSaidLeaving could not say that: weekly check-ins held Dan Evans (cancels 12-15)
 * at low 27.5 %, "Lowers the risk: last check-in 7 days ago" first, out of the at-risk list. A
 * floor, not a larger weight: visits, spend or a recent purchase of any strength cannot take her
 * below high, and one whose figure is higher keeps it. No data set measured how many take a
 * cancellation back, so the floor is the level's line, not a fitted figure.
 *
 * @example cancelFloor(0.275, epochDay(2026, 12, 15), { high: 0.8, medium: 0.5 }) // 0.8
 * @example cancelFloor(0.275, NaN, { high: 0.8, medium: 0.5 }) // 0.275: nothing set
 */
export function cancelFloor(p: number, cancelDay: number, levels: { high: number }): number {
  return cancelDay === cancelDay && !(p >= levels.high) ? levels.high : p;
}

/**
 * Whether customer `c`'s latest leaving note (ServiceSignals leavingNoteDay) says she herself
 * leaves (搬家了，搬到东莞去了，不来了; Not renewing: contactOutcome.ts noteLeftWord, tester64 U182),
 * not only a reason to (换了别家, too expensive: LEAVING_REASON_WORDS). Past her rhythm such a note
 * makes her left (lifecycle/left.ts); on it she stays, held at high at least (cancelFloor, as a
 * cancellation set: she said so) with the note quoted first, and a person decides.
 *
 * @example saysOwnLeaving(signals, 3) // true: "不来了" on 11-25
 */
export function saysOwnLeaving(s: Snapshot["signals"], c: number): boolean {
  const day = s.leavingNoteDay;
  return !!day && day[c] === day[c] && s.leavingWord![c] >= LEAVING_REASON_WORDS.length;
}

/**
 * Whether customer `c`'s status is a stage saying she left (ServiceSignals leftStage: Churned,
 * 已流失) though she is at risk, not left: she still pays on her own rhythm, so the stage may be
 * stale (reviewer65 M4). Held at high at least and given one contact, as her own leaving note on
 * her rhythm is (saysOwnLeaving): a person asks.
 */
export const staleLeftStage = (s: Snapshot["signals"], c: number): boolean =>
  !!s.leftStage && s.leftStage[c] >= 0;

const SAID_LEAVING = CHURN_REASON_CODES.indexOf("said_leaving");

/**
 * Whether customer `c`'s churn reasons hold said_leaving: her own leaving's word (saysOwnLeaving:
 * the reason's second figure past LEAVING_REASON_WORDS; tester64 U182, 不来了 on her rhythm), a
 * stage the status says (below 0: staleLeftStage), or a reason to leave she gave (换了别家, 嫌贵,
 * too expensive: tester69 U510, 中鼎律师事务所 "已换了别家供应商，嫌我们价格高" had a win-back call,
 * then two 定期回访 visits in December). The schedule gives her one contact, about what she said,
 * not a run of regular ones after it (followUp/cadence.ts, schedule.ts onPlaced).
 *
 * @example saidLeaving(analysis, 3) // true: "不来了" on 11-25 is among her reasons
 */
export function saidLeaving(
  analysis: Partial<Pick<CustomerAnalysis, "churnReasons">>,
  c: number,
): boolean {
  if (!analysis.churnReasons) return false;
  const { codes } = analysis.churnReasons;
  for (let s = 0; s < MAX_CHURN_REASONS; s++)
    if (codes[c * MAX_CHURN_REASONS + s] === SAID_LEAVING) return true;
  return false;
}
