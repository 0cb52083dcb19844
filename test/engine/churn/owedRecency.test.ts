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
import { talkingPointText, talkingPoints } from "../../../src/engine/followUp/talkingPoints";
import { followUpsJson } from "../../../src/engine/report/followUpJson";
import { defaultRules } from "../../../src/engine/rules";
import { agencyWorkbook, BRIGHTSIDE } from "../helpers/agency";

const workbook = agencyWorkbook;

const row = (a: Analysis, id: string) => a.dataset.customers.id.map(String).indexOf(id);

test("Brightside's unpaid invoices prove no loyalty: money owed, overdue on its rhythm", async () => {
  const a = await workbook(BRIGHTSIDE);
  const c = row(a, "8802");
  const reasons = churnReasonsIn(a.classification.analysis, c, "en-US");
  expect(reasons.map((r) => r.code)).not.toContain("recent_purchase");
  // Overdue since its November invoice fell due: Net 30 without a due date or terms, as she fell
  // behind (fix69f: one reading, ingest/paymentFailed.ts invoiceDue; was its own day, 11-01).
  expect(reasons[0].text).toBe(
    "Money owed: 1 overdue invoice, 3,000 in all, overdue since 2026-12-01; 1 more not yet due (a payment problem, not a sign of leaving); ask for payment",
  );
  expect(reasons.find((r) => r.code === "overdue_vs_rhythm")?.text).toMatch(
    /^Overdue by 36 days against own rhythm \(buys about every 30 days; last paid-up purchase 66 days ago\)/,
  );
  // Its 66 days are since its last paid-up purchase, said so: the row's Last purchase is 12-01
  // (recencyDays 5 below), and "last purchase 66 days ago" beside it read as a contradiction
  // (tester70 U607).
  expect(
    churnReasonsIn(a.classification.analysis, c, "zh-CN").find(
      (r) => r.code === "overdue_vs_rhythm",
    )?.text,
  ).toMatch(/^超出自身购买周期 36 天（通常约每 30 天购买一次，上次已付清的购买在 66 天前）/);
  expect(a.classification.analysis.churnProbability[c]).toBeGreaterThan(0.5);
  expect(churnReasonsIn(a.classification.analysis, c, "zh-CN")[0].text).toBe(
    "欠款：1 张发票逾期未付，共 3,000，最早逾期自 2026-12-01；另有 1 张未到期（付款问题，不是流失迹象）；请客户付款",
  );
  // The spend still counts the invoices (accrual: REFERENCE, Money owed); the tab's last purchase too.
  expect(a.classification.analysis.monetary[c]).toBe(36_000);
  expect(a.classification.analysis.recencyDays[c]).toBe(5);
  // The call is about the money, first.
  const json = followUpsJson(a.schedule, a.dataset, "en-US");
  const first = json.followUps.item(0);
  expect(first).toMatchObject({ customerId: "8802", date: "2026-12-07", priority: "urgent" });
  expect(first.reason.text).toBe(
    "Money owed (3,000 overdue; 3,000 not yet due): ask for payment (not a retention call)",
  );
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

/**
 * reviewer65 M3 (/work/notes/stop65/reviewer65/gen_owed.py, O1-owed-weekly.xlsx): a weekly buyer
 * of 500 invoiced with a Due Date 30 days on, her 11-06 invoice Overdue (due 12-06) and the four
 * since (11-13 to 12-04) Unpaid, not yet due, read high 99.9 % "last purchase 37 days ago": every
 * unpaid invoice was set aside. Those four are orders she placed before she fell behind: a purchase
 * 2 days ago, within her rhythm; and the money owed is the overdue one, the others said apart.
 */
const weeks: string[] = [];
for (let t = Date.UTC(2026, 0, 2); t <= Date.UTC(2026, 11, 4); t += 7 * 86_400_000)
  weeks.push(new Date(t).toISOString().slice(0, 10));
const plus30 = (iso: string) => new Date(Date.parse(iso) + 30 * 86_400_000).toISOString();
/** A HubSpot-like invoices header with a Due Date (the weekly buyer's and the retainer's). */
const INVOICES_DUE = [
  "Invoice Number",
  "Associated Company IDs",
  "Invoice Date",
  "Due Date",
  "Amount",
  "Invoice Status",
];
/**
 * The weekly buyer's workbook: with the Due Date column (`due`: 30 days on; `dueIn`: that many), a
 * Terms column (`terms`: each invoice's terms), those two with status Unpaid unless paid, overdue by
 * the date or terms alone; or neither (`none`, reviewer66 M8: the statuses say which is Overdue).
 */
const weekly = (
  columns: "due" | "none" | { terms: string } | { dueIn: number } = "due",
): Promise<Analysis> =>
  analyzeWorkbook(
    memorySource({
      Customers: [
        ["Record ID", "Company name"],
        ["9002", "Weekly One Overdue"],
        ["9003", "Weekly Paid"],
      ],
      Invoices: [
        columns === "due" || (typeof columns === "object" && "dueIn" in columns)
          ? INVOICES_DUE
          : INVOICES_DUE.map((h) => (h !== "Due Date" ? h : columns === "none" ? "Memo" : "Terms")),
        ...weeks.flatMap((d, j) =>
          ["9002", "9003"].map((id) => {
            const age = (Date.UTC(2026, 11, 6) - Date.parse(d)) / 86_400_000;
            const status =
              id === "9003" || age > 30
                ? "Paid"
                : age === 30 && typeof columns !== "object"
                  ? "Overdue"
                  : "Unpaid";
            const fourth =
              columns === "due"
                ? plus30(d).slice(0, 10)
                : columns === "none"
                  ? ""
                  : "dueIn" in columns
                    ? new Date(Date.parse(d) + columns.dueIn * 86_400_000)
                        .toISOString()
                        .slice(0, 10)
                    : columns.terms;
            return [`INV-${id}-${j}`, id, d, fourth, "500", status];
          }),
        ),
      ],
    }),
    { rules: defaultRules(), asOf: parseIsoDate("2026-12-06") },
  );

test("a weekly buyer's invoices not yet due, ordered before she fell behind, are her purchases", async () => {
  const a = await weekly();
  const c = row(a, "9002");
  const reasons = churnReasonsIn(a.classification.analysis, c, "en-US");
  expect(reasons.map((r) => r.code)).toContain("recent_purchase");
  expect(reasons.map((r) => r.code)).not.toContain("overdue_vs_rhythm");
  expect(a.classification.analysis.churnProbability[c]).toBeLessThan(0.5);
  // Owed: the overdue invoice; the four not yet due said apart (not "5 unpaid invoices, 2,500").
  expect(reasons.find((r) => r.code === "payment_failed")?.text).toBe(
    "Money owed: 1 overdue invoice, 500 in all, overdue since 2026-12-06; 4 more not yet due (a payment problem, not a sign of leaving); ask for payment",
  );
  expect(
    churnReasonsIn(a.classification.analysis, c, "zh-CN").find((r) => r.code === "payment_failed")
      ?.text,
  ).toBe(
    "欠款：1 张发票逾期未付，共 500，最早逾期自 2026-12-06；另有 4 张未到期（付款问题，不是流失迹象）；请客户付款",
  );
  // Her one invoice fell due today: called about when its grace ends (followUp.moneyOwedGraceDays
  // 15: 12-21), not today (tester70 U609).
  const call = (lang: "en-US" | "zh-CN") => {
    const json = followUpsJson(a.schedule, a.dataset, lang).followUps;
    return Array.from({ length: json.count }, (_, i) => json.item(i)).find(
      (x) => x.customerId === "9002" && x.reason.code === "win_back",
    )!;
  };
  expect(call("en-US")).toMatchObject({ date: "2026-12-21", priority: "urgent" });
  expect(call("en-US").reason.text).toBe(
    "Money owed (500 overdue; 2,000 not yet due): ask for payment (not a retention call)",
  );
  expect(call("zh-CN").reason.text).toBe(
    "逾期欠款 500（另有 2,000 未到期）：请客户付款（不是挽留联系）",
  );
  const points = talkingPoints(a.dataset, a.dataset.asOf);
  expect(talkingPointText(points, a.dataset, c, a.dataset.asOf, "en-US")).toMatch(
    /^1 overdue invoice, 500 owed, overdue since 2026-12-06; 4 more not yet due \(2,000\): ask for payment/,
  );
  expect(talkingPointText(points, a.dataset, c, a.dataset.asOf, "zh-CN")).toMatch(
    /^1 张发票逾期未付，欠款 500，最早逾期自 2026-12-06；另有 4 张未到期（2,000）：请客户付款/,
  );
}, 60_000);

/**
 * reviewer66 M2 (/work/notes/stop66/reviewer66/gen_owed2.py, O2-retainer-net30.xlsx): a retainer
 * billed on the 1st at net 30, paid to October, its 11-01 invoice Overdue (due 12-01) and the 12-01
 * one Unpaid: the seller issued December's invoice the very day November's fell due, and it was read
 * as the client's purchase of 5 days ago (low 4.9 %). Issued on the day the customer fell behind is
 * the seller's billing too.
 */
test("a net-30 retainer's next invoice, issued the day the unpaid one falls due, is no purchase", async () => {
  const firsts = Array.from({ length: 12 }, (_, k) => `2026-${String(k + 1).padStart(2, "0")}-01`);
  const a = await analyzeWorkbook(
    memorySource({
      Customers: [
        ["Record ID", "Company name"],
        ["8001", "Billed the 1st"],
        ["8004", "Paying"],
      ],
      Invoices: [
        INVOICES_DUE,
        ...firsts.flatMap((d, j) =>
          ["8001", "8004"].map((id) => {
            const status =
              d === "2026-12-01"
                ? "Unpaid"
                : d === "2026-11-01" && id === "8001"
                  ? "Overdue"
                  : "Paid";
            return [`INV-${id}-${j}`, id, d, plus30(d).slice(0, 10), "3000", status];
          }),
        ),
      ],
    }),
    { rules: defaultRules(), asOf: parseIsoDate("2026-12-06") },
  );
  const codes = (id: string) =>
    churnReasonsIn(a.classification.analysis, row(a, id), "en-US").map((r) => r.code);
  expect(codes("8001")).not.toContain("recent_purchase");
  expect(codes("8001")).toContain("overdue_vs_rhythm");
  // Paying, only December's not yet due: within its rhythm, as before.
  expect(codes("8004")).toContain("recent_purchase");
}, 60_000);

/**
 * reviewer66 M8 (/work/notes/stop66/reviewer66, O1 without its Due Date column): the weekly buyer's
 * 11-06 invoice Overdue and the four since Unpaid, on a sheet with no due date, read high 99.9 %
 * "last purchase 37 days ago": the day she fell behind was taken as the invoice's own day, so every
 * order since was the seller's billing. Without a due date or terms the invoice is taken as due 30
 * days on (churn/owedRecency.ts UNSTATED_TERMS_DAYS): the four are her orders. Brightside, truly
 * behind, has no Due Date column either (above): still high.
 */
test("without a due date, the weekly buyer's orders since her one overdue invoice are purchases", async () => {
  const a = await weekly("none");
  const c = row(a, "9002");
  const reasons = churnReasonsIn(a.classification.analysis, c, "en-US");
  expect(reasons.map((r) => r.code)).toContain("recent_purchase");
  expect(reasons.map((r) => r.code)).not.toContain("overdue_vs_rhythm");
  expect(reasons.map((r) => r.code)).toContain("payment_failed");
  expect(a.classification.analysis.churnProbability[c]).toBeLessThan(0.5);
}, 60_000);

/**
 * A Terms column (QuickBooks' Net 14) gives the due dates a sheet without them leaves out: the
 * weekly buyer's Unpaid invoices of 11-06, 11-13 and 11-20 are past their 14 days on 12-06, money
 * owed since 11-20; before, no status said Overdue and nothing was owed.
 */
test("a Terms column's Net 14 makes the unpaid invoices past it money owed", async () => {
  const a = await weekly({ terms: "Net 14" });
  const c = row(a, "9002");
  expect(
    churnReasonsIn(a.classification.analysis, c, "en-US").find((r) => r.code === "payment_failed")
      ?.text,
  ).toBe(
    "Money owed: 3 overdue invoices, 1,500 in all, overdue since 2026-11-20; 2 more not yet due (a payment problem, not a sign of leaving); ask for payment",
  );
  // The paying one owes nothing.
  expect(
    churnReasonsIn(a.classification.analysis, row(a, "9003"), "en-US").map((r) => r.code),
  ).not.toContain("payment_failed");
}, 60_000);

/**
 * reviewer67 M2: terms in their other usual spellings were read as none (so Net 30): on "Net 14
 * Days" nothing was owed, as on Net 14 three invoices; COD or 月结 (month-end) owed nothing.
 */
test.each([
  ["Net 14 Days", "3 overdue invoices, 1,500 in all, overdue since 2026-11-20; 2 more not yet due"],
  ["net-14", "3 overdue invoices, 1,500 in all, overdue since 2026-11-20; 2 more not yet due"],
  ["n/14", "3 overdue invoices, 1,500 in all, overdue since 2026-11-20; 2 more not yet due"],
  ["14日", "3 overdue invoices, 1,500 in all, overdue since 2026-11-20; 2 more not yet due"],
  ["COD", "5 unpaid invoices, 2,500 in all, overdue since 2026-11-06"],
  ["月结", "4 overdue invoices, 2,000 in all, overdue since 2026-11-30; 1 more not yet due"],
])(
  "Terms %s give the money owed: %s",
  async (terms, owed) => {
    const a = await weekly({ terms });
    expect(
      churnReasonsIn(a.classification.analysis, row(a, "9002"), "en-US").find(
        (r) => r.code === "payment_failed",
      )?.text,
    ).toBe(`Money owed: ${owed} (a payment problem, not a sign of leaving); ask for payment`);
  },
  60_000,
);

/**
 * reviewer67 H2: with terms shorter than the month (Net 14, Net 7, Due on receipt, a Due Date a
 * fortnight on) the weekly buyer, paying at 30 days and ordering 2 days ago, fell behind by her
 * terms three weeks ago, every order since was read as the seller's billing and she read high
 * 99.0 % "Overdue by 30 days against own rhythm (… last purchase 37 days ago)"; "Net 14 Days" (read
 * as no terms) low 6.9 %. Paid within the month she is late, not leaving: an overdue invoice is set
 * aside, with every one issued since, only once a month unpaid (churn/owedRecency.ts). The money
 * past its terms is still said owed.
 */
test.each<[string, { terms: string } | { dueIn: number }]>([
  ["Net 14", { terms: "Net 14" }],
  ["Net 14 Days", { terms: "Net 14 Days" }],
  ["14 Days", { terms: "14 Days" }],
  ["Net 21", { terms: "Net 21" }],
  ["Net 7", { terms: "Net 7" }],
  ["Due on receipt", { terms: "Due on receipt" }],
  ["COD", { terms: "COD" }],
  ["a Due Date 14 days on", { dueIn: 14 }],
])(
  "the weekly buyer on %s, paying within the month, is judged by her order 2 days ago",
  async (_, columns) => {
    const a = await weekly(columns);
    const c = row(a, "9002");
    const reasons = churnReasonsIn(a.classification.analysis, c, "en-US");
    expect(reasons.map((r) => r.code)).toContain("recent_purchase");
    expect(reasons.map((r) => r.code)).not.toContain("overdue_vs_rhythm");
    expect(reasons.find((r) => r.code === "recent_purchase")?.text).toMatch(
      /last purchase 2 days ago/,
    );
    expect(reasons.find((r) => r.code === "payment_failed")?.text).toMatch(
      /^Money owed: \d (overdue|unpaid) invoices?, /,
    );
    expect(a.classification.analysis.churnProbability[c]).toBeLessThan(0.5);
  },
  60_000,
);

/** Brightside on the same terms: its November invoice a month unpaid, still behind (high 90.5 %). */
test.each(["Net 14", "Due on receipt", "COD", "Net 30"])(
  "Brightside on %s terms is still behind: overdue on its rhythm",
  async (terms) => {
    const a = await workbook(BRIGHTSIDE, terms);
    const c = row(a, "8802");
    const reasons = churnReasonsIn(a.classification.analysis, c, "en-US");
    expect(reasons.map((r) => r.code)).not.toContain("recent_purchase");
    expect(reasons.find((r) => r.code === "overdue_vs_rhythm")?.text).toMatch(
      /^Overdue by 36 days against own rhythm \(buys about every 30 days; last paid-up purchase 66 days ago\)/,
    );
    expect(a.classification.analysis.churnProbability[c]).toBeGreaterThan(0.8);
  },
  60_000,
);

/**
 * tester70 U607 (/work/notes/stop70/tester70/coffee/gen.py: Ridgeline Coffee Roasters' QuickBooks
 * Invoice List): a café invoiced every 14 days at amounts that vary with its order (Net 30), paid to
 * mid-August and every invoice since unpaid (Overdue past its due date, Open not yet), read high
 * 99.9 % "Overdue by 101 days against own rhythm (… last purchase 115 days ago)" beside its Last
 * purchase 2026-11-28: every invoice since it fell behind was set aside as the seller's billing. A
 * retainer bills one amount; these are orders it placed and received: low, within its rhythm, the
 * money owed still said first of what to do. A café paying on time beside it, as before.
 */
test("a café paying late, its invoices of varying amounts every 14 days, is judged by its order 2 days ago", async () => {
  const asOf = Date.UTC(2026, 10, 30);
  const day = (t: number) => new Date(t).toISOString().slice(0, 10);
  const mdy = (t: number) => {
    const [y, m, d] = day(t).split("-");
    return `${m}/${d}/${y}`;
  };
  const rows: string[][] = [];
  // Fortnightly from 2025-01-11 to 2026-11-28: 50 invoices each, of 270 to 480 (the café's orders).
  for (let t = Date.UTC(2025, 0, 11), k = 0; t <= asOf; t += 14 * 86_400_000, k++)
    for (const id of ["North Star Bistro", "Harbor Deli"]) {
      const due = t + 30 * 86_400_000;
      const late = id === "North Star Bistro" && t >= Date.UTC(2026, 7, 15);
      const status = !late ? "Paid" : due < asOf ? "Overdue" : "Open";
      const amount = (270 + ((k * 37 + id.length * 11) % 211)).toFixed(2);
      rows.push([mdy(t), String(1000 + rows.length), id, mdy(due), "Net 30", amount, status]);
    }
  const a = await analyzeWorkbook(
    memorySource({
      Customers: [
        ["Customer ID", "Company"],
        ["North Star Bistro", "North Star Bistro"],
        ["Harbor Deli", "Harbor Deli"],
      ],
      "Invoice List": [
        ["Date", "Invoice No", "Customer ID", "Due Date", "Terms", "Amount", "Status"],
        ...rows,
      ],
    }),
    { rules: defaultRules(), asOf: parseIsoDate("2026-11-30") },
  );
  for (const id of ["North Star Bistro", "Harbor Deli"]) {
    const c = row(a, id);
    const reasons = churnReasonsIn(a.classification.analysis, c, "en-US");
    expect(reasons.map((r) => r.code)).not.toContain("overdue_vs_rhythm");
    expect(reasons.find((r) => r.code === "recent_purchase")?.text).toBe(
      "Lowers the risk: within its own rhythm (buys about every 14 days; last purchase 2 days ago)",
    );
    expect(a.classification.analysis.churnProbability[c]).toBeLessThan(0.5);
  }
  const late = row(a, "North Star Bistro");
  expect(
    churnReasonsIn(a.classification.analysis, late, "en-US").find(
      (r) => r.code === "payment_failed",
    )?.text,
  ).toMatch(
    /^Money owed: \d+ overdue invoices, [\d,]+ in all, overdue since 2026-09-21; 3 more not yet due/,
  );
}, 60_000);
