/**
 * tester64 U188, the renewal: the Customers sheet's renewal date (HubSpot's Renewal Date, 续约日期)
 * was read only on a Subscriptions sheet. Fjord Coffee (renewal 2026-12-31; "Omar will decide by
 * Dec 20", e-mailed 11-25) got its regular contact on 12-31, after the decision. Its contact now
 * comes followUp.renewalLeadDays (21) before the renewal: 12-10, saying the renewal. Fixture: a
 * few rows of tester64's agency workbook (/work/notes/stop64/tester64/agency/gen.js), as of
 * 2026-12-06.
 */
import { analyzeWorkbook, type Analysis } from "../../../src/engine/analyze";
import type { Grid } from "../../../src/engine/cells";
import { memorySource } from "../../../src/engine/ingest/memorySource";
import { parseIsoDate } from "../../../src/engine/parse/date";
import { followUpsJson } from "../../../src/engine/report/followUpJson";
import { defaultRules } from "../../../src/engine/rules";

const monthly = (id: string, from: number, to: number, amount: number): Grid =>
  Array.from({ length: to - from + 1 }, (_, k) => [
    id,
    `2026-${String(from + k).padStart(2, "0")}-01`,
    amount,
  ]);

const run = (customers: Grid, contacts?: Grid, rules = defaultRules()): Promise<Analysis> =>
  analyzeWorkbook(
    memorySource({
      Customers: customers,
      Invoices: [
        ["Customer ID", "Invoice Date", "Amount"],
        ...monthly("8801", 1, 12, 4500),
        ...monthly("8806", 1, 12, 800),
        ...monthly("8809", 1, 12, 1200),
      ],
      ...(contacts ? { Activities: contacts } : {}),
    }),
    { rules, asOf: parseIsoDate("2026-12-06") },
  );

const calls = (a: Analysis, id: string, lang: "zh-CN" | "en-US" = "en-US") => {
  const json = followUpsJson(a.schedule, a.dataset, lang);
  return Array.from({ length: json.followUps.count }, (_, i) => json.followUps.item(i)).filter(
    (x) => x.customerId === id,
  );
};

const EN: Grid = [
  ["Customer ID", "Company name", "Renewal Date"],
  ["8801", "Acme Dental Group", "2027-03-01"],
  ["8806", "Fjord Coffee Co", "2026-12-31"],
  ["8809", "Ironwood Capital", ""],
];
const FJORD_NOTE: Grid = [
  ["Customer ID", "Activity date", "Activity type", "Notes"],
  ["8806", "2026-11-25", "Email", "Sent renewal proposal for 2027; Omar will decide by Dec 20."],
];

test("Fjord Coffee, renewal 12-31: its regular contact 21 days before, saying the renewal", async () => {
  const a = await run(EN, FJORD_NOTE);
  expect(a.dataset.customers.renewalDate?.[1]).toBe(parseIsoDate("2026-12-31"));
  const fjord = calls(a, "8806");
  expect(fjord[0]).toMatchObject({ date: "2026-12-10", reason: { code: "cadence" } });
  expect(fjord[0].reason.text).toBe(
    "Renewal on 2026-12-31: talk it over before the customer decides",
  );
  expect(calls(a, "8806", "zh-CN")[0].reason.text).toBe("2026-12-31 续约：在客户做决定前沟通续约");
  // A renewal past the plan (Acme, 2027-03-01) and no renewal (Ironwood): their plan as before.
  const before = await run(
    EN.map((r) => r.slice(0, 2)),
    FJORD_NOTE,
  );
  expect(calls(a, "8801")).toEqual(calls(before, "8801"));
  expect(calls(a, "8809")).toEqual(calls(before, "8809"));
  // Without the column Fjord's contact is later: the renewal moved it.
  expect(calls(before, "8806")[0].date > "2026-12-20").toBe(true);
}, 60_000);

test("a contact within the lead time was the renewal talk; the rule's days move the call", async () => {
  // Renewal 12-20: 21 days before is 11-29, past: called on the first working day (12-07)…
  const soon = EN.map((r) => (r[0] === "8806" ? [r[0], r[1], "2026-12-20"] : r));
  expect(calls(await run(soon), "8806")[0].date).toBe("2026-12-07");
  // …unless someone talked to them since 11-29 (12-02): that was the renewal talk.
  const talked: Grid = [
    FJORD_NOTE[0],
    ["8806", "2026-12-02", "Call", "Talked about the 2027 renewal; Omar will decide by Dec 15."],
  ];
  const after = calls(await run(soon, talked), "8806");
  expect(after[0].date > "2026-12-20").toBe(true);
  const rules = defaultRules();
  rules.followUp.renewalLeadDays = 14;
  expect(calls(await run(EN, FJORD_NOTE, rules), "8806")[0].date).toBe("2026-12-17");
}, 60_000);

test("a Chinese Customers sheet's 续约日期 is read the same way", async () => {
  const zh: Grid = [
    ["客户编号", "客户名称", "续约日期"],
    ["8801", "艾克牙科", "2027-03-01"],
    ["8806", "峡湾咖啡", "2026年12月31日"],
    ["8809", "铁木资本", ""],
  ];
  const fjord = calls(await run(zh), "8806", "zh-CN");
  expect(fjord[0].date).toBe("2026-12-10");
  expect(fjord[0].reason.text).toBe("2026-12-31 续约：在客户做决定前沟通续约");
}, 60_000);
