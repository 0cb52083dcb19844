import { OUTPUT_TAB_KEYS, tabName } from "../../src/engine/report/outputTabs";
import { defaultRules } from "../../src/engine/rules";
import { runAnalysis } from "../../src/taskpane/controller";
import { previewSample } from "../../src/taskpane/previewSample";
import { createSimulatedExcel } from "../../src/workbook/simulator";

/**
 * The add-in's side of the tab-name rule (docs/REFERENCE.md, "Tab names when the language changes"): our tabs share one language. The
 * add-in can rename a tab safely (Excel rewrites every reference to it), so a run in another
 * language renames our tabs to it, and a tab new to the workbook (the Changes tab of the first
 * refresh) is named in it too. The command line cannot rewrite references in the sheets it copies,
 * so it keeps the earlier names and names a new tab as they are (test/cli/refreshLanguage).
 * Stop-34 tester #7.
 */
jest.setTimeout(120_000);

test("a Chinese-analysed workbook refreshed in English: every tab of ours, 变化 → Changes included, in English; references follow", async () => {
  const sample = await previewSample("zh-CN", { customers: 120, transactions: 900 });
  const wb = sample.workbook;
  const { run } = createSimulatedExcel(wb);
  const choices = { sheets: {}, columns: {} };
  const pause = async () => undefined;
  await runAnalysis(
    { run, lang: "zh-CN", today: () => sample.asOf - 31 },
    { rules: defaultRules(), choices, pause },
  );
  const zh = tabName("segments", "zh-CN");
  expect(wb.sheetNames()).toContain(zh);
  expect(wb.sheetNames()).not.toContain(tabName("changes", "zh-CN"));
  const mine = wb.addSheet("我的汇总");
  mine.formulas.set(0, `='${zh}'!B2`);

  await runAnalysis(
    { run, lang: "en-US", today: () => sample.asOf },
    { rules: defaultRules(), choices, pause },
  );
  const names = wb.sheetNames();
  expect(names).toContain(tabName("changes", "en-US"));
  const chineseOfOurs = OUTPUT_TAB_KEYS.map((k) => tabName(k, "zh-CN")).filter(
    (n, i) => n !== tabName(OUTPUT_TAB_KEYS[i], "en-US"),
  );
  expect(names.filter((n) => chineseOfOurs.includes(n))).toEqual([]);
  expect(mine.formula(0, 0)).toBe(`='${tabName("segments", "en-US")}'!B2`);
});
