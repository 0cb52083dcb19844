import { readFileSync } from "node:fs";
import path from "node:path";
import { cli, scratchFolder, numberFormatsOf } from "./harness";

/**
 * A Salesforce-style export (tester54 T9, small copies in fixtures/rowKinds): `Stage` Closed Won /
 * Closed Lost / Negotiation and `Amount Currency` USD. Only Closed Won is revenue, the lost and open
 * deals are said on the console and in the JSON, and the report is in $. Several currencies in the
 * column: a warning naming them, and no symbol.
 */

const scratch = scratchFolder("ca-rowkinds-");
const FIXTURE = path.join(__dirname, "../fixtures/rowKinds");

async function run(transactions: string, name: string) {
  const out = scratch.path(`${name}.xlsx`);
  const json = scratch.path(`${name}.json`);
  const r = await cli(
    "analyze",
    "--customers",
    path.join(FIXTURE, "accounts.csv"),
    "--transactions",
    path.join(FIXTURE, transactions),
    "--as-of",
    "2025-12-31",
    "-o",
    out,
    "--json",
    json,
  );
  expect(r.code).toBe(0);
  return { r, formats: await numberFormatsOf(out), result: JSON.parse(readFileSync(json, "utf8")) };
}

test("Stage: only Closed Won is revenue; the rest said; the report in $", async () => {
  const { r, formats, result } = await run("opps.csv", "opps");
  expect(result.overview.revenue).toBe(55000);
  expect(r.out).toContain("Transactions   4 / 2 / 2");
  expect(r.out).toContain(
    "Column “Stage” says “Closed Lost”/“Negotiation” on 2 rows (the first is row 3)",
  );
  expect(formats).toContain('"$"#,##0.00');
  expect(formats.filter((f) => f.includes("\u00A5"))).toEqual([]);
  const w = result.warnings.filter((x: { code: string }) => x.code === "rows_not_used");
  expect(w).toHaveLength(1);
  expect(w[0].message).toMatch(/^opps\.csv: Column “Stage” says/);
});

test("USD and EUR in the currency column: a warning with the codes and rows, no symbol", async () => {
  const { r, formats, result } = await run("mixed.csv", "mixed");
  expect(r.out).toContain(
    "Column “Amount Currency” names several currencies: USD (1 row), EUR (2 rows)",
  );
  expect(formats.filter((f) => f.includes("$") || f.includes("\u00A5"))).toEqual([]);
  const f = result.dataQuality.filter((x: { code: string }) => x.code === "currency_column_mixed");
  expect(f).toHaveLength(1);
  // Where the revenue is read, not only on the Data quality tab (reviewer55 R7), and once on the
  // console (the finding's own line).
  const w = result.warnings.filter((x: { code: string }) => x.code === "currencies_mixed");
  expect(w).toHaveLength(1);
  expect(w[0].message).toMatch(/^mixed\.csv: Column “Amount Currency” names several currencies/);
  expect(r.out.split("names several currencies")).toHaveLength(2);
});
