/**
 * A one-counter shop's first report (tester68 U407: the 母婴店, 320 members, no owner column, as of
 * 2026-10-31): 384 contacts in 4 weeks, "其中逾期 160 个" and win-back rows "逾期 225 天" on a tool run
 * for the first time that day, and regulars buying every ~18 days at 2 % risk called every 14 days
 * (M10001: bought 10-23, called 11-11 and 11-25).
 */
import { parseIsoDate, isoDate } from "../../../src/engine/parse/date";
import { FOLLOW_UP_REASONS } from "../../../src/engine/rules/service";
import { scheduleSummary, scheduleSummaryLines } from "../../../src/engine/followUp/summary";
import type { FollowUpSchedule } from "../../../src/engine/followUp/schedule";
import { planFor, RISK, TIER, type Who } from "./planFor";

const AS_OF = "2026-11-02";
const d = parseIsoDate;

/** Customer i's planned contacts: "2026-11-13 cadence". */
function contactsOf(s: FollowUpSchedule, i: number): string[] {
  const f = s.followUps;
  const out: string[] = [];
  for (let k = 0; k < f.count; k++)
    if (f.customer[k] === i) out.push(`${isoDate(f.day[k])} ${FOLLOW_UP_REASONS[f.reason[k]]}`);
  return out.sort();
}

/** Customer i's first planned contact's row index. */
const rowOf = (s: FollowUpSchedule, i: number): number =>
  Array.from(s.followUps.customer.subarray(0, s.followUps.count)).indexOf(i);

const regular: Who = {
  tier: TIER.high,
  risk: RISK.low,
  lastPurchase: d("2026-10-25"),
  monetary: 3000,
  churnProbability: 0.02,
  ownGap: 19,
};

describe("a regular inside her own rhythm at low risk (U407 b)", () => {
  test("gets one regular contact in the plan, after the day she is due back, not one every 14 days", () => {
    // Before: 2026-11-06 and 2026-11-20 (the high tier's 14 days from her purchase on 10-25).
    // Due back on 11-13 (10-25 + 19): her contact the day after, on a Saturday: Friday 11-13.
    expect(contactsOf(planFor(AS_OF, [regular]), 0)).toEqual(["2026-11-13 cadence"]);
  });

  test("past her rhythm, or at medium risk, the tier's 14 days as before", () => {
    const late = { ...regular, lastPurchase: d("2026-10-05") };
    expect(contactsOf(planFor(AS_OF, [late]), 0)).toEqual([
      "2026-11-02 cadence",
      "2026-11-16 cadence",
      "2026-11-30 cadence",
    ]);
    const medium = { ...regular, risk: RISK.medium, churnProbability: 0.55 };
    expect(contactsOf(planFor(AS_OF, [medium]), 0)).toEqual([
      "2026-11-06 cadence",
      "2026-11-20 cadence",
    ]);
  });

  test("followUp.cadenceRhythmShare 0 keeps the tier's days", () => {
    expect(contactsOf(planFor(AS_OF, [regular], { cadenceRhythmShare: 0 }), 0)).toEqual([
      "2026-11-06 cadence",
      "2026-11-20 cadence",
    ]);
  });
});

describe("a first run's contacts due before the plan (U407 a)", () => {
  // A high-tier member silent for 60 days at medium risk, never contacted: her regular contact fell
  // due on 09-17 (09-03 + 14); another contacted on 09-10, due 09-24.
  const silent: Who = {
    tier: TIER.high,
    risk: RISK.medium,
    lastPurchase: d("2026-09-03"),
    monetary: 3000,
    churnProbability: 0.6,
    ownGap: 19,
  };
  const contacted: Who = { ...silent, contacts: [d("2026-09-10")] };
  const quiet: Who = { ...silent, contacts: [] };

  test("never planned before: due now, not overdue; a customer with a contact on record stays overdue", () => {
    const s = planFor(AS_OF, [quiet, contacted], {}, {}, { firstRun: true });
    const f = s.followUps;
    const q = rowOf(s, 0);
    const c = rowOf(s, 1);
    expect(isoDate(f.due[q])).toBe("2026-09-17");
    expect([f.overdueDays[q], f.firstPlan?.[q]]).toEqual([0, 1]);
    expect(f.overdueDays[c]).toBeGreaterThan(0);
    expect(f.firstPlan?.[c]).toBe(0);
    const sum = scheduleSummary(s);
    expect([sum.overdue, sum.firstPlanDue]).toEqual([1, 1]);
    expect(scheduleSummaryLines(sum, "zh-CN")[0]).toBe(
      "回访计划：已安排 6 个（首次分析：其中 1 个此前未安排、现在到期，不算逾期；逾期 1 个），未安排 0 个",
    );
    expect(scheduleSummaryLines(sum, "en-US")[0]).toBe(
      "Follow-ups: 6 planned (first analysis: 1 due now, never planned before, not overdue; 1 overdue), 0 not scheduled",
    );
  });

  test("on a later run the same contact is overdue, as before", () => {
    const s = planFor(AS_OF, [quiet, contacted]);
    const q = rowOf(s, 0);
    expect(s.followUps.overdueDays[q]).toBe(d(AS_OF) - d("2026-09-17"));
    expect(s.followUps.firstPlan).toBeUndefined();
    expect(scheduleSummary(s).firstPlanDue).toBeUndefined();
  });
});
