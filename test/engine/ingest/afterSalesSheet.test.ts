import type { Grid } from "../../../src/engine/cells";
import { memorySource } from "../../../src/engine/ingest/memorySource";
import { ingestWorkbook } from "../../../src/engine/ingest/workbook";
import { epochDay } from "../../../src/engine/parse/date";

// tester64 U191: a 社区团购 团长 keeps her after-sales problems on a 售后 sheet (日期, 昵称, 问题,
// 处理结果: "奶粉罐子压瘪了 已退款", "临期 … 客户不太高兴"), keyed by the member's WeChat nickname.
// 售后 was no complaints name: the sheet was not read, both complaints lost.
// (Rows from /work/notes/stop64/tester64/muying/gen.js.)

const asOf = epochDay(2026, 12, 6);
const members: Grid = [
  ["微信昵称", "客户编号", "小区"],
  ["Amy宝妈", "13911110002", "阳光花园5栋"],
  ["Lily", "13911110009", "翠湖苑"],
  ["豆豆妈", "13911110011", "金地小区"],
];
const orders: Grid = [
  ["订单号", "下单时间", "客户编号", "商品名称", "实付金额"],
  ["T1", "2026-10-01", "13911110002", "飞鹤星飞帆3段", 536],
  ["T2", "2026-11-02", "13911110009", "a2至初3段", 596],
  ["T3", "2026-11-15", "13911110011", "帮宝适绿帮L", 199],
];
const afterSales: Grid = [
  ["日期", "昵称", "问题", "处理结果"],
  ["2026-11-23", "Lily", "奶粉罐子压瘪了", "已退款"],
  ["2026-10-12", "Amy宝妈", "奶粉快过期了（临期）", "退了一罐，客户不太高兴"],
];

test.each(["售后", "售后记录", "After-sales"])(
  "a %s sheet keyed by nickname is the complaints: each row its member's, 已退款 resolved",
  async (name) => {
    const { dataset, findings } = await ingestWorkbook(
      memorySource({ 客户: members, 订单: orders, [name]: afterSales }),
      { asOf },
    );
    expect(dataset.sources.complaints?.sheetName).toBe(name);
    const c = dataset.complaints!;
    expect(c.count).toBe(2);
    // Lily (customer 1) refunded: resolved; Amy宝妈 (customer 0) not happy: open.
    expect([...c.customer]).toEqual([1, 0]);
    expect([...c.status]).toEqual([1, 0]);
    const key = findings.find((f) => f.code === "customer_key_by_other")!;
    expect([key.sheet, key.column]).toEqual([name, "昵称"]);
  },
);

test("a nickname two members share is said, and no row is given to either", async () => {
  const twins: Grid = [...members, ["Lily", "13911110012", "翠湖苑"]];
  const { dataset, findings } = await ingestWorkbook(
    memorySource({ 客户: twins, 订单: orders, 售后: afterSales }),
    { asOf },
  );
  expect(dataset.complaints).toBeNull();
  const f = findings.find((x) => x.code === "customer_key_shared")!;
  expect([f.sheet, f.column]).toEqual(["售后", "昵称"]);
});

test("a 售后 sheet of orders (an amount on each row) is no complaints sheet", async () => {
  const refunds: Grid = [
    ["日期", "客户编号", "商品名称", "支付方式", "金额"],
    ["2026-11-23", "13911110009", "a2至初3段", "微信", 298],
  ];
  const { dataset } = await ingestWorkbook(
    memorySource({ 客户: members, 订单: orders, 售后: refunds }),
    { asOf },
  );
  expect(dataset.complaints).toBeNull();
  expect(dataset.sources.complaints).toBeUndefined();
});
