import type { Grid } from "../../../src/engine/cells";
import { memorySource } from "../../../src/engine/ingest/memorySource";
import { ingestWorkbook } from "../../../src/engine/ingest/workbook";
import { epochDay } from "../../../src/engine/parse/date";

// tester68 U400 (stop 68): a 母婴店's 投诉登记 sheet (投诉日期, 会员编号, 投诉内容, 处理情况) had its
// 投诉内容 column unread: every complaint call said "未解决的投诉：其他" and never what she complained
// of (the header was read on the Contacts sheet only). Rows as in /work/notes/stop68/tester68/muying.
const asOf = epochDay(2026, 11, 30);
const members: Grid = [
  ["会员编号", "姓名", "手机"],
  ["M10019", "刘敏丽", "13800010019"],
  ["M10020", "王芳", "13800010020"],
];
const sales: Grid = [
  ["日期", "会员编号", "商品", "金额"],
  ["2026-10-01", "M10019", "纸尿裤", 129],
  ["2026-10-02", "M10020", "奶粉", 268],
];

test.each(["投诉内容", "投诉详情"])(
  "a complaints sheet's %s column is the complaint in her words, kept per row",
  async (header) => {
    const complaints: Grid = [
      ["投诉日期", "会员编号", header, "处理情况"],
      ["2026-05-17", "M10019", "收银员态度不好", "处理中"],
      ["2026-06-05", "M10020", "奶粉过期了还卖给我", "已处理"],
    ];
    const { dataset, findings } = await ingestWorkbook(
      memorySource({ 会员: members, 销售: sales, 投诉登记: complaints }),
      { asOf },
    );
    expect(dataset.complaints!.count).toBe(2);
    expect(dataset.complaints!.text).toEqual(["收银员态度不好", "奶粉过期了还卖给我"]);
    expect(findings.some((f) => f.code === "unmapped_column" && f.column === header)).toBe(false);
  },
);
