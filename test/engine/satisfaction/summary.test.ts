import fc from "fast-check";
import { summariseSatisfaction } from "../../../src/engine/satisfaction/summary";
import { satisfactionRulesSchema } from "../../../src/engine/rules/service";
import { isoDate, parseIsoDate } from "../../../src/engine/parse/date";
import { smallDataset, type SurveySpec } from "../followUp/smallDataset";

const d = parseIsoDate;
const rules = satisfactionRulesSchema.parse({});

function summarise(surveys: SurveySpec[] | undefined, customers = 3, asOf = "2025-12-31") {
  const dataset = smallDataset({
    asOf: d(asOf),
    customers: Array.from({ length: customers }, (_, i) => ({ owner: ["王", "李", ""][i % 3] })),
    surveys,
  });
  return summariseSatisfaction({
    dataset,
    analysis: {
      valueTier: Int8Array.from({ length: customers }, (_, i) => i % 3),
      rfmSegment: Int8Array.from({ length: customers }, (_, i) => (i === 2 ? -1 : 0)),
    },
    rules,
    asOf: d(asOf),
  });
}

describe("CSAT and NPS on hand-made responses", () => {
  const surveys: SurveySpec[] = [
    {
      customer: 0,
      day: d("2025-03-10"),
      overall: 5,
      recommend: 10,
      quality: 5,
      price: 3,
      afterSales: 4,
      delivery: 4,
    },
    {
      customer: 0,
      day: d("2025-05-02"),
      overall: 4,
      recommend: 9,
      quality: 4,
      price: 2,
      afterSales: 5,
      delivery: 4,
    },
    { customer: 1, day: d("2025-11-20"), overall: 3, recommend: 9, quality: 3, price: 4 },
    { customer: 1, day: d("2025-12-01"), overall: 2, recommend: 7, comment: "太慢" },
    { customer: 2, day: d("2025-12-15"), overall: 1, recommend: 3, delivery: 1 },
    { customer: 2, day: d("2025-12-20"), recommend: undefined, overall: undefined, quality: 5 },
  ];
  const s = summarise(surveys)!;

  test("overall: CSAT is the share of 4–5 among answered overall scores", () => {
    // Answered overall: 5, 4, 3, 2, 1 → two of five satisfied.
    expect(s.overall.responses).toBe(6);
    expect(s.overall.csatAnswers).toBe(5);
    expect(s.overall.csat).toBeCloseTo(0.4, 12);
    expect(s.overall.averageOverall).toBeCloseTo(3, 12);
  });

  test("overall: NPS is % promoters (9–10) minus % detractors (0–6)", () => {
    // Answered: 10, 9, 9, 7, 3 → 3 promoters, 1 passive, 1 detractor → (3 − 1) / 5 = 40.
    expect([s.overall.promoters, s.overall.passives, s.overall.detractors]).toEqual([3, 1, 1]);
    expect(s.overall.nps).toBeCloseTo(40, 12);
  });

  test("dimension averages and the weakest one", () => {
    expect(s.overall.averages.quality).toBeCloseTo((5 + 4 + 3 + 5) / 4, 12);
    expect(s.overall.averages.price).toBeCloseTo(3, 12);
    expect(s.overall.averages.afterSales).toBeCloseTo(4.5, 12);
    expect(s.overall.averages.delivery).toBeCloseTo(3, 12);
    // price and delivery tie at 3: the first in dimension order is named.
    expect(s.overall.weakest).toBe("price");
  });

  test("by tier, segment, owner and quarter", () => {
    expect(s.byTier.map((t) => t.responses)).toEqual([2, 2, 2]);
    expect(s.byTier[0].csat).toBe(1);
    expect(s.byTier[0].nps).toBe(100);
    expect(s.byTier[1].nps).toBe(50); // 9 and 7: one promoter of two, no detractor
    expect(s.bySegment[0].responses).toBe(4); // customer 2 has no segment
    expect(s.byOwner.map((o) => [o.owner, o.stats.responses])).toEqual([
      ["", 2],
      ["李", 2],
      ["王", 2],
    ]);
    expect(s.byQuarter.map((q) => [q.quarter, q.stats.responses])).toEqual([
      ["2025-Q1", 1],
      ["2025-Q2", 1],
      ["2025-Q4", 4],
    ]);
    expect(s.byQuarter[2].stats.csatAnswers).toBe(3);
    expect(s.byQuarter[2].stats.csat).toBe(0);
  });

  test("customers with a low score (≤ 2 on any 1–5 score) in the last 90 days", () => {
    expect(s.lowScores.map((l) => [l.customer, isoDate(l.day), l.lowest, l.lowestScore])).toEqual([
      [2, "2025-12-15", "overall", 1],
      [1, "2025-12-01", "overall", 2],
    ]);
    // Customer 0's price score of 2 on 2025-05-02 is older than 90 days.
    expect(s.lowScores.find((l) => l.customer === 0)).toBeUndefined();
    expect(s.lowScores[1].comment).toBe("太慢");
  });

  test("no Surveys sheet: null; nobody answered: NaN rates", () => {
    expect(summarise(undefined)).toBeNull();
    const empty = summarise([{ customer: 0, day: d("2025-12-01") }])!;
    expect(empty.overall.responses).toBe(1);
    expect(empty.overall.csat).toBeNaN();
    expect(empty.overall.nps).toBeNaN();
    expect(empty.overall.weakest).toBeNull();
  });
});

describe("satisfaction properties", () => {
  const score = (lo: number, hi: number) =>
    fc.option(fc.integer({ min: lo, max: hi }), { nil: undefined });
  const survey = fc.record({
    customer: fc.integer({ min: 0, max: 5 }),
    day: fc.integer({ min: d("2024-01-01"), max: d("2025-12-31") }),
    overall: score(1, 5),
    recommend: score(0, 10),
    quality: score(1, 5),
  });
  test("groups add up to the whole; CSAT in 0–1 and NPS in −100…100", () => {
    fc.assert(
      fc.property(fc.array(survey, { maxLength: 60 }), (surveys) => {
        const s = summarise(surveys, 6)!;
        const sum = (xs: { responses: number; promoters: number; satisfied: number }[]) => [
          xs.reduce((a, x) => a + x.responses, 0),
          xs.reduce((a, x) => a + x.promoters, 0),
          xs.reduce((a, x) => a + x.satisfied, 0),
        ];
        const whole = [s.overall.responses, s.overall.promoters, s.overall.satisfied];
        expect(sum(s.byTier)).toEqual(whole);
        expect(sum(s.byOwner.map((o) => o.stats))).toEqual(whole);
        expect(sum(s.byQuarter.map((q) => q.stats))).toEqual(whole);
        if (s.overall.csatAnswers > 0) {
          expect(s.overall.csat).toBeGreaterThanOrEqual(0);
          expect(s.overall.csat).toBeLessThanOrEqual(1);
        }
        if (s.overall.npsAnswers > 0) {
          expect(Math.abs(s.overall.nps)).toBeLessThanOrEqual(100);
          expect(s.overall.promoters + s.overall.passives + s.overall.detractors).toBe(
            s.overall.npsAnswers,
          );
        }
      }),
    );
  });
});

describe("satisfaction over the analysis window (issue 9 item 6)", () => {
  test("the window's CSAT and NPS count only responses in it; all time keeps every one", () => {
    // Two old unhappy responses (before the 12-month window), two recent happy ones.
    const surveys: SurveySpec[] = [
      { customer: 0, day: d("2024-03-01"), overall: 1, recommend: 0 },
      { customer: 1, day: d("2024-12-31"), overall: 2, recommend: 3 },
      { customer: 0, day: d("2025-01-01"), overall: 5, recommend: 10 },
      { customer: 1, day: d("2025-12-31"), overall: 4, recommend: 9 },
      { customer: 2, day: d("2026-01-05"), overall: 1, recommend: 0 }, // after asOf: not in the window
    ];
    const s = summarise(surveys)!;
    expect(isoDate(s.window.from)).toBe("2025-01-01");
    expect(isoDate(s.window.to)).toBe("2025-12-31");
    expect(s.window.stats.responses).toBe(2);
    expect(s.window.stats.csat).toBe(1);
    expect(s.window.stats.nps).toBe(100);
    expect(s.overall.responses).toBe(5);
    expect(s.overall.csat).toBeCloseTo(2 / 5, 12);
  });
});
