import {
  scheduleFollowUps,
  type FollowUpInput,
  type FollowUpSchedule,
} from "../../../src/engine/followUp/schedule";
import { scheduleSummary, scheduleSummaryLines } from "../../../src/engine/followUp/summary";
import {
  FOLLOW_UP_REASONS,
  followUpRulesSchema,
  type FollowUpRules,
} from "../../../src/engine/rules/service";
import { UNSCHEDULED_REASONS } from "../../../src/engine/followUp/labels";
import { NO_PRIORITY } from "../../../src/engine/followUp/contactList";
import { isoDate, parseIsoDate } from "../../../src/engine/parse/date";
import { smallDataset, type CustomerSpec } from "./smallDataset";
import { CONTACT_CHANNELS as CHANNELS } from "../../../src/engine/model";
import { openComplaintText } from "../../../src/engine/report/followUpTab";
import { noOwnerWarning } from "../../../src/engine/followUp/warnings";

const d = parseIsoDate;
const TIER = { high: 0, medium: 1, low: 2 } as const;
const RISK = { high: 0, medium: 1, low: 2 } as const;
const STAGE = { prospect: 0, new: 1, growth: 2, mature: 3, churned: 5 } as const;

interface Who extends CustomerSpec {
  tier?: number;
  risk?: number;
  stage?: number;
  lastPurchase?: number;
  firstPurchase?: number;
  /** 12-month spend and churn probability: the value at stake. */
  monetary?: number;
  churnProbability?: number;
  /** Net spend over the whole sheet: what a churned customer was worth. */
  lifetime?: number;
}

function plan(
  asOf: string,
  who: Who[],
  rules: Partial<FollowUpRules> = {},
  extra: Partial<Parameters<typeof smallDataset>[0]> = {},
  input: Pick<FollowUpInput, "winBackCampaignShare"> = {},
): FollowUpSchedule {
  const dataset = smallDataset({ asOf: d(asOf), customers: who, ...extra });
  return scheduleFollowUps({
    dataset,
    analysis: {
      valueTier: Int8Array.from(who, (w) => w.tier ?? TIER.low),
      churnLevel: Int8Array.from(who, (w) => w.risk ?? RISK.low),
      lifecycleStage: Int8Array.from(who, (w) => w.stage ?? STAGE.mature),
      monetary: Float64Array.from(who, (w) => w.monetary ?? 0),
      churnProbability: Float64Array.from(who, (w) => w.churnProbability ?? NaN),
    },
    lastPurchase: Float64Array.from(who, (w) => w.lastPurchase ?? NaN),
    firstPurchase: Float64Array.from(who, (w) => w.firstPurchase ?? NaN),
    lifetimeSpend: Float64Array.from(who, (w) => w.lifetime ?? 0),
    rules: followUpRulesSchema.parse({ birthdayCare: false, holidayCare: false, ...rules }),
    asOf: d(asOf),
    ...input,
  });
}

/** The schedule as readable rows. */
function rowsOf(s: FollowUpSchedule) {
  const out = [];
  for (let i = 0; i < s.followUps.count; i++) {
    out.push({
      date: isoDate(s.followUps.day[i]),
      customer: s.followUps.customer[i],
      owner: s.followUps.owner[i] >= 0 ? s.owners[s.followUps.owner[i]] : "",
      reason: FOLLOW_UP_REASONS[s.followUps.reason[i]],
      overdueDays: s.followUps.overdueDays[i],
    });
  }
  return out;
}
function unscheduledOf(s: FollowUpSchedule) {
  const out = [];
  for (let i = 0; i < s.unscheduled.count; i++) {
    out.push({
      customer: s.unscheduled.customer[i],
      reason: FOLLOW_UP_REASONS[s.unscheduled.reason[i]],
      why: UNSCHEDULED_REASONS[s.unscheduled.why[i]],
    });
  }
  return out;
}

describe("scheduleFollowUps: hand-made cases", () => {
  // 2026-03-02 is a Monday; the horizon runs to 2026-03-31.
  test("cadence by tier from the last contact, else the last purchase; overdue first and marked", () => {
    const s = plan(
      "2026-03-02",
      [
        { owner: "王", tier: TIER.high, lastPurchase: d("2026-01-10") }, // contact below
        { owner: "王", tier: TIER.medium, lastPurchase: d("2026-01-01") }, // due 01-31: 30 days late
        { owner: "王", tier: TIER.low, lastPurchase: d("2026-02-01") }, // due 05-02: after horizon
      ],
      {},
      { contacts: [{ customer: 0, day: d("2026-02-20") }] },
    );
    expect(rowsOf(s)).toEqual([
      { date: "2026-03-02", customer: 1, owner: "王", reason: "cadence", overdueDays: 30 },
      { date: "2026-03-06", customer: 0, owner: "王", reason: "cadence", overdueDays: 0 },
      { date: "2026-03-20", customer: 0, owner: "王", reason: "cadence", overdueDays: 0 },
    ]);
    expect(unscheduledOf(s)).toEqual([]);
    expect(isoDate(s.nextFollowUp[0])).toBe("2026-03-06");
    expect(s.nextFollowUp[2]).toBeNaN();
  });

  test("a prospect (never bought: never contacted, or contacted once long ago) is due on the analysis date at the latest, never overdue", () => {
    const who: Who[] = [
      { owner: "王", tier: TIER.low, stage: STAGE.prospect, created: d("2023-06-10") },
      // Contacted once, never bought: the cadence from that contact (due 2025-12-01) is capped at
      // the analysis date: not "91 days overdue" (tester's finding S1).
      { owner: "王", tier: TIER.low, stage: STAGE.prospect, created: d("2023-06-10") },
    ];
    const contacts = { contacts: [{ customer: 1, day: d("2025-09-02") }] };
    const s = plan("2026-03-02", who, {}, contacts);
    const prospect = (x: FollowUpSchedule) => rowsOf(x).filter((r) => r.customer === 0);
    expect(prospect(s)).toEqual([
      { date: "2026-03-02", customer: 0, owner: "王", reason: "cadence", overdueDays: 0 },
    ]);
    expect(isoDate(s.followUps.due[rowsOf(s).findIndex((r) => r.customer === 0)])).toBe(
      "2026-03-02",
    );
    expect(rowsOf(s).find((r) => r.customer === 1)).toEqual({
      date: "2026-03-02",
      customer: 1,
      owner: "王",
      reason: "cadence",
      overdueDays: 0,
    });
    // A prospect that does not fit on its day is not shown overdue either: its due day is the
    // planned one (nothing was owed before); the customers who bought come first.
    const full = plan(
      "2026-03-02",
      [...who, { owner: "王", tier: TIER.low, lastPurchase: d("2025-09-01"), monetary: 10 }],
      { dailyCapacity: 1, cadenceChannels: { high: "visit", medium: "phone", low: "phone" } },
      contacts,
    );
    expect(rowsOf(full)).toEqual([
      { date: "2026-03-02", customer: 2, owner: "王", reason: "cadence", overdueDays: 92 },
      { date: "2026-03-03", customer: 0, owner: "王", reason: "cadence", overdueDays: 0 },
      { date: "2026-03-04", customer: 1, owner: "王", reason: "cadence", overdueDays: 0 },
    ]);
    expect(isoDate(full.followUps.due[2])).toBe("2026-03-04");
    // A Saturday analysis date: due the Monday after, still not overdue.
    const saturday = plan("2026-03-07", who, {}, contacts);
    expect(prospect(saturday)).toEqual([
      { date: "2026-03-09", customer: 0, owner: "王", reason: "cadence", overdueDays: 0 },
    ]);
  });

  test("a purchase restarts the regular-contact clock, not a complaint follow-up (cadenceRestartsOnPurchase)", () => {
    const who = [
      // Called 01-05, bought 02-25: due 02-25 + 14 = 03-11, not 01-19 (41 days "overdue").
      { owner: "王", tier: TIER.high, lastPurchase: d("2026-02-25") },
      // Complaint resolved 02-27 (Fri), bought 02-28, nobody called since: the follow-up stays
      // (due 02-28, a make-up working Saturday in 2026, so 2 days late on the analysis date).
      { owner: "王", tier: TIER.low, lastPurchase: d("2026-02-28") },
    ];
    const extra = {
      contacts: [{ customer: 0, day: d("2026-01-05") }],
      complaints: [
        { customer: 1, receivedAt: d("2026-02-20"), resolvedAt: d("2026-02-27"), resolved: true },
      ],
    };
    const s = plan("2026-03-02", who, {}, extra);
    expect(rowsOf(s)).toEqual([
      {
        date: "2026-03-02",
        customer: 1,
        owner: "王",
        reason: "complaint_follow_up",
        overdueDays: 2,
      },
      { date: "2026-03-11", customer: 0, owner: "王", reason: "cadence", overdueDays: 0 },
      { date: "2026-03-25", customer: 0, owner: "王", reason: "cadence", overdueDays: 0 },
    ]);
    expect(isoDate(s.followUps.plannedFrom[1])).toBe("2026-02-25");
    // Switched off: counted from the call on 01-05, so due 01-19 and placed at once, 42 days late:
    // a key account that many days overdue is ranked with the urgent calls (keyAccountOverdueDays).
    const off = rowsOf(plan("2026-03-02", who, { cadenceRestartsOnPurchase: false }, extra));
    expect(off.filter((r) => r.customer === 0)[0]).toEqual({
      date: "2026-03-02",
      customer: 0,
      owner: "王",
      reason: "key_account_overdue",
      overdueDays: 42,
    });
  });

  test("high churn risk: win-back within 2 working days, for everyone by default (service, not marketing)", () => {
    // 2026-02-13 (Fri) → working days 02-13, 02-14 (make-up Saturday): the deadline is 02-14.
    const who = [
      { owner: "李", risk: RISK.high, consent: 1, lastPurchase: d("2026-02-01") },
      { owner: "李", risk: RISK.high, consent: 0, lastPurchase: d("2026-02-01") },
      { owner: "李", risk: RISK.high, consent: 1, lastPurchase: d("2026-02-01") },
    ];
    // Issue 4: marketing contacts are care and upsell; a win-back is kept regardless of consent.
    expect(followUpRulesSchema.parse({}).marketingReasons).toEqual([
      "birthday_care",
      "holiday_care",
    ]);
    const s = plan("2026-02-13", who, { dailyCapacity: 1, horizonDays: 5 });
    expect(rowsOf(s)).toEqual([
      { date: "2026-02-13", customer: 0, owner: "李", reason: "win_back", overdueDays: 0 },
      { date: "2026-02-14", customer: 1, owner: "李", reason: "win_back", overdueDays: 0 },
    ]);
    // 02-15 to 02-23 is the Spring Festival holiday: no free day is left in the 5-day horizon.
    expect(unscheduledOf(s)).toEqual([
      { customer: 2, reason: "win_back", why: "no_free_day_in_horizon" },
    ]);
    // A rule set that counts win-back as marketing plans it only with consent.
    const asMarketing = plan("2026-02-13", who, {
      dailyCapacity: 1,
      horizonDays: 5,
      marketingReasons: ["win_back", "birthday_care", "holiday_care"],
    });
    expect(rowsOf(asMarketing)).toEqual([
      { date: "2026-02-13", customer: 0, owner: "李", reason: "win_back", overdueDays: 0 },
      { date: "2026-02-14", customer: 2, owner: "李", reason: "win_back", overdueDays: 0 },
    ]);
    expect(unscheduledOf(asMarketing)).toEqual([
      { customer: 1, reason: "win_back", why: "no_marketing_consent" },
    ]);
  });

  test("customers already churned are listed for a campaign, not called, unless the rules say so", () => {
    const who: Who[] = [
      {
        owner: "李",
        risk: RISK.high,
        stage: STAGE.churned,
        consent: 1,
        lastPurchase: d("2024-01-01"),
      },
      {
        owner: "李",
        risk: RISK.high,
        stage: STAGE.mature,
        consent: 1,
        lastPurchase: d("2026-01-01"),
      },
    ];
    const byDefault = plan("2026-03-02", who);
    // The listing covers the churned customer: no regular contact, overdue by years, either.
    expect(rowsOf(byDefault).filter((r) => r.customer === 0)).toEqual([]);
    expect(
      rowsOf(byDefault)
        .filter((r) => r.reason === "win_back")
        .map((r) => r.customer),
    ).toEqual([1]);
    expect(unscheduledOf(byDefault)).toEqual([
      { customer: 0, reason: "win_back", why: "already_churned" },
    ]);
    const callAll = plan("2026-03-02", who, { winBackChurnedCustomers: true });
    expect(
      rowsOf(callAll)
        .filter((r) => r.reason === "win_back")
        .map((r) => r.customer)
        .sort(),
    ).toEqual([0, 1]);
    expect(unscheduledOf(callAll)).toEqual([]);
  });

  test("a customer already churned is listed without a rank or a due day, after every ranked row", () => {
    const who: Who[] = [
      { owner: "李", risk: RISK.high, stage: STAGE.churned, consent: 1, monetary: 9000 },
      // Two win-backs for one slot: one stays unscheduled for capacity, with its band and due day.
      { owner: "李", risk: RISK.high, consent: 1, monetary: 500, churnProbability: 0.9 },
      { owner: "李", risk: RISK.high, consent: 1, monetary: 400, churnProbability: 0.9 },
    ];
    const s = plan("2026-03-02", who, { dailyCapacity: 1, horizonDays: 1 });
    const u = s.unscheduled;
    const rows = Array.from({ length: u.count }, (_, i) => ({
      customer: u.customer[i],
      why: UNSCHEDULED_REASONS[u.why[i]],
      priority: u.priority[i],
      due: u.due[i],
    }));
    expect(rows.map((r) => [r.customer, r.why])).toEqual([
      [2, "no_free_day_in_horizon"],
      [0, "already_churned"],
    ]);
    expect(rows[0].priority).toBe(0); // urgent
    expect(rows[0].due).toBe(d("2026-03-03"));
    expect(rows[1].priority).toBe(NO_PRIORITY);
    expect(rows[1].due).toBeNaN();
  });

  test("the churned customers' campaign list starts with the biggest lost accounts (lifetime spend as the value)", () => {
    const lifetimes = [169.65, 440_907.93, 0, 12_000, 12_000];
    const who: Who[] = lifetimes.map((lifetime) => ({
      owner: "李",
      risk: RISK.high,
      stage: STAGE.churned,
      lifetime,
    }));
    const u = plan("2026-03-02", who).unscheduled;
    // (Before: by customer id, value 0 for all — the 12-month spend of a churned customer is 0.)
    expect(Array.from(u.customer)).toEqual([1, 3, 4, 0, 2]);
    expect(Array.from(u.valueAtStake)).toEqual([440_907.93, 12_000, 12_000, 169.65, 0]);
    expect(Array.from(u.why, (w) => UNSCHEDULED_REASONS[w])).toEqual(
      new Array(5).fill("already_churned"),
    );
  });

  test("the campaign list stops where the lost accounts listed hold the campaign share of the lost value; the rest are counted", () => {
    // 11,000 lost in all; 80% is 8,800: 5,000 + 3,000 (8,000 before the ties) + both 1,000s.
    const lifetimes = [100, 5000, 0, 3000, 1000, 1000, 900];
    const who: Who[] = lifetimes.map((lifetime) => ({
      owner: "李",
      risk: RISK.high,
      stage: STAGE.churned,
      lifetime,
    }));
    const s = plan("2026-03-02", who, {}, {}, { winBackCampaignShare: 0.8 });
    expect(Array.from(s.unscheduled.customer)).toEqual([1, 3, 4, 5]);
    expect(s.unscheduled.churnedNotListed).toEqual({ count: 3, lostValue: 1000 });
    const sum = scheduleSummary(s);
    expect(sum.unscheduled).toBe(4);
    expect(sum.churnedNotListed).toEqual({ count: 3, lostValue: 1000 });
    expect(scheduleSummaryLines(sum, "en-US").at(-1)).toBe(
      "  Not on the win-back list: 3 more churned customers, the smallest lost accounts (lifetime spend 1,000 in all): see Customer segments, lifecycle stage Churned",
    );
    // A share of 1, or none given, lists every one.
    expect(plan("2026-03-02", who, {}, {}, { winBackCampaignShare: 1 }).unscheduled.count).toBe(7);
    expect(plan("2026-03-02", who).unscheduled.churnedNotListed).toBeUndefined();
  });

  test("the weekly table runs from the first week with a contact to the horizon's end (an analysis date on a Sunday opens no week of zeros)", () => {
    // 2026-03-01 is a Sunday; the horizon runs to 2026-03-30 (a Monday). Contacts: 03-02 (30 days
    // late), and the key account's 03-13 and 03-27 (each due on a Sunday: the Friday before).
    const s = plan("2026-03-01", [
      { owner: "王", tier: TIER.medium, lastPurchase: d("2026-01-01") },
      { owner: "王", tier: TIER.high, lastPurchase: d("2026-03-01") },
    ]);
    expect(rowsOf(s).map((r) => r.date)).toEqual(["2026-03-02", "2026-03-13", "2026-03-27"]);
    const sum = scheduleSummary(s);
    // Not the analysis date's week (02-23, only its Sunday); the week of 03-16 between two weeks of
    // contacts stays, with its zero, and so does 03-30, the horizon's last (reviewer49 L1: how far
    // the horizon runs is news too).
    expect(sum.weeks.map(isoDate)).toEqual([
      "2026-03-02",
      "2026-03-09",
      "2026-03-16",
      "2026-03-23",
      "2026-03-30",
    ]);
    expect(sum.perOwnerWeek).toEqual([{ owner: "王", counts: [1, 1, 0, 1, 0], total: 3 }]);
    // No contact at all: the horizon's weeks, and no owner row.
    const none = scheduleSummary(
      plan("2026-03-01", [{ owner: "王", tier: TIER.low, lastPurchase: d("2026-02-20") }]),
    );
    expect(none.weeks.length).toBe(6);
    expect(none.perOwnerWeek).toEqual([]);
  });

  test("a win-back that cannot fit before its deadline goes to the first free day after it, marked overdue", () => {
    const who = [0, 1, 2].map(() => ({
      owner: "李",
      risk: RISK.high,
      consent: 1,
      lastPurchase: d("2026-02-20"),
    }));
    const s = plan("2026-03-02", who, { dailyCapacity: 1 });
    expect(rowsOf(s).map((r) => [r.date, r.reason, r.overdueDays])).toEqual([
      ["2026-03-02", "win_back", 0],
      ["2026-03-03", "win_back", 0],
      ["2026-03-04", "win_back", 1],
    ]);
    expect(unscheduledOf(s)).toEqual([]);
  });

  test("overflow moves to the next working day in priority order; nothing is dropped", () => {
    // Friday 2026-03-06, capacity 2: five overdue regular contacts and one win-back.
    const who: Who[] = [0, 1, 2, 3, 4].map(() => ({
      owner: "张",
      tier: TIER.medium,
      lastPurchase: d("2026-01-01"),
    }));
    who.push({ owner: "张", risk: RISK.high, consent: 1, lastPurchase: d("2026-03-01") });
    const s = plan("2026-03-06", who, { dailyCapacity: 2, horizonDays: 5 });
    // Working days in the horizon: Fri 03-06, Mon 03-09, Tue 03-10.
    expect(rowsOf(s).map((r) => [r.date, r.customer, r.reason])).toEqual([
      ["2026-03-06", 5, "win_back"],
      ["2026-03-06", 0, "cadence"],
      ["2026-03-09", 1, "cadence"],
      ["2026-03-09", 2, "cadence"],
      ["2026-03-10", 3, "cadence"],
      ["2026-03-10", 4, "cadence"],
    ]);
    const s2 = plan("2026-03-06", who, { dailyCapacity: 1, horizonDays: 5 });
    expect(s2.followUps.count + s2.unscheduled.count).toBe(6);
    expect(unscheduledOf(s2).every((u) => u.why === "no_free_day_in_horizon")).toBe(true);
  });

  test("customers without an owner, or with an absent one, are assigned in rotation among present owners", () => {
    const who: Who[] = [
      { owner: "A", tier: TIER.medium, lastPurchase: d("2026-01-01") },
      { owner: "B", tier: TIER.medium, lastPurchase: d("2026-01-01") },
      { owner: "C", tier: TIER.medium, lastPurchase: d("2026-01-01") },
      { owner: "", tier: TIER.medium, lastPurchase: d("2026-01-01") },
      { owner: "", tier: TIER.medium, lastPurchase: d("2026-01-01") },
      { owner: "", tier: TIER.medium, lastPurchase: d("2026-01-01") },
    ];
    const s = plan("2026-03-02", who, { absentOwners: ["B"] });
    const ownerOf = new Map(rowsOf(s).map((r) => [r.customer, r.owner]));
    expect([...ownerOf.entries()].sort((a, b) => a[0] - b[0])).toEqual([
      [0, "A"],
      [1, "A"],
      [2, "C"],
      [3, "C"],
      [4, "A"],
      [5, "C"],
    ]);
    expect(Array.from(s.rotated)).toEqual([0, 1, 0, 1, 1, 1]);
    const none = plan("2026-03-02", who, { absentOwners: ["A", "B", "C"] });
    expect(none.followUps.count).toBe(0);
    expect(unscheduledOf(none).map((u) => u.why)).toEqual(new Array(6).fill("no_owner_available"));
  });

  test("with no owner on the sheet at all, contacts are planned as one person's days (tester52 L11)", () => {
    const who: Who[] = new Array(30)
      .fill(0)
      .map(() => ({ tier: TIER.medium, lastPurchase: d("2026-01-01") }));
    const s = plan("2026-03-02", who, { dailyCapacity: 1, horizonDays: 14 });
    // Was: the whole overdue backlog of 30 calls on the first working day, no cap for the unowned.
    const rows = rowsOf(s);
    expect(rows.every((r) => r.owner === "")).toBe(true);
    expect(rows.filter((r) => r.date === "2026-03-02")).toHaveLength(1);
    expect(new Set(rows.map((r) => r.date)).size).toBe(rows.length);
    expect(rows.length + s.unscheduled.count).toBe(30);
    const dataset = smallDataset({ asOf: d("2026-03-02"), customers: who });
    const w = noOwnerWarning(
      s,
      dataset,
      { dailyCapacity: 1, channelCapacity: { visit: 3 } },
      () => "回访计划",
    )!;
    expect(w.code).toBe("no_owners");
    expect(w.message["zh-CN"]).toContain(
      `计划期内排了 ${rows.length} 个联系，${s.unscheduled.count} 个因名额已满未安排`,
    );
    expect(w.message["zh-CN"]).toContain("“（未指定）”名下");
    expect(w.message["en-US"]).toContain("calls 1, visits 3");
    // With owners on the sheet: no such warning.
    const owned = who.map((x) => ({ ...x, owner: "王" }));
    const o = plan("2026-03-02", owned, { dailyCapacity: 1, horizonDays: 14 });
    const od = smallDataset({ asOf: d("2026-03-02"), customers: owned });
    expect(
      noOwnerWarning(o, od, { dailyCapacity: 1, channelCapacity: { visit: 3 } }, () => ""),
    ).toBeNull();
  });

  test("a resolved complaint gets a follow-up the next working day; a later contact closes it", () => {
    const who: Who[] = [
      { owner: "周", tier: TIER.low, lastPurchase: d("2026-02-20") },
      { owner: "周", tier: TIER.low, lastPurchase: d("2026-02-20") },
    ];
    const s = plan(
      "2026-03-06",
      who,
      {},
      {
        complaints: [
          { customer: 0, receivedAt: d("2026-03-05") + 0.4, resolvedAt: d("2026-03-06") + 0.42 },
          { customer: 1, receivedAt: d("2026-02-20"), resolvedAt: d("2026-02-21") },
        ],
        contacts: [{ customer: 1, day: d("2026-02-23") }],
      },
    );
    // 2026-03-06 is a Friday: the follow-up falls on Monday 03-09.
    expect(rowsOf(s).filter((r) => r.reason === "complaint_follow_up")).toEqual([
      {
        date: "2026-03-09",
        customer: 0,
        owner: "周",
        reason: "complaint_follow_up",
        overdueDays: 0,
      },
    ]);
  });

  test("a new customer gets an onboarding call in the first week", () => {
    const s = plan("2026-03-02", [
      {
        owner: "赵",
        stage: STAGE.new,
        tier: TIER.low,
        firstPurchase: d("2026-02-28"),
        lastPurchase: d("2026-02-28"),
      },
      {
        owner: "赵",
        stage: STAGE.new,
        tier: TIER.low,
        firstPurchase: d("2026-02-10"),
        lastPurchase: d("2026-02-10"),
      },
    ]);
    const rows = rowsOf(s).filter((r) => r.reason === "onboarding");
    // The new customer is urgent, on the first day with room (03-02); the one whose first week
    // passed (due 02-14, the last working day within it) is a late onboarding, high (rule
    // priorities.late_onboarding: its first week is over, so it waits for the urgent calls, and
    // goes first among the routine ones; tester58 U76; urgent since tester51 R2 until then), due
    // at once, on the same day here: the day's rows go by priority, then days overdue.
    expect(rows).toEqual([
      { date: "2026-03-02", customer: 0, owner: "赵", reason: "onboarding", overdueDays: 0 },
      { date: "2026-03-02", customer: 1, owner: "赵", reason: "onboarding", overdueDays: 16 },
    ]);
    expect(Array.from(s.followUps.priority)).toEqual([0, 1]);
    // The onboarding call restarts the regular cadence: no second call in the horizon.
    expect(rowsOf(s).filter((r) => r.reason === "cadence")).toEqual([]);
  });

  test("birthday care on the last working day on or before the birthday, only with consent", () => {
    const s = plan(
      "2026-03-02",
      [
        {
          owner: "钱",
          tier: TIER.low,
          consent: 1,
          birthday: d("1985-03-08"),
          lastPurchase: d("2026-02-20"),
        }, // Sunday
        {
          owner: "钱",
          tier: TIER.low,
          consent: 0,
          birthday: d("1990-03-10"),
          lastPurchase: d("2026-02-20"),
        },
        {
          owner: "钱",
          tier: TIER.low,
          consent: 1,
          birthday: d("1992-03-11"),
          lastPurchase: d("2026-02-20"),
        },
      ],
      { birthdayCare: true },
    );
    expect(rowsOf(s)).toEqual([
      { date: "2026-03-06", customer: 0, owner: "钱", reason: "birthday_care", overdueDays: 0 },
      { date: "2026-03-11", customer: 2, owner: "钱", reason: "birthday_care", overdueDays: 0 },
    ]);
    expect(unscheduledOf(s)).toEqual([
      { customer: 1, reason: "birthday_care", why: "no_marketing_consent" },
    ]);
  });

  test("holiday care on the last working day before Spring Festival (a make-up Saturday in 2026)", () => {
    const s = plan(
      "2026-02-09",
      [
        { owner: "孙", tier: TIER.high, consent: 1, lastPurchase: d("2026-02-08") },
        { owner: "孙", tier: TIER.low, consent: 1, lastPurchase: d("2026-02-08") },
      ],
      { holidayCare: true },
    );
    // The key account's regular contact falls due in the holiday (02-22) and is brought forward to
    // 02-14; the care contact joins it (one contact per customer per day).
    expect(rowsOf(s).filter((r) => r.date === "2026-02-14")).toEqual([
      { date: "2026-02-14", customer: 0, owner: "孙", reason: "cadence", overdueDays: 0 },
    ]);
    const bits =
      (1 << FOLLOW_UP_REASONS.indexOf("cadence")) |
      (1 << FOLLOW_UP_REASONS.indexOf("holiday_care"));
    expect(s.followUps.reasons[0]).toBe(bits);
  });

  test("a key account's regular contact due in the National Day holiday is not a visit two days after the last one (place55)", () => {
    // 2025-09-22 (Mon). Customer 0 is due 09-24, then 10-08 (holiday 10-01 to 10-08: brought
    // forward to 09-30); the owner's one visit a day of 09-28 to 09-30 goes to customers 1-3.
    const s = plan(
      "2025-09-22",
      ["2025-09-10", "2025-09-14", "2025-09-15", "2025-09-16"].map((bought) => ({
        owner: "王",
        tier: TIER.high,
        lastPurchase: d(bought),
      })),
      // Visits as the channels say (these customers have no type nor name: visits.test.ts).
      { channelCapacity: { visit: 1, email: null, online: null }, visitBusinessesOnly: false },
    );
    const rows = rowsOf(s).map((r, i) => [r.date, r.customer, CHANNELS[s.followUps.channel[i]]]);
    // Before: visits on 09-24 and 09-26 (the latest day with a visit left), then 10-10.
    expect(rows.filter((r) => r[1] === 0)).toEqual([
      ["2025-09-24", 0, "visit"],
      ["2025-09-30", 0, "phone"], // six days later, by call: 09-28 to 09-30 have no visit left
      ["2025-10-10", 0, "visit"], // from half its cadence later (10-09) a visit goes first
    ]);
  });

  // Findings of a new user on the zh sample (issue 10 follow-up); each failed before the fix.
  test("a day's rows of an owner are in a caller's order: urgent first, then value at stake", () => {
    // 2026-03-02 (Mon): a valuable overdue key account (high band) and a small win-back (urgent).
    // (With keyAccountOverdueDays, the key account 46 days overdue would be urgent too: callOrder.test.ts.)
    const s = plan(
      "2026-03-02",
      [
        { owner: "王", tier: TIER.high, lastPurchase: d("2026-01-01"), monetary: 90_000 },
        {
          owner: "王",
          risk: RISK.high,
          lastPurchase: d("2026-01-20"),
          monetary: 1_000,
          churnProbability: 0.9,
        },
        { owner: "王", tier: TIER.medium, lastPurchase: d("2026-01-01"), monetary: 5_000 },
      ],
      { keyAccountOverdueDays: null },
    );
    const day1 = rowsOf(s).filter((r) => r.date === "2026-03-02");
    expect(day1.map((r) => [r.customer, r.reason])).toEqual([
      [1, "win_back"], // urgent, 900 at stake
      [0, "cadence"], // high, 90,000
      [2, "cadence"], // medium, 5,000
    ]);
    expect(Array.from(s.followUps.priority.subarray(0, 3))).toEqual([0, 1, 2]);
  });

  test("an open complaint leads the urgent contact and is named, instead of a generic win-back", () => {
    const who: Who[] = [
      { owner: "王", risk: RISK.high, lastPurchase: d("2025-10-01"), monetary: 8_000 },
      { owner: "王", risk: RISK.high, lastPurchase: d("2025-10-01"), monetary: 6_000 },
    ];
    const extra = {
      // Customer 0: an open complaint (received 02-27, cause 0 = product quality); customer 1: none.
      complaints: [{ customer: 0, receivedAt: d("2026-02-27") + 0.3, cause: 0 }],
    };
    const s = plan("2026-03-02", who, {}, extra);
    const rows = rowsOf(s);
    const c0 = s.followUps.customer.indexOf(0);
    expect(rows[c0].reason).toBe("complaint_follow_up");
    expect(s.followUps.reasons[c0]).toBe(
      (1 << FOLLOW_UP_REASONS.indexOf("win_back")) |
        (1 << FOLLOW_UP_REASONS.indexOf("complaint_follow_up")),
    );
    expect(rows.find((r) => r.customer === 1)!.reason).toBe("win_back");
    // Owed since the day it came in, joined to the retention call or not: as many days late as it
    // has been open (stop 28: zh 1001829, open 283 days, showed 0 days overdue, due 2026-01-04).
    expect(isoDate(s.followUps.due[c0])).toBe("2026-02-27");
    expect(s.followUps.overdueDays[c0]).toBe(3);
    expect(isoDate(s.openComplaint.since[0])).toBe("2026-02-27");
    expect(s.openComplaint.since[1]).toBeNaN();
    // Named in the words the caller reads (tab and JSON).
    expect(openComplaintText(s, 0, "zh-CN")).toBe(
      "未解决的投诉：产品质量，2026-02-27 收到（已 3 天）",
    );
    expect(openComplaintText(s, 0, "en-US")).toBe(
      "Open complaint: Product quality, received 2026-02-27 (3 days ago)",
    );
    expect(openComplaintText(s, 1, "en-US")).toBe("");
  });

  test("overdue-ness does not beat value: the backlog is caught up most valuable first", () => {
    // 12 regular contacts by phone, 3 a day: 8 customers overdue since 2025-10-31 and 4 prospects
    // last contacted in 2023 (never bought: due on the analysis date, never overdue, after the
    // customers who bought).
    const who: Who[] = [];
    const contacts = {
      contacts: [0, 1, 2, 3].map((customer) => ({ customer, day: d("2023-06-01") })),
    };
    for (let i = 0; i < 12; i++)
      who.push(
        i < 4
          ? { owner: "王", tier: TIER.low, created: d("2023-06-01"), monetary: 0 }
          : {
              owner: "王",
              tier: TIER.low,
              lastPurchase: d("2025-10-01"),
              monetary: 1_000 * i,
            },
      );
    const s = plan(
      "2026-03-02",
      who,
      { dailyCapacity: 3, cadenceChannels: { high: "visit", medium: "phone", low: "phone" } },
      contacts,
    );
    const rows = rowsOf(s);
    expect(rows).toHaveLength(12);
    // By value: 11, 10, 9 on day one; the zero-spend prospects last.
    expect(rows.filter((r) => r.date === "2026-03-02").map((r) => r.customer)).toEqual([11, 10, 9]);
    const byDay = new Map<string, number[]>();
    for (const r of rows) byDay.set(r.date, [...(byDay.get(r.date) ?? []), r.customer]);
    expect([...byDay.entries()]).toEqual([
      ["2026-03-02", [11, 10, 9]],
      ["2026-03-03", [8, 7, 6]],
      ["2026-03-04", [5, 4, 0]],
      ["2026-03-05", [1, 2, 3]],
    ]);
    // The customers who bought are counted overdue from the true due date (2025-10-01 + 90 days
    // = 2025-12-30; customer 4 on 03-04: 64 days); the prospects are not overdue at all.
    expect(rows.find((r) => r.customer === 4)!.overdueDays).toBe(64);
    expect(rows.filter((r) => r.customer < 4).map((r) => r.overdueDays)).toEqual([0, 0, 0, 0]);
  });
});
