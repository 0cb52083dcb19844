import { analyzeWorkbook } from "../../src/engine/analyze";
import { windowFigures } from "../../src/engine/changes/snapshot";
import { CancelledError } from "../../src/engine/errors";
import { memorySource } from "../../src/engine/ingest/memorySource";
import { epochDay } from "../../src/engine/parse/date";
import { resultJsonChunks } from "../../src/engine/report/resultJson";
import { analysisTables } from "../../src/engine/report/tabs";
import { defaultRules } from "../../src/engine/rules";
import { customerRecords } from "../../src/engine/report/customerJson";

const asOf = epochDay(2025, 12, 31);
const sheets = {
  客户: [
    ["客户编号", "客户名称", "负责人", "同意营销联系"],
    [1, "甲", "张伟", "是"],
    [2, "乙", "王芳", "否"],
    [3, "丙", "", "是"],
  ],
  交易: [
    ["客户编号", "日期", "金额"],
    [1, "2025-12-21", 100],
    [2, "2022-01-05", 300],
    [2, "2022-03-05", 300],
    [1, "2025-12-30", 50],
  ],
};

describe("analyzeWorkbook", () => {
  test("the snapshot lets the transactions go once compared (reviewer D0, stop 32)", async () => {
    // Kept beside the snapshot, the transactions' day and amount columns outlived releaseRows
    // (~160 MB at 10M rows) on every run.
    const a = await analyzeWorkbook(memorySource(sheets), { rules: defaultRules(), asOf });
    expect(a.snapshot).toBeDefined();
    expect(windowFigures(a.snapshot!, asOf - 30)).toBeNull();
  });

  test("the snapshot keeps of the stage rules only what the Changes reasons read (reviewer42 D10)", async () => {
    const a = await analyzeWorkbook(memorySource(sheets), { rules: defaultRules(), asOf });
    expect(Object.keys(a.snapshot!.stage!).sort()).toEqual([
      "firstPurchase",
      "matureAfterDays",
      "previousCount",
      "recentCount",
      "rule",
      "trendPeriodDays",
    ]);
  });

  test("runs every step and its tables and JSON agree", async () => {
    const a = await analyzeWorkbook(memorySource(sheets), { rules: defaultRules(), asOf });
    const tables = analysisTables(a, "zh-CN", {
      at: asOf + 0.5,
      durationSeconds: 1,
      source: "test",
    });
    expect(tables.map((t) => t.sheetName)).toEqual([
      "概览",
      "客户分类",
      "回访计划",
      "流失风险名单",
      "满意度",
      "投诉分析",
      "模型验证",
      "数据质量",
      "CA_run_state",
      "运行日志",
    ]);
    expect(tables.at(-1)!.mode).toBe("replace");
    const segments = tables[1];
    expect(segments.rowCount).toBe(3);
    expect(segments.columns.map((c) => c.key)).toContain("nextFollowUp");
    const json = JSON.parse([...resultJsonChunks(a, "en-US", new Date(0))].join(""));
    expect(customerRecords(json)!.map((c) => c.lifecycleStage)).toEqual([
      "new",
      "churned",
      "prospect",
    ]);
    expect(json.asOf).toBe("2025-12-31");
    // The rule set's own date gives way to the run's date.
    const other = await analyzeWorkbook(memorySource(sheets), {
      rules: { ...defaultRules(), asOf: "2030-01-01" },
      asOf,
    });
    expect(other.asOf).toBe(asOf);
    expect(other.classification.asOf).toBe(asOf);
  });

  test("the Overview measures over the segmentation's window (calendar months)", async () => {
    // 6 months to 2025-12-31: 2025-07-01 … 2025-12-31, 184 days (not round(6 × 365.25 / 12) = 183).
    const rules = { ...defaultRules(), window: { ...defaultRules().window, months: 6 } };
    const july = { ...sheets, 交易: [...sheets.交易, [3, "2025-07-01", 70]] };
    const a = await analyzeWorkbook(memorySource(july), { rules, asOf });
    expect(a.kpis.windowStart).toBe(a.classification.windowStart);
    expect(a.kpis.windowStart).toBe(epochDay(2025, 6, 30));
    expect(a.kpis.activeCustomers).toBe(2); // 1 and 3 (first day of the window)
    expect(a.kpis.revenue).toBe(220);
    const json = JSON.parse([...resultJsonChunks(a, "en-US", new Date(0))].join(""));
    expect(json.overview.window).toEqual({ months: 6, from: "2025-07-01", to: "2025-12-31" });
  });

  test("English tab names", async () => {
    const a = await analyzeWorkbook(memorySource(sheets), { rules: defaultRules(), asOf });
    const names = analysisTables(a, "en-US", { at: asOf, durationSeconds: 0 }).map(
      (t) => t.sheetName,
    );
    expect(names).toEqual([
      "Overview",
      "Customer segments",
      "Follow-up schedule",
      "At-risk customers",
      "Satisfaction",
      "Complaint analysis",
      "Validation",
      "Data quality",
      "CA_run_state",
      "Run log",
    ]);
  });

  test("a cancel stops the run with CancelledError", async () => {
    let calls = 0;
    await expect(
      analyzeWorkbook(memorySource(sheets, 1), {
        rules: defaultRules(),
        asOf,
        isCancelled: () => ++calls > 3,
      }),
    ).rejects.toBeInstanceOf(CancelledError);
  });

  test("progress reports the read and each analysis step", async () => {
    const steps: string[] = [];
    await analyzeWorkbook(memorySource(sheets), {
      rules: defaultRules(),
      asOf,
      onProgress: (p) => steps.push(`${p.step}:${p.detail}`),
    });
    expect(steps).toEqual(
      expect.arrayContaining([
        "read:customers",
        "read:transactions",
        "analyze:segments",
        "analyze:followUps",
        "analyze:model",
      ]),
    );
  });
});
