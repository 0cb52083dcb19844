/**
 * Stop 25 (call order): a key account's overdue regular contact is in the urgent band with the
 * retention calls (rule keyAccountOverdueDays; since stop 52, already late, before those not yet
 * due: lateFirst.test.ts), and one-time buyers outside oneTimeBuyerCallTiers
 * go on a campaign list instead of a call each.
 */
import type { FollowUpSchedule } from "../../../src/engine/followUp/schedule";
import { UNSCHEDULED_REASONS, FOLLOW_UP_PRIORITIES } from "../../../src/engine/followUp/labels";
import { NO_PRIORITY } from "../../../src/engine/followUp/contactList";
import { isoDate, parseIsoDate } from "../../../src/engine/parse/date";
import { defaultRules, parseRuleSet } from "../../../src/engine/rules";
import { FOLLOW_UP_REASONS, type FollowUpRules } from "../../../src/engine/rules/service";
import { planFor, RISK, TIER, type Who } from "./planFor";

const d = parseIsoDate;
function plan(asOf: string, who: Who[], rules: Partial<FollowUpRules> = {}): FollowUpSchedule {
  // Key accounts by phone here, so they compete for the same 2 calls a day (zh 1001322's visit
  // slots were full: it was called).
  return planFor(asOf, who, rules, { cadenceChannels: { high: "phone" } });
}

function rowsOf(s: FollowUpSchedule) {
  const f = s.followUps;
  return Array.from({ length: f.count }, (_, i) => ({
    date: isoDate(f.day[i]),
    customer: f.customer[i],
    reason: FOLLOW_UP_REASONS[f.reason[i]],
    priority: FOLLOW_UP_PRIORITIES[f.priority[i]],
    overdueDays: f.overdueDays[i],
  }));
}

// 2026-03-02 (Mon), one owner, 2 calls a day. Retention calls: value at stake = probability × spend.
const retention = (monetary: number, p: number): Who => ({
  owner: "王",
  tier: TIER.low,
  risk: RISK.high,
  lastPurchase: d("2026-01-01"),
  monetary,
  churnProbability: p,
});
// zh 1001322 at stop 24: 43,921/yr, 9.2 %, last purchase 58 days ago, regular contact 51 days late.
const keyAccount: Who = {
  owner: "王",
  tier: TIER.high,
  risk: RISK.low,
  lastPurchase: d("2026-01-01"),
  monetary: 43_921,
  churnProbability: 0.092,
};

describe("a key account's overdue regular contact", () => {
  const who = [
    retention(1_954, 0.85), // 1,661
    retention(2_000, 0.9), // 1,800
    retention(20_000, 0.8), // 16,000
    keyAccount, // 4,041: due 01-15, 46 days overdue
  ];

  test("is in the urgent band, and already late it goes before the retention calls not yet due", () => {
    const rows = rowsOf(plan("2026-03-02", who));
    // Day 1: the key account (4,041 at stake, 46 days late: tester51 J2, the late ones first), then
    // the 16,000 retention call before the small ones (value at stake among calls not late yet).
    expect(rows.filter((r) => r.date === "2026-03-02")).toEqual([
      {
        date: "2026-03-02",
        customer: 3,
        reason: "key_account_overdue",
        priority: "urgent",
        overdueDays: 46,
      },
      { date: "2026-03-02", customer: 2, reason: "win_back", priority: "urgent", overdueDays: 0 },
    ]);
    // Its next regular contact: 14 days after that call, in the key accounts' own band.
    expect(rows.filter((r) => r.customer === 3)[1]).toMatchObject({
      date: "2026-03-16",
      reason: "cadence",
      priority: "high",
      overdueDays: 0,
    });
  });

  test("keyAccountOverdueDays null: the regular contact keeps its band, after every retention call", () => {
    const rows = rowsOf(plan("2026-03-02", who, { keyAccountOverdueDays: null }));
    const first = rows.find((r) => r.customer === 3)!;
    // Day 2, after the third retention call (1,661 at stake, placed first: its band comes first).
    expect(first).toMatchObject({ date: "2026-03-03", reason: "cadence", priority: "high" });
  });

  test("below the threshold it stays a regular contact", () => {
    // Due 02-15 (last purchase 02-01): 15 days overdue < 30.
    const recent = { ...keyAccount, lastPurchase: d("2026-02-01") };
    const rows = rowsOf(plan("2026-03-02", [recent], { keyAccountOverdueDays: 30 }));
    expect(rows[0]).toMatchObject({ reason: "cadence", priority: "high", overdueDays: 15 });
  });

  test("a key account called anyway (retention) gets that call only, its words unchanged", () => {
    const atRisk = { ...keyAccount, risk: RISK.high, churnProbability: 0.85 };
    const s = plan("2026-03-02", [atRisk]);
    const rows = rowsOf(s);
    // As late as the regular contact it absorbed (tester51 J2: it was placed with the late ones).
    expect(rows[0]).toMatchObject({ date: "2026-03-02", reason: "win_back", overdueDays: 46 });
    expect(s.followUps.reasons[0]).toBe(1 << FOLLOW_UP_REASONS.indexOf("win_back"));
    // Its next regular contact counts from that call, in the key accounts' band.
    expect(rows[1]).toMatchObject({ date: "2026-03-16", reason: "cadence", priority: "high" });
  });
});

describe("one-time buyers at high risk", () => {
  const once = (tier: number, monetary: number): Who => ({
    owner: "王",
    tier,
    risk: RISK.high,
    lastPurchase: d("2025-12-01"),
    firstPurchase: d("2025-12-01"),
    monetary,
    churnProbability: 0.85,
  });

  test("outside oneTimeBuyerCallTiers they are listed for a campaign, not called", () => {
    const s = plan("2026-03-02", [
      once(TIER.low, 1_954),
      once(TIER.medium, 9_000),
      { ...once(TIER.low, 3_000), firstPurchase: d("2025-06-01") }, // a repeat buyer
    ]);
    const called = rowsOf(s).filter((r) => r.reason === "win_back");
    expect(called.map((r) => r.customer).sort()).toEqual([1, 2]);
    const u = s.unscheduled;
    const listed = Array.from({ length: u.count }, (_, k) => [
      u.customer[k],
      UNSCHEDULED_REASONS[u.why[k]],
      Math.round(u.valueAtStake[k]),
    ]);
    expect(listed).toEqual([[0, "one_time_buyer_campaign", 1661]]);
    // A campaign row, like the churned win-back list: no rank and no due day (stop 25 trial #3: it
    // printed as 紧急, due 01-04, 未安排), and no late welcome call either (zh 1002696, 86 days late).
    expect(u.priority[0]).toBe(NO_PRIORITY);
    expect(u.due[0]).toBeNaN();
    // Stop 27: and no regular contact either: the campaign message is its one contact (before, 187
    // of the zh sample's 206 campaign customers also had a routine e-mail, 93 of them more than 90
    // days "overdue").
    expect(rowsOf(s).filter((r) => r.customer === 0)).toEqual([]);
  });

  test("a one-time buyer not at risk (not on the campaign list) keeps its regular contact", () => {
    const routine = (s: FollowUpSchedule, c: number) =>
      Array.from({ length: s.followUps.count }, (_, i) => i).filter(
        (i) =>
          s.followUps.customer[i] === c &&
          s.followUps.reasons[i] & (1 << FOLLOW_UP_REASONS.indexOf("cadence")),
      ).length;
    // Low tier's regular contact: every 90 days from the purchase of 2025-12-01: due 03-01.
    const lowRisk = { ...once(TIER.low, 1_954), risk: RISK.low, churnProbability: 0.3 };
    const s = plan("2026-03-02", [once(TIER.low, 1_954), lowRisk]);
    expect([routine(s, 0), routine(s, 1)]).toEqual([0, 1]);
  });

  test("oneTimeBuyerCallTiers with every tier: all are called", () => {
    const s = plan("2026-03-02", [once(TIER.low, 1_954)], {
      oneTimeBuyerCallTiers: ["high", "medium", "low"],
    });
    expect(rowsOf(s)[0]).toMatchObject({ customer: 0, reason: "win_back" });
    expect(s.unscheduled.count).toBe(0);
  });
});

test("a rule set stored before stop 25 (without the new fields) loads with their defaults", () => {
  const stored = JSON.parse(JSON.stringify(defaultRules()));
  delete stored.followUp.keyAccountOverdueDays;
  delete stored.followUp.oneTimeBuyerCallTiers;
  delete stored.followUp.priorities.key_account_overdue;
  const r = parseRuleSet(stored);
  expect(r.ok).toBe(true);
  if (!r.ok) return;
  expect(r.rules.followUp.keyAccountOverdueDays).toBe(14);
  expect(r.rules.followUp.oneTimeBuyerCallTiers).toEqual(["high", "medium"]);
  expect(r.rules.followUp.priorities.key_account_overdue).toBe("urgent");
});
