// reviewer47 L1: the only sheet is a transactions export carrying the customers' columns
// (denormalised). It holds the Transactions' required columns, so it is theirs: the missing
// Customers sheet's error did advise renaming it “客户”, which only moved the error there.
import type { Grid } from "../../../src/engine/cells";
import { InputError } from "../../../src/engine/errors";
import { memorySource } from "../../../src/engine/ingest/memorySource";
import { ingestWorkbook } from "../../../src/engine/ingest/workbook";
import { epochDay } from "../../../src/engine/parse/date";

const denormalised: Grid = [
  ["客户编号", "客户名称", "负责人", "电话", "地区", "日期", "金额"],
  ["C1", "甲公司", "王", "13800000001", "华东", "2025-11-02", 100],
  ["C1", "甲公司", "王", "13800000001", "华东", "2025-11-20", 120],
];

test("a denormalised 交易 sheet, no 客户 sheet: no advice to rename the Transactions sheet", async () => {
  const e = await ingestWorkbook(memorySource({ 交易: denormalised }), {
    asOf: epochDay(2025, 12, 31),
  }).catch((x: unknown) => x);
  expect(e).toBeInstanceOf(InputError);
  const zh = (e as InputError).in("zh-CN");
  const en = (e as InputError).in("en-US");
  expect(zh).toMatch(/^找不到“客户”工作表/);
  expect(zh).toMatch(/；工作簿中的工作表：交易$/);
  expect(zh).not.toContain("改名");
  expect(en).toMatch(/; sheets in the workbook: 交易$/);
  expect(en).not.toContain("rename");
});

test("the same sheet whose 金额 column is mapped by hand is still the Transactions' own", async () => {
  const renamed = denormalised.map((r, i) => (i === 0 ? [...r.slice(0, 6), "成交"] : r));
  const run = (columns?: { transactions: Record<string, string> }) =>
    ingestWorkbook(memorySource({ 交易: renamed }), {
      asOf: epochDay(2025, 12, 31),
      ...(columns ? { columns } : {}),
    }).catch((x: unknown) => (x as InputError).in("zh-CN"));
  // Without the user's choice the sheet lacks the Transactions' amount: it may be the customers.
  expect(await run()).toContain("“交易”被当作“交易”表，但它的列像是“客户”表的列");
  expect(await run({ transactions: { amount: "成交" } })).not.toContain("改名");
});
