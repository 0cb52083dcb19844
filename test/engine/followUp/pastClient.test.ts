/**
 * tester61 U116: a renovation company's clients renovate once. 李秀英 and 孙丽 (renovated once,
 * satisfied) were 已流失 and put in the batch 挽回活动 (win-back campaign). Where most customers buy
 * once (overview/oneOff.ts), a churned one-time buyer is a past client (past_client), not for the
 * win-back campaign; a business whose customers come back keeps the campaign.
 */
import { analyzeWorkbook } from "../../../src/engine/analyze";
import type { Grid } from "../../../src/engine/cells";
import { UNSCHEDULED_REASONS, unscheduledText } from "../../../src/engine/followUp/labels";
import { memorySource } from "../../../src/engine/ingest/memorySource";
import { parseIsoDate } from "../../../src/engine/parse/date";
import { defaultRules } from "../../../src/engine/rules";
import { scheduleOf } from "../helpers/scheduleOf";

const asOf = parseIsoDate("2026-12-06");

// One renovation each (one day), most over a year ago; JX07 came back for an extra 16 months on.
const RENOVATIONS: [id: string, days: string[]][] = [
  ["JX01", ["2025-03-10"]],
  ["JX02", ["2024-08-01"]],
  ["JX03", ["2026-08-28"]],
  ["JX07", ["2025-06-10", "2026-11-08"]],
  ["JX09", ["2025-08-20"]],
  ["JX11", ["2025-06-01"]],
  ["JX12", ["2024-03-01"]],
];

async function run(rows: [string, string[]][]) {
  const customers: Grid = [["客户编号", "客户姓名", "联系电话"]];
  const pay: Grid = [["收款日期", "客户编号", "金额"]];
  rows.forEach(([id, days], k) => {
    customers.push([id, `客户${k}`, `1370000${String(k).padStart(4, "0")}`]);
    for (const d of days) pay.push([d, id, 150000]);
  });
  return analyzeWorkbook(memorySource({ 客户: customers, 交易: pay }), {
    rules: defaultRules(),
    asOf,
  });
}

test("a churned one-time client of a one-off business is a past client, not for win-back", async () => {
  const a = await run(RENOVATIONS);
  expect(a.kpis.reading.kind).toBe("one_off");
  // JX02 (2024-08) and JX12 (2024-03): churned, bought once.
  for (const id of ["JX02", "JX12"]) expect(scheduleOf(a, id).listed).toEqual(["past_client"]);
  expect(unscheduledText(UNSCHEDULED_REASONS.indexOf("past_client"), "zh-CN")).toMatch(
    /^老客户：本店客户大多只购买一次/,
  );
  expect(unscheduledText(UNSCHEDULED_REASONS.indexOf("past_client"), "en-US")).toMatch(
    /^A past client: most customers here buy once/,
  );
});

test("where customers come back, a churned one-time buyer is still for the win-back campaign", async () => {
  // Ten more customers buying every month: the business is no one-off.
  const monthly: [string, string[]][] = Array.from({ length: 10 }, (_, k) => [
    `M${k}`,
    Array.from(
      { length: 20 },
      (_, m) =>
        `${2025 + Math.floor((m + 3) / 12)}-${String(((m + 3) % 12) + 1).padStart(2, "0")}-05`,
    ),
  ]);
  const a = await run([...RENOVATIONS, ...monthly]);
  expect(a.kpis.reading.kind).toBe("repeat");
  expect(scheduleOf(a, "JX02").listed).toEqual(["already_churned"]);
});
