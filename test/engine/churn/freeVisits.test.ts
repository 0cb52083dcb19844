/**
 * tester58 U66 (a dental clinic): free revisits (复查 at ¥0) counted as purchase days and halved a
 * six-month rhythm, so patients four to six months after a cleaning read as overdue ("通常约每 95
 * 天购买一次"): 42 patients "at risk", 3 truly. A ¥0 visit is activity (the recency counts from
 * it) but no purchase of the rhythm (SegmentationMeasures.spendDays, churn/features.ts
 * rhythmDays). On judgment's clinic repro (clinicFixture.ts), default weights (56 patients).
 */
import { analyzeWorkbook, type Analysis } from "../../../src/engine/analyze";
import { churnReasonsText } from "../../../src/engine/churn/reasons";
import { memorySource } from "../../../src/engine/ingest/memorySource";
import { defaultRules } from "../../../src/engine/rules";
import { CLINIC_AS_OF, clinic, type ClinicTruth } from "./clinicFixture";

const HIGH = 0;
const MEDIUM = 1;

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
