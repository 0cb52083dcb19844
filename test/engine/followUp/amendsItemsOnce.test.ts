/**
 * speed68: the talking points' amends (talkingPoints.ts amendsOf) asked saysAmends of every sales
 * row's item, a million times in a 100k workbook of 12 items (130-180 ms of CPU at load 21).
 * Now each item is asked once; what is said is amends.test's (unchanged).
 */
import { analyzeWorkbook } from "../../../src/engine/analyze";
import type { Grid } from "../../../src/engine/cells";
import { talkingPoints } from "../../../src/engine/followUp/talkingPoints";
import * as contactOutcome from "../../../src/engine/ingest/contactOutcome";
import { memorySource } from "../../../src/engine/ingest/memorySource";
import { epochDay } from "../../../src/engine/parse/date";
import { defaultRules } from "../../../src/engine/rules";

const asOf = epochDay(2026, 12, 6);

test("each item of the sales sheet is asked whether it says amends once, not once per row", async () => {
  const customers: Grid = [["客户编号", "姓名", "手机"]];
  const sales: Grid = [["日期", "客户编号", "项目", "金额"]];
  for (let k = 1; k <= 6; k++) {
    customers.push([`C${k}`, `客户${k}`, `1390000000${k}`]);
    for (let m = 1; m <= 11; m++)
      sales.push([`2026-${String(m).padStart(2, "0")}-12`, `C${k}`, k % 2 ? "干洗" : "水洗", 120]);
  }
  sales.push(["2026-10-14", "C1", "赔偿", -200]);
  const a = await analyzeWorkbook(memorySource({ 客户: customers, 交易: sales }), {
    rules: defaultRules(),
    asOf,
  });
  const asked = jest.spyOn(contactOutcome, "saysAmends");
  try {
    const points = talkingPoints(a.dataset, asOf);
    // Not vacuous: the 赔偿 row is C1's amends, as before.
    const c1 = a.dataset.customers.id.indexOf("C1");
    expect(points.amends?.text[c1]).toBe("赔偿 200");
    const times = new Map<string, number>();
    for (const [text] of asked.mock.calls) times.set(text, (times.get(text) ?? 0) + 1);
    // Before: 干洗 33, 水洗 33, 赔偿 1.
    expect(Object.fromEntries(times)).toEqual({ 干洗: 1, 水洗: 1, 赔偿: 1 });
  } finally {
    asked.mockRestore();
  }
});
