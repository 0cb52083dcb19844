/**
 * Stop 52 (tester51 J2, R2): within a band the contacts already late on the first working day go
 * first, the most days late first, then by value at stake; a late welcome call is high (first among
 * the routine calls, after the urgent ones: tester58 U76).
 */
import type { FollowUpSchedule } from "../../../src/engine/followUp/schedule";
import { FOLLOW_UP_PRIORITIES } from "../../../src/engine/followUp/labels";
import { isoDate, parseIsoDate } from "../../../src/engine/parse/date";
import { FOLLOW_UP_REASONS, type FollowUpRules } from "../../../src/engine/rules/service";
import { planFor, RISK, TIER, type Who } from "./planFor";

const d = parseIsoDate;
/** Day, customer, reason, priority and days late of each planned contact up to `until`. */
function rows(s: FollowUpSchedule, until = "2026-03-03"): string[] {
  const f = s.followUps;
  return Array.from(
    { length: f.count },
    (_, i) =>
      `${isoDate(f.day[i])} ${f.customer[i]} ${FOLLOW_UP_REASONS[f.reason[i]]} ${FOLLOW_UP_PRIORITIES[f.priority[i]]} ${f.overdueDays[i]}`,
  ).filter((r) => r.slice(0, 10) <= until);
}
// Key accounts by phone: they and the retention calls share the same 2 calls a day.
const plan = (who: Who[], rules: Partial<FollowUpRules> = {}, asOf = "2026-03-02") =>
  planFor(asOf, who, rules, { cadenceChannels: { high: "phone" } });

// 2026-03-02 is a Monday. A key account's regular contact (every 14 days from the last purchase,
// under 90 days ago: no retention call at low risk) is overdue from 14 days on.
const keyAccount = (lastPurchase: string, monetary: number, p: number): Who => ({
  owner: "王",
  tier: TIER.high,
  risk: RISK.low,
  lastPurchase: d(lastPurchase),
  monetary,
  churnProbability: p,
});
// At high risk, silent 91 days against a 30-day rhythm: a retention call by 03-03, 50,000 at stake.
const retention: Who = {
  owner: "王",
  tier: TIER.medium,
  risk: RISK.high,
  lastPurchase: d("2025-12-01"),
  monetary: 100_000,
  churnProbability: 0.5,
};

describe("contacts already late go first (tester51 J2)", () => {
  const who = [
    keyAccount("2025-12-05", 100_000, 0.05), // due 12-19: 73 days late, 5,000 at stake
    keyAccount("2026-01-05", 80_000, 0.1), // due 01-19: 42 days late, 8,000
    keyAccount("2026-01-05", 180_000, 0.1), // due 01-19: 42 days late, 18,000
    retention, // not late: due 03-03
  ];

  test("the most days late first, on equal days by value, before a bigger call not yet due", () => {
    expect(rows(plan(who))).toEqual([
      // Before: the 50,000 retention call and the 18,000 on 03-02, the 73-day one on 03-03.
      "2026-03-02 0 key_account_overdue urgent 73",
      "2026-03-02 2 key_account_overdue urgent 42",
      "2026-03-03 1 key_account_overdue urgent 43",
      // Still on time, on the last day of its two.
      "2026-03-03 3 win_back urgent 0",
    ]);
  });

  test("no late urgent call waits for one not yet due of its band", () => {
    const s = plan([...who, { ...retention, monetary: 200_000 }, retention]);
    const f = s.followUps;
    const late = (i: number) => f.due[i] < s.start;
    let lastLateDay = -Infinity;
    let firstOnTimeDay = Infinity;
    for (let i = 0; i < f.count; i++) {
      if (FOLLOW_UP_PRIORITIES[f.priority[i]] !== "urgent") continue;
      if (late(i)) lastLateDay = Math.max(lastLateDay, f.day[i]);
      else firstOnTimeDay = Math.min(firstOnTimeDay, f.day[i]);
    }
    expect(lastLateDay).toBeLessThanOrEqual(firstOnTimeDay);
  });

  test("a customer's retention call beside its late key-account contact is as late, and stays the call", () => {
    // The first key account is also at high risk: its retention call absorbs the overdue regular
    // contact (stop 25), goes first as that one would (one call a day), and shows its days late.
    const atRisk = { ...who[0], risk: RISK.high, churnProbability: 0.3 }; // 30,000 at stake
    const s = plan([retention, atRisk], { dailyCapacity: 1 });
    expect(rows(s)).toEqual(["2026-03-02 1 win_back urgent 73", "2026-03-03 0 win_back urgent 0"]);
    expect(s.followUps.reasons[0]).toBe(1 << FOLLOW_UP_REASONS.indexOf("win_back"));
  });

  test("in the medium band too: a routine call 60 days late before a bigger one 11 days late", () => {
    // Medium tier: a regular call every 30 days from the last purchase; one call a day, and the
    // retention rules do not call them (low risk, not silent for the churn horizon).
    const routine = (lastPurchase: string, monetary: number): Who => ({
      owner: "王",
      tier: TIER.medium,
      risk: RISK.low,
      lastPurchase: d(lastPurchase),
      monetary,
      churnProbability: 0.1,
    });
    const s = plan([routine("2026-01-20", 90_000), routine("2025-12-02", 9_000)], {
      dailyCapacity: 1,
    });
    expect(rows(s)).toEqual(["2026-03-02 1 cadence medium 60", "2026-03-03 0 cadence medium 12"]);
  });
});

describe("a welcome call already late (tester51 R2, tester58 U76)", () => {
  test("is high: after the urgent calls, before the routine calls not late", () => {
    // Saturday 2026-01-10: a new customer who first bought on 12-10 (its first week ended 12-17)
    // and was never called, beside two retention calls worth more; two calls a day.
    const fresh: Who = {
      owner: "王",
      tier: TIER.medium,
      risk: RISK.medium,
      stage: 1, // new
      firstPurchase: d("2025-12-10"),
      lastPurchase: d("2025-12-10"),
      monetary: 8_800,
      churnProbability: 0.55,
    };
    const late = { ...retention, lastPurchase: d("2025-10-10") };
    // Two key accounts worth more, their regular contacts due on 01-12 (not late).
    const routine = [
      keyAccount("2025-12-29", 300_000, 0.05),
      keyAccount("2025-12-29", 200_000, 0.05),
    ];
    const s = plan([late, { ...late, monetary: 90_000 }, fresh, ...routine], {}, "2026-01-10");
    expect(rows(s, "2026-01-14")).toEqual([
      // At medium (tester51 R2) it went on 01-14 behind both routine calls; urgent (stop 52 until
      // tester58 U76) on 01-12 before both retention calls, which waited a day.
      "2026-01-12 0 win_back urgent 0",
      "2026-01-12 1 win_back urgent 0",
      "2026-01-13 2 onboarding high 27",
      "2026-01-13 3 cadence high 1",
      "2026-01-14 4 cadence high 2",
    ]);
  });
});
