import type { Grid } from "../../../src/engine/cells";
import { memorySource } from "../../../src/engine/ingest/memorySource";
import { ingestWorkbook } from "../../../src/engine/ingest/workbook";
import { epochDay } from "../../../src/engine/parse/date";
import { COMPLAINT_CAUSES } from "../../../src/engine/model";

// tester70 U605: a car-repair shop's 会员档案 names each member's 服务顾问 (every call was under
// （未指定）), and its 投诉登记's causes 维修质量 and 等待时间 were 其他. Shapes from the tester's
// 顺达会员台账.xlsx (/work/notes/stop70/tester70/car/gen.py), cut to three members; its 维修单 named
// 交易 here (the sheet found by its columns alone is newuser70 N1's, another test).
const asOf = epochDay(2026, 10, 31);
const members: Grid = [
  ["会员卡号", "车主姓名", "手机号", "车牌号", "服务顾问", "备注"],
  ["VIP0001", "唐亮华", "13800000001", "沪A·12345", "老周", ""],
  ["VIP0002", "袁辉", "13800000002", "沪B·22345", "小陈", ""],
  ["VIP0003", "王芳", "13800000003", "沪C·32345", "老周", ""],
];
const orders: Grid = [
  ["工单号", "进厂日期", "会员卡号", "维修项目", "实收金额"],
  ["W1", "2026-09-01", "VIP0001", "小保养", 480],
  ["W2", "2026-09-10", "VIP0002", "换刹车片", 900],
  ["W3", "2026-10-01", "VIP0003", "小保养", 480],
];
const complaints: Grid = [
  ["登记日期", "会员卡号", "投诉类型", "投诉内容", "结案日期"],
  ["2026-09-05", "VIP0001", "维修质量", "换了刹车片后还是有异响", "2026-09-17"],
  ["2026-10-02", "VIP0003", "等待时间", "约好上午交车，下午四点才交", "2026-10-04"],
  ["2026-10-20", "VIP0002", "返修", "同一个问题第二次来修", ""],
];

test("a garage's 服务顾问 owns the member; 维修质量 / 返修 are the work itself, 等待时间 the process", async () => {
  const { dataset } = await ingestWorkbook(
    memorySource({ 会员档案: members, 交易: orders, 投诉登记: complaints }),
    { asOf },
  );
  expect(Array.from(dataset.customers.owner)).toEqual(["老周", "小陈", "老周"]);
  expect(Array.from(dataset.complaints!.cause, (c) => COMPLAINT_CAUSES[c])).toEqual([
    "product_quality",
    "service_process",
    "product_quality",
  ]);
});
