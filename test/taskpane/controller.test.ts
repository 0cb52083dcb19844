import type { Cell, Grid } from "../../src/engine/cells";
import { CancelledError, InputError } from "../../src/engine/errors";
import { memorySource } from "../../src/engine/ingest/memorySource";
import { epochDay } from "../../src/engine/parse/date";
import { defaultRules } from "../../src/engine/rules";
import {
  activateTab,
  checkData,
  describeError,
  detectInputs,
  keyFigures,
  loadSettings,
  pauser,
  readTopRows,
  runAnalysis,
  saveSettings,
  withColumn,
  withSheet,
  type Choices,
  type RunProgress,
} from "../../src/taskpane/controller";
import { afterLead } from "../../src/taskpane/errorText";
import { translator } from "../../src/taskpane/i18n";
import { previewSample } from "../../src/taskpane/previewSample";
import { OfficeWorkbook } from "../../src/workbook/office/officeWorkbook";
import { createSimulatedExcel, SimWorkbook } from "../../src/workbook/simulator";

const AS_OF = epochDay(2025, 6, 30);
const none: Choices = { sheets: {}, columns: {} };
const d = (y: number, m: number, day: number) => new Date(Date.UTC(y, m - 1, day));

/**
 * A small workbook: a title row above the Customers header, and a transactions sheet with a second
 * amount-like "实付款" column the user may choose (not 实付 itself: since tester60 U106 that is a
 * paid-amount header, read as the amount over 金额).
 */
function smallBook(): Record<string, Grid> {
  return {
    说明: [["这是说明"]],
    客户信息: [
      ["2025 客户名单"],
      [],
      ["客户编号", "客户名称", "负责人"],
      ["C1", "甲公司", "王"],
      ["C2", "乙公司", "李"],
      ["C2", "乙公司重复", "李"],
    ],
    订单: [
      ["客户编号", "日期", "金额", "实付款"],
      ["C1", d(2025, 1, 5), 100, 90],
      ["C1", d(2025, 5, 5), 200, 180],
      ["C2", d(2024, 3, 1), 50, 50],
      ["C9", d(2025, 2, 1), 70, 70],
    ],
  };
}

function book(sheets: Record<string, Grid> = smallBook()) {
  const wb = SimWorkbook.fromSheets(sheets as Record<string, Cell[][]>);
  const excel = createSimulatedExcel(wb);
  return { wb, run: excel.run, source: new OfficeWorkbook(excel.run, { lang: "zh-CN" }) };
}

describe("detectInputs", () => {
  test("finds each input by name, its header row under a title, and the columns", async () => {
    const { source } = book();
    const { names, inputs } = await detectInputs(source, none);
    expect(names).toEqual(["说明", "客户信息", "订单"]);
    expect(inputs.customers).toMatchObject({
      sheet: "客户信息",
      chosen: false,
      headerRow: 3,
      missing: [],
    });
    expect(inputs.customers.mapping).toMatchObject({
      customerId: "客户编号",
      name: "客户名称",
      owner: "负责人",
      phone: null,
    });
    expect(inputs.transactions.headers).toEqual(["客户编号", "日期", "金额", "实付款"]);
    expect(inputs.transactions.mapping.amount).toBe("金额");
    expect(inputs.surveys).toMatchObject({ sheet: null, required: false });
  });

  test("the user's column correction wins and is marked", async () => {
    const { source } = book();
    const choices = withColumn(none, "transactions", "amount", "实付款");
    const { inputs } = await detectInputs(source, choices);
    expect(inputs.transactions.mapping.amount).toBe("实付款");
    expect(inputs.transactions.corrected).toEqual(["amount"]);
  });

  test("a chosen sheet without the required columns lists them as missing", async () => {
    const { source } = book();
    const { inputs } = await detectInputs(source, withSheet(none, "transactions", "客户信息"));
    expect(inputs.transactions.sheet).toBe("客户信息");
    expect(inputs.transactions.chosen).toBe(true);
    expect(inputs.transactions.missing.sort()).toEqual(["amount", "date"]);
  });

  test("reads only the top of a sheet", async () => {
    const rows: Grid = [["客户编号"], ...Array.from({ length: 5000 }, (_, i) => [`C${i}`])];
    let blocks = 0;
    const inner = memorySource({ 客户: rows }, 10);
    const counting = {
      sheetNames: inner.sheetNames,
      readSheet: (name: string, onRows: (r: Grid, f: number) => void | Promise<void>) =>
        inner.readSheet(name, (r, f) => {
          blocks++;
          return onRows(r, f);
        }),
    };
    const top = await readTopRows(counting, "客户");
    expect(top.length).toBe(30);
    expect(top[1]).toEqual(["C0"]);
    expect(blocks).toBe(3);
  });
});

describe("choices", () => {
  test("choosing a sheet drops that input's column corrections only", () => {
    const c = withColumn(withColumn(none, "customers", "name", "X"), "transactions", "amount", "Y");
    const next = withSheet(c, "customers", "客户2");
    expect(next).toEqual({
      sheets: { customers: "客户2" },
      columns: { transactions: { amount: "Y" } },
    });
  });

  test("a header goes to one field: giving it to another takes it from the first", () => {
    const c = withColumn(
      withColumn(none, "transactions", "amount", "实付款"),
      "transactions",
      "quantity",
      "实付款",
    );
    expect(c.columns.transactions).toEqual({ quantity: "实付款" });
    expect(withColumn(c, "transactions", "quantity", null).columns.transactions).toBeUndefined();
  });
});

describe("settings", () => {
  test("rules and choices saved in the workbook come back", async () => {
    const { run, wb } = book();
    const rules = { ...defaultRules(), window: { months: 6 } };
    const choices = withColumn(
      withSheet(none, "transactions", "订单"),
      "transactions",
      "amount",
      "实付款",
    );
    await saveSettings(run, { rules, choices });
    const loaded = await loadSettings(run, "en-US");
    expect(loaded.rules.window.months).toBe(6);
    expect(loaded.rulesProblems).toEqual([]);
    expect(loaded.choices).toEqual(choices);
    // Configuration only: no cell of the data is in the settings.
    expect(JSON.stringify(wb.settingValues())).not.toMatch(/甲公司|C1/);
  });

  test("a saved rule set that no longer validates falls back to the defaults and says why", async () => {
    const { run } = book();
    await saveSettings(run, { rules: { ...defaultRules(), window: { months: 0 } } });
    const loaded = await loadSettings(run, "en-US");
    expect(loaded.rules).toEqual(defaultRules());
    expect(loaded.rulesProblems).toEqual(["window.months: expected ≥ 1, got 0"]);
  });

  test("no choices left removes them", async () => {
    const { run, wb } = book();
    await saveSettings(run, { choices: withSheet(none, "customers", "客户信息") });
    await saveSettings(run, { choices: none });
    expect(Object.keys(wb.settingValues())).toEqual([]);
  });
});

describe("checkData", () => {
  test("counts rows read, used and not used, and problems by code", async () => {
    const { source } = book();
    const check = await checkData(source, none, AS_OF, "zh-CN");
    expect(check.error).toBeNull();
    expect(check.counts.customers).toMatchObject({ read: 3, used: 2, rejected: 1 });
    expect(check.counts.transactions).toMatchObject({ read: 4, used: 3, rejected: 1 });
    const codes = Object.fromEntries(check.problems.map((p) => [p.code, p.count]));
    expect(codes).toMatchObject({ duplicate_customer_id: 1, unknown_customer: 1 });
    // Errors first.
    const order = check.problems.map((p) => p.severity);
    expect(order).toEqual(
      [...order].sort(
        (a, b) => ["error", "warning", "info"].indexOf(a) - ["error", "warning", "info"].indexOf(b),
      ),
    );
  });

  test("a missing required sheet is reported in the UI language, not thrown", async () => {
    const sheets = smallBook();
    delete sheets["订单"];
    const { source } = book(sheets);
    const zh = await checkData(source, none, AS_OF, "zh-CN");
    expect(zh.error).toBe("找不到交易表。请在上面的“交易”中选择它的工作表。");
    const en = await checkData(source, none, AS_OF, "en-US");
    expect(en.error).toBe(
      "No Transactions sheet found. Choose its sheet under “Transactions” above.",
    );
    // tester54 T11: the pane has no "rename it and run again" (the CLI's advice).
    expect(zh.error).not.toContain("改名");
  });

  test("a sheet picked whose ID column has another header says so, not 'choose its sheet' (tester58 U78)", async () => {
    const sheets = {
      患者档案: [
        ["病人代码", "姓名"],
        ["A1", "张三"],
      ],
      收费明细: [
        ["客户编号", "日期", "实收"],
        ["A1", "2025-03-01", 100],
      ],
    };
    const picked: Choices = {
      sheets: { customers: "患者档案", transactions: "收费明细" },
      columns: {},
    };
    const zh = await checkData(book(sheets).source, picked, AS_OF, "zh-CN");
    expect(zh.error).toContain("工作表“患者档案”：在前 30 行中找不到含必需列“客户编号”的标题行");
    expect(zh.error).toContain("找到的列名：病人代码、姓名");
    const en = await checkData(book(sheets).source, picked, AS_OF, "en-US");
    expect(en.error).toContain(
      "sheet “患者档案”: No header row with the required columns “Customer ID”",
    );
  });
});

describe("runAnalysis", () => {
  const small = () => previewSample("zh-CN", { customers: 150, transactions: 1500 });

  test("writes every tab, leaves the inputs as they were, and reports its figures", async () => {
    const sample = await small();
    const excel = createSimulatedExcel(sample.workbook);
    const before = JSON.stringify(
      sample.inputSheets.map((n) => sample.workbook.sheet(n).snapshot()),
    );
    const progress: RunProgress[] = [];
    const result = await runAnalysis(
      { run: excel.run, lang: "zh-CN", today: () => sample.asOf },
      {
        rules: defaultRules(),
        choices: none,
        onProgress: (p) => progress.push(p),
        pause: async () => undefined,
      },
    );
    expect(result.written.map((w) => w.sheetName)).toEqual([
      "概览",
      "客户分类",
      "回访计划",
      "流失风险名单", // the at-risk list (stop 29), written through the tab registry like the rest
      "满意度",
      "投诉分析",
      "模型验证",
      "数据质量",
      "CA_run_state",
      "运行日志",
    ]);
    for (const w of result.written) expect(sample.workbook.findSheet(w.sheetName)).toBeDefined();
    expect(JSON.stringify(sample.inputSheets.map((n) => sample.workbook.sheet(n).snapshot()))).toBe(
      before,
    );
    expect(result.asOf).toBe(sample.asOf);
    // The figures are the analysis's own.
    const a = result.analysis;
    expect(result.figures.highRisk).toBe(a.kpis.customersByRisk[0]);
    // The at-risk list holds every customer at high or medium risk (the Overview's two counts),
    // then those at low risk the schedule owes a retention contact (stop 30, report/atRiskTab.ts).
    const atRisk = sample.workbook.sheet("流失风险名单").toGrid();
    const level = atRisk[0].indexOf("风险等级");
    const highOrMedium = atRisk.slice(1).filter((r) => r[level] !== "低").length;
    expect(highOrMedium).toBe(a.kpis.customersByRisk[0] + a.kpis.customersByRisk[1]);
    let week = 0;
    for (let i = 0; i < a.schedule.followUps.count; i++)
      if (a.schedule.followUps.day[i] < a.asOf + 7) week++;
    expect(result.figures.followUpsThisWeek).toBe(week);
    expect(result.figures.nps).toBeCloseTo(a.satisfaction!.window.stats.nps, 9); // the window's (issue 9)
    // Progress goes read → analyze → write, never backwards.
    const phases = progress.map((p) => p.phase);
    expect(phases[0]).toBe("read");
    expect(phases[phases.length - 1]).toBe("write");
    const fractions = progress.map((p) => p.fraction).filter((f): f is number => f !== undefined);
    for (let i = 1; i < fractions.length; i++)
      expect(fractions[i]).toBeGreaterThanOrEqual(fractions[i - 1]);
    expect(fractions[fractions.length - 1]).toBeCloseTo(1, 9);
    expect(progress.find((p) => p.phase === "read")?.label).toMatch(/正在读取“客户”/);
  });

  test("a cancel part-way leaves the earlier results as they were", async () => {
    const sample = await small();
    const excel = createSimulatedExcel(sample.workbook);
    const host = { run: excel.run, lang: "en-US" as const, today: () => sample.asOf };
    const first = await runAnalysis(host, {
      rules: defaultRules(),
      choices: none,
      pause: async () => undefined,
    });
    const names = () => sample.workbook.sheetNames();
    const outputs = first.written.map((w) => w.sheetName);
    const before = JSON.stringify(outputs.map((n) => sample.workbook.sheet(n).snapshot()));
    const sheetsBefore = names();
    for (const cancelAt of ["read", "write"] as const) {
      let cancel = false;
      await expect(
        runAnalysis(host, {
          rules: defaultRules(),
          choices: none,
          pause: async () => undefined,
          onProgress: (p) => {
            if (p.phase === cancelAt && p.rowsDone > 0) cancel = true;
          },
          isCancelled: () => cancel,
        }),
      ).rejects.toBeInstanceOf(CancelledError);
      expect(names()).toEqual(sheetsBefore);
      expect(JSON.stringify(outputs.map((n) => sample.workbook.sheet(n).snapshot()))).toBe(before);
    }
  });

  test("a missing required sheet is an InputError", async () => {
    const sheets = smallBook();
    delete sheets["客户信息"];
    const { run } = book(sheets);
    await expect(
      runAnalysis(
        { run, lang: "zh-CN", today: () => AS_OF },
        { rules: defaultRules(), choices: none, pause: async () => undefined },
      ),
    ).rejects.toBeInstanceOf(InputError);
  });
});

describe("keyFigures", () => {
  test("no surveys means no NPS", async () => {
    const { run } = book();
    const result = await runAnalysis(
      { run, lang: "zh-CN", today: () => AS_OF },
      { rules: defaultRules(), choices: none, pause: async () => undefined },
    );
    expect(
      result.analysis.satisfaction === null ||
        !Number.isFinite(result.analysis.satisfaction.overall.nps),
    ).toBe(true);
    expect(keyFigures(result.analysis).nps).toBeNull();
    expect(keyFigures(result.analysis).npsMissing).toBe("noSurveys");
    expect(keyFigures(result.analysis).customers).toBe(2);
  });

  // tester54 T15: 20 survey rows were read, none had a recommend answer, and the pane said "No surveys".
  test("surveys without a recommend answer say so, not 'no surveys'", async () => {
    const sheets = smallBook();
    sheets["满意度调查"] = [
      ["客户编号", "日期", "满意度"],
      ["C1", d(2025, 5, 10), 4],
      ["C2", d(2025, 5, 11), 2],
    ];
    const { run } = book(sheets);
    const result = await runAnalysis(
      { run, lang: "zh-CN", today: () => AS_OF },
      { rules: defaultRules(), choices: none, pause: async () => undefined },
    );
    expect(result.analysis.satisfaction?.overall.responses).toBe(2);
    expect(keyFigures(result.analysis)).toMatchObject({
      nps: null,
      npsMissing: "noRecommendAnswers",
    });
  });

  test("recommend answers only before the analysis window say the window has none", async () => {
    const sheets = smallBook();
    sheets["满意度调查"] = [
      ["客户编号", "日期", "满意度", "推荐意愿"],
      ["C1", d(2020, 5, 10), 4, 9],
    ];
    const { run } = book(sheets);
    const result = await runAnalysis(
      { run, lang: "zh-CN", today: () => AS_OF },
      { rules: defaultRules(), choices: none, pause: async () => undefined },
    );
    expect(keyFigures(result.analysis)).toMatchObject({ nps: null, npsMissing: "noneInWindow" });
  });
});

describe("activateTab", () => {
  test("makes the sheet the active one", async () => {
    const { run, wb } = book();
    await activateTab(run, "订单");
    expect(wb.activeSheet?.name).toBe("订单");
  });
});

describe("describeError", () => {
  test("an InputError in the UI language", () => {
    const e = new InputError("No sheet", "没有表");
    expect(describeError(e, "zh-CN")).toEqual({ kind: "input", text: "没有表" });
    expect(describeError(e, "en-US")).toEqual({ kind: "input", text: "No sheet" });
  });
  test("a cancel, an Excel error with its code, anything else", () => {
    expect(describeError(new CancelledError(), "en-US")).toEqual({
      kind: "cancelled",
      text: "Cancelled. The earlier results are unchanged.",
    });
    const excel = Object.assign(new Error("The request payload size has exceeded the limit."), {
      code: "RequestPayloadSizeLimitExceeded",
    });
    expect(describeError(excel, "en-US").text).toBe(
      "Excel reported an error (RequestPayloadSizeLimitExceeded): The request payload size has exceeded the limit.",
    );
    expect(describeError(new TypeError("x is undefined"), "zh-CN")).toEqual({
      kind: "unexpected",
      text: "意外错误：x is undefined",
    });
  });
});

describe("afterLead", () => {
  test("no space after a full-width colon (it showed as a gap), a space after an English one", () => {
    expect(afterLead(translator("zh-CN")("loadFailed"), "Excel 返回了错误")).toBe(
      "无法读取工作簿：Excel 返回了错误",
    );
    expect(afterLead(translator("en-US")("loadFailed"), "Excel reported an error")).toBe(
      "Could not read the workbook: Excel reported an error",
    );
    expect(afterLead(translator("zh-CN")("savedRulesInvalid"), "x")).toMatch(/：x$/);
  });
});

describe("pauser", () => {
  test("yields only when the interval has passed", async () => {
    let now = 0;
    const pause = pauser(40, () => now);
    let yielded = 0;
    const tick = () => Promise.resolve().then(() => undefined);
    // Within the interval: resolves without waiting for another task.
    let done = false;
    void pause().then(() => (done = true));
    await tick();
    await tick();
    expect(done).toBe(true);
    now = 50;
    done = false;
    void pause().then(() => {
      done = true;
      yielded++;
    });
    await tick();
    await tick();
    expect(done).toBe(false); // waits for the next task
    // The next task comes when the event loop gets to it: wait for it (bounded) rather than a guess.
    for (let i = 0; i < 200 && yielded === 0; i++) await new Promise((r) => setTimeout(r, 5));
    expect(yielded).toBe(1);
  });
});
