import { weekday } from "../calendar/weekday";
import { isoDate } from "../parse/date";
import type { Lang } from "../schema";
import { say } from "../words/catalog";
import { displayWidth, padDisplay } from "../words/format";
import { UNSCHEDULED_REASONS, type UnscheduledReason } from "./labels";
import type { FollowUpSchedule } from "./schedule";
import type { ChurnedNotListed } from "./contactList";
import { ASKED_CHANNEL, INSTEAD_CODES, NO_CALL_SLOT, NO_EMAIL, NO_PHONE } from "./placement";
import { tabName } from "../report/outputTabs";

/** The schedule at a glance (issue 10, 9): for the CLI, the Overview and the task pane. */
export interface ScheduleSummary {
  planned: number;
  /** Planned contacts after their due day. */
  overdue: number;
  /**
   * Of the planned contacts, those due before the analysis date on a first run that nothing
   * planned before (FollowUpList.firstPlan): due now, not counted overdue. Absent or 0 when none.
   */
  firstPlanDue?: number;
  /**
   * Contacts planned on another channel than their reason's (FollowUpList.instead), all codes;
   * absent or 0 when none.
   */
  instead?: number;
  /**
   * The same by code: no_call_slot (late welcome calls with no call slot left in the horizon, stop
   * 28), no_phone (calls and messages to customers with no phone number: by e-mail),
   * no_email (e-mails to customers with no address: by message; stop 29), asked_channel (contacts
   * by the one channel the customer asked for instead of calls: Do not call - email only; present
   * only when some are). Absent on old summaries.
   */
  insteadByCode?: Record<(typeof INSTEAD_CODES)[1 | 2 | 3], number> & {
    asked_channel?: number;
  };
  unscheduled: number;
  /** Unscheduled contacts per reason, in UNSCHEDULED_REASONS order, zero counts left out. */
  unscheduledByReason: { code: UnscheduledReason; count: number }[];
  /**
   * Customers already churned that the win-back list leaves off (the long tail of lost value; they
   * are on the segments tab and in the JSON's customers); absent or 0 when none.
   */
  churnedNotListed?: ChurnedNotListed;
  /**
   * Monday of each week from the first holding a planned contact to the last (epoch days); with no
   * contact, each week the horizon touches.
   */
  weeks: number[];
  /** Planned contacts per owner per week (same order as weeks); owners by total, largest first. */
  perOwnerWeek: { owner: string; counts: number[]; total: number }[];
}

/**
 * Counts the schedule's contacts per owner and week, the overdue ones and the unscheduled ones by
 * reason.
 *
 * @example scheduleSummary(schedule).unscheduledByReason[0] // { code: "no_marketing_consent", count: 41 }
 */
export function scheduleSummary(s: Omit<FollowUpSchedule, "calendar">): ScheduleSummary {
  const f = s.followUps;
  const monday = (d: number) => d - ((weekday(d) + 6) % 7);
  // The weeks run from the first week holding a planned contact (tester48 L1: an analysis date on a
  // Saturday or Sunday, contacts from Monday on, opened the table with a week of zeros, the analysis
  // weekend's) to the horizon's end, or the week of a contact placed past it. Weeks of zeros after
  // the first stay (reviewer49 L1): a holiday week, nobody free, or how far the horizon runs is news.
  // No contacts: the horizon's weeks.
  const range = Float64Array.of(s.end, s.start);
  dayRange(f.day, f.count, range);
  const lo = range[0];
  const hi = range[1];
  const first = monday(f.count > 0 ? lo : s.start);
  const stop = f.count > 0 ? Math.max(s.end, hi + 1) : s.end;
  const weeks: number[] = [];
  for (let w = first; w < stop; w += 7) weeks.push(w);
  const owners = Math.max(1, s.owners.length);
  const counts = new Int32Array(owners * weeks.length);
  const overdue = countWeeks(f, first, weeks.length, counts);
  const firstPlanDue = f.firstPlan ? countOnes(f.firstPlan, f.count) : 0;
  const byCode = INSTEAD_CODES.map(() => 0);
  if (f.instead) countInstead(f.instead, f.count, byCode);
  const perOwnerWeek = [];
  for (let o = 0; o < owners; o++) {
    const row = Array.from(counts.subarray(o * weeks.length, (o + 1) * weeks.length));
    const total = row.reduce((x, y) => x + y, 0);
    if (total > 0) perOwnerWeek.push({ owner: s.owners[o] ?? "", counts: row, total });
  }
  perOwnerWeek.sort((x, y) => y.total - x.total);
  const byWhy = new Int32Array(UNSCHEDULED_REASONS.length);
  countWhy(s.unscheduled.why, s.unscheduled.count, byWhy);
  return {
    planned: f.count,
    overdue,
    ...(firstPlanDue > 0 ? { firstPlanDue } : {}),
    instead: byCode[NO_CALL_SLOT] + byCode[NO_PHONE] + byCode[NO_EMAIL] + byCode[ASKED_CHANNEL],
    insteadByCode: {
      no_call_slot: byCode[NO_CALL_SLOT],
      no_phone: byCode[NO_PHONE],
      no_email: byCode[NO_EMAIL],
      ...(byCode[ASKED_CHANNEL] > 0 ? { asked_channel: byCode[ASKED_CHANNEL] } : {}),
    },
    unscheduled: s.unscheduled.count,
    unscheduledByReason: UNSCHEDULED_REASONS.map((code, k) => ({ code, count: byWhy[k] })).filter(
      (x) => x.count > 0,
    ),
    weeks,
    perOwnerWeek,
    churnedNotListed: s.unscheduled.churnedNotListed ?? { count: 0, lostValue: 0 },
  };
}

// scheduleSummary's loops, each a function of its own: in one function the first loop was compiled
// on the fly before the others had run and thrown away at the next (100k CSVs: 6 deoptimizations
// of scheduleSummary a run, "insufficient type feedback"; stop 62).

/**
 * The least and greatest of day[0…n-1] into out[0] and out[1] (their starting values kept), stored
 * as they change: nothing after the loop (byCustomer.ts scanDays), whose code compiled on the fly
 * would have no feedback there.
 */
function dayRange(day: ArrayLike<number>, n: number, out: Float64Array): void {
  let lo = out[0];
  let hi = out[1];
  for (let i = 0; i < n; i++) {
    // Read once: a read only where the day is a new least had no feedback when compiled.
    const d = day[i];
    if (d < lo) out[0] = lo = d;
    if (d > hi) out[1] = hi = d;
  }
}

/** How many of flags[0…n-1] are 1. */
function countOnes(flags: Uint8Array, n: number): number {
  let k = 0;
  for (let i = 0; i < n; i++) k += flags[i];
  return k;
}

/** The contacts per owner per week into counts (owner-major), and how many are overdue. */
function countWeeks(
  f: FollowUpSchedule["followUps"],
  first: number,
  weeks: number,
  counts: Int32Array,
): number {
  let overdue = 0;
  for (let i = 0; i < f.count; i++) {
    const o = Math.max(0, f.owner[i]);
    counts[o * weeks + Math.floor((f.day[i] - first) / 7)]++;
    if (f.overdueDays[i] > 0) overdue++;
  }
  return overdue;
}

/** Contacts per channel-instead code (followUps.instead) into byCode. */
function countInstead(instead: ArrayLike<number>, n: number, byCode: number[]): void {
  for (let i = 0; i < n; i++) byCode[instead[i]]++;
}

/** Unscheduled contacts per reason into byWhy. */
function countWhy(why: ArrayLike<number>, n: number, byWhy: Int32Array): void {
  for (let i = 0; i < n; i++) byWhy[why[i]]++;
}

const fmt = (n: number) => n.toLocaleString("en-US");

/**
 * The summary as text lines (CLI and pane): totals, contacts per owner per week, unscheduled by
 * reason. At most `maxOwners` owners are listed (the busiest), the rest counted. `segments`: the
 * sheet the segments tab is written under, which the churned customers left off point to;
 * `schedule`: the schedule tab's, where the unscheduled contacts' whole reasons are.
 *
 * @example scheduleSummaryLines(summary, "en-US")[0] // "Follow-ups: 2,507 planned (1,345 overdue), 1,161 not scheduled"
 */
export function scheduleSummaryLines(
  sum: ScheduleSummary,
  lang: Lang,
  maxOwners = 10,
  segments: string = tabName("segments", lang),
  schedule: string = tabName("followUps", lang),
): string[] {
  const lines: string[] = [
    say(lang, "followUp", sum.firstPlanDue ? "summaryHeadlineFirst" : "summaryHeadline", {
      planned: fmt(sum.planned),
      overdue: fmt(sum.overdue),
      unscheduled: fmt(sum.unscheduled),
      due: fmt(sum.firstPlanDue ?? 0),
    }),
  ];
  if (sum.perOwnerWeek.length > 0) {
    // A table: the title on its own line, then a header of week dates over the count columns.
    // Names are padded by display width (a Chinese character takes two columns) to the longest
    // listed name, and each week's column is as wide as its date ("mm-dd") or its largest count.
    // (The catalog text still has a {weeks} slot after the title: left empty, the dates go below.)
    lines.push(`  ${say(lang, "followUp", "summaryWeeks", { weeks: "" }).trimEnd()}`);
    const listed = sum.perOwnerWeek.slice(0, maxOwners);
    const names = listed.map((o) =>
      o.owner === "" ? say(lang, "followUp", "summaryNoOwner") : o.owner,
    );
    const nameWidth = Math.max(...names.map(displayWidth));
    const dates = sum.weeks.map((w) => isoDate(w).slice(5));
    const widths = dates.map((d, k) =>
      Math.max(d.length, ...listed.map((o) => String(o.counts[k]).length)),
    );
    const row = (name: string, cells: string[]) =>
      `    ${padDisplay(name, nameWidth)}  ${cells.map((c, k) => c.padStart(widths[k])).join("  ")}`;
    lines.push(row("", dates));
    listed.forEach((o, k) => lines.push(row(names[k], o.counts.map(String))));
    const rest = sum.perOwnerWeek.length - maxOwners;
    if (rest > 0) lines.push(`    ${say(lang, "followUp", "summaryMoreOwners", { count: rest })}`);
  }
  const by = sum.insteadByCode;
  const slot = by ? by.no_call_slot : (sum.instead ?? 0);
  if (slot) lines.push(`  ${say(lang, "followUp", "summaryInstead", { count: fmt(slot) })}`);
  if (by?.no_phone)
    lines.push(`  ${say(lang, "followUp", "summaryNoPhone", { count: fmt(by.no_phone) })}`);
  if (by?.no_email)
    lines.push(`  ${say(lang, "followUp", "summaryNoEmail", { count: fmt(by.no_email) })}`);
  if (by?.asked_channel)
    lines.push(
      `  ${say(lang, "followUp", "summaryAskedChannel", { count: fmt(by.asked_channel) })}`,
    );
  // The Overview's short label of each reason (a console line, not a paragraph: tester50 L4); the
  // whole reason and what to do instead are on the schedule tab's rows, which the last line names.
  for (const u of sum.unscheduledByReason)
    lines.push(
      `  ${say(lang, "followUp", "summaryUnscheduled", {
        why: say(lang, "unscheduledLabels", u.code),
        count: fmt(u.count),
      })}`,
    );
  if (sum.unscheduledByReason.length > 0)
    lines.push(`  ${say(lang, "followUp", "summaryUnscheduledWhere", { tab: schedule })}`);
  const left = sum.churnedNotListed;
  if (left && left.count > 0)
    lines.push(
      `  ${say(lang, "followUp", "summaryChurnedNotListed", {
        count: fmt(left.count),
        value: fmt(Math.round(left.lostValue)),
        tab: segments,
        stage: say(lang, "stageNames", "churned"),
      })}`,
    );
  return lines;
}
