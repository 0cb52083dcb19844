/**
 * tester64 U188, Brightside Realty: a monthly retainer paid to October, its November invoice
 * Overdue and December's Unpaid, read low 7 % with "Lowers the risk: within its own rhythm (buys
 * about every 30 days; last purchase 5 days ago)": the invoices it had not paid proved its loyalty.
 * Money owed is the reason now and the unpaid invoices no purchase the rhythm is kept by
 * (churn/owedRecency.ts): last paid 66 days ago, overdue against its 30-day rhythm. The spend still
 * counts them (accrual). Fixture: a few companies of tester64's agency workbook
 * (/work/notes/stop64/tester64/agency/gen.js: HubSpot invoices, MM/DD/YYYY), as of 2026-12-06.
 */
import { analyzeWorkbook, type Analysis } from "../../../src/engine/analyze";
import { churnReasonsIn } from "../../../src/engine/churn/reasons";
import { memorySource } from "../../../src/engine/ingest/memorySource";
import { parseIsoDate } from "../../../src/engine/parse/date";
import { followUpsJson } from "../../../src/engine/report/followUpJson";
import { defaultRules } from "../../../src/engine/rules";

const COMPANIES = [
  ["8801", "Acme Dental Group", 4500],
  ["8802", "Brightside Realty", 3000],
  ["8803", "Fjord Coffee Co", 800],
  ["8804", "Ironwood Capital", 1500],
  ["8805", "Harbor Pediatrics", 2200],
] as const;
const months = Array.from({ length: 19 }, (_, k) => {
  const m = (6 + k) % 12;
  return `${m === 0 ? 12 : m}`.padStart(2, "0") + "/01/" + (k < 7 ? "2025" : "2026");
});

const workbook = (status: (id: string, day: string) => string): Promise<Analysis> =>
  analyzeWorkbook(
    memorySource({
      Customers: [["Record ID", "Company name"], ...COMPANIES.map(([id, name]) => [id, name])],
      Invoices: [
        ["Invoice Number", "Associated Company IDs", "Invoice Date", "Amount", "Invoice Status"],
        ...COMPANIES.flatMap(([id, , amount], k) =>
          months.map((d, j) => [`INV-${k}${j}`, id, d, `$${amount}.00`, status(id, d)]),
        ),
      ],
    }),
    { rules: defaultRules(), asOf: parseIsoDate("2026-12-06") },
  );

const BRIGHTSIDE = (id: string, day: string) =>
  id !== "8802"
    ? "Paid"
    : day === "11/01/2026"
      ? "Overdue"
      : day === "12/01/2026"
        ? "Unpaid"
        : "Paid";

const row = (a: Analysis, id: string) => a.dataset.customers.id.map(String).indexOf(id);

test("Brightside's unpaid invoices prove no loyalty: money owed, overdue on its rhythm", async () => {
  const a = await workbook(BRIGHTSIDE);
  const c = row(a, "8802");
  const reasons = churnReasonsIn(a.classification.analysis, c, "en-US");
  expect(reasons.map((r) => r.code)).not.toContain("recent_purchase");
  expect(reasons[0].text).toBe(
    "Money owed: 2 unpaid invoices, 6,000 in all, overdue since 2026-11-01 (a payment problem, not a sign of leaving); ask for payment",
  );
  expect(reasons.find((r) => r.code === "overdue_vs_rhythm")?.text).toMatch(
    /^Overdue by 36 days against own rhythm \(buys about every 30 days; last purchase 66 days ago\)/,
  );
  expect(a.classification.analysis.churnProbability[c]).toBeGreaterThan(0.5);
  expect(churnReasonsIn(a.classification.analysis, c, "zh-CN")[0].text).toBe(
    "欠款：2 张发票未付，共 6,000，最早逾期自 2026-11-01（付款问题，不是流失迹象）；请客户付款",
  );
  // The spend still counts the invoices (accrual: REFERENCE, Money owed); the tab's last purchase too.
  expect(a.classification.analysis.monetary[c]).toBe(36_000);
  expect(a.classification.analysis.recencyDays[c]).toBe(5);
  // The call is about the money, first.
  const json = followUpsJson(a.schedule, a.dataset, "en-US");
  const first = json.followUps.item(0);
  expect(first).toMatchObject({ customerId: "8802", date: "2026-12-07", priority: "urgent" });
  expect(first.reason.text).toBe("Money owed (6,000): ask for payment (not a retention call)");
}, 60_000);

test("paid up, or only this month's invoice not yet paid: judged as before", async () => {
  const paid = await workbook(() => "Paid");
  const open = await workbook((id, day) =>
    id === "8802" && day === "12/01/2026" ? "Unpaid" : "Paid",
  );
  for (const a of [paid, open]) {
    const c = row(a, "8802");
    expect(a.classification.analysis.churnProbability[c]).toBeLessThan(0.5);
    expect(churnReasonsIn(a.classification.analysis, c, "en-US")[0].code).toBe("recent_purchase");
  }
}, 60_000);
