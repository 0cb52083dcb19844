/**
 * A regular contact that fits the customer's own rhythm (followUp.cadenceRhythmShare; tester62
 * U150, newuser62 L5). The 4S shop of tester62 (fourSFixture.ts): owners service every ~185 days,
 * most are high tier (every 14 days), so 12 owners got 21 calls in 30 days and 李娜, not due until
 * February, was called on 12-07, 12-21 and 01-04. Now no regular contact comes sooner than half an
 * owner's own interval after the last contact or service, and on the day she is due back when
 * that is sooner.
 */
import { RISK_LEVELS } from "../../../src/engine/analysis";
import { analyzeWorkbook, type Analysis } from "../../../src/engine/analyze";
import { quotedRhythm } from "../../../src/engine/churn/features";
import { ownGapDaysOf } from "../../../src/engine/followUp/retention";
import { memorySource } from "../../../src/engine/ingest/memorySource";
import { defaultRules } from "../../../src/engine/rules";
import { FOUR_S_AS_OF, fourS } from "./fourSFixture";
import { plannedById } from "./planFor";

const plan = (a: Analysis) => plannedById(a);

async function run(share?: number): Promise<Analysis> {
  const rules = defaultRules();
  if (share !== undefined) rules.followUp.cadenceRhythmShare = share;
  return analyzeWorkbook(memorySource(fourS()), { rules, asOf: FOUR_S_AS_OF });
}

describe("the 4S shop's regular contacts (tester62 U150)", () => {
  let a: Analysis;
  beforeAll(async () => {
    a = await run();
  });

  test("no owner within her rhythm gets more than one regular contact in the 30 days", () => {
    // Before: 19 regular contacts for 10 cars, 7 of them two or three times.
    const p = plan(a);
    const twice = [...p].filter(([, l]) => l.filter((x) => x.endsWith("cadence")).length > 1);
    // fix63o (reviewer63 R1): but the tier's 14 days for 周涛 (京A·44556), at risk after his
    // complaint (异响返修两次，说再这样就去别家), and for 孙丽 once past the day she is due back.
    expect(twice.map(([id]) => id)).toEqual(["京A·44556", "京E·11223"]);
    const c = a.dataset.customers.id.indexOf("京A·44556");
    expect(RISK_LEVELS[a.classification.analysis.churnLevel[c]]).not.toBe("low");
    // 21 planned contacts before (the CLI on tester62's b1.xlsx, the same shop), 8 with fix63f's
    // spacing for every owner, 11 now.
    expect(a.schedule.followUps.count).toBe(11);
  });

  test("李娜, not due until February, is called once; 孙丽, due for service, is called", () => {
    const p = plan(a);
    // Before: 2026-12-07, 2026-12-21, 2027-01-04 (the high tier's 14 days).
    expect(p.get("京A·22334")).toEqual(["2026-12-07 cadence"]);
    // Reminded by SMS on 11-30: her call 14 days after it, the day she is due back being sooner;
    // past that day (12-12), the tier's 14 days again (fix63o, reviewer63 R1).
    expect(p.get("京E·11223")).toEqual(["2026-12-14 cadence", "2026-12-28 cadence"]);
    // 刘洋 services every ~90 days and came on 12-02: not called 14 and 28 days after.
    expect(p.get("京A·99887")).toBeUndefined();
  });

  test("cadenceRhythmShare 0 gives the tier's days back", async () => {
    const off = plan(await run(0));
    expect(off.get("京A·22334")).toEqual([
      "2026-12-07 cadence",
      "2026-12-21 cadence",
      "2027-01-04 cadence",
    ]);
  });
});

test("the spacing's interval is the one the churn reasons quote, under learned weights too (reviewer63 R1b)", () => {
  // zh sample 1000214: two purchases 546 days apart (2024-01-30, 2025-07-29), the lifecycle's rhythm
  // 292. Under learned weights her reason says 通常约每 292 天购买一次 (quotedRhythm); the spacing
  // used half of 546 (273) before.
  const m = {
    purchaseDays: Int32Array.of(2),
    firstPurchase: Float64Array.of(0),
    recencyDays: Float64Array.of(155),
    gapSquares: Float64Array.of(546 * 546),
    spendDays: Int32Array.of(2),
    spendFirst: Float64Array.of(0),
    spendLast: Float64Array.of(546),
    spendGapSquares: Float64Array.of(546 * 546),
  };
  const typical = Float64Array.of(292);
  expect(Array.from(ownGapDaysOf(m, typical, 701, false))).toEqual([292]);
  expect(Array.from(ownGapDaysOf(m, typical, 701, false))).toEqual([
    quotedRhythm({ ...m, asOf: 701, firstDay: m.firstPurchase, typicalGapDays: typical }, 0, false),
  ]);
  // Under the default weights, the larger: her own 546.
  expect(Array.from(ownGapDaysOf(m, typical, 701))).toEqual([546]);
});
