/**
 * Stop 27 (who is called when): the urgent band is one queue by value at stake (rule placeFirst,
 * default []): when an owner's day is full, a big retention call goes before welcome calls due the
 * same day.
 */
import { scheduleFollowUps, type FollowUpSchedule } from "../../../src/engine/followUp/schedule";
import { isoDate, parseIsoDate } from "../../../src/engine/parse/date";
import {
  FOLLOW_UP_REASONS,
  followUpRulesSchema,
  type FollowUpRules,
} from "../../../src/engine/rules/service";
import { smallDataset, type CustomerSpec } from "./smallDataset";

const d = parseIsoDate;
const TIER = { high: 0, medium: 1, low: 2 } as const;
const RISK = { high: 0, medium: 1, low: 2 } as const;

interface Who extends CustomerSpec {
  tier: number;
  risk: number;
  lastPurchase: number;
  firstPurchase: number;
  monetary: number;
  churnProbability: number;
}

function plan(asOf: string, who: Who[], rules: Partial<FollowUpRules> = {}): FollowUpSchedule {
  const dataset = smallDataset({ asOf: d(asOf), customers: who });
  return scheduleFollowUps({
    dataset,
    analysis: {
      valueTier: Int8Array.from(who, (w) => w.tier),
      churnLevel: Int8Array.from(who, (w) => w.risk),
      lifecycleStage: new Int8Array(who.length).fill(3), // mature
      monetary: Float64Array.from(who, (w) => w.monetary),
      churnProbability: Float64Array.from(who, (w) => w.churnProbability),
    },
    lastPurchase: Float64Array.from(who, (w) => w.lastPurchase),
    firstPurchase: Float64Array.from(who, (w) => w.firstPurchase),
    rhythm: {
      typicalGapDays: new Float64Array(who.length).fill(30),
      overdueFactor: 3,
      horizonDays: 90,
    },
    rules: followUpRulesSchema.parse({
      birthdayCare: false,
      holidayCare: false,
      dailyCapacity: 2,
      ...rules,
    }),
    asOf: d(asOf),
  });
}

/** Day, customer, reason and days late of each planned contact. */
function rows(s: FollowUpSchedule): string[] {
  const f = s.followUps;
  return Array.from(
    { length: f.count },
    (_, i) =>
      `${isoDate(f.day[i])} ${f.customer[i]} ${FOLLOW_UP_REASONS[f.reason[i]]} ${f.overdueDays[i]}`,
  );
}

// 2026-03-02 is a Monday: two new customers whose first week ends that day (first purchase 02-23),
// and a customer at high risk silent for 91 days against a 30-day rhythm (retention call within 2
// working days: by 03-03), worth 50% × 100,000 = 50,000 at stake. Two calls a day.
const welcomeDueToday = (monetary: number): Who => ({
  owner: "王",
  tier: TIER.low,
  risk: RISK.low,
  lastPurchase: d("2026-02-23"),
  firstPurchase: d("2026-02-23"),
  monetary,
  churnProbability: 0.1,
});
const who: Who[] = [
  welcomeDueToday(3000),
  welcomeDueToday(2000),
  {
    owner: "王",
    tier: TIER.medium,
    risk: RISK.high,
    lastPurchase: d("2025-12-01"),
    firstPurchase: d("2025-01-10"),
    monetary: 100_000,
    churnProbability: 0.5,
  },
];

describe("the urgent band by value at stake (stop 27)", () => {
  test("a full day goes to the biggest urgent calls: the retention call before a smaller welcome call due that day", () => {
    expect(rows(plan("2026-03-02", who))).toEqual([
      "2026-03-02 2 win_back 0",
      "2026-03-02 0 onboarding 0",
      // Its first week ended on 03-02: one day late, behind two calls worth more.
      "2026-03-03 1 onboarding 1",
    ]);
  });

  test('placeFirst ["onboarding"] puts the welcome calls first again (before stop 27)', () => {
    expect(rows(plan("2026-03-02", who, { placeFirst: ["onboarding"] }))).toEqual([
      "2026-03-02 0 onboarding 0",
      "2026-03-02 1 onboarding 0",
      "2026-03-03 2 win_back 0",
    ]);
  });

  test("the default rule set places nothing first", () => {
    expect(followUpRulesSchema.parse({}).placeFirst).toEqual([]);
  });
});
