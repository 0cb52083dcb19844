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
import { FOLLOW_UP_REASONS } from "../../../src/engine/rules/followUpCodes";
import { RISK_LEVELS } from "../../../src/engine/analysis";
import { atRiskInputsOf, atRiskTable } from "../../../src/engine/report/atRiskTab";
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

/**
 * fix62d's note: a one-off client not churned yet (周强, one renovation 359 days ago) still got a
 * retention call, high 87 % "overdue". In a business whose customers buy once, a client who
 * bought once has nothing left to be kept for: no retention call, at any level; the regular contact
 * stays (a thank-you, a request for referrals), and the At-risk row says why it has no call.
 */
test("a one-off client not churned yet gets no retention call, and the row says why", async () => {
  // Two clients came back about 200 days on: the customers' usual gap is shorter than a year, so
  // JX05 (330 days) and JX06 (289 days) read high and late.
  const back: [string, string[]][] = [
    ["JX07", ["2025-01-10", "2025-07-29"]],
    ["JX08", ["2024-12-01", "2025-06-19"]],
    ["JX13", ["2024-05-01"]],
    ["JX14", ["2025-02-01"]],
  ];
  const a = await run([
    ...RENOVATIONS.filter(([id]) => id !== "JX07"),
    ...back,
    ["JX05", ["2026-01-10"]],
    ["JX06", ["2026-02-20"]],
  ]);
  expect(a.kpis.reading.kind).toBe("one_off");
  const reasonsOf = (id: string) => {
    const c = a.dataset.customers.id.indexOf(id);
    const f = a.schedule.followUps;
    return Array.from(f.customer, (k, i) => (k === c ? FOLLOW_UP_REASONS[f.reason[i]] : "")).filter(
      (r) => r !== "",
    );
  };
  for (const id of ["JX05", "JX06"]) {
    const c = a.dataset.customers.id.indexOf(id);
    expect([id, RISK_LEVELS[a.classification.analysis.churnLevel[c]]]).toEqual([id, "high"]);
    // Before: win_back (urgent), then the regular contact.
    expect([id, reasonsOf(id)]).toEqual([id, reasonsOf(id).map(() => "cadence")]);
    expect(reasonsOf(id).length).toBeGreaterThan(0);
  }
  const row = (lang: "zh-CN" | "en-US") => {
    const tab = atRiskTable(atRiskInputsOf(a), lang);
    return tab.rows(0, tab.rowCount).find((r) => r[0] === "JX05")!;
  };
  expect(String(row("zh-CN")[8])).toMatch(
    /^老客户：本店客户大多只购买一次，此客户也是；未再购买不算流失迹象，不做挽留联系/,
  );
  expect(String(row("en-US")[8])).toMatch(
    /^Past client: most customers here buy once, and so did this one; no purchase since is no sign of leaving, so no retention call/,
  );
});
