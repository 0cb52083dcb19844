import type { Cell } from "../../../src/engine/cells";
import { tableOf, type ReportColumn, type ReportTable } from "../../../src/engine/report/table";
import { OfficeWorkbook } from "../../../src/workbook/office/officeWorkbook";
import { tableNameIsOurs } from "../../../src/engine/tableNames";
import { tableRenamedBecause, type Plan } from "../../../src/workbook/office/plan";
import { createSimulatedExcel, SimWorkbook } from "../../../src/workbook/simulator";

// misc45 (addin44's table names, left over): the words when our new table cannot take the name its
// sheet gives (=客户分类[列]) named the sheet as planned, not the one a commit renamed; and a table of
// an earlier tab of ours holding the name made ours 客户分类_2 with nothing said.

const columns: ReportColumn[] = [
  { key: "customerId", header: "客户编号", format: "text" },
  { key: "name", header: "客户名称", format: "text" },
];

function segments(rows: Cell[][]): ReportTable {
  return tableOf("segments", "客户分类", columns, rows);
}

function setup() {
  const wb = SimWorkbook.fromSheets({
    客户: [
      ["客户编号", "客户名称"],
      ["C001", "甲"],
    ],
  });
  const excel = createSimulatedExcel(wb);
  return { wb, book: new OfficeWorkbook(excel.run, { lang: "zh-CN", protect: false }) };
}

const rect = { row: 0, column: 0, rowCount: 2, columnCount: 2 };

test("a sheet the user makes with our tab's name during the run: the table's words name the sheet written", async () => {
  const { wb, book } = setup();
  const mine = wb.addSheet("我的分类");
  mine.enter(0, 0, "分类");
  mine.enter(0, 1, "说明");
  wb.renameTable(wb.addTable(mine, rect, true), "客户分类");
  // Once the rows are staging (the plan made), the user adds a sheet named 客户分类.
  let made = false;
  wb.beforeSync = () => {
    if (!made && wb.sheetNames().some((n) => n.startsWith("~CA"))) {
      wb.addSheet("客户分类").enter(0, 0, "mine");
      made = true;
    }
  };
  const [written] = await book.writeTables([segments([["C001", "甲"]])]);
  wb.beforeSync = undefined;
  expect(made).toBe(true);
  expect(written.sheetName).toBe("客户分类 (2)");
  expect(wb.sheet("客户分类").toGrid()).toEqual([["mine"]]);
  expect(wb.tablesOn(wb.sheet("客户分类 (2)")).map((t) => t.name)).toEqual(["客户分类_2"]);
  expect(written.tableRenamedBecause).toBe(
    "工作簿中已有您自己的表格（Excel 表）名为“客户分类”，因此“客户分类 (2)”工作表中的表格名为“客户分类_2”：公式中请写 客户分类_2[列名]。",
  );
});

test("the table of an earlier tab of ours, left as it is, holds the name: said, naming that tab", async () => {
  const { wb, book } = setup();
  await book.writeTables([segments([["C001", "甲"]])]);
  // The user renames our tab and adds a table of their own on it: not our layout any more, so
  // the next run leaves it as it is and writes a new 客户分类.
  const old = wb.sheet("客户分类");
  wb.renameSheet(old, "十一月分类");
  old.enter(0, 5, "备注");
  old.enter(0, 6, "金额");
  wb.addTable(old, { row: 0, column: 5, rowCount: 2, columnCount: 2 }, true);
  const [written] = await book.writeTables([segments([["C002", "乙"]])]);
  expect(written.sheetName).toBe("客户分类");
  expect(wb.sheet("十一月分类").value(1, 0)).toBe("C001");
  expect(wb.tablesOn(wb.sheet("十一月分类"))[0].name).toBe("客户分类");
  expect(wb.tablesOn(wb.sheet("客户分类")).map((t) => t.name)).toEqual(["客户分类_2"]);
  expect(written.tableRenamedBecause).toBe(
    "“十一月分类”工作表是本工具以前写的，其布局已被改动，因此保留原样、不再更新；其中的表格仍名为“客户分类”，因此“客户分类”工作表中的新表格名为“客户分类_2”：公式中请写 客户分类_2[列名]。",
  );
  // The run after: the new tab is ours, in place, with its table's name; nothing to say.
  const [again] = await book.writeTables([segments([["C003", "丙"]])]);
  expect(again.sheetName).toBe("客户分类");
  expect(again.tableRenamedBecause).toBeUndefined();
});

test("the holder a tab of this run: named as committed", () => {
  const plan = {
    finalName: "客户分类",
    tableTaken: {
      wanted: "客户分类",
      used: "客户分类_2",
      by: "ours",
      sheetId: "S9",
      sheet: "旧名",
    },
  } as unknown as Plan;
  const other = { finalName: "Segments", live: { sheetId: "S9" } } as unknown as Plan;
  expect(tableRenamedBecause(plan, [plan, other], "en-US")).toBe(
    "The table on the “Segments” tab of these results is already named “客户分类”, so the table on the “客户分类” tab is named “客户分类_2”: in formulas, write 客户分类_2[column].",
  );
  expect(tableRenamedBecause(plan, [plan], "en-US")).toMatch(
    /^The “旧名” tab, written by an earlier run/,
  );
  expect(tableRenamedBecause({ ...plan, tableTaken: undefined }, [plan], "zh-CN")).toBeUndefined();
});

// pane46: a user who renamed our table in Excel (客户分类 → 我的分类表) kept the name on a refresh,
// and nothing said so. The name is kept (their formulas use it) and said once, in both languages.
describe("a table of ours renamed in Excel", () => {
  test("kept on a refresh and said once; the next refresh says nothing; renamed again, said again", async () => {
    const { wb, book } = setup();
    await book.writeTables([segments([["C001", "甲"]])]);
    const [table] = wb.tablesOn(wb.sheet("客户分类"));
    wb.renameTable(table, "我的分类表");
    const [first] = await book.writeTables([segments([["C002", "乙"]])]);
    expect(wb.tablesOn(wb.sheet("客户分类")).map((t) => t.name)).toEqual(["我的分类表"]);
    expect(wb.sheet("客户分类").value(1, 0)).toBe("C002");
    expect(first.tableRenamedBecause).toBe(
      "“客户分类”工作表中的表格名为“我的分类表”，是您改的名称（分析原先的名称是“客户分类”）：刷新保留您的名称，引用它的公式照常有效。此提示只显示一次。",
    );
    const [second] = await book.writeTables([segments([["C003", "丙"]])]);
    expect(second.tableRenamedBecause).toBeUndefined();
    wb.renameTable(wb.tablesOn(wb.sheet("客户分类"))[0], "Segments2025");
    const [third] = await book.writeTables([segments([["C004", "丁"]])]);
    expect(third.tableRenamedBecause).toMatch(/表格名为“Segments2025”/);
  });

  // Seen in the pane (paneWords state 4): with a table of the user's holding 客户分类, ours was
  // 客户分类_2 when the user renamed it; the words said the analysis had named it 客户分类.
  test("the name said as ours is the one the analysis gives today (客户分类_2 where 客户分类 is taken)", async () => {
    const { wb, book } = setup();
    const mine = wb.addSheet("我的表格");
    mine.enter(0, 0, "A");
    mine.enter(0, 1, "B");
    wb.renameTable(wb.addTable(mine, rect, true), "客户分类");
    await book.writeTables([segments([["C001", "甲"]])]);
    const [table] = wb.tablesOn(wb.sheet("客户分类"));
    expect(table.name).toBe("客户分类_2");
    wb.renameTable(table, "我的分类表");
    const [kept] = await book.writeTables([segments([["C002", "乙"]])]);
    expect(kept.tableRenamedBecause).toMatch(/（分析原先的名称是“客户分类_2”）/);
  });

  test("in English; a name the add-in gives (a suffix, the other language's tab) is not the user's", async () => {
    const { wb } = setup();
    const excel = createSimulatedExcel(wb);
    const en = new OfficeWorkbook(excel.run, { lang: "en-US", protect: false });
    const zh = new OfficeWorkbook(excel.run, { lang: "zh-CN", protect: false });
    await zh.writeTables([segments([["C001", "甲"]])]);
    // The same tab refreshed in English keeps its sheet and its table 客户分类: ours, unsaid.
    const english = tableOf("segments", "Customer segments", columns, [["C002", "乙"]]);
    const [same] = await en.writeTables([english]);
    expect(same.tableRenamedBecause).toBeUndefined();
    wb.renameTable(wb.tablesOn(wb.sheet(same.sheetName))[0], "Q4_segments");
    const [renamed] = await en.writeTables([english]);
    expect(renamed.tableRenamedBecause).toBe(
      `The table on the “${same.sheetName}” tab is named “Q4_segments”, a name you gave it (the analysis named it “Customer_segments”): the refresh keeps your name, so formulas that use it still work. This is said once.`,
    );
    expect(tableNameIsOurs("客户分类_2", ["客户分类"])).toBe(true);
    expect(tableNameIsOurs("客户分类_2_", ["客户分类 (2)"])).toBe(true);
    expect(tableNameIsOurs("Customer_segments_3", ["客户分类"])).toBe(true);
    expect(tableNameIsOurs("我的分类表", ["客户分类"])).toBe(false);
    expect(tableNameIsOurs("客户分类汇总", ["客户分类"])).toBe(false);
  });
});
