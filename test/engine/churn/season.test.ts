/**
 * tester66 U236 (lawn and pool clients, as of 2027-01-15): Grace Kim has pool service May–Sep in
 * 2025 and 2026 and was read "Overdue by 53 days against own rhythm (buys about every 54 days)",
 * medium, an urgent retention call on 01-15 and regular calls in the winter; Karen Miller (mowing
 * Apr–Nov) was called every 2 weeks in January and February. A season within the year (two
 * seasons ending at the same time of year, a long gap between them) is no lateness in its
 * off-season: her silence is read against last year's off-season, and her regular contact comes
 * before the next season. Tom and Linda, who stopped mid-season (July, June), stay overdue.
 * Fixture: /work/notes/stop66/tester66/repro/u236-transactions.csv (notes left out).
 */
import { RISK_LEVELS } from "../../../src/engine/analysis";
import { seasonalGap } from "../../../src/engine/aggregate/customerSummary";
import { analyzeWorkbook, type Analysis } from "../../../src/engine/analyze";
import { churnReasonsIn } from "../../../src/engine/churn/reasons";
import { memorySource } from "../../../src/engine/ingest/memorySource";
import { parseIsoDate } from "../../../src/engine/parse/date";
import { followUpsJson } from "../../../src/engine/report/followUpJson";
import { defaultRules } from "../../../src/engine/rules";
import { LAWN_ROWS } from "../helpers/lawn";

const ROWS = LAWN_ROWS;

const lawn = (rows = ROWS): Promise<Analysis> =>
  analyzeWorkbook(
    memorySource({
      Customers: [["Customer ID", "Name"], ...rows.map(([id]) => [id, id])],
      Transactions: [
        ["Customer ID", "Date", "Amount"],
        ...rows.flatMap(([id, amount, days]) => days.map((d) => [id, d, amount])),
      ],
    }),
    { rules: defaultRules(), asOf: parseIsoDate("2027-01-15") },
  );

test("in the off-season a seasonal customer is read against last year's off-season", async () => {
  const a = await lawn();
  const at = (id: string) => a.dataset.customers.id.indexOf(id);
  const codes = (id: string) => churnReasonsIn(a.classification.analysis, at(id), "en-US");
  expect(a.summary.segmentation.offSeasonGap?.[at("GRACE")]).toBe(243);
  expect(a.summary.segmentation.offSeasonGap?.[at("KAREN")]).toBe(151);
  expect(codes("GRACE").map((r) => r.code)).not.toContain("overdue_vs_rhythm");
  // Her season said, not her off-season as a rhythm ("buys about every 243 days": tester66).
  expect(codes("GRACE")[0].text).toBe(
    "Lowers the risk: in its off-season (buys May–Sep each year; last purchase 107 days ago)",
  );
  expect(churnReasonsIn(a.classification.analysis, at("GRACE"), "zh-CN")[0].text).toBe(
    "降低风险：正值淡季（每年5月–9月购买，上次购买在 107 天前）",
  );
  expect(RISK_LEVELS[a.classification.analysis.churnLevel[at("GRACE")]]).toBe("low");
  // Stopped mid-season: no season's end, overdue on their own rhythm as before.
  expect(a.summary.segmentation.offSeasonGap?.[at("TOM")]).toBeNaN();
  expect(a.summary.segmentation.offSeasonGap?.[at("LINDA")]).toBeNaN();
  expect(codes("TOM")[0].text).toMatch(/^Overdue by 107 days against own rhythm/);
  expect(codes("LINDA")[0].text).toMatch(/^Overdue by 156 days against own rhythm/);
  const calls = followUpsJson(a.schedule, a.dataset, "en-US").followUps;
  const all = Array.from({ length: calls.count }, (_, i) => calls.item(i));
  // No winter calls for the seasonal two; the stopped ones are won back first.
  expect(all.filter((x) => x.customerId === "GRACE" || x.customerId === "KAREN")).toEqual([]);
  for (const id of ["TOM", "LINDA"])
    expect(all.find((x) => x.customerId === id)).toMatchObject({
      reason: { code: "win_back" },
      priority: "urgent",
    });
}, 60_000);

test("a seasonal customer's silence is said against her season, in both languages", async () => {
  // The two seasonal clients alone: their silence is a reason of risk (long_since_purchase).
  const a = await lawn(ROWS.slice(0, 2));
  const text = (id: string, lang: "en-US" | "zh-CN") =>
    churnReasonsIn(a.classification.analysis, a.dataset.customers.id.indexOf(id), lang).find(
      (r) => r.code === "long_since_purchase",
    )?.text;
  expect(text("GRACE", "en-US")).toBe(
    "Last purchase 107 days ago (in its off-season: buys May–Sep each year)",
  );
  expect(text("GRACE", "zh-CN")).toBe("上次购买已是 107 天前（正值淡季：每年5月–9月购买）");
  expect(text("KAREN", "en-US")).toBe(
    "Last purchase 46 days ago (in its off-season: buys Apr–Nov each year)",
  );
}, 60_000);

test("a season: two seasons a year apart, a long gap between, silent past her usual gap", () => {
  const grace = {
    days: 10,
    span: 487,
    latest: 243,
    before: 5,
    sinceEnd: 365,
    sinceStart: 365,
    silent: 107,
  };
  expect(seasonalGap(grace)).toBe(243);
  // Stopped in July: 304 days after last season's end.
  expect(seasonalGap({ ...grace, days: 8, span: 426, sinceEnd: 304 })).toBeNaN();
  // One day before the gap (a yearly buyer), or a gap not long against the others.
  expect(seasonalGap({ ...grace, days: 3, before: 1 })).toBeNaN();
  expect(seasonalGap({ ...grace, days: 6, span: 730, before: 3 })).toBeNaN();
  expect(seasonalGap({ ...grace, latest: 80 })).toBeNaN();
  // This "season" began other than a year after the last (one long gap, then a year of buying),
  // or she bought within her usual gap: no season over (the zh judgment fixture's 1002289, 3 days).
  expect(seasonalGap({ ...grace, sinceStart: 200 })).toBeNaN();
  expect(seasonalGap({ ...grace, silent: 3 })).toBeNaN();
});
