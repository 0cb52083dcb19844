import { existsSync, linkSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
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

/**
 * The CLI run in English with `file` as the customers and a copy of it as the transactions (the
 * same file twice is refused before it is read: below), writing to `out`.
 */
function bothInputsInEnglish(file: string, out: string): Promise<CliRun> {
  return cli(
    "analyze",
    "--customers",
    file,
    "--transactions",
    scratch.write(`copy-of-${path.basename(file)}`, readFileSync(file)),
    "-o",
    out,
    "--as-of",
    "2025-12-31",
    "--lang",
    "en-US",
    "--quiet",
  );
}

test("a transactions file given as both inputs stops in English with English headers", async () => {
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

describe("one file given for two inputs is said so before it is read, with what each option wants (misc47)", () => {
  test("--customers and --transactions, in both languages", async () => {
    const file = transactionsCsv("交易twice.csv", "客户编号,日期,金额,订单号,产品,数量");
    const out = scratch.path("twice.xlsx");
    const run = (lang: string) =>
      cli("analyze", "--customers", file, "--transactions", file, "-o", out, "--lang", lang);
    const zh = await run("zh-CN");
    expect(zh.code).toBe(2);
    expect(zh.err).toBe(
      `错误：${file}：同一个文件给了两次，分别用 --customers 和 --transactions 给出。这两个选项要的是各自的文件：--customers 要客户名单（每个客户一行）；--transactions 要交易记录（每笔订单一行）。请为每个选项给出它自己的文件，然后重新分析\n`,
    );
    const en = await run("en-US");
    expect(en.err).toBe(
      `error: ${file}: the same file is given twice, as --customers and as --transactions. Each option wants a file of its own: --customers the customer list, one row per customer; --transactions the purchases, one row per order line. Give each option its own file and run again\n`,
    );
    expect(existsSync(out)).toBe(false);
  });

  test("also under another name (a hard link), for an optional input", async () => {
    const file = scratch.write("跟进.csv", "客户编号,日期,方式\nC1,2025-03-01,电话\n");
    const link = scratch.path("跟进-link.csv");
    linkSync(file, link);
    const r = await cli(
      "analyze",
      "--customers",
      scratch.write("客户twice.csv", "客户编号,客户名称\nC1,甲\n"),
      "--transactions",
      link,
      "--contacts",
      file,
      "-o",
      scratch.path("twice2.xlsx"),
      "--lang",
      "zh-CN",
    );
    expect(r.code).toBe(2);
    expect(r.err).toContain(
      `${link} = ${file}：同一个文件给了两次，分别用 --transactions 和 --contacts 给出`,
    );
    expect(r.err).toContain("--contacts 要跟进记录（电话、拜访）");
  });
});

describe("a workbook given as a CSV file (tester47 L4)", () => {
  /** A workbook of the given sheets, each a header row and a row. */
  async function book(name: string, sheets: Record<string, string[][]>): Promise<string> {
    const wb = new ExcelJS.Workbook();
    for (const [sheet, rows] of Object.entries(sheets)) wb.addWorksheet(sheet).addRows(rows);
    const file = scratch.path(name);
    await wb.xlsx.writeFile(file);
    return file;
  }
  const TX = [
    ["客户编号", "日期", "金额"],
    ["C1", "2025-03-07", "10"],
  ];
  const CUSTOMERS = [
    ["客户编号", "客户名称"],
    ["C1", "甲"],
  ];

  test("without a customers sheet, as --customers: the advice leads somewhere that works, in both languages", async () => {
    const workbook = await book("tx-only.xlsx", { 交易: TX });
    const transactions = transactionsCsv("tx-beside.csv", "客户编号,日期,金额,订单号,产品,数量");
    const run = (lang: string) =>
      cli(
        "analyze",
        "--customers",
        workbook,
        "--transactions",
        transactions,
        "-o",
        scratch.path("wb.xlsx"),
        "--lang",
        lang,
      );
    const zh = await run("zh-CN");
    expect(zh.code).toBe(2);
    expect(zh.err).toBe(
      `错误：“${workbook}”是 Excel 工作簿，不是 CSV 文件；它也没有“客户”工作表（工作簿中的工作表：交易），所以直接分析它（analyze ${workbook}）也不行。请把“客户”数据存为 CSV 文件（Excel：文件 > 另存为 > CSV UTF-8），用 --customers 给出；或者在此工作簿中加入名为“客户”的工作表，然后运行 analyze ${workbook}\n`,
    );
    const en = await run("en-US");
    expect(en.err).toBe(
      `error: “${workbook}” is an Excel workbook, not a CSV file, and it has no “Customers” sheet (sheets in the workbook: 交易), so analyze ${workbook} would not run either. Save the “Customers” data as a CSV file (in Excel: File > Save As > CSV UTF-8) and give that as --customers, or add a sheet named “Customers” to this workbook and run analyze ${workbook}\n`,
    );
    // The advice's second way works: the workbook with a customers sheet added runs.
    const added = await book("tx-added.xlsx", { 交易: TX, 客户: CUSTOMERS });
    const ran = await cli(
      "analyze",
      added,
      "-o",
      scratch.path("added.xlsx"),
      "--as-of",
      "2025-03-31",
      "-q",
    );
    expect(ran.err).toBe("");
    expect(ran.code).toBe(0);
  });

  test("with neither required sheet: both named, and sheets in the plural", async () => {
    const workbook = await book("blank.xlsx", { Sheet1: [["x"]] });
    const r = await cli(
      "analyze",
      "--customers",
      transactionsCsv("c-beside.csv", "客户编号,日期,金额,订单号,产品,数量"),
      "--transactions",
      workbook,
      "--lang",
      "en-US",
    );
    expect(r.err).toContain(
      "it has no “Customers” or “Transactions” sheet (sheets in the workbook: Sheet1)",
    );
    expect(r.err).toContain(
      "Save the “Transactions” data as a CSV file (in Excel: File > Save As > CSV UTF-8) and give that as --transactions, or add sheets named “Customers” and “Transactions” to this workbook",
    );
  });

  test("with both required sheets: analyze it by itself, as before", async () => {
    const workbook = await book("both.xlsx", { 客户: CUSTOMERS, 交易: TX });
    const r = await cli(
      "analyze",
      "--customers",
      workbook,
      "--transactions",
      transactionsCsv("t-beside.csv", "客户编号,日期,金额,订单号,产品,数量"),
      "--lang",
      "zh-CN",
    );
    expect(r.err).toBe(
      `错误：“${workbook}”是 Excel 工作簿，不是 CSV 文件。工作簿请直接指定：analyze ${workbook}（读取其中的客户表和交易表；见 --help）。\n`,
    );
  });
});

describe("a file given as a CSV file that is no text (tester50 M2)", () => {
  test("a PNG renamed .csv beside English CSV files: said in English, as not CSV text, not as garbled headers", async () => {
    const png = scratch.path("png.csv");
    // A PNG's start: its bytes read as text were the "headers found" (塒NG), Chinese to the language guess.
    writeFileSync(
      png,
      Buffer.from([
        0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52,
      ]),
    );
    const transactions = transactionsCsv("t-en.csv", "Customer ID,Date,Amount");
    const run = await cli("analyze", "--customers", png, "--transactions", transactions, "-q");
    expect(run.code).toBe(2);
    expect(run.err).toBe(
      `error: “${png}” is not a CSV text file: it is a PNG file (binary content), perhaps renamed .csv. Export the data as CSV (in Excel: File > Save As > CSV UTF-8) and give that file.\n`,
    );
  });
});

// Its traditional headers are found since input53 (foldLabel's traditional characters): the run
// goes through, where it stopped at "Headers found: 客戶編號, 客戶名稱".
test("a Big5 customers file is read as Big5, and its traditional headers found (tester50 M4, tester51 C2, input52)", async () => {
  const big5 = scratch.path("big5.csv");
  // 客戶編號,客戶名稱 in Big5.
  const name = [0xab, 0xc8, 0xa4, 0xe1, 0xbd, 0x73, 0xb8, 0xb9];
  const title = [0xab, 0xc8, 0xa4, 0xe1, 0xa6, 0x57, 0xba, 0xd9];
  writeFileSync(
    big5,
    Buffer.concat([
      Buffer.from(name),
      Buffer.from(","),
      Buffer.from(title),
      Buffer.from("\nC1,x\n"),
    ]),
  );
  const transactions = transactionsCsv(
    "t-big5.csv",
    "Customer ID,Date,Amount,Order ID,Product,Quantity",
  );
  const run = await cli(
    "analyze",
    "--customers",
    big5,
    "--transactions",
    transactions,
    "-q",
    "--lang",
    "en",
  );
  expect(run.code).toBe(0);
  expect(run.err).not.toContain("looks like Big5");
});
