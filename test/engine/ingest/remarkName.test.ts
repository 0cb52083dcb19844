import type { Grid } from "../../../src/engine/cells";
import { mapColumns } from "../../../src/engine/ingest/header";
import { memorySource } from "../../../src/engine/ingest/memorySource";
import { ingestWorkbook } from "../../../src/engine/ingest/workbook";
import { epochDay } from "../../../src/engine/parse/date";
import { SHEETS } from "../../../src/engine/schema";

// tester65 U208: a 社区团购 团长's member list has both 微信昵称 and 备注名 (her own name for each
// member, 王姐-幼儿园旁), and the report showed the WeChat nickname. The rule: 备注名 is the name;
// 微信昵称 is kept as a nickname, what a 售后 sheet naming members by it still joins by
// (keyByOther), the name standing in for a member without one. Rows cut from afterSalesSheet.test's
// (tester64 U191), with the remark names the finding gives.

const asOf = epochDay(2026, 12, 6);
const members: Grid = [
  ["客户编号", "微信昵称", "备注名", "小区"],
  ["13911110002", "Amy宝妈", "王姐-幼儿园旁", "阳光花园5栋"],
  ["13911110009", "Lily", "李老师-翠湖", "翠湖苑"],
  ["13911110011", "", "豆豆妈", "金地小区"],
  ["13911110012", "小周", "", "金地小区"],
];
const orders: Grid = [
  ["订单号", "下单时间", "客户编号", "商品名称", "实付金额"],
  ["T1", "2026-10-01", "13911110002", "飞鹤星飞帆3段", 536],
  ["T2", "2026-11-02", "13911110009", "a2至初3段", 596],
  ["T3", "2026-11-15", "13911110011", "帮宝适绿帮L", 199],
  ["T4", "2026-11-16", "13911110012", "帮宝适绿帮L", 199],
];
const afterSales: Grid = [
  ["日期", "微信昵称", "问题", "处理结果"],
  ["2026-11-23", "Lily", "奶粉罐子压瘪了", "已退款"],
  ["2026-10-12", "Amy宝妈", "奶粉快过期了（临期）", "退了一罐，客户不太高兴"],
  // A member with no nickname, named as the list names her.
  ["2026-11-20", "豆豆妈", "纸尿裤少了一包", "已补发"],
];

describe("备注名 over 微信昵称 (tester65 U208)", () => {
  test("备注名 is the name, 微信昵称 the nickname; alone, 微信昵称 is the name", () => {
    const both = mapColumns(members[0], SHEETS.customers).columns;
    expect([both.name, both.nickname]).toEqual([2, 1]);
    const beside = mapColumns(["客户编号", "姓名", "微信昵称"], SHEETS.customers).columns;
    expect([beside.name, beside.nickname]).toEqual([1, 2]);
    // A 团长's list of nicknames alone (tester64 U190): the name.
    const alone = mapColumns(["微信昵称", "客户编号", "小区"], SHEETS.customers).columns;
    expect([alone.name, alone.nickname]).toEqual([0, undefined]);
  });

  test("customers are shown by 备注名, and the 售后 sheet keyed by 微信昵称 still joins", async () => {
    const { dataset, findings } = await ingestWorkbook(
      memorySource({ 客户: members, 订单: orders, 售后: afterSales }),
      { asOf },
    );
    // Before: Amy宝妈, Lily, "", 小周 (the nicknames).
    expect(dataset.customers.name).toEqual(["王姐-幼儿园旁", "李老师-翠湖", "豆豆妈", "小周"]);
    expect(dataset.customers.nickname).toEqual(["Amy宝妈", "Lily", "", "小周"]);
    expect(dataset.sources.customers!.columns).toMatchObject({
      name: "备注名",
      nickname: "微信昵称",
    });
    const c = dataset.complaints!;
    expect([...c.customer]).toEqual([1, 0, 2]);
    const key = findings.find((f) => f.code === "customer_key_by_other")!;
    expect([key.sheet, key.column]).toEqual(["售后", "微信昵称"]);
    expect(key.message["zh-CN"]).toContain("昵称");
    expect(key.message["en-US"]).toContain("nicknames");
  });
});
