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
