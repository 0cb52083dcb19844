import type { Grid } from "../../../src/engine/cells";
import { memorySource } from "../../../src/engine/ingest/memorySource";
import { ingestWorkbook } from "../../../src/engine/ingest/workbook";
import { epochDay } from "../../../src/engine/parse/date";

// tester64 U190: a 社区团购 团长 keeps her group's members by WeChat nickname and phone number, the
// number as the ID (手机号 renamed 客户编号, as the product advises) and no other phone column. The
// at-risk list and the schedule showed phone numbers only, under 客户编号, with 客户名称 and 电话
// blank on every call.

const asOf = epochDay(2026, 12, 6);
const orders: Grid = [
  ["订单号", "下单时间", "客户编号", "商品名称", "实付金额"],
  ["T1", "2026-11-01", "13911110001", "奶粉", 268],
  ["T2", "2026-11-02", "13911110002", "湿巾", 39],
];

test("a member list keyed by phone numbers: the nickname is the name, the ID the number to call", async () => {
  const members: Grid = [
    ["微信昵称", "客户编号", "小区"],
    ["小鱼妈妈🐟", "13911110001", "阳光小区"],
    ["Amy宝妈", "139 1111 0002", "阳光小区"],
  ];
  const { dataset } = await ingestWorkbook(memorySource({ 客户: members, 订单: orders }), { asOf });
  expect(dataset.customers.name).toEqual(["小鱼妈妈🐟", "Amy宝妈"]);
  expect(dataset.customers.phone).toEqual(["13911110001", "139 1111 0002"]);
});

test("an own phone column, a name column, or IDs that are not all mobile numbers stay as written", async () => {
  const withPhone: Grid = [
    ["姓名", "微信昵称", "客户编号", "电话"],
    ["王芳", "小鱼妈妈", "13911110001", "13800000001"],
    ["李娜", "Amy", "13911110002", ""],
  ];
  const a = await ingestWorkbook(memorySource({ 客户: withPhone, 订单: orders }), { asOf });
  expect(a.dataset.customers.name).toEqual(["王芳", "李娜"]);
  expect(a.dataset.customers.phone).toEqual(["13800000001", ""]);
  const mixed: Grid = [
    ["客户编号", "客户名称"],
    ["13911110001", "甲"],
    ["K002", "乙"],
  ];
  const b = await ingestWorkbook(
    memorySource({
      客户: mixed,
      订单: [...orders.slice(0, 2), ["T2", "2026-11-02", "K002", "湿巾", 39]],
    }),
    { asOf },
  );
  expect(b.dataset.customers.phone).toEqual(["", ""]);
});
