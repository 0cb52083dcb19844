import path from "node:path";
import { analyzeWorkbook } from "../../src/engine/analyze";
import { memorySource } from "../../src/engine/ingest/memorySource";
import { epochDay } from "../../src/engine/parse/date";
import { defaultRules } from "../../src/engine/rules";
import { mostAtStake, summaryText } from "../../src/cli/summary";
import { LIFECYCLE_STAGES, RISK_LEVELS, type CustomerAnalysis } from "../../src/engine/analysis";
import type { FollowUpSchedule } from "../../src/engine/followUp/schedule";
import { outcomeOf } from "./outcome";

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
    const outcome = outcomeOf(a, "en-US");
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
    const outcome = outcomeOf(a, "zh-CN");
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
    const outcome = outcomeOf(a, "en-US");
    expect(summaryText(outcome, "en-US")).toContain(f!.message["en-US"]);
    expect(summaryText({ ...outcome, lang: "zh-CN" }, "zh-CN")).toContain(f!.message["zh-CN"]);
    // Its row in the rows table says so too (refresh8: a header-only surveys.csv read "0 / 0 / 0").
    expect(summaryText(outcome, "en-US")).toMatch(
      /\n {2}Complaints +0 \/ 0 \/ 0 \(not used: header only, no rows\)\n/,
    );
    expect(summaryText({ ...outcome, lang: "zh-CN" }, "zh-CN")).toMatch(
      /\n {2}投诉 +0 \/ 0 \/ 0（未使用：只有标题行，没有数据）\n/,
    );
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
    const outcome = outcomeOf(a, "zh-CN");
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

describe("the CLI summary's row counts keep an unusable optional sheet (stop-24 tester #7)", () => {
  it("names an empty sheet with 0 rows and why, and a sheet missing a column with why", async () => {
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
    const outcome = outcomeOf(a, "zh-CN");
    expect(a.dataset.counts.complaints).toBeUndefined();
    const zh = summaryText(outcome, "zh-CN");
    expect(zh).toMatch(/\n {2}投诉 +0 \/ 0 \/ 0（未使用：文件或工作表为空）\n/);
    const en = summaryText({ ...outcome, lang: "en-US" }, "en-US");
    expect(en).toMatch(/\n {2}Complaints +0 \/ 0 \/ 0 \(not used: empty file or sheet\)\n/);
    // The rows table lists it where the sheets go: after the transactions.
    expect(zh.indexOf("  投诉 ")).toBeGreaterThan(zh.indexOf("  交易 "));
  });

  it("names a sheet with no header it can read, without counts it does not have", async () => {
    const a = await analyzeWorkbook(
      memorySource({
        Customers: [["Customer ID"], ["A"]],
        Transactions: [
          ["Customer ID", "Date", "Amount"],
          ["A", "2025-06-01", 10],
        ],
        Complaints: [
          ["foo", "bar"],
          ["x", "y"],
        ],
      }),
      { rules: defaultRules(), asOf: epochDay(2025, 12, 31) },
    );
    const outcome = outcomeOf(a, "en-US");
    expect(summaryText(outcome, "en-US")).toMatch(/\n {2}Complaints +not used: no header row\n/);
    expect(summaryText({ ...outcome, lang: "zh-CN" }, "zh-CN")).toMatch(
      /\n {2}投诉 +未使用：找不到标题行\n/,
    );
  });
});

describe("mostAtStake: the console's customers most at risk (stop-23 trial T1, stop-24 tester #2)", () => {
  const stage = (s: string) => LIFECYCLE_STAGES.indexOf(s as (typeof LIFECYCLE_STAGES)[number]);
  const level = (s: string) => RISK_LEVELS.indexOf(s as (typeof RISK_LEVELS)[number]);
  // Customer 7 is low and has no reason; customer 8 is low with a reason and a retention call; 9
  // is low with a reason and no retention call.
  const an = {
    churnProbability: Float64Array.of(0.9, 0.3, 0.5, NaN, 0.99, 0.6, 0.4, 0.04, 0.2, 0.2),
    monetary: Float64Array.of(
      100,
      10_000,
      6_000,
      50_000,
      90_000,
      5_000,
      7_500,
      900_000,
      20_000,
      90_000,
    ),
    lifecycleStage: Int8Array.from([0, 1, 2, 3, 4, 5, 6, 7, 8, 9], (i) =>
      stage(i === 3 ? "prospect" : i === 4 ? "churned" : "mature"),
    ),
    churnLevel: Int8Array.from(
      ["high", "medium", "medium", "prospect", "churned", "high", "medium", "low", "low", "low"],
      level,
    ),
    churnReasons: {
      codes: Int8Array.from({ length: 30 }, (_, k) => (k % 3 === 0 && k !== 21 ? 0 : -1)),
      figures: new Float64Array(0),
    },
  } as unknown as CustomerAnalysis;
  const list = (customers: number[], reasons: number[]) => ({
    count: customers.length,
    customer: Int32Array.from(customers),
    reasons: Uint8Array.from(reasons),
  });
  const schedule = {
    followUps: list([8, 9], [1 << 0, 1 << 3]), // 8: win_back; 9: cadence
    unscheduled: list([], []),
  } as unknown as Pick<FollowUpSchedule, "followUps" | "unscheduled">;

  it("ranks by probability x 12-month spend, then probability; high, medium or a retention call, with a reason", () => {
    // Stakes: 0: 90, 1: 3,000, 2: 3,000, 5: 3,000, 6: 3,000, 8: 4,000 (7 has no reason, 9 no
    // retention call, 3 and 4 are a prospect and churned).
    expect(mostAtStake(an, schedule, 3)).toEqual([8, 5, 2]);
    expect(mostAtStake(an, schedule, 10)).toEqual([8, 5, 2, 6, 1, 0]);
    expect(mostAtStake(an, schedule, 0)).toEqual([]);
  });

  it("leaves out a customer with nothing at stake: a 12-month spend not above zero (tester44 #5: '0 at stake')", () => {
    const monetary = Float64Array.from(an.monetary);
    monetary[8] = -99_499; // returns larger than the purchases
    monetary[1] = 0;
    const lost = { ...an, monetary } as unknown as CustomerAnalysis;
    expect(mostAtStake(lost, schedule, 10)).toEqual([5, 2, 6, 0]);
  });
});

describe("the CLI summary's data-quality line (tester, stop 31)", () => {
  it("says there is nothing to report when there is no finding, and points to the tab otherwise", async () => {
    const input = (extra: (string | number)[][]) =>
      memorySource({
        Customers: [
          ["Customer ID", "Name"],
          ["A", "甲公司"],
        ],
        Transactions: [["Customer ID", "Date", "Amount"], ["A", "2025-06-01", 10], ...extra],
      });
    const clean = await analyzeWorkbook(input([]), {
      rules: defaultRules(),
      asOf: epochDay(2025, 12, 31),
    });
    expect(clean.findings).toEqual([]);
    const zh = summaryText(outcomeOf(clean, "zh-CN"), "zh-CN");
    expect(zh).toContain("数据质量：没有需要说明的问题");
    expect(zh).not.toContain("0 条需要核对");
    const en = summaryText({ ...outcomeOf(clean, "en-US"), lang: "en-US" }, "en-US");
    expect(en).toContain("Data quality: nothing to report");
    // An unknown customer's row is a finding: the line counts it and names the tab.
    const found = await analyzeWorkbook(input([["Z", "2025-06-02", 5]]), {
      rules: defaultRules(),
      asOf: epochDay(2025, 12, 31),
    });
    expect(summaryText(outcomeOf(found, "zh-CN"), "zh-CN")).toMatch(
      /数据质量：\d+ 项需要核对(，另有 \d+ 项提示)?（“数据质量”表 \d+ 行）/,
    );
  });

  // tester61 U124: a 200-column sheet said "数据质量：395 项问题" for one amount not read and 394
  // unread columns (notes); the one real error was buried. Now counted apart, the columns on a line.
  it("counts what needs a look apart from the notes, and a sheet's unread columns are one tab row", async () => {
    const extra = Array.from({ length: 12 }, (_, i) => `自定义字段${i + 1}`);
    const a = await analyzeWorkbook(
      memorySource({
        客户: [
          ["客户编号", "客户名称", ...extra],
          ["A", "甲", ...extra.map(() => "x")],
        ],
        交易: [
          ["客户编号", "日期", "金额", ...extra],
          ["A", "2025-06-01", 10, ...extra.map(() => "x")],
          ["A", "2025-07-01", "待定", ...extra.map(() => "x")],
        ],
      }),
      { rules: defaultRules(), asOf: epochDay(2025, 12, 31) },
    );
    const zh = summaryText(outcomeOf(a, "zh-CN"), "zh-CN");
    expect(zh).toContain("数据质量：1 项需要核对，另有 24 项提示（“数据质量”表 3 行）");
    const en = summaryText({ ...outcomeOf(a, "en-US"), lang: "en-US" }, "en-US");
    expect(en).toContain(
      "Data quality: 1 finding needs a look, and 24 notes, on 3 rows of the Data quality tab",
    );
    // Notes alone: nothing needs a look.
    const clean = await analyzeWorkbook(
      memorySource({
        客户: [
          ["客户编号", "客户名称", ...extra],
          ["A", "甲", ...extra.map(() => "x")],
        ],
        交易: [
          ["客户编号", "日期", "金额"],
          ["A", "2025-06-01", 10],
        ],
      }),
      { rules: defaultRules(), asOf: epochDay(2025, 12, 31) },
    );
    expect(summaryText(outcomeOf(clean, "zh-CN"), "zh-CN")).toContain(
      "数据质量：没有需要核对的问题，12 项提示（“数据质量”表 1 行）",
    );
    expect(summaryText({ ...outcomeOf(clean, "en-US"), lang: "en-US" }, "en-US")).toContain(
      "Data quality: nothing needs a look; 12 notes on 1 row of the Data quality tab",
    );
  });
});

describe("a typo'd header is said once on the console (stop 42 tester #5a)", () => {
  it("the run warning with its cost, not the data-quality finding before it too (zh, en)", async () => {
    const customers: (string | number)[][] = [["客户编号", "客户名称", "负责任"]];
    const transactions: (string | number)[][] = [["客户编号", "日期", "金额"]];
    for (let c = 1; c <= 30; c++) {
      customers.push([c, `客户${c}`, c % 2 ? "王芳" : "李娜"]);
      for (let back = c * 7; back < 600; back += 40)
        transactions.push([c, epochDay(2025, 12, 31) - back + 25569, 1000 + c]);
    }
    const a = await analyzeWorkbook(memorySource({ 客户: customers, 交易: transactions }), {
      rules: defaultRules(),
      asOf: epochDay(2025, 12, 31),
    });
    expect(a.findings.map((f) => f.code)).toContain("unmapped_near_field");
    for (const lang of ["zh-CN", "en-US"] as const) {
      const lines = summaryText(outcomeOf(a, lang), lang)
        .split("\n")
        .filter((l) => l.includes("负责任"));
      // Before: "警告：客户：列“负责任”未识别，已忽略：每一行都按没有“负责人”读取。…" as well.
      expect(lines).toHaveLength(1);
      expect(lines[0]).toContain(
        lang === "zh-CN" ? "每位客户都按没有负责人读取" : "every customer is read without an owner",
      );
    }
  });
});

describe("a header written twice is said on the console with its sheet (tester44 #4)", () => {
  it("客户名称 typed as a second 客户编号: a warning line naming 客户, both columns, no names", async () => {
    const customers: (string | number)[][] = [["客户编号", "客户编号"]];
    const transactions: (string | number)[][] = [["客户编号", "日期", "金额"]];
    for (let c = 1; c <= 30; c++) {
      customers.push([c, `客户${c}`]);
      transactions.push([c, epochDay(2025, 12, 1) - c + 25569, 1000 + c]);
    }
    const a = await analyzeWorkbook(memorySource({ 客户: customers, 交易: transactions }), {
      rules: defaultRules(),
      asOf: epochDay(2025, 12, 31),
    });
    const zh = summaryText(outcomeOf(a, "zh-CN"), "zh-CN").split("\n");
    // Before: only "数据质量：… 项问题" (the finding a note "列“客户编号”未识别，已忽略").
    expect(zh).toContain(
      "警告：客户：列名“客户编号”重复（A 列、B 列）：A 列已读取，B 列已忽略；没有“客户名称”列，每一行都按没有“客户名称”读取。请核对哪一列是“客户编号”，改正列名后重新运行",
    );
    const en = summaryText(outcomeOf(a, "en-US"), "en-US");
    expect(en).toContain("客户: The header “客户编号” is repeated (column A and column B)");
  });
});

describe("the CLI summary names a sheet read as an input by another name (tester48 L5)", () => {
  it("says once which sheet was read as what, in both languages; nothing when the names are the inputs' own", async () => {
    const sheets = (transactions: string) =>
      memorySource({
        客户: [["客户编号"], ["A"], ["B"]],
        [transactions]: [
          ["Customer ID", "Date", "Amount"],
          ["A", "2025-06-01", 10],
          ["B", "2025-07-01", 20],
        ],
      });
    const run = (transactions: string) =>
      analyzeWorkbook(sheets(transactions), {
        rules: defaultRules(),
        asOf: epochDay(2025, 12, 31),
      });
    const a = await run("Sales data");
    expect(a.dataset.sources.transactions?.sheetName).toBe("Sales data");
    const outcome = outcomeOf(a, "en-US");
    const en = summaryText(outcome, "en-US").split("\n");
    expect(en.filter((l) => l.includes("Sales data"))).toEqual([
      "Input sheets: Transactions read from sheet “Sales data”",
    ]);
    const zh = summaryText({ ...outcome, lang: "zh-CN" }, "zh-CN").split("\n");
    expect(zh.filter((l) => l.includes("Sales data"))).toEqual([
      "输入工作表：交易读自工作表“Sales data”",
    ]);
    // 客户 and Transactions are the inputs' own names: no line.
    const own = summaryText(outcomeOf(await run("Transactions"), "en-US"), "en-US");
    expect(own).not.toContain("Input sheets");
  });
});

// Tester49 L5: for CSV input the console said `Output workbook: analysis.xlsx` (relative), for a
// workbook typed with a full path a full path. The outputs are said as full paths, whatever was typed.
describe("the summary says where the outputs are as full paths", () => {
  it("a relative -o and --json are said resolved, in both languages", async () => {
    const a = await analyzeWorkbook(
      memorySource({
        Customers: [["Customer ID"], ["A"]],
        Transactions: [
          ["Customer ID", "Date", "Amount"],
          ["A", "2025-06-01", 10],
        ],
      }),
      { rules: defaultRules(), asOf: epochDay(2025, 12, 31) },
    );
    const out = path.join("sub", "analysis.xlsx");
    const en = summaryText({ ...outcomeOf(a, "en-US"), outPath: out, jsonPath: "r.json" }, "en-US");
    expect(en).toContain(`Output workbook: ${path.resolve(out)}\n`);
    expect(en).toContain(`JSON result: ${path.resolve("r.json")}\n`);
    const zh = summaryText({ ...outcomeOf(a, "zh-CN"), outPath: out }, "zh-CN");
    expect(zh).toContain(`输出工作簿：${path.resolve(out)}\n`);
  });
});

// tester52 M3: with too little history the churn levels come from default weights, a ranking and
// no measured chance; the JSON said so, the console did not (76.6 % read as measured).
describe("the CLI summary says when churn risk uses the default weights", () => {
  it("prints the model's note under the risk levels, in both languages, and none when learned", async () => {
    const a = await analyzeWorkbook(
      memorySource({
        Customers: [["Customer ID"], ["A"], ["B"]],
        Transactions: [
          ["Customer ID", "Date", "Amount"],
          ["A", "2025-06-01", 10],
          ["A", "2025-09-01", 20],
          ["B", "2025-03-01", 30],
        ],
      }),
      { rules: defaultRules(), asOf: epochDay(2025, 12, 31) },
    );
    const note = a.churn!.model.note!;
    expect(note["en-US"]).toContain("default weights");
    const outcome = outcomeOf(a, "en-US");
    const en = summaryText(outcome, "en-US");
    expect(en).toContain(`\n  ${note["en-US"]}\n`);
    expect(en.indexOf(note["en-US"])).toBeGreaterThan(en.indexOf("Churn risk"));
    const zh = summaryText({ ...outcome, lang: "zh-CN" }, "zh-CN");
    expect(zh).toContain(`\n  ${note["zh-CN"]}\n`);
    const learned = { ...a, churn: { ...a.churn!, model: { ...a.churn!.model, note: null } } };
    expect(summaryText(outcomeOf(learned, "en-US"), "en-US")).not.toContain("default weights");
  });
});

// reviewer59 M4: a workbook's row warning named the file alone ("months.xlsx row 3"), not the
// month sheet the row is on.
describe("the CLI summary's row warnings", () => {
  it("name the workbook's file and the row's sheet; a CSV by its file", async () => {
    const head = ["订单号", "客户编号", "日期", "金额"];
    const a = await analyzeWorkbook(
      memorySource({
        客户: [["客户编号"], ["C1"], ["C2"]],
        "2025年1月": [head, ["D001", "C1", "2025-01-05", 100], ["D002", "C2", "2025-01-09", 50]],
        "2025年2月": [head, ["D003", "C1", "2025-02-03", 80], ["D002", "C2", "2025-01-09", 50]],
      }),
      { rules: defaultRules(), asOf: epochDay(2025, 12, 31) },
    );
    for (const f of a.findings) f.file = "/data/months.xlsx";
    const outcome = outcomeOf(a, "en-US");
    expect(summaryText(outcome, "en-US")).toContain(
      "Warning: months.xlsx, sheet “2025年2月”, row 3: Same as row 3 of sheet “2025年1月” in every field",
    );
    expect(summaryText({ ...outcome, lang: "zh-CN" }, "zh-CN")).toContain(
      "警告：months.xlsx 的“2025年2月”表第 3 行：与“2025年1月”表第 3 行完全相同",
    );
    for (const f of a.findings) f.sheetIsFile = true;
    expect(summaryText(outcome, "en-US")).toContain("Warning: months.xlsx row 3: Same as row 3 of");
  });
});

// tester61 U117: a school's 结课 student is no leaver: the console said "其中 2 位客户已离开" of a
// graduate and a refunded student alike. Now each is told as what the status says.
describe("the CLI summary tells a completed course from a leaving", () => {
  it("结课 and 退费: one line each, in both languages", async () => {
    const sales: (string | number)[][] = [["学员编号", "日期", "金额"]];
    for (const id of ["XT001", "XT005", "XT009"])
      for (const d of ["2025-09-06", "2026-03-06"]) sales.push([id, d, 7200]);
    const a = await analyzeWorkbook(
      memorySource({
        学员信息: [
          ["学员编号", "状态"],
          ["XT001", "在读"],
          ["XT005", "退费"],
          ["XT009", "结课"],
        ],
        缴费: sales,
      }),
      { rules: defaultRules(), asOf: epochDay(2026, 11, 30) },
    );
    const outcome = outcomeOf(a, "zh-CN");
    const zh = summaryText(outcome, "zh-CN");
    // Its status says so: named alone since stop 69 (tester68 U402), not "状态或停用日期".
    expect(zh).toContain("其中 1 位客户已离开（客户表的状态写明）：不联系，也不纳入挽回活动");
    expect(zh).toContain(
      "其中 1 位客户已结课或毕业（客户表的状态写明）：不是流失风险，不安排挽留联系",
    );
    const en = summaryText({ ...outcome, lang: "en-US" }, "en-US");
    expect(en).toContain(
      "Of them 1 customer has completed the course or graduated (the Customers sheet's status says so): no churn risk, no retention contact",
    );
    expect(zh).not.toContain("仍按其自身节奏付款");
  });

  // reviewer61 R10 (rest): 结课 written, but the monthly fee still paid on the 5th, the last 25 days
  // before: not a completed course (the money after the word wins), said.
  it("结课 with the monthly fee still paid: said as going on, not completed", async () => {
    const sales: (string | number)[][] = [["学员编号", "日期", "金额"]];
    for (let m = 1; m <= 11; m++) sales.push(["S4", `2026-${String(m).padStart(2, "0")}-05`, 2000]);
    const a = await analyzeWorkbook(
      memorySource({
        学员信息: [
          ["学员编号", "状态"],
          ["S4", "结课"],
        ],
        缴费: sales,
      }),
      { rules: defaultRules(), asOf: epochDay(2026, 11, 30) },
    );
    const outcome = outcomeOf(a, "zh-CN");
    const zh = summaryText(outcome, "zh-CN");
    expect(zh).not.toContain("已结课或毕业（客户表的状态写明）：不是流失风险");
    expect(zh).toContain(
      "另有 1 位客户的状态写明已结课或毕业，但仍按其自身节奏付款（最近一次付款未超出其购买周期）：以付款为准，按仍在读计算，照常安排联系",
    );
    expect(summaryText({ ...outcome, lang: "en-US" }, "en-US")).toContain(
      "1 customer whose status says completed or graduated still pays on their own rhythm (the last payment within it): read as continuing, the later payments over the status, and contacted as usual",
    );
  });
});

// tester68 U402: the 母婴店's console said "其中 1 位客户已离开（客户表的状态或停用日期写明）" twice
// (the 待挽回 note and the retention line) of M10249, whose only word was a 回访记录 note
// `搬家去外地了，以后不来了`: each line names what said so.
describe("the CLI summary names what said a customer left", () => {
  const shop = async (statusLeaver: boolean) => {
    const sales: (string | number)[][] = [["日期", "会员卡号", "实收金额"]];
    for (const id of ["M1", "M2", "M3", "M4"])
      for (const d of ["2025-05-20", "2025-09-01", "2025-12-10", "2026-01-20", "2026-04-14"])
        sales.push([d, id, 300]);
    for (const d of ["2026-06-10", "2026-08-20", "2026-10-05", "2026-11-14"])
      sales.push([d, "M1", 300]);
    return analyzeWorkbook(
      memorySource({
        会员: [
          ["会员卡号", "状态"],
          ["M1", "正常"],
          ["M2", statusLeaver ? "已搬离" : "正常"],
          ["M3", "正常"],
          ["M4", "正常"],
        ],
        消费记录: sales,
        回访记录: [
          ["日期", "会员卡号", "方式", "内容", "跟进人"],
          ["2026-11-03", "M3", "电话", "搬家去外地了，以后不来了", "店长"],
        ],
      }),
      { rules: defaultRules(), asOf: epochDay(2026, 11, 30) },
    );
  };

  it("a contact's note alone: 跟进记录写明, in both lines and both languages", async () => {
    const outcome = outcomeOf(await shop(false), "zh-CN");
    const zh = summaryText(outcome, "zh-CN");
    expect(zh).toContain("其中 1 位客户已离开（跟进记录写明）：不联系，也不纳入挽回活动");
    expect(zh).toMatch(/上一期有购买的 \d+ 位客户中 1 位已离开（跟进记录写明），计为流失/);
    expect(zh).not.toContain("客户表的状态或停用日期写明");
    const en = summaryText({ ...outcome, lang: "en-US" }, "en-US");
    expect(en).toContain(
      "Of them 1 customer has left (a note on the Contacts sheet says so): no contact, not in the win-back campaign",
    );
    expect(en).toMatch(
      /1 customer of the \d+ who bought in the previous period left \(a note on the Contacts sheet says so\): counted as churned/,
    );
  });

  it("a status and a contact's note: each named with its count", async () => {
    const outcome = outcomeOf(await shop(true), "zh-CN");
    expect(summaryText(outcome, "zh-CN")).toContain(
      "其中 2 位客户已离开（客户表的状态写明 1 位，跟进记录写明 1 位）：不联系，也不纳入挽回活动",
    );
    expect(summaryText({ ...outcome, lang: "en-US" }, "en-US")).toContain(
      "Of them 2 customers have left (the Customers sheet's status: 1, a note on the Contacts sheet: 1): no contact, not in the win-back campaign",
    );
  });
});

describe("the CLI summary's most-at-stake lines say a name that is the ID once (tester70 U610)", () => {
  it("QuickBooks keys its customers by name: “Quarry Bistro”, not “Quarry Bistro Quarry Bistro”", async () => {
    const d = defaultRules();
    const a = await analyzeWorkbook(
      memorySource({
        Customers: [
          ["Customer ID", "Name"],
          ["Quarry Bistro", "Quarry Bistro"],
          ["C2", "Union Deli"],
          ["C3", ""],
        ],
        Transactions: [
          ["Customer ID", "Date", "Amount"],
          ...["Quarry Bistro", "C2", "C3"].flatMap((id) => [
            [id, "2024-07-01", 20],
            [id, "2025-02-01", 20],
          ]),
        ],
      }),
      {
        rules: { ...d, churn: { ...d.churn, levels: { ...d.churn.levels, high: 0.2 } } },
        asOf: epochDay(2025, 12, 31),
      },
    );
    const en = summaryText(outcomeOf(a, "en-US"), "en-US");
    const top = en.split("\n").filter((l) => / — \d+\.\d%/.test(l));
    expect(top.some((l) => l.startsWith("  Quarry Bistro — "))).toBe(true);
    expect(top.some((l) => l.startsWith("  C2 Union Deli — "))).toBe(true);
    expect(top.some((l) => l.startsWith("  C3 — "))).toBe(true);
  });
});
