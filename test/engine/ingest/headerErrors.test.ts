/**
 * Header errors name what was looked for and what is there, in the run's language (issue 13 item 3,
 * stop-19 tester #6): each missing field with its accepted headers, the headers found, and a list
 * in the language's own style ("客户、时间点" / "cust, when").
 */
import { InputError } from "../../../src/engine/errors";
import { memorySource } from "../../../src/engine/ingest/memorySource";
import { ingestWorkbook, workbookLanguage } from "../../../src/engine/ingest/workbook";
import { parseIsoDate } from "../../../src/engine/parse/date";

const asOf = parseIsoDate("2025-12-31");
const customers = [
  ["客户编号", "客户名称"],
  ["C1", "甲"],
];

async function errorOf(sheets: Record<string, unknown[][]>): Promise<InputError> {
  try {
    await ingestWorkbook(memorySource(sheets as never), { asOf });
  } catch (e) {
    if (e instanceof InputError) return e;
    throw e;
  }
  throw new Error("no error");
}

describe("header errors", () => {
  test("a missing required column: accepted headers and the headers found, in each language", async () => {
    const e = await errorOf({
      客户: customers,
      交易: [
        ["客户编号", "交易时间点", "金额(元)"],
        ["C1", "2025-01-01", 5],
      ],
    });
    expect(e.in("zh-CN")).toBe(
      "工作表“交易”：缺少必需的列“日期”（可用的列名：日期 / 交易日期 / 订单日期 / 下单日期 / 销售日期 / 购买日期）。找到的列名：客户编号、交易时间点、金额(元)",
    );
    expect(e.in("en-US")).toBe(
      // The sheet is Chinese: the English message lists its Chinese names too (tester, stop 31).
      "sheet “交易”: Required column “Date” is missing (accepted headers: Date / Order Date / Transaction Date / Purchase Date / Sale Date / Invoice Date / 日期 / 交易日期 / 订单日期 / 下单日期 / 销售日期 / 购买日期). Headers found: 客户编号, 交易时间点, 金额(元)",
    );
  });

  test("a Chinese message about an English sheet lists the English names too, and the reverse", async () => {
    // Tester, stop 31: `--lang zh-CN` on an English sheet listed only 客户编号 / 客户ID / …
    const e = await errorOf({
      Customers: [
        ["Kunde", "Customer Name"],
        ["C1", "A"],
      ],
      Transactions: [
        ["Customer ID", "Date", "Amount"],
        ["C1", "2025-01-01", 5],
      ],
    });
    expect(e.in("zh-CN")).toContain(
      "客户编号（客户编号 / 客户ID / 客户编码 / 客户代码 / 客户号 / 会员编号 / Customer ID / CustomerID / Cust No / Cust ID / Customer No / Customer Number）",
    );
    expect(e.in("en-US")).toContain(
      "Customer ID (Customer ID / CustomerID / Cust No / Cust ID / Customer No / Customer Number)",
    );
    expect(e.in("en-US")).not.toContain("客户ID");
  });

  test("no header row: every required field with its accepted headers, and the first row's texts", async () => {
    const e = await errorOf({
      客户: customers,
      交易: [
        ["cust", "when", "how much"],
        ["C1", "2025-01-01", 5],
      ],
    });
    const zh = e.in("zh-CN");
    expect(zh).toMatch(/客户编号（[^）]+）；日期（[^）]+）；金额（[^）]+）/);
    expect(zh).toContain("。找到的列名：cust、when、how much");
    const en = e.in("en-US");
    expect(en).toMatch(/Customer ID \([^)]+\); Date \([^)]+\); Amount \([^)]+\)/);
    expect(en).toContain(". Headers found: cust, when, how much");
    expect(en).not.toMatch(/[\u3000-\u303f\uff01-\uff0f\uff1a-\uff20]/);
  });

  test("no header row in a workbook: a date cell among the texts found reads as its day", async () => {
    // A file reader hands a workbook's date cell over as a Date (stop 28 tester #3: the message
    // showed `Fri Oct 25 2024 00:00:00 GMT+0000 (Coordinated Universal Time)`).
    const e = await errorOf({
      客户: customers,
      交易: [
        ["1000001", new Date(Date.UTC(2024, 9, 25)), 5],
        ["1000002", new Date(Date.UTC(2024, 9, 26)), 6],
      ],
    });
    expect(e.in("zh-CN")).toContain("找到的列名：1000001、2024-10-25、5");
    expect(e.in("en-US")).toContain("Headers found: 1000001, 2024-10-25, 5");
    // …and the message says the first row looks like data: the header row may be missing.
    expect(e.in("zh-CN")).toContain(
      "。第 1 行看起来是数据（1000001、2024-10-25、5）：可能缺少标题行。请在其上方加一行列名，例如：客户编号、日期、金额",
    );
    expect(e.in("en-US")).toContain(
      ". Row 1 looks like data (1000001, 2024-10-25, 5): the header row may be missing.",
    );
  });

  test("a missing sheet: the accepted names and the sheets in the workbook, in each language", async () => {
    const e = await errorOf({ 客户: customers, 投诉: [["客户编号"]] });
    expect(e.in("zh-CN")).toMatch(
      /^找不到“交易”工作表（可用的名称：[^）]+）；工作簿中的工作表：客户、投诉$/,
    );
    expect(e.in("en-US")).toMatch(
      /^No “Transactions” sheet found \(accepted names: [^)]+\); sheets in the workbook: 客户, 投诉$/,
    );
  });
});

describe("the language of a workbook without a customers sheet", () => {
  test("follows the input sheets it has; null when it has none we know", async () => {
    const zh = memorySource({ 交易: [["客户编号", "日期", "金额"]], 投诉: [["客户编号"]] });
    expect(await workbookLanguage(zh)).toBe("zh-CN");
    const en = memorySource({ Transactions: [["Customer ID", "Date", "Amount"]] });
    expect(await workbookLanguage(en)).toBe("en-US");
    expect(await workbookLanguage(memorySource({ Sheet1: [["a"]] }))).toBeNull();
    // No sheet named as an input: Chinese in its top rows says Chinese (stop 38 tester).
    expect(await workbookLanguage(memorySource({ Sheet1: [["客户编号", "日期"]] }))).toBe("zh-CN");
    // The first sheet with text decides; a later sheet only when the ones before are empty
    // (reviewer15 D11: a Chinese note on "Notes" overruled English headers on "Data").
    const notes = [["备注：客户数据"], ["Note: customer data"]];
    const data = [["Customer", "Date", "Amount"]];
    expect(await workbookLanguage(memorySource({ Data: data, Notes: notes }))).toBeNull();
    expect(await workbookLanguage(memorySource({ Notes: notes, Data: data }))).toBe("zh-CN");
    expect(await workbookLanguage(memorySource({ Sheet1: [], Notes: notes }))).toBe("zh-CN");
    // With a customers sheet its headers decide, as before.
    expect(await workbookLanguage(memorySource({ Customers: [["客户编号"]] }))).toBe("zh-CN");
  });
});
