/**
 * tester58 U66 (a dental clinic): free revisits (复查 at ¥0) counted as purchase days and halved a
 * six-month rhythm, so patients four to six months after a cleaning read as overdue ("通常约每 95
 * 天购买一次"): 42 patients "at risk", 3 truly. A ¥0 visit is activity (the recency counts from
 * it) but no purchase of the rhythm (SegmentationMeasures.spendDays, churn/features.ts
 * rhythmDays). On judgment's clinic repro (clinicFixture.ts), default weights (56 patients).
 */
import { analyzeWorkbook, type Analysis } from "../../../src/engine/analyze";
import { churnReasonsText } from "../../../src/engine/churn/reasons";
import type { Grid } from "../../../src/engine/cells";
import { memorySource } from "../../../src/engine/ingest/memorySource";
import { isoDate, parseIsoDate } from "../../../src/engine/parse/date";
import { defaultRules } from "../../../src/engine/rules";
import { CLINIC_AS_OF, clinic, type ClinicTruth } from "./clinicFixture";

const HIGH = 0;
const MEDIUM = 1;
const LOW = 2;

async function run(free: boolean): Promise<{ a: Analysis; truth: Map<string, ClinicTruth> }> {
  const { sheets, truth } = clinic(free);
  const a = await analyzeWorkbook(memorySource(sheets), {
    rules: defaultRules(),
    asOf: CLINIC_AS_OF,
  });
  return { a, truth };
}

/** The customers at high or medium risk with truth `t`. */
function listed(a: Analysis, truth: Map<string, ClinicTruth>, t: ClinicTruth): string[] {
  const level = a.classification.analysis.churnLevel;
  return a.dataset.customers.id.filter(
    (id, c) => truth.get(id) === t && (level[c] === HIGH || level[c] === MEDIUM),
  );
}

describe("free revisits (¥0) are activity, not purchases of the rhythm (tester58 U66)", () => {
  let withFree: Analysis;
  let truth: Map<string, ClinicTruth>;
  beforeAll(async () => {
    ({ a: withFree, truth } = await run(true));
  });

  test("no regular six-monthly patient is listed at risk; the four lapsed still are", () => {
    // Before: 15 of the 40 regulars medium ("通常约每 80–103 天"), the 4 lapsed high.
    expect(listed(withFree, truth, "regular")).toEqual([]);
    expect(listed(withFree, truth, "lapsed")).toHaveLength(4);
  });

  test("the rhythm quoted is the cleanings', about every 180 days", () => {
    const c = withFree.dataset.customers.id.indexOf("BC0044");
    expect(churnReasonsText(withFree.classification.analysis, c, "zh-CN")).toMatch(
      /^超出自身购买周期 \d+ 天（通常约每 18\d 天购买一次，已 321 天未购买）/,
    );
  });

  test("the recency still counts from the free revisit", () => {
    // BC0041's last cleaning was 290 days ago, its free revisit 14 days after it.
    const c = withFree.dataset.customers.id.indexOf("BC0041");
    expect(withFree.classification.analysis.recencyDays[c]).toBe(290 - 14);
  });
});

// reviewer60 R9: a punch-card member's 划卡 at ¥0 is paid from her card, not free: a purchase of
// her own rhythm. P1 and P2 top up 3,000 twice (counted: their uses are at 0) and come weekly; P1
// stops on 2026-09-30, P2 still comes. Before, the rhythm read only the top-ups' days (151 days):
// P1, 61 days away, read low 0.20 "仍在自身购买周期内".
describe("a visit paid from stored value at ¥0 is a purchase of the rhythm (reviewer60 R9)", () => {
  const asOf = parseIsoDate("2026-11-30");
  /** The sheet with a 类型 column beside 项目, or (`inItem`) the row type written in 项目. */
  function book(inItem: boolean): Grid {
    const row = (m: string, d: string, kind: string, item: string, paid: number, how: string) =>
      inItem ? [m, d, kind, paid, how] : [m, d, kind, item, paid, how];
    const rows: (string | number)[][] = [
      inItem
        ? ["会员编号", "日期", "项目", "实收", "支付方式"]
        : ["会员编号", "日期", "类型", "项目", "实收", "支付方式"],
    ];
    for (const [m, last] of [
      ["P1", "2026-09-30"],
      ["P2", "2026-11-25"],
    ]) {
      for (const t of ["2026-01-05", "2026-06-05"])
        rows.push(row(m, t, "充值", "十次卡", 3000, "微信"));
      for (let d = parseIsoDate("2026-01-07"); d <= parseIsoDate(last); d += 7)
        rows.push(row(m, isoDate(d), "划卡", "护理", 0, "会员卡"));
    }
    for (let k = 1; k <= 5; k++)
      for (let d = parseIsoDate("2026-01-01") + k; d <= parseIsoDate("2026-11-20"); d += 30)
        rows.push(row(`C${k}`, isoDate(d), "消费", "剪发", 100, "现金"));
    return rows as Grid;
  }
  const customers: Grid = [["会员编号"], ["P1"], ["P2"], ["C1"], ["C2"], ["C3"], ["C4"], ["C5"]];
  const run = (rows: Grid) =>
    analyzeWorkbook(memorySource({ 客户: customers, 交易: rows }), {
      rules: defaultRules(),
      asOf,
    });

  test.each([
    ["a 类型 column", false],
    ["the row type in 项目", true],
  ])(
    "the weekly member who stopped is high on her weekly rhythm, the one who still comes low (%s)",
    async (_, inItem) => {
      const a = await run(book(inItem));
      const c = (id: string) => a.dataset.customers.id.indexOf(id);
      const level = a.classification.analysis.churnLevel;
      expect(level[c("P1")]).toBe(HIGH);
      expect(churnReasonsText(a.classification.analysis, c("P1"), "zh-CN")).toMatch(
        /^超出自身购买周期 \d+ 天（通常约每 [78] 天购买一次，已 61 天未购买）/,
      );
      expect(level[c("P2")]).toBe(LOW);
      // Her card uses are purchase days of the rhythm; her spend is still the top-ups'.
      expect(a.summary.segmentation.spendDays[c("P1")]).toBe(2 + 39);
      expect(a.summary.segmentation.monetary[c("P1")]).toBe(6000);
    },
  );
});
