import { analyzeWorkbook } from "../../src/engine/analyze";
import { memorySource } from "../../src/engine/ingest/memorySource";
import { epochDay } from "../../src/engine/parse/date";
import { defaultRules } from "../../src/engine/rules";
import { summaryText } from "../../src/cli/summary";

describe("the CLI summary's satisfaction line (issue 9 item 6)", () => {
  it("states the window's CSAT and NPS with the period, and all time on its own line", async () => {
    const a = await analyzeWorkbook(
      memorySource({
        Customers: [["Customer ID"], ["A"], ["B"]],
        Transactions: [
          ["Customer ID", "Date", "Amount"],
          ["A", "2025-06-01", 10],
          ["B", "2025-07-01", 20],
        ],
        // Two unhappy answers before the 12-month window, two happy ones in it.
        Surveys: [
          ["Customer ID", "Date", "Overall", "Likelihood to recommend"],
          ["A", "2024-03-01", 1, 0],
          ["B", "2024-12-31", 2, 3],
          ["A", "2025-01-01", 5, 10],
          ["B", "2025-12-31", 4, 9],
        ],
      }),
      { rules: defaultRules(), asOf: epochDay(2025, 12, 31) },
    );
    const outcome = {
      analysis: a,
      lang: "en-US" as const,
      analysisSeconds: 1,
      outPath: "out.xlsx",
      written: [],
      csvFiles: [],
      seconds: 1,
    };
    const en = summaryText(outcome, "en-US");
    expect(en).toContain("CSAT 100.0%, NPS 100 (2025-01-01 to 2025-12-31, 2 responses)");
    expect(en).toMatch(/CSAT 50\.0%, NPS 0 \(all time, 4 responses\)/);
    const zh = summaryText({ ...outcome, lang: "zh-CN" }, "zh-CN");
    expect(zh).toContain("（2025-01-01 至 2025-12-31，2 份回答）");
    expect(zh).toContain("（全部时间，4 份回答）");
  });
});
