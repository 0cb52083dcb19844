/**
 * tester64 U189, Granite Builders: one 25,000 website build (2026-03-20), then 1,500 of annual
 * hosting 43 days later, read "Overdue by 175 days against own rhythm (buys about every 43 days)".
 * Two purchases of very different size (the larger 5× the smaller or more: UNEVEN_PAIR_RATIO) are
 * no rhythm of its own: read against the customers' usual gap, as a one-time buyer is. Two of like
 * size keep theirs. Fixture: a few companies of tester64's agency workbook
 * (/work/notes/stop64/tester64/agency/gen.js), as of 2026-12-06, default weights.
 */
import { unevenPair } from "../../../src/engine/aggregate/customerSummary";
import { analyzeWorkbook, type Analysis } from "../../../src/engine/analyze";
import { churnReasonsIn } from "../../../src/engine/churn/reasons";
import { memorySource } from "../../../src/engine/ingest/memorySource";
import { parseIsoDate } from "../../../src/engine/parse/date";
import { followUpsJson } from "../../../src/engine/report/followUpJson";
import { defaultRules } from "../../../src/engine/rules";

const RETAINERS = [
  ["8801", 4500],
  ["8806", 800],
  ["8808", 1800],
] as const;
const months = Array.from({ length: 12 }, (_, k) => `2026-${String(k + 1).padStart(2, "0")}-01`);

const workbook = (hosting: number): Promise<Analysis> =>
  analyzeWorkbook(
    memorySource({
      Customers: [
        ["Record ID", "Company name"],
        ...[...RETAINERS.map(([id]) => id), "8807"].map((id) => [id, id]),
      ],
      Invoices: [
        ["Associated Company IDs", "Invoice Date", "Amount"],
        ...RETAINERS.flatMap(([id, amount]) => months.map((d) => [id, d, amount])),
        ["8807", "2026-03-20", 25_000],
        ["8807", "2026-05-02", hosting],
      ],
    }),
    { rules: defaultRules(), asOf: parseIsoDate("2026-12-06") },
  );

const granite = (a: Analysis, lang: "zh-CN" | "en-US" = "en-US") =>
  churnReasonsIn(a.classification.analysis, a.dataset.customers.id.indexOf("8807"), lang);

test("a build and its hosting are no rhythm: read against the customers' usual gap", async () => {
  const a = await workbook(1500);
  const overdue = granite(a).find((r) => r.code === "overdue_vs_rhythm")?.text;
  expect(overdue).toBe(
    "Bought on 2 days of very different amounts (no rhythm of its own), the last 218 days ago; overdue by 188 days against the usual gap between purchases (30 days, all customers)",
  );
  expect(granite(a, "zh-CN").find((r) => r.code === "overdue_vs_rhythm")?.text).toBe(
    "仅两天有购买且金额相差很大（不构成自身的购买周期），已 218 天未再购买，超出所有客户通常的购买间隔（30 天）188 天",
  );
  expect(a.summary.segmentation.unevenPair?.[a.dataset.customers.id.indexOf("8807")]).toBe(1);
}, 60_000);

test("two purchases of like size keep their own rhythm", async () => {
  const a = await workbook(20_000);
  expect(granite(a).find((r) => r.code === "overdue_vs_rhythm")?.text).toMatch(
    /^Overdue by 175 days against own rhythm \(buys about every 43 days/,
  );
});

test("uneven: the larger at least 5× the smaller", () => {
  expect(unevenPair(25_000, 1_500)).toBe(true);
  expect(unevenPair(1_000, 5_000)).toBe(true);
  expect(unevenPair(1_000, 4_999)).toBe(false);
  expect(unevenPair(0, 500)).toBe(false);
  expect(unevenPair(NaN, 500)).toBe(false);
});

/**
 * tester64 U189 again (stop 66): against the retainers' 30-day gap Granite was still high 90.9 %
 * and the day's first urgent call, ahead of accounts overdue on their own rhythm. With other
 * customers of two days of like size (the agency's project clients: Cobalt 268 days apart,
 * Ironwood 181, Harbor 19) an uneven pair is read against their usual gap (lifecycle/rhythm.ts
 * pairGap: 181), and with no rhythm of its own it gets no retention call nor an urgent overdue
 * key-account contact below high risk: its regular contact, after the urgent calls.
 */
test("a build and its hosting beside project clients: read against their gap, no urgent call", async () => {
  const a = await analyzeWorkbook(
    memorySource({
      Customers: [
        ["Record ID", "Company name"],
        ...["8801", "8806", "8808", "8804", "8803", "8809", "8810", "8807"].map((id) => [id, id]),
      ],
      Invoices: [
        ["Associated Company IDs", "Invoice Date", "Amount"],
        ...RETAINERS.flatMap(([id, amount]) => months.map((d) => [id, d, amount])),
        // A retainer that stopped in September: overdue on its own 30-day rhythm.
        ...months.slice(0, 9).map((d) => ["8804", d, 2500]),
        ["8803", "2025-09-15", 12_000],
        ["8803", "2026-06-10", 8_000],
        ["8809", "2026-02-03", 10_000],
        ["8809", "2026-08-03", 5_000],
        ["8810", "2026-11-12", 6_000],
        ["8810", "2026-12-01", 3_500],
        ["8807", "2026-03-20", 25_000],
        ["8807", "2026-05-02", 1_500],
      ],
    }),
    { rules: defaultRules(), asOf: parseIsoDate("2026-12-06") },
  );
  expect(a.classification.pairGapDays).toBe(181);
  expect(granite(a).find((r) => r.code === "overdue_vs_rhythm")?.text).toBe(
    "Bought on 2 days of very different amounts (no rhythm of its own), the last 218 days ago; overdue by 37 days against the usual gap of customers who bought on 2 days (181 days)",
  );
  expect(granite(a, "zh-CN").find((r) => r.code === "overdue_vs_rhythm")?.text).toBe(
    "仅两天有购买且金额相差很大（不构成自身的购买周期），已 218 天未再购买，超出同样只有两天购买的客户通常的间隔（181 天）37 天",
  );
  const c = a.dataset.customers.id.indexOf("8807");
  expect(a.classification.analysis.churnProbability[c]).toBeLessThan(0.8);
  const calls = followUpsJson(a.schedule, a.dataset, "en-US").followUps;
  const all = Array.from({ length: calls.count }, (_, i) => calls.item(i));
  const hers = all.filter((x) => x.customerId === "8807");
  expect(hers.length).toBeGreaterThan(0);
  expect(hers.map((x) => x.reason.code)).not.toContain("win_back");
  expect(hers.map((x) => x.reason.code)).not.toContain("key_account_overdue");
  // The retainer overdue on its own rhythm is called first.
  const stopped = all.findIndex((x) => x.customerId === "8804");
  expect(all[stopped]).toMatchObject({ reason: { code: "win_back" }, priority: "urgent" });
  expect(stopped).toBeLessThan(all.findIndex((x) => x.customerId === "8807"));
}, 60_000);
