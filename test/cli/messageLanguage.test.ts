import { tableOf } from "../../src/engine/report/table";
import { XlsxReportWriter } from "../../src/workbook/file";
import { cli, scratchFolder } from "./harness";

/**
 * One rule for the language of a message without --lang (docs/REFERENCE.md "Language of a run and of its
 * messages"; stop-34 tester #11: in one session `analyze nothere.xlsx` answered in English and
 * `analyze fake.xlsx`, CSV text with Chinese headers, in Chinese): the input's language as far as
 * it can be read when the message is said (its last run, its headers, a CSV's first line), else
 * Chinese in the names of the files the command line names, else the system's. --lang wins.
 */
jest.setTimeout(120_000);

const scratch = scratchFolder("ca-msglang-");
const saved = { LC_ALL: process.env.LC_ALL };
beforeAll(() => {
  process.env.LC_ALL = "en_US.UTF-8";
});
afterAll(() => {
  if (saved.LC_ALL === undefined) delete process.env.LC_ALL;
  else process.env.LC_ALL = saved.LC_ALL;
});

/** A workbook of one sheet (`sheet`, default Customers) with these headers and one row. */
async function oneSheetBook(
  name: string,
  headers = ["Customer ID", "Name"],
  sheet = "Customers",
): Promise<string> {
  const file = scratch.path(name);
  await new XlsxReportWriter(file, { lang: "en-US", markOwned: false }).writeTables([
    tableOf(
      "customerList",
      sheet,
      headers.map((h) => ({ key: h, header: h, format: "text" as const })),
      [headers.map((_, i) => `v${i}`)],
    ),
  ]);
  return file;
}

/** A workbook of one Customers sheet with English headers. */
const englishBook = (name: string) => oneSheetBook(name);

const ZH = /^错误：/;
const EN = /^error: /;

describe("before the input can be read, the files' names decide, else the system", () => {
  test("a missing workbook: its name's language (不存在.xlsx), else the system's (nothere.xlsx)", async () => {
    const en = await cli("analyze", scratch.path("nothere.xlsx"));
    expect(en.code).toBe(2);
    expect(en.err).toMatch(/^error: .*nothere\.xlsx: the input file does not exist\n$/);
    const zh = await cli("analyze", scratch.path("不存在.xlsx"));
    expect(zh.code).toBe(2);
    expect(zh.err).toMatch(/^错误：.*不存在\.xlsx：输入文件不存在\n$/);
    // Any file the command line names counts: the output's name too.
    expect(
      (await cli("analyze", scratch.path("nothere.xlsx"), "-o", scratch.path("分析.xlsx"))).err,
    ).toMatch(ZH);
    // A folder's name is not the user's word for this run.
    expect((await cli("analyze", scratch.path("数据", "nothere.xlsx"))).err).toMatch(EN);
    // --lang wins.
    expect((await cli("analyze", scratch.path("不存在.xlsx"), "--lang", "en-US")).err).toMatch(EN);
  });

  test("an option error before anything is readable follows the same names", async () => {
    expect(
      (await cli("analyze", scratch.path("不存在.xlsx"), "--as-of", "2025-02-30")).err,
    ).toMatch(/^错误：--as-of：“2025-02-30”不是有效日期/);
    expect(
      (await cli("analyze", scratch.path("nothere.xlsx"), "--as-of", "2025-02-30")).err,
    ).toMatch(/^error: --as-of: “2025-02-30” is not a real date/);
  });

  test("rules --check of a missing 规则.json is said in Chinese", async () => {
    const r = await cli("rules", "--check", scratch.path("规则.json"));
    expect(r.code).toBe(2);
    expect(r.err).toMatch(ZH);
    expect((await cli("rules", "--check", scratch.path("rules.json"))).err).toMatch(EN);
  });
});

describe("once any of the input is read, its language decides", () => {
  test("CSV text with Chinese headers saved as fake.xlsx: Chinese, whatever its name (tester #11)", async () => {
    const fake = scratch.write("fake.xlsx", "客户编号,客户名称\nC1,甲\n");
    const r = await cli("analyze", fake);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^错误：“.*fake\.xlsx”虽以 \.xlsx 结尾，内容却是 CSV 文本/);
  });

  // tester66 U244: CSV text saved as c.xls was said to end in .xlsx.
  test("CSV text saved as fake.xls: said to end in .xls, its own ending", async () => {
    const fake = scratch.write("fake.xls", "客户编号,客户名称\nC1,甲\n");
    const r = await cli("analyze", fake);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^错误：“.*fake\.xls”虽以 \.xls 结尾，内容却是 CSV 文本/);
  });

  test("an English workbook named in Chinese: English (its content says more than its name)", async () => {
    const book = await englishBook("数据.xlsx");
    const r = await cli("analyze", book, "--as-of", "2025-12-31");
    expect(r.code).toBe(2);
    // No Transactions sheet: told in the workbook's language.
    expect(r.err).toMatch(EN);
    expect((await cli("analyze", book, "--as-of", "31.12.25")).err).toMatch(
      /^error: --as-of: “31.12.25” is not a date/,
    );
  });

  // Stop 38 tester: one "Sheet1" of Chinese headers on an English system: no sheet is named as an
  // input, and "No “Customers” sheet found" was said in English.
  test("one sheet named as no input, with Chinese headers: Chinese; with English ones: the system's", async () => {
    const zh = await oneSheetBook("book.xlsx", ["客户编号", "日期", "金额"], "Sheet1");
    const r = await cli("analyze", zh, "--as-of", "2025-12-31");
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^错误：.*book\.xlsx：找不到“客户”工作表.*工作簿中的工作表：Sheet1\n$/);
    const en = await oneSheetBook("book-en.xlsx", ["Customer ID", "Date", "Amount"], "Sheet1");
    expect((await cli("analyze", en, "--as-of", "2025-12-31")).err).toMatch(
      /^error: .*book-en\.xlsx: No “Customers” sheet found/,
    );
    expect((await cli("analyze", zh, "--as-of", "2025-12-31", "--lang", "en-US")).err).toMatch(EN);
  });

  test("a second CSV file missing beside a Chinese one: Chinese", async () => {
    const c = scratch.write("c.csv", "客户编号,客户名称\nC1,甲\n");
    const r = await cli("analyze", "--customers", c, "--transactions", scratch.path("t.csv"));
    expect(r.err).toMatch(/^错误：.*t\.csv：输入文件不存在/);
  });
});

test("with a Chinese system, a missing nothere.xlsx is said in Chinese", async () => {
  process.env.LC_ALL = "zh_CN.UTF-8";
  try {
    expect((await cli("analyze", scratch.path("nothere.xlsx"))).err).toMatch(ZH);
  } finally {
    process.env.LC_ALL = "en_US.UTF-8";
  }
});

// Tester #11 (stop 42): English headers over Chinese customer names ran in Chinese (any Chinese text
// of the customers' top rows decided); README says the headers do. The data decide only when no
// header row is found.
describe("English headers over Chinese customer names: English; Chinese headers: Chinese", () => {
  const customers = "Customer ID,Name\nC1,张伟\nC2,上海华锦供应链有限公司\n";
  const transactions = "Customer ID,Date,Amount\nC1,2025-06-01,100\nC2,2025-07-01,200\n";

  test("a CSV run is written and summed up in English", async () => {
    const c = scratch.write("names-zh.csv", customers);
    const t = scratch.write("tx-en.csv", transactions);
    const r = await cli(
      "analyze",
      "--customers",
      c,
      "--transactions",
      t,
      "-o",
      scratch.path("names.xlsx"),
      "--as-of",
      "2025-12-31",
    );
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^Output workbook: /);
  });

  test("an error before the run: English beside English headers, Chinese beside Chinese ones", async () => {
    const c = scratch.write("names-zh2.csv", customers);
    const missing = scratch.path("nothere.csv");
    expect((await cli("analyze", "--customers", c, "--transactions", missing)).err).toMatch(
      /^error: .*nothere\.csv: /,
    );
    const zh = scratch.write("客户名.csv", "客户编号,客户名称\nC1,Zhang Wei\n");
    expect((await cli("analyze", "--customers", zh, "--transactions", missing)).err).toMatch(ZH);
  });

  test("a workbook whose headers are not found: its text decides, as before", async () => {
    const book = await oneSheetBook("nohead.xlsx", ["编号", "名字"], "Customers");
    expect((await cli("analyze", book, "--as-of", "2025-12-31")).err).toMatch(ZH);
  });

  // tester54 T18: a Shopify customers export (no column we know) over Chinese names answered in Chinese.
  test("English headers of no known column over Chinese names: the error is English", async () => {
    const c = scratch.write(
      "customers_export.csv",
      "First Name,Last Name,Email,Company\n陈老师,,cd-001@shop.example,锦江区悦颜美容会所\n",
    );
    const t = scratch.write(
      "orders_export.csv",
      "Name,Email,Total\n#1001,cd-001@shop.example,4500\n",
    );
    const r = await cli("analyze", "--customers", c, "--transactions", t, "--as-of", "2025-12-31");
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^error: .*customers_export\.csv/);
    expect(r.err).toContain("First Name");
  });
});
