import { LIFECYCLE_STAGES } from "../../../src/engine/analysis";
import { rankOf } from "../../../src/engine/changes/direction";
import { churnReasonsOf } from "../../../src/engine/churn/reasons";
import { medianInPlace, populationGap } from "../../../src/engine/lifecycle/rhythm";
import { STAGE_OF_RULE, STAGE_RULE } from "../../../src/engine/lifecycle/stage";
import { classify } from "../helpers/classify";
import { purchases, type TransactionRow } from "../helpers/dataset";

/** The stage of customer "X" given its purchases (days before 2025-06-30), next to a steady crowd. */
function stageOf(tx: TransactionRow[], patch: unknown = {}, crowd = true): string {
  // The crowd buys every 30 days: the population rhythm for one-time buyers is 30 days.
  const others = crowd ? purchases("P", [10, 40, 70, 100, 130]) : [];
  const r = classify(
    { asOf: "2025-06-30", customers: ["X", "P"], transactions: [...tx, ...others] },
    patch,
  );
  return LIFECYCLE_STAGES[r.analysis.lifecycleStage[0]];
}

const every = (step: number, from: number, to: number) => {
  const out: number[] = [];
  for (let d = from; d <= to; d += step) out.push(d);
  return out;
};

describe("lifecycle stage", () => {
  // Three customers buying every 30 days keep the population rhythm at 30 days.
  const CROWD = ["P", "Q", "R"].flatMap((id) => purchases(id, every(30, 10, 130)));
  /** The stage as of 2025-06-30 of customer X, who bought `days` ago, among CROWD. */
  const stage = (days: number[], patch: unknown = {}) =>
    LIFECYCLE_STAGES[
      classify(
        {
          asOf: "2025-06-30",
          customers: ["X", "P", "Q", "R"],
          transactions: [...purchases("X", days), ...CROWD],
        },
        patch,
      ).analysis.lifecycleStage[0]
    ];

  it("no purchase → prospect", () => {
    expect(stageOf([])).toBe("prospect");
  });

  it("only a return, no purchase → prospect", () => {
    expect(stageOf([{ customer: "X", date: 5, amount: -50 }])).toBe("prospect");
  });

  it("bought once 10 days ago → new", () => {
    expect(stageOf(purchases("X", [10]))).toBe("new");
  });

  it("last bought three years ago → churned", () => {
    expect(stageOf(purchases("X", [3 * 365, 3 * 365 + 30, 3 * 365 + 60]))).toBe("churned");
  });

  it("churned exactly at churn.inactiveDays, not a day before", () => {
    expect(stageOf(purchases("X", [365, 400]))).toBe("churned");
    expect(stageOf(purchases("X", [364, 400]), { lifecycle: { overdueFactor: 100 } })).not.toBe(
      "churned",
    );
    expect(stageOf(purchases("X", [100, 130]), { churn: { inactiveDays: 90 } })).toBe("churned");
  });

  it("a steady buyer for two years → mature", () => {
    expect(stageOf(purchases("X", every(30, 5, 730)))).toBe("mature");
  });

  it("a repeat buyer in the first year → growth", () => {
    expect(stageOf(purchases("X", every(30, 5, 200)))).toBe("growth");
  });

  it("an old customer whose purchases rose significantly → growth; spend alone is not a trend", () => {
    const tx = [...purchases("X", every(7, 5, 175)), ...purchases("X", every(30, 185, 730))];
    expect(stageOf(tx)).toBe("growth");
    const richer = [
      ...purchases("X", every(30, 5, 175), 150),
      ...purchases("X", every(30, 185, 730), 100),
    ];
    expect(stageOf(richer)).toBe("mature");
  });

  it("spend down with steady purchases is noise, not decline", () => {
    const tx = [
      ...purchases("X", every(30, 5, 175), 60),
      ...purchases("X", every(30, 185, 730), 100),
    ];
    expect(stageOf(tx)).toBe("mature");
  });

  it("purchases down significantly → decline", () => {
    const tx = [...purchases("X", every(60, 5, 175)), ...purchases("X", every(10, 185, 730))];
    expect(stageOf(tx)).toBe("decline");
  });

  it("silent for more than three times the robust rhythm → decline", () => {
    // Buys every 20 days: silent for 70 is overdue, for 50 is not.
    expect(stageOf(purchases("X", every(20, 70, 730)))).toBe("decline");
    expect(stageOf(purchases("X", every(20, 50, 730)))).toBe("mature");
  });

  it("nothing in the recent trend period and past the own rhythm → decline, not mature (tester12 #15)", () => {
    // zh 1000010: bought twice 16 months apart, then silent 324 days (rhythm (488 + 30) / 2 = 259,
    // so not 3 × past it).
    expect(stage([324, 812])).toBe("decline");
    // Silent past the period but within the rhythm of two gaps: slow, not stopped.
    expect(stage([200, 500, 800])).toBe("mature");
    // A purchase in the period keeps the steady slow buyer mature.
    expect(stage([170, 470, 770])).toBe("mature");
    // A clockwork buyer every 200 days (6 gaps) is not stopped before the next order is due,
    // though past the shrunk rhythm (~176); past its own 200 days it is (reviewer13 D1).
    expect(stage([190, 390, 590, 790, 990, 1190, 1390])).toBe("mature");
    expect(stage([230, 430, 630, 830, 1030, 1230, 1430])).toBe("decline");
    // The period is the rule set's: a longer one sees the purchase 324 days ago. (Growth, not
    // mature: two purchase days are no rhythm, judge15; and only while the first purchase is
    // within matureAfterDays, judge16.)
    const longer = { trendPeriodDays: 330, matureAfterDays: 900 };
    expect(stage([324, 812], { lifecycle: longer })).toBe("growth");
  });

  it("two purchase days and none in the recent trend period → decline, however far apart (tester13 #6)", () => {
    // zh 1000739: bought 709 days apart, then silent 331 days: within the one-gap rhythm
    // ((709 + 30) / 2 = 370), but one interval is no rhythm to be within.
    expect(stage([331, 1040])).toBe("decline");
    // en 1000420: won back after a churn-length gap, then silent past the won-back half-year and
    // the trend period (was Returned → Mature, sideways).
    expect(stage([188, 750])).toBe("decline");
    // A purchase in the period keeps a two-day customer in its first year out of decline: in
    // growth, never mature (judge15: such mature customers bought again within 90 days at 4 of 28
    // on the samples, 125 of 843 on CDNOW, mature ones with 4+ days at 77–80% and 49%).
    expect(stage([150, 300])).toBe("growth");
    expect(stage([150, 300, 450])).toBe("mature");
  });

  it("two purchase days, the first matureAfterDays ago or more → decline, growth before (judge16)", () => {
    // Bought in the trend period, not overdue: growth until the first purchase is a year old,
    // then decline (such growth customers bought again within 90 days at 16% zh, 11% en, 15%
    // CDNOW, as decline does, against 56–59% and 39% for growth).
    expect(stage([150, 364])).toBe("growth");
    expect(stage([150, 365])).toBe("decline");
    expect(stage([150, 450])).toBe("decline");
    expect(stage([150, 450], { lifecycle: { matureAfterDays: 500 } })).toBe("growth");
    // Three days are a rhythm: mature, as before.
    expect(stage([150, 300, 450])).toBe("mature");
  });

  it("a yearly buyer is not churned before a year and a margin; a churned one's reason names her own gap (tester63 U170)", () => {
    // Finn Green, a December gift buyer: 2024-12-08 and 2025-12-05 (one gap of 362 days), 366
    // days silent on 2026-12-06. Churned at 365 the very week he ordered again; a yearly buyer
    // (own gap in ONE_OFF_YEARLY_DAYS, 300–430) is churned from 430 days.
    expect(stage([366, 728])).toBe("decline");
    expect(stage([429, 791])).toBe("decline");
    expect(stage([430, 792])).toBe("churned");
    // Not yearly: churned at 365 as before.
    expect(stage([366, 500])).toBe("churned");
    expect(stage([366, 866])).toBe("churned");
    // Churned, her reason says her own gap of 500 days, not the rhythm shrunk toward the crowd's
    // 30 days (it read "buys about every 227 days" for one gap of 362).
    const { analysis } = classify({
      asOf: "2025-06-30",
      customers: ["X", "P", "Q", "R"],
      transactions: [...purchases("X", [400, 900]), ...CROWD],
    });
    expect(LIFECYCLE_STAGES[analysis.lifecycleStage[0]]).toBe("churned");
    const [reason] = churnReasonsOf(analysis, 0);
    expect(reason.text["en-US"]).toContain("buys about every 500 days");
    expect(reason.text["zh-CN"]).toContain("500");
  });

  it("the classification keeps which rule decided, for the Changes tab's reasons (stop 42)", () => {
    const rule = (days: number[]) =>
      classify({
        asOf: "2025-06-30",
        customers: ["X", "P", "Q", "R"],
        transactions: [...purchases("X", days), ...CROWD],
      }).stageRule![0];
    expect(rule([150, 365])).toBe(STAGE_RULE.declineOneIntervalAged);
    expect(rule([150, 364])).toBe(STAGE_RULE.growthYoung);
    expect(rule([200, 400])).toBe(STAGE_RULE.declineStoppedOneInterval);
    expect(rule([150, 300, 450])).toBe(STAGE_RULE.mature);
    // Each rule's stage is the stage.
    expect(STAGE_OF_RULE[rule([150, 365])]).toBe(LIFECYCLE_STAGES.indexOf("decline"));
  });

  it("won back once and silent since: Returned one month, Decline the next, the wrong way (reviewer13)", () => {
    const spec = {
      asOf: "2025-06-30",
      customers: ["X", "P", "Q", "R"],
      transactions: [...purchases("X", [188, 750]), ...CROWD],
    };
    const stageAt = (asOf: string) => classify(spec, { asOf }).analysis.lifecycleStage[0];
    // en 1000420: came back 157 days before the previous run, 188 before this one. It was
    // Returned → Mature, a sideways move with only its routine (cadence) contact; now it moves
    // into decline, which the Changes tab counts the wrong way and the schedule calls about.
    const before = stageAt("2025-05-30");
    const now = stageAt("2025-06-30");
    expect([LIFECYCLE_STAGES[before], LIFECYCLE_STAGES[now]]).toEqual(["won_back", "decline"]);
    const stages = LIFECYCLE_STAGES.length;
    expect(rankOf("lifecycleStage", now, stages)).toBeLessThan(
      rankOf("lifecycleStage", before, stages),
    );
  });

  it("came back after a churn-length gap → won_back, for wonBackWithinDays", () => {
    const tx = purchases("X", [20, 50, 500, 530, 560]);
    expect(stageOf(tx)).toBe("won_back");
    expect(
      stageOf(purchases("X", [200, 230, 700]), { lifecycle: { overdueFactor: 100 } }),
    ).not.toBe("won_back");
    expect(stageOf(tx, { lifecycle: { wonBackWithinDays: 30 } })).not.toBe("won_back");
  });

  it("one-time buyers: new while young, then growth within the population rhythm, decline when overdue", () => {
    expect(stageOf(purchases("X", [100]))).toBe("decline"); // population rhythm 30 days: 100 > 3 × 30
    expect(
      stageOf(purchases("X", [100]), { lifecycle: { typicalGap: { oneTimeBuyerDays: 60 } } }),
    ).toBe("growth");
    // Never mature, even when old and within a long fixed rhythm.
    expect(
      stageOf(purchases("X", [300]), {
        lifecycle: { typicalGap: { oneTimeBuyerDays: 200 }, matureAfterDays: 200 },
      }),
    ).toBe("growth");
  });

  it("with nobody buying twice, one-time buyers use the fallback gap", () => {
    const r = classify({
      asOf: "2025-06-30",
      customers: ["X"],
      transactions: purchases("X", [100]),
    });
    expect(r.populationGapDays).toBe(90);
    expect(LIFECYCLE_STAGES[r.analysis.lifecycleStage[0]]).toBe("growth");
  });

  it("a return does not count as a purchase for the rhythm or the first purchase", () => {
    const tx = [...purchases("X", [10]), { customer: "X", date: 200, amount: -30 }];
    expect(stageOf(tx)).toBe("new");
  });
});

describe("rhythm", () => {
  it("median gap, with a floor; population gap from repeat buyers", () => {
    expect(medianInPlace(Float64Array.of(30, 10, 20, 99), 3)).toBe(20);
    expect(medianInPlace(Float64Array.of(4, 1, 3, 2), 4)).toBe(2.5);
    const big = Float64Array.from({ length: 101 }, (_, i) => 100 - i);
    expect(medianInPlace(big, 101)).toBe(50);
    const rules = { oneTimeBuyerDays: null, fallbackDays: 90, minDays: 7 };
    expect(populationGap(Float64Array.of(10, 30, NaN, 20), rules)).toBe(20);
    expect(populationGap(Float64Array.of(NaN), rules)).toBe(90);
    expect(populationGap(Float64Array.of(2, 3), rules)).toBe(7);
    expect(populationGap(Float64Array.of(10), { ...rules, oneTimeBuyerDays: 45 })).toBe(45);
  });

  it("a customer's rhythm is the mean gap over the history, shrunk toward the population's, with a floor", () => {
    const r = classify({
      asOf: "2025-06-30",
      customers: ["A", "B", "C"],
      transactions: [
        ...purchases("A", [10, 20, 40, 500]),
        ...purchases("B", [1, 2, 3]),
        ...purchases("C", [9]),
      ],
    });
    // Mean gaps: A 490/3, B 2/2; the population rhythm is their median; C bought once.
    const pop = (490 / 3 + 1) / 2;
    expect(r.populationGapDays).toBeCloseTo(pop);
    const g = Array.from(r.typicalGapDays);
    expect(g[0]).toBeCloseTo((490 + pop) / 4);
    expect(g[1]).toBeCloseTo((2 + pop) / 3); // above the floor max(7, pop / 4)
    expect(g[2]).toBeCloseTo(pop);
  });
});
