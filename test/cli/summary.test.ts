import { analyzeWorkbook } from "../../src/engine/analyze";
import { memorySource } from "../../src/engine/ingest/memorySource";
import { epochDay } from "../../src/engine/parse/date";
import { defaultRules } from "../../src/engine/rules";
import { mostAtStake, summaryText } from "../../src/cli/summary";
import { LIFECYCLE_STAGES, type CustomerAnalysis } from "../../src/engine/analysis";

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

describe("the CLI summary's numbers and punctuation (stop-20 tester W4)", () => {
  it("thousands separators through the catalog, a full-width colon after the share in Chinese", async () => {
    const d = defaultRules();
    // 1,200 survey answers (four a day), so the count needs a separator; one customer at risk.
    const surveys: (string | number)[][] = [["Customer ID", "Date", "Overall"]];
    for (let i = 0; i < 1200; i++)
      surveys.push(["A", `2025-${String(1 + (i % 12)).padStart(2, "0")}-0${1 + (i % 9)}`, 5]);
    const a = await analyzeWorkbook(
      memorySource({
        Customers: [
          ["Customer ID", "Name"],
          ["A", "甲公司"],
          ["B", "乙公司"],
        ],
        Transactions: [
          ["Customer ID", "Date", "Amount"],
          ["A", "2025-06-01", 10],
          ["B", "2024-07-01", 20],
          ["B", "2025-02-01", 20],
        ],
        Surveys: surveys,
      }),
      // A low "high" threshold, so both customers are listed among the most at risk.
      {
        rules: { ...d, churn: { ...d.churn, levels: { ...d.churn.levels, high: 0.2 } } },
        asOf: epochDay(2025, 12, 31),
      },
    );
    const outcome = {
      analysis: a,
      lang: "zh-CN" as const,
      analysisSeconds: 1,
      outPath: "out.xlsx",
      written: [],
      csvFiles: [],
      seconds: 1,
    };
    const zh = summaryText(outcome, "zh-CN");
    expect(zh).toContain("（全部时间，1,200 份回答）");
    const top = zh.split("\n").filter((l) => / — \d+\.\d%/.test(l));
    expect(top.length).toBeGreaterThan(0);
    for (const line of top) expect(line).toMatch(/ — \d+\.\d%，风险金额 [\d,.]+：/);
    const en = summaryText({ ...outcome, lang: "en-US" }, "en-US");
    expect(en).toContain("(all time, 1,200 responses)");
    for (const line of en.split("\n").filter((l) => / — \d+\.\d%/.test(l)))
      expect(line).toMatch(/ — \d+\.\d%, [\d,.]+ at stake: /);
  });
});

describe("the CLI summary names an empty optional sheet (stop 21 tester B4)", () => {
  it("gives a warning line for a complaints sheet with a header and no rows, in both languages", async () => {
    const a = await analyzeWorkbook(
      memorySource({
        Customers: [["Customer ID"], ["A"]],
        Transactions: [
          ["Customer ID", "Date", "Amount"],
          ["A", "2025-06-01", 10],
        ],
        Complaints: [["Customer ID", "Date", "Category", "Status"]],
      }),
      { rules: defaultRules(), asOf: epochDay(2025, 12, 31) },
    );
    const f = a.findings.find((x) => x.code === "no_data_rows");
    expect(f).toBeDefined();
    const outcome = {
      analysis: a,
      lang: "en-US" as const,
      analysisSeconds: 1,
      outPath: "out.xlsx",
      written: [],
      csvFiles: [],
      seconds: 1,
    };
    expect(summaryText(outcome, "en-US")).toContain(f!.message["en-US"]);
    expect(summaryText({ ...outcome, lang: "zh-CN" }, "zh-CN")).toContain(f!.message["zh-CN"]);
  });
});

describe("the CLI summary's sheet warnings (stop-23 tester #11)", () => {
  it("names the sheet, or a CSV file by its name, a whole-sheet finding is about", async () => {
    const a = await analyzeWorkbook(
      memorySource({
        客户: [["客户编号"], ["A"]],
        交易: [
          ["客户编号", "日期", "金额"],
          ["A", "2025-06-01", 10],
        ],
        投诉: [],
      }),
      { rules: defaultRules(), asOf: epochDay(2025, 12, 31) },
    );
    const outcome = {
      analysis: a,
      lang: "zh-CN" as const,
      analysisSeconds: 1,
      outPath: "out.xlsx",
      written: [],
      csvFiles: [],
      seconds: 1,
    };
    const empty = a.findings.find((f) => f.code === "empty_sheet")!;
    expect(empty.sheet).toBe("投诉");
    expect(summaryText(outcome, "zh-CN")).toContain("警告：投诉：文件或工作表是空的");
    // The same finding from a CSV file: the file's name, not its folders.
    Object.assign(empty, {
      sheet: "Complaints",
      sheetIsFile: true,
      file: "/data/x/complaints.csv",
    });
    expect(summaryText(outcome, "en-US")).toContain(
      "Warning: complaints.csv: The file or sheet is empty",
    );
  });
});

describe("mostAtStake: the console's customers most at risk (stop-23 trial T1)", () => {
  it("ranks by probability x 12-month spend at any level, then probability; never the churned or prospects", () => {
    const stage = (s: string) => LIFECYCLE_STAGES.indexOf(s as (typeof LIFECYCLE_STAGES)[number]);
    const an = {
      churnProbability: Float64Array.of(0.9, 0.3, 0.5, NaN, 0.99, 0.6, 0.4),
      monetary: Float64Array.of(100, 10_000, 6_000, 50_000, 90_000, 5_000, 7_500),
      lifecycleStage: Int8Array.of(
        stage("mature"),
        stage("mature"),
        stage("mature"),
        stage("prospect"),
        stage("churned"),
        stage("mature"),
        stage("mature"),
      ),
    } as unknown as CustomerAnalysis;
    // Stakes: 90, 3,000, 3,000, –, –, 3,000, 3,000: ties by probability (0.6, 0.5, 0.4, 0.3).
    expect(mostAtStake(an, 3)).toEqual([5, 2, 6]);
    expect(mostAtStake(an, 10)).toEqual([5, 2, 6, 1, 0]);
    expect(mostAtStake(an, 0)).toEqual([]);
  });
});
