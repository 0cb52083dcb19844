import fc from "fast-check";
import {
  compareSnapshots,
  DATA_SERVICE,
  moveCounts,
  movementsOf,
  MOVES,
  serviceSince,
} from "../../../src/engine/changes/compare";
import type {
  Complaints,
  Contacts,
  Dataset,
  Surveys,
  Transactions,
} from "../../../src/engine/model";
import {
  DIMENSIONS,
  DIMENSION_CODES,
  SnapshotBuilder,
  type SnapshotRecord,
} from "../../../src/engine/changes/snapshot";
import {
  honestPercents,
  MAX_PERCENT_DECIMALS,
  moverReason,
  moverReasons,
  wrongWayText,
} from "../../../src/engine/changes/words";
import { agedSlot, SERVICE_LOW_SCORE, serviceAgedOut } from "../../../src/engine/changes/service";
import { defaultRules } from "../../../src/engine/rules";
import { epochDay } from "../../../src/engine/parse/date";

const record = (
  id: string | number,
  codes: SnapshotRecord["codes"],
  spend = 100,
): SnapshotRecord => ({
  id,
  owner: "王伟",
  codes,
  spend,
  frequency: 3,
  lastPurchase: epochDay(2025, 11, 1),
  churnProbability: 0.1,
});

const arbRecord = fc.record({
  id: fc.oneof(
    fc.integer({ min: 1, max: 40 }),
    fc.integer({ min: 1, max: 40 }).map((n) => `00${n}`),
  ),
  codes: fc.record(
    Object.fromEntries(
      DIMENSIONS.map((d) => [d, fc.option(fc.constantFrom(...DIMENSION_CODES[d]), { nil: null })]),
    ) as Record<string, fc.Arbitrary<string | null>>,
  ),
  spend: fc.double({ min: 0, max: 1e6, noNaN: true }),
});

function build(records: SnapshotRecord[], hash = "h1", asOf = epochDay(2025, 11, 30)) {
  const b = new SnapshotBuilder();
  for (const r of records) b.add(r);
  return b.finish(asOf, hash, "json");
}

/** A run a month after build's: what a refresh compares (a re-run of the same date is another case). */
const later = (records: SnapshotRecord[], hash = "h1") =>
  build(records, hash, epochDay(2025, 12, 31));

describe("compareSnapshots", () => {
  it("puts every customer of both runs in exactly one cell or in the added / removed lists", () => {
    fc.assert(
      fc.property(
        fc.array(arbRecord, { maxLength: 60 }),
        fc.array(arbRecord, { maxLength: 60 }),
        (a, b) => {
          const prev = build(a);
          const cur = build(b);
          const c = compareSnapshots(prev, cur);
          const matched = cur.count - c.added.length;
          expect(matched + c.removed.length).toBe(prev.count);
          for (const m of c.matrices) {
            expect(m.counts.reduce((s, x) => s + x, 0)).toBe(matched);
            let diagonal = 0;
            for (let k = 0; k < m.size; k++) diagonal += m.counts[k * m.size + k];
            expect(matched - diagonal).toBe(m.moved);
          }
          const counts = moveCounts(c);
          expect(MOVES.reduce((s, m) => s + counts[m], 0)).toBe(cur.count);
          expect(counts.worse).toBe(c.wrongWay.length);
          expect(counts.better).toBe(c.rightWay.length);
          expect(counts.new).toBe(c.added.length);
          // Each previous customer matched at most once.
          const seen = new Set<number>();
          for (const j of c.previousIndex)
            if (j >= 0) {
              expect(seen.has(j)).toBe(false);
              seen.add(j);
            }
        },
      ),
    );
  });

  it("compares a run with itself as no movement at all", () => {
    fc.assert(
      fc.property(fc.array(arbRecord, { maxLength: 60 }), (a) => {
        const s = build(a);
        const c = compareSnapshots(s, s);
        expect(c.wrongWay.length + c.rightWay.length + c.added.length + c.removed.length).toBe(0);
        for (const m of c.matrices) expect(m.moved).toBe(0);
        expect(c.rulesChanged).toBe(false);
      }),
    );
  });

  it("joins 1001 and 001001 as one customer", () => {
    const prev = build([record(1001, { valueTier: "high" })]);
    const cur = later([record("001001", { valueTier: "medium" }, 50)]);
    const c = compareSnapshots(prev, cur);
    expect(c.added.length).toBe(0);
    expect(c.removed.length).toBe(0);
    expect(Array.from(c.wrongWay)).toEqual([0]);
  });

  it("lists a customer deleted from the input as removed, largest spend first", () => {
    const prev = build([
      record("A1", { valueTier: "low" }, 10),
      record("A2", { valueTier: "high" }, 500),
      record("A3", { valueTier: "low" }, 20),
    ]);
    const cur = build([record("A3", { valueTier: "low" }, 20)]);
    const c = compareSnapshots(prev, cur);
    expect(Array.from(c.removed).map((j) => prev.id[j])).toEqual(["A2", "A1"]);
  });

  it("says when the rule set changed", () => {
    const prev = build([record("A1", {})], "aaaa");
    expect(compareSnapshots(prev, build([record("A1", {})], "bbbb")).rulesChanged).toBe(true);
    expect(compareSnapshots(prev, build([record("A1", {})], "aaaa")).rulesChanged).toBe(false);
    // An unknown hash (a fallback source without one) is not a change.
    expect(compareSnapshots(prev, build([record("A1", {})], "")).rulesChanged).toBe(false);
  });

  it("says when the program's judgment rules changed, with the same rule set (tester15 #7)", () => {
    const at = (v: number) => {
      const b = new SnapshotBuilder();
      b.add(record("A1", {}));
      return b.finish(epochDay(2025, 11, 30), "aaaa", "json", v);
    };
    const c = compareSnapshots(at(0), at(1));
    expect([c.rulesChanged, c.judgmentChanged]).toEqual([false, true]);
    expect([c.previous.judgmentVersion, c.current.judgmentVersion]).toEqual([0, 1]);
    expect(compareSnapshots(at(1), at(2)).judgmentChanged).toBe(true);
    expect(compareSnapshots(at(2), at(2)).judgmentChanged).toBe(false);
  });

  it("tells the wrong way from the right way, with the reason in words", () => {
    const prev = build([
      record("C1", { rfmSegment: "champions", valueClass: "important_value" }, 9000),
      record("C2", { lifecycleStage: "churned", churnRiskLevel: "high" }, 0),
      record("C3", { churnRiskLevel: "low", valueTier: "low" }, 50),
    ]);
    const cur = later([
      record("C1", { rfmSegment: "at_risk", valueClass: "important_winback" }, 800),
      record("C2", { lifecycleStage: "won_back", churnRiskLevel: "medium" }, 300),
      // Better tier but higher risk: the risk level decides (it needs attention).
      record("C3", { churnRiskLevel: "high", valueTier: "high" }, 5000),
    ]);
    const c = compareSnapshots(prev, cur);
    // A risk level move first (tester11 #9), though C1 spent more.
    expect(Array.from(c.wrongWay).map((i) => cur.id[i])).toEqual(["C3", "C1"]);
    expect(Array.from(c.rightWay).map((i) => cur.id[i])).toEqual(["C2"]);
    const zh = moverReason(c, prev, cur, 0, "zh-CN");
    // No space between Chinese words (stop-20 tester W6): the dimension, a colon, the move.
    expect(zh).toContain("价值分类：重要价值客户 → 重要挽留客户");
    expect(zh).not.toMatch(/[\u4e00-\u9fff] [\u4e00-\u9fff]/);
    // "Since" the previous date first, not between the moves and the figures (stop 31 tester #5).
    expect(zh).toMatch(/^自 2025-11-30 起，RFM 分群：/);
    expect(moverReason(c, prev, cur, 0, "en-US")).toMatch(/^Since 2025-11-30: RFM segment /);
    expect(zh).toContain("消费金额 9,000 → 800");
    expect(moverReason(c, prev, cur, 0, "en-US")).toContain("RFM segment Champions → At risk");
    // A dimension after the first reads mid-sentence: no capital after "; " (tester W6).
    expect(moverReason(c, prev, cur, 0, "en-US")).toContain(
      "Champions → At risk; value class Important value → Important win-back",
    );
    expect(wrongWayText(c, prev, cur, 0, "zh-CN")).toBe(
      "RFM 分群从冠军客户降至有流失风险，价值分类从重要价值客户降至重要挽留客户（自 2025-11-30）",
    );
    const tier = c.matrices.find((m) => m.dimension === "valueTier")!;
    // C3 low → high: from slot 3 (low) to slot 1 (high)
    expect(tier.counts[3 * tier.size + 1]).toBe(1);
    expect(tier.movedRevenueShare).toBeCloseTo(50 / 9050);
  });
});

describe("a customer who came back", () => {
  // Stop 25 trial: 1000061 bought on 12-09 after 14 months of silence (risk 91 % → 26 %, decline → won
  // back); its old purchases left the 12-month window, so its tier fell medium → low. It was listed
  // "worse" and got a high-priority "moved the wrong way" call.
  const prev = build([
    record("came back", { lifecycleStage: "decline", churnRiskLevel: "high", valueTier: "medium" }),
    record("risk eased", { churnRiskLevel: "high", valueTier: "medium" }),
    record("tier only", { lifecycleStage: "mature", churnRiskLevel: "low", valueTier: "medium" }),
    record("mixed", { lifecycleStage: "mature", churnRiskLevel: "high", valueTier: "low" }),
  ]);
  // A month later; the tiers fell with the spend (old purchases left the window).
  const cur = later([
    record(
      "came back",
      { lifecycleStage: "won_back", churnRiskLevel: "low", valueTier: "low" },
      60,
    ),
    record("risk eased", { churnRiskLevel: "medium", valueTier: "low" }, 60),
    record("tier only", { lifecycleStage: "mature", churnRiskLevel: "low", valueTier: "low" }, 60),
    // Risk fell but the stage went into decline: mixed (tester11 #9: 1002964 高 → 中, into 衰退期).
    record("mixed", { lifecycleStage: "decline", churnRiskLevel: "medium", valueTier: "high" }),
  ]);
  // Two more pairs: a frequent buyer whose RFM segment moved while it kept buying (1001237), and one
  // whose segment moved, that bought too, but whose churn level rose.
  const buyer = (id: string, segment: string, lastPurchase: number, churnProbability: number) => ({
    ...record(id, {
      rfmSegment: segment,
      churnRiskLevel: churnProbability < 0.1 ? "low" : "medium",
    }),
    lastPurchase,
    churnProbability,
  });
  const oct = epochDay(2025, 10, 1);
  const dec = epochDay(2025, 12, 7);
  const prevBuyers = build([
    buyer("kept buying", "champions", oct, 0.03),
    buyer("risk up", "champions", oct, 0.03),
  ]);
  const curBuyers = build([
    buyer("kept buying", "loyal", dec, 0.02),
    buyer("risk up", "loyal", dec, 0.2),
  ]);
  const c = compareSnapshots(prev, cur);
  const moveOf = (id: string) => MOVES[c.move[cur.id.indexOf(id)]];

  it("is better, not worse, when its stage or churn level improved and only a value measure fell", () => {
    expect(moveOf("came back")).toBe("better");
    expect(moveOf("risk eased")).toBe("better");
    expect(moveOf("tier only")).toBe("worse");
    expect(moveOf("mixed")).toBe("mixed");
    expect(
      Array.from(c.rightWay)
        .map((i) => cur.id[i])
        .sort(),
    ).toEqual(["came back", "risk eased"]);
    // The tier's fall still shows in its matrix.
    const tier = c.matrices.find((m) => m.dimension === "valueTier")!;
    expect(tier.counts[2 * tier.size + 3]).toBe(3); // medium → low
  });

  it("is not worse when it kept buying and its churn level did not rise, whatever its RFM segment did", () => {
    const b = compareSnapshots(prevBuyers, curBuyers);
    const moves = curBuyers.id.map((id, i) => [id, MOVES[b.move[i]]]);
    expect(moves).toEqual([
      ["kept buying", "sideways"],
      ["risk up", "worse"],
    ]);
  });

  it("gets no 'moved the wrong way' call", () => {
    const m = movementsOf(prev, c);
    const called = cur.id.filter((_, i) => m.worse[i] !== 0).sort();
    expect(called).toEqual(["tier only"]);
  });
});

describe("which way a lifecycle stage moves", () => {
  // Every from → to pair of stages, compared as two one-customer runs.
  const way = (from: string, to: string) => {
    const c = compareSnapshots(
      build([record(1, { lifecycleStage: from })]),
      build([record(1, { lifecycleStage: to })]),
    );
    return from === to
      ? "same"
      : c.worse[0]
        ? "worse"
        : c.changed[0]
          ? (MOVES[c.move[0]] as string)
          : "same";
  };
  const ACTIVE = ["new", "growth", "mature", "won_back"];

  test("moves among the active stages are sideways (mature → growth: purchases rose)", () => {
    for (const from of ACTIVE)
      for (const to of ACTIVE)
        if (from !== to) expect([from, to, way(from, to)]).toEqual([from, to, "sideways"]);
  });

  test("into decline or churned is the wrong way; out of them, or a first purchase, the right way", () => {
    for (const from of ACTIVE) {
      expect([from, way(from, "decline")]).toEqual([from, "worse"]);
      expect([from, way(from, "churned")]).toEqual([from, "worse"]);
      expect([from, way("decline", from)]).toEqual([from, "better"]);
      expect([from, way("churned", from)]).toEqual([from, "better"]);
      expect([from, way("prospect", from)]).toEqual([from, "better"]);
    }
    expect(way("decline", "churned")).toBe("worse");
    expect(way("churned", "decline")).toBe("better");
  });
});

describe("which way a churn risk level moves", () => {
  const way = (from: string | null, to: string) => {
    // A month apart: at the same date and figures a level moved only by the model's refit.
    const c = compareSnapshots(
      build([record(1, { churnRiskLevel: from })]),
      later([record(1, { churnRiskLevel: to })]),
    );
    return c.worse[0] ? "worse" : (MOVES[c.move[0]] as string);
  };

  test("a prospect's first level after a first purchase is neither worse nor better (stop 23 trial: 1000046)", () => {
    for (const to of ["high", "medium", "low", "churned"]) {
      expect([to, way("prospect", to)]).toEqual([to, "sideways"]);
      expect([to, way(null, to)]).toEqual([to, "sideways"]);
    }
  });

  test("between rated levels the direction holds: low → high is worse, high → low better", () => {
    expect(way("low", "high")).toBe("worse");
    expect(way("medium", "churned")).toBe("worse");
    expect(way("high", "low")).toBe("better");
    expect(way("churned", "medium")).toBe("better");
  });

  it("names what the customer told us since the last run: new complaints (open ones), low scores", () => {
    // Stop 29 tester #4: champion 1004054 got an open complex complaint on 2026-01-20 and moved
    // 成熟期 → 衰退期; its reason named the stage only.
    const prev = build([
      record("1004054", { rfmSegment: "champions", lifecycleStage: "mature" }, 9000),
      record("1004055", { rfmSegment: "champions", lifecycleStage: "mature" }, 8000),
      record("1004056", { rfmSegment: "champions", lifecycleStage: "mature" }, 7000),
    ]);
    const cur = later([
      record("1004054", { rfmSegment: "champions", lifecycleStage: "decline" }, 9000),
      record("1004055", { rfmSegment: "champions", lifecycleStage: "decline" }, 8000),
      record("1004056", { rfmSegment: "champions", lifecycleStage: "decline" }, 7000),
    ]);
    const day = (m: number, d: number) => epochDay(2026, m, d);
    const complaints = {
      count: 4,
      // Customer 0: one open (01-20 14:00); one before the last run (12-20) does not count.
      // Customer 1: two since, one resolved; customer 2: none.
      customer: Int32Array.of(0, 0, 1, 1),
      receivedAt: Float64Array.of(
        day(1, 20) + 14 / 24,
        epochDay(2025, 12, 20),
        day(1, 5),
        day(1, 25),
      ),
      cause: Int8Array.of(0, 0, 1, 2),
      complexity: Int8Array.of(1, 0, 0, 0),
      firstResponseAt: new Float64Array(4).fill(NaN),
      resolvedAt: Float64Array.of(NaN, NaN, day(1, 6), NaN),
      status: Int8Array.of(0, 0, 1, 0),
      sourceRow: Int32Array.of(2, 3, 4, 5),
    } as Complaints;
    const surveys = {
      count: 3,
      customer: Int32Array.of(2, 2, 1),
      day: Float64Array.of(day(1, 12), day(1, 15), day(1, 31)),
      overall: Float64Array.of(2, 1, 4),
      recommend: Float64Array.of(8, 3, 9),
    } as unknown as Surveys;
    const dataset = { customers: { count: 3 }, complaints, surveys } as unknown as Dataset;
    const service = serviceSince(dataset, epochDay(2025, 12, 31), day(1, 31), {
      lowScoreMax: 2,
      npsDetractorMax: 6,
    });
    const c = compareSnapshots(prev, cur, service);
    expect(moverReason(c, prev, cur, 0, "en-US")).toBe(
      "Since 2025-11-30: Lifecycle stage Mature → Decline; new complaint 2026-01-20 (open)",
    );
    // Its survey since scored 4/5 and 9/10, neither low: named all the same (stop 44: a 9/10
    // went unsaid where a 4/10 was named).
    expect(moverReason(c, prev, cur, 1, "en-US")).toMatch(
      /; 2 new complaints, the latest 2026-01-25 \(1 open\), satisfaction 4\/5 on 2026-01-31, likelihood to recommend 9\/10 on 2026-01-31$/,
    );
    expect(moverReason(c, prev, cur, 1, "zh-CN")).toMatch(
      /，满意度 4\/5（2026-01-31），推荐意愿 9\/10（2026-01-31）$/,
    );
    expect(moverReason(c, prev, cur, 2, "en-US")).toMatch(
      /; satisfaction 1\/5 on 2026-01-15, likelihood to recommend 3\/10 on 2026-01-15$/,
    );
    expect(moverReason(c, prev, cur, 0, "zh-CN")).toBe(
      "自 2025-11-30 起，生命周期阶段：成熟期 → 衰退期；新投诉 2026-01-20（未解决）",
    );
    expect(moverReason(c, prev, cur, 2, "zh-CN")).toMatch(
      /；满意度 1\/5（2026-01-15），推荐意愿 3\/10（2026-01-15）$/,
    );
    // Without the measure (an older caller): the time since its last purchase is what it says.
    expect(moverReason(compareSnapshots(prev, cur), prev, cur, 0, "en-US")).toBe(
      "Since 2025-11-30: Lifecycle stage Mature → Decline; days since the last purchase 29 → 60",
    );
    expect(serviceSince(dataset, NaN, day(1, 31), { lowScoreMax: 2, npsDetractorMax: 6 })).toBe(
      undefined,
    );
  });

  it("of equal low scores since, names the latest: the one the churn model and the At-risk tab read", () => {
    // Stop 44: en 1001484 read "likelihood to recommend 6/10 on 2025-12-02" beside its At-risk
    // reason's "6/10 (2025-12-05)"; and a lower score earlier still wins.
    const day = (m: number, d: number) => epochDay(2026, m, d);
    const surveys = {
      count: 4,
      customer: Int32Array.of(0, 0, 1, 1),
      day: Float64Array.of(day(1, 2), day(1, 5), day(1, 2), day(1, 5)),
      overall: Float64Array.of(4, 4, 1, 2),
      recommend: Float64Array.of(6, 6, 3, 5),
    } as unknown as Surveys;
    const dataset = { customers: { count: 2 }, surveys } as unknown as Dataset;
    const s = serviceSince(dataset, epochDay(2025, 12, 31), day(1, 31), {
      lowScoreMax: 2,
      npsDetractorMax: 6,
    })!;
    expect([s.lowRecommend[0], s.lowRecommendDay[0]]).toEqual([6, day(1, 5)]);
    expect([s.lowScore[1], s.lowScoreDay[1], s.lowRecommend[1]]).toEqual([1, day(1, 2), 3]);
    // The latest scores whatever they are.
    expect([s.score![0], s.recommend![0], s.recommendDay![0]]).toEqual([4, 6, day(1, 5)]);
  });

  it("names the returns since the last run, and a purchase since returned in full (tester43 #7)", () => {
    // 1001198: bought 8,257.35 on 01-12 and returned it the same day; 1002857: bought twice,
    // returned one of them; 1002858: two returns; a return before the last run does not count.
    const prev = build([
      record("1001198", { rfmSegment: "champions", lifecycleStage: "mature" }, 9000),
      record("1002857", { rfmSegment: "champions", lifecycleStage: "mature" }, 8000),
      record("1002858", { rfmSegment: "champions", lifecycleStage: "mature" }, 7000),
    ]);
    const cur = later([
      record("1001198", { rfmSegment: "champions", lifecycleStage: "decline" }, 9000),
      record("1002857", { rfmSegment: "champions", lifecycleStage: "decline" }, 8000),
      record("1002858", { rfmSegment: "champions", lifecycleStage: "decline" }, 7000),
    ]);
    const day = (m: number, d: number) => epochDay(2026, m, d);
    const transactions = {
      count: 7,
      customer: Int32Array.of(0, 0, 1, 1, 1, 2, 2),
      day: Float64Array.of(
        day(1, 12),
        day(1, 12),
        day(1, 1),
        day(1, 2),
        day(1, 5),
        day(1, 9),
        day(1, 20),
      ),
      amount: Float64Array.of(8257.35, -8257.35, 804.03, 3468.39, -3468.39, -100, -50.5),
      product: Int32Array.of(0, 0, 1, 1, 1, -1, -1),
      products: ["安装调试服务", "年度维保服务"],
    } as unknown as Transactions;
    const dataset = { customers: { count: 3 }, transactions } as unknown as Dataset;
    const service = serviceSince(dataset, epochDay(2025, 12, 31), day(1, 31), {
      lowScoreMax: 2,
      npsDetractorMax: 6,
    });
    const c = compareSnapshots(prev, cur, service);
    expect(moverReason(c, prev, cur, 0, "zh-CN")).toMatch(
      /；退货 2026-01-12 -8,257\.35（安装调试服务），本期购买已全部退货$/,
    );
    expect(moverReason(c, prev, cur, 1, "zh-CN")).toMatch(
      /；退货 2026-01-05 -3,468\.39（年度维保服务）$/,
    );
    expect(moverReason(c, prev, cur, 2, "zh-CN")).toMatch(
      /；退货 2 笔，合计 -150\.50，最近一笔 2026-01-20$/,
    );
    expect(moverReason(c, prev, cur, 0, "en-US")).toMatch(
      /; returned -8,257\.35 on 2026-01-12 \(安装调试服务\), everything bought since was returned$/,
    );
    expect(moverReason(c, prev, cur, 2, "en-US")).toMatch(
      /; 2 returns, -150\.50 in all, the latest on 2026-01-20$/,
    );
    // None since: nothing said, and nothing kept.
    const none = serviceSince(dataset, day(1, 20), day(1, 31), {
      lowScoreMax: 2,
      npsDetractorMax: 6,
    });
    expect(none?.returns).toBeUndefined();
  });

  it("names a new customer's returns and surveys since the last run, as an existing one's (stop 44)", () => {
    // 1001663 was not in the last run: bought 1,961.86 and returned it; 1001664 new, nothing since.
    const prev = build([record("1001198", { rfmSegment: "champions" }, 9000)]);
    const cur = later([
      record("1001198", { rfmSegment: "champions" }, 9000),
      record("1001663", { rfmSegment: "new" }, 0),
      record("1001664", { rfmSegment: "new" }, 500),
    ]);
    const day = (m: number, d: number) => epochDay(2026, m, d);
    const transactions = {
      count: 3,
      customer: Int32Array.of(1, 1, 2),
      day: Float64Array.of(day(1, 10), day(1, 30), day(1, 3)),
      amount: Float64Array.of(1961.86, -1961.86, 500),
      product: Int32Array.of(0, 0, 0),
      products: ["网络设备"],
    } as unknown as Transactions;
    const surveys = {
      count: 1,
      customer: Int32Array.of(1),
      day: Float64Array.of(day(1, 26)),
      overall: Float64Array.of(5),
      recommend: Float64Array.of(9),
    } as unknown as Surveys;
    const dataset = { customers: { count: 3 }, transactions, surveys } as unknown as Dataset;
    const service = serviceSince(dataset, epochDay(2025, 12, 31), day(1, 31), {
      lowScoreMax: 2,
      npsDetractorMax: 6,
    });
    const c = compareSnapshots(prev, cur, service);
    expect(Array.from(c.added)).toEqual([1, 2]);
    expect(moverReason(c, prev, cur, 1, "zh-CN")).toBe(
      "上次分析后新增的客户；退货 2026-01-30 -1,961.86（网络设备），本期购买已全部退货，满意度 5/5（2026-01-26），推荐意愿 9/10（2026-01-26）",
    );
    expect(moverReason(c, prev, cur, 1, "en-US")).toBe(
      "Added since the last analysis; returned -1,961.86 on 2026-01-30 (网络设备), everything bought since was returned, satisfaction 5/5 on 2026-01-26, likelihood to recommend 9/10 on 2026-01-26",
    );
    expect(moverReason(c, prev, cur, 2, "en-US")).toBe("Added since the last analysis");
  });

  it("names the owner's contacts since the last run, and whether the customer bought since (tester43 #8)", () => {
    // 1000184: phoned 01-21 by 王芳, no purchase since; 1000185: two contacts (the latest an
    // e-mail), then bought on 01-25; 1000186: a contact of unknown channel with no owner.
    const prev = build([
      record("1000184", { rfmSegment: "champions", lifecycleStage: "mature" }, 9000),
      record("1000185", { rfmSegment: "champions", lifecycleStage: "mature" }, 8000),
      record("1000186", { rfmSegment: "champions", lifecycleStage: "mature" }, 7000),
    ]);
    const day = (m: number, d: number) => epochDay(2026, m, d);
    const cur = later([
      record("1000184", { rfmSegment: "champions", lifecycleStage: "decline" }, 9000),
      {
        ...record("1000185", { rfmSegment: "champions", lifecycleStage: "decline" }, 8000),
        lastPurchase: day(1, 25),
      },
      record("1000186", { rfmSegment: "champions", lifecycleStage: "decline" }, 7000),
    ]);
    const contacts = {
      count: 5,
      customer: Int32Array.of(0, 0, 1, 1, 2),
      // 1000184's contact of 2025-12-20 was before the last run: not counted.
      day: Float64Array.of(epochDay(2025, 12, 20), day(1, 21), day(1, 3), day(1, 10), day(1, 30)),
      channel: Int8Array.of(1, 0, 0, 1, -1),
      owner: ["李娜", "王芳", "刘洋", "刘洋", ""],
      sourceRow: Int32Array.of(2, 3, 4, 5, 6),
    } as Contacts;
    const dataset = { customers: { count: 3 }, contacts } as unknown as Dataset;
    const service = serviceSince(dataset, epochDay(2025, 12, 31), day(1, 31), {
      lowScoreMax: 2,
      npsDetractorMax: 6,
    });
    const c = compareSnapshots(prev, cur, service);
    expect(moverReason(c, prev, cur, 0, "zh-CN")).toMatch(
      /；距上次购买 29 → 60 天，2026-01-21 电话联系（王芳），此后仍未购买$/,
    );
    expect(moverReason(c, prev, cur, 0, "en-US")).toMatch(
      /; days since the last purchase 29 → 60, contacted on 2026-01-21 by phone \(王芳\), no purchase since$/,
    );
    expect(moverReason(c, prev, cur, 1, "zh-CN")).toMatch(
      /，联系 2 次，最近一次：2026-01-10 邮件联系（刘洋）$/,
    );
    expect(moverReason(c, prev, cur, 2, "zh-CN")).toMatch(/，2026-01-30 联系，此后仍未购买$/);
    expect(moverReason(c, prev, cur, 2, "en-US")).toMatch(
      /, contacted on 2026-01-30, no purchase since$/,
    );
  });

  it("a contact the day after a purchase since the last run says so, not 'no purchase since' (tester52 L10)", () => {
    // KH002 bought on 12-08 and was visited on 12-09: "此后仍未购买" read as "did not buy".
    const day = (m: number, d: number) => epochDay(2026, m, d);
    const prev = build([
      record("KH002", { rfmSegment: "at_risk", lifecycleStage: "decline" }, 9000),
      record("KH003", { rfmSegment: "at_risk", lifecycleStage: "decline" }, 9000),
    ]);
    const cur = later([
      {
        ...record("KH002", { rfmSegment: "champions", lifecycleStage: "mature" }, 9500),
        lastPurchase: day(1, 20),
      },
      record("KH003", { rfmSegment: "champions", lifecycleStage: "decline" }, 9000),
    ]);
    const contacts = {
      count: 2,
      customer: Int32Array.of(0, 1),
      day: Float64Array.of(day(1, 21), day(1, 21)),
      channel: Int8Array.of(2, 2),
      owner: ["王芳", "王芳"],
      sourceRow: Int32Array.of(2, 3),
    } as Contacts;
    const dataset = { customers: { count: 2 }, contacts } as unknown as Dataset;
    const service = serviceSince(dataset, epochDay(2025, 12, 31), day(1, 31), {
      lowScoreMax: 2,
      npsDetractorMax: 6,
    });
    const c = compareSnapshots(prev, cur, service);
    expect(moverReason(c, prev, cur, 0, "zh-CN")).toMatch(
      /，2026-01-21 拜访（王芳），在 2026-01-20 购买之后$/,
    );
    expect(moverReason(c, prev, cur, 0, "zh-CN")).not.toMatch(/未购买/);
    expect(moverReason(c, prev, cur, 0, "en-US")).toMatch(
      /, contacted on 2026-01-21 in a visit \(王芳\), after its purchase of 2026-01-20$/,
    );
    // Its last purchase before the previous run: no purchase since, as before.
    expect(moverReason(c, prev, cur, 1, "zh-CN")).toMatch(
      /[，；]2026-01-21 拜访（王芳），此后仍未购买$/,
    );
  });

  it("a wrong-way row with no call for time alone within its rhythm says why (moves52)", () => {
    // Bought 2025-11-01, every ~65 days; nothing since: champions → loyal by the days alone.
    const prev = build([
      record("KH037", { rfmSegment: "champions" }, 9000),
      record("KH038", { rfmSegment: "champions" }, 9000),
    ]);
    const cur = later([
      record("KH037", { rfmSegment: "loyal" }, 9000),
      record("KH038", { rfmSegment: "loyal" }, 9000),
    ]);
    const c = compareSnapshots(prev, cur);
    const rhythm = Float64Array.of(65, NaN);
    const zh = moverReasons(c, prev, cur, "zh-CN", rhythm);
    expect(zh(0)).toMatch(
      /；此变化不安排回访：2025-11-30 后没有新的购买，距上次购买 60 天，未超过其通常的购买间隔（65 天）；流失风险不高，消费未减少$/,
    );
    // Not within its rhythm, but moved by time alone: no call of its own either, said so
    // (tester62 U147; before, its row said nothing of the call it got).
    expect(zh(1)).toMatch(/；此变化不安排回访：此后没有新情况，仅因时间推移的变化不单独安排回访/);
    expect(moverReasons(c, prev, cur, "en-US", rhythm)(0)).toMatch(
      /; no call for this move: nothing bought since 2025-11-30, and 60 days since the last purchase is within its usual gap of 65 days; churn risk not high, spend not lower$/,
    );
    // Without the schedule's marks: the time-alone words (tester62 U147).
    expect(moverReason(c, prev, cur, 0, "zh-CN")).toMatch(/；此变化不安排回访：此后没有新情况/);
  });
});

// Stop 31 tester #5: a refresh of the 300-customer sample with three customers' data changed.
describe("what moved a customer: its own figures, the cut-offs, or its history", () => {
  const dec31 = epochDay(2025, 12, 31);
  const at = (asOf: number, records: SnapshotRecord[]) => build(records, "h1", asOf);
  const tiered = (
    id: string,
    tier: string,
    spend: number,
    extra: Partial<SnapshotRecord> = {},
  ) => ({
    ...record(id, { valueTier: tier }, spend),
    ...extra,
  });

  it("a tier change at the same spend is the cut-offs', said with both cut-offs, counted neither way", () => {
    // 1000209: spend 17,706.86 both times, the high tier's least spend rose to 18,223.54 when
    // 1000001 jumped up; 1000169 likewise medium → low.
    const prev = at(dec31, [
      tiered("1000001", "low", 2769.72),
      tiered("1000209", "high", 17706.86),
      tiered("1000165", "high", 18223.54),
      tiered("1000169", "medium", 6127.15),
      tiered("1000300", "medium", 6314.27),
    ]);
    const cur = at(dec31, [
      tiered("1000001", "high", 52769.72, { lastPurchase: epochDay(2025, 12, 20), frequency: 4 }),
      tiered("1000209", "medium", 17706.86),
      tiered("1000165", "high", 18223.54),
      tiered("1000169", "low", 6127.15),
      tiered("1000300", "medium", 6314.27),
    ]);
    const c = compareSnapshots(prev, cur);
    const moveOf = (id: string) => MOVES[c.move[cur.id.indexOf(id)]];
    expect(moveOf("1000209")).toBe("cutOffs");
    expect(moveOf("1000169")).toBe("cutOffs");
    expect(moveOf("1000001")).toBe("better");
    expect(Array.from(c.cutOffMoves, (i) => cur.id[i])).toEqual(["1000209", "1000169"]);
    expect(c.wrongWay.length).toBe(0);
    expect(moveCounts(c).cutOffs).toBe(2);
    // No "moved the wrong way" call for a drop that never happened.
    expect(Array.from(movementsOf(prev, c).worse).every((w) => w === 0)).toBe(true);
    expect(wrongWayText(c, prev, cur, cur.id.indexOf("1000209"), "zh-CN")).toBe("");
    // The tier matrix still shows the move.
    const tier = c.matrices.find((m) => m.dimension === "valueTier")!;
    expect(tier.counts[1 * tier.size + 2]).toBe(1); // high → medium
    const i = cur.id.indexOf("1000209");
    expect(moverReason(c, prev, cur, i, "zh-CN")).toBe(
      "价值层级：高价值 → 中价值（高价值门槛由 17,706.86 升至 18,223.54，消费金额 17,706.86 未变）",
    );
    expect(moverReason(c, prev, cur, i, "en-US")).toBe(
      "Value tier High value → Medium value (the high value cut-off rose from 17,706.86 to 18,223.54; spend 17,706.86 unchanged)",
    );
    expect(moverReason(c, prev, cur, cur.id.indexOf("1000169"), "zh-CN")).toBe(
      "价值层级：中价值 → 低价值（中价值门槛由 6,127.15 升至 6,314.27，消费金额 6,127.15 未变）",
    );
    // Up when a cut-off fell: the new tier's own.
    const back = compareSnapshots(cur, prev);
    expect(MOVES[back.move[prev.id.indexOf("1000209")]]).toBe("cutOffs");
    expect(moverReason(back, cur, prev, prev.id.indexOf("1000209"), "en-US")).toBe(
      "Value tier Medium value → High value (the high value cut-off fell from 18,223.54 to 17,706.86; spend 17,706.86 unchanged)",
    );
  });

  it("a move at the same figures after a rule-set change is the rules', not the cut-offs' (reviewer D1)", () => {
    // The tier shares edited: the cut-offs moved with the rules, not with other customers' data.
    const rec = (tier: string) => record("R1", { valueTier: tier }, 17_706.86);
    const prev = build([rec("high")], "aaaa", dec31);
    const cur = build([rec("medium")], "bbbb", dec31);
    const c = compareSnapshots(prev, cur);
    expect(c.rulesChanged).toBe(true);
    expect(MOVES[c.move[0]]).not.toBe("cutOffs");
    expect(c.cutOffMoves).toHaveLength(0);
    // The same with one rule set: the cut-offs'.
    const same = compareSnapshots(
      build([rec("high")], "aaaa", dec31),
      build([rec("medium")], "aaaa", dec31),
    );
    expect(MOVES[same.move[0]]).toBe("cutOffs");
  });

  it("an RFM segment or value class move at the same date with the same figures is the cut-offs'; a month later it is not", () => {
    const seg = (segment: string, cls: string) =>
      record("S1", { rfmSegment: segment, valueClass: cls, valueTier: "high" });
    const prev = at(dec31, [seg("champions", "important_value")]);
    const same = compareSnapshots(prev, at(dec31, [seg("loyal", "important_retention")]));
    expect(MOVES[same.move[0]]).toBe("cutOffs");
    expect(
      moverReason(same, prev, at(dec31, [seg("loyal", "important_retention")]), 0, "zh-CN"),
    ).toBe(
      "RFM 分群：冠军客户 → 忠诚客户；价值分类：重要价值客户 → 重要保持客户（分档界限随其他客户的数据变化，本客户的消费金额、购买天数和最近购买未变）",
    );
    // A month on, its recency is a month older: not the cut-offs'. With nothing of its own since
    // (no purchase, the same spend and purchase days) the calendar moved it: time alone, counted
    // apart from the wrong way (tester61 U129; before, "worse": a weekly refresh of unchanged data
    // listed half the customers 变差).
    const before = build([seg("champions", "important_value")]);
    const later1 = later([seg("loyal", "important_retention")]);
    expect(MOVES[compareSnapshots(before, later1).move[0]]).toBe("byTime");
  });

  it("into decline a month later with nothing of her own since while her churn probability fell, below high: time alone (tester69 U501)", () => {
    // A florist's holiday buyer (Valentine's, Mother's Day): 成熟期 → 衰退期, 175 → 205 days since her
    // last purchase, churn 66 % → 63 % (medium). Before: 变差 with a wrong-way call, 28 of the 30 变差.
    const holiday = (stage: string, p: number, level = "medium") => ({
      ...record("HY040", { lifecycleStage: stage, churnRiskLevel: level }),
      lastPurchase: epochDay(2025, 5, 10),
      churnProbability: p,
    });
    const c = compareSnapshots(build([holiday("mature", 0.66)]), later([holiday("decline", 0.63)]));
    expect(MOVES[c.move[0]]).toBe("byTime");
    expect(c.wrongWay).toHaveLength(0);
    // Her probability rose, or she is high now: still the alarm it was.
    for (const [p, level] of [
      [0.7, "medium"],
      [0.63, "high"],
    ] as const) {
      const rose = compareSnapshots(
        build([holiday("mature", 0.66)]),
        later([holiday("decline", p, level)]),
      );
      expect(MOVES[rose.move[0]]).toBe("worse");
    }
  });

  it("an RFM segment that rose a week later with nothing bought since is the cut-offs', not the right way (tester65 U211)", () => {
    // Bean There Café: silent since August, churn 98.5 % → 99.0 %, Need attention → Loyal because
    // the others' cut points moved. Before: "better", listed as moved the right way.
    const seg = (segment: string) =>
      record("B1", { rfmSegment: segment, valueClass: "general_value", valueTier: "high" });
    const prev = build([seg("need_attention")]);
    const cur = later([seg("loyal")]);
    const c = compareSnapshots(prev, cur);
    expect(MOVES[c.move[0]]).toBe("cutOffs");
    expect(c.rightWay).toHaveLength(0);
    expect(moverReason(c, prev, cur, 0, "en-US")).toContain(
      "RFM segment Need attention → Loyal (cut-offs moved with other customers' figures; this customer has not bought since: not an improvement)",
    );
    expect(moverReason(c, prev, cur, 0, "zh-CN")).toContain(
      "（分档界限随其他客户的数据变化；本客户此后未再购买，不算变好）",
    );
    // Bought since: her own doing, the right way.
    const bought = later([{ ...seg("loyal"), lastPurchase: epochDay(2025, 12, 20) }]);
    expect(MOVES[compareSnapshots(prev, bought).move[0]]).toBe("better");
  });

  it("a risk level that changed always quotes the probabilities, to the decimal that tells them apart", () => {
    // 1000014: 50.2% → 49.7% crossed the threshold; the reason had no figures. (A month later with
    // its figures unchanged; a longer silence is not why its risk fell: not said.)
    const risk = (level: string, p: number, extra: Partial<SnapshotRecord> = {}) => ({
      ...record("1000014", { churnRiskLevel: level }),
      churnProbability: p,
      ...extra,
    });
    const prev = build([risk("medium", 0.502)]);
    const cur = at(dec31, [risk("low", 0.497)]);
    const c = compareSnapshots(prev, cur);
    expect(moverReason(c, prev, cur, 0, "zh-CN")).toBe(
      "自 2025-11-30 起，流失风险等级：中 → 低；流失概率 50.2% → 49.7%",
    );
    expect(moverReason(c, prev, cur, 0, "en-US")).toBe(
      "Since 2025-11-30: Churn risk level Medium → Low; churn probability 50.2% → 49.7%",
    );
    const far = at(dec31, [risk("low", 0.21, { spend: 90 })]);
    expect(moverReason(compareSnapshots(prev, far), prev, far, 0, "en-US")).toBe(
      "Since 2025-11-30: Churn risk level Medium → Low; spend 100 → 90, churn probability 50% → 21%",
    );
  });

  it("a rounded probability never reads as another risk level than its own (stop 32 tester #3)", () => {
    // 1000165: 0.4953 is low (medium starts at 0.5) and read "50%"; the tab's columns said 49.5%.
    const risk = (id: string, level: string, p: number) => ({
      ...record(id, { churnRiskLevel: level }),
      churnProbability: p,
    });
    const prev = build([risk("1000165", "low", 0.4953), risk("1000166", "low", 0.3953)]);
    const cur = at(dec31, [
      { ...risk("1000165", "medium", 0.508), spend: 90 },
      { ...risk("1000166", "low", 0.4987), spend: 90 },
    ]);
    const c = compareSnapshots(prev, cur);
    expect(moverReason(c, prev, cur, 0, "en-US")).toBe(
      "Since 2025-11-30: Churn risk level Low → Medium; spend 100 → 90, churn probability 49.5% → 50.8%",
    );
    expect(moverReason(c, prev, cur, 0, "zh-CN")).toMatch(/流失概率 49\.5% → 50\.8%$/);
    // Still low, moved in tier: not "40% → 50%".
    const tiered = (tier: string, p: number, spend: number) => ({
      ...record("1000166", { churnRiskLevel: "low", valueTier: tier }, spend),
      churnProbability: p,
    });
    const tierPrev = build([risk("1000165", "medium", 0.62), tiered("medium", 0.3953, 100)]);
    const tierCur = at(dec31, [risk("1000165", "medium", 0.62), tiered("high", 0.4987, 90)]);
    const t = compareSnapshots(tierPrev, tierCur);
    expect(moverReason(t, tierPrev, tierCur, 1, "zh-CN")).toBe(
      "自 2025-11-30 起，价值层级：中价值 → 高价值；消费金额 100 → 90，流失概率 39.5% → 49.9%",
    );
    // Whole percents where they stay in their levels; both figures to one decimal when one needs it.
    const plain = at(dec31, [
      { ...risk("1000165", "medium", 0.62), spend: 90 },
      { ...risk("1000166", "low", 0.41), spend: 90 },
    ]);
    const p = compareSnapshots(prev, plain);
    expect(moverReason(p, prev, plain, 0, "en-US")).toMatch(/churn probability 49\.5% → 62\.0%$/);
    // High starts at 0.8: 0.7996 at medium is 79.96%, not 80.0% (one decimal is not enough).
    const edge = at(dec31, [{ ...risk("1000165", "medium", 0.7996), spend: 90 }]);
    const hi = build([risk("1000165", "high", 0.85)]);
    const e = compareSnapshots(hi, edge);
    expect(moverReason(e, hi, edge, 0, "en-US")).toMatch(/churn probability 85\.00% → 79\.96%$/);
  });

  it("a risk level moved at the same date and figures is the model's refit, counted neither way (stop 32 tester #2)", () => {
    // 1000234: its data unchanged, 中 → 高 at 79.9% → 80.0% after others' edits: it was counted
    // worse and got a "moved the wrong way" call.
    const risk = (level: string, p: number) => ({
      ...record("1000234", { churnRiskLevel: level }),
      churnProbability: p,
    });
    const prev = at(dec31, [risk("medium", 0.799)]);
    const cur = at(dec31, [risk("high", 0.8004)]);
    const c = compareSnapshots(prev, cur);
    // Its own kind, not the cut-offs' (refresh8: listed under "cut-offs moved").
    expect(MOVES[c.move[0]]).toBe("refit");
    expect(Array.from(c.refitMoves)).toEqual([0]);
    expect(c.cutOffMoves).toHaveLength(0);
    expect(moveCounts(c)).toMatchObject({ refit: 1, cutOffs: 0 });
    expect(c.wrongWay.length).toBe(0);
    expect(movementsOf(prev, c).worse[0]).toBe(0);
    expect(wrongWayText(c, prev, cur, 0, "zh-CN")).toBe("");
    expect(moverReason(c, prev, cur, 0, "zh-CN")).toBe(
      "流失风险等级：中 → 高（流失模型随其他客户数据的变化重新拟合，本客户的消费金额、购买天数和最近购买未变；上次运行未保存满意度、投诉和跟进信号，本客户自身这些记录的修改也会显示为此）；流失概率 79.9% → 80.0%",
    );
    expect(moverReason(c, prev, cur, 0, "en-US")).toBe(
      "Churn risk level Medium → High (the churn model was refit on the other customers' changed data; this customer's spend, purchase days and last purchase unchanged; the previous run kept no survey, complaint or contact signals, so an edit of its own would read the same); churn probability 79.9% → 80.0%",
    );
    // Both runs kept the service signals, the same: the refit, said without a doubt (refresh8).
    prev.service = Int32Array.of(0);
    cur.service = Int32Array.of(0);
    expect(moverReason(compareSnapshots(prev, cur), prev, cur, 0, "en-US")).toBe(
      "Churn risk level Medium → High (the churn model was refit on the other customers' changed data; this customer's spend, purchase days, last purchase and service signals unchanged); churn probability 79.9% → 80.0%",
    );
    expect(moverReason(compareSnapshots(prev, cur), prev, cur, 0, "zh-CN")).toBe(
      "流失风险等级：中 → 高（流失模型随其他客户数据的变化重新拟合，本客户的消费金额、购买天数、最近购买及满意度、投诉和跟进信号未变）；流失概率 79.9% → 80.0%",
    );
    prev.service = undefined;
    cur.service = undefined;
    // Its own figures changed, the rules changed, or a service sheet was left out: its own move.
    const spent = at(dec31, [{ ...risk("high", 0.8004), spend: 90 }]);
    expect(MOVES[compareSnapshots(prev, spent).move[0]]).not.toMatch(/cutOffs|refit/);
    const rules = build([risk("high", 0.8004)], "h2", dec31);
    expect(MOVES[compareSnapshots(prev, rules).move[0]]).toBe("worse");
    const withSheets = at(dec31, [risk("medium", 0.799)]);
    withSheets.sheets = ["customers", "transactions", "surveys"];
    const without = at(dec31, [risk("high", 0.8004)]);
    without.sheets = ["customers", "transactions"];
    expect(MOVES[compareSnapshots(withSheets, without).move[0]]).toBe("worse");
    // Into churned or out of prospect is not the model's band: as before.
    const churned = at(dec31, [risk("churned", NaN)]);
    expect(MOVES[compareSnapshots(prev, churned).move[0]]).toBe("worse");
  });

  it("history changed between the runs is its own move, said first, not a decline nor unchanged", () => {
    const day = (m: number, d: number) => epochDay(2025, m, d);
    const cust = (id: string, spend: number, frequency: number, last: number) => ({
      ...record(id, { lifecycleStage: "mature", churnRiskLevel: "low" }, spend),
      frequency,
      lastPurchase: last,
    });
    const prev = at(dec31, [
      cust("1000017", 68630.07, 12, day(11, 2)),
      cust("1000050", 181782.5, 51, day(12, 15)),
      cust("1000001", 2769.72, 3, day(4, 8)),
      cust("1000002", 500, 2, day(10, 1)),
    ]);
    const cur = at(dec31, [
      // An amount ×10 on 09-21: spend up, the same days and last purchase.
      cust("1000017", 171174.36, 12, day(11, 2)),
      // Its last six months removed: the last purchase earlier.
      {
        ...cust("1000050", 65516.12, 20, day(6, 28)),
        codes: { lifecycleStage: "decline", churnRiskLevel: "high" },
      },
      // A purchase on 12-20 added: its own buying, not a change of history.
      cust("1000001", 52769.72, 4, day(12, 20)),
      cust("1000002", 500, 2, day(10, 1)),
    ]);
    const c = compareSnapshots(prev, cur);
    expect(cur.id.map((_, i) => MOVES[c.move[i]])).toEqual([
      "dataChanged",
      "dataChanged",
      "same",
      "same",
    ]);
    expect(Array.from(c.dataChangedList, (i) => cur.id[i])).toEqual(["1000050", "1000017"]);
    expect(c.wrongWay.length).toBe(0);
    expect(moverReason(c, prev, cur, 0, "zh-CN")).toBe(
      "截至 2025-12-31 的交易与上次运行读取的数据不同（被更正、补录或删除），并非新的购买；消费金额 68,630 → 171,174",
    );
    expect(moverReason(c, prev, cur, 1, "en-US")).toMatch(
      /^Purchases up to 2025-12-31 differ from the data the previous run read \(corrected, added late or removed\), not new buying; lifecycle stage Mature → Decline; churn risk level Low → High; .*last purchase 2025-12-15 → 2025-06-28/,
    );
    // A month later, a last purchase earlier than the previous run's is still a changed history;
    // a spend that fell is not (old purchases leave the window).
    const month = compareSnapshots(
      build([cust("A", 900, 5, day(11, 20)), cust("B", 900, 5, day(11, 20))]),
      later([cust("A", 400, 2, day(8, 1)), cust("B", 400, 2, day(11, 20))]),
    );
    expect([MOVES[month.move[0]], MOVES[month.move[1]]]).toEqual(["dataChanged", "same"]);
  });

  it("leaves out 'since' when the previous run has the same date (it read 'since today')", () => {
    const prev = at(dec31, [record("X", { lifecycleStage: "mature" })]);
    const cur = at(dec31, [record("X", { lifecycleStage: "decline" })]);
    const c = compareSnapshots(prev, cur);
    expect(moverReason(c, prev, cur, 0, "zh-CN")).toBe("生命周期阶段：成熟期 → 衰退期");
    expect(wrongWayText(c, prev, cur, 0, "zh-CN")).toBe("生命周期阶段从成熟期降至衰退期");
    const monthBefore = build([record("X", { lifecycleStage: "mature" })]);
    const m = compareSnapshots(monthBefore, cur);
    // Its figures as before: what moved it is the time since its last purchase.
    expect(moverReason(m, monthBefore, cur, 0, "zh-CN")).toBe(
      "自 2025-11-30 起，生命周期阶段：成熟期 → 衰退期；距上次购买 29 → 60 天",
    );
    // Not for a move the right way: a longer silence is not why it got better.
    const wasDown = build([record("X", { lifecycleStage: "decline" })]);
    const nowUp = at(dec31, [record("X", { lifecycleStage: "mature" })]);
    const up = compareSnapshots(wasDown, nowUp);
    expect(MOVES[up.move[0]]).toBe("better");
    expect(moverReason(up, wasDown, nowUp, 0, "en-US")).toBe(
      "Since 2025-11-30: Lifecycle stage Decline → Mature",
    );
    expect(wrongWayText(m, monthBefore, cur, 0, "zh-CN")).toBe(
      "生命周期阶段从成熟期降至衰退期（自 2025-11-30）",
    );
  });

  it("names the input sheets the previous run read and this one did not", () => {
    const prev = at(dec31, [record("X", {})]);
    const cur = at(dec31, [record("X", {})]);
    expect(compareSnapshots(prev, cur).sheetsLeftOut).toEqual([]);
    prev.sheets = ["customers", "transactions", "surveys", "complaints", "contacts"];
    expect(compareSnapshots(prev, cur).sheetsLeftOut).toEqual([]); // this run's not known
    cur.sheets = ["customers", "transactions", "complaints"];
    expect(compareSnapshots(prev, cur).sheetsLeftOut).toEqual(["surveys", "contacts"]);
    expect(compareSnapshots(prev, cur).sheetsAdded).toEqual([]);
    // The other way round: sheets this run read and the previous one did not.
    expect(compareSnapshots(cur, prev).sheetsAdded).toEqual(["surveys", "contacts"]);
    expect(compareSnapshots(cur, prev).sheetsLeftOut).toEqual([]);
  });
});

describe("refresh8: what a refresh tells a manager", () => {
  const dec31 = epochDay(2025, 12, 31);
  const at = (asOf: number, records: SnapshotRecord[]) => build(records, "h1", asOf);
  const risk = (level: string, p: number, extra: Partial<SnapshotRecord> = {}) => ({
    ...record("1000234", { churnRiskLevel: level }),
    churnProbability: p,
    ...extra,
  });

  it("a refit move is its own kind; a customer moved by cut-offs too is the cut-offs'", () => {
    const seg = (segment: string, level: string, p: number) => ({
      ...record("M1", { rfmSegment: segment, churnRiskLevel: level }),
      churnProbability: p,
    });
    const prev = at(dec31, [seg("champions", "medium", 0.79), risk("medium", 0.799)]);
    const cur = at(dec31, [seg("loyal", "high", 0.81), risk("high", 0.8004)]);
    const c = compareSnapshots(prev, cur);
    expect(cur.id.map((_, i) => MOVES[c.move[i]])).toEqual(["cutOffs", "refit"]);
    expect(Array.from(c.cutOffMoves)).toEqual([0]);
    expect(Array.from(c.refitMoves)).toEqual([1]);
    // The mixed one's reason names both.
    expect(moverReason(c, prev, cur, 0, "en-US")).toMatch(/cut-offs moved.*churn model was refit/);
  });

  it("a last purchase is compared by whole days: a time of day is no change of history (reviewer D4)", () => {
    const day = epochDay(2025, 11, 2);
    // A JSON result gives the date alone; a run may hold the day with a time of day.
    const prev = at(dec31, [risk("medium", 0.799, { lastPurchase: day + 0.6 })]);
    const cur = at(dec31, [risk("high", 0.8004, { lastPurchase: day })]);
    const c = compareSnapshots(prev, cur);
    expect(c.dataChanged[0]).toBe(0);
    expect(MOVES[c.move[0]]).toBe("refit"); // its last purchase alike: the model's refit
    // The other way round (a later time on the same day) too.
    const back = compareSnapshots(
      at(dec31, [risk("medium", 0.799, { lastPurchase: day })]),
      at(dec31, [risk("high", 0.8004, { lastPurchase: day + 0.4 })]),
    );
    expect(MOVES[back.move[0]]).toBe("refit");
    // A whole day earlier is a change of history.
    const earlier = compareSnapshots(
      at(dec31, [risk("medium", 0.799, { lastPurchase: day })]),
      at(dec31, [risk("high", 0.8004, { lastPurchase: day - 1 })]),
    );
    expect(MOVES[earlier.move[0]]).toBe("dataChanged");
  });

  it("a probability within 0.0001 of a threshold is quoted to the decimal that tells the two apart (reviewer D6)", () => {
    // Medium starts at 0.5: 0.49999 (low) → 0.50003 (medium) read "50.00% → 50.00%".
    const prev = at(dec31, [risk("low", 0.49999)]);
    const cur = at(dec31, [risk("medium", 0.50003)]);
    const c = compareSnapshots(prev, cur);
    expect(moverReason(c, prev, cur, 0, "en-US")).toMatch(/churn probability 49\.999% → 50\.003%$/);
    expect(moverReason(c, prev, cur, 0, "zh-CN")).toMatch(/流失概率 49\.999% → 50\.003%$/);
    expect(
      honestPercents(0.49999, 0.50003, 2, 1, { previous: [0.5, 0.8], current: [0.5, 0.8] }),
    ).toEqual(["49.999%", "50.003%"]);
    // Past the cap (four decimals) a figure is cut towards its own level, never rounded into the next.
    expect(
      honestPercents(0.4999996, 0.5000001, 2, 1, { previous: [0.5, 0.8], current: [0.5, 0.8] }),
    ).toEqual(["49.9999%", "50.0000%"]);
    expect(MAX_PERCENT_DECIMALS).toBe(4);
    // Figures that differ by less than a millionth in one level read alike at the cap: no more digits.
    expect(
      honestPercents(0.6000001, 0.6000002, 1, 1, { previous: [0.5, 0.8], current: [0.5, 0.8] }),
    ).toEqual(["60.0000%", "60.0000%"]);
  });

  it("at the same date, a customer's own survey or complaint edited is its data changed, not the refit", () => {
    const prev = at(dec31, [risk("medium", 0.799), risk("medium", 0.6, { id: "1000300" })]);
    const cur = at(dec31, [risk("high", 0.8004), risk("high", 0.81, { id: "1000300" })]);
    // 1000234: a low survey score entered; 1000300: its service signals as before.
    prev.service = Int32Array.of(0, 4);
    cur.service = Int32Array.of(SERVICE_LOW_SCORE, 4);
    const c = compareSnapshots(prev, cur);
    expect(cur.id.map((_, i) => MOVES[c.move[i]])).toEqual(["dataChanged", "refit"]);
    expect(c.dataChanged[0]).toBe(DATA_SERVICE);
    expect(moverReason(c, prev, cur, 0, "en-US")).toBe(
      "Surveys, complaints or contacts up to 2025-12-31 differ from the data the previous run read (low satisfaction score no → yes), not new feedback; churn risk level Medium → High; churn probability 79.9% → 80.0%",
    );
    expect(moverReason(c, prev, cur, 0, "zh-CN")).toBe(
      "截至 2025-12-31 的满意度调查、投诉或跟进记录与上次运行读取的数据不同（满意度低分：无 → 有），并非新的反馈；流失风险等级：中 → 高；流失概率 79.9% → 80.0%",
    );
    // Complaints: counts to 3 ("3+": as the model reads them), in the catalog's words (reviewer D6).
    cur.service = Int32Array.of(3 << 2, 4);
    expect(moverReason(compareSnapshots(prev, cur), prev, cur, 0, "en-US")).toMatch(
      /\(open complaints 0 → 3\+\)/,
    );
    expect(moverReason(compareSnapshots(prev, cur), prev, cur, 0, "zh-CN")).toMatch(
      /（未解决投诉：0 → 3 及以上）/,
    );
    // A state written before the field (or a JSON result) keeps none: it reads as the refit, as before.
    const old = at(dec31, [risk("medium", 0.799), risk("medium", 0.6, { id: "1000300" })]);
    expect(MOVES[compareSnapshots(old, cur).move[0]]).toBe("refit");
    // Not known for one customer (-1): as before for it alone.
    old.service = Int32Array.of(-1, 4);
    expect(MOVES[compareSnapshots(old, cur).move[0]]).toBe("refit");
    // Another date: the signals move with the date, they are not compared.
    const monthBefore = build([risk("medium", 0.799), risk("medium", 0.6, { id: "1000300" })]);
    monthBefore.service = Int32Array.of(0, 4);
    expect(compareSnapshots(monthBefore, cur).dataChanged[0]).toBe(0);
  });

  it("a customer never contacted reads so, not as the cap of days without contact (reviewer D3)", () => {
    const cap = 360; // 4 thresholds of 90 days: the most the churn model reads
    const days = (gap: number) => gap * 64; // service.ts: the days past the threshold from bit 6
    const prev = at(dec31, [risk("medium", 0.6), risk("medium", 0.6, { id: "1000300" })]);
    const cur = at(dec31, [risk("medium", 0.61), risk("medium", 0.62, { id: "1000300" })]);
    cur.contactCap = cap;
    // 1000234 never contacted, now contacted this week; 1000300 silent past the cap, now 12 days.
    prev.service = Int32Array.of(days(cap + 1), days(cap));
    cur.service = Int32Array.of(0, days(12));
    const c = compareSnapshots(prev, cur);
    expect(Array.from(c.dataChanged)).toEqual([DATA_SERVICE, DATA_SERVICE]);
    expect(moverReason(c, prev, cur, 0, "en-US")).toContain(
      "(days without contact past the threshold: never contacted → 0)",
    );
    expect(moverReason(c, prev, cur, 0, "zh-CN")).toContain("（超出跟进期限的天数：从未跟进 → 0）");
    expect(moverReason(c, prev, cur, 1, "en-US")).toContain(
      "(days without contact past the threshold: at least 360 → 12)",
    );
    expect(moverReason(c, prev, cur, 1, "zh-CN")).toContain(
      "（超出跟进期限的天数：至少 360 → 12）",
    );
    // A state of before stop 34 gave a never contacted customer the cap: the model read the same,
    // so no data changed (and a customer never contacted by now, silent past the cap before, too).
    prev.service = Int32Array.of(days(cap), days(cap));
    cur.service = Int32Array.of(days(cap + 1), days(cap + 1));
    expect(Array.from(compareSnapshots(prev, cur).dataChanged)).toEqual([0, 0]);
  });

  it("a fall in risk as a low score or a late complaint aged out of its lookback names it", () => {
    const from = epochDay(2025, 11, 30);
    const to = epochDay(2025, 12, 31);
    const rules = defaultRules();
    const lookback = rules.churn.signals.lowSatisfaction.lookbackDays;
    const surveyDay = from - lookback + 10; // in the window at the previous date, out of it now
    const surveys: Surveys = {
      count: 2,
      customer: Int32Array.of(0, 1),
      day: Float64Array.of(surveyDay, to - 5),
      overall: Float64Array.of(2, 2),
      recommend: Float64Array.of(NaN, NaN),
      quality: new Float64Array(2).fill(NaN),
      price: new Float64Array(2).fill(NaN),
      afterSales: new Float64Array(2).fill(NaN),
      delivery: new Float64Array(2).fill(NaN),
      comment: ["", ""],
      sourceRow: Int32Array.of(2, 3),
    };
    const dataset = {
      customers: { count: 2 },
      surveys,
      complaints: null,
      contacts: null,
    } as unknown as Dataset;
    const aged = serviceAgedOut(dataset, rules, from, to)!;
    // Kept for the customers with something aged out alone: customer 0.
    expect(Array.from(aged.customers)).toEqual([0]);
    expect(agedSlot(aged, 0)).toBe(0);
    expect(aged.score[0]).toBe(2);
    expect(aged.scoreDay[0]).toBe(surveyDay);
    expect(agedSlot(aged, 1)).toBe(-1); // a score of 5 days ago still counts
    expect(serviceAgedOut(dataset, rules, to, to)).toBeUndefined();
    const service = serviceSince(dataset, from, to, rules.satisfaction, aged);
    const prev = build([risk("high", 0.82), risk("high", 0.85, { id: "1000300" })]);
    const cur = at(dec31, [risk("medium", 0.61), risk("high", 0.86, { id: "1000300" })]);
    const c = compareSnapshots(prev, cur, service);
    const date = new Date(surveyDay * 86_400_000).toISOString().slice(0, 10);
    expect(moverReason(c, prev, cur, 0, "en-US")).toBe(
      `Since 2025-11-30: Churn risk level High → Medium; churn probability 82% → 61%, satisfaction 2/5 of ${date} now older than ${lookback} days (no longer counted)`,
    );
    expect(moverReason(c, prev, cur, 0, "zh-CN")).toBe(
      `自 2025-11-30 起，流失风险等级：高 → 中；流失概率 82% → 61%，${date} 的满意度 2/5 已超过 ${lookback} 天，不再计入`,
    );
    // A risk that rose is not explained by a signal that went away.
    const rose = at(dec31, [risk("high", 0.9), risk("high", 0.86, { id: "1000300" })]);
    expect(moverReason(compareSnapshots(prev, rose, service), prev, rose, 0, "en-US")).not.toMatch(
      /no longer counted/,
    );
  });
});
