/**
 * tester70 U609 (/work/notes/stop70/tester70/coffee/: Ridgeline Coffee Roasters' QuickBooks Invoice
 * List as of Monday 2026-11-30): an invoice due Friday 11-27, the day after Thanksgiving, gave an
 * urgent "Money owed: ask for payment" call on Monday to a café paying on time for three years, 13
 * of the roaster's 24 calls of the week. The call about money owed, when it is all she is called
 * for, waits followUp.moneyOwedGraceDays (15) past the due date: planned on the working day the
 * grace ends (12-12 a Saturday: Monday 12-14), made if she has not paid by then. Money overdue longer
 * is called now, as before; 0 days' grace calls at once.
 */
import { analyzeWorkbook, type Analysis } from "../../../src/engine/analyze";
import { memorySource } from "../../../src/engine/ingest/memorySource";
import { parseIsoDate } from "../../../src/engine/parse/date";
import { followUpsJson } from "../../../src/engine/report/followUpJson";
import { defaultRules } from "../../../src/engine/rules";
import type { RuleSet } from "../../../src/engine/rules";

const DAY = 86_400_000;
const iso = (t: number) => new Date(t).toISOString().slice(0, 10);
const mdy = (t: number) => {
  const [y, m, d] = iso(t).split("-");
  return `${m}/${d}/${y}`;
};

/**
 * Two weekly cafés on Net 30, each Wednesday from 2025-01-01 to 2026-11-25, paid up but for the invoice of 10-28 (due
 * 11-27, Overdue) of Wildflower Bistro and that of 10-21 (due 11-20, 10 days past due) with the one
 * of 10-14 (due 11-13, 17 days) of Lantern Bistro; the later ones Open, not yet due.
 */
const roaster = (rules: RuleSet = defaultRules()): Promise<Analysis> => {
  const asOf = Date.UTC(2026, 10, 30);
  const rows: (string | number)[][] = [];
  const late: Record<string, string[]> = {
    "Wildflower Bistro": ["2026-10-28"],
    "Lantern Bistro": ["2026-10-14", "2026-10-21"],
  };
  for (let t = Date.UTC(2025, 0, 1), k = 0; t <= Date.UTC(2026, 10, 26); t += 7 * DAY, k++)
    for (const id of ["Wildflower Bistro", "Lantern Bistro"]) {
      const due = t + 30 * DAY;
      const status = late[id].includes(iso(t)) ? "Overdue" : due >= asOf ? "Open" : "Paid";
      rows.push([
        mdy(t),
        1000 + rows.length,
        id,
        mdy(due),
        "Net 30",
        600 + ((k * 53) % 240),
        status,
      ]);
    }
  return analyzeWorkbook(
    memorySource({
      Customers: [
        ["Customer ID", "Company"],
        ["Wildflower Bistro", "Wildflower Bistro"],
        ["Lantern Bistro", "Lantern Bistro"],
      ],
      "Invoice List": [
        ["Date", "Invoice No", "Customer ID", "Due Date", "Terms", "Amount", "Status"],
        ...rows,
      ],
    }),
    { rules, asOf: parseIsoDate("2026-11-30") },
  );
};

const moneyCalls = (a: Analysis, id: string) => {
  const json = followUpsJson(a.schedule, a.dataset, "en-US");
  return Array.from({ length: json.followUps.count }, (_, i) => json.followUps.item(i)).filter(
    (x) => x.customerId === id && x.reason.text?.startsWith("Money owed"),
  );
};

test("an invoice 3 days past due is called about when its 15 days' grace ends, not on Monday", async () => {
  const a = await roaster();
  const calls = moneyCalls(a, "Wildflower Bistro");
  expect(calls.map((x) => [x.date, x.priority])).toEqual([["2026-12-14", "urgent"]]);
  // Its money is still said owed on its row.
  const json = followUpsJson(a.schedule, a.dataset, "zh-CN");
  const row = Array.from({ length: json.followUps.count }, (_, i) => json.followUps.item(i)).find(
    (x) => x.customerId === "Wildflower Bistro",
  );
  expect(row?.reason.text).toMatch(/^逾期欠款 /);
}, 60_000);

test("money 17 days past due is called about now", async () => {
  const a = await roaster();
  expect(moneyCalls(a, "Lantern Bistro").map((x) => [x.date, x.priority])).toEqual([
    ["2026-11-30", "urgent"],
  ]);
}, 60_000);

test("with no grace (followUp.moneyOwedGraceDays 0) the invoice 3 days past due is called about now", async () => {
  const rules = defaultRules();
  const a = await roaster({ ...rules, followUp: { ...rules.followUp, moneyOwedGraceDays: 0 } });
  expect(moneyCalls(a, "Wildflower Bistro").map((x) => [x.date, x.priority])).toEqual([
    ["2026-11-30", "urgent"],
  ]);
}, 60_000);
