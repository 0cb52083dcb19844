/**
 * Stop 27 (who is called when): the urgent band is one queue by value at stake (rule placeFirst,
 * default []): when an owner's day is full, a big retention call goes before welcome calls due the
 * same day.
 */
import type { FollowUpSchedule } from "../../../src/engine/followUp/schedule";
import { isoDate, parseIsoDate } from "../../../src/engine/parse/date";
import { FOLLOW_UP_REASONS, followUpRulesSchema } from "../../../src/engine/rules/service";
import { planFor, RISK, TIER, type Who } from "./planFor";

const d = parseIsoDate;
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
    expect(rows(planFor("2026-03-02", who))).toEqual([
      "2026-03-02 2 win_back 0",
      "2026-03-02 0 onboarding 0",
      // Its first week ended on 03-02: one day late, behind two calls worth more.
      "2026-03-03 1 onboarding 1",
    ]);
  });

  test('placeFirst ["onboarding"] puts the welcome calls first (before the value order)', () => {
    expect(rows(planFor("2026-03-02", who, { placeFirst: ["onboarding"] }))).toEqual([
      "2026-03-02 0 onboarding 0",
      "2026-03-02 1 onboarding 0",
      "2026-03-03 2 win_back 0",
    ]);
  });

  test("the default rule set places nothing first", () => {
    expect(followUpRulesSchema.parse({}).placeFirst).toEqual([]);
  });

  test("a row keeps the value it was ranked by: a key account's next regular contact merged into its retention call does not make it worth the 12-month spend", () => {
    // A key account (100,000 a year, 20 % risk: 20,000 at stake) and a retention call worth
    // 50 % × 50,000 = 25,000, both on 03-02. The key account's next regular contact (due 14 days
    // after the call) finds no day on its channel and is merged into the call (one contact per
    // customer): before stop 28 the row then showed 100,000 and led the day (stop 27 tester: 163
    // retention calls and 409 key accounts' overdue contacts on the 20k).
    const s = planFor(
      "2026-03-02",
      [
        { ...who[2], tier: TIER.high, churnProbability: 0.2 },
        { ...who[2], monetary: 50_000 },
      ],
      { cadenceChannels: { high: "online", medium: "phone", low: "email" } },
      { channelCapacity: { online: 0 } },
    );
    const f = s.followUps;
    expect(
      Array.from(
        { length: f.count },
        (_, i) =>
          `${isoDate(f.day[i])} ${f.customer[i]} ${FOLLOW_UP_REASONS[f.reason[i]]} ${f.valueAtStake[i]}`,
      ),
      // The key account's row first: its regular contact was already overdue (it absorbed that
      // contact, 77 days late), and a day's rows go by days overdue before value (tester51 J2).
    ).toEqual(["2026-03-02 0 win_back 20000", "2026-03-02 1 win_back 25000"]);
    expect(f.overdueDays[0]).toBe(77);
    // The regular contact is on the row (merged), not listed as unscheduled.
    expect(f.reasons[0] & (1 << FOLLOW_UP_REASONS.indexOf("cadence"))).not.toBe(0);
  });
});
