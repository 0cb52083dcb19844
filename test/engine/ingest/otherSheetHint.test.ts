// tester43 #11: the customers CSV given as --transactions read only "missing 金额" above a list of
// 客户名称、负责人、电话…; the error now asks whether the files were given the wrong way round.
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
