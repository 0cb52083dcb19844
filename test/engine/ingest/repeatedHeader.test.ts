import { memoryColumnSource, memorySource } from "../../../src/engine/ingest/memorySource";
import { ingestWorkbook } from "../../../src/engine/ingest/workbook";
import { epochDay } from "../../../src/engine/parse/date";

// Two exports pasted into one sheet: the header row comes again inside the data. It was three errors
// per copy (客户编号“客户编号”不在客户表中, “交易日期” not a date, “金额” not an amount).

test.each([memorySource, memoryColumnSource])(
  "a repeated header row is skipped with one note (%p)",
  async (make) => {
    const header = ["客户编号", "交易日期", "金额"];
    const { dataset, findings } = await ingestWorkbook(
      make({
        客户: [
          ["客户编号", "客户名称"],
          ["C1", "甲"],
          header.slice(0, 1).concat("客户名称"),
          ["C2", "乙"],
        ],
        交易: [header, ["C1", "2025-01-05", 5], header, ["C2", "2025-01-06", 6]],
      }),
      { asOf: epochDay(2025, 12, 31) },
    );
    expect(dataset.customers.id).toEqual(["C1", "C2"]);
    expect(dataset.transactions.count).toBe(2);
    expect(findings.map((f) => [f.kind, f.row, f.code, f.severity])).toEqual([
      ["customers", 3, "repeated_header", "info"],
      ["transactions", 3, "repeated_header", "info"],
    ]);
    expect(dataset.counts.transactions).toMatchObject({
      read: 3,
      used: 2,
      rejected: 1,
      skipped: 1,
    });
  },
);
