/**
 * fix65b (tester64 U187): a car wash's visit log (到店登记) names each member by her car's plate
 * (车牌), the 会员档案 by 会员卡号 with the plate beside it (车牌号). The log was refused ("缺少必需的
 * 列"), so members washing weekly on a 次卡 read as lapsed. The plate is now a customers field,
 * and a dependent sheet keyed by it joins by it (keyByOther.ts, plateKeys: 粤B·A1234, 粤BA1234 and
 * 粤b·a1234 are one plate); a plate no member has is said as an unknown customer. Data after
 * tester64's wash/洁亮会员台账.xlsx (会员档案, 到店登记).
 */
import type { Grid } from "../../../src/engine/cells";
import { plateKeys } from "../../../src/engine/ingest/keyByOther";
import { memorySource } from "../../../src/engine/ingest/memorySource";
import { ingestWorkbook } from "../../../src/engine/ingest/workbook";
import { epochDay } from "../../../src/engine/parse/date";

const asOf = epochDay(2026, 12, 6);
const members: Grid = [
  ["洁亮汽车美容 会员档案（2026年）"],
  ["会员卡号", "车牌号", "姓名", "手机"],
  ["JL001", "粤B·A1234", "张伟", "13800001001"],
  ["JL002", "粤B·B2345", "李娜", "13800001002"],
  ["JL017", "粤B·S7890", "高鹏", "13800001017"],
];
const sales: Grid = [
  ["日期", "会员卡号", "项目", "金额"],
  ["2026-11-02", "JL001", "办次卡30次", 900],
  ["2026-11-02", "JL002", "精洗", 60],
  ["2026-11-02", "JL017", "办次卡60次", 1600],
];
const visits: Grid = [
  ["到店日期", "车牌", "服务项目", "施工员"],
  ["2026-11-28", "粤B·A1234", "普洗", "小王"],
  ["2026-12-05", "粤BA1234", "普洗", "小李"],
  ["2026-11-30", "粤b·s7890", "普洗", "阿杰"],
  ["2026-12-03", "粤B S7890", "普洗", "小王"],
  ["2026-12-01", "粤B·B2345", "精洗", "小李"],
  ["2026-12-02", "粤B·B2345", "精洗", "小李"],
  ["2026-12-04", "粤B·Z9999", "普洗", "小王"],
];

test("a visit log keyed by plate joins each row to the member with that plate", async () => {
  const { dataset, findings } = await ingestWorkbook(
    memorySource({ 会员档案: members, 消费记录: sales, 到店登记: visits }),
    { asOf },
  );
  expect(dataset.customers.plate).toEqual(["粤B·A1234", "粤B·B2345", "粤B·S7890"]);
  expect(dataset.sources.visits?.columns.customerId).toBe("车牌");
  const v = dataset.visits!;
  const ids = Array.from(v.customer.slice(0, v.count)).map((c) => dataset.customers.id[c]);
  expect(ids.sort()).toEqual(["JL001", "JL001", "JL002", "JL002", "JL017", "JL017"]);
  const key = findings.find((f) => f.code === "customer_key_by_other");
  expect(key?.message["zh-CN"]).toBe(
    "B 列“车牌”是客户的车牌号（客户表的列“车牌号”），不是客户编号：各行已按车牌号对应到客户",
  );
  expect(key?.message["en-US"]).toContain("licence plates");
  // The plate no member has: said, with its row.
  const unknown = findings.filter((f) => f.sheet === "到店登记" && f.code === "unknown_customer");
  expect(unknown.map((f) => [f.row, f.value])).toEqual([[8, "粤B·Z9999"]]);
});

test("plateKeys: one plate however it is set apart or cased", () => {
  const keys = new Set(plateKeys("粤B·A1234"));
  for (const written of ["粤BA1234", "粤b·a1234", "粤B A1234", "粤B-A1234", "粤Ｂ·Ａ1234"])
    expect([written, keys.has(plateKeys(written)[0])]).toEqual([written, true]);
  expect(plateKeys("JL001")).toEqual(["JL001"]);
});
