import type { Cell } from "../cells";
import { UNSCHEDULED_REASONS, unscheduledText } from "../followUp/labels";
import type { ScheduleSummary } from "../followUp/summary";
import { isoDate } from "../parse/date";
import type { Lang } from "../schema";
import { tabName } from "./outputTabs";
import { say } from "../words/catalog";

/** Owners listed by name on the Overview; the rest are counted (the follow-up tab has them all). */
const OVERVIEW_OWNERS = 10;

/**
 * The follow-up schedule's blocks on the Overview (issue 10, 9): the totals (planned, overdue,
 * unscheduled by reason) and the contacts per owner per week, busiest owners first.
 *
 * @example scheduleOverviewRows(scheduleSummary(schedule), "en-US")[0].rows[0] // ["Planned", 2370, …]
 */
export function scheduleOverviewRows(
  sum: ScheduleSummary,
  lang: Lang,
): { title: string; header: string[]; rows: Cell[][] }[] {
  const zh = lang === "zh-CN";
  const tab = tabName("followUps", lang);
  const totals: Cell[][] = [
    [
      zh ? "已安排联系" : "Planned contacts",
      sum.planned,
      say(lang, "followUp", "plannedNote", { tab }),
    ],
    [
      zh ? "其中逾期" : "of which overdue",
      sum.overdue,
      zh
        ? "计划日期晚于应联系日期（如最近一次联系或购买已超过回访间隔）"
        : "Planned after the day they fell due (e.g. the last contact or purchase is older than the cadence)",
    ],
    [
      zh ? "未安排" : "Not scheduled",
      sum.unscheduled,
      zh ? `原因见下；名单见“${tab}”末尾` : `Reasons below; the list is at the end of ${tab}`,
    ],
  ];
  for (const u of sum.unscheduledByReason)
    totals.push([
      zh ? "　未安排原因" : "  Not scheduled because",
      u.count,
      unscheduledText(UNSCHEDULED_REASONS.indexOf(u.code), lang),
    ]);
  const weeks = sum.weeks.map((w) =>
    zh ? `${isoDate(w).slice(5)} 周` : `Week of ${isoDate(w).slice(5)}`,
  );
  const owners: Cell[][] = sum.perOwnerWeek
    .slice(0, OVERVIEW_OWNERS)
    .map((o) => [o.owner === "" ? (zh ? "（未指定）" : "(none)") : o.owner, ...o.counts, o.total]);
  const rest = sum.perOwnerWeek.slice(OVERVIEW_OWNERS);
  if (rest.length > 0) {
    const counts = sum.weeks.map((_, k) => rest.reduce((s, o) => s + o.counts[k], 0));
    owners.push([
      zh ? `其余 ${rest.length} 位负责人` : `${rest.length} more owners`,
      ...counts,
      counts.reduce((s, x) => s + x, 0),
    ]);
  }
  const parts = [
    {
      title: zh ? "回访计划" : "Follow-up schedule",
      header: zh ? ["项目", "数量", "说明"] : ["Item", "Count", "Note"],
      rows: totals,
    },
  ];
  if (owners.length > 0)
    parts.push({
      title: zh
        ? "每位负责人每周联系数（周一起）"
        : "Contacts per owner per week (weeks from Monday)",
      header: [zh ? "负责人" : "Owner", ...weeks, zh ? "合计" : "Total"],
      rows: owners,
    });
  return parts;
}
