import type { Cell } from "../cells";
import { UNSCHEDULED_REASONS, unscheduledText } from "../followUp/labels";
import type { ScheduleSummary } from "../followUp/summary";
import { isoDate } from "../parse/date";
import type { Lang } from "../schema";
import { tabName } from "./outputTabs";
import { say, type Code } from "../words/catalog";
import type { WordParams } from "../words/format";

/** Owners listed by name on the Overview; the rest are counted (the follow-up tab has them all). */
const OVERVIEW_OWNERS = 10;

/**
 * The follow-up schedule's blocks on the Overview (issue 10, 9): the totals (planned, overdue,
 * unscheduled by reason) and the contacts per owner per week, busiest owners first. `tab`: the
 * sheet the schedule is written under, which its notes point to.
 *
 * @example scheduleOverviewRows(scheduleSummary(schedule), "en-US")[0].rows[0] // ["Planned", 2370, …]
 */
export function scheduleOverviewRows(
  sum: ScheduleSummary,
  lang: Lang,
  tab: string = tabName("followUps", lang),
): { title: string; header: string[]; rows: Cell[][] }[] {
  const w = (code: Code<"scheduleOverview">, params?: WordParams) =>
    say(lang, "scheduleOverview", code, params);
  const totals: Cell[][] = [
    [w("planned"), sum.planned, say(lang, "followUp", "plannedNote", { tab })],
    [w("overdue"), sum.overdue, w("overdueNote")],
    [w("unscheduled"), sum.unscheduled, w("unscheduledNote", { tab })],
  ];
  // Each reason by its short label (all read "未安排原因" before: stop 33 tester #9), the long
  // words in the note.
  for (const u of sum.unscheduledByReason)
    totals.push([
      w("unscheduledBecause", { label: say(lang, "unscheduledLabels", u.code) }),
      u.count,
      unscheduledText(UNSCHEDULED_REASONS.indexOf(u.code), lang),
    ]);
  const weeks = sum.weeks.map((d) => w("weekOf", { date: isoDate(d).slice(5) }));
  const owners: Cell[][] = sum.perOwnerWeek
    .slice(0, OVERVIEW_OWNERS)
    .map((o) => [o.owner === "" ? w("noOwner") : o.owner, ...o.counts, o.total]);
  const rest = sum.perOwnerWeek.slice(OVERVIEW_OWNERS);
  if (rest.length > 0) {
    const counts = sum.weeks.map((_, k) => rest.reduce((s, o) => s + o.counts[k], 0));
    owners.push([
      w("moreOwners", { count: rest.length }),
      ...counts,
      counts.reduce((s, x) => s + x, 0),
    ]);
  }
  const parts = [{ title: w("title"), header: [w("item"), w("count"), w("note")], rows: totals }];
  if (owners.length > 0)
    parts.push({
      title: w("perOwnerTitle"),
      header: [w("owner"), ...weeks, w("total")],
      rows: owners,
    });
  return parts;
}
