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
