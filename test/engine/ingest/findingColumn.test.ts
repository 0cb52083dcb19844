import { memoryColumnSource, memorySource } from "../../../src/engine/ingest/memorySource";
import { ingestWorkbook } from "../../../src/engine/ingest/workbook";
import { epochDay } from "../../../src/engine/parse/date";

// Stop 22: unparseable_value said “日期”的值 where the file's header was “交易日期”. A finding names the
// column as the user's header reads it, and its letters, in both languages.

const asOf = epochDay(2025, 12, 31);

test.each([memorySource, memoryColumnSource])(
  "row findings name the user's header and the column letter (%p)",
  async (make) => {
    const { findings } = await ingestWorkbook(
      make({
        客户: [
          ["客户编号", "客户名称", "手机号码"],
          ["C1", "甲", "1"],
        ],
        交易: [
          ["备注", "客户编号", "交易日期", "成交金额"],
          ["", "C1", "2025-13-05", 5],
          ["", "C1", "2025-01-05", "abc"],
          ["", "", "2025-01-05", 5],
          // One usable row: with none the run stops before any finding is returned (deccce6).
          ["", "C1", "2025-01-06", 7],
        ],
      }),
      { asOf },
    );
    const byCode = Object.fromEntries([...findings].reverse().map((f) => [f.code, f]));
    expect(byCode.unparseable_value.message["zh-CN"]).toBe(
      "C 列“交易日期”：“2025-13-05”不是有效日期（月份须为 01 至 12），此行未使用",
    );
    expect(byCode.unparseable_value.message["en-US"]).toBe(
      "“交易日期” (column C): “2025-13-05” is not a real date (the month must be 01 to 12); row not used",
    );
    expect(byCode.unparseable_value).toMatchObject({ sheet: "交易", row: 2, column: "交易日期" });
    const amount = findings.find((f) => f.row === 3)!;
    expect(amount.message["zh-CN"]).toBe(
      "D 列“成交金额”的值“abc”无法识别为金额，此行未使用；请改正后重新运行",
    );
    expect(byCode.missing_required.message["zh-CN"]).toBe("必填项 B 列“客户编号”为空，此行未使用");
    expect(byCode.missing_required.message["en-US"]).toBe(
      "Required value “客户编号” (column B) is empty; row not used",
    );
  },
);
