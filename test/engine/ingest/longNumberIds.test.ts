// tester63 U174: 19-digit IDs typed into number cells (6228480402564890018 and …019, after
// tester63's bad/odd.xlsx) both became 6228480402564890000, and the message said "客户编号重复且名称
// 不同 … 请给其中一位另编编号". The cause is that Excel kept 15 digits: the finding now says so, and to
// format the column as text and retype.
import type { Grid } from "../../../src/engine/cells";
import { memorySource } from "../../../src/engine/ingest/memorySource";
import { ingestWorkbook } from "../../../src/engine/ingest/workbook";
import { epochDay } from "../../../src/engine/parse/date";

const asOf = epochDay(2026, 12, 6);

const sheets = (ids: number[]): Record<string, Grid> => ({
  客户: [["客户编号", "客户名称"], ["C001", "甲店"], ...ids.map((id, i) => [id, `店${i}`])],
  交易: [
    ["日期", "客户编号", "金额"],
    ["2026-11-01", "C001", 1200],
    ["2026-11-14", ids[0], 500],
  ],
});

test("an id of more than 15 digits repeated says Excel kept 15 digits: text format, retype (zh/en)", async () => {
  // As Excel stores 6228480402564890018 and 6228480402564890019: the same number.
  const { findings } = await ingestWorkbook(
    memorySource(sheets([6228480402564890018, 6228480402564890019])),
    { asOf },
  );
  const dup = findings.filter((f) => f.code === "duplicate_customer_id");
  expect(dup.map((f) => [f.sheet, f.row, f.column, f.value])).toEqual([
    ["客户", 4, "客户编号", "6228480402564890000"],
  ]);
  expect(dup[0].message["zh-CN"]).toContain("Excel 只保留 15 位有效数字");
  expect(dup[0].message["zh-CN"]).toContain("设为“文本”格式，再重新输入完整编号");
  expect(dup[0].message["zh-CN"]).not.toContain("另编编号");
  expect(dup[0].message["en-US"]).toContain("Excel keeps only 15 significant digits");
  expect(dup[0].message["en-US"]).toContain("Format the customer ID column as Text");
});

test("a repeated id of 15 digits or fewer keeps the other-name words", async () => {
  const { findings } = await ingestWorkbook(
    memorySource(sheets([622848040256489, 622848040256489])),
    {
      asOf,
    },
  );
  const dup = findings.filter((f) => f.code === "duplicate_customer_id");
  expect(dup[0].message["zh-CN"]).toContain("另编编号");
});
