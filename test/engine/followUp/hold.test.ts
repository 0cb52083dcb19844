/**
 * tester61 U118 (a yoga studio): a member noted "Pausing for pregnancy, back in January" with the
 * next contact agreed for 2027-01-05; the month already paid renewed five days later (09-20). That
 * charge ended the agreement, so the member still "active" got an urgent win-back call in December.
 */
import { analyzeWorkbook } from "../../../src/engine/analyze";
import type { Grid } from "../../../src/engine/cells";
import { memorySource } from "../../../src/engine/ingest/memorySource";
import { parseIsoDate } from "../../../src/engine/parse/date";
import { defaultRules } from "../../../src/engine/rules";
import { saysPaused } from "../../../src/engine/ingest/contactOutcome";
import { UNSCHEDULED_REASONS } from "../../../src/engine/followUp/labels";

const asOf = parseIsoDate("2026-12-06");
const customers: Grid = [
  ["Customer ID", "Name", "Status"],
  ["E1", "Emma Lopez", "active"],
  ["E2", "Eve Back", "active"],
];
// Monthly $129 on the 20th from 2025-10 to 2026-09 (E1); E2 renewed through 2026-11 (came back).
const sales: Grid = [["Customer ID", "Date", "Amount"]];
for (let m = 0; m < 12; m++) {
  const month = ((9 + m) % 12) + 1;
  const year = m < 3 ? 2025 : 2026;
  const day = `${year}-${String(month).padStart(2, "0")}-20`;
  sales.push(["E1", day, 129], ["E2", day, 129]);
}
sales.push(["E2", "2026-10-20", 129], ["E2", "2026-11-20", 129]);
const note = "Pausing for pregnancy, back in January";
const contacts: Grid = [
  ["Customer ID", "Date", "Note", "Next Follow-up"],
  ["E1", "2026-09-15", note, "2027-01-05"],
  ["E2", "2026-09-15", note, "2027-01-05"],
];

const planned = async () => {
  const a = await analyzeWorkbook(
    memorySource({ Customers: customers, Transactions: sales, Contacts: contacts }),
    { rules: defaultRules(), asOf },
  );
  const id = (c: number) => a.dataset.customers.id[c];
  const f = a.schedule.followUps;
  const out: Record<string, number> = { E1: 0, E2: 0 };
  for (let i = 0; i < f.count; i++) out[id(f.customer[i])]++;
  const u = a.schedule.unscheduled;
  const held: string[] = [];
  // Held to the agreed date (the US calendar's Christmas care, listed for want of consent, aside:
  // English headers and no currency, stop 62).
  for (let i = 0; i < u.count; i++)
    if (UNSCHEDULED_REASONS[u.why[i]] === "next_contact_agreed") held.push(id(u.customer[i]));
  return { out, held };
};

test("“Pausing …” says a pause", () => {
  expect(saysPaused(note)).toBe(true);
});

test("a charge within a billing cycle of a pause note keeps the agreed date; buying later ends it", async () => {
  const { out, held } = await planned();
  // E1: held to 2027-01-05 (past the plan): no call now, listed as agreed.
  expect(out.E1).toBe(0);
  expect(held).toContain("E1");
  // E2 paid again in October and November: buying again, its plan is overtaken.
  expect(held).not.toContain("E2");
});
