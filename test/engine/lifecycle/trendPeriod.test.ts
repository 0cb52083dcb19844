import { analyzeWorkbook } from "../../../src/engine/analyze";
import type { Cell } from "../../../src/engine/cells";
import { memorySource } from "../../../src/engine/ingest/memorySource";
import {
  lifecycleStage,
  overdueAgainstRhythm,
  STAGE,
  type StageInputs,
} from "../../../src/engine/lifecycle/stage";
import { trendPeriodWarning } from "../../../src/engine/lifecycle/trendPeriod";
import { epochDay, isoDate } from "../../../src/engine/parse/date";
import { defaultRules } from "../../../src/engine/rules";
import { rulesOf } from "../helpers/classify";

// reviewer13 D12: a trend period of 30 days "to see monthly trends" turns monthly buyers into
// decline as soon as they are a day past their rhythm. The run says so.

/** A mature-looking repeat buyer (bought in both trend periods, steady) silent `r` days. */
const stageInputs = (r: number, gap: number): StageInputs => ({
  purchaseDays: 12,
  recencyDays: r,
  ageDays: 700,
  typicalGapDays: gap,
  daysSinceReturn: NaN,
  recentCount: 5,
  previousCount: 5,
  recentSpend: 500,
  previousSpend: 500,
});

describe("trendPeriodWarning", () => {
  // In decline 40 days after a purchase (37-day rhythm: not overdue, so for the period alone),
  // mature, in decline 200 days silent (overdue: past 3 rhythms, whatever the period), growth.
  const customers = {
    lifecycleStage: Int8Array.of(STAGE.decline, STAGE.mature, STAGE.decline, STAGE.growth),
    recencyDays: Float64Array.of(40, 10, 200, 5),
    typicalGapDays: Float64Array.of(37, 37, 37, 37),
  };
  const warn = (
    period: number,
    gap: number,
    c: Parameters<typeof trendPeriodWarning>[2] = customers,
  ) => trendPeriodWarning(period, gap, c, 3, 365);

  test("a period under two typical gaps is said, with the figures, in both languages", () => {
    const w = warn(30, 37)!;
    expect(w.code).toBe("trend_period_short");
    // exp(−30/37) = 44%: a buyer at random at that pace has no purchase in 30 days that often.
    expect(w.message["zh-CN"]).toBe(
      "规则集的趋势期（lifecycle.trendPeriodDays）为 30 天，不到客户通常购买间隔（37 天）的两倍：按此平均节奏随机购买的客户，有 44% 的时候在 30 天内没有购买；复购客户在趋势期内没有购买、且距上次购买已超过自身通常间隔的，即判为衰退期（只在两天购买过的，不看间隔）。目前 2 位衰退期客户中，有 1 位只因趋势期这么短才列入：他们在最近 74 天内有购买，未购买的天数不到自身通常间隔的 3 倍，不算逾期。请设为 74 天或以上（默认 180 天），或在解读生命周期阶段时考虑这一点。",
    );
    expect(w.message["en-US"]).toContain(
      "is 30 days, less than twice the customers' typical gap between purchases (37 days): a customer buying at random at that average pace has no purchase in 30 days 44% of the time",
    );
    expect(w.message["en-US"]).toContain(
      "Of the 2 customers in decline now, 1 is there only because the period is that short: they bought within the last 74 days and have been silent for less than 3 times their usual gap, so are not overdue. Use 74 days or more (the default is 180)",
    );
  });

  test("names the customers: the first 10 in the words, all of them for the JSON (tester15 #6)", () => {
    const one = warn(30, 37, { ...customers, id: ["C1", "C2", "C3", "C4"] })!;
    expect(one.customers).toEqual(["C1"]);
    expect(one.message["zh-CN"]).toContain(
      "未购买的天数不到自身通常间隔的 3 倍，不算逾期：C1。请设为",
    );
    expect(one.message["en-US"]).toContain(
      "silent for less than 3 times their usual gap, so are not overdue: C1. Use",
    );
    // Twelve such customers: ten named, "and 2 more", all twelve listed.
    const n = 12;
    const many = warn(30, 37, {
      lifecycleStage: new Int8Array(n).fill(STAGE.decline),
      recencyDays: new Float64Array(n).fill(40),
      typicalGapDays: new Float64Array(n).fill(37),
      id: Array.from({ length: n }, (_, i) => 1000001 + i),
    })!;
    expect(many.customers).toHaveLength(12);
    expect(many.customers![11]).toBe("1000012");
    expect(many.message["zh-CN"]).toContain(
      "不算逾期：1000001、1000002、1000003、1000004、1000005、1000006、1000007、1000008、1000009、1000010，另有 2 位（命令行的 --json 结果中列出全部）。请设为",
    );
    expect(many.message["en-US"]).toContain(
      "not overdue: 1000001, 1000002, 1000003, 1000004, 1000005, 1000006, 1000007, 1000008, 1000009, 1000010 and 2 more (the command line's --json result lists them all). Use",
    );
  });

  test("two gaps or more, the default, or no gap to judge by: nothing said", () => {
    expect(warn(74, 37)).toBeNull();
    // 74 days silent: no purchase in a 73-day period, one in 74 days.
    const at74 = { ...customers, recencyDays: Float64Array.of(74, 10, 200, 5) };
    expect(warn(73, 37, at74)?.code).toBe("trend_period_short");
    expect(warn(74, 37, at74)).toBeNull();
    expect(warn(180, 37)).toBeNull();
    expect(warn(180, 83)).toBeNull(); // CDNOW as of 1998-06-30
    expect(warn(30, NaN)).toBeNull();
  });

  test("only when the period puts someone in decline: not for the overdue, nor with nobody in decline (judge15)", () => {
    // On slowly buying data the warning came on every run while anyone was in decline, for any
    // reason: the 200-day silent customer is overdue, in decline at any period.
    const overdueOnly = { ...customers, recencyDays: Float64Array.of(120, 10, 200, 5) };
    expect(warn(30, 37, overdueOnly)).toBeNull();
    // The same customer 60 days silent is not overdue (3 × 37 = 111 days): said (reviewer15 D7:
    // without this the test passed against the code before 58e6e36 too).
    const inPeriod = { ...customers, recencyDays: Float64Array.of(60, 10, 200, 5) };
    expect(warn(30, 37, inPeriod)?.message["en-US"]).toContain(
      "Of the 2 customers in decline now, 1 is",
    );
    const nobody = { ...customers, lifecycleStage: Int8Array.of(3, 3, 2, 2) };
    expect(warn(30, 37, nobody)).toBeNull();
  });

  test("a two-day customer past their first year is in decline at any period: not counted (reviewer16 D1)", () => {
    // The first customer bought on two days, the first over a year ago (oneIntervalAged): in
    // decline whatever the period, so the period did not put them there.
    const aged = { ...customers, oneIntervalAged: Uint8Array.of(1, 0, 0, 0) };
    expect(warn(30, 37, aged)).toBeNull();
    const young = { ...customers, oneIntervalAged: Uint8Array.of(0, 0, 0, 0) };
    expect(warn(30, 37, young)?.code).toBe("trend_period_short");
  });

  test("'not overdue' is the stage's own test (overdueAgainstRhythm): a gap that is not a number makes no one overdue", () => {
    // The warning wrote the stage's rule again as `r <= 3 × gap`, which a NaN gap made false: a
    // customer the stage did not find overdue was counted as overdue here. One owner now.
    for (const [r, gap] of [
      [40, 37],
      [120, 37],
      [40, NaN],
    ] as const)
      expect({ r, gap, same: overdueAgainstRhythm(r, gap, 3) }).toEqual({
        r,
        gap,
        same: lifecycleStage(stageInputs(r, gap), defaultRules().lifecycle, 365) === STAGE.decline,
      });
    const noGap = { ...customers, typicalGapDays: Float64Array.of(NaN, 37, 37, 37) };
    expect(warn(30, 37, noGap)?.message["en-US"]).toContain(
      "Of the 2 customers in decline now, 1 is",
    );
  });

  test("the period advised stops at the churn threshold (judge15)", () => {
    // A population gap of 202 days (the 6-customer refresh of previousLater) advised 404 days: a
    // customer 365 days silent is churned whatever the period.
    const slow = {
      lifecycleStage: Int8Array.of(STAGE.decline),
      recencyDays: Float64Array.of(250),
      typicalGapDays: Float64Array.of(202),
    };
    const w = warn(180, 202, slow)!;
    expect(w.message["en-US"]).toContain(
      "Use up to 365 days, the churn threshold (churn.churnedAfterDays): a customer silent longer is churned whatever the period.",
    );
    expect(w.message["en-US"]).not.toContain("404");
    expect(w.message["zh-CN"]).toContain(
      "趋势期最长可设到流失天数（churn.churnedAfterDays）365 天",
    );
    expect(warn(365, 202, slow)).toBeNull();
  });
});

test("a run with lifecycle.trendPeriodDays 30 on monthly buyers warns; the default does not", async () => {
  const asOf = epochDay(2025, 12, 31);
  // 40 customers buying every 30 days for two years, at staggered days: the typical gap is 30.
  // The last 10 have missed one month (last purchase 40-44 days ago): a 30-day period calls them
  // stopped (衰退期), the default 180 days does not, which is what the warning is for.
  const customers: Cell[][] = [["客户编号", "客户名称"]];
  const transactions: Cell[][] = [["客户编号", "日期", "金额"]];
  for (let c = 1; c <= 40; c++) {
    customers.push([c, `客户${c}`]);
    for (let back = c > 30 ? 40 + (c % 5) : c % 30; back < 730; back += 30)
      transactions.push([c, isoDate(asOf - back), 100]);
  }
  const run = (rules = defaultRules()) =>
    analyzeWorkbook(memorySource({ 客户: customers, 交易: transactions }), { rules, asOf });
  const plain = await run();
  expect(plain.warnings.map((w) => w.code)).not.toContain("trend_period_short");
  const short = await run(rulesOf({ lifecycle: { trendPeriodDays: 30 } }));
  const w = short.warnings.find((x) => x.code === "trend_period_short")!;
  expect(w.message["en-US"]).toContain("(lifecycle.trendPeriodDays) is 30 days");
  expect(w.message["en-US"]).toContain("typical gap between purchases (30 days)");
  expect(w.message["en-US"]).toContain(
    "Of the 10 customers in decline now, 10 are there only because the period is that short: they bought within the last 60 days",
  );
});
