import { analyzeWorkbook } from "../../../src/engine/analyze";
import type { Cell } from "../../../src/engine/cells";
import { memorySource } from "../../../src/engine/ingest/memorySource";
import { RISK_LEVELS } from "../../../src/engine/analysis";
import { churnHorizonWarning } from "../../../src/engine/churn/horizonShort";
import { epochDay, isoDate } from "../../../src/engine/parse/date";
import { defaultRules } from "../../../src/engine/rules";

// tester70 U604: a car-service shop whose members come every 5–7 months (typical gap 179 days)
// judged over a 90-day churn horizon: "no purchase in 90 days" is the normal case (60 %), 152 of
// 277 members read medium after a refresh and the backtest ranked worse than chance (AUC 0.41).
// The run now says so and advises the horizon (180 days gave AUC 0.64 and no medium there).

const level = (name: string) => (RISK_LEVELS as readonly string[]).indexOf(name);
const levels = Int8Array.of(level("medium"), level("medium"), level("low"), level("high"));

describe("churnHorizonWarning", () => {
  test("a horizon shorter than the customers' gap: the share, the customers at risk, the advice", () => {
    const w = churnHorizonWarning(90, 179, levels, 0.41, 365)!;
    expect(w.code).toBe("churn_horizon_short");
    expect(w.message["en-US"]).toBe(
      "The rule set's churn horizon (churn.churnHorizonDays) is 90 days, shorter than the customers' typical gap between purchases (179 days): a customer buying at that pace makes no purchase within 90 days 60% of the time, which says nothing about leaving. Churn probabilities therefore read high (3 customers at medium or high risk), and the backtest ranks customers worse than chance (AUC 0.41; 0.5 is chance). Set it to 180 days or more (the default is 90; the command line's --rules file, the pane's Rules tab) and run again.",
    );
    expect(w.message["zh-CN"]).toBe(
      "规则集的流失风险期限（churn.churnHorizonDays）为 90 天，短于客户通常的购买间隔（179 天）：按此节奏购买的客户，有 60% 的时候在 90 天内没有购买，这并不说明要流失。因此流失概率普遍偏高（3 位客户为中、高风险），回测中按流失风险排序还不如随机（AUC 0.41，随机为 0.5）。请设为 180 天或以上（默认 90 天；命令行用 --rules 规则文件，任务窗格在“规则”页）后重新运行。",
    );
    expect(w.brief!["zh-CN"]).toBe(
      "流失风险偏高：其期限（90 天）短于客户通常的购买间隔（179 天），因此有 3 位客户为中、高风险，回测中按流失风险排序还不如随机（AUC 0.41，随机为 0.5）。请把 churn.churnHorizonDays 设为 180 天或以上。",
    );
  });

  test("a backtest that ranks well is not called weak; little better than chance; none, nothing said", () => {
    // 100 customers scored, 30 at medium risk: it shows without the backtest.
    const many = Int8Array.from({ length: 100 }, (_, c) =>
      c < 30 ? level("medium") : level("low"),
    );
    expect(churnHorizonWarning(90, 179, many, 0.72, 365)!.message["en-US"]).toContain(
      "(30 customers at medium or high risk). Set it to 180 days",
    );
    expect(churnHorizonWarning(90, 179, many, 0.55, 365)!.message["en-US"]).toContain(
      "little better than chance (AUC 0.55",
    );
    expect(churnHorizonWarning(90, 179, many, null, 365)!.message["en-US"]).not.toContain("AUC");
  });

  test("nothing where it does not show: few at risk and a backtest that ranks, or a handful of customers", () => {
    const few = Int8Array.from({ length: 100 }, (_, c) =>
      c < 10 ? level("medium") : level("low"),
    );
    expect(churnHorizonWarning(90, 179, few, 0.72, 365)).toBeNull();
    expect(churnHorizonWarning(90, 179, few, null, 365)).toBeNull();
    // newuser71's workbook of a few customers, one at medium risk.
    expect(churnHorizonWarning(90, 202, levels, null, 365)).toBeNull();
    // A backtest worse than chance is said whatever the count.
    expect(churnHorizonWarning(90, 179, few, 0.41, 365)).not.toBeNull();
  });

  test("nothing when the horizon reaches the gap (CDNOW's 83 days, the samples' ~37), or no buyer", () => {
    expect(churnHorizonWarning(90, 83, levels, 0.78, 365)).toBeNull();
    expect(churnHorizonWarning(90, 90, levels, 0.78, 365)).toBeNull();
    // newuser71: a gap a day past the horizon is no case for it.
    expect(churnHorizonWarning(90, 91, levels, 0.78, 365)).toBeNull();
    expect(churnHorizonWarning(90, 112, levels, 0.78, 365)).toBeNull();
    expect(churnHorizonWarning(90, NaN, levels, null, 365)).toBeNull();
    // A team's own longer horizon: nothing to advise.
    expect(churnHorizonWarning(180, 179, levels, 0.64, 365)).toBeNull();
  });

  test("the advice stops at the churn threshold", () => {
    expect(churnHorizonWarning(90, 500, levels, 0.41, 365)!.message["en-US"]).toContain(
      "Set it to 365 days or more",
    );
  });
});

test("a run of a slowly buying shop where nobody reads at risk and no backtest says nothing", async () => {
  const asOf = epochDay(2026, 10, 31);
  const customers: Cell[][] = [["客户编号", "客户名称"]];
  const transactions: Cell[][] = [["客户编号", "日期", "金额"]];
  for (let c = 1; c <= 40; c++) {
    customers.push([`C${c}`, `车主${c}`]);
    // Every ~180 days for three years, each starting on another day.
    for (let back = (c * 7) % 180; back < 1100; back += 175 + (c % 10))
      transactions.push([`C${c}`, isoDate(asOf - back), 480]);
  }
  const a = await analyzeWorkbook(memorySource({ 客户: customers, 交易: transactions }), {
    rules: defaultRules(),
    asOf,
  });
  expect(a.warnings.map((x) => x.code)).not.toContain("churn_horizon_short");
});
