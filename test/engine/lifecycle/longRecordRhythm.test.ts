/**
 * tester69 U500 (/work/notes/stop69/tester69/florist/ as of 2026-11-30): a florist whose customers are
 * mostly holiday buyers (Valentine's, Mother's Day, 七夕: a population rhythm of ~120 days) and a few
 * corporate accounts that take office flowers every Monday. HY006 bought every 7 days for 2½ years
 * and missed five Mondays: it read low 8 %, "within its rhythm (about every 34 days)", because every
 * rhythm was floored at a quarter of the population's. The floor guards a rhythm read from a few
 * gaps; a long weekly record keeps its own rhythm.
 */
import { analyzeWorkbook, type Analysis } from "../../../src/engine/analyze";
import type { Grid } from "../../../src/engine/cells";
import { churnReasonsIn } from "../../../src/engine/churn/reasons";
import { memorySource } from "../../../src/engine/ingest/memorySource";
import { robustRhythms } from "../../../src/engine/lifecycle/rhythm";
import { isoDate, parseIsoDate } from "../../../src/engine/parse/date";
import { defaultRules } from "../../../src/engine/rules";
import { RISK_LEVELS } from "../../../src/engine/analysis";

const asOf = parseIsoDate("2026-11-30");

async function florist(): Promise<Analysis> {
  const customers: Grid = [["客户编号", "客户名称"]];
  const sales: Grid = [["日期", "客户编号", "金额"]];
  const add = (id: string, days: number[], amount: number) => {
    customers.push([id, `客户${id}`]);
    for (const d of days) sales.push([isoDate(d), id, amount]);
  };
  // 60 holiday buyers: Valentine's, Mother's Day and 七夕 in 2024–2026.
  const holidays = ["02-14", "05-10", "08-20"];
  for (let k = 0; k < 60; k++) {
    const days: number[] = [];
    for (const y of [2024, 2025, 2026])
      for (const h of holidays)
        if ((k + y + h.length) % 3 !== 0) days.push(parseIsoDate(`${y}-${h}`));
    add(`H${k}`, days, 199 + k);
  }
  // Four weekly accounts every Monday since 2024-04-01; W1 stopped after 2026-10-26.
  const monday = parseIsoDate("2024-04-01");
  for (let k = 0; k < 4; k++) {
    const stop = k === 1 ? parseIsoDate("2026-10-26") : asOf - 7 + k;
    const days: number[] = [];
    for (let d = monday + k; d <= stop; d += 7) days.push(d);
    add(`W${k}`, days, 380);
  }
  return analyzeWorkbook(memorySource({ 客户: customers, 销售: sales }), {
    rules: defaultRules(),
    asOf,
  });
}

describe("a long record keeps its own rhythm (tester69 U500)", () => {
  it("robustRhythms: the population floor holds in full for a few gaps and fades beyond", () => {
    const rules = { ...defaultRules().lifecycle.typicalGap };
    // Population rhythm 120 (three customers of 120-day gaps), floor 30.
    const purchaseDays = Int32Array.of(3, 3, 3, 5, 131);
    const firstDay = Float64Array.of(0, 0, 0, 0, 0);
    const last = { asOf: 1000, recencyDays: Float64Array.of(760, 760, 760, 980, 90) };
    const { rhythm, population } = robustRhythms(purchaseDays, firstDay, last, rules);
    expect(population).toBe(120);
    expect(rhythm[3]).toBe(30); // four 5-day gaps: (20 + 120) / 5 = 28, floored at a quarter of 120
    expect(rhythm[4]).toBeCloseTo((910 + 120) / 131, 6); // 130 weekly gaps: her own ~7.9 days
  });

  it("a burst of orders shorter than the population's rhythm keeps the floor (reviewer69 M9)", () => {
    // 8 orders in 14 days (a wedding planner's one event) against 2½ years of Mondays.
    const rules = { ...defaultRules().lifecycle.typicalGap };
    const purchaseDays = Int32Array.of(3, 3, 3, 8);
    const firstDay = Float64Array.of(0, 0, 0, 900);
    const last = { asOf: 1000, recencyDays: Float64Array.of(760, 760, 760, 86) };
    const { rhythm } = robustRhythms(purchaseDays, firstDay, last, rules);
    expect(rhythm[3]).toBe(30); // (14 + 120) / 8 = 16.75, floored at a quarter of 120
  });

  let a: Analysis;
  beforeAll(async () => {
    a = await florist();
  }, 60_000);
  const row = (id: string) => a.dataset.customers.id.indexOf(id);
  const level = (id: string) => RISK_LEVELS[a.classification.analysis.churnLevel[row(id)]];

  it("a weekly account silent six weeks is high risk, its reason says weekly, zh-CN and en-US", () => {
    expect(level("W1")).toBe("high");
    const en = churnReasonsIn(a.classification.analysis, row("W1"), "en-US")[0].text;
    expect(en).toMatch(/buys about every [78] days/);
    expect(en).not.toMatch(/34 days/);
    expect(churnReasonsIn(a.classification.analysis, row("W1"), "zh-CN")[0].text).toMatch(
      /通常约每 [78] 天购买一次/,
    );
  });

  it("the weekly accounts still buying stay low", () => {
    for (const id of ["W0", "W2", "W3"]) expect(level(id)).toBe("low");
  });
});
