import { analyzeWorkbook } from "../../../src/engine/analyze";
import { STAGE } from "../../../src/engine/lifecycle/stage";
import { trendPeriodWarning } from "../../../src/engine/lifecycle/trendPeriod";
import { epochDay } from "../../../src/engine/parse/date";
import { warningText } from "../../../src/engine/report/overviewTab";
import { analysisTables } from "../../../src/engine/report/tabs";
import { defaultRules } from "../../../src/engine/rules";
import { smallRepeatSource } from "../../fixtures/smallRepeat/smallRepeat";

// Tester #9 (stop 42): the Overview's model warnings read like a statistician's notes. The
// Overview and the pane say them in a manager's words (RunWarning.brief) with a pointer to the run
// log, which keeps the precise words, as the JSON and the console do.

const asOf = epochDay(2025, 12, 31);

test("unsettled fits: the Overview says what the figures are good for; the run log keeps the detail", async () => {
  // tester11's 80-customer workbook, its customers by id: both model fits do not settle.
  const a = await analyzeWorkbook(smallRepeatSource({ sortIds: true }), {
    rules: defaultRules(),
    asOf,
  });
  const codes = a.warnings.map((w) => w.code);
  expect(codes).toEqual(expect.arrayContaining(["model_fit_unsettled", "spend_fit_unsettled"]));
  const of = (lang: "zh-CN" | "en-US") => {
    const tables = analysisTables(a, lang, { at: asOf, durationSeconds: 1, source: "cli" });
    const o = tables.find((t) => t.tab === "overview")!;
    const log = tables.find((t) => t.tab === "runLog")!;
    const k = log.columns.findIndex((c) => c.key === "warnings");
    return {
      overview: o
        .rows(0, o.rowCount)
        .filter((r) => r[0] === (lang === "zh-CN" ? "注意" : "Warning"))
        .map((r) => r[1]),
      log: String(log.rows(log.rowCount - 1, log.rowCount)[0][k]),
    };
  };
  const zh = of("zh-CN");
  expect(zh.overview).toEqual([
    "预期购买次数、预计下次购买日和客户终身价值只是粗略估计：已购买客户只有 80 位，复购模型算不稳（约需 500 位）。可用来给客户排先后（谁更可能再买、谁价值更高），不宜当作准确数字。客户分类和生命周期阶段不受影响；流失风险部分依据这个模型的数字。详见“运行日志”表。",
    "客户终身价值只是粗略估计：消费金额模型从 80 位复购客户的消费中算不稳。可用来比较客户价值的高低，不宜当作准确金额；收入、价值层级和客户分类按实际消费计算，不受影响。详见“运行日志”表。",
  ]);
  // The statistician's words are not on the Overview; they are on the run log, in full.
  expect(zh.overview.join("")).not.toMatch(/model\.penalty|极端值|收敛/);
  for (const w of a.warnings) expect(zh.log).toContain(w.message["zh-CN"]);
  expect(zh.log).toContain("model.penalty 0.001");
  const en = of("en-US");
  expect(en.overview).toEqual([
    "Expected purchases, expected next purchase dates and lifetime values are rough: only 80 customers have bought, too few for the repeat-purchase model to settle (it needs about 500). Use them to rank customers (who is likelier to buy again, who is worth more), not as exact counts, dates or amounts. Segments and lifecycle stages are not affected; churn risk uses the model's figures in part. Details: the Run log tab.",
    "Lifetime values are rough: the spend model could not settle on the spend of 80 repeat buyers. Use them to compare customers' value, not as exact amounts; revenue, value tiers and segments come from actual spend and are not affected. Details: the Run log tab.",
  ]);
  for (const w of a.warnings) expect(en.log).toContain(w.message["en-US"]);
});

test("a short trend period: the decline count reads high, by how many, and what to set", () => {
  // 40 days after a purchase on a 37-day rhythm: in decline for the 30-day period alone.
  const w = trendPeriodWarning(
    30,
    37,
    {
      lifecycleStage: Int8Array.of(STAGE.decline, STAGE.mature, STAGE.decline),
      recencyDays: Float64Array.of(40, 10, 200),
      typicalGapDays: Float64Array.of(37, 37, 37),
    },
    3,
    365,
  )!;
  expect(warningText(w, "zh-CN")).toBe(
    "衰退期人数偏多：2 位衰退期客户中有 1 位只因规则集的趋势期（30 天）太短而列入：他们最近 30 天没有购买，但仍在自己通常的购买节奏内（客户通常约每 37 天购买一次）。请设为 74 天或以上（默认 180 天），或在解读生命周期阶段时考虑这一点。详见“运行日志”表。",
  );
  expect(warningText(w, "en-US")).toBe(
    "The decline stage reads high: 1 customer is in it (of 2) only because the rule set's trend period (30 days) is short: no purchase in the last 30 days, yet still within their usual pace (customers typically buy every 37 days or so). Use 74 days or more (the default is 180), or read the lifecycle stages with that in mind. Details: the Run log tab.",
  );
  // The precise words stay the warning's message (run log, JSON, console).
  expect(w.message["zh-CN"]).toMatch(/^规则集的趋势期（lifecycle.trendPeriodDays）为 30 天/);
});

test("a warning with no brief is said as it is", () => {
  const message = { "zh-CN": "节假日日历只到 2026-12-31", "en-US": "The holiday calendar ends" };
  expect(warningText({ message }, "zh-CN")).toBe("节假日日历只到 2026-12-31");
});
