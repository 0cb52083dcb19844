import { isoDate } from "../parse/date";
import type { Dataset } from "../model";
import type { Lang } from "../schema";
import type { FollowUpSchedule } from "./schedule";

/** A warning about the whole run (not a row): stable code and words. */
export interface RunWarning {
  code: "calendar_ends" | "stale_data" | "little_new_data";
  message: Record<Lang, string>;
}

/**
 * Warnings a manager must see before trusting the schedule (issue 10, 7):
 * - calendar_ends: contacts planned after the last year the holiday lists know (their holidays and
 *   make-up working days are not taken into account); says how to add them;
 * - stale_data: the analysis date is more than `staleDays` after the newest transaction (every buyer
 *   would look like leaving); names the newest date.
 *
 * @example runWarnings(schedule, dataset, asOf, 90).map((w) => w.code) // ["calendar_ends"]
 */
export function runWarnings(
  schedule: FollowUpSchedule,
  dataset: Dataset,
  asOf: number,
  staleDays: number,
): RunWarning[] {
  const out: RunWarning[] = [];
  const known = schedule.calendarKnownUntil;
  let past = 0;
  for (let i = 0; i < schedule.followUps.count; i++) if (schedule.followUps.day[i] > known) past++;
  const horizonPast = Number.isNaN(known) || schedule.end - 1 > known;
  if (past > 0 || horizonPast) {
    const year = Number.isFinite(known) ? Number(isoDate(known).slice(0, 4)) : NaN;
    const next = Number.isFinite(year) ? year + 1 : Number(isoDate(schedule.end - 1).slice(0, 4));
    const until = Number.isFinite(known) ? isoDate(known) : "—";
    out.push({
      code: "calendar_ends",
      message: {
        "zh-CN": `节假日日历只到 ${until}：计划期内 ${past} 个联系排在此后，未考虑 ${next} 年的法定节假日和调休。请按国务院办公厅 ${next} 年放假通知，在规则集 followUp.extraHolidays 和 followUp.extraMakeUpWorkdays 中补充（见 README“节假日”）。`,
        "en-US": `The holiday calendar ends on ${until}: ${past} contacts of the horizon are planned after it, without ${next}'s public holidays and make-up working days. Add them to the rule set (followUp.extraHolidays, followUp.extraMakeUpWorkdays) from the State Council notice for ${next}; see README "Holidays".`,
      },
    });
  }
  const t = dataset.transactions;
  let newest = -Infinity;
  for (let i = 0; i < t.count; i++) {
    const d = t.day[i];
    if (d <= asOf + 1 && d > newest) newest = d;
  }
  if (Number.isFinite(newest) && Math.floor(asOf) - Math.floor(newest) > staleDays) {
    const gap = Math.floor(asOf) - Math.floor(newest);
    out.push({
      code: "stale_data",
      message: {
        "zh-CN": `分析日期 ${isoDate(asOf)} 比最新交易（${isoDate(newest)}）晚 ${gap} 天：数据可能已过期，几乎所有客户都会显示为高流失风险。请更新数据，或用 --as-of ${isoDate(newest)} 按数据日期分析。`,
        "en-US": `The analysis date ${isoDate(asOf)} is ${gap} days after the newest transaction (${isoDate(newest)}): the data may be stale, and nearly every buyer looks like leaving. Refresh the data, or analyse as of its date with --as-of ${isoDate(newest)}.`,
      },
    });
  }
  return out;
}
