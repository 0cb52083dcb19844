/**
 * fix65b (tester64 U187): a car wash writes a 次卡's visit in 金额 as the uses taken off the card,
 * `1次`, on 次卡扣次 rows; 15 of 39 rows of 11月消费 were refused as "无法识别为金额", and members
 * washing weekly read as 36 days lapsed. A number of uses is a visit at 0 (parse/number.ts
 * usesWritten), said once for the sheet (amount_uses_written), not a zero_amount per row. Data
 * after tester64's wash/洁亮会员台账.xlsx, 11月消费.
 */
import type { Grid } from "../../../src/engine/cells";
import { memorySource } from "../../../src/engine/ingest/memorySource";
import { ingestWorkbook } from "../../../src/engine/ingest/workbook";
import { epochDay } from "../../../src/engine/parse/date";
import { usesWritten } from "../../../src/engine/parse/number";

const asOf = epochDay(2026, 12, 6);
const members: Grid = [
  ["会员卡号", "姓名"],
  ["JL001", "张伟"],
  ["JL002", "李娜"],
];
const november: Grid = [
  ["洁亮汽车美容 11月消费明细"],
  ["日期", "会员卡号", "车牌", "项目", "支付方式", "金额", "备注"],
  ["2026.11.7", "JL001", "粤B·A1234", "普洗", "次卡扣次", "1次", ""],
  ["2026.11.8", "JL002", "粤B·B2345", "精洗", "储值卡扣款", "¥60", ""],
  ["2026.11.14", "JL001", "粤B·A1234", "普洗", "次卡扣次", "1 次", ""],
  ["2026.11.21", "JL001", "粤B·A1234", "普洗", "次卡扣次", "1次", ""],
  ["2026.11.28", "JL001", "粤B·A1234", "普洗", "次卡扣次", "abc", ""],
];

test("1次 in the amount is a visit at 0, said once for the sheet", async () => {
  const { dataset, findings } = await ingestWorkbook(
    memorySource({ 会员档案: members, "11月消费": november }),
    { asOf },
  );
  // Four of five used; the abc row is still refused.
  expect(dataset.counts.transactions?.used).toBe(4);
  expect(Array.from(dataset.transactions.amount)).toEqual([0, 60, 0, 0]);
  const said = findings.filter((f) => f.code === "amount_uses_written");
  expect(said).toHaveLength(1);
  expect(said[0]).toMatchObject({ severity: "info", sheet: "11月消费", row: 3, value: "1次" });
  expect(said[0].message["zh-CN"]).toBe(
    "“金额”列有 3 行写的是次数，如“1次”（第一行为第 3 行）：这是次卡用掉的次数，不是金额，按 0 元的到店计入",
  );
  expect(said[0].message["en-US"]).toBe(
    "Column “金额” has 3 rows that write a number of uses, such as “1次” (the first at row 3): card uses, not money, counted as visits at 0",
  );
  expect(findings.filter((f) => f.code === "zero_amount")).toEqual([]);
});

test("usesWritten: a count of uses only", () => {
  expect(["1次", " 2 次 ", "1次卡"].map(usesWritten)).toEqual([true, true, true]);
  expect(["¥35", "1次性", "次", 1, "第1次"].map(usesWritten)).toEqual([
    false,
    false,
    false,
    false,
    false,
  ]);
});
