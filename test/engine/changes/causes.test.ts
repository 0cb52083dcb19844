import {
  compareSnapshots,
  moveCounts,
  movementsOf,
  serviceSince,
  silentByTimeCounts,
} from "../../../src/engine/changes/compare";
import {
  SnapshotBuilder,
  type Snapshot,
  type SnapshotRecord,
} from "../../../src/engine/changes/snapshot";
import { moverReason, moverReasons } from "../../../src/engine/changes/words";
import { STAGE_RULE } from "../../../src/engine/lifecycle/stage";
import { epochDay } from "../../../src/engine/parse/date";
import { neitherWayLines, overviewChangesLine } from "../../../src/engine/report/changesTab";

/**
 * Moves the customer did not make (stop 42): into decline by the calendar alone (reviewer D9), by
 * the program's judgment update at the same date and data; and the rule behind a wrong-way move
 * of a customer who bought since.
 */

const NOV = epochDay(2025, 11, 30);
const DEC = epochDay(2025, 12, 31);

interface Row {
  id: string;
  stage: string;
  level?: string;
  segment?: string;
  p?: number;
  last?: number;
  days?: number;
}

const record = (r: Row): SnapshotRecord => ({
  id: r.id,
  owner: "王芳",
  codes: {
    lifecycleStage: r.stage,
    churnRiskLevel: r.level ?? "medium",
    rfmSegment: r.segment ?? "promising",
  },
  churnProbability: r.p ?? 0.6,
  spend: 500,
  frequency: r.days ?? 2,
  lastPurchase: r.last ?? epochDay(2025, 6, 1),
});

function run(rows: Row[], asOf: number, version = 1): Snapshot {
  const b = new SnapshotBuilder();
  for (const r of rows) b.add(record(r));
  return b.finish(asOf, "aaaa", "state", version);
}

/** The current run's stage rules (snapshot.ts stage), as a run measured here keeps them. */
function withStage(s: Snapshot, rules: number[], extra: Partial<Snapshot["stage"]> = {}): Snapshot {
  const n = s.count;
  s.stage = {
    rule: Int8Array.from(rules),
    firstPurchase: new Float64Array(n).fill(epochDay(2024, 12, 20)),
    recentCount: new Int32Array(n),
    previousCount: new Int32Array(n),
    matureAfterDays: 365,
    trendPeriodDays: 180,
    ...extra,
  };
  return s;
}

describe("into decline with time alone (reviewer D9)", () => {
  // T1: two purchase days, growth in November, decline in December by the two-day rule, nothing
  // bought since. T2 alike, but its churn level rose too: still the wrong way, the rule said.
  // T3: decline because overdue: the customer's own silence, the wrong way as before.
  const prev = run(
    [
      { id: "T1", stage: "growth" },
      { id: "T2", stage: "growth" },
      { id: "T3", stage: "growth" },
    ],
    NOV,
  );
  const cur = withStage(
    run(
      [
        { id: "T1", stage: "decline" },
        { id: "T2", stage: "decline", level: "high", p: 0.85 },
        { id: "T3", stage: "decline" },
      ],
      DEC,
    ),
    [
      STAGE_RULE.declineOneIntervalAged,
      STAGE_RULE.declineOneIntervalAged,
      STAGE_RULE.declineOverdue,
    ],
  );
  const c = compareSnapshots(prev, cur);

  test("is counted apart from the wrong way, with no wrong-way call", () => {
    expect(Array.from(c.byTimeMoves)).toEqual([0]);
    expect(Array.from(c.wrongWay).sort()).toEqual([1, 2]);
    const counts = moveCounts(c);
    expect([counts.byTime, counts.worse]).toEqual([1, 2]);
    // The schedule's "moved the wrong way" call reads only wrong-way customers.
    expect(movementsOf(prev, c).worse[0]).toBe(0);
  });

  test("its row says the rule, in zh and en; a customer worse otherwise says it too", () => {
    expect(moverReason(c, prev, cur, 0, "zh-CN")).toContain(
      "生命周期阶段：成长期 → 衰退期（没有新的购买；只在两天购买过，首次购买 2024-12-20 已满 365 天，按规则转入衰退期，仅因时间推移）",
    );
    expect(moverReason(c, prev, cur, 0, "en-US")).toContain(
      "Lifecycle stage Growth → Decline (no new purchase; bought on two days only, and the first purchase, on 2024-12-20, is now 365 days old or more: decline by the rules, with time alone)",
    );
    expect(moverReason(c, prev, cur, 1, "zh-CN")).toContain("按规则转入衰退期，仅因时间推移");
    expect(moverReason(c, prev, cur, 2, "zh-CN")).not.toContain("仅因时间推移");
  });

  test("the summary's lines count it apart", () => {
    const changes = { previous: prev, comparison: c };
    const zh = neitherWayLines(changes, "zh-CN", "变化");
    expect(zh.map((l) => l.text)).toContain(
      "  1 位客户仅因时间推移转入衰退期（没有新的购买；只在两天购买过，首次购买已满 365 天），未计入变差或变好",
    );
    expect(neitherWayLines(changes, "en-US", "Changes").map((l) => l.text)).toContain(
      "  1 customer moved into decline with time alone (no new purchase; bought on two days only, the first now 365 days old or more): not counted as wrong or right way",
    );
  });

  test("not when the customer bought since: the second purchase a year after the first", () => {
    const bought = withStage(
      run([{ id: "T1", stage: "decline", last: epochDay(2025, 12, 20) }], DEC),
      [STAGE_RULE.declineOneIntervalAged],
    );
    const d = compareSnapshots(run([{ id: "T1", stage: "new", days: 1 }], NOV), bought);
    expect(Array.from(d.wrongWay)).toEqual([0]);
    expect(d.byTimeMoves.length).toBe(0);
    expect(moverReason(d, run([{ id: "T1", stage: "new" }], NOV), bought, 0, "zh-CN")).toContain(
      "生命周期阶段：新客户 → 衰退期（2025-12-20 又有购买，但总共只在两天购买过，首次购买 2024-12-20 已满 365 天，按规则为衰退期）",
    );
  });
});

describe("already churned on both runs, moved with time alone (tester43 #6)", () => {
  // L1: churned both runs, nothing bought since, RFM segment hibernating → lost (its days since
  // the last purchase grew). L2 alike but it bought since (its segment moved anyway): its own
  // move. L3: churned → high risk: not churned on both runs.
  const old = epochDay(2024, 2, 1);
  const prev = run(
    [
      { id: "L1", stage: "churned", level: "churned", segment: "hibernating", last: old },
      { id: "L2", stage: "churned", level: "churned", segment: "hibernating", last: old },
      { id: "L3", stage: "decline", level: "high", segment: "hibernating", last: old },
    ],
    NOV,
  );
  const cur = run(
    [
      { id: "L1", stage: "churned", level: "churned", segment: "lost", last: old },
      {
        id: "L2",
        stage: "churned",
        level: "churned",
        segment: "lost",
        last: epochDay(2025, 12, 5),
      },
      { id: "L3", stage: "churned", level: "churned", segment: "lost", last: old },
    ],
    DEC,
  );
  const c = compareSnapshots(prev, cur);

  test("is time alone, not the wrong way, with no wrong-way call", () => {
    expect(Array.from(c.byTimeMoves)).toEqual([0]);
    // L2 bought since: a value fall alone is then sideways (direction.ts isWorse), not time.
    expect(Array.from(c.sidewaysMoves)).toEqual([1]);
    expect(Array.from(c.wrongWay)).toEqual([2]);
    expect(movementsOf(prev, c).worse[0]).toBe(0);
  });

  test("its row and the lines say so, in zh and en", () => {
    expect(moverReason(c, prev, cur, 0, "zh-CN")).toBe(
      "自 2025-11-30 起，RFM 分群：休眠客户 → 流失客户（已流失，期间没有购买，仅因时间推移）；距上次购买 668 → 699 天",
    );
    expect(moverReason(c, prev, cur, 0, "en-US")).toContain(
      "RFM segment Hibernating → Lost (already churned, nothing bought since: time alone)",
    );
    const changes = { previous: prev, comparison: c };
    const zh = neitherWayLines(changes, "zh-CN", "变化").map((l) => l.text);
    expect(zh).toContain(
      "  1 位客户两次分析均已流失（待挽回），期间没有购买，仅因时间推移（距上次购买的天数增加）而移动 RFM 分群或价值分类，未计入变差或变好",
    );
    // Not said as the two-day rule's move into decline.
    expect(zh.join("\n")).not.toContain("转入衰退期");
    expect(overviewChangesLine(changes, "en-US", "Changes")).toContain(
      "1 more moved only with time alone (already churned)",
    );
  });

  test("not at the same date, nor under other rules", () => {
    const same = run(
      [{ id: "L1", stage: "churned", level: "churned", segment: "lost", last: old }],
      NOV,
    );
    expect(compareSnapshots(prev, same).byTimeMoves.length).toBe(0);
  });
});

describe("moved by the program's judgment update at the same date and data", () => {
  // The previous run was made by version 0 (before the two-day rule): P1 was growth there.
  const rows = (stage: string, level = "medium"): Row[] => [
    { id: "P1", stage, level, p: level === "high" ? 0.85 : 0.6 },
    { id: "P2", stage: "mature", level: "low" },
  ];
  const prev = run(rows("growth"), DEC, 0);
  const cur = run(rows("decline", "high"), DEC, 1);

  test("is counted apart from the wrong way, with no wrong-way call", () => {
    const c = compareSnapshots(prev, cur);
    expect(c.judgmentChanged).toBe(true);
    expect(Array.from(c.programMoves)).toEqual([0]);
    expect(c.wrongWay.length).toBe(0);
    expect(moveCounts(c).program).toBe(1);
    expect(movementsOf(prev, c).worse[0]).toBe(0);
    expect(moverReason(c, prev, cur, 0, "zh-CN")).toBe(
      "生命周期阶段：成长期 → 衰退期（程序的判断规则已更新：同一数据、同一分析日期，按新版本判定，不是客户自身的变化）；流失风险等级：中 → 高（程序的判断规则已更新：同一数据、同一分析日期，按新版本判定，不是客户自身的变化）；流失概率 60% → 85%",
    );
    expect(moverReason(c, prev, cur, 0, "en-US")).toContain(
      "Lifecycle stage Growth → Decline (the program's judgment rules were updated: same data, same analysis date, judged by the new version; not a move of the customer)",
    );
    const lines = neitherWayLines({ previous: prev, comparison: c }, "zh-CN", "变化");
    expect(lines.map((l) => l.text)).toContain(
      "  1 位客户仅因程序的判断规则更新而移动（同一数据、同一分析日期，版本不同），未计入变差或变好",
    );
  });

  test("not when the customer's own figures changed, nor at another date, nor by the same version", () => {
    const bought = run([{ ...rows("decline", "high")[0], last: epochDay(2025, 12, 20) }], DEC, 1);
    const own = compareSnapshots(run([rows("growth")[0]], DEC, 0), bought);
    expect(own.programMoves.length).toBe(0);
    const later = compareSnapshots(run(rows("growth"), NOV, 0), cur);
    expect([later.programMoves.length, later.wrongWay.length]).toEqual([0, 1]);
    const same = compareSnapshots(run(rows("growth"), DEC, 1), cur);
    expect([same.programMoves.length, same.wrongWay.length]).toEqual([0, 1]);
  });

  test("not when the customer's own survey or complaint changed (reviewer D22)", () => {
    // A detractor survey added between two runs of the same date under another version: the
    // customer's own data changed, read as under the same version, not the program's move.
    const before = run(rows("growth"), DEC, 0);
    const after = run(rows("decline", "high"), DEC, 1);
    before.service = Int32Array.of(0, 0);
    after.service = Int32Array.of(2, 0);
    const c = compareSnapshots(before, after);
    const sameVersion = run(rows("growth"), DEC, 1);
    sameVersion.service = before.service;
    const s = compareSnapshots(sameVersion, after);
    expect(c.programMoves.length).toBe(0);
    expect([c.move[0], c.dataChanged[0]]).toEqual([s.move[0], s.dataChanged[0]]);
    expect(c.dataChanged[0]).not.toBe(0);
    // The signals the same: the program's, as above.
    after.service = Int32Array.of(0, 0);
    expect(Array.from(compareSnapshots(before, after).programMoves)).toEqual([0]);
  });
});

describe("a wrong-way move of a customer who bought since says the rule", () => {
  test("a significant fall of purchase days: decline while buying", () => {
    const prev = run([{ id: "F1", stage: "mature", level: "low", p: 0.03 }], NOV);
    const cur = withStage(
      run([{ id: "F1", stage: "decline", level: "low", p: 0.04, last: DEC - 8 }], DEC),
      [STAGE_RULE.declineFalling],
      { recentCount: Int32Array.of(13), previousCount: Int32Array.of(35) },
    );
    const c = compareSnapshots(prev, cur);
    expect(Array.from(c.wrongWay)).toEqual([0]);
    expect(moverReason(c, prev, cur, 0, "zh-CN")).toContain(
      "生命周期阶段：成熟期 → 衰退期（2025-12-23 又有购买，但近 180 天只在 13 天购买，之前 180 天为 35 天，购买明显减少，按规则为衰退期）",
    );
    expect(moverReason(c, prev, cur, 0, "en-US")).toContain(
      "Lifecycle stage Mature → Decline (bought again on 2025-12-23, but on 13 days in the last 180 days against 35 in the 180 days before: purchases fell significantly, decline by the rules)",
    );
  });

  test("a churn level that rose: the threshold the model's probability reached", () => {
    const prev = run([{ id: "R1", stage: "new", level: "low", p: 0.32 }], NOV);
    const cur = run([{ id: "R1", stage: "new", level: "medium", p: 0.56, last: DEC - 15 }], DEC);
    const c = compareSnapshots(prev, cur);
    expect(Array.from(c.wrongWay)).toEqual([0]);
    expect(moverReason(c, prev, cur, 0, "zh-CN")).toContain(
      "流失风险等级：低 → 中（2025-12-16 又有购买，但流失模型给出的流失概率达到中风险起点 50%）",
    );
    expect(moverReason(c, prev, cur, 0, "en-US")).toContain(
      "Churn risk level Low → Medium (bought again on 2025-12-16, but the churn model's probability reached 50%, where medium risk starts)",
    );
  });
});

describe("the reasons read 'bought since' from the comparison (reviewer D12)", () => {
  test("a previous run with no last purchase known: bought since, as the move was read", () => {
    const prev = run([{ id: "N1", stage: "new", level: "low", p: 0.32 }], NOV);
    prev.lastPurchase[0] = NaN;
    const cur = run([{ id: "N1", stage: "new", level: "medium", p: 0.56, last: DEC - 15 }], DEC);
    const c = compareSnapshots(prev, cur);
    expect(moverReason(c, prev, cur, 0, "zh-CN")).toContain(
      "流失风险等级：低 → 中（2025-12-16 又有购买，但流失模型给出的流失概率达到中风险起点 50%）",
    );
  });

  test("one purchase day in the period: the plural as the catalog says it", () => {
    const prev = run([{ id: "F2", stage: "mature", level: "low", p: 0.03 }], NOV);
    const cur = withStage(
      run([{ id: "F2", stage: "decline", level: "low", p: 0.04, last: DEC - 8 }], DEC),
      [STAGE_RULE.declineFalling],
      { recentCount: Int32Array.of(1), previousCount: Int32Array.of(1200) },
    );
    const c = compareSnapshots(prev, cur);
    expect(moverReason(c, prev, cur, 0, "en-US")).toContain(
      "(bought again on 2025-12-23, but on 1 day in the last 180 days against 1,200 in the 180 days before:",
    );
    expect(moverReason(c, prev, cur, 0, "zh-CN")).toContain(
      "近 180 天只在 1 天购买，之前 180 天为 1,200 天",
    );
  });
});

describe("time alone only when the first purchase passed the threshold between the runs (reviewer D8)", () => {
  const rows = (stage: string) => [{ id: "T1", stage }];
  test("already past it at the previous run, under another judgment version: not time alone", () => {
    const prev = run(rows("growth"), NOV, 0);
    const cur = withStage(run(rows("decline"), DEC), [STAGE_RULE.declineOneIntervalAged], {
      firstPurchase: Float64Array.of(epochDay(2024, 6, 1)),
    });
    const c = compareSnapshots(prev, cur);
    expect(c.byTimeMoves.length).toBe(0);
    expect(moverReason(c, prev, cur, 0, "zh-CN")).not.toContain("仅因时间推移");
  });
  test("the rule set changed the threshold (365 -> 180): not time alone", () => {
    const prev = run(rows("growth"), NOV);
    prev.ruleSetHash = "bbbb";
    const cur = withStage(run(rows("decline"), DEC), [STAGE_RULE.declineOneIntervalAged], {
      firstPurchase: Float64Array.of(epochDay(2025, 5, 1)),
      matureAfterDays: 180,
    });
    const c = compareSnapshots(prev, cur);
    expect(c.rulesChanged).toBe(true);
    expect(c.byTimeMoves.length).toBe(0);
  });
  test("the same rules, first purchase already past it in November: not time alone", () => {
    const prev = run(rows("growth"), NOV);
    const cur = withStage(run(rows("decline"), DEC), [STAGE_RULE.declineOneIntervalAged], {
      firstPurchase: Float64Array.of(epochDay(2024, 6, 1)),
    });
    expect(compareSnapshots(prev, cur).byTimeMoves.length).toBe(0);
  });
});

describe("the lines counting time alone say the rule set's age (reviewer D9)", () => {
  // matureAfterDays 180: first purchase 182 days before December, 151 before November.
  const prev = run([{ id: "T1", stage: "growth" }], NOV);
  const cur = withStage(
    run([{ id: "T1", stage: "decline" }], DEC),
    [STAGE_RULE.declineOneIntervalAged],
    {
      firstPurchase: Float64Array.of(DEC - 182),
      matureAfterDays: 180,
    },
  );
  const c = compareSnapshots(prev, cur);
  const changes = { previous: prev, comparison: c };
  test("console and pane lines", () => {
    expect(c.byTimeMoves.length).toBe(1);
    expect(
      neitherWayLines(changes, "zh-CN", "变化")
        .map((l) => l.text)
        .join(),
    ).toContain("首次购买已满 180 天）");
    expect(
      neitherWayLines(changes, "en-US", "Changes")
        .map((l) => l.text)
        .join(),
    ).toContain("the first now 180 days old or more)");
  });
  test("the Overview's sentence", () => {
    expect(overviewChangesLine(changes, "zh-CN", "变化")).toContain(
      "时间推移（只在两天购买，首次购买满 180 天）",
    );
    expect(overviewChangesLine(changes, "en-US", "Changes")).toContain(
      "time alone (two purchase days, the first 180+ days ago)",
    );
  });
});

/** A Complaints sheet of one complaint of customer `c` received on `day`. */
const complaintsOf = (c: number, day: number) => ({
  count: 1,
  customer: Int32Array.of(c),
  receivedAt: Float64Array.of(day),
  status: Int8Array.of(0),
});

describe("a wrong-way move with nothing of the customer's since is time alone (tester61 U129)", () => {
  // A weekly refresh of an unchanged school workbook listed 7 of 14 customers 变差: their RFM
  // segment or churn level moved only because a week passed. W1: champions → loyal, nothing since.
  // W2: risk low → medium, nothing since. W3: into high risk: late now, the wrong way as before.
  // W4: decline (overdue against its rhythm): the wrong way as before. W5: champions → loyal but a
  // complaint since: the customer's news.
  const WEEK1 = epochDay(2026, 12, 6);
  const WEEK2 = epochDay(2026, 12, 13);
  const last = epochDay(2026, 9, 5);
  const prev = run(
    [
      { id: "W1", stage: "mature", level: "low", segment: "champions", p: 0.2, last },
      { id: "W2", stage: "mature", level: "low", segment: "loyal", p: 0.49, last },
      { id: "W3", stage: "mature", level: "medium", segment: "loyal", p: 0.6, last },
      { id: "W4", stage: "mature", level: "low", segment: "loyal", p: 0.3, last },
      { id: "W5", stage: "mature", level: "low", segment: "champions", p: 0.2, last },
    ],
    WEEK1,
  );
  const cur = withStage(
    run(
      [
        { id: "W1", stage: "mature", level: "low", segment: "loyal", p: 0.22, last },
        { id: "W2", stage: "mature", level: "medium", segment: "loyal", p: 0.6, last },
        { id: "W3", stage: "mature", level: "high", segment: "loyal", p: 0.81, last },
        { id: "W4", stage: "decline", level: "low", segment: "loyal", p: 0.32, last },
        { id: "W5", stage: "mature", level: "low", segment: "loyal", p: 0.22, last },
      ],
      WEEK2,
    ),
    [STAGE_RULE.mature, STAGE_RULE.mature, STAGE_RULE.mature, STAGE_RULE.declineOverdue, 11],
  );
  const since = serviceSince(
    {
      customers: { count: 5, id: ["W1", "W2", "W3", "W4", "W5"] },
      complaints: complaintsOf(4, WEEK2 - 2),
      surveys: undefined,
    } as unknown as Parameters<typeof serviceSince>[0],
    WEEK1,
    WEEK2,
    { lowScoreMax: 2, npsDetractorMax: 6 },
  );
  const c = compareSnapshots(prev, cur, since);

  test("is listed as time alone, not counted the wrong way; the schedule gives it no call of its own", () => {
    expect(Array.from(c.byTimeMoves).sort()).toEqual([0, 1]);
    expect(Array.from(c.wrongWay).sort()).toEqual([2, 3, 4]);
    expect(silentByTimeCounts(c)).toEqual({ count: 2, riskRose: 1 });
    // Its wrong-way bits still reach the schedule (movedWithinRhythm says whether it is within its
    // rhythm), marked silent: no call of its own (tester62 U147; fix62d called as before).
    const m = movementsOf(prev, c);
    expect(m.worse[1]).not.toBe(0);
    expect(Array.from(m.silent ?? [])).toEqual([1, 1, 0, 0, 0]);
  });

  test("its row says it gets no call of its own, zh and en (tester62 U147)", () => {
    // Before: the Tesla owner's row (即将沉睡 → 休眠, a call on 12-14) said nothing of its call,
    // while its neighbours within their rhythm said "此变化不安排回访".
    expect(moverReason(c, prev, cur, 0, "zh-CN")).toMatch(
      /；此变化不安排回访：此后没有新情况，仅因时间推移的变化不单独安排回访（逾期较久或流失风险高时另有挽留回访）$/,
    );
    expect(moverReason(c, prev, cur, 1, "en-US")).toMatch(
      /; no call for this move: nothing new since, and a move by time alone gets no call of its own \(a retention call comes when the customer is long overdue or at high risk\)$/,
    );
    for (const i of [2, 3, 4])
      expect(moverReason(c, prev, cur, i, "zh-CN")).not.toContain("不安排回访");
  });

  test("the headline counts only the customers' moves; time alone has a line of its own, zh and en", () => {
    const changes = { previous: prev, comparison: c };
    expect(overviewChangesLine(changes, "zh-CN", "变化")).toContain(
      "3 位变差、0 位变好、0 位有升有降、0 位平移，另有 2 位仅因时间推移（此后没有购买，也没有新的反馈）而移动",
    );
    expect(overviewChangesLine(changes, "en-US", "Changes")).toContain(
      "3 customers moved the wrong way, 0 the right way, 0 both ways (mixed), 0 sideways, 2 more moved only with time alone (nothing bought or told since)",
    );
    expect(neitherWayLines(changes, "zh-CN", "变化").map((l) => l.text)).toContain(
      "  2 位客户仅因时间推移而变差（此后没有购买、退货、反馈或联系，只是距上次购买的天数增加），其中 1 位流失风险等级升高，未计入变差或变好，逐一列在“变化”表",
    );
    expect(neitherWayLines(changes, "en-US", "Changes").map((l) => l.text)).toContain(
      "  2 customers moved the wrong way with time alone (nothing bought, returned or told since, no contact; only the days since the last purchase grew), 1 of them into a higher churn risk level: not counted as wrong or right way; listed on the Changes tab",
    );
  });

  test("its row says so, in zh and en", () => {
    expect(moverReason(c, prev, cur, 0, "zh-CN")).toContain(
      "RFM 分群：冠军客户 → 忠诚客户（仅因时间推移：此后没有购买、退货、反馈或联系，距上次购买的天数增加）",
    );
    expect(moverReason(c, prev, cur, 1, "en-US")).toContain(
      "Churn risk level Low → Medium (time alone: nothing bought, returned or told since, no contact; the days since the last purchase grew)",
    );
    expect(moverReason(c, prev, cur, 4, "zh-CN")).not.toContain("仅因时间推移");
  });

  test("not at the same date", () => {
    const same = compareSnapshots(
      prev,
      run([{ id: "W1", stage: "mature", level: "low", segment: "loyal", p: 0.22, last }], WEEK1),
    );
    expect(same.byTimeMoves.length).toBe(0);
  });
});

describe("a ¥0 visit of a customer who left is no return (tester61 U127)", () => {
  // D1 (status canceled: churned both runs) took a $0 comp class: its recency reset, its RFM
  // segment Hibernating → Potential loyalist, its spend the same. D2 churned too, but paid since.
  const WEEK1 = epochDay(2026, 12, 6);
  const WEEK2 = epochDay(2026, 12, 13);
  const left = {
    stage: "churned",
    level: "churned",
    segment: "hibernating",
    last: epochDay(2026, 10, 1),
  };
  const prev = run(
    [
      { id: "D1", ...left },
      { id: "D2", ...left },
    ],
    WEEK1,
  );
  const cur = run(
    [
      { id: "D1", ...left, segment: "potential_loyalist", last: epochDay(2026, 12, 10), days: 3 },
      { id: "D2", ...left, segment: "potential_loyalist", last: epochDay(2026, 12, 10), days: 3 },
    ],
    WEEK2,
  );
  cur.spend[1] = 600;
  const c = compareSnapshots(prev, cur);

  test("is not listed as better; one who paid since still is", () => {
    expect(Array.from(c.rightWay)).toEqual([1]);
    expect(Array.from(c.sidewaysMoves)).toEqual([0]);
    expect(moverReason(c, prev, cur, 0, "zh-CN")).toContain(
      "RFM 分群：休眠客户 → 潜在忠诚客户（已流失，此后没有付费：免费到访不算回头）",
    );
    expect(moverReason(c, prev, cur, 0, "en-US")).toContain(
      "RFM segment Hibernating → Potential loyalist (already churned, nothing paid since: a free visit is no return)",
    );
  });
});

describe("a customer read by her visits: the row names the days since her last visit (newuser62 M4)", () => {
  // The school's rerun of 2026-12-20 against 12-01: 张伟 paid once (01-05), attends weekly, last
  // came 11-28. Before: "距上次购买 330 → 349 天": a purchase 330 days ago was not why he moved.
  // V2 drifts champions → loyal but came 12-10: no time alone. V3 drifts alike, last came 11-28.
  const RUN1 = epochDay(2026, 12, 1);
  const RUN2 = epochDay(2026, 12, 20);
  const paid = epochDay(2026, 1, 5);
  const prev = run(
    [
      { id: "S01", stage: "growth", level: "low", segment: "champions", p: 0.05, last: paid },
      { id: "V2", stage: "mature", level: "low", segment: "champions", p: 0.2, last: paid },
      { id: "V3", stage: "mature", level: "low", segment: "champions", p: 0.2, last: paid },
    ],
    RUN1,
  );
  const cur = withStage(
    run(
      [
        { id: "S01", stage: "decline", level: "high", segment: "champions", p: 0.98, last: paid },
        { id: "V2", stage: "mature", level: "low", segment: "loyal", p: 0.22, last: paid },
        { id: "V3", stage: "mature", level: "low", segment: "loyal", p: 0.22, last: paid },
      ],
      RUN2,
    ),
    [STAGE_RULE.declineOverdue, STAGE_RULE.mature, STAGE_RULE.mature],
  );
  cur.lastVisit = Float64Array.of(
    epochDay(2026, 11, 28),
    epochDay(2026, 12, 10),
    epochDay(2026, 11, 28),
  );
  const c = compareSnapshots(prev, cur);

  test("days since the last visit, not the last purchase, zh and en", () => {
    const zh = moverReason(c, prev, cur, 0, "zh-CN");
    expect(zh).toContain("距上次上课/签到 3 → 22 天，流失概率 5% → 98%");
    expect(zh).not.toContain("距上次购买");
    expect(moverReason(c, prev, cur, 0, "en-US")).toContain(
      "days since the last check-in 3 → 22, churn probability 5% → 98%",
    );
  });

  test("a visit since is her own doing: not time alone; its day is named", () => {
    expect(Array.from(c.byTimeMoves)).toEqual([2]);
    expect(Array.from(c.wrongWay).sort()).toEqual([0, 1]);
    expect(moverReason(c, prev, cur, 1, "zh-CN")).toContain("最近上课/签到 2026-12-10");
    expect(moverReason(c, prev, cur, 1, "en-US")).toContain("last check-in 2026-12-10");
    expect(moverReason(c, prev, cur, 2, "zh-CN")).toContain(
      "RFM 分群：冠军客户 → 忠诚客户（仅因时间推移：此后没有上课/签到，也没有购买、退货、反馈或联系，距上次上课/签到的天数增加）；距上次上课/签到 3 → 22 天",
    );
    expect(moverReason(c, prev, cur, 2, "en-US")).toContain(
      "(time alone: no check-in, nothing bought, returned or told since, no contact; the days since the last check-in grew); days since the last check-in 3 → 22",
    );
  });

  test("the no-call words within her rhythm read her visits", () => {
    const gaps = Float64Array.of(NaN, NaN, 28);
    expect(moverReasons(c, prev, cur, "zh-CN", gaps)(2)).toContain(
      "此变化不安排回访：2026-12-01 后没有新的上课/签到，距上次上课/签到 22 天，未超过其通常的间隔（28 天）",
    );
    expect(moverReasons(c, prev, cur, "en-US", gaps)(2)).toContain(
      "no call for this move: no check-in since 2026-12-01, and 22 days since the last check-in is within its usual gap of 28 days",
    );
  });
});
