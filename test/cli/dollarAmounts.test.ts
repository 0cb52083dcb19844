import { readFileSync } from "node:fs";
import path from "node:path";
import { cli, scratchFolder, numberFormatsOf } from "./harness";

/**
 * CSVs whose amounts are written with `$` (`"$1,234.50"`, `($150.00)` for a return) give a report
 * whose amounts are in $ (new-user trial M3, stop 50: they came out in ¥). A ¥ among them is said
 * on the console and in the JSON, naming file, row and column.
 */

const scratch = scratchFolder("ca-dollars-");
const FIXTURE = path.join(__dirname, "../fixtures/dollarAmounts");
const CUSTOMERS = path.join(FIXTURE, "customers.csv");

async function run(transactions: string, name: string) {
  const out = scratch.path(`${name}.xlsx`);
  const json = scratch.path(`${name}.json`);
  const r = await cli(
    "analyze",
    "--customers",
    CUSTOMERS,
    "--transactions",
    transactions,
    "--as-of",
    "2025-12-31",
    "--lang",
    "en-US",
    "-o",
    out,
    "--json",
    json,
  );
  expect(r.code).toBe(0);
  return { r, formats: await numberFormatsOf(out), result: JSON.parse(readFileSync(json, "utf8")) };
}

test("$ amounts: the report's amounts are in $, with nothing to say about them", async () => {
  const { r, formats, result } = await run(path.join(FIXTURE, "transactions.csv"), "dollars");
  expect(formats).toContain('"$"#,##0.00');
  expect(formats.filter((f) => f.includes("\u00A5"))).toEqual([]);
  expect(result.dataQuality.map((f: { code: string }) => f.code)).not.toContain("currency_mixed");
  expect(r.out).toContain("Transactions   9 / 9 / 0");
  // The amounts read as written, a return in brackets negative (2025's: the $3,400 is 2024's).
  expect(result.overview.revenue).toBeCloseTo(
    1234.5 + 89.99 + 2310 + 45 + 120.75 - 150 + 560.2 + 75,
    2,
  );
});

test("a ¥ amount among them: still $, and the ¥ cell named on the console and in the JSON", async () => {
  const text = readFileSync(path.join(FIXTURE, "transactions.csv"), "utf8").trimEnd().split("\n");
  // 9 in 10 of the symbols must be $ for $ to be shown: 10 more $ rows, and one in yuan.
  for (let i = 0; i < 10; i++) text.push(`C002,2025-0${(i % 9) + 1}-03,$10.00`);
  text.push("C003,2025-08-08,¥880.00");
  const { r, formats, result } = await run(
    scratch.write("mixed.csv", text.join("\n") + "\n"),
    "mixed",
  );
  expect(formats).toContain('"$"#,##0.00');
  const said = result.dataQuality.filter((f: { code: string }) => f.code === "currency_mixed");
  expect(said).toEqual([
    expect.objectContaining({
      row: 21,
      column: "Amount",
      value: "¥880.00",
      file: expect.stringMatching(/mixed\.csv$/),
    }),
  ]);
  expect(r.out).toContain("“Amount” (column C) value “¥880.00” (row 21) is in ¥");
});

test("one $ amount among plain ones: the column stays plain (¥), the $ cell named (reviewer51 F1)", async () => {
  const text = readFileSync(path.join(FIXTURE, "transactions.csv"), "utf8").trimEnd().split("\n");
  const plain = text.map((line, k) =>
    k === 0 || k === 8
      ? line
      : line.replace(
          /"?\(?\$([\d,.]+)\)?"?$/,
          (m, v: string) => (m.includes("(") ? "-" : "") + v.replace(/,/g, ""),
        ),
  );
  const { r, formats, result } = await run(
    scratch.write("plain.csv", plain.join("\n") + "\n"),
    "plain",
  );
  expect(plain.filter((l) => l.includes("$"))).toHaveLength(1);
  expect(formats.filter((f) => f.includes("$"))).toEqual([]);
  expect(formats).toContain('"\u00A5"#,##0.00');
  const said = result.dataQuality.filter((f: { code: string }) => f.code === "currency_mixed");
  expect(said).toEqual([expect.objectContaining({ row: 9, column: "Amount", value: "$560.20" })]);
  expect(r.out).toContain("value “$560.20” (row 9) is in $");
});

test("$ on a third of the amounts under an English header, the rest plain: the report is in $, said once (tester53 N10)", async () => {
  const text = readFileSync(path.join(FIXTURE, "transactions.csv"), "utf8").trimEnd().split("\n");
  // Rows 2, 5 and 8 keep their $; the other six are plain numbers, as a ledger typed both ways.
  const habit = text.map((line, k) =>
    k === 0 || k % 3 === 1
      ? line
      : line.replace(
          /"?\(?\$([\d,.]+)\)?"?$/,
          (m, v: string) => (m.includes("(") ? "-" : "") + v.replace(/,/g, ""),
        ),
  );
  expect(habit.filter((l) => l.includes("$"))).toHaveLength(3);
  const { r, formats, result } = await run(
    scratch.write("habit.csv", habit.join("\n") + "\n"),
    "habit",
  );
  expect(formats).toContain('"$"#,##0.00');
  expect(formats.filter((f) => f.includes("\u00A5"))).toEqual([]);
  // Said once, at the first $ amount (reviewer54 M1: a report relabelled in $ with no word).
  const said = result.dataQuality.filter((f: { code: string }) => f.code === "currency_mixed");
  expect(said).toEqual([expect.objectContaining({ row: 2, column: "Amount", value: "$1,234.50" })]);
  expect(r.out).toContain(
    "3 amounts of its 9 carry $ (the first at row 2: “$1,234.50”) and the other 6 none",
  );
});

test("the same ledger under a Chinese header: plain amounts stay yuan and the $ ones are named", async () => {
  const text = readFileSync(path.join(FIXTURE, "transactions.csv"), "utf8").trimEnd().split("\n");
  const habit = text.map((line, k) =>
    k === 0
      ? "Customer ID,Date,金额"
      : k % 3 === 1
        ? line
        : line.replace(
            /"?\(?\$([\d,.]+)\)?"?$/,
            (m, v: string) => (m.includes("(") ? "-" : "") + v.replace(/,/g, ""),
          ),
  );
  const { formats, result } = await run(
    scratch.write("habitzh.csv", habit.join("\n") + "\n"),
    "habitzh",
  );
  expect(formats).toContain('"\u00A5"#,##0.00');
  const said = result.dataQuality.filter((f: { code: string }) => f.code === "currency_mixed");
  expect(said).toEqual([expect.objectContaining({ row: 2, column: "金额", value: "$1,234.50" })]);
});
