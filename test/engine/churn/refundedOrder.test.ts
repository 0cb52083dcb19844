/**
 * tester69 U506 (/work/notes/stop69/tester69/print/orders_export_1.csv and customers_export.csv,
 * Rosa's Taqueria cut down): a Shopify order refunded in full (Financial Status `refunded`) is
 * dropped at read (row_kind_refunded), so the refund reason never saw it and Karen Rodriguez's
 * urgent win-back call said only "Overdue by 135 days against own rhythm". An order refunded whole
 * after her last purchase is that purchase, refunded: said first, its money still no revenue.
 */
import { analyzeWorkbook, type Analysis } from "../../../src/engine/analyze";
import type { Grid } from "../../../src/engine/cells";
import { churnReasonsText } from "../../../src/engine/churn/reasons";
import { refunded } from "../../../src/engine/churn/refunded";
import { memorySource } from "../../../src/engine/ingest/memorySource";
import { isoDate, parseIsoDate } from "../../../src/engine/parse/date";
import { defaultRules } from "../../../src/engine/rules";

const AS_OF = parseIsoDate("2026-11-30");

const customers: Grid = [
  ["Customer ID", "First Name", "Last Name", "Email", "Note"],
  [
    "7204385390499",
    "Karen",
    "Rodriguez",
    "karen.rodriguez368@rosa.com",
    "Misprinted menus (wrong colors) - full refund. Owner was upset.",
  ],
  ["7204385881660", "William", "Martin", "wmartin@river.com", ""],
];
const header = [
  "Name",
  "Email",
  "Financial Status",
  "Fulfillment Status",
  "Total",
  "Created at",
  "Lineitem quantity",
  "Lineitem name",
  "Lineitem price",
];
/** An order every `step` days from `from` to `to`, paid, one line. */
function orders(email: string, from: string, to: string, step: number, total: number): Grid {
  const out: Grid = [];
  let n = 0;
  for (let d = parseIsoDate(from); d <= parseIsoDate(to); d += step)
    out.push([
      `#${email.length}${n++}`,
      email,
      "paid",
      "fulfilled",
      total,
      `${isoDate(d)} 10:00:00 -0800`,
      "1",
      "Flyers 8.5x11 (500)",
      total,
    ]);
  return out;
}
const lines: Grid = [
  header,
  ...orders("karen.rodriguez368@rosa.com", "2024-07-12", "2026-05-20", 46, 198),
  [
    "#1017",
    "karen.rodriguez368@rosa.com",
    "paid",
    "fulfilled",
    "198.00",
    "2026-06-02 10:51:05 -0800",
    "1",
    "Vinyl Banner 3x6",
    "119.00",
  ],
  [
    "#1017",
    "karen.rodriguez368@rosa.com",
    "",
    "",
    "",
    "2026-06-02 10:51:05 -0800",
    "1",
    "Business Cards (1000)",
    "79.00",
  ],
  [
    "#1018",
    "karen.rodriguez368@rosa.com",
    "refunded",
    "fulfilled",
    "334.00",
    "2026-06-15 19:44:19 -0800",
    "1",
    "Menus - Tri-fold (250)",
    "189.00",
  ],
  [
    "#1018",
    "karen.rodriguez368@rosa.com",
    "",
    "",
    "",
    "2026-06-15 19:44:19 -0800",
    "1",
    "Flyers 8.5x11 (500)",
    "145.00",
  ],
  ...orders("wmartin@river.com", "2024-06-01", "2026-11-29", 30, 250),
];

let a: Analysis;
beforeAll(async () => {
  a = await analyzeWorkbook(memorySource({ Customers: customers, Orders: lines }), {
    rules: defaultRules(),
    asOf: AS_OF,
  });
});
const at = (id: string) => a.dataset.customers.id.indexOf(id);

test("the order refunded whole is her last purchase, all of it back; no revenue", () => {
  const c = at("7204385390499");
  const r = refunded(a.dataset, AS_OF)!;
  expect([r.amount[c], r.bought[c], isoDate(r.day[c])]).toEqual([334, 334, "2026-06-15"]);
  expect(r.amount[at("7204385881660")]).toBe(0);
  // The money stays right: the refunded order adds nothing (15 orders of 198, then #1017).
  let spend = 0;
  const t = a.dataset.transactions;
  for (let i = 0; i < t.count; i++) if (t.customer[i] === c) spend += t.amount[i];
  expect(spend).toBeCloseTo(198 * 15 + 198, 2);
});

test("the refund is said first (before: overdue only), en and zh", () => {
  const c = at("7204385390499");
  expect(churnReasonsText(a.classification.analysis, c, "en-US")).toMatch(
    /^Refunded 334 of the last purchase \(334\) on 2026-06-15; nothing bought since/,
  );
  expect(churnReasonsText(a.classification.analysis, c, "zh-CN")).toMatch(
    /^退费 334（2026-06-15，上次购买 334 全部退回）/,
  );
});
