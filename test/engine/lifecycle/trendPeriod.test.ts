import { analyzeWorkbook } from "../../../src/engine/analyze";
import type { Cell } from "../../../src/engine/cells";
import { memorySource } from "../../../src/engine/ingest/memorySource";
import { STAGE } from "../../../src/engine/lifecycle/stage";
import { trendPeriodWarning } from "../../../src/engine/lifecycle/trendPeriod";
import { epochDay, isoDate } from "../../../src/engine/parse/date";
import { defaultRules } from "../../../src/engine/rules";
import { rulesOf } from "../helpers/classify";

// reviewer13 D12: a trend period of 30 days "to see monthly trends" turns monthly buyers into
// decline as soon as they are a day past their rhythm. The run says so.

describe("trendPeriodWarning", () => {
  const stages = Int8Array.of(STAGE.decline, STAGE.mature, STAGE.decline, STAGE.growth);

  test("a period under two typical gaps is said, with the figures, in both languages", () => {
    const w = trendPeriodWarning(30, 37, stages)!;
    expect(w.code).toBe("trend_period_short");
    // exp(−30/37) = 44%: a steady buyer at that pace has no purchase in 30 days that often.
    expect(w.message["zh-CN"]).toBe(
      "规则集的趋势期（lifecycle.trendPeriodDays）为 30 天，不到客户通常购买间隔（37 天）的两倍：按此节奏稳定购买的客户，有 44% 的时候在 30 天内没有购买；复购客户在趋势期内没有购买、且已超过自身节奏的，即判为衰退期（只在两天购买过的，不看节奏）。目前有 2 位衰退期客户。请设为 74 天或以上（默认 180 天），或在解读生命周期阶段时考虑这一点。",
    );
    expect(w.message["en-US"]).toContain(
      "is 30 days, less than twice the customers' typical gap between purchases (37 days): a customer buying steadily at that pace has no purchase in 30 days 44% of the time",
    );
    expect(w.message["en-US"]).toContain("2 customers are in decline now. Use 74 days or more");
  });

  test("two gaps or more, the default, or no gap to judge by: nothing said", () => {
    expect(trendPeriodWarning(74, 37, stages)).toBeNull();
    expect(trendPeriodWarning(73, 37, stages)?.code).toBe("trend_period_short");
    expect(trendPeriodWarning(180, 37, stages)).toBeNull();
    expect(trendPeriodWarning(180, 83, stages)).toBeNull(); // CDNOW as of 1998-06-30
    expect(trendPeriodWarning(30, NaN, stages)).toBeNull();
    // Nobody in decline: the short period has judged no one, so nothing to warn about.
    expect(trendPeriodWarning(30, 37, Int8Array.of(STAGE.mature, STAGE.growth))).toBeNull();
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
  expect(w.message["en-US"]).toContain("10 customers are in decline now");
});
