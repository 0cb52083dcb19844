import { existsSync } from "node:fs";
import { cli, scratchFolder, type CliRun } from "./harness";

// misc45: the transactions file given as --customers ran with exit 0 (290 rows read, 260 refused
// as duplicate IDs, a full report written). It now stops, naming the file and asking about a swap;
// by its header alone when no column is a customer's own (misc47), naming the options to use.

const scratch = scratchFolder("ca-customers-given-transactions-");

/** A transactions file: 4 customers, 3 purchases each (8 of its 12 rows repeat an id). */
function transactionsCsv(name: string, header: string): string {
  const rows = [header];
  for (let m = 1; m <= 3; m++)
    for (let c = 1; c <= 4; c++) rows.push(`C${c},2025-0${m}-1${c},${100 * c},SO${m}${c},P${c},1`);
  return scratch.write(name, rows.join("\n") + "\n");
}

test("the transactions file as --customers (files swapped) stops with exit 2 and no report, in Chinese", async () => {
  const out = scratch.path("zh.xlsx");
  const customers = transactionsCsv("交易.csv", "客户编号,日期,金额,订单号,产品,数量");
  const r = await cli(
    "analyze",
    "--customers",
    customers,
    "--transactions",
    scratch.write("客户.csv", "客户编号,客户名称,负责人\nC1,甲,王芳\nC2,乙,王芳\n"),
    "-o",
    out,
    "--as-of",
    "2025-12-31",
    "--quiet",
  );
  expect(r.code).toBe(2);
  expect(r.err.trim()).toBe(
    `错误：客户文件 ${customers} 的列像是“交易”文件的列（客户编号、日期、金额、订单号…），没有一列是客户自己的（如客户名称、负责人、电话）：是否把文件填反了？如果它是交易文件，请用 --transactions 给出；客户名单（每个客户一行）请用 --customers 给出，然后重新分析`,
  );
  expect(existsSync(out)).toBe(false);
});

/** The CLI run in English with `file` given as both inputs, writing to `out`. */
function bothInputsInEnglish(file: string, out: string): Promise<CliRun> {
  return cli(
    "analyze",
    "--customers",
    file,
    "--transactions",
    file,
    "-o",
    out,
    "--as-of",
    "2025-12-31",
    "--lang",
    "en-US",
    "--quiet",
  );
}

test("the same file given as both inputs stops in English with English headers", async () => {
  const out = scratch.path("en.xlsx");
  const file = transactionsCsv("transactions.csv", "Customer ID,Date,Amount,Order ID,Product,Qty");
  const r = await bothInputsInEnglish(file, out);
  expect(r.code).toBe(2);
  expect(r.err).toContain(
    `Customers file ${file}: its columns look like the Transactions file's (Customer ID, Date, Amount, Order ID…) and none is a customer's own (such as Name, Owner, Phone). Were the files given the wrong way round? If it is the Transactions file, give it as --transactions; give the customer list, one row per customer, as --customers, and run again`,
  );
  expect(existsSync(out)).toBe(false);
});

test("a transactions file with the customer's name, ids repeated, stops with the counts and the options", async () => {
  const out = scratch.path("named.xlsx");
  const file = transactionsCsv("named.csv", "Customer ID,Date,Amount,Order ID,Product,Name");
  const r = await bothInputsInEnglish(file, out);
  expect(r.code).toBe(2);
  expect(r.err.trim()).toBe(
    `error: Customers file ${file}: 8 of its 12 rows repeat a customer ID of a row above, and its columns look like the Transactions file's (Customer ID, Date, Amount, Order ID…). Were the files given the wrong way round? If it is the Transactions file, give it as --transactions; give the customer list, one row per customer, as --customers, and run again`,
  );
  expect(existsSync(out)).toBe(false);
});
