import { openXlsx } from "../../src/workbook/file";
import { XlsxPackage } from "../../src/workbook/file/xlsxPackage";
import { cli, scratchFolder, userWorkbook } from "./harness";

/**
 * Issue 13 item 2, the language of a refresh: --lang, else the workbook's (its last run's, else
 * its headers'), else the system's (English here). Stop-20 tester L1: `analyze zh.xlsx --lang
 * en-US -o l1.xlsx`, then `analyze l1.xlsx` gave Chinese although --help promises the previous
 * run's language (our tabs are never listed as sheets, so their names were never seen). When the
 * language changes, our tabs keep their names and the run says so, naming them.
 */
jest.setTimeout(300_000);

const scratch = scratchFolder("ca-refresh-lang-");
const saved = process.env.LC_ALL;
beforeAll(() => {
  process.env.LC_ALL = "en_US.UTF-8";
});
afterAll(() => {
  if (saved === undefined) delete process.env.LC_ALL;
  else process.env.LC_ALL = saved;
});

/**
 * A small input workbook with Chinese or English sheets and headers; `unknown`: one more
 * transaction of a customer not on the list, a finding that the summary points to its tab for.
 */
async function book(name: string, zh: boolean, unknown = false): Promise<string> {
  const file = scratch.path(name);
  const ids = [1, 2, 3, 4, 5, 6];
  const sheets: Record<string, string[][]> = {
    [zh ? "客户" : "Customers"]: [
      zh ? ["客户编号", "客户名称"] : ["Customer ID", "Name"],
      ...ids.map((i) => [`C${i}`, zh ? `客户${i}` : `Customer ${i}`]),
    ],
    [zh ? "交易" : "Transactions"]: [
      zh ? ["客户编号", "日期", "金额"] : ["Customer ID", "Date", "Amount"],
      ...ids.flatMap((i) => [
        [`C${i}`, `2025-0${i}-03`, String(100 * i)],
        [`C${i}`, `2025-1${i % 3}-05`, String(50 * i)],
      ]),
      ...(unknown ? [["C9", "2025-06-03", "10"]] : []),
    ],
  };
  await userWorkbook(file, sheets, "en-US");
  return file;
}

/** The sheet names of a workbook, in tab order, and the header row of a sheet. */
async function sheetNames(file: string): Promise<string[]> {
  return (await XlsxPackage.open(file)).sheets.map((s) => s.name);
}
async function firstRow(file: string, sheet: string): Promise<string[]> {
  const rows: unknown[][] = [];
  await (await openXlsx(file)).readSheet(sheet, (b) => void rows.push(...b));
  return rows[0].map((c) => String(c ?? ""));
}
/** Every cell of a sheet, as text. */
async function allCells(file: string, sheet: string): Promise<string[]> {
  const rows: unknown[][] = [];
  await (await openXlsx(file)).readSheet(sheet, (b) => void rows.push(...b));
  return rows.flat().map((c) => String(c ?? "").replace(/\n/g, ""));
}
/** The run log's last row, as text. */
async function lastLogRow(file: string, sheet: string): Promise<string> {
  const rows: unknown[][] = [];
  await (await openXlsx(file)).readSheet(sheet, (b) => void rows.push(...b));
  return rows
    .at(-1)!
    .map((c) => String(c ?? ""))
    .join(" | ");
}

describe("a refresh without --lang speaks the workbook's last run's language", () => {
  test("Chinese input analysed in English, refreshed: English (tester L1)", async () => {
    const zh = await book("zh.xlsx", true);
    const l1 = scratch.path("l1.xlsx");
    const first = await cli("analyze", zh, "--as-of", "2025-11-30", "--lang", "en-US", "-o", l1);
    expect(first.code).toBe(0);
    const second = await cli("analyze", l1, "--as-of", "2025-12-31", "-o", scratch.path("l2.xlsx"));
    expect(second.code).toBe(0);
    expect(second.out).not.toMatch(/分析日期|流失风险/);
    expect(second.out).toContain("Analysis date 2025-12-31");
    expect(await firstRow(scratch.path("l2.xlsx"), "Customer segments")).toContain("Customer ID");
    // Same language as last time: nothing about tab names.
    expect(second.out).not.toContain("keep their names");
  });

  test("English input analysed in Chinese, refreshed: Chinese", async () => {
    const en = await book("en.xlsx", false);
    const k1 = scratch.path("k1.xlsx");
    expect(
      (await cli("analyze", en, "--as-of", "2025-11-30", "--lang", "zh-CN", "-o", k1)).code,
    ).toBe(0);
    const second = await cli("analyze", k1, "--as-of", "2025-12-31", "-o", scratch.path("k2.xlsx"));
    expect(second.code).toBe(0);
    expect(second.out).toContain("分析日期 2025-12-31");
    expect(await firstRow(scratch.path("k2.xlsx"), "客户分类")).toContain("客户编号");
  });
});

describe("a refresh in another language keeps our tab names and says so", () => {
  test("English run of a Chinese-analysed workbook: one line naming the kept tabs, and the run log", async () => {
    const zh = await book("zh2.xlsx", true);
    const z1 = scratch.path("z1.xlsx");
    expect((await cli("analyze", zh, "--as-of", "2025-11-30", "-o", z1)).code).toBe(0);
    const z2 = scratch.path("z2.xlsx");
    const r = await cli("analyze", z1, "--as-of", "2025-12-31", "--lang", "en-US", "-o", z2);
    expect(r.code).toBe(0);
    const lines = r.out.split("\n").filter((l) => l.includes("keep their names"));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^Warning: The workbook's last analysis was in Chinese/);
    // Each kept name with the tab's English name, so an English reader can tell them apart.
    expect(lines[0]).toContain(
      "still work: 概览 (Overview), 客户分类 (Customer segments), 回访计划 (Follow-up schedule), ",
    );
    expect(lines[0]).not.toContain("CA_run_state");
    const names = await sheetNames(z2);
    expect(names).toContain("客户分类");
    expect(names).not.toContain("Customer segments");
    // A tab new to the workbook (Changes: the first run had no earlier one) is named as the
    // kept ones are (stop 21 tester L1 residue: 变化 among English names), and the note lists it
    // (stop-34 tester #7: it named the nine kept tabs, not the 变化 it had just made).
    expect(names).toContain("变化");
    expect(names).not.toContain("Changes");
    expect(lines[0]).toContain(
      ". The tab this run adds is named in Chinese to match: 变化 (Changes). Their contents are now in English",
    );
    for (const name of names.filter((n) => n !== "CA_run_state" && !/^(客户|交易)$/.test(n)))
      expect(lines[0]).toContain(`${name} (`);
    // The contents are English; the run log's last row says the same.
    expect(await firstRow(z2, "客户分类")).toContain("Customer ID");
    // The Overview's pointers name the tabs by their kept names (stop 44: "See Follow-up schedule"
    // named a tab the workbook does not have).
    const overview = (await allCells(z2, "概览")).join("\n");
    expect(overview).toContain("See 回访计划, by date");
    expect(overview).not.toContain("See Follow-up schedule");
    expect(await lastLogRow(z2, "运行日志")).toContain(
      "Our tabs keep their names, so that formulas and links to them still work: 概览 (Overview), ",
    );
    // The next refresh is English like the last: the names stay, said once was enough.
    const z3 = scratch.path("z3.xlsx");
    const again = await cli("analyze", z2, "--as-of", "2026-01-31", "-o", z3);
    expect(again.code).toBe(0);
    expect(again.out).toContain("Analysis date 2026-01-31");
    expect(again.out).not.toContain("keep their names");
    expect(await sheetNames(z3)).toEqual(names);
  });

  test("--share in another language: a workbook of our tabs only, every tab named in the run's language", async () => {
    // No sheet of the user's comes along, so no formula or link depends on the old names (stop-34
    // tester #7: `--share --lang en-US` of a Chinese-analysed workbook named every tab in Chinese).
    const zh = await book("zh4.xlsx", true);
    const s1 = scratch.path("s1.xlsx");
    expect((await cli("analyze", zh, "--as-of", "2025-11-30", "-o", s1)).code).toBe(0);
    const s2 = scratch.path("s2.xlsx");
    const r = await cli(
      "analyze",
      s1,
      "--as-of",
      "2025-12-31",
      "--share",
      "--lang",
      "en-US",
      "-o",
      s2,
    );
    expect(r.code).toBe(0);
    expect(r.out).not.toContain("keep their names");
    const names = await sheetNames(s2);
    expect(names).toEqual(expect.arrayContaining(["Overview", "Changes", "Customer segments"]));
    expect(names.filter((n) => /\p{Script=Han}/u.test(n))).toEqual([]);
    expect(await firstRow(s2, "Customer segments")).toContain("Customer ID");
  });

  test("Chinese run of an English-analysed workbook: the same in Chinese", async () => {
    // One finding, so the data-quality line points to its tab (with none it says so, stop 31).
    const en = await book("en2.xlsx", false, true);
    const e1 = scratch.path("e1.xlsx");
    expect((await cli("analyze", en, "--as-of", "2025-11-30", "-o", e1)).code).toBe(0);
    const e2 = scratch.path("e2.xlsx");
    const r = await cli("analyze", e1, "--as-of", "2025-12-31", "--lang", "zh-CN", "-o", e2);
    expect(r.code).toBe(0);
    const lines = r.out.split("\n").filter((l) => l.includes("保留原名"));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      /^警告：工作簿上次的分析为英文。本工具的表保留原名，以免指向它们的公式和链接失效：Overview（概览）、Customer segments（客户分类）、Follow-up schedule（回访计划）、/,
    );
    expect(lines[0]).toContain(
      "。本次新增的 1 张表也用英文命名，与之一致：Changes（变化）。表中内容现为中文",
    );
    expect(await sheetNames(e2)).toContain("Customer segments");
    expect(await sheetNames(e2)).toContain("Changes");
    expect(await sheetNames(e2)).not.toContain("变化");
    expect(r.out).toContain("详见“Changes”表。");
    // The Data quality line names the tab the workbook has (its words since fb5b737).
    expect(r.out).toContain("（“Data quality”表 1 行）");
    expect(await lastLogRow(e2, "Run log")).toContain(
      "本工具的表保留原名，以免指向它们的公式和链接失效：Overview（概览）、",
    );
  });
});

describe("an argument error speaks the language of the input already named", () => {
  test("--customers alone: the customers file's language, else the system's", async () => {
    const c = scratch.write("客户.csv", "客户编号,客户名称\nC1,甲\n");
    const zh = await cli("analyze", "--customers", c);
    expect(zh.code).toBe(2);
    expect(zh.err).toMatch(/^错误：analyze 需要一个工作簿/);
    const e = scratch.write("customers.csv", "Customer ID,Name\nC1,Ann\n");
    const en = await cli("analyze", "--customers", e);
    expect(en.err).toMatch(/^error: analyze needs a workbook/);
    // --lang still wins.
    expect((await cli("analyze", "--customers", c, "--lang", "en-US")).err).toMatch(
      /^error: analyze needs/,
    );
  });

  test("a bad --as-of after a Chinese workbook is said in Chinese", async () => {
    const zh = await book("zh3.xlsx", true);
    const r = await cli("analyze", zh, "--as-of", "31.12.25");
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^错误：--as-of：“31.12.25”不是日期/);
    const en = await book("en3.xlsx", false);
    expect((await cli("analyze", en, "--as-of", "31.12.25")).err).toMatch(
      /^error: --as-of: “31.12.25” is not a date/,
    );
  });
});
