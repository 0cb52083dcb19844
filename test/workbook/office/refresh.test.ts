import type { Cell } from "../../../src/engine/cells";
import { InputError } from "../../../src/engine/errors";
import { tableOf, type ReportColumn, type ReportTable } from "../../../src/engine/report/table";
import { OfficeWorkbook } from "../../../src/workbook/office/officeWorkbook";
import { MARKER_PREFIX, ownedTabName, RUN_INPUT_NAME } from "../../../src/workbook/ownedTabs";
import { createSimulatedExcel, SimWorkbook, type SimSheet } from "../../../src/workbook/simulator";
import type { ApiVersion } from "../../../src/workbook/simulator/apiVersion";

// Issue 15 (the add-in as real Excel behaves) and issue 14 items 6–7, through the simulator.

const columns: ReportColumn[] = [
  { key: "customerId", header: "客户编号", format: "text" },
  { key: "netSpend", header: "消费金额", format: "money" },
  { key: "risk", header: "流失风险", format: "text" },
];

function segments(n: number, extra: ReportColumn[] = []): ReportTable {
  return tableOf(
    "segments",
    "客户分类",
    [...columns, ...extra],
    Array.from({ length: n }, (_, i): Cell[] => [
      `C${i + 1}`,
      (i + 1) * 10,
      i % 2 ? "高" : "低",
      ...extra.map(() => i),
    ]),
  );
}

function quality(n: number): ReportTable {
  return tableOf(
    "dataQuality",
    "数据质量",
    [{ key: "message", header: "问题", format: "text" }],
    Array.from({ length: n }, (_, i) => [`finding ${i}`]),
  );
}

function setup(apiVersion: ApiVersion = "1.17") {
  const wb = SimWorkbook.fromSheets({ 客户: [["客户编号"], ["C1"]], 分析: [["mine"]] });
  wb.apiVersion = apiVersion;
  const excel = createSimulatedExcel(wb);
  const book = new OfficeWorkbook(excel.run, {
    lang: "zh-CN",
    supports: (v) => wb.isSetSupported("ExcelApi", v),
  });
  return { wb, book, run: excel.run };
}

/** A user's work on top of our tabs: a formula, a structured reference, a chart series. */
function addUserWork(wb: SimWorkbook): SimSheet {
  const mine = wb.sheet("分析");
  mine.formulas.set(1 * 16384 + 0, "='客户分类'!B2");
  mine.formulas.set(2 * 16384 + 0, "=SUM(客户分类[消费金额])");
  mine.formulas.set(3 * 16384 + 0, "=COUNTA(数据质量[问题])");
  wb.addChart(
    mine,
    "ColumnClustered",
    { row: 0, column: 1, rowCount: 4, columnCount: 1 },
    "Auto",
    wb.sheet("客户分类"),
  );
  return mine;
}

describe("refresh in place (15.1)", () => {
  for (const version of ["1.17", "1.9"] as const) {
    test(`a user's formula, structured references and a chart survive two refreshes with changed row counts (ExcelApi ${version})`, async () => {
      const { wb, book } = setup(version);
      await book.writeTables([segments(5), quality(3)]);
      const sheetId = wb.sheet("客户分类").id;
      const tableId = wb.tablesOn(wb.sheet("客户分类"))[0].id;
      const mine = addUserWork(wb);
      await book.writeTables([segments(12), quality(1)]); // more rows, fewer rows
      await book.writeTables([segments(2), quality(7)]); // fewer rows, more rows
      expect(mine.formula(1, 0)).toBe("='客户分类'!B2");
      expect(mine.formula(2, 0)).toBe("=SUM(客户分类[消费金额])");
      expect(mine.formula(3, 0)).toBe("=COUNTA(数据质量[问题])");
      expect(mine.charts[0].broken).toBe(false);
      expect(mine.charts[0].sourceSheet.name).toBe("客户分类");
      const tab = wb.sheet("客户分类");
      expect(tab.id).toBe(sheetId);
      const [table] = wb.tablesOn(tab);
      expect({ id: table.id, name: table.name, columns: table.columns }).toEqual({
        id: tableId,
        name: "客户分类",
        columns: ["客户编号", "消费金额", "流失风险"],
      });
      expect(table.rect).toEqual({ row: 0, column: 0, rowCount: 3, columnCount: 3 });
      expect(tab.toGrid()).toEqual([
        ["客户编号", "消费金额", "流失风险"],
        ["C1", 10, "低"],
        ["C2", 20, "高"],
      ]);
      expect(wb.tablesOn(wb.sheet("数据质量"))[0].rect.rowCount).toBe(8);
      expect(wb.sheetNames()).toEqual(["客户", "分析", "客户分类", "数据质量"]);
    });
  }

  test("a new column is appended with its key: existing columns and references keep theirs", async () => {
    for (const version of ["1.17", "1.9"] as const) {
      const { wb, book } = setup(version);
      await book.writeTables([segments(3)]);
      const mine = addUserWork(wb);
      await book.writeTables([segments(4, [{ key: "score", header: "得分", format: "integer" }])]);
      expect(wb.tablesOn(wb.sheet("客户分类"))[0].columns).toEqual([
        "客户编号",
        "消费金额",
        "流失风险",
        "得分",
      ]);
      expect(mine.formula(2, 0)).toBe("=SUM(客户分类[消费金额])");
      expect(wb.definedNames()[ownedTabName("segments")]).toBe("=客户分类!$A$1:$D$1");
    }
  });

  test("a refresh in another language renames the tab and the column headers; references follow", async () => {
    const { wb, book } = setup();
    await book.writeTables([segments(3)]);
    const mine = addUserWork(wb);
    const en = tableOf(
      "segments",
      "Customer segments",
      [
        { key: "customerId", header: "Customer ID", format: "text" },
        { key: "netSpend", header: "Net spend", format: "money" },
        { key: "risk", header: "Churn risk", format: "text" },
      ],
      [["C1", 1, "high"]],
    );
    await book.writeTables([en]);
    expect(mine.formula(1, 0)).toBe("='Customer segments'!B2");
    expect(mine.formula(2, 0)).toBe("=SUM(客户分类[Net spend])");
  });

  test("the simulator rewrites references on rename and breaks them on delete, as Excel does", async () => {
    const wb = SimWorkbook.fromSheets({ A: [["x"]], B: [["y"]] });
    wb.sheet("B").formulas.set(0, "=A!A1+'A'!B2");
    wb.renameSheet(wb.sheet("A"), "My A");
    expect(wb.sheet("B").formula(0, 0)).toBe("='My A'!A1+'My A'!B2");
    wb.deleteSheet(wb.sheet("My A"));
    expect(wb.sheet("B").formula(0, 0)).toBe("=#REF!A1+#REF!B2");
  });

  test("today's swap (delete the old tab) would break them: the simulator shows it", async () => {
    const { wb } = setup();
    const excel = createSimulatedExcel(wb);
    const book = new OfficeWorkbook(excel.run, { lang: "zh-CN" });
    await book.writeTables([segments(2), quality(1)]);
    const mine = addUserWork(wb);
    wb.deleteSheet(wb.sheet("客户分类"));
    expect(mine.formula(1, 0)).toBe("=#REF!B2");
    expect(mine.formula(2, 0)).toBe("=SUM(#REF!)");
    expect(mine.charts[0].broken).toBe(true);
  });
});

describe("cell-edit mode, protection, read-only, very hidden, GeneralException (15.2)", () => {
  test("a run while the user is typing waits for the edit to end (delayForCellEdit, ExcelApi 1.11)", async () => {
    const { wb, book } = setup("1.17");
    wb.startCellEdit();
    let done = false;
    const writing = book.writeTables([segments(3)]).then(() => (done = true));
    await new Promise((r) => setTimeout(r, 20));
    expect(done).toBe(false);
    wb.endCellEdit();
    await writing;
    expect(wb.sheet("客户分类").value(1, 0)).toBe("C1");
  });

  test("below ExcelApi 1.11 a run in cell-edit mode says what to do", async () => {
    const { wb, book } = setup("1.9");
    wb.startCellEdit();
    const error = await book.writeTables([segments(3)]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).message).toMatch(/Press Enter or Esc/);
    expect((error as InputError).messageZh).toMatch(/Enter 或 Esc/);
  });

  test("a protected workbook structure or a read-only workbook is reported up front, nothing written", async () => {
    for (const state of ["structureProtected", "readOnly"] as const) {
      const { wb, book } = setup();
      wb[state] = true;
      const before = wb.sheetNames();
      const error = (await book.writeTables([segments(3)]).catch((e: unknown) => e)) as InputError;
      expect(error).toBeInstanceOf(InputError);
      expect(error.message).toMatch(state === "readOnly" ? /read-only/ : /Protect Workbook/);
      expect(wb.sheetNames()).toEqual(before);
    }
  });

  test("an output tab the user made very hidden is refreshed, and stays as the user set it", async () => {
    const { wb, book } = setup();
    await book.writeTables([segments(3)]);
    wb.sheet("客户分类").visibility = "VeryHidden";
    await book.writeTables([segments(5)]);
    await book.writeTables([segments(4)]);
    expect(wb.sheet("客户分类").visibility).toBe("VeryHidden");
    expect(wb.sheet("客户分类").toGrid()).toHaveLength(5);
    expect(wb.sheetNames()).toEqual(["客户", "分析", "客户分类"]);
  });

  test("a GeneralException on a chunk is taken as 'too large' once, and the chunk halved", async () => {
    const big = (): ReportTable => ({
      ...segments(0),
      rowCount: 20_000,
      rows: (s, e) => Array.from({ length: e - s }, (_, i) => [`C${s + i}`, i, "高"]),
    });
    const probe = setup();
    await probe.book.writeTables([big()]);
    // The first sync that writes cells is the first chunk of the staging sheet.
    const chunk = probe.wb.stats.log.findIndex((l) => l.cellsWritten > 1000) + 1;
    const rowsOf = (wb: SimWorkbook) => wb.sheet("客户分类").toGrid().length;

    const once = setup();
    once.wb.failSync(chunk, "GeneralException");
    await once.book.writeTables([big()]);
    expect(rowsOf(once.wb)).toBe(20_001);
    expect(once.wb.stats.log[chunk].cellsWritten).toBeLessThan(
      probe.wb.stats.log[chunk - 1].cellsWritten,
    );

    const twice = setup();
    twice.wb.failSync(chunk, "GeneralException");
    twice.wb.failSync(chunk + 1, "GeneralException");
    await expect(twice.book.writeTables([big()])).rejects.toMatchObject({
      code: "GeneralException",
    });
    expect(twice.wb.sheetNames()).toEqual(["客户", "分析"]);
  });
});

describe("sorting and filtering on protected tabs (15.3)", () => {
  test("table cells unlocked (the one rule of protection.ts), protection allows sort and filter", async () => {
    const { wb, book } = setup();
    await book.writeTables([segments(4)]);
    await book.writeTables([segments(6)]); // also after a refresh in place
    const tab = wb.sheet("客户分类");
    expect(tab.protection.protected).toBe(true);
    expect(tab.protection.options).toMatchObject({ allowSort: true, allowAutoFilter: true });
    expect(tab.allLocked({ row: 0, column: 0, rowCount: 7, columnCount: 3 }, false)).toBe(true);
    expect(tab.isLocked(0, 3)).toBe(true); // outside the table
    expect(tab.protection.options).toMatchObject({
      allowInsertRows: false,
      allowDeleteRows: false,
    });
  });
});

describe("ownership that cannot collide (14.6)", () => {
  const patterns = ["CA_TMP_", "CA_TAB_", "CA_OLD_", "ca_tmp_", "Ca_Tab_", "ca_old_"];
  const tabs = ["Rates", "segments", "dataQuality", "runLog"];
  test("a user's name of any pattern and case never gets a sheet deleted, written or left out", async () => {
    for (const prefix of patterns) {
      for (const suffix of tabs) {
        const { wb, book } = setup();
        const rates = wb.addSheetColumns("Rates", [["rate", 0.1]]);
        wb.addName(`${prefix}${suffix}`, rates, { row: 0, column: 0, rowCount: 1, columnCount: 1 });
        const before = JSON.stringify(rates.snapshot());
        expect(await book.sheetNames()).toContain("Rates");
        await book.writeTables([segments(2), quality(1)]);
        await book.writeTables([segments(3), quality(2)]);
        expect({ prefix, suffix, kept: JSON.stringify(wb.sheet("Rates").snapshot()) }).toEqual({
          prefix,
          suffix,
          kept: before,
        });
        expect(await book.sheetNames()).toContain("Rates");
      }
    }
  });

  test("our marker pointing anywhere but A1, or at a sheet without our layout, makes nothing ours", async () => {
    const { wb, book } = setup();
    const rates = wb.addSheetColumns("客户分类", [["rate", 0.1]]);
    wb.addName(ownedTabName("segments"), rates, { row: 1, column: 1, rowCount: 1, columnCount: 1 });
    const before = JSON.stringify(rates.snapshot());
    expect(await book.sheetNames()).toContain("客户分类");
    const [w] = await book.writeTables([segments(2)]);
    expect(w.sheetName).toBe("客户分类 (2)");
    expect(JSON.stringify(wb.sheet("客户分类").snapshot())).toBe(before);
  });
});

describe("the names the command line writes, refreshed in Excel (stop 40)", () => {
  // A command-line output records its input files in the hidden text name CA.<id>.input
  // (runInput.ts). The add-in took it for a broken marker and deleted it at the start of every
  // write, a cancelled one too; and deleted any name of ours it did not know (a later version's),
  // which the command line keeps.
  const record = '{"from":"csv","csv":{"customers":"客户.csv","transactions":"交易.csv"}}';
  const later = `${MARKER_PREFIX}version`;

  async function commandLineOutput() {
    const made = setup();
    await made.book.writeTables([segments(2)]);
    made.wb.addTextName(RUN_INPUT_NAME, record, false);
    made.wb.addTextName(later, "41", false);
    return made;
  }

  test("a cancelled refresh keeps the record; a finished one removes it, as a command-line run replaces it", async () => {
    const { wb, run } = await commandLineOutput();
    const names = wb.definedNames();
    expect(names[RUN_INPUT_NAME]).toBe(`="${record.replace(/"/g, '""')}"`);
    const controller = { aborted: false };
    const cancelled = new OfficeWorkbook(run, { lang: "zh-CN", signal: controller });
    const write = cancelled.writeTables([segments(3000)], (_tab, done) => {
      if (done > 0) controller.aborted = true;
    });
    await expect(write).rejects.toThrow();
    expect(wb.definedNames()).toEqual(names);

    const book = new OfficeWorkbook(run, { lang: "zh-CN" });
    await book.writeTables([segments(4)]);
    expect(Object.keys(wb.definedNames()).sort()).toEqual([later, ownedTabName("segments")].sort());
    expect(wb.sheet("客户分类").value(4, 0)).toBe("C4");
  });

  test("a name of ours this version does not know is kept, as the command line keeps it", async () => {
    const { wb, book } = await commandLineOutput();
    await book.writeTables([segments(3), quality(1)]);
    await book.writeTables([segments(2)]);
    expect(wb.definedNames()[later]).toBe('="41"');
  });
});

describe("1904 date system in the Office adapter (14.7)", () => {
  test("dates in a 1904 workbook are read as the same days, and written in its system", async () => {
    const wb = SimWorkbook.fromSheets({ 订单: [["日期"]] });
    wb.date1904 = true;
    // 2025-03-07 is serial 45723 in the 1900 system and 44261 in the 1904 system.
    wb.sheet("订单").setRaw(1, 0, 44261, "yyyy-mm-dd");
    wb.sheet("订单").setRaw(2, 0, 44261); // a plain number stays a number
    const excel = createSimulatedExcel(wb);
    const book = new OfficeWorkbook(excel.run, { lang: "zh-CN" });
    const rows: Cell[][] = [];
    await book.readSheet("订单", (block) => void rows.push(...block));
    expect(rows).toEqual([["日期"], [45723], [44261]]);
    await book.writeTables([
      tableOf("runLog", "运行日志", [{ key: "at", header: "时间", format: "date" }], [[20154]]),
    ]);
    // Epoch day 20154 = 2025-03-07: 45723 − 1462 in a 1904 workbook.
    expect(wb.sheet("运行日志").value(1, 0)).toBe(44261);
  });
});

describe("colours by conditional formatting (15.5)", () => {
  test("risk colours are one conditional format per colour over the column, kept right across refreshes", async () => {
    const { wb, book } = setup();
    const coloured = (n: number): ReportTable => ({
      ...segments(n),
      highlight: { column: 2, fills: { 高: "#F8CBAD", 低: "#E2EFDA" } },
    });
    await book.writeTables([coloured(50_000)]);
    await book.writeTables([coloured(10)]);
    const tab = wb.sheet("客户分类");
    expect(tab.fills.size).toBe(0);
    expect(tab.conditionalFormats).toHaveLength(2);
    expect(tab.conditionalFormats.map((c) => c.rect)).toEqual([
      { row: 1, column: 2, rowCount: 10, columnCount: 1 },
      { row: 1, column: 2, rowCount: 10, columnCount: 1 },
    ]);
    expect([1, 2].map((r) => tab.shownFill(r, 2))).toEqual(["#E2EFDA", "#F8CBAD"]);
  });
});

describe("a tab continued on numbered parts (badinput's row-limit policy)", () => {
  test("each part has its own marker and is refreshed in its own sheet", async () => {
    const { wb, book } = setup();
    const part = (n: number, p: number, name: string): ReportTable =>
      Object.assign(
        tableOf(
          "segments",
          name,
          columns,
          Array.from({ length: n }, (_, i) => [`P${p}-${i}`, i, "低"]),
        ),
        p > 1 ? { part: p } : {},
      );
    await book.writeTables([part(3, 1, "客户分类"), part(2, 2, "客户分类 (2)")]);
    await book.writeTables([part(4, 1, "客户分类"), part(1, 2, "客户分类 (2)")]);
    expect(wb.sheetNames()).toEqual(["客户", "分析", "客户分类", "客户分类 (2)"]);
    expect(wb.sheet("客户分类 (2)").toGrid()).toEqual([
      ["客户编号", "消费金额", "流失风险"],
      ["P2-0", 0, "低"],
    ]);
    expect(Object.keys(wb.definedNames()).sort()).toEqual(
      [ownedTabName("segments"), ownedTabName("segments", 2)].sort(),
    );
  });

  test("a part the tab no longer needs is emptied in place; a user's sheet named like a part is not ours", async () => {
    const { wb, book } = setup();
    const part = (n: number, p: number): ReportTable =>
      Object.assign(
        tableOf(
          "segments",
          p > 1 ? `客户分类 (${p})` : "客户分类",
          columns,
          Array.from({ length: n }, (_, i) => [`P${p}-${i}`, i, "低"]),
        ),
        p > 1 ? { part: p } : {},
      );
    // A user's sheet named like a fourth part, marked by names a user could type.
    const mine = wb.addSheetColumns("客户分类 (4)", [["mine"]]);
    wb.addName("CA_TAB_segments", mine, { row: 0, column: 0, rowCount: 1, columnCount: 1 });
    await book.writeTables([part(3, 1), part(2, 2), part(2, 3)]);
    const ids = wb.sheetNames().map((n) => [n, wb.sheet(n).id]);
    await book.writeTables([part(4, 1), part(1, 2)]);
    // The same sheets in the same places; part 3 keeps its sheet with the header row only.
    expect(wb.sheetNames().map((n) => [n, wb.sheet(n).id])).toEqual(ids);
    expect(wb.sheet("客户分类 (3)").toGrid()).toEqual([["客户编号", "消费金额", "流失风险"]]);
    expect(wb.sheet("客户分类 (2)").toGrid()).toEqual([
      ["客户编号", "消费金额", "流失风险"],
      ["P2-0", 0, "低"],
    ]);
    expect(wb.sheet("客户分类 (4)").toGrid()).toEqual([["mine"]]);
    expect(Object.keys(wb.definedNames()).sort()).toEqual(
      [
        "CA_TAB_segments",
        ownedTabName("segments"),
        ownedTabName("segments", 2),
        ownedTabName("segments", 3),
      ].sort(),
    );
  });
});
