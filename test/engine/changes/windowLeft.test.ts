import { analyzeWorkbook } from "../../../src/engine/analyze";
import { movementsOf } from "../../../src/engine/changes/compare";
import { moverReason, moverReasons } from "../../../src/engine/changes/words";
import { memorySource } from "../../../src/engine/ingest/memorySource";
import { epochDay } from "../../../src/engine/parse/date";
import { defaultRules } from "../../../src/engine/rules";

/**
 * A fall of spend and purchase days caused by the calendar (tester42 #1, stop 42): a customer who
 * bought nothing since the previous run, whose old purchase left the 12-month window, read
 * "消费金额 145,912 → 131,128，购买天数 9 → 8" as if it spent less, and the row left out the time
 * since its last purchase.
 */

const NOV = epochDay(2025, 11, 30);
const DEC = epochDay(2025, 12, 31);

// A: one December 2024 purchase leaves the window; B: two leave; C: bought since (no such words);
// D: nothing leaves. Each with enough purchases to be measured in both runs.
const sheets = {
  客户: [
    ["客户编号", "客户名称", "负责人"],
    ["A", "甲", "张伟"],
    ["B", "乙", "王芳"],
    ["C", "丙", "王芳"],
    ["D", "丁", "王芳"],
  ],
  交易: [
    ["客户编号", "日期", "金额"],
    ["A", "2024-12-29", 14783.53],
    ["A", "2025-03-10", 5000],
    ["A", "2025-07-10", 6000],
    ["A", "2025-10-13", 7000],
    ["B", "2024-12-05", 1000],
    ["B", "2024-12-20", 2000],
    ["B", "2025-06-01", 3000],
    ["B", "2025-09-01", 3000],
    ["C", "2024-12-10", 800],
    ["C", "2025-05-01", 900],
    ["C", "2025-12-15", 950],
    ["D", "2025-02-01", 700],
    ["D", "2025-08-01", 700],
    ["D", "2025-11-01", 700],
  ],
};

async function refresh() {
  const rules = defaultRules();
  const nov = await analyzeWorkbook(memorySource(sheets), { rules, asOf: NOV });
  const dec = await analyzeWorkbook(memorySource(sheets), {
    rules,
    asOf: DEC,
    previous: nov.snapshot!,
  });
  const changes = dec.changes!;
  const index = (id: string) => changes.current.id.indexOf(id);
  const reason = (id: string, lang: "zh-CN" | "en-US") =>
    moverReason(changes.comparison, changes.previous, changes.current, index(id), lang);
  return { changes, index, reason };
}

describe("purchases that left the window, for a customer who bought nothing since", () => {
  test("the row says which purchase left and the time since the last one, in zh and en", async () => {
    const { reason } = await refresh();
    expect(reason("A", "zh-CN")).toContain(
      "本期无新购买：2024-12-29 的购买（14,784）已超过 12 个月，不再计入（消费金额 32,784 → 18,000，购买天数 4 → 3），距上次购买 48 → 79 天",
    );
    expect(reason("A", "en-US")).toContain(
      "no new purchase: the purchase of 2024-12-29 (14,784) is now older than 12 months and no longer counts (spend 32,784 → 18,000, purchase days 4 → 3), days since the last purchase 48 → 79",
    );
    expect(reason("B", "zh-CN")).toContain(
      "本期无新购买：2024-12-05 至 2024-12-20 的 2 个购买日（合计 3,000）已超过 12 个月，不再计入（消费金额 9,000 → 6,000，购买天数 4 → 2）",
    );
    expect(reason("B", "en-US")).toContain(
      "the purchases of 2 days from 2024-12-05 to 2024-12-20 (3,000 in all) are now older than 12 months and no longer count",
    );
  });

  test("the window's length is the rule set's", async () => {
    const rules = defaultRules();
    const six = { ...rules, window: { ...rules.window, months: 6 } };
    const nov = await analyzeWorkbook(memorySource(sheets), { rules: six, asOf: NOV });
    const dec = await analyzeWorkbook(memorySource(sheets), {
      rules: six,
      asOf: DEC,
      previous: nov.snapshot!,
    });
    const c = dec.changes!;
    const i = c.current.id.indexOf("B");
    // B's 2025-06-01 purchase leaves a 6-month window (after 2025-05-31, then after 2025-06-30).
    expect(moverReason(c.comparison, c.previous, c.current, i, "en-US")).toContain(
      "the purchase of 2025-06-01 (3,000) is now older than 6 months",
    );
    expect(moverReason(c.comparison, c.previous, c.current, i, "zh-CN")).toContain("已超过 6 个月");
  });

  test("not for a customer who bought since, nor one whose figures did not fall", async () => {
    const { reason, changes, index } = await refresh();
    expect(reason("C", "zh-CN")).not.toContain("本期无新购买");
    expect(reason("D", "zh-CN")).not.toContain("本期无新购买");
    const kept = [...changes.comparison.windowLeft!.customers];
    expect(kept).toEqual([index("A"), index("B")]);
  });

  test("the schedule reads what left; a row with no call says the spend fell by the window alone (tester53 N32)", async () => {
    const { changes, index } = await refresh();
    const m = movementsOf(changes.previous, changes.comparison);
    expect(m.leftWindow![index("A")]).toBeCloseTo(14783.53, 2);
    expect(m.leftWindow![index("B")]).toBe(3000);
    expect(m.leftWindow![index("D")]).toBe(0);
    // The schedule's mark: A moved within its rhythm (gap 90), no call.
    const gaps = new Float64Array(changes.current.id.length).fill(NaN);
    gaps[index("A")] = 90;
    const { comparison: c, previous: prev, current: cur } = changes;
    expect(moverReasons(c, prev, cur, "zh-CN", gaps)(index("A"))).toMatch(
      /；此变化不安排回访：2025-11-30 后没有新的购买，距上次购买 79 天，未超过其通常的购买间隔（90 天）；流失风险不高，消费减少仅因超过 12 个月的购买不再计入$/,
    );
    expect(moverReasons(c, prev, cur, "en-US", gaps)(index("A"))).toMatch(
      /; no call for this move: nothing bought since 2025-11-30, and 79 days since the last purchase is within its usual gap of 90 days; churn risk not high, spend lower only because purchases older than 12 months left the window$/,
    );
  });
});

// tester61 U136 (家装 week 2): a 尾款 corrected 4.4万 → 4.2万 on a row that also left the 12-month
// window was told as the data change alone ("消费金额 44,000 → 0 … 高价值 → 低价值"); the roll-off,
// which a customer whose data did not change is told, went unsaid. Both are said now.
describe("a corrected row that also left the window", () => {
  test("says the data changed and which purchase left the window, in zh and en", async () => {
    const rules = defaultRules();
    const nov = await analyzeWorkbook(memorySource(sheets), { rules, asOf: NOV });
    const corrected = {
      ...sheets,
      交易: sheets.交易.map((r) =>
        r[0] === "A" && r[1] === "2024-12-29" ? ["A", r[1], 14000] : r,
      ),
    };
    const dec = await analyzeWorkbook(memorySource(corrected), {
      rules,
      asOf: DEC,
      previous: nov.snapshot!,
    });
    const changes = dec.changes!;
    const a = changes.current.id.indexOf("A");
    expect(changes.comparison.dataChanged[a]).not.toBe(0);
    const reason = (lang: "zh-CN" | "en-US") =>
      moverReason(changes.comparison, changes.previous, changes.current, a, lang);
    // The corrected row named since fix64f (tester63 L), where it read "截至 2025-11-30 的交易与上次
    // 运行读取的数据不同（被更正、补录或删除），并非新的购买".
    expect(reason("zh-CN")).toContain(
      "截至 2025-11-30 的交易有一笔被更正：2024-12-29 的 14,783.53 → 14,000（工作表“交易”第 2 行），并非新的购买",
    );
    expect(reason("zh-CN")).toContain(
      "本期无新购买：2024-12-29 的购买（14,000）已超过 12 个月，不再计入（消费金额 32,784 → 18,000，购买天数 4 → 3）",
    );
    expect(reason("en-US")).toContain(
      "A purchase up to 2025-11-30 was corrected: 2024-12-29, 14,783.53 → 14,000 (sheet “交易”, row 2), not new buying",
    );
    expect(reason("en-US")).toContain(
      "no new purchase: the purchase of 2024-12-29 (14,000) is now older than 12 months and no longer counts (spend 32,784 → 18,000, purchase days 4 → 3)",
    );
  });
});
