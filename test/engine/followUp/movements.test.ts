import { scheduleFollowUps, type FollowUpSchedule } from "../../../src/engine/followUp/schedule";
import {
  MOVED_WRONG_WAY,
  movementValue,
  type Movements,
} from "../../../src/engine/followUp/movements";
import type { Rhythm } from "../../../src/engine/followUp/retention";
import { FOLLOW_UP_REASONS, followUpRulesSchema } from "../../../src/engine/rules/service";
import { UNSCHEDULED_REASONS } from "../../../src/engine/followUp/labels";
import { isoDate, parseIsoDate } from "../../../src/engine/parse/date";
import { smallDataset } from "./smallDataset";

/** Issue 12, item 3: a customer who moved the wrong way gets a follow-up reason of its own. */

const d = parseIsoDate;
const TIER = { high: 0, medium: 1, low: 2 } as const;
const RISK = { high: 0, medium: 1, low: 2 } as const;
const STAGE = { mature: 3, decline: 4, churned: 5 } as const;
const VALUE_CLASS_BIT = 1 << 1; // DIMENSIONS[1] = valueClass
const STAGE_BIT = 1 << 3; // DIMENSIONS[3] = lifecycleStage

interface Who {
  owner?: string;
  tier?: number;
  risk?: number;
  stage?: number;
  spend?: number;
  spendBefore?: number;
  /** The net amount of purchases that left the window since the previous run. */
  leftWindow?: number;
  worse?: number;
  churnProbability?: number;
  /** Bought on one day only (first purchase = last purchase). */
  oneTime?: boolean;
  /** Birthday (an epoch day), with marketing consent. */
  birthday?: number;
  /** Moved by time alone (changes/compare.ts TIME_SILENT): Movements.silent. */
  silent?: boolean;
}

/**
 * A one-time buyer of 900 whose value class moved the wrong way (the campaign tests): `tier` and
 * `risk` decide whether it is on the one-time buyers' campaign list; `more` adds or overrides.
 */
const oneTimeMover = (tier: number, risk: number, more: Who = {}): Who => ({
  tier,
  risk,
  oneTime: true,
  spend: 900,
  spendBefore: 900,
  worse: VALUE_CLASS_BIT,
  ...more,
});

// 2026-03-02 is a Monday; the previous run was on 2026-02-01.
const ASOF = "2026-03-02";
const PREVIOUS = d("2026-02-01");

function plan(
  who: Who[],
  rules: Record<string, unknown> = {},
  withMovements = true,
  rhythm?: Rhythm,
  lastBought = "2026-02-27",
): FollowUpSchedule {
  const dataset = smallDataset({
    asOf: d(ASOF),
    customers: who.map((w) => ({
      owner: w.owner ?? "王",
      ...(w.birthday === undefined ? {} : { birthday: w.birthday, consent: 1 }),
    })),
  });
  const movements: Movements = {
    worse: Uint8Array.from(who, (w) => w.worse ?? 0),
    spendBefore: Float64Array.from(who, (w) => w.spendBefore ?? NaN),
    previousAsOf: PREVIOUS,
    ...(who.some((w) => w.leftWindow !== undefined)
      ? { leftWindow: Float64Array.from(who, (w) => w.leftWindow ?? 0) }
      : {}),
    ...(who.some((w) => w.silent)
      ? { silent: Uint8Array.from(who, (w) => (w.silent ? 1 : 0)) }
      : {}),
  };
  return scheduleFollowUps({
    dataset,
    analysis: {
      valueTier: Int8Array.from(who, (w) => w.tier ?? TIER.medium),
      churnLevel: Int8Array.from(who, (w) => w.risk ?? RISK.low),
      lifecycleStage: Int8Array.from(who, (w) => w.stage ?? STAGE.mature),
      monetary: Float64Array.from(who, (w) => w.spend ?? 0),
      churnProbability: Float64Array.from(who, (w) => w.churnProbability ?? 0.1),
    },
    // Bought recently: no regular contact falls due in the horizon, so only movements show.
    // A one-time buyer bought once, three months ago (past its welcome call's week).
    lastPurchase: Float64Array.from(who, (w) => d(w.oneTime ? "2025-12-01" : lastBought)),
    firstPurchase: Float64Array.from(who, (w) => d(w.oneTime ? "2025-12-01" : "2024-01-01")),
    rules: followUpRulesSchema.parse({
      birthdayCare: false,
      holidayCare: false,
      cadenceDays: { high: 365, medium: 365, low: 365 },
      ...rules,
    }),
    asOf: d(ASOF),
    movements: withMovements ? movements : undefined,
    rhythm,
  });
}

function planned(s: FollowUpSchedule) {
  const out = [];
  for (let i = 0; i < s.followUps.count; i++) {
    const bits = s.followUps.reasons[i];
    out.push({
      customer: s.followUps.customer[i],
      date: isoDate(s.followUps.day[i]),
      reason: FOLLOW_UP_REASONS[s.followUps.reason[i]],
      reasons: FOLLOW_UP_REASONS.filter((_, r) => bits & (1 << r)),
      value: s.followUps.valueAtStake[i],
      plannedFrom: isoDate(s.followUps.plannedFrom[i]),
      overdueDays: s.followUps.overdueDays[i],
    });
  }
  return out;
}

test("the reason code is appended, so earlier codes keep their bits", () => {
  expect(FOLLOW_UP_REASONS[MOVED_WRONG_WAY]).toBe("moved_wrong_way");
  // Appended after it at stop 25: key_account_overdue (bit 7, the last that fits).
  expect(MOVED_WRONG_WAY).toBe(6);
  expect(FOLLOW_UP_REASONS.indexOf("key_account_overdue")).toBe(7);
  expect(1 << (FOLLOW_UP_REASONS.length - 1)).toBeLessThan(256);
  expect(1 << MOVED_WRONG_WAY).toBeLessThan(256); // ContactList.reasons is a Uint8Array
  const r = followUpRulesSchema.parse({});
  expect(r.priorities.moved_wrong_way).toBe("high");
  expect(r.channels.moved_wrong_way).toBe("phone");
  expect(r.movedWrongWayWithinWorkingDays).toBe(5);
});

test("a wrong-way mover gets a contact of its own within the window; the others none", () => {
  const s = plan([
    { spend: 800, spendBefore: 9000, worse: VALUE_CLASS_BIT },
    { spend: 5000, spendBefore: 5000, worse: 0 },
  ]);
  expect(planned(s)).toEqual([
    {
      customer: 0,
      date: "2026-03-02",
      reason: "moved_wrong_way",
      reasons: ["moved_wrong_way"],
      value: 9000,
      plannedFrom: "2026-02-01",
      overdueDays: 0,
    },
  ]);
  expect(s.unscheduled.count).toBe(0);
});

test("into decline only for two purchase days a year on: no call while within the rhythm (judge16)", () => {
  // Each bought 3 days ago (2026-02-27), each in decline now and moved there since the last run.
  const who: Who[] = [
    { stage: STAGE.decline, worse: STAGE_BIT, spend: 100 }, // two days a year on, within: none
    { stage: STAGE.decline, worse: STAGE_BIT, spend: 200 }, // two days a year on, late: a call
    { stage: STAGE.decline, worse: STAGE_BIT | VALUE_CLASS_BIT, spend: 300 }, // a value fell too
    { stage: STAGE.decline, worse: STAGE_BIT, spend: 400 }, // in decline for another rule
  ];
  const rhythm: Rhythm = {
    typicalGapDays: Float64Array.of(200, 2, 200, 200),
    overdueFactor: 3,
    horizonDays: 90,
    oneIntervalAged: Uint8Array.of(1, 1, 1, 0),
  };
  const called = (r?: Rhythm) =>
    planned(plan(who, {}, true, r))
      .filter((p) => p.reason === "moved_wrong_way")
      .map((p) => p.customer)
      .sort();
  expect(called(rhythm)).toEqual([1, 2, 3]);
  // Without the rule (nobody aged), everyone who moved is called.
  expect(called({ ...rhythm, oneIntervalAged: Uint8Array.of(0, 0, 0, 0) })).toEqual([0, 1, 2, 3]);
});

test("first run (no movements): no movement contacts", () => {
  const s = plan([{ spend: 800, spendBefore: 9000, worse: VALUE_CLASS_BIT }], {}, false);
  expect(planned(s)).toEqual([]);
});

test("prioritised by value at risk: with one call a day, the largest at risk go first", () => {
  const who: Who[] = [
    { spend: 100, spendBefore: 200, worse: 1 }, // at risk 200
    { spend: 800, spendBefore: 9000, worse: 1 }, // 9,000: dropped from a high spend
    { spend: 5000, spendBefore: 1000, worse: 1 }, // 5,000: spend grew, risk rose
    { spend: 3000, spendBefore: NaN, worse: 0 }, // did not move
    { spend: 50, spendBefore: 60, worse: 1 }, // 60
    { spend: 700, spendBefore: 400, worse: 1 }, // 700
    { spend: 300, spendBefore: 300, worse: 1 }, // 300
  ];
  const s = plan(who, { dailyCapacity: 1 });
  const rows = planned(s);
  // Five working days 03-02 … 03-06 in the window: the five largest values on time, in value order.
  expect(rows.map((r) => [r.customer, r.date, r.value])).toEqual([
    [1, "2026-03-02", 9000],
    [2, "2026-03-03", 5000],
    [5, "2026-03-04", 700],
    [6, "2026-03-05", 300],
    [0, "2026-03-06", 200],
    [4, "2026-03-09", 60],
  ]);
  expect(rows[5].overdueDays).toBe(3); // due 03-06, placed on the next free day
});

test("competes by band: win-backs (urgent) take the day before movements (high)", () => {
  const s = plan(
    [
      { spend: 900_000, spendBefore: 900_000, worse: 1 },
      { spend: 1000, risk: RISK.high, churnProbability: 0.9 },
    ],
    { dailyCapacity: 1, movedWrongWayWithinWorkingDays: 1 },
  );
  const rows = planned(s);
  expect(rows.map((r) => [r.customer, r.reason, r.date])).toEqual([
    [1, "win_back", "2026-03-02"],
    [0, "moved_wrong_way", "2026-03-03"],
  ]);
  expect(rows[1].overdueDays).toBe(1);
});

test("a mover who also needs a win-back gets one call covering both reasons", () => {
  const s = plan([
    { spend: 1000, spendBefore: 2000, worse: 1 << 4, risk: RISK.high, churnProbability: 0.8 },
  ]);
  const rows = planned(s);
  expect(rows).toHaveLength(1);
  expect(rows[0].reasons.sort()).toEqual(["moved_wrong_way", "win_back"]);
});

test("churned customers are left to the win-back listing; no owner → unscheduled with the reason", () => {
  const s = plan(
    [
      { spend: 1000, spendBefore: 2000, worse: 1, stage: STAGE.churned, owner: "李" },
      { spend: 1000, spendBefore: 2000, worse: 1, owner: "李" },
    ],
    { absentOwners: ["李"] },
  );
  // The churned one appears only as an already-churned win-back listing, never as a movement.
  for (let i = 0; i < s.followUps.count; i++) expect(s.followUps.customer[i]).not.toBe(0);
  const u = [];
  for (let i = 0; i < s.unscheduled.count; i++)
    u.push([
      s.unscheduled.customer[i],
      FOLLOW_UP_REASONS[s.unscheduled.reason[i]],
      UNSCHEDULED_REASONS[s.unscheduled.why[i]],
    ]);
  expect(u).toContainEqual([0, "win_back", "already_churned"]);
  expect(u).not.toContainEqual([0, "moved_wrong_way", expect.anything()]);
  // 李 is the only owner and absent: nobody can call.
  expect(u).toContainEqual([1, "moved_wrong_way", "no_owner_available"]);
});

test("movementValue: the larger of the spend before and now", () => {
  expect(movementValue({ monetary: Float64Array.of(800) }, Float64Array.of(9000), 0)).toBe(9000);
  expect(movementValue({ monetary: Float64Array.of(800) }, Float64Array.of(NaN), 0)).toBe(800);
  expect(movementValue({ monetary: Float64Array.of(-5) }, Float64Array.of(-1), 0)).toBe(0);
});

test("a one-time buyer on the campaign list gets no wrong-way call: its campaign row names the movement (tester12 #2)", () => {
  const s = plan([
    // Low tier, bought once, high risk: the campaign list (oneTimeBuyerCallTiers high, medium).
    oneTimeMover(TIER.low, RISK.high),
    // The same in the medium tier: called, one call for both reasons.
    oneTimeMover(TIER.medium, RISK.high),
    // Low tier, bought once, low risk: not on the campaign list, so its movement is called.
    oneTimeMover(TIER.low, RISK.low),
  ]);
  const rows = planned(s);
  expect(rows.map((r) => r.customer)).not.toContain(0);
  expect(rows.filter((r) => r.customer === 1).map((r) => r.reasons)).toEqual([
    ["win_back", "moved_wrong_way"],
  ]);
  expect(rows.filter((r) => r.customer === 2).map((r) => r.reason)).toEqual(["moved_wrong_way"]);
  const u = s.unscheduled;
  const listed = Array.from({ length: u.count }, (_, k) => ({
    customer: u.customer[k],
    why: UNSCHEDULED_REASONS[u.why[k]],
    reasons: FOLLOW_UP_REASONS.filter((_, r) => u.reasons[k] & (1 << r)),
  }));
  expect(listed).toEqual([
    { customer: 0, why: "one_time_buyer_campaign", reasons: ["win_back", "moved_wrong_way"] },
  ]);
});

test("the campaign is a one-time buyer's one retention contact: a consented birthday greeting still goes (reviewer13 D10)", () => {
  // December samples: zh 7 of 206 campaign customers, en 4 of 131, have one. The greeting is
  // care every consenting customer of the tier gets, not retention: at risk does not lose it.
  const s = plan([oneTimeMover(TIER.low, RISK.high, { birthday: d("1990-03-10") })], {
    birthdayCare: true,
  });
  expect(planned(s).map((r) => [r.date, r.reasons])).toEqual([["2026-03-10", ["birthday_care"]]]);
  expect(s.unscheduled.count).toBe(1);
  expect(UNSCHEDULED_REASONS[s.unscheduled.why[0]]).toBe("one_time_buyer_campaign");
});

test("a one-time buyer on the campaign list who did not move: the campaign row alone", () => {
  const s = plan([oneTimeMover(TIER.low, RISK.high, { spendBefore: NaN, worse: 0 })]);
  expect(planned(s)).toEqual([]);
  expect(s.unscheduled.count).toBe(1);
  expect(s.unscheduled.reasons[0]).toBe(1 << FOLLOW_UP_REASONS.indexOf("win_back"));
});

test("a wrong-way move by the calendar alone, within the customer's rhythm: no call (tester52 M5)", () => {
  // Each last bought 2026-01-27, before the previous run (2026-02-01): 34 days ago on 2026-03-02.
  const lastPurchase = "2026-01-27";
  const who: Who[] = [
    { spend: 500, spendBefore: 500, worse: VALUE_CLASS_BIT }, // gap 33.2: due on day 34, none
    { spend: 600, spendBefore: 600, worse: VALUE_CLASS_BIT }, // gap 20: late, a call
    { spend: 700, spendBefore: 700, worse: VALUE_CLASS_BIT, risk: RISK.high }, // high risk: a call
    { spend: 800, spendBefore: 900, worse: VALUE_CLASS_BIT }, // spend fell: a call
    { spend: 19664.769999999997, spendBefore: 19664.77, worse: VALUE_CLASS_BIT }, // same, in cents
  ];
  const rhythm: Rhythm = {
    typicalGapDays: Float64Array.of(33.2, 20, 60, 60, 60),
    overdueFactor: 3,
    horizonDays: 90,
  };
  const called = (last: string, r?: Rhythm) =>
    planned(plan(who, {}, true, r, last))
      .filter((p) => p.reasons.includes("moved_wrong_way"))
      .map((p) => p.customer)
      .sort();
  expect(called(lastPurchase, rhythm)).toEqual([1, 2, 3]);
  // The uncalled ones are marked for the Changes tab's words (the row says why: moves52).
  expect(Array.from(plan(who, {}, true, rhythm, lastPurchase).movedWithinRhythm!)).toEqual([
    34,
    NaN,
    NaN,
    NaN,
    60,
  ]);
  expect(plan(who, {}, true, undefined, lastPurchase).movedWithinRhythm).toBeUndefined();
  // Stopped after one interval: late whatever the gap says.
  const stopped = { ...rhythm, oneIntervalStopped: Uint8Array.of(1, 0, 0, 0, 0) };
  expect(called(lastPurchase, stopped)).toEqual([0, 1, 2, 3]);
  // Bought since the previous run: not time alone, every mover is called.
  expect(called("2026-02-27", rhythm)).toEqual([0, 1, 2, 3, 4]);
  // Without the rhythm, as before.
  expect(called(lastPurchase)).toEqual([0, 1, 2, 3, 4]);
});

test("a wrong-way move by time alone gets no call of its own, even when late against the rhythm (tester62 U147)", () => {
  // The 4S Tesla owner: two visits 400 days apart, none in the trend period (stopped after one
  // interval: late), low risk, ¥380; one week on he drifts 即将沉睡 → 休眠 with nothing new. Before:
  // a "moved the wrong way" call of priority high on the Monday.
  const lastPurchase = "2026-01-27";
  const who: Who[] = [
    { spend: 380, spendBefore: 380, worse: 1, silent: true }, // DIMENSIONS[0] = rfmSegment
    { spend: 380, spendBefore: 380, worse: 1 }, // the same move, but not by time alone: a call
  ];
  const rhythm: Rhythm = {
    typicalGapDays: Float64Array.of(400, 400),
    overdueFactor: 3,
    horizonDays: 90,
    oneIntervalStopped: Uint8Array.of(1, 1),
  };
  const s = plan(who, {}, true, rhythm, lastPurchase);
  const called = planned(s)
    .filter((p) => p.reasons.includes("moved_wrong_way"))
    .map((p) => p.customer);
  expect(called).toEqual([1]);
  expect(s.unscheduled.count).toBe(0);
  // Not "within its rhythm" (it is late): the Changes tab says the time-alone rule instead.
  expect(Array.from(s.movedWithinRhythm!)).toEqual([NaN, NaN]);
});

test("spend lower only by purchases leaving the window, within the rhythm: no call (tester53 N32)", () => {
  // SH002 of the tester's week 3: buys weekly, last bought before the previous run, its value class
  // moved only because a purchase of a year ago (1,440) left the window (109,809 → 108,369).
  const lastPurchase = "2026-01-27";
  const who: Who[] = [
    { spend: 108369.24, spendBefore: 109809.11, leftWindow: 1439.87, worse: VALUE_CLASS_BIT },
    // Fell by more than what left: a return since, or less bought: a call.
    { spend: 108000, spendBefore: 109809.11, leftWindow: 1439.87, worse: VALUE_CLASS_BIT },
    // Nothing left the window: the fall is the customer's own, a call (as before).
    { spend: 108369.24, spendBefore: 109809.11, worse: VALUE_CLASS_BIT },
  ];
  const rhythm: Rhythm = {
    typicalGapDays: Float64Array.of(60, 60, 60),
    overdueFactor: 3,
    horizonDays: 90,
  };
  const s = plan(who, {}, true, rhythm, lastPurchase);
  const called = planned(s)
    .filter((p) => p.reasons.includes("moved_wrong_way"))
    .map((p) => p.customer)
    .sort();
  expect(called).toEqual([1, 2]);
  expect(Array.from(s.movedWithinRhythm!)).toEqual([60, NaN, NaN]);
});
