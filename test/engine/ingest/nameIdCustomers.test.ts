import type { Grid } from "../../../src/engine/cells";
import { memorySource } from "../../../src/engine/ingest/memorySource";
import { ingestWorkbook } from "../../../src/engine/ingest/workbook";
import { epochDay } from "../../../src/engine/parse/date";

// tester69 U514 (/work/notes/stop69/tester69/school/messy.py, cut down): 746 消课记录 rows with the
// student's name “邓明轩” typed in 学号 were told "不在客户表中…请在客户表中补上该客户", though she is
// on 学员信息 by that exact, unique name.

const asOf = epochDay(2026, 11, 30);
const students: Grid = [
  ["学号", "学员姓名", "联系电话"],
  ["QH2520", "邓明轩", "15587718841"],
  ["QH2521", "王子涵", "15582201805"],
  ["QH2522", "王子涵", "15582201806"],
];

test("a customer's unique name typed as the ID names whose it is; the row is still not used", async () => {
  const payments: Grid = [
    ["缴费日期", "学号", "实收金额"],
    ["2026-03-01", "QH2520", 8160],
    ["2026-04-01", "邓明轩", 8160],
    ["2026-05-01", "王子涵", 8160],
    ["2026-06-01", "QH2599", 8160],
  ];
  const { dataset, findings } = await ingestWorkbook(
    memorySource({ 学员信息: students, 缴费记录: payments }),
    { asOf },
  );
  expect(dataset.counts.transactions?.used).toBe(1);
  const unknown = findings.filter((f) => f.code === "unknown_customer");
  expect(unknown.map((f) => f.row)).toEqual([3, 4, 5]);
  expect(unknown[0].message["zh-CN"]).toBe(
    "客户编号“邓明轩”是客户“QH2520”的姓名（客户表的列“学员姓名”），不是客户编号；此行未使用：请改填为“QH2520”（客户表的列“学号”）",
  );
  expect(unknown[0].message["en-US"]).toBe(
    "Customer ID “邓明轩” is the name of customer “QH2520” (the Customers column “学员姓名”), not an ID; row not used: write “QH2520” (the Customers column “学号”) instead",
  );
  // A name two students share, and an ID that is nobody's: the usual words.
  expect(unknown[1].message["zh-CN"]).toContain("不在客户表中");
  expect(unknown[2].message["zh-CN"]).toContain("不在客户表中");
});
