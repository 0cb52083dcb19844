import type { Grid } from "../../../src/engine/cells";
import { InputError } from "../../../src/engine/errors";
import { memoryColumnSource, memorySource } from "../../../src/engine/ingest/memorySource";
import { ingestWorkbook } from "../../../src/engine/ingest/workbook";
import { epochDay } from "../../../src/engine/parse/date";

// reviewer55 R4, on HubSpot exports (x/deals_multi.csv, x/deals_noassoc.csv, cut down here): (a) a
// deal of two companies, `Associated Company IDs` = "9000221732;9000000000", was "not on the
// Customers sheet … add the customer"; (b) a deals export without that column: the deal's own
// `Record ID` was read as the customer ID, and all 600 rows said "add the customer".

const companies: Grid = [
  ["Record ID", "Company name"],
  ["9000221732", "Initech Catering 28"],
  ["9000000000", "Northwind Hotels"],
];
const asOf = epochDay(2026, 11, 30);

test.each([
  ["by row", memorySource],
  ["by column block", memoryColumnSource],
])("(a) several company ids in one cell: counted to the first, and said (%s)", async (_, make) => {
  const { dataset, findings } = await ingestWorkbook(
    make({
      Customers: companies,
      Deals: [
        ["Record ID", "Deal Stage", "Amount", "Close Date", "Associated Company IDs"],
        ["20000000001", "closedwon", 4800, "2025-07-06", "9000221732;9000000000"],
        ["20000000002", "closedwon", 900, "2025-07-07", "9000000000"],
      ],
    }),
    { asOf, sheets: { transactions: "Deals" } },
  );
  expect(Array.from(dataset.transactions.customer)).toEqual([0, 1]);
  const f = findings.filter((x) => x.code === "customer_id_first_of_several");
  expect(f.map((x) => [x.row, x.value, x.severity])).toEqual([
    [2, "9000221732;9000000000", "warning"],
  ]);
  expect(f[0].message["en-US"]).toContain(
    "the row was counted to “9000221732” (ID no. 1 in the cell, the first on the Customers sheet)",
  );
  expect(f[0].message["zh-CN"]).toContain(
    "此行按其中第 1 个“9000221732”（第一个在客户表中的编号）计入该客户",
  );
});

// reviewer56 R4: "1,000" (an id formatted #,##0, saved as CSV) was split on its comma and counted
// to customer 1; R5: an unknown first id gave up on the known second one.
test("a thousands separator is no list of ids; the first id that is a customer's is taken", async () => {
  const { dataset, findings } = await ingestWorkbook(
    memorySource({
      Customers: [["Customer ID"], [1], [1000], ["9000221732"]],
      Sales: [
        ["Customer ID", "Amount", "Date"],
        ["1,000", 100, "2025-07-06"],
        ["9999999999;9000221732", 200, "2025-07-07"],
      ],
    }),
    { asOf },
  );
  expect(Array.from(dataset.transactions.amount)).toEqual([200]);
  expect(Array.from(dataset.transactions.customer)).toEqual([2]);
  expect(findings.find((x) => x.code === "unknown_customer")?.value).toBe("1,000");
  // Said as the second of the cell, not "the first" (reviewer56 L).
  const several = findings.find((x) => x.code === "customer_id_first_of_several")!;
  expect(several.message["en-US"]).toContain("counted to “9000221732” (ID no. 2 in the cell");
  expect(several.message["zh-CN"]).toContain("此行按其中第 2 个“9000221732”");
});

test("(b) a deals export without its company column: Record ID is the deal's own id", async () => {
  const run = ingestWorkbook(
    memorySource({
      Customers: companies,
      Deals: [
        ["Record ID", "Deal Stage", "Amount", "Close Date"],
        ["20000000001", "closedwon", 4800, "2025-07-06"],
        ["20000000002", "closedwon", 900, "2025-07-07"],
      ],
    }),
    { asOf, sheets: { transactions: "Deals" } },
  );
  await expect(run).rejects.toBeInstanceOf(InputError);
  const error = (await run.catch((e: InputError) => e)) as InputError;
  expect(error.message).toContain(
    "“Record ID” is this export's own record id (a HubSpot deals export's Record ID is the deal's own id), not a customer ID: none of its 2 rows matches a customer. Export the deals with the “Associated Company IDs” column",
  );
});
