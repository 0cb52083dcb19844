/**
 * A Shopify orders export with orders on payment terms (tester69 U521; rows cut down from
 * /work/notes/stop69/tester69/print/pending/orders_export_1.csv and customers_export.csv): a B2B
 * account's order `Financial Status: pending` (Net 30, manual payment, `Paid at` blank) with
 * `Fulfillment Status: fulfilled` was read as "voided, cancelled, closed or open" and dropped: St.
 * Mary's Hospital lost its latest order ($1,180 of 2026-09-13) and turned Medium. Delivered and
 * awaiting payment is a purchase owed. A `pending` order not delivered (newuser70 N2) was no
 * purchase either, and said "voided": it is an order placed, read at 0 on its day, its money not yet.
 */
import { analyzeWorkbook } from "../../../src/engine/analyze";
import type { Grid } from "../../../src/engine/cells";
import { churnReasonsIn } from "../../../src/engine/churn/reasons";
import { defaultRules } from "../../../src/engine/rules";
import { memoryColumnSource, memorySource } from "../../../src/engine/ingest/memorySource";
import {
  deliveredAwaitingPayment,
  placedAwaitingPayment,
} from "../../../src/engine/ingest/rowKinds";
import { ingestWorkbook } from "../../../src/engine/ingest/workbook";
import { epochDay, isoDate } from "../../../src/engine/parse/date";

const asOf = epochDay(2026, 11, 30);
const each = [memorySource, memoryColumnSource].map((s) => [s.name, s] as const);

const customers: Grid = [
  ["Customer ID", "First Name", "Last Name", "Email", "Default Address Company", "Total Orders"],
  ["7204388475371", "Matthew", "Davis", "mdavis@st..org", "St. Mary's Hospital", "14"],
  ["7204388714224", "William", "White", "wwhite@valley.org", "Valley Realtors Assoc.", "9"],
];
const header = [
  "Name",
  "Email",
  "Financial Status",
  "Paid at",
  "Fulfillment Status",
  "Total",
  "Created at",
  "Lineitem quantity",
  "Lineitem name",
  "Lineitem price",
  "Payment Method",
];
const orders: Grid = [
  header,
  // Net 30, delivered, not paid yet: a purchase owed (two line items, the second line blank but for
  // its item, read as its order's: 3 rows of 2 orders said).
  [
    "#2099",
    "wwhite@valley.org",
    "pending",
    "",
    "fulfilled",
    "2070.00",
    "2026-09-03 14:40:40 -0800",
    "1",
    "Envelopes #10 (5000)",
    "890.00",
    "Net 30 (manual)",
  ],
  [
    "#2099",
    "wwhite@valley.org",
    "",
    "",
    "",
    "",
    "2026-09-03 14:40:40 -0800",
    "1",
    "Posters 18x24 (200)",
    "1180.00",
    "",
  ],
  [
    "#2098",
    "wwhite@valley.org",
    "paid",
    "2026-06-19 08:29:18 -0800",
    "fulfilled",
    "760.00",
    "2026-06-19 08:29:18 -0800",
    "1",
    "Letterhead (5000)",
    "760.00",
    "Shopify Payments",
  ],
  [
    "#2059",
    "mdavis@st..org",
    "pending",
    "",
    "fulfilled",
    "1180.00",
    "2026-09-13 16:20:36 -0800",
    "1",
    "Posters 18x24 (200)",
    "1180.00",
    "Net 30 (manual)",
  ],
  [
    "#2058",
    "mdavis@st..org",
    "paid",
    "2026-06-12 10:02:11 -0800",
    "fulfilled",
    "1420.00",
    "2026-06-12 10:02:11 -0800",
    "1",
    "Posters 18x24 (200)",
    "1420.00",
    "Shopify Payments",
  ],
  // Pending and not delivered (an order awaiting a bank transfer before printing): an order placed,
  // at 0 until paid (newuser70 N2).
  [
    "#2100",
    "mdavis@st..org",
    "pending",
    "",
    "unfulfilled",
    "300.00",
    "2026-11-28 09:00:00 -0800",
    "1",
    "Business Cards (500)",
    "300.00",
    "Bank Deposit",
  ],
  [
    "#2101",
    "wwhite@valley.org",
    "voided",
    "",
    "unfulfilled",
    "95.00",
    "2026-10-02 09:00:00 -0800",
    "1",
    "Church Bulletins (300)",
    "95.00",
    "Shopify Payments",
  ],
];

describe("Shopify: an order delivered on payment terms is a purchase owed (tester69 U521)", () => {
  test("pending with fulfilled is delivered awaiting payment; with unfulfilled it is not", () => {
    expect(deliveredAwaitingPayment("pending", "fulfilled")).toBe(true);
    expect(deliveredAwaitingPayment("Pending", "partial")).toBe(true);
    expect(deliveredAwaitingPayment("pending", "unfulfilled")).toBe(false);
    expect(deliveredAwaitingPayment("voided", "fulfilled")).toBe(false);
    expect(placedAwaitingPayment("pending", "unfulfilled")).toBe(true);
    expect(placedAwaitingPayment("voided", "unfulfilled")).toBe(false);
    expect(placedAwaitingPayment("pending", "fulfilled")).toBe(false);
  });

  test.each(each)("counted on its date, owed, and said so (%s)", async (_, make) => {
    const { dataset, findings } = await ingestWorkbook(
      make({ Customers: customers, Orders: orders }),
      { asOf },
    );
    const t = dataset.transactions;
    const ids = dataset.customers.id;
    const spend = (email: string) => {
      let sum = 0;
      for (let i = 0; i < t.amount.length; i++)
        if (ids[t.customer[i]] === email) sum += t.amount[i];
      return sum;
    };
    const last = (email: string) => {
      let d = -Infinity;
      for (let i = 0; i < t.amount.length; i++)
        if (ids[t.customer[i]] === email) d = Math.max(d, t.day[i]);
      return isoDate(d);
    };
    // Before: 1,420 and 2026-06-12 (the pending order of 09-13 dropped); 760 and 06-19.
    // St. Mary's order of 11-28, pending and not yet printed, is her latest order, at 0 (newuser70
    // N2: it was dropped as voided, her last order 09-13).
    expect(spend("7204388475371")).toBeCloseTo(2600, 2);
    expect(last("7204388475371")).toBe("2026-11-28");
    expect(spend("7204388714224")).toBeCloseTo(2830, 2);
    expect(last("7204388714224")).toBe("2026-09-03");
    // The money owed: both delivered orders, not yet paid (due 30 days after, no terms read).
    expect(
      (dataset.unpaidInvoices ?? []).map((f) => [ids[f.customer], isoDate(f.day), f.amount]),
    ).toEqual([
      ["7204388714224", "2026-09-03", 2070],
      ["7204388475371", "2026-09-13", 1180],
    ]);
    const owed = findings.find((f) => f.code === "row_kind_delivered_unpaid")!;
    expect([owed.row, owed.severity, owed.column]).toEqual([2, "info", "Financial Status"]);
    expect(owed.message["en-US"]).toContain(
      "Column “Financial Status” says “pending” on 3 rows (the first is row 2) whose “Fulfillment Status” says the order was delivered: an order delivered and awaiting payment",
    );
    expect(owed.message["en-US"]).not.toContain("voided, cancelled");
    expect(owed.message["zh-CN"]).toContain(
      "而“Fulfillment Status”写着已发货：已发货、待付款的订单",
    );
    // The voided one stays no purchase; the undelivered pending one is said apart, not "voided".
    const voided = findings.find((f) => f.code === "row_kind_voided")!;
    expect(voided.message["en-US"]).toContain("says “voided” on 1 row (the first is row 8)");
    const placed = findings.find((f) => f.code === "row_kind_placed_unpaid")!;
    expect([placed.row, placed.severity]).toEqual([7, "info"]);
    expect(placed.message["en-US"]).toBe(
      "Column “Financial Status” says “pending” on 1 row (the first is row 7) whose “Fulfillment Status” says the order has not gone out yet: an order placed and awaiting payment (a bank transfer, a manual payment) is not a voided one and shows the customer still buying, so it was counted as an order on its date at 0 (the customer's latest order), its money once paid or sent",
    );
    expect(placed.message["zh-CN"]).toContain(
      "而“Fulfillment Status”写着未发货：已下单、待付款的订单",
    );
    expect(dataset.counts.transactions).toMatchObject({ read: 7, used: 6, rejected: 1 });
  });
});

describe("the account owing a delivered order is told as owing (tester69 U521)", () => {
  test("St. Mary's Hospital: bought on 09-13, $1,180 owed since 10-13", async () => {
    const a = await analyzeWorkbook(memorySource({ Customers: customers, Orders: orders }), {
      rules: defaultRules(),
      asOf,
    });
    const c = a.dataset.customers.id.map(String).indexOf("7204388475371");
    const said = JSON.stringify(churnReasonsIn(a.classification.analysis, c, "en-US"));
    // Before: no purchase on 09-13, nothing owed said. Its Payment Method `Net 30 (manual)` gives
    // the terms: due 10-13.
    expect(said).toContain("Money owed: 1 unpaid invoice, 1,180 in all, overdue since 2026-10-13");
  });
});

// reviewer71 H4 (on 87f0830c): Shopify leaves a cash-on-delivery order `pending` until the merchant
// marks it paid; delivered, every such order was owed (Net 30), and each COD customer who had just
// bought got an urgent call "Money owed: 8 unpaid invoices …". Paid on delivery: a purchase, not owed.
test("a cash-on-delivery order delivered while pending is a purchase, its money not owed", async () => {
  const people: Grid = [["Customer ID", "First Name", "Last Name", "Email"]];
  const rows: Grid = [header];
  let n = 1000;
  for (let k = 0; k < 30; k++) {
    const email = `c${k}@mail.com`;
    people.push([`${7000 + k}`, `F${k}`, `L${k}`, email]);
    const cod = k < 10;
    for (let m = 0; m < 8; m++) {
      const d = isoDate(asOf - 10 - (k % 7) - 30 * m);
      rows.push([
        `#${n++}`,
        email,
        cod ? "pending" : "paid",
        cod ? "" : `${d} 10:00:00 +0530`,
        "fulfilled",
        "45.00",
        `${d} 10:00:00 +0530`,
        "1",
        "Kurta",
        "45.00",
        cod ? "Cash on Delivery (COD)" : "Shopify Payments",
      ]);
    }
  }
  const a = await analyzeWorkbook(memorySource({ Customers: people, Orders: rows }), {
    rules: defaultRules(),
    asOf,
  });
  expect(a.dataset.transactions.count).toBe(240);
  expect(a.dataset.unpaidInvoices ?? []).toEqual([]);
  // newuser71: the rows said "counted as purchases … and the money as owed" held the COD rows.
  expect(a.findings.filter((f) => f.code === "row_kind_delivered_unpaid")).toEqual([]);
  const c0 = a.dataset.customers.id.indexOf("7000");
  expect(churnReasonsIn(a.classification.analysis, c0, "en-US").map((r) => r.code)).toEqual([
    "recent_purchase",
  ]);
});

/**
 * newuser70 N2 (/work/notes/stop70/newuser70/wb/e/orders_export.csv, customer 8003 cut down): a
 * monthly buyer of 500 to 2026-09-24 whose order of $2,400 on 11-20 is `pending` + `unfulfilled`
 * (awaiting a bank payment) read medium 78.1 % "Overdue by 37 days against own rhythm (… last
 * purchase 67 days ago)" and got an urgent win-back call: she ordered 10 days ago. Now low, within
 * her rhythm, no win-back; her spend is what she paid.
 */
test("an order placed 10 days ago, awaiting a bank payment, keeps her from a win-back call", async () => {
  const months = [
    "2026-03-28",
    "2026-04-27",
    "2026-05-27",
    "2026-06-26",
    "2026-07-26",
    "2026-08-25",
    "2026-09-24",
  ];
  const head = [
    "Name",
    "Email",
    "Financial Status",
    "Paid at",
    "Fulfillment Status",
    "Total",
    "Created at",
  ];
  const a = await analyzeWorkbook(
    memorySource({
      Customers: [
        ["Customer ID", "First Name", "Last Name", "Email"],
        ["8003", "S2", "Terms", "s2@example.com"],
        ["8004", "S3", "Paid", "s3@example.com"],
      ],
      Orders: [
        head,
        ...months.flatMap((d, k) => [
          [
            `#${1381 + k}`,
            "s2@example.com",
            "paid",
            `${d} 09:00:00 -0500`,
            "fulfilled",
            "500",
            `${d} 09:00:00 -0500`,
          ],
          [
            `#${1481 + k}`,
            "s3@example.com",
            "paid",
            `${d} 09:00:00 -0500`,
            "fulfilled",
            "500",
            `${d} 09:00:00 -0500`,
          ],
        ]),
        [
          "#1400",
          "s2@example.com",
          "pending",
          "",
          "unfulfilled",
          "2400",
          "2026-11-20 10:00:00 -0500",
        ],
      ],
    }),
    { rules: defaultRules(), asOf },
  );
  const c = a.dataset.customers.id.map(String).indexOf("8003");
  const reasons = churnReasonsIn(a.classification.analysis, c, "en-US");
  expect(reasons.map((r) => r.code)).not.toContain("overdue_vs_rhythm");
  expect(reasons.find((r) => r.code === "recent_purchase")?.text).toMatch(
    /last purchase 10 days ago/,
  );
  expect(a.classification.analysis.churnProbability[c]).toBeLessThan(0.5);
  expect(a.classification.analysis.monetary[c]).toBe(3500);
  // S3, paid to 09-24 and nothing since, is overdue as before.
  const s3 = a.dataset.customers.id.map(String).indexOf("8004");
  expect(churnReasonsIn(a.classification.analysis, s3, "en-US").map((r) => r.code)).toContain(
    "overdue_vs_rhythm",
  );
});
