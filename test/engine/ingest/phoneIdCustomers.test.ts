import type { Grid } from "../../../src/engine/cells";
import { memorySource } from "../../../src/engine/ingest/memorySource";
import { ingestWorkbook } from "../../../src/engine/ingest/workbook";
import { epochDay } from "../../../src/engine/parse/date";

// tester57 U52: a gym's renewals with the member's 手机号 typed in 会员卡号 said only "客户编号
// “15844639621”不在客户表中"; the phone is QZ001's on 会员资料.

const asOf = epochDay(2026, 11, 30);
const members: Grid = [
  ["会员卡号", "姓名", "手机号"],
  ["QZ001", "王芳", "15844639621"],
  ["QZ002", "李娜", "139 0010 9471"],
  ["QZ003", "赵敏", "139 0010 9471"],
];

test("a customer's phone typed as the ID names whose it is; the row is still not used", async () => {
  const till: Grid = [
    ["日期", "会员卡号", "金额"],
    ["2026-03-01", "QZ001", 399],
    ["2026-04-01", 15844639621, 399],
    ["2026-05-01", "13900109471", 399],
    ["2026-06-01", "QZ009", 399],
  ];
  const { dataset, findings } = await ingestWorkbook(
    memorySource({ 会员资料: members, 收银流水: till }),
    { asOf },
  );
  expect(dataset.counts.transactions?.used).toBe(1);
  const unknown = findings.filter((f) => f.code === "unknown_customer");
  expect(unknown.map((f) => f.row)).toEqual([3, 4, 5]);
  expect(unknown[0].message["zh-CN"]).toBe(
    "客户编号“15844639621”是客户“QZ001”的电话（客户表的列“手机号”），不是客户编号；此行未使用：请改填为“QZ001”（客户表的列“会员卡号”）",
  );
  expect(unknown[0].message["en-US"]).toBe(
    "Customer ID “15844639621” is the phone number of customer “QZ001” (the Customers column “手机号”), not an ID; row not used: write “QZ001” (the Customers column “会员卡号”) instead",
  );
  // A phone two members share, and an ID that is no phone: the usual words.
  expect(unknown[1].message["zh-CN"]).toContain("不在客户表中");
  expect(unknown[2].message["zh-CN"]).toContain("不在客户表中");
});
