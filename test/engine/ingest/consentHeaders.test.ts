// tester61 U133: a yoga studio's member list (Mindbody / Mailchimp naming, repro u-optin) had
// `Email Opt-in` and no Email column. The consent column was read as the e-mail address: every
// `Yes` member a possible duplicate ("same e-mail"), and the consent lost, so nobody got birthday
// care. A consent header is the consent, never the address (headerWords.ts NOT_CONTACT_ADDRESS).
import type { Grid } from "../../../src/engine/cells";
import { memorySource } from "../../../src/engine/ingest/memorySource";
import { ingestWorkbook } from "../../../src/engine/ingest/workbook";
import { epochDay } from "../../../src/engine/parse/date";

const asOf = epochDay(2026, 12, 6);
const sales: Grid = [
  ["Customer ID", "Date", "Amount"],
  ["B1", "2026-11-01", 129],
  ["B2", "2026-11-02", 129],
  ["B3", "2026-11-03", 129],
];

test.each([
  "Email Opt-in",
  "SMS Opt-in",
  "Email Consent",
  "Accepts Email Marketing",
  "Mobile Opt In",
])("%s is the marketing consent, not the address", async (header) => {
  const { dataset, findings } = await ingestWorkbook(
    memorySource({
      Customers: [
        ["Customer ID", "Name", "Phone", header],
        ["B1", "Grace Lee", "4155550107", "Yes"],
        ["B2", "Ben Carter", "4155550102", "Yes"],
        ["B3", "Ava Smith", "4155550101", "No"],
      ],
      Transactions: sales,
    }),
    { asOf },
  );
  const columns = dataset.sources.customers!.columns;
  expect(columns.email).toBeUndefined();
  expect(columns.phone).toBe("Phone");
  expect(columns.marketingConsent).toBe(header);
  expect([...dataset.customers.marketingConsent]).toEqual([1, 1, 0]);
  expect(findings.filter((f) => f.code === "possible_duplicate_customer")).toEqual([]);
});

test("beside its Email column, Email Opt-in is still the consent and Email the address", async () => {
  const { dataset } = await ingestWorkbook(
    memorySource({
      Customers: [
        ["Customer ID", "Email", "Email Opt-in"],
        ["B1", "grace@example.com", "Yes"],
        ["B2", "ben@example.com", "No"],
      ],
      Transactions: sales.slice(0, 3),
    }),
    { asOf },
  );
  expect(dataset.sources.customers!.columns).toMatchObject({
    email: "Email",
    marketingConsent: "Email Opt-in",
  });
});
