import {
  CHURN_REASON_CODES,
  MAX_CHURN_REASONS,
  REASON_FIGURES,
  type ChurnReasons,
} from "../../../src/engine/analysis";
import { compareSnapshots, MOVES } from "../../../src/engine/changes/compare";
import { riskRoseOf } from "../../../src/engine/changes/riskRose";
import {
  SnapshotBuilder,
  type Snapshot,
  type SnapshotRecord,
} from "../../../src/engine/changes/snapshot";
import { moverReason } from "../../../src/engine/changes/words";
import { epochDay } from "../../../src/engine/parse/date";

/**
 * A mixed customer who bought since and whose churn probability still rose says why (stop 44: zh
 * 1001907 "购买天数 1 → 2，最近购买 2025-11-29 → 2025-12-07，流失概率 22% → 36%" gave no cause):
 * the days since its last purchase on both dates, and the churn model's reasons now.
 */

const NOV = epochDay(2025, 11, 30);
const DEC = epochDay(2025, 12, 31);

interface Row {
  id: string;
  segment: string;
  p: number;
  last: number;
  days: number;
}

const record = (r: Row): SnapshotRecord => ({
  id: r.id,
  owner: "刘洋",
  codes: { lifecycleStage: "new", churnRiskLevel: "low", rfmSegment: r.segment },
  churnProbability: r.p,
  spend: 1000 * r.days,
  frequency: r.days,
  lastPurchase: r.last,
});

function run(rows: Row[], asOf: number): Snapshot {
  const b = new SnapshotBuilder();
  for (const r of rows) b.add(record(r));
  return b.finish(asOf, "aaaa", "state", 1);
}

/** Churn reasons of `n` customers: customer 0 has few purchases (2, typical 5.5) and no contact. */
function reasons(n: number): ChurnReasons {
  const codes = new Int8Array(n * MAX_CHURN_REASONS).fill(-1);
  const figures = new Float64Array(n * MAX_CHURN_REASONS * REASON_FIGURES);
  codes[0] = CHURN_REASON_CODES.indexOf("few_purchases");
  figures.set([2, 5.5], 0);
  codes[1] = CHURN_REASON_CODES.indexOf("no_recent_contact");
  figures.set([NaN, 90], REASON_FIGURES);
  return { codes, figures };
}

// M1 bought again on 12-07 (first 11-29) and its probability rose 22% → 36% against its segment's
// rise: mixed. M2 rose the same way without buying since: not one of them.
const prev = run(
  [
    { id: "M1", segment: "new", p: 0.22, last: NOV - 1, days: 1 },
    { id: "M2", segment: "new", p: 0.22, last: NOV - 1, days: 1 },
  ],
  NOV,
);
const cur = run(
  [
    { id: "M1", segment: "potential_loyalist", p: 0.36, last: epochDay(2025, 12, 7), days: 2 },
    { id: "M2", segment: "potential_loyalist", p: 0.36, last: NOV - 1, days: 1 },
  ],
  DEC,
);

describe("a mixed customer who bought since and whose risk still rose says why (stop 44)", () => {
  test("listed: mixed, bought since, the probability up", () => {
    const c = compareSnapshots(prev, cur);
    // M2's segment rose with no purchase since: a move of the cut points, not of M2 (tester65
    // U211, 6970b2c1), so it is filed under cutOffs now; it was "mixed" before.
    expect(Array.from(c.move, (m) => MOVES[m])).toEqual(["mixed", "cutOffs"]);
    const r = riskRoseOf(c, prev, cur, reasons(2));
    expect(Array.from(r!.customers)).toEqual([0]);
  });

  test("its row: the days since its last purchase and the model's reasons, zh and en", () => {
    const c = compareSnapshots(prev, cur);
    c.riskRose = riskRoseOf(c, prev, cur, reasons(2));
    expect(moverReason(c, prev, cur, 0, "zh-CN")).toContain(
      "流失概率 22% → 36%（2025-12-07 又有购买，流失概率仍上升：距上次购买 1 → 24 天；当前主要风险因素：购买次数少：2 个购买日（所有客户通常约 5.5 个）；没有任何联系记录）",
    );
    expect(moverReason(c, prev, cur, 0, "en-US")).toContain(
      "churn probability 22% → 36% (bought again on 2025-12-07, yet it rose: days since the last purchase 1 → 24; what weighs on it now: few purchases: 2 purchase days (all customers typically about 5.5); no contact on record)",
    );
    // Not bought since: its row is as before.
    expect(moverReason(c, prev, cur, 1, "en-US")).not.toContain("bought again");
  });

  test("no reason of the model's: said so, not left blank", () => {
    const c = compareSnapshots(prev, cur);
    c.riskRose = riskRoseOf(c, prev, cur, {
      codes: new Int8Array(2 * MAX_CHURN_REASONS).fill(-1),
      figures: new Float64Array(2 * MAX_CHURN_REASONS * REASON_FIGURES),
    });
    expect(moverReason(c, prev, cur, 0, "en-US")).toContain(
      "(bought again on 2025-12-07, yet it rose: days since the last purchase 1 → 24; no single risk factor stands out)",
    );
  });
});
