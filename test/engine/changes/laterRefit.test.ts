import {
  compareSnapshots,
  moveCounts,
  movementsOf,
  MOVES,
} from "../../../src/engine/changes/compare";
import { SERVICE_LOW_SCORE } from "../../../src/engine/changes/service";
import {
  SnapshotBuilder,
  type Snapshot,
  type SnapshotRecord,
} from "../../../src/engine/changes/snapshot";
import { moverReason } from "../../../src/engine/changes/words";
import { epochDay } from "../../../src/engine/parse/date";
import { neitherWayLines } from "../../../src/engine/report/changesTab";

/**
 * A churn risk level that fell at a later date for a customer who did nothing that lowers it
 * (tester42 #2, stop 42): listed 变好 / Right way with no cause ("1000030 … 高 → 中；流失概率 82% →
 * 75%"; en 1001522 80.2% → 79.7%). It is the model's refit on this run's data: counted with the
 * refit, its row says so and the days since its last purchase.
 */

const NOV = epochDay(2025, 11, 30);
const DEC = epochDay(2025, 12, 31);
const JUNE = epochDay(2025, 6, 1);
/** A service code with `gap` days without contact past the threshold (service.ts). */
const gap = (days: number) => days * 64;

interface Row {
  id: string;
  level: string;
  p: number;
  stage?: string;
  last?: number;
}

const record = (r: Row): SnapshotRecord => ({
  id: r.id,
  owner: "王芳",
  codes: {
    lifecycleStage: r.stage ?? "mature",
    churnRiskLevel: r.level,
    rfmSegment: "need_attention",
  },
  churnProbability: r.p,
  spend: 500,
  frequency: 3,
  lastPurchase: r.last ?? JUNE,
});

function run(rows: Row[], asOf: number, service?: number[]): Snapshot {
  const b = new SnapshotBuilder();
  for (const r of rows) b.add(record(r));
  const s = b.finish(asOf, "aaaa", "state", 1);
  if (service) {
    s.service = Int32Array.from(service);
    s.contactCap = 360;
  }
  return s;
}

// R1: nothing done, high → medium. R2: contacted since (days past the threshold 40 → 0).
// R3: bought since. R4: a low score gone. R5: into decline while its level fell: the wrong way.
const before: Row[] = [
  { id: "R1", level: "high", p: 0.82 },
  { id: "R2", level: "high", p: 0.82 },
  { id: "R3", level: "high", p: 0.82 },
  { id: "R4", level: "high", p: 0.82 },
  { id: "R5", level: "high", p: 0.83, stage: "growth" },
];
const after: Row[] = [
  { id: "R1", level: "medium", p: 0.75 },
  { id: "R2", level: "medium", p: 0.75 },
  { id: "R3", level: "medium", p: 0.75, last: epochDay(2025, 12, 10) },
  { id: "R4", level: "medium", p: 0.75 },
  { id: "R5", level: "medium", p: 0.79, stage: "decline" },
];
const prev = run(before, NOV, [gap(40), gap(40), gap(40), SERVICE_LOW_SCORE, 0]);
const cur = run(after, DEC, [gap(71), 0, gap(71), 0, 0]);

describe("a churn level that fell at a later date with nothing of the customer's lowering it", () => {
  const c = compareSnapshots(prev, cur);
  const moveOf = (id: string) => MOVE(c, cur, id);

  test("is counted with the model's refit, not the right way", () => {
    expect(moveOf("R1")).toBe("refit");
    expect(moveCounts(c).refit).toBe(1);
    expect([...c.refitMoves]).toEqual([cur.id.indexOf("R1")]);
  });

  test("the summary's line says it, in zh and en", () => {
    const text = (lang: "zh-CN" | "en-US") =>
      neitherWayLines({ previous: prev, comparison: c }, lang, "变化").find(
        (l) => l.key === "refit",
      )?.text;
    expect(text("zh-CN")).toBe(
      "  1 位客户仅因流失模型按本期数据重新拟合而降低流失风险等级（没有新的购买，满意度、投诉和跟进信号也没有好转），未计入变差或变好",
    );
    expect(text("en-US")).toBe(
      "  1 customer fell in churn risk level only because the churn model was refit on this run's data (no new purchase, and no survey, complaint or contact signal better): not counted as wrong or right way",
    );
  });

  test("its row says the cause and the days since its last purchase, in zh and en", () => {
    const i = cur.id.indexOf("R1");
    expect(moverReason(c, prev, cur, i, "zh-CN")).toBe(
      "自 2025-11-30 起，流失风险等级：高 → 中（本期没有新的购买，模型读取的满意度、投诉和跟进信号也没有好转：是流失模型按本期数据重新拟合所致，并非客户好转）；距上次购买 182 → 213 天，流失概率 82% → 75%",
    );
    expect(moverReason(c, prev, cur, i, "en-US")).toBe(
      "Since 2025-11-30: Churn risk level High → Medium (no new purchase, and no survey, complaint or contact signal the model reads is better: the churn model, refit on this run's data, moved it, not the customer); days since the last purchase 182 → 213, churn probability 82% → 75%",
    );
  });

  test("with the default weights nothing was refit: the row and the line say what moved it (tester53 N33)", () => {
    const d = { ...compareSnapshots(prev, cur), defaultWeights: true };
    const i = cur.id.indexOf("R1");
    expect(moverReason(d, prev, cur, i, "zh-CN")).toBe(
      "自 2025-11-30 起，流失风险等级：高 → 中（本期没有新的购买，模型读取的满意度、投诉和跟进信号也没有好转；流失模型未重新拟合（历史不足，使用默认权重），按与全体客户的比较评分：是本期数据中其他客户的变化所致，并非客户好转）；距上次购买 182 → 213 天，流失概率 82% → 75%",
    );
    expect(moverReason(d, prev, cur, i, "en-US")).toBe(
      "Since 2025-11-30: Churn risk level High → Medium (no new purchase, and no survey, complaint or contact signal the model reads is better; the churn model was not refit (too little history: default weights) and scores each customer against all customers: the other customers' figures in this run's data moved it, not the customer); days since the last purchase 182 → 213, churn probability 82% → 75%",
    );
    const line = (lang: "zh-CN" | "en-US") =>
      neitherWayLines({ previous: prev, comparison: d }, lang, "变化").find(
        (l) => l.key === "refit",
      )?.text;
    expect(line("zh-CN")).toBe(
      "  1 位客户仅因其他客户的数据变化而降低流失风险等级（没有新的购买，满意度、投诉和跟进信号也没有好转；流失模型未重新拟合：使用默认权重，按与全体客户的比较评分），未计入变差或变好",
    );
    expect(line("en-US")).not.toMatch(/refit on this run's data/);
  });

  test("not when contacted, bought or a low score went since: the right way as before", () => {
    expect(moveOf("R2")).toBe("better");
    expect(moveOf("R3")).toBe("better");
    expect(moveOf("R4")).toBe("better");
  });

  test("a move into decline beside it is the wrong way, with its call", () => {
    expect(moveOf("R5")).toBe("worse");
    const i = cur.id.indexOf("R5");
    expect(movementsOf(prev, c).worse[i]).not.toBe(0);
  });

  test("not without the previous run's service signals (a state before refresh8, a JSON result)", () => {
    const old = run(before, NOV);
    const c2 = compareSnapshots(old, cur);
    expect(MOVE(c2, cur, "R1")).toBe("better");
  });
});

function MOVE(c: ReturnType<typeof compareSnapshots>, s: Snapshot, id: string): string {
  return MOVES[c.move[s.id.indexOf(id)]];
}
