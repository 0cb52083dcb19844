import { memorySource } from "../../src/engine/ingest/memorySource";
import { ingestWorkbook } from "../../src/engine/ingest/workbook";
import { epochDay } from "../../src/engine/parse/date";
import { attentionOf } from "../../src/taskpane/dataCheck";

// The pane's data check shows in full the findings that change what the analysis sees (a new-user
// trial: a third of the transactions dropped, or dates read the wrong way round, showed only as counts).
test("the data check's attention list holds the many_unreadable and date-order findings, both languages", async () => {
  const { findings } = await ingestWorkbook(
    memorySource({
      Customers: [["客户编号"], ["C1"]],
      Transactions: [
        ["客户编号", "日期", "金额"],
        ["C1", "03/04/2025", 1],
        ["C1", "Jan/01/2023", 1],
        ...Array.from({ length: 4 }, () => ["C1", "Jan/02/2023", 1]),
        ["C1", "2025-03-07", 1],
      ],
    }),
    { asOf: epochDay(2025, 12, 31) },
  );
  const attention = attentionOf(findings);
  expect(attention.map((m) => m["en-US"].slice(0, 20))).toEqual([
    "Dates in column B “日",
    "5 of 7 rows of Trans",
  ]);
  expect(attention[1]["zh-CN"]).toContain("交易表 7 行中有 5 行（71%）未使用");
});
