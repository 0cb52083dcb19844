import type { Grid } from "../../../src/engine/cells";
import { mapColumns, questionText } from "../../../src/engine/ingest/header";
import { memoryColumnSource } from "../../../src/engine/ingest/memorySource";
import { ingestWorkbook } from "../../../src/engine/ingest/workbook";
import { epochDay } from "../../../src/engine/parse/date";
import { SHEETS } from "../../../src/engine/schema";

// tester53 N26: a 满意度调查 sheet as 问卷星 (wjx) exports it was not read (提交答卷时间 no date
// word; the questions not recognised), or read as 20 rows of "必填项 ? 列“总体满意度”为空".
const WJX_HEADER = [
  "序号",
  "提交答卷时间",
  "所用时间",
  "来源",
  "来自IP",
  "1、您的客户编号：",
  "2、您对我们的产品和服务总体满意吗？ (非常满意…非常不满意)",
  "3、您有多大可能向朋友推荐我们？（0-10分）",
  "4、其他建议",
];
const customers: Grid = [
  ["客户编号", "客户名称"],
  ["SZ028", "甲"],
  ["SH020", "乙"],
  ["SH001", "丙"],
];
const transactions: Grid = [
  ["客户编号", "日期", "金额"],
  ["SH001", "2026-01-05", 100],
];
const asOf = epochDay(2026, 11, 27);

describe("a 问卷星 survey export", () => {
  test("its numbered questions name their fields", () => {
    expect(questionText("3、您有多大可能向朋友推荐我们？（0-10分）")).toBe(
      "您有多大可能向朋友推荐我们",
    );
    expect(questionText("客户编号")).toBeNull();
    const { columns, missing } = mapColumns(WJX_HEADER, SHEETS.surveys);
    expect(columns).toEqual({ date: 1, customerId: 5, overall: 6, recommend: 7, comment: 8 });
    expect(missing).toEqual([]);
  });

  test("is read: answers on the written 5-point scale are scores 1–5, the 0–10 question NPS", async () => {
    const surveys: Grid = [
      WJX_HEADER,
      [
        1,
        "2026/10/07 17:00:00",
        "93秒",
        "微信",
        "114.88.1.1(上海)",
        "SZ028",
        "非常满意",
        6,
        "(空)",
      ],
      [2, "2026/10/27 12:00:00", "76秒", "微信", "114.88.1.2", "SH020", "不满意", 5, "太贵"],
      [3, "2026/11/02 09:30:00", "50秒", "手机", "114.88.1.3", "SH001", "一般", 9, ""],
      [4, "2026/11/03 09:30:00", "50秒", "手机", "114.88.1.3", "SH001", "满意", 10, ""],
      [5, "2026/11/04 09:30:00", "50秒", "手机", "114.88.1.3", "SH020", "非常不满意", 0, ""],
    ];
    const { dataset, findings } = await ingestWorkbook(
      memoryColumnSource({ 客户资料: customers, 销售: transactions, 满意度调查: surveys }),
      { asOf },
    );
    const s = dataset.surveys!;
    expect(s.count).toBe(5);
    expect(Array.from(s.overall)).toEqual([5, 2, 3, 4, 1]);
    expect(Array.from(s.recommend)).toEqual([6, 5, 9, 10, 0]);
    const onSurveys = findings.filter((f) => f.kind === "surveys");
    expect(onSurveys.filter((f) => f.severity !== "info")).toEqual([]);
  });

  test("a survey sheet without any score column is missing 总体满意度, never a row error with column ?", async () => {
    const surveys: Grid = [
      ["客户编号", "日期", "您最喜欢哪款茶"],
      ["SH001", "2026-10-07", "龙井"],
      ["SH020", "2026-10-08", "普洱"],
    ];
    const { findings } = await ingestWorkbook(
      memoryColumnSource({ 客户资料: customers, 销售: transactions, 满意度调查: surveys }),
      { asOf },
    );
    const onSurveys = findings.filter((f) => f.kind === "surveys");
    expect(onSurveys.filter((f) => f.row > 1)).toEqual([]);
    expect(onSurveys.map((f) => f.code)).toContain("missing_column");
    for (const f of findings) expect(f.message["zh-CN"]).not.toContain("? 列");
  });
});
