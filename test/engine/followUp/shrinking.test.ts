/**
 * A customer shrinking and unhappy gets a call (tester67 U309): the bakery's #2 account W-108
 * ordered daily at about 470, then from 09-15 at about 213, rated 2/5 on 10-22 ("Croissants
 * arriving stale twice this month"), and read low 40 % with no call: still ordering, never late
 * against its rhythm. The gym B2's unhappy members (1–2/5, now once a week instead of 2–3) likewise.
 */
import { parseIsoDate } from "../../../src/engine/parse/date";
import { FOLLOW_UP_REASONS } from "../../../src/engine/rules/service";
import { shrinkingUnhappy, SHRANK_SPEND } from "../../../src/engine/followUp/shrinking";
import { shrinkingText } from "../../../src/engine/followUp/talkingPoints";
import { smallDataset, type TransactionSpec } from "./smallDataset";
import { planFor, RISK, TIER } from "./planFor";

const AS_OF = "2026-12-04";
const d = parseIsoDate;
const asOf = d(AS_OF);

/** Weekday orders of customer c from `from` to `to`, at `amount`. */
function orders(c: number, from: string, to: string, amount: number): TransactionSpec[] {
  const out: TransactionSpec[] = [];
  for (let day = d(from); day <= d(to); day++)
    if ((day + 4) % 7 < 5) out.push({ customer: c, day, amount });
  return out;
}

// 0: W-108, orders fallen to 45 %, 2/5 on 10-22. 1: fallen alike, no low score. 2: steady, 2/5.
// 3: a member read by her visits would count them; here, fallen by days: every weekday, then
// Mondays only, and a complaint on 11-20.
const dataset = smallDataset({
  asOf,
  customers: [{ id: "W-108" }, { id: "W-110" }, { id: "W-111" }, { id: "W-120" }],
  transactions: [
    ...orders(0, "2026-03-02", "2026-09-14", 470),
    ...orders(0, "2026-09-15", AS_OF, 213),
    ...orders(1, "2026-03-02", "2026-09-14", 470),
    ...orders(1, "2026-09-15", AS_OF, 213),
    ...orders(2, "2026-03-02", AS_OF, 300),
    ...orders(3, "2026-03-02", "2026-08-31", 50),
    ...orders(3, "2026-09-01", AS_OF, 50).filter((t) => (t.day + 3) % 7 === 0),
  ],
  surveys: [
    { customer: 0, day: d("2026-10-22"), overall: 2, recommend: 3 },
    { customer: 2, day: d("2026-11-02"), overall: 2 },
  ],
  complaints: [{ customer: 3, receivedAt: d("2026-11-20") }],
});

describe("shrinkingUnhappy", () => {
  const s = shrinkingUnhappy(dataset, asOf, 2)!;

  test("W-108: spend down by half since 09-15 with a 2/5 in the last 90 days", () => {
    expect(Array.from(s.flag)).toEqual([1, 0, 0, 1]);
    expect(s.what[0]).toBe(SHRANK_SPEND);
    expect(s.fall[0]).toBeGreaterThan(0.4);
    expect(shrinkingText(s, 0, "en-US")).toBe(
      "spend down 48% in the last 90 days (about 10,050 → 5,215 a month); rated us 2/5 on 2026-10-22: ask what went wrong and what would put it right",
    );
    expect(shrinkingText(s, 0, "zh-CN")).toBe(
      "近 90 天消费比以前少了 48%（每月约 10,050 → 5,215）；2026-10-22 评分 2/5：问清哪里不满意、怎样补救",
    );
  });

  test("a customer ordering on fewer days, who complained, is told by her days", () => {
    expect(shrinkingText(s, 3, "en-US")).toBe(
      "days with a purchase down 79% in the last 90 days (about 20.9 → 4.3 a month); complained on 2026-11-20: ask what went wrong and what would put it right",
    );
  });

  test("nobody unhappy in the last 90 days: none", () => {
    expect(shrinkingUnhappy(dataset, d("2027-06-01"), 2)).toBeUndefined();
  });
});

describe("the schedule calls her (U309)", () => {
  // W-108 as the schedule sees it: the high tier, low risk, ordered today, a rhythm of a day.
  const who = [
    {
      id: "W-108",
      tier: TIER.high,
      risk: RISK.low,
      lastPurchase: asOf,
      monetary: 107778,
      churnProbability: 0.4,
      ownGap: 1,
    },
  ];
  const reasons = (shrinking?: ReturnType<typeof shrinkingUnhappy>) => {
    const f = planFor(AS_OF, who, {}, {}, shrinking ? { shrinking } : {}).followUps;
    return Array.from(f.reason.subarray(0, f.count), (r) => FOLLOW_UP_REASONS[r]);
  };
  const s = shrinkingUnhappy(dataset, asOf, 2)!;

  test("a retention call now, not only her regular visits", () => {
    // Before: her regular contacts alone (tester67: visits 12-18 and 12-31).
    expect(reasons()).not.toContain("win_back");
    expect(reasons(s)[0]).toBe("win_back");
  });

  test("not again once someone was in touch after her score", () => {
    const called = planFor(
      AS_OF,
      [{ ...who[0], contacts: [d("2026-10-30")] }],
      {},
      {},
      { shrinking: s },
    ).followUps;
    expect(Array.from(called.reason.subarray(0, called.count))).not.toContain(
      FOLLOW_UP_REASONS.indexOf("win_back"),
    );
  });
});

/**
 * reviewer70 M3 (test/rv70/shrinkBigTicket.test.ts, /work/notes/stop70/reviewer70/): one big-ticket
 * row in the year before read as a fall in spend for weekly customers whose days never fell, each
 * with a win-back call: COFFEE (20 a week, one 2,000 machine in June) "spend down 71 %", PREPAID (a
 * 3,000 year card in March, 10 a visit weekly since) "spend down 92 %". A row of BIG_TICKET_TIMES
 * her median order or more is left out of the spend before.
 */
describe("one big-ticket row is no fall in spend (reviewer70 M3)", () => {
  const weekly = (c: number, from: string, to: string, amount: number): TransactionSpec[] => {
    const out: TransactionSpec[] = [];
    for (let day = d(from); day <= d(to); day += 7) out.push({ customer: c, day, amount });
    return out;
  };
  const big = smallDataset({
    asOf,
    customers: [{ id: "COFFEE" }, { id: "PREPAID" }, { id: "HALVED" }],
    transactions: [
      ...weekly(0, "2025-12-01", AS_OF, 20),
      { customer: 0, day: d("2026-06-10"), amount: 2000 },
      { customer: 1, day: d("2026-03-01"), amount: 3000 },
      ...weekly(1, "2026-03-01", AS_OF, 10),
      // Her orders halved since September, days unchanged: still a fall in spend.
      ...weekly(2, "2025-12-01", "2026-08-31", 100),
      ...weekly(2, "2026-09-01", AS_OF, 40),
    ],
    surveys: [0, 1, 2].map((c) => ({ customer: c, day: d("2026-11-10"), overall: 2 })),
  });

  test("weekly customers whose days never fell are not shrinking; smaller orders still are", () => {
    const s = shrinkingUnhappy(big, asOf, 2)!;
    expect([s.flag[0], s.flag[1]]).toEqual([0, 0]);
    expect(s.flag[2]).toBe(1);
    expect(s.what[2]).toBe(SHRANK_SPEND);
  });
});
