import type { Grid } from "../../../src/engine/cells";
import { memorySource } from "../../../src/engine/ingest/memorySource";
import { ingestWorkbook } from "../../../src/engine/ingest/workbook";
import { COMPLAINT_CAUSES } from "../../../src/engine/model";
import { epochDay } from "../../../src/engine/parse/date";

// reviewer69 L2 (complaintCause.test.ts): a complaints register's 投诉内容 / 投诉详情 was read only as
// the cause column, so beside 投诉类型 / 投诉原因 (the commonest layout) her words were unread and the
// call said "未解决的投诉：服务态度", not “收银员态度不好”. Now the words are kept beside the cause.
const asOf = epochDay(2026, 11, 30);
const members: Grid = [
  ["会员编号", "姓名"],
  ["M1", "甲"],
  ["M2", "乙"],
];
const sales: Grid = [
  ["日期", "会员编号", "商品", "金额"],
  ["2026-10-01", "M1", "纸尿裤", 129],
  ["2026-10-02", "M2", "奶粉", 268],
];

async function read(header: string[]) {
  const type = header.findIndex((h) => h === "投诉类型" || h === "投诉原因");
  const words = header.findIndex((h) => h === "投诉内容" || h === "投诉详情");
  const row = (day: string, id: string, cause: string, text: string, status: string) => {
    const r: (string | null)[] = [day, id, null, null, status];
    if (type >= 0) r[type] = cause;
    r[words] = text;
    return r;
  };
  const complaints: Grid = [
    header,
    row("2026-05-17", "M1", "服务态度", "收银员态度不好", "处理中"),
    row("2026-06-05", "M2", "产品质量", "奶粉过期了还卖给我", "已解决"),
  ];
  const { dataset } = await ingestWorkbook(
    memorySource({ 会员: members, 销售: sales, 投诉登记: complaints }),
    { asOf },
  );
  const q = dataset.complaints!;
  return { text: q.text, causes: Array.from(q.cause).map((c) => COMPLAINT_CAUSES[c]) };
}

test.each([
  [["投诉日期", "会员编号", "投诉类型", "投诉内容", "处理状态"]],
  [["投诉日期", "会员编号", "投诉内容", "投诉类型", "处理状态"]],
  [["投诉日期", "会员编号", "投诉原因", "投诉详情", "处理状态"]],
])("%s: her words kept beside the cause (reviewer69 L2)", async (header) => {
  const { text, causes } = await read(header);
  expect(text).toEqual(["收银员态度不好", "奶粉过期了还卖给我"]);
  expect(causes[1]).toBe("product_quality");
});

test("投诉内容 alone is still her words and the cause it names (e069b08d)", async () => {
  const { text } = await read(["投诉日期", "会员编号", "备注", "投诉内容", "处理状态"]);
  expect(text).toEqual(["收银员态度不好", "奶粉过期了还卖给我"]);
});
