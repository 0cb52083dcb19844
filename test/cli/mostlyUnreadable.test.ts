import { cli, scratchFolder } from "./harness";

// Tester51 C1: a transactions file whose dates are MM/DD/YY (01/01/23) had 3,024 of 3,036 rows
// refused, exit 0 and a report of the 9 rows in other formats; with -q nothing was printed.
const scratch = scratchFolder("ca-mostly-unreadable-");

/** `count` customers with a sale each: the first `twoDigit` dated Mar/15/2024 (no date form), the rest 2024-03-15. */
function files(name: string, twoDigit: number, count: number): [string, string] {
  const ids = Array.from({ length: count }, (_, i) => `C${i}`);
  const customers = scratch.write(`${name}-c.csv`, "Customer ID\n" + ids.join("\n") + "\n");
  const rows = ids.map((id, i) => `${id},${i < twoDigit ? "Mar/15/2024" : "2024-03-15"},100`);
  const transactions = scratch.write(
    `${name}-t.csv`,
    "Customer ID,Date,Amount\n" + rows.join("\n") + "\n",
  );
  return [customers, transactions];
}

/** The run over `files`: 20 rows unless `count` says. */
const analyse = (name: string, twoDigit: number, ...options: string[]) =>
  analyseRows(name, twoDigit, 20, ...options);
const analyseRows = (name: string, twoDigit: number, count: number, ...options: string[]) => {
  const [c, t] = files(name, twoDigit, count);
  return cli(
    "analyze",
    "--customers",
    c,
    "--transactions",
    t,
    "--as-of",
    "2025-12-31",
    "-o",
    scratch.path(`${name}.xlsx`),
    "-q",
    ...options,
  );
};

test("dates unreadable on most rows stop the run (exit 2) naming file, column, rows, values and the next step", async () => {
  const en = await analyse("most", 15, "--lang", "en-US");
  expect(en.code).toBe(2);
  expect(en.err).toContain("Transactions file");
  expect(en.err).toContain("most-t.csv");
  expect(en.err).toContain("15 of its 20 rows cannot be used");
  expect(en.err).toContain("“Date”");
  expect(en.err).toContain("row 2 “Mar/15/2024”; row 3 “Mar/15/2024”; row 4 “Mar/15/2024”");
  expect(en.err).toContain(
    "Write the dates as ISO dates (2023-01-01) or with four-digit years (01/01/2023)",
  );
  const zh = await analyse("most-zh", 15, "--lang", "zh-CN");
  expect(zh.code).toBe(2);
  expect(zh.err).toContain("20 行数据中有 15 行无法使用");
  expect(zh.err).toContain("第 2 行“Mar/15/2024”");
  expect(zh.err).toContain("请把日期写成 ISO 日期（2023-01-01）或带四位年份（01/01/2023）");
});

test("half the rows or fewer unreadable: the run goes on, and -q still prints the warning with the next step", async () => {
  const r = await analyse("half", 10, "--lang", "en-US");
  expect(r.code).toBe(0);
  expect(r.out).toBe("");
  expect(r.err).toMatch(/^Warning: .*10 of 20 rows of Transactions \(50%\) not used/);
  expect(r.err).toContain(
    "Write the dates as ISO dates (2023-01-01) or with four-digit years (01/01/2023)",
  );
});

test("fewer than 10 rows unreadable never stop the run, however small the sheet", async () => {
  const r = await analyseRows("few", 9, 10, "--lang", "en-US");
  expect(r.code).toBe(0);
  expect(r.err).toContain("9 of 10 rows of Transactions (90%) not used");
});
