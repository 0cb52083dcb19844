import { memorySource } from "../../src/engine/ingest/memorySource";
import { ingestWorkbook } from "../../src/engine/ingest/workbook";
import { epochDay } from "../../src/engine/parse/date";
import { attentionOf } from "../../src/taskpane/dataCheck";

// tester54 T10 and T3: the pane's data check shows in full what the console says about order lines
// read with the line above's order, amounts worked out from 数量 × 单价, scores out of 10.
test("the data check shows carried order lines, computed amounts and a 10-point scale, both languages", async () => {
  const { findings } = await ingestWorkbook(
    memorySource({
      客户: [["客户编号"], ["K001"]],
      销售: [
        ["日期", "单号", "客户编号", "产品", "数量", "单价", "金额"],
        ["2025-03-01", "D1", "K001", "茶叶", 2, 500, null],
        [null, null, null, "茶具", 1, 300, 300],
      ],
      满意度回访: [
        ["回访日期", "客户编号", "满意度(10分制)"],
        ["2025-06-01", "K001", 8],
      ],
    }),
    { asOf: epochDay(2025, 12, 31) },
  );
  const attention = attentionOf(findings);
  expect(attention.map((m) => m["zh-CN"].slice(0, 12))).toEqual([
    "1 行的“金额”为空，已",
    "1 行的“日期”、“单号",
    "C 列“满意度(10分制",
  ]);
  expect(attention[1]["en-US"]).toMatch(/^1 row with “日期”, “单号”, “客户编号” blank/);
});
