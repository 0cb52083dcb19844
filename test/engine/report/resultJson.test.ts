import { analyzeWorkbook } from "../../../src/engine/analyze";
import { memorySource } from "../../../src/engine/ingest/memorySource";
import { epochDay } from "../../../src/engine/parse/date";
import { resultJsonChunks } from "../../../src/engine/report/resultJson";
import { defaultRules } from "../../../src/engine/rules";

describe("resultJsonChunks: dataQuality", () => {
  test("a CSV file's findings name it as the Data quality tab does, in the run's language (stop-23 tester #12)", async () => {
    const a = await analyzeWorkbook(
      memorySource({
        客户: [
          ["客户编号", "客户名称"],
          [1, "甲"],
        ],
        交易: [
          ["客户编号", "日期", "金额"],
          [1, "2025-06-21", 100],
          [9, "2025-06-22", 50],
        ],
      }),
      { rules: defaultRules(), asOf: epochDay(2025, 12, 31) },
    );
    const found = (lang: "zh-CN" | "en-US") =>
      JSON.parse([...resultJsonChunks(a, lang, new Date(0))].join("")).dataQuality.find(
        (f: { code: string }) => f.code === "unknown_customer",
      );
    // A workbook's sheet by its own name, whatever the run's language.
    expect(found("en-US").sheet).toBe("交易");
    // The same finding read from a CSV file (the source names the sheet by its kind).
    const f = a.findings.find((x) => x.code === "unknown_customer")!;
    Object.assign(f, { sheet: "Transactions", sheetIsFile: true, file: "/tmp/t.csv" });
    expect(found("zh-CN")).toMatchObject({ sheet: "交易", file: "/tmp/t.csv" });
    expect(found("en-US")).toMatchObject({ sheet: "Transactions", file: "/tmp/t.csv" });
  });
});
