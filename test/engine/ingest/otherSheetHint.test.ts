// tester43 #11: the customers CSV given as --transactions read only "missing 金额" above a list of
// 客户名称、负责人、电话…; the error now asks whether the files were given the wrong way round.
import fc from "fast-check";
import { InputError } from "../../../src/engine/errors";
import { memorySource } from "../../../src/engine/ingest/memorySource";
import { ingestWorkbook } from "../../../src/engine/ingest/workbook";
import { otherSheetHint } from "../../../src/engine/ingest/headersFound";
import { epochDay } from "../../../src/engine/parse/date";
import { SHEETS } from "../../../src/engine/schema";

const asOf = epochDay(2025, 12, 31);
const customerHeaders = ["客户编号", "客户名称", "客户类型", "负责人", "电话", "邮箱"];

test("a transactions sheet holding a customer list is asked about, in both languages", async () => {
  const failed = await ingestWorkbook(
    memorySource({
      客户: [
        ["客户编号", "客户名称"],
        ["C1", "甲"],
      ],
      交易: [customerHeaders, ["C1", "甲", "企业", "王芳", "13800000000", "a@b.cn"]],
    }),
    { asOf },
  ).catch((e: unknown) => e);
  const text = JSON.stringify(failed, Object.getOwnPropertyNames(failed));
  expect(text).toContain(
    "这些列像是“客户”表的列（客户编号、客户名称、客户类型、负责人…）：是否给错了文件或工作表（例如把两个文件填反了）？",
  );
});

test("otherSheetHint: another sheet's headers are named; a sheet's own near-miss headers are not", () => {
  const hint = otherSheetHint(customerHeaders, SHEETS.transactions);
  expect(hint.hintEn).toBe(
    ". These columns look like the Customers sheet's (客户编号, 客户名称, 客户类型, 负责人…): was the wrong file or sheet given (for example two files the wrong way round)?",
  );
  // A transactions sheet that only lacks its amount (客户编号, 日期, 数量): no other sheet claims it.
  expect(otherSheetHint(["客户编号", "日期", "数量", "产品"], SHEETS.transactions).hint).toBe("");
  // Surveys given as transactions: the Surveys sheet's.
  expect(
    otherSheetHint(["客户编号", "日期", "总体满意度", "推荐意愿(0-10)"], SHEETS.transactions).hint,
  ).toContain("“满意度调查”表");
});

/** The error a workbook whose 交易 sheet has `header` stops with, in each language. */
async function errorTexts(header: string[]): Promise<Record<"zh-CN" | "en-US", string>> {
  const failed = await ingestWorkbook(
    memorySource({
      客户: [
        ["客户编号", "客户名称"],
        ["C1", "甲"],
      ],
      交易: [header, header.map(() => "x")],
    }),
    { asOf },
  ).catch((e: unknown) => e);
  if (!(failed instanceof InputError)) throw new Error("no input error");
  return { "zh-CN": failed.in("zh-CN"), "en-US": failed.in("en-US") };
}

const count = (text: string, part: string) => text.split(part).length - 1;

// tester44 #8b: the swapped file's error said "Headers found: … These columns look like the
// Customers sheet's …?" once per missing column, joined by "?;".
test("two required columns missing: named together, the headers found and the question once", async () => {
  const e = await errorTexts(customerHeaders);
  expect(e["en-US"]).toBe(
    "sheet “交易”: Required columns “Date” and “Amount” are missing (accepted headers: Date (Date / Order Date / Transaction Date / Purchase Date / Sale Date / Invoice Date / 日期 / 交易日期 / 订单日期 / 下单日期 / 销售日期 / 购买日期); Amount (GMV / Amount / Sales / Revenue / Total / Order Amount / 金额 / 交易金额 / 订单金额 / 销售额 / 销售金额 / 实付金额)). Headers found: 客户编号, 客户名称, 客户类型, 负责人, 电话, 邮箱. These columns look like the Customers sheet's (客户编号, 客户名称, 客户类型, 负责人…): was the wrong file or sheet given (for example two files the wrong way round)?",
  );
  expect(e["zh-CN"]).toContain("缺少必需的列“日期”、“金额”（可用的列名：日期（");
  expect(count(e["zh-CN"], "找到的列名")).toBe(1);
  expect(count(e["zh-CN"], "这些列像是")).toBe(1);
});

test("two typos: each asked about once, in one sentence run", async () => {
  const e = await errorTexts(["客户编号", "日其", "金颔(元)"]);
  expect(e["en-US"]).toContain(
    "Headers found: 客户编号, 日其, 金颔(元). Did you mean “日期” for the column “日其”? Did you mean “金额(元)” for the column “金颔(元)”?",
  );
  expect(e["zh-CN"]).toContain(
    "找到的列名：客户编号、日其、金颔(元)。列“日其”是否应为“日期”？列“金颔(元)”是否应为“金额(元)”？",
  );
});

test("property: whatever required columns are missing, the headers found are said once", async () => {
  const present = ["客户编号", "日期", "金额", "订单号", "产品", "数量"];
  await fc.assert(
    fc.asyncProperty(
      fc.subarray(["日期", "金额"], { minLength: 1 }),
      fc.subarray(customerHeaders.slice(1)),
      async (dropped, extra) => {
        const header = [...present.filter((h) => !dropped.includes(h)), ...extra];
        const e = await errorTexts(header);
        for (const [lang, found] of [
          ["zh-CN", "找到的列名"],
          ["en-US", "Headers found"],
        ] as const)
          expect(count(e[lang], found)).toBe(1);
        expect(count(e["en-US"], "Required column")).toBe(1);
      },
    ),
    { numRuns: 30 },
  );
});

// misc45: a Transactions sheet read as the Customers (the sheet chosen for Customers in the pane,
// or the transactions file as --customers) has the customer id column, so no column was missing:
// its repeated ids were refused one by one and the run went on with a customer per id.
describe("a Customers sheet that is another sheet's rows", () => {
  const transactions = [
    ["客户编号", "日期", "金额", "订单号"],
    ["C1", "2025-01-05", 100, "SO1"],
    ["C2", "2025-01-06", 200, "SO2"],
    ["C1", "2025-02-05", 300, "SO3"],
    ["C2", "2025-02-06", 400, "SO4"],
    ["C1", "2025-03-05", 500, "SO5"],
  ];
  const customers = [
    ["客户编号", "客户名称"],
    ["C1", "甲"],
    ["C2", "乙"],
  ];

  // Its headers alone say so (no column of a customer's own): stopped there, before its rows
  // (misc47), with the same words whatever its ids do.
  test("a Transactions sheet chosen as the Customers stops, naming the sheet, in both languages", async () => {
    const failed = await ingestWorkbook(memorySource({ 客户: customers, 交易: transactions }), {
      asOf,
      sheets: { customers: "交易", transactions: "客户" },
    }).catch((e: unknown) => e);
    if (!(failed instanceof InputError)) throw new Error("no input error");
    expect(failed.in("zh-CN")).toBe(
      "工作表“交易”的列像是“交易”表的列（客户编号、日期、金额、订单号），没有一列是客户自己的（如客户名称、负责人、电话）：是否把别的文件或工作表当作客户表给了（例如把两个文件填反了）？请提供每个客户一行的客户名单，然后重新分析",
    );
    expect(failed.in("en-US")).toBe(
      "sheet “交易”: its columns look like the Transactions sheet's (客户编号, 日期, 金额, 订单号) and none is a customer's own (such as Name, Owner, Phone). Was the wrong file or sheet given as the customers (for example two files the wrong way round)? Give the customer list, one row per customer, and run again",
    );
  });

  test("transactions on the sheet named 客户 stop too", async () => {
    const failed = await ingestWorkbook(memorySource({ 客户: transactions, 交易: transactions }), {
      asOf,
    }).catch((e: unknown) => e);
    expect(failed).toBeInstanceOf(InputError);
    expect((failed as InputError).in("en-US")).toMatch(/^sheet “客户”: its columns look like/);
  });

  // tester45 #5: a month of transactions as --customers (Customer ID, Date, Amount, Order ID,
  // Product, Quantity) repeated 45% of its ids, under the half, and ran with exit 0.
  test("the Transactions sheet's headers and no customer column stop, ids repeated or not", async () => {
    const header = ["Customer ID", "Date", "Amount", "Order ID", "Product", "Quantity"];
    // One purchase per customer but two: 2 of 5 rows repeat.
    const month = [
      header,
      ...["C1", "C2", "C3", "C1", "C2"].map((id, i) => [id, "2025-12-05", i, `SO${i}`, "P", 1]),
    ];
    for (const rows of [month, month.slice(0, 4)]) {
      const failed = await ingestWorkbook(memorySource({ 客户: rows, 交易: transactions }), {
        asOf,
      }).catch((e: unknown) => e);
      if (!(failed instanceof InputError)) throw new Error("no input error");
      expect(failed.in("en-US")).toMatch(
        /^sheet “客户”: its columns look like the Transactions sheet's \(Customer ID, Date, Amount, Order ID…\) and none is a customer's own/,
      );
    }
  });

  // With a column of a customer's own (a transactions export with the customer's name), the
  // rows decide: more than half repeating an id above is another sheet's.
  test("a customer column beside another sheet's and more than half repeated stops, with the counts", async () => {
    const named = [
      [...transactions[0], "客户名称"],
      ...transactions.slice(1).map((row) => [...row, "甲"]),
    ];
    const failed = await ingestWorkbook(memorySource({ 客户: named, 交易: transactions }), {
      asOf,
    }).catch((e: unknown) => e);
    if (!(failed instanceof InputError)) throw new Error("no input error");
    expect(failed.in("zh-CN")).toBe(
      "工作表“客户”的 5 行数据中有 3 行的客户编号与上方某行重复，且这些列像是“交易”表的列（客户编号、日期、金额、订单号）：是否把别的文件或工作表当作客户表给了（例如把两个文件填反了）？请提供每个客户一行的客户名单，然后重新分析",
    );
    expect(failed.in("en-US")).toBe(
      "sheet “客户”: 3 of its 5 rows repeat a customer ID of a row above, and its columns look like the Transactions sheet's (客户编号, 日期, 金额, 订单号). Was the wrong file or sheet given as the customers (for example two files the wrong way round)? Give the customer list, one row per customer, and run again",
    );
  });

  test("half the rows or fewer repeated with a customer column, or customer headers, is read as before", async () => {
    // A name beside the transactions' columns: 2 of 5 rows repeat.
    const few = [
      [...transactions[0], "客户名称"],
      ...["C1", "C2", "C3", "C1", "C2"].map((id, i) => [id, "2025-01-05", i, `SO${i}`, "甲"]),
    ];
    const one = await ingestWorkbook(memorySource({ 客户: few, 交易: transactions }), { asOf });
    expect(one.dataset.customers.count).toBe(3);
    // A customer list with its ids repeated (an export of contacts per customer) is not another sheet's.
    const repeated = [
      ["客户编号", "客户名称", "负责人"],
      ...["C1", "C1", "C1", "C2"].map((id) => [id, "甲", "王芳"]),
    ];
    const two = await ingestWorkbook(memorySource({ 客户: repeated, 交易: transactions }), {
      asOf,
    });
    expect(two.dataset.customers.count).toBe(2);
  });
});
