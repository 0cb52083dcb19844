import ExcelJS from "exceljs";
import { readFileSync } from "node:fs";
import { cli, scratchFolder, numberFormatsOf } from "./harness";

/**
 * A US ledger whose amounts are numbers formatted `"$"#,##0.00` (the common Excel case) gives a
 * report in $ (tester52 M1: it came out in ¥, and the warning advised converting the `$` rows).
 * The cell's number format names its currency as a `$1,658.32` text does: Excel's Accounting
 * format (built-in id 44) too, in the header's language.
 */

const scratch = scratchFolder("ca-fmtcur-");

async function ledger(
  name: string,
  format: (row: number) => string | undefined,
  header = "Amount",
) {
  const book = new ExcelJS.Workbook();
  const customers = book.addWorksheet("Customers");
  customers.addRow(["Customer ID", "Customer Name"]);
  for (let i = 1; i <= 6; i++) customers.addRow([`C${i}`, `Customer ${i}`]);
  const tx = book.addWorksheet("Transactions");
  tx.addRow(["Customer ID", "Date", header]);
  for (let i = 0; i < 30; i++) {
    const row = tx.addRow([
      `C${(i % 6) + 1}`,
      new Date(Date.UTC(2025, i % 12, 1 + (i % 27))),
      100 + i * 7.25,
    ]);
    const f = format(row.number);
    if (f !== undefined) row.getCell(3).numFmt = f;
  }
  const file = scratch.path(`${name}.xlsx`);
  await book.xlsx.writeFile(file);
  return file;
}

async function run(file: string, name: string, lang = "en-US") {
  const json = scratch.path(`${name}.json`);
  const out = scratch.path(`${name}-out.xlsx`);
  const r = await cli(
    "analyze",
    file,
    "--as-of",
    "2025-12-31",
    "--lang",
    lang,
    "-o",
    out,
    "--json",
    json,
  );
  expect(r.code).toBe(0);
  return { r, formats: await numberFormatsOf(out), result: JSON.parse(readFileSync(json, "utf8")) };
}

const codes = (result: { dataQuality: { code: string }[] }) =>
  result.dataQuality.map((f) => f.code);

test('numbers formatted "$"#,##0.00: the report is in $, nothing to convert', async () => {
  const { r, formats, result } = await run(await ledger("usd", () => '"$"#,##0.00'), "usd");
  expect(formats).toContain('"$"#,##0.00');
  expect(formats.filter((f) => f.includes("\u00A5"))).toEqual([]);
  expect(codes(result)).not.toContain("currency_mixed");
  expect(r.out + r.err).not.toMatch(/convert/i);
});

test("Excel's Accounting format (built-in 44) under an English header: $", async () => {
  const accounting = '_("$"* #,##0.00_);_("$"* \\(#,##0.00\\);_("$"* "-"??_);_(@_)';
  const { formats } = await run(await ledger("acct", () => accounting), "acct");
  expect(formats).toContain('"$"#,##0.00');
});

test("[$¥-804] cells under a Chinese header stay ¥; a plain ledger is unchanged", async () => {
  const yuan = await run(await ledger("cny", () => "[$¥-804]#,##0.00", "金额"), "cny", "zh-CN");
  expect(yuan.formats).toContain('"\u00A5"#,##0.00');
  expect(yuan.formats).not.toContain('"$"#,##0.00');
  const plain = await run(await ledger("plain", () => undefined), "plain");
  expect(plain.formats).not.toContain('"$"#,##0.00');
});

test("a few € cells among $ cells: $, and the first € cell named with its row", async () => {
  const { formats, result } = await run(
    await ledger("mixed", (row) => (row === 7 ? '"€"#,##0.00' : '"$"#,##0.00')),
    "mixed",
  );
  expect(formats).toContain('"$"#,##0.00');
  const mixed = result.dataQuality.find((f: { code: string }) => f.code === "currency_mixed");
  expect(mixed).toMatchObject({ row: 7, value: "€136.25" });
});
