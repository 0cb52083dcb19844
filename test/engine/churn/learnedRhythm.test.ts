import { CHURN_FEATURES, type Snapshot } from "../../../src/engine/churn/features";
import { reasonText } from "../../../src/engine/churn/reasons";
import { eligibleRows, learnChurnModel, scoreChurn } from "../../../src/engine/churn/learn";
import { defaultRules } from "../../../src/engine/rules";

/**
 * Under learned weights a regular buyer is read by its own rhythm too, as under the default
 * weights (tester67 U309: the bakery's three cafés lost to a competitor, ordering Monday to Friday
 * for two years and 38–41 days silent, read medium 50–56 %). A small stand-in for
 * /work/notes/stop67/tester67/C_SweetCrumb_Customers.xlsx, not a copy of its rows: customers at no
 * rhythm of their own (their gaps' spread unknown) learned from, and cafés ordering on weekdays.
 */
interface Person {
  rec: number;
  gap: number;
  days: number;
  /** Σ squared gaps between purchase days (NaN: unknown, no rhythm of its own is read). */
  squares?: number;
  p0: number;
}

function snapshot(asOf: number, people: Person[]): Snapshot {
  const n = people.length;
  const f = (g: (p: Person) => number) => Float64Array.from(people, g);
  const purchaseDays = Int32Array.from(people, (p) => p.days);
  const zeros = new Float64Array(n);
  return {
    asOf,
    eligible: new Uint8Array(n).fill(1),
    eligibleCount: n,
    recencyDays: f((p) => p.rec),
    purchaseDays,
    firstDay: f((p) => asOf - p.rec - p.gap * (p.days - 1)),
    typicalGapDays: f((p) => Math.max(7, p.gap)),
    gapSquares: f((p) => p.squares ?? NaN),
    monetary: f((p) => 100 * p.days),
    recentCount: new Int32Array(n),
    previousCount: new Int32Array(n),
    recentSpend: zeros,
    previousSpend: zeros,
    modelNoPurchase: f((p) => p.p0),
    pAlive: zeros,
    expectedPurchases: zeros,
    modelPurchaseDays: purchaseDays,
    lastPurchaseDay: f((p) => asOf - p.rec),
    stage: new Int8Array(n),
    signals: {} as Snapshot["signals"],
    contactAfterDays: 90,
    lowScoreMax: 2,
    npsDetractorMax: 6,
    trendPeriodDays: 180,
  };
}

/** A café ordering Monday to Friday for 40 weeks: 200 days, gaps 1, 1, 1, 1, 3 (mean 1.39). */
const cafe = (rec: number): Person => ({
  rec,
  gap: 277 / 199,
  days: 200,
  squares: 39 * 13 + 4,
  p0: rec > 20 ? 0.6 : 0.001,
});

describe("a learned churn model reads a regular buyer by its own rhythm (tester67 U309)", () => {
  // 300 customers at no rhythm of their own: those silent past 1.5 of their gaps mostly did not
  // buy again; 60 holiday buyers silent 280 days all did (C_SweetCrumb's Thanksgiving buyers).
  const steady = Array.from({ length: 300 }, (_, i) => {
    const rec = 1 + ((i * 7) % 90);
    const gap = [7, 14, 30, 90][i % 4];
    return { rec, gap, days: 8, p0: 1 / (1 + Math.exp(-(rec / gap - 2))) };
  });
  const holiday = Array.from({ length: 60 }, () => ({ rec: 280, gap: 40, days: 2, p0: 0.9 }));
  const cafes = Array.from({ length: 12 }, (_, i) => cafe(1 + (i % 3)));
  const people: Person[] = [...steady, ...holiday, ...cafes];
  const past = snapshot(1000, people);
  const bought = [
    ...steady.map((p, i) => p.rec <= 1.5 * p.gap || i % 9 === 0),
    ...holiday.map(() => true),
    ...cafes.map(() => true),
  ];
  const later = Float64Array.from(bought, (b, c) =>
    b ? past.asOf + 1 : past.asOf - past.recencyDays[c],
  );
  const today = snapshot(1090, [...people, cafe(39), cafe(0)]);
  const model = learnChurnModel(past, later, 1090, today, defaultRules().churn);
  const { probability } = scoreChurn(model, today, eligibleRows(today));
  const lost = probability[people.length];
  const ordering = probability[people.length + 1];

  it("a weekday café 39 days silent reads high; the same café ordering today low", () => {
    expect(model.source).toBe("learned");
    // Before: its timing features alone, learned on customers at no rhythm of their own (31 %).
    expect(lost).toBeGreaterThanOrEqual(0.8);
    expect(ordering).toBeLessThan(0.2);
  });

  // fix68e's cost (stop 68): the floor read a frozen gym member's silence as lateness (tester67's
  // B2 gym, 51 frozen members: high 15 → 47). A customer paused today (冻结, on leave:
  // Snapshot.paused) is silent by the pause: her own rhythm's floor is not read.
  it("the same café 39 days silent but paused today reads as its timing features say, not the floor", () => {
    const paused = new Uint8Array(today.eligibleCount);
    paused[people.length] = 1;
    const held = scoreChurn(model, { ...today, paused }, eligibleRows(today)).probability;
    expect(held[people.length]).toBeLessThan(0.5);
    expect(held[people.length]).toBeLessThan(lost);
    // Nobody else moves.
    expect(held[people.length + 1]).toBe(ordering);
    expect(held[0]).toBe(probability[0]);
  });
});

// stop 68's open item (tester67's gym B2 as of 2026-12-07: after 93449998 its 51 frozen members,
// all of whom come back after the freeze by the workbook's truth, read high 16 / medium 29 / low 6
// on their silence since the freeze). A customer paused today is not leaving by her silence: the
// features that read it add no risk for her (churn/pausedSilence.ts), the others keep their weight.
describe("a customer paused today: her silence adds no risk (stop 68's open item, tester67's gym B2)", () => {
  const steady = Array.from({ length: 300 }, (_, i) => {
    const rec = 1 + ((i * 7) % 90);
    const gap = [7, 14, 30, 90][i % 4];
    return { rec, gap, days: 8, p0: 1 / (1 + Math.exp(-(rec / gap - 2))) };
  });
  const past = snapshot(1000, steady);
  const later = Float64Array.from(steady, (p, c) =>
    p.rec <= 1.5 * p.gap || c % 9 === 0 ? past.asOf + 1 : past.asOf - past.recencyDays[c],
  );
  // A weekly member 47 days silent (0007: 腿伤养伤冻结, her last check-in 47 days ago), twice.
  const member: Person = { rec: 47, gap: 7, days: 60, squares: 59 * 49, p0: 0.9 };
  const today = snapshot(1090, [...steady, member, member]);
  const model = learnChurnModel(past, later, 1090, today, defaultRules().churn);
  const rows = eligibleRows(today);
  const silent = scoreChurn(model, today, rows).probability[steady.length];
  const paused = new Uint8Array(today.eligibleCount);
  paused[steady.length] = 1;
  const held = scoreChurn(model, { ...today, paused }, rows);
  const n = rows.length;

  it("the frozen member reads low, her silence's contributions at most 0; the one not paused stays high", () => {
    expect(model.source).toBe("learned");
    expect(silent).toBeGreaterThanOrEqual(0.8);
    expect(held.probability[steady.length + 1]).toBe(silent);
    expect(held.probability[steady.length]).toBeLessThan(defaultRules().churn.levels.medium);
    for (const f of ["overdueVsRhythm", "recency", "countTrend", "spendTrend", "modelNoPurchase"])
      expect(
        held.contributions[CHURN_FEATURES.indexOf(f as never) * n + steady.length],
      ).toBeLessThanOrEqual(0);
  });

  it("her reason says the pause, zh-CN and en-US, her visits as they are read", () => {
    expect(reasonText("paused_silence", [40, 7, 47, 1], "zh-CN")).toBe(
      "暂停中：已 47 天未上课/签到（通常约每 7 天一次），暂停期间没有上课/签到不算流失迹象",
    );
    expect(reasonText("paused_silence", [40, 7, 47, 1], "en-US", true)).toBe(
      "Paused: no kept appointment for 47 days (usually every 7 days); no kept appointment while paused is no sign of leaving",
    );
    expect(reasonText("paused_silence", [23, 7, 30, 0], "zh-CN")).toBe(
      "暂停中：已 30 天未购买（通常约每 7 天购买一次），暂停期间没有购买不算流失迹象",
    );
    expect(reasonText("paused_silence", [23, 7, 30, 0], "en-US")).toBe(
      "Paused: no purchase for 30 days (usually every 7 days); no purchase while paused is no sign of leaving",
    );
  });
});
