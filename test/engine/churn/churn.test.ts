import { RISK_LEVELS } from "../../../src/engine/analysis";
import { churnReasonsOf, churnReasonsText, amount } from "../../../src/engine/churn/reasons";
import { fallShare, overdueStrength, riskLevel } from "../../../src/engine/churn/score";
import { classify } from "../helpers/classify";
import { purchases, type DatasetSpec } from "../helpers/dataset";

const every = (step: number, from: number, to: number) => {
  const out: number[] = [];
  for (let d = from; d <= to; d += step) out.push(d);
  return out;
};

/** Customer X (first) with the given purchases and service rows; Y buys every 30 days. */
function risk(
  spec: Partial<DatasetSpec> & { transactions: DatasetSpec["transactions"] },
  patch: unknown = {},
) {
  const r = classify(
    {
      asOf: "2025-06-30",
      customers: ["X", "Y"],
      ...spec,
      transactions: [...(spec.transactions ?? []), ...purchases("Y", every(30, 10, 400))],
    },
    patch,
  );
  const reasons = churnReasonsOf(r.analysis, 0);
  return {
    score: r.analysis.churnScore[0],
    probability: r.analysis.churnProbability[0],
    level: RISK_LEVELS[r.analysis.churnLevel[0]],
    codes: reasons.map((x) => x.code),
    reasons,
    zh: churnReasonsText(r.analysis, 0, "zh-CN"),
    en: churnReasonsText(r.analysis, 0, "en-US"),
  };
}

describe("churn factors", () => {
  it("strength functions", () => {
    expect(overdueStrength(30, 30, 3)).toBe(0);
    expect(overdueStrength(60, 30, 3)).toBe(0.5);
    expect(overdueStrength(900, 30, 3)).toBe(1);
    expect(fallShare(10, 4)).toBeCloseTo(0.6);
    expect(fallShare(0, 4)).toBe(0);
    expect(fallShare(4, 10)).toBe(0);
    expect(riskLevel(60, { high: 60, medium: 30 })).toBe(0);
    expect(riskLevel(59.9, { high: 60, medium: 30 })).toBe(1);
    expect(riskLevel(29.9, { high: 60, medium: 30 })).toBe(2);
  });
});

/** Only the overdue factor (a silent customer's purchase count also falls: tested below). */
const overdueOnly = {
  churn: { factors: { fallingFrequency: { weight: 0 }, fallingSpend: { weight: 0 } } },
};

describe("churn risk of hand-made customers", () => {
  it("on rhythm: score 0, low, no reasons", () => {
    const r = risk({ transactions: purchases("X", every(30, 5, 700)) });
    expect(r).toMatchObject({ score: 0, level: "low", codes: [] });
  });

  it("overdue against own rhythm, with the days in words", () => {
    // Buys every 20 days, silent for 60: 40 days overdue; strength (60/20 − 1)/2 = 1 → 70 points.
    const r = risk({ transactions: purchases("X", every(20, 60, 700)) }, overdueOnly);
    expect(r.codes).toEqual(["overdue_vs_rhythm"]);
    expect(r.score).toBe(70);
    expect(r.level).toBe("high");
    expect(r.reasons[0].text["en-US"]).toBe(
      "Overdue by 40 days against own rhythm (buys about every 20 days; last purchase 60 days ago)",
    );
    expect(r.reasons[0].text["zh-CN"]).toBe(
      "超出自身购买周期 40 天（通常约每 20 天购买一次，已 60 天未购买）",
    );
  });

  it("half overdue is medium", () => {
    const r = risk({ transactions: purchases("X", every(20, 40, 700)) }, overdueOnly);
    expect(r.score).toBe(35);
    expect(r.level).toBe("medium");
  });

  it("falling frequency and spend, strongest first", () => {
    // Previous half-year: every 10 days at 100; recent: every 30 days at 50.
    const tx = [
      ...purchases("X", every(30, 5, 175), 50),
      ...purchases("X", every(10, 185, 360), 100),
    ];
    const r = risk({ transactions: tx });
    expect(r.codes).toEqual(["falling_spend", "falling_frequency"]);
    expect(r.en).toBe(
      "Spend down 83%: 300 in the last 180 days vs 1,800 in the 180 days before; " +
        "Purchase frequency down 67%: 6 purchase days in the last 180 days vs 18 in the 180 days before",
    );
    expect(r.zh).toContain("消费金额下降 83%");
    // Noisy-OR: 1 − (1 − 0.3·0.833)(1 − 0.3·0.667) = 0.40.
    expect(r.score).toBeCloseTo(40, 0);
  });

  it("one-time buyers: overdue against the population rhythm, no trend factors, said so", () => {
    const r = risk({ transactions: purchases("X", [200], 1000) });
    expect(r.codes).toEqual(["overdue_vs_rhythm"]);
    expect(r.en).toBe(
      "Bought only once; overdue by 170 days against the usual gap between purchases (30 days, all customers)",
    );
    expect(r.zh).toBe("仅购买过一次，已 200 天未再购买，超出客户通常的购买间隔（30 天）170 天");
  });

  it("prospects: score 0, low, no reasons — even with complaints", () => {
    const r = risk({ transactions: [], complaints: [{ customer: "X", received: 5 }] });
    expect(r).toMatchObject({ score: 0, level: "low", codes: [] });
  });

  it("churned customers: level churned (not at risk), no probability, with their reasons", () => {
    const r = risk({ transactions: purchases("X", [800, 830, 860]) });
    expect(r.level).toBe("churned");
    expect(r.probability).toBeNaN();
    expect(r.codes[0]).toBe("overdue_vs_rhythm");
  });

  it("low satisfaction and NPS detractor from the latest survey in the lookback", () => {
    const tx = purchases("X", every(30, 5, 700));
    const surveys = [
      { customer: "X", date: 400, overall: 1, recommend: 0 }, // outside the 365-day lookback
      { customer: "X", date: 100, overall: 5, recommend: 10 },
      { customer: "X", date: "2025-06-01", overall: 2, recommend: 5 },
    ];
    const r = risk({ transactions: tx, surveys });
    expect(r.codes).toEqual(["low_satisfaction", "nps_detractor"]);
    expect(r.en).toBe(
      "Low satisfaction: latest score 2/5 (2025-06-01); NPS detractor: likelihood to recommend 5/10 (2025-06-01)",
    );
    expect(r.score).toBeCloseTo(100 * (1 - 0.65 * 0.75), 0);
    const happy = risk({ transactions: tx, surveys: surveys.slice(0, 2) });
    expect(happy.codes).toEqual([]);
  });

  it("open and late complaints against the complaint SLA", () => {
    const tx = purchases("X", every(30, 5, 700));
    const complaints = [
      { customer: "X", received: 12 }, // open, 13 days old at the end of the day; never answered: late
      { customer: "X", received: 40, firstResponseHours: 30, resolvedHours: 40 }, // response late (> 24 h)
      { customer: "X", received: 60, complex: true, firstResponseHours: 2, resolvedHours: 47 }, // on time
      { customer: "X", received: 70, firstResponseHours: 2, resolvedHours: 47 }, // general: resolution late
      { customer: "X", received: 300, firstResponseHours: 50, resolvedHours: 90 }, // late but outside 180 days
    ];
    const r = risk({ transactions: tx, complaints });
    expect(r.codes).toEqual(["late_complaints", "open_complaints"]);
    expect(r.en).toBe(
      "3 complaints in the last 180 days answered or resolved late; 1 open complaint, the oldest 13 days old",
    );
    expect(r.zh).toBe("近 180 天有 3 个投诉超时响应或解决；1 个投诉未解决，最久已 13 天");
  });

  it("counts complaints received on the analysis date (judged at the end of that day)", () => {
    const tx = purchases("X", every(30, 5, 700));
    // Received at 10:00 on the analysis date (a negative offset is later than its midnight).
    const r = risk({ transactions: tx, complaints: [{ customer: "X", received: -10 / 24 }] });
    expect(r.codes).toEqual(["open_complaints"]);
    // 14 hours old at the end of the analysis date.
    expect(r.en).toBe("1 open complaint, the oldest 1 day old");
  });

  it("late complaints follow the complaint SLA outcomes (complaints/sla.ts)", () => {
    const tx = purchases("X", every(30, 5, 700));
    // Open and never answered, 3 days old: the first response is missed.
    const unanswered = risk({ transactions: tx, complaints: [{ customer: "X", received: 3 }] });
    expect(unanswered.codes).toEqual(["open_complaints", "late_complaints"]);
    // Open, received 10 hours before the end of the analysis date: still pending, not late.
    const young = risk({ transactions: tx, complaints: [{ customer: "X", received: -14 / 24 }] });
    expect(young.codes).toEqual(["open_complaints"]);
    // Resolved after 10 h (which answers the customer), first response noted at 30 h: on time.
    const resolvedFirst = risk({
      transactions: tx,
      complaints: [{ customer: "X", received: 20, firstResponseHours: 30, resolvedHours: 10 }],
    });
    expect(resolvedFirst.codes).toEqual([]);
  });

  it("no contact for long, only when the Contacts sheet is present", () => {
    const tx = purchases("X", every(30, 5, 700));
    expect(risk({ transactions: tx }).codes).toEqual([]);
    const never = risk({ transactions: tx, contacts: [{ customer: "Y", date: 3 }] });
    expect(never.codes).toEqual(["no_recent_contact"]);
    expect(never.en).toBe("No contact on record");
    expect(never.score).toBe(20);
    const long = risk({ transactions: tx, contacts: [{ customer: "X", date: 135 }] });
    expect(long.en).toBe("No contact for 135 days");
    expect(long.score).toBe(10);
    expect(risk({ transactions: tx, contacts: [{ customer: "X", date: 30 }] }).codes).toEqual([]);
  });

  it("at most three reasons, strongest first; weak ones are left out", () => {
    const tx = [
      ...purchases("X", every(30, 80, 175), 50),
      ...purchases("X", every(10, 185, 360), 100),
    ];
    const r = risk({
      transactions: tx,
      surveys: [{ customer: "X", date: 10, overall: 1, recommend: 2 }],
      complaints: [
        { customer: "X", received: 3 },
        { customer: "X", received: 4 },
      ],
      contacts: [],
    });
    expect(r.codes).toHaveLength(3);
    expect(r.codes[0]).toBe("overdue_vs_rhythm");
    expect(r.level).toBe("high");
    const weak = risk({ transactions: tx }, { churn: { minReasonPoints: 100 } });
    expect(weak.codes).toEqual([]);
    expect(weak.score).toBeGreaterThan(0);
  });

  it("factor weights and levels come from the rule set", () => {
    const tx = purchases("X", every(20, 60, 700));
    const factors = { ...overdueOnly.churn.factors, overdueVsRhythm: { weight: 0.5 } };
    expect(risk({ transactions: tx }, { churn: { factors } }).score).toBe(50);
    expect(
      risk(
        { transactions: tx },
        { churn: { ...overdueOnly.churn, levels: { high: 80, medium: 10 } } },
      ).level,
    ).toBe("medium");
    // With every default factor, the silent customer's falling purchase count adds to the score.
    const all = risk({ transactions: tx });
    expect(all.codes).toEqual(["overdue_vs_rhythm", "falling_frequency", "falling_spend"]);
    expect(all.score).toBeGreaterThan(70);
  });

  it("amounts read with separators", () => {
    expect(amount(1234567.4)).toBe("1,234,567");
    expect(amount(12.5)).toBe("12.50");
    expect(amount(-1500)).toBe("-1,500");
  });
});
