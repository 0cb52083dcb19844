import { tabName } from "../../src/engine/report/outputTabs";
import { defaultRules } from "../../src/engine/rules";
import { runAnalysis } from "../../src/taskpane/controller";
import { previewSample } from "../../src/taskpane/previewSample";
import { createSimulatedExcel } from "../../src/workbook/simulator";
import type { SimSheet } from "../../src/workbook/simulator/sheet";

/**
 * The add-in's side of tab_names_taken (stop 44): a sheet of the user's named as one of our tabs
 * (a hand-made 概览, 回访计划) is left alone and ours is written as "概览 (2)", as the command line
 * names it (words/tabNamesKept.ts tabSheetNames, one function for both); the run says so in the
 * pane's warnings, on the Overview and in the run log, and our tabs' pointers ("见“回访计划”")
 * name our numbered tab, not the user's sheet. Until stop 44 the pane said it per tab only, and the
 * Overview pointed at the user's sheet.
 */
jest.setTimeout(120_000);

/** Every cell of a sheet as text (notes unbroken), one line per row. */
function textOf(sheet: SimSheet): string {
  const used = sheet.usedRange(true);
  if (!used) return "";
  return sheet
    .readValues(used)
    .map((r) => r.map((c) => String(c).replace(/\n/g, "")).join("\t"))
    .join("\n");
}

test("sheets of the user's named 概览 and 回访计划: ours numbered, said in the pane, on the Overview and in the run log; pointers name ours", async () => {
  const sample = await previewSample("zh-CN", { customers: 120, transactions: 900 });
  const wb = sample.workbook;
  const overview = tabName("overview", "zh-CN");
  const schedule = tabName("followUps", "zh-CN");
  wb.addSheet(overview).enter(0, 0, "我的月度概览（手工）");
  wb.addSheet(schedule).enter(0, 0, "我的回访安排");
  // 变化 too: the first run writes no Changes tab, the refresh does.
  wb.addSheet(tabName("changes", "zh-CN")).enter(0, 0, "我的变化记录");
  const { run } = createSimulatedExcel(wb);
  const choices = { sheets: {}, columns: {} };
  const pause = async () => undefined;
  const result = await runAnalysis(
    { run, lang: "zh-CN", today: () => sample.asOf },
    { rules: defaultRules(), choices, pause },
  );
  const said =
    "工作簿中已有 2 个您自己的工作表名为“概览”、“回访计划”：本工具的同名表写为“概览 (2)”、“回访计划 (2)”，本工具各表中也以此名指向它们。如要本工具的表用原名，请给您的工作表改名";
  // The pane's warnings (ScheduleSummary shows analysis.warnings): the command line's words.
  expect(result.analysis.warnings.find((w) => w.code === "tab_names_taken")?.message["zh-CN"]).toBe(
    said,
  );
  // The user's sheets are untouched; ours written as named, with no per-tab rename note besides.
  expect(wb.sheet(overview).value(0, 0)).toBe("我的月度概览（手工）");
  expect(wb.sheet(schedule).value(0, 0)).toBe("我的回访安排");
  const written = Object.fromEntries(result.written.map((w) => [w.tab, w]));
  expect(written.overview.sheetName).toBe("概览 (2)");
  expect(written.followUps.sheetName).toBe("回访计划 (2)");
  expect(result.written.filter((w) => w.renamedBecause)).toEqual([]);
  // The Overview says it and points at our schedule.
  const text = textOf(wb.sheet("概览 (2)"));
  expect(text).toContain(said);
  expect(text).toContain("见“回访计划 (2)”，按日期");
  expect(text.replace(said, "")).not.toMatch(/“(回访计划|概览)”/);
  // The run log's row too.
  expect(textOf(wb.sheet(written.runLog.sheetName))).toContain(said);

  // The refresh next month replaces our numbered tabs in place and says it again.
  const again = await runAnalysis(
    { run, lang: "zh-CN", today: () => sample.asOf + 31 },
    { rules: defaultRules(), choices, pause },
  );
  expect(again.written.find((w) => w.tab === "overview")?.sheetName).toBe("概览 (2)");
  expect(again.analysis.warnings.map((w) => w.code)).toContain("tab_names_taken");
  expect(wb.sheetNames().filter((n) => n.startsWith(overview))).toEqual([overview, "概览 (2)"]);
  const refreshed = textOf(wb.sheet("概览 (2)"));
  expect(refreshed).toContain("见“回访计划 (2)”，按日期");
  // Its Changes tab is 变化 (2): the Overview's changes line and a warning worded in the analysis
  // (little_new_data: no transaction since) name it (stop 44: “变化”中的“变差”, the user's sheet).
  expect(again.written.find((w) => w.tab === "changes")?.sheetName).toBe("变化 (2)");
  expect(refreshed).toContain("详见“变化 (2)”表。");
  const little = again.analysis.warnings.find((w) => w.code === "little_new_data");
  expect(little?.message["zh-CN"]).toContain("：“变化 (2)”中的“变差”");
  expect(little?.message["en-US"]).toContain("movements on the 变化 (2) tab");
  expect(refreshed).toContain(little!.message["zh-CN"]);
});

test("no sheet of the user's holds one of our names: no warning, our usual names", async () => {
  const sample = await previewSample("en-US", { customers: 60, transactions: 400 });
  const { run } = createSimulatedExcel(sample.workbook);
  const result = await runAnalysis(
    { run, lang: "en-US", today: () => sample.asOf },
    { rules: defaultRules(), choices: { sheets: {}, columns: {} }, pause: async () => undefined },
  );
  expect(result.analysis.warnings.map((w) => w.code)).not.toContain("tab_names_taken");
  expect(result.written.find((w) => w.tab === "overview")?.sheetName).toBe("Overview");
});

// addin44 (noticed): OfficeWorkbook.sheetNames lists Excel tables by name too, so a user's *table*
// named 概览 (on a sheet of another name) counted as a sheet holding the name: ours was written as
// "概览 (2)" and the warning said "您自己的工作表名为“概览”". A table's name is no sheet's: only
// sheets take our tabs' sheet names. A table named as the table we make (客户分类, for
// =客户分类[列]) is another matter: ours is "客户分类_2", and the pane says so, naming a table.
test("a table of the user's named 概览 or 客户分类 takes no sheet name; our table's own name is said apart", async () => {
  const sample = await previewSample("zh-CN", { customers: 120, transactions: 900 });
  const wb = sample.workbook;
  const rect = { row: 0, column: 0, rowCount: 2, columnCount: 2 };
  const mine = wb.addSheet("我的表格");
  mine.enter(0, 0, "月份");
  mine.enter(0, 1, "备注");
  wb.renameTable(wb.addTable(mine, rect, true), tabName("overview", "zh-CN"));
  const other = wb.addSheet("我的分类");
  other.enter(0, 0, "分类");
  other.enter(0, 1, "说明");
  wb.renameTable(wb.addTable(other, rect, true), tabName("segments", "zh-CN"));
  // A defined name holds the schedule's table name (Formulas > Name Manager).
  wb.addName(tabName("followUps", "zh-CN"), other, rect);
  const { run } = createSimulatedExcel(wb);
  const result = await runAnalysis(
    { run, lang: "zh-CN", today: () => sample.asOf },
    { rules: defaultRules(), choices: { sheets: {}, columns: {} }, pause: async () => undefined },
  );
  expect(result.analysis.warnings.map((w) => w.code)).not.toContain("tab_names_taken");
  const written = Object.fromEntries(result.written.map((w) => [w.tab, w]));
  expect(written.overview.sheetName).toBe("概览");
  expect(written.segments.sheetName).toBe("客户分类");
  expect(result.written.filter((w) => w.renamedBecause)).toEqual([]);
  // The user's tables keep their names and sheets; ours takes the next free table name.
  expect(wb.tables.map((t) => [t.name, t.sheet.name])).toEqual(
    expect.arrayContaining([
      ["概览", "我的表格"],
      ["客户分类", "我的分类"],
      ["客户分类_2", "客户分类"],
    ]),
  );
  expect(written.segments.tableRenamedBecause).toBe(
    "工作簿中已有您自己的表格（Excel 表）名为“客户分类”，因此“客户分类”工作表中的表格名为“客户分类_2”：公式中请写 客户分类_2[列名]。",
  );
  expect(written.followUps.sheetName).toBe("回访计划");
  expect(written.followUps.tableRenamedBecause).toBe(
    "工作簿中已有您定义的名称“回访计划”（公式 > 名称管理器），因此“回访计划”工作表中的表格名为“回访计划_2”：公式中请写 回访计划_2[列名]。",
  );
  expect(wb.tables.find((t) => t.sheet.name === "回访计划")?.name).toBe("回访计划_2");
  // Only those two: the other tables took their usual names.
  expect(
    result.written
      .filter((w) => w.tableRenamedBecause)
      .map((w) => w.tab)
      .sort(),
  ).toEqual(["followUps", "segments"]);
});
