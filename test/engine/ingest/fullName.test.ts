// tester57 U47 / tester59 U87: a Shopify customers export names its customers by First Name and Last
// Name. First Name alone was read as the name: 39,985 "possible duplicate" findings at 40,000
// customers (the same first name in one city), and an orders export whose Discount Code holds
// first names (influencer codes) was matched to customers by it, then refused as names shared by
// several customers. Fixture: Shopify's customers_export.csv and orders_export.csv columns
// (/work/notes/stop60/fix60c/make_shopify.py).
import type { Grid } from "../../../src/engine/cells";
import { memoryColumnSource, memorySource } from "../../../src/engine/ingest/memorySource";
import { firstNameHeader, joinName } from "../../../src/engine/ingest/fullName";
import { ingestWorkbook } from "../../../src/engine/ingest/workbook";
import { epochDay } from "../../../src/engine/parse/date";

const asOf = epochDay(2025, 12, 31);
const each = [memorySource, memoryColumnSource].map((s) => [s.name, s] as const);
const PEOPLE = [
  ["Ava", "Smith"],
  ["Ava", "Chen"],
  ["Noah", "Smith"],
  ["Noah", "Brown"],
  ["Mia", "Lee"],
  ["Mia", "Garcia"],
];

function customers(): Grid {
  return [
    ["Customer ID", "First Name", "Last Name", "Email", "Default Address City", "Phone"],
    ...PEOPLE.map(([first, last], i) => [
      String(7000000000014 + i * 27),
      first,
      last,
      `buyer${i}@example.com`,
      "Toronto",
      null,
    ]),
  ];
}

function orders(email: (i: number) => string): Grid {
  const rows: Grid = [
    ["Name", "Email", "Financial Status", "Total", "Discount Code", "Created at", "Id"],
  ];
  for (let k = 0; k < 12; k++) {
    const i = k % PEOPLE.length;
    // Influencer codes: first names, as the customers' own.
    const code = PEOPLE[(k + 1) % 6][0].toUpperCase();
    const day = `2025-0${1 + (k % 9)}-10`;
    rows.push([`#${1001 + k}`, email(i), "paid", 100 + k, code, day, 5e12 + k]);
  }
  return rows;
}

describe("a first and a last name column", () => {
  test.each(each)("are the customer's name, joined: no false duplicates (%s)", async (_, make) => {
    const { dataset, findings } = await ingestWorkbook(
      make({ Customers: customers(), Orders: orders((i) => `buyer${i}@example.com`) }),
      { asOf },
    );
    expect(dataset.sources.customers!.columns).toMatchObject({
      name: "First Name",
      lastName: "Last Name",
    });
    expect(dataset.customers.name).toEqual(PEOPLE.map(([f, l]) => `${f} ${l}`));
    expect(findings.filter((f) => f.code === "possible_duplicate_customer")).toEqual([]);
  });

  test("an orders export keyed by nothing the customers hold: Discount Code is no names column", async () => {
    const failed = await ingestWorkbook(
      memorySource({ Customers: customers(), Orders: orders(() => "guest@example.com") }),
      { asOf },
    ).then(
      (r) => r.findings.map((f) => f.message["en-US"]).join("\n"),
      (x: unknown) => String(x),
    );
    expect(failed).not.toMatch(/Discount Code.{0,20} holds the customers' names/);
  });

  test("a Name column beside a Last Name is the whole name; the last name is not read", async () => {
    const { dataset } = await ingestWorkbook(
      memorySource({
        Customers: [
          ["Customer ID", "Name", "Last Name"],
          ["C1", "Ava Smith", "Smith"],
        ],
        Orders: [
          ["Customer ID", "Date", "Amount"],
          ["C1", "2025-10-01", 10],
        ],
      }),
      { asOf },
    );
    expect(dataset.customers.name).toEqual(["Ava Smith"]);
    expect(dataset.sources.customers!.columns.lastName).toBeUndefined();
    expect(dataset.sources.customers!.unmappedHeaders).toContain("Last Name");
  });

  test("first-name headers; names joined in each language's order", () => {
    expect(
      ["First Name", "Billing First Name", "First Name (Billing)", "Given name"].map(
        firstNameHeader,
      ),
    ).toEqual([true, true, true, true]);
    expect(["Name", "Customer Name", "Company Name"].map(firstNameHeader)).toEqual([
      false,
      false,
      false,
    ]);
    expect(joinName("Ava", "Smith")).toBe("Ava Smith");
    expect(joinName("静", "陈")).toBe("陈静");
    expect(joinName("Ava", "")).toBe("Ava");
    expect(joinName("", "Smith")).toBe("Smith");
  });
});
