import type { Cell } from "../../../src/engine/cells";
import type { GridSource } from "../../../src/engine/ingest/workbook";
import {
  addedColumnsInTabs,
  addedColumnWords,
  addedNotCarriedWarning,
  readAddedColumns,
} from "../../../src/engine/report/addedColumns";

/**
 * A workbook of our two typed tabs only, as a source reads them. `used`: the columns each sheet's
 * used range spans (an .xlsx file's <dimension>); left out, the source cannot tell.
 */
function bookOf(
  tabs: Partial<Record<"followUps" | "atRisk", Cell[][]>>,
  used?: Record<string, number | null>,
): GridSource {
  const sheets: Record<string, Cell[][]> = {};
  if (tabs.followUps) sheets["回访计划"] = tabs.followUps;
  if (tabs.atRisk) sheets["流失风险名单"] = tabs.atRisk;
  return {
    sheetNames: async () => [],
    readSheet: async (name: string, onRows: (rows: Cell[][], first: number) => void) => {
      onRows(sheets[name], 1);
    },
    ownedSheet: async (tab: string, part = 1) => {
      if (part > 1) return null;
      const name = tab === "followUps" ? "回访计划" : tab === "atRisk" ? "流失风险名单" : "";
      return sheets[name] ? name : null;
    },
    ...(used ? { usedColumns: async (name: string) => used[name] } : {}),
  } as unknown as GridSource;
}

describe("columns the user added to our tabs (tester54 T8)", () => {
  test("a header none of ours names, with the rows typed under it", async () => {
    const source = bookOf({
      atRisk: [
        ["客户编号", "客户名称", "6 个月消费", "流失概率", "处理情况", "备忘"],
        ["C1", "甲", 100, 0.8, "已上门，答应月底补货", null],
        ["C2", "乙", 90, 0.7, "", ""],
        ["C3", "丙", 80, 0.6, "不用管了，已关店", "再看"],
      ],
    });
    // The spend column names another window (6 months): ours, numbers aside.
    expect(await readAddedColumns(source, "atRisk")).toEqual({
      tab: "atRisk",
      sheet: "流失风险名单",
      columns: [
        { header: "处理情况", rows: 2 },
        { header: "备忘", rows: 1 },
      ],
      rows: 2,
    });
  });

  test("English headers are ours too; an added column with nothing typed is not named", async () => {
    const source = bookOf({
      followUps: [
        ["Customer ID", "Owner", "Status", "Note", "Result"],
        ["C1", "Ann", "called", "", null],
      ],
      atRisk: [
        ["客户编号", "风险等级"],
        ["C1", "高"],
      ],
    });
    expect(await addedColumnsInTabs(source)).toEqual([]);
  });

  test("the schedule's added column", async () => {
    const source = bookOf({
      followUps: [
        ["客户编号", "负责人", "状态", "说明", "跟进结果"],
        ["C1", "王芳", "", "", "已下单2万"],
        ["C2", "王芳", "", "", "老板不在"],
      ],
    });
    expect((await addedColumnsInTabs(source)).map((a) => [a.sheet, a.columns])).toEqual([
      ["回访计划", [{ header: "跟进结果", rows: 2 }]],
    ]);
  });

  test("the at-risk list's, where the run goes on, said in both languages", async () => {
    const source = bookOf({
      atRisk: [
        ["客户编号", "风险等级", "处理情况"],
        ["C1", "高", "已上门"],
      ],
    });
    const w = addedNotCarriedWarning(await readAddedColumns(source, "atRisk"));
    expect(w?.code).toBe("at_risk_columns_not_kept");
    expect(w?.message["zh-CN"]).toContain(
      "你在流失风险名单中添加了 1 列，有内容的共 1 行：“处理情况”。所加的列没有带入",
    );
    expect(w?.message["en-US"]).toContain(
      "You added a column to At-risk customers, with 1 row filled: “处理情况”. It was not carried",
    );
    expect(addedNotCarriedWarning(null)).toBeNull();
  });

  // reviewer56 R7: written to another file (-o), a note typed beside 回访计划 under no header went
  // with no word: the schedule's warning had its own reader of added columns, which skipped it.
  test("the schedule's, headed or not, said by the same reader (reviewer56 R7)", async () => {
    const source = bookOf({
      followUps: [
        ["客户编号", "负责人", "状态", "说明", "跟进结果"],
        ["C1", "王芳", "", "", "已下单2万"],
        ["C2", "王芳", "", "", null, "老板不在"],
      ],
    });
    const w = addedNotCarriedWarning(await readAddedColumns(source, "followUps"));
    expect(w?.code).toBe("schedule_columns_not_kept");
    expect(w?.message["zh-CN"]).toContain(
      "你在回访计划中添加了 2 列，有内容的共 2 行：“跟进结果”、无标题列 F（第一格 F3）。所加的列没有带入刷新后的回访计划",
    );
    expect(w?.message["en-US"]).toContain(
      "You added 2 columns to Follow-up schedule, with 2 rows filled: “跟进结果”, column F (no header, first cell F3). They were not carried",
    );
  });
});

// reviewer55 R2 (x/base.xlsx + 已下单2万, 老板不在 typed in 回访计划 U2/U3 under no header, x/v1.json):
// the refresh dropped both notes with no word; addedColumns skipped a column whose header is empty.
describe("notes typed beside a tab under no header (reviewer55 R2)", () => {
  const schedule = (rows: number): Cell[][] => [
    ["客户编号", "负责人", "状态", "说明"],
    ...Array.from({ length: rows }, (_, k): Cell[] => [`C${k + 1}`, "王芳", "", ""]),
  ];

  test("beside the table's first rows: the column's letter and first cell", async () => {
    const rows = schedule(3);
    rows[1] = [...rows[1], "已下单2万"];
    rows[2] = [...rows[2], null, "老板不在"];
    const added = await readAddedColumns(bookOf({ followUps: rows }), "followUps");
    expect(added?.columns).toEqual([
      { header: "", rows: 1, letter: "E", cell: "E2" },
      { header: "", rows: 1, letter: "F", cell: "F3" },
    ]);
    expect(added?.rows).toBe(2);
    expect(addedColumnWords(added!.columns[0], "zh-CN")).toBe("无标题列 E（第一格 E2）");
    expect(addedColumnWords(added!.columns[0], "en-US")).toBe(
      "column E (no header, first cell E2)",
    );
  });

  test("far below the top rows: seen from the sheet's used range, read through", async () => {
    const rows = schedule(60);
    rows[50] = [...rows[50], "已下单2万"];
    const wide = bookOf({ followUps: rows }, { 回访计划: 5 });
    expect((await readAddedColumns(wide, "followUps"))?.columns).toEqual([
      { header: "", rows: 1, letter: "E", cell: "E51" },
    ]);
    // A file with no <dimension> is read through too; one whose used range is the table's is not.
    expect(
      await readAddedColumns(bookOf({ followUps: rows }, { 回访计划: null }), "followUps"),
    ).not.toBeNull();
    expect(
      await readAddedColumns(bookOf({ followUps: rows }, { 回访计划: 4 }), "followUps"),
    ).toBeNull();
  });

  test("a blank cell, or spaces, beside the table is no note", async () => {
    const rows = schedule(2);
    rows[1] = [...rows[1], "", "  "];
    expect(
      await readAddedColumns(bookOf({ followUps: rows }, { 回访计划: 6 }), "followUps"),
    ).toBeNull();
  });
});

// reviewer55 L4: a column the user added whose header folds to one of ours (说明（我的）; Note typed
// in a Chinese tab) was taken as ours and lost on refresh with no word.
test("a header that only folds to one of ours is the user's; an older header of ours is ours", async () => {
  const zh = bookOf({
    followUps: [
      [
        "客户编号",
        "说明（排序：日期、负责人、优先级、逾期天数、涉及金额）",
        "说明（我的）",
        "Note",
      ],
      ["C1", "到回访日期逾期 3 天", "老板不在", "call back"],
    ],
  });
  expect((await readAddedColumns(zh, "followUps"))?.columns.map((c) => c.header)).toEqual([
    "说明（我的）",
    "Note",
  ]);
  const en = bookOf({
    followUps: [
      ["Customer ID", "Note (sorted by date, owner)", "Note (mine)", "说明"],
      ["C1", "3 days overdue", "visited", "已上门"],
    ],
  });
  expect((await readAddedColumns(en, "followUps"))?.columns.map((c) => c.header)).toEqual([
    "Note (mine)",
    "说明",
  ]);
});
