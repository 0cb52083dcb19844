/**
 * tester62 U148, the rest: an account on credit hold (Golden Gate's "Put on credit hold – COD only
 * until paid"; 停止赊账, 先款后货) is sold to for cash only until it pays: no loyalty, no routine
 * sales or retention call (followUp/hold.ts Holds.credit). Its regular contact is an account check
 * at the paused interval; with invoices overdue, the call about the money stays (fix64d's money
 * owed). A hold lifted later ("Credit hold lifted") holds no more. As of 2026-12-06, zh and en.
 */
import { analyzeWorkbook, type Analysis } from "../../../src/engine/analyze";
import type { Grid } from "../../../src/engine/cells";
import { memorySource } from "../../../src/engine/ingest/memorySource";
import { creditHoldSaid } from "../../../src/engine/ingest/contactOutcome";
import { parseIsoDate } from "../../../src/engine/parse/date";
import { followUpsJson } from "../../../src/engine/report/followUpJson";
import { defaultRules } from "../../../src/engine/rules";

const REGULARS = ["Bayview Grill", "Embarcadero Deli", "Mission Tacos", "Noe Valley Bakery"];
const months = Array.from({ length: 11 }, (_, k) => `2026-${String(k + 1).padStart(2, "0")}`);
const HEADER = ["Date", "Transaction Type", "Num", "Customer", "Due Date", "Amount", "Status"];
let num = 1000;
const invoice = (name: string, day: string, status: string) => [
  day,
  "Invoice",
  String(num++),
  name,
  day,
  1200,
  status,
];

/** Each regular monthly to November; `who` monthly until `until` (its invoices as `status` says). */
const workbook = (
  who: string,
  until: string,
  status: (m: string) => string,
  customers: Grid,
  contacts?: Grid,
) =>
  analyzeWorkbook(
    memorySource({
      Customers: customers,
      Invoices: [
        HEADER,
        ...REGULARS.flatMap((n) => months.map((m) => invoice(n, `${m}-10`, "Paid"))),
        ...months.filter((m) => m <= until).map((m) => invoice(who, `${m}-12`, status(m))),
      ],
      ...(contacts ? { Contacts: contacts } : {}),
    }),
    { rules: defaultRules(), asOf: parseIsoDate("2026-12-06") },
  );

const calls = (a: Analysis, id: string, lang: "zh-CN" | "en-US" = "en-US") => {
  const json = followUpsJson(a.schedule, a.dataset, lang);
  return Array.from({ length: json.followUps.count }, (_, i) => json.followUps.item(i)).filter(
    (x) => x.customerId === id,
  );
};

const customers = (who: string, status = "", note = ""): Grid => [
  ["Customer ID", "Name", "Status", "Notes"],
  ...REGULARS.map((n) => [n, n, "", ""]),
  [who, who, status, note],
];

test("the words of a credit hold, its lifting, its negation", () => {
  expect(creditHoldSaid("Tom: cash flow tight. Put on credit hold – COD only until paid.")).toBe(1);
  expect(creditHoldSaid("欠款未还，已停止赊账，先款后货")).toBe(1);
  expect(creditHoldSaid("Credit hold lifted, paid in full")).toBe(-1);
  expect(creditHoldSaid("已还清，解除停止赊账")).toBe(-1);
  expect(creditHoldSaid("Not on credit hold")).toBe(0);
  expect(creditHoldSaid("未停止赊账")).toBe(0);
  expect(creditHoldSaid("Pays on time")).toBe(0);
});

// reviewer64 H6: terms a wholesaler gives every new or small buyer are no hold; lapsed customers
// with them lost their win-back calls. A term is a hold as the whole status, or put on the account.
test("payment terms alone are no credit hold; put on the account, or the whole status, they are", () => {
  for (const terms of [
    "结算方式：款到发货",
    "新客户，先款后货",
    "Terms: prepay only",
    "Payment: COD only (all new accounts)",
    "Was on COD only until June; normal terms now",
    "客户要求先款后货以便走公司报销",
  ])
    expect([terms, creditHoldSaid(terms)]).toEqual([terms, 0]);
  expect(creditHoldSaid("COD only")).toBe(1);
  expect(creditHoldSaid("款到发货。")).toBe(1);
  expect(creditHoldSaid("Put on COD only until the balance is paid")).toBe(1);
  expect(creditHoldSaid("欠款太多，改为先款后货")).toBe(1);
});

test("a silent account on credit hold gets no win-back call, an account check instead", async () => {
  // Stopped in July, everything paid: high risk; its status says COD only.
  const who = "Twin Oaks Cafe";
  const a = await workbook(who, "2026-07", () => "Paid", customers(who, "COD only"));
  const mine = calls(a, who);
  expect(mine.map((c) => c.reason.code)).not.toContain("win_back");
  expect(mine[0]?.reason).toEqual({
    code: "cadence",
    text: "On credit hold (“COD only”): an account check, not a sales call (no retention call)",
  });
  expect(calls(a, who, "zh-CN")[0]?.reason.text).toBe(
    "停止赊账（“COD only”）：核对账户，不是推销联系（不安排挽留联系）",
  );
}, 60_000);

test("on credit hold with invoices overdue: the call is about the money", async () => {
  // Golden Gate: September's and October's Overdue, the note of 11-18 (no date agreed here).
  const who = "Golden Gate Cafe LLC";
  const contacts: Grid = [
    ["Date", "Customer ID", "Note"],
    ["2026-11-18", who, "Tom: cash flow tight. Put on credit hold – COD only until paid."],
  ];
  const a = await workbook(
    who,
    "2026-11",
    (m) => (m < "2026-09" ? "Paid" : m === "2026-11" ? "Open" : "Overdue"),
    customers(who),
    contacts,
  );
  const first = calls(a, who)[0];
  expect(first.reason).toEqual({
    code: "win_back",
    text: "Money owed (3,600): ask for payment (not a retention call)",
  });
  expect(first.priority).toBe("urgent");
  // No routine sales call within the 14 days a key account's regular contact would come.
  expect(calls(a, who).filter((c) => c.reason.code === "cadence" && c.date < "2026-12-20")).toEqual(
    [],
  );
}, 60_000);

test("a credit hold lifted by a later note holds no more", async () => {
  const who = "Twin Oaks Cafe";
  const contacts: Grid = [
    ["Date", "Customer ID", "Note"],
    ["2026-08-01", who, "Put on credit hold – COD only"],
    ["2026-08-20", who, "Paid in full, credit hold lifted"],
  ];
  const a = await workbook(who, "2026-07", () => "Paid", customers(who), contacts);
  expect(calls(a, who).map((c) => c.reason.code)).toContain("win_back");
}, 60_000);
