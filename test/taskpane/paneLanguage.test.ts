import { OUTPUT_TAB_KEYS, tabName } from "../../src/engine/report/outputTabs";
import { defaultRules } from "../../src/engine/rules";
import { runAnalysis } from "../../src/taskpane/controller";
import { paneLanguage, saveLanguage } from "../../src/taskpane/paneLanguage";
import { previewSample } from "../../src/taskpane/previewSample";
import { OfficeWorkbook } from "../../src/workbook/office/officeWorkbook";
import { createSimulatedExcel, SimWorkbook } from "../../src/workbook/simulator";

/** A workbook with English headers and nothing Chinese in it. */
const english = () =>
  SimWorkbook.fromSheets({
    Customers: [
      ["Customer ID", "Name"],
      ["C1", "Acme"],
    ],
    Transactions: [
      ["Customer ID", "Date", "Amount"],
      ["C1", "2025-01-02", 10],
    ],
  });

function excel(workbook: SimWorkbook) {
  const { run } = createSimulatedExcel(workbook);
  return { run, book: new OfficeWorkbook(run, { lang: "en-US" }) };
}

describe("the pane's language follows the workbook, not the machine", () => {
  test("a Chinese workbook refreshed on an English machine keeps Chinese tabs", async () => {
    const sample = await previewSample("zh-CN", { customers: 200, transactions: 1500 });
    const { run, book } = excel(sample.workbook);
    // Before any run: the customers sheet's Chinese text decides.
    expect(await paneLanguage(run, book, "en-US")).toEqual({ lang: "zh-CN", source: "workbook" });
    // A first run in Chinese writes Chinese tabs; an English machine opening it stays Chinese …
    const host = { run, lang: "zh-CN" as const, today: () => sample.asOf };
    const choices = { sheets: {}, columns: {} };
    await runAnalysis(host, { rules: defaultRules(), choices, pause: async () => undefined });
    const language = await paneLanguage(run, book, "en-US");
    expect(language).toEqual({ lang: "zh-CN", source: "workbook" });
    // … and its refresh rewrites the Chinese tabs (adding 变化, the changes since the first run)
    // and writes no English one.
    const before = sample.workbook.sheets.map((s) => s.name).sort();
    await runAnalysis(
      { ...host, lang: language.lang },
      { rules: defaultRules(), choices, pause: async () => undefined },
    );
    const after = sample.workbook.sheets.map((s) => s.name).sort();
    expect(before.filter((n) => !after.includes(n))).toEqual([]);
    expect(after).toContain(tabName("changes", "zh-CN"));
    const english = OUTPUT_TAB_KEYS.map((k) => tabName(k, "en-US")).filter(
      (n, i) => n !== tabName(OUTPUT_TAB_KEYS[i], "zh-CN"),
    );
    expect(after.filter((n) => english.includes(n))).toEqual([]);
  });

  test("an English workbook on a Chinese machine is English", async () => {
    const { run, book } = excel(english());
    expect(await paneLanguage(run, book, "zh-CN")).toEqual({ lang: "en-US", source: "workbook" });
  });

  test("the tabs of an earlier run decide before the headers", async () => {
    const wb = english();
    wb.addSheet(tabName("overview", "zh-CN"));
    const { run, book } = excel(wb);
    expect((await paneLanguage(run, book, "en-US")).lang).toBe("zh-CN");
  });

  test("a workbook that says nothing falls back to Excel's language", async () => {
    const { run, book } = excel(SimWorkbook.fromSheets({ Sheet1: [[1, 2]] }));
    expect(await paneLanguage(run, book, "zh-CN")).toEqual({ lang: "zh-CN", source: "display" });
  });

  test("the user's choice is saved in the workbook and wins; forgetting it follows the workbook", async () => {
    const wb = english();
    const { run, book } = excel(wb);
    await saveLanguage(run, "zh-CN");
    expect(wb.settingValues()["customerAnalytics.language"]).toBeDefined();
    expect(await paneLanguage(run, book, "en-US")).toEqual({ lang: "zh-CN", source: "chosen" });
    await saveLanguage(run, null);
    expect(await paneLanguage(run, book, "zh-CN")).toEqual({ lang: "en-US", source: "workbook" });
  });
});
