import ExcelJS from "exceljs";
import { createHash } from "node:crypto";
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Cell } from "../../../src/engine/cells";
import { InputError } from "../../../src/engine/errors";
import { epochDay } from "../../../src/engine/parse/date";
import { tableOf, type ReportColumn, type ReportTable } from "../../../src/engine/report/table";
import { XlsxReportWriter, headerWidth } from "../../../src/workbook/file/xlsxWriter";
import { openXlsx } from "../../../src/workbook/file/xlsxSource";
import { ownedTabName } from "../../../src/workbook/ownedTabs";

import { XlsxPackage } from "../../../src/workbook/file/xlsxPackage";
import { ZipReader } from "../../../src/workbook/file/zipReader";
import { ZipWriter } from "../../../src/workbook/file/zipWriter";

/** Every worksheet of a file, the add-in's own tabs included (openXlsx lists only input sheets). */
async function allSheetNames(file: string): Promise<string[]> {
  return (await XlsxPackage.open(file)).sheets.map((s) => s.name);
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "xlsx-writer-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const hash = (path: string) => createHash("sha256").update(readFileSync(path)).digest("hex");

async function sheetRows(path: string, sheet: string): Promise<Map<number, Cell[]>> {
  const source = await openXlsx(path);
  const rows = new Map<number, Cell[]>();
  await source.readSheet(sheet, (block, first) => block.forEach((r, i) => rows.set(first + i, r)));
  return rows;
}

async function loadBook(path: string): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(path);
  return book;
}

/** Copies an .xlsx with one part's text edited (the others as stored). */
async function editPart(
  from: string,
  to: string,
  part: string,
  edit: (xml: string) => string,
): Promise<void> {
  const zip = await ZipReader.open(from);
  const out = await ZipWriter.create(to);
  for (const name of zip.names()) {
    if (name === part) await out.addBuffer(name, edit(await zip.readText(name)));
    else await out.addRaw(name, zip.part(name)!, await zip.openRaw(name));
  }
  await out.finish();
  zip.close();
}

const segmentColumns: ReportColumn[] = [
  { key: "customerId", header: "客户编号", format: "text" },
  { key: "orders", header: "订单数", format: "integer" },
  { key: "netSpend", header: "消费金额", format: "money" },
  { key: "share", header: "占比", format: "percent" },
  { key: "lastPurchase", header: "最近购买", format: "date" },
  { key: "followUpAt", header: "跟进时间", format: "datetime", width: 20 },
  { key: "risk", header: "流失风险", format: "text" },
];

function segments(rowCount = 3, sheetName = "客户分类"): ReportTable {
  const data: Cell[][] = [];
  for (let i = 0; i < rowCount; i++) {
    data.push([
      ['=HYPERLINK("x")', "+86 138", "-5", "@home"][i % 4] ?? `C${i}`,
      i + 1,
      1234.5 + i,
      0.125,
      epochDay(2025, 3, 7) + i,
      epochDay(2025, 3, 7) + 0.5625,
      ["高", "中", "低"][i % 3],
    ]);
  }
  data.push(["C-nan", NaN, Infinity, null, NaN, NaN, null]);
  return tableOf("segments", sheetName, segmentColumns, data, {
    highlight: { column: 6, fills: { 高: "#FFC7CE", 中: "#FFEB9C" } },
  });
}

function runLog(note: string): ReportTable {
  return tableOf(
    "runLog",
    "运行记录",
    [
      { key: "at", header: "运行时间", format: "datetime" },
      { key: "note", header: "说明", format: "text" },
    ],
    [[epochDay(2025, 3, 7) + 0.25, note]],
    { mode: "append" },
  );
}

async function makeInput(path: string, extra?: (book: ExcelJS.Workbook) => void): Promise<void> {
  const book = new ExcelJS.Workbook();
  const customers = book.addWorksheet("客户", {
    views: [{ state: "frozen", xSplit: 1, ySplit: 1 }],
  });
  customers.getRow(1).values = ["客户编号", "姓名", "注册日期", "积分"];
  for (let r = 2; r <= 40; r++) {
    customers.getRow(r).values = [`C${r}`, `客户${r}`, new Date(Date.UTC(2024, 0, r)), r * 10];
  }
  customers.getColumn(2).width = 25;
  customers.getColumn(3).numFmt = "yyyy/mm/dd";
  customers.getCell("D2").numFmt = "#,##0.0";
  customers.getCell("A2").font = { bold: true, color: { argb: "FFFF0000" } };
  customers.getCell("F1").value = "合并标题";
  customers.mergeCells("F1:H2");
  customers.getCell("E5").value = { formula: "D5*2", result: 100 };
  customers.getCell("A45").value = "=literal text";
  const orders = book.addWorksheet("交易");
  orders.getRow(1).values = ["订单号", "客户编号", "金额"];
  orders.getRow(2).values = ["O1", "C2", 99.5];
  extra?.(book);
  await book.xlsx.writeFile(path);
}

describe("XlsxReportWriter", () => {
  it("writes a table tab that reads back cell for cell, with dates and row numbers", async () => {
    const out = join(dir, "roundtrip.xlsx");
    const table = segments(25);
    const written = await new XlsxReportWriter(out, { lang: "zh-CN", blockRows: 10 }).writeTables([
      table,
    ]);
    expect(written).toEqual([{ tab: "segments", sheetName: "客户分类", rows: 26 }]);
    const rows = await sheetRows(out, "客户分类");
    expect(rows.get(1)).toEqual(segmentColumns.map((c) => c.header));
    const data = table.rows(0, table.rowCount);
    data.forEach((cells, i) => {
      const expected = cells.map((v, c) => {
        if (typeof v === "number" && !Number.isFinite(v)) return null;
        const format = segmentColumns[c].format;
        if ((format === "date" || format === "datetime") && typeof v === "number") {
          return new Date(Math.round(v * 86_400_000));
        }
        return v;
      });
      while (expected.length && expected[expected.length - 1] === null) expected.pop();
      expect(rows.get(i + 2)).toEqual(expected);
    });
    expect(rows.size).toBe(27);
  });

  it("protects output tabs against edits (filter and sort allowed), but not input data", async () => {
    const out = join(dir, "protected.xlsx");
    await new XlsxReportWriter(out, { lang: "en-US" }).writeTables([segments(2)]);
    // exceljs reads sheet protection but does not declare it on Worksheet.
    const protectionOf = (book: ExcelJS.Workbook) =>
      (book.getWorksheet("客户分类") as unknown as { sheetProtection?: Record<string, unknown> })
        .sheetProtection;
    expect(protectionOf(await loadBook(out))).toMatchObject({
      sheet: true,
      autoFilter: true,
      sort: true,
    });
    const data = join(dir, "unprotected.xlsx");
    await new XlsxReportWriter(data, { lang: "en-US", markOwned: false }).writeTables([
      segments(2),
    ]);
    expect(protectionOf(await loadBook(data))).toBeFalsy();
  });

  it("keeps formula-looking text as text, never a formula", async () => {
    const out = join(dir, "formulas.xlsx");
    await new XlsxReportWriter(out, { lang: "en-US" }).writeTables([segments(4)]);
    const sheet = (await loadBook(out)).getWorksheet("客户分类")!;
    const texts = ['=HYPERLINK("x")', "+86 138", "-5", "@home"];
    texts.forEach((text, i) => {
      const cell = sheet.getCell(i + 2, 1);
      expect(cell.type).toBe(ExcelJS.ValueType.String);
      expect(cell.formula).toBeUndefined();
      expect(cell.value).toBe(text);
    });
  });

  it("styles a table tab: header, frozen row, autoFilter, number formats, widths, highlights, marker name", async () => {
    const out = join(dir, "styles.xlsx");
    await new XlsxReportWriter(out, { lang: "zh-CN" }).writeTables([segments(3)]);
    const book = await loadBook(out);
    const sheet = book.getWorksheet("客户分类")!;
    expect(sheet.getCell("A1").font?.bold).toBe(true);
    expect((sheet.getCell("A1").fill as ExcelJS.FillPattern).pattern).toBe("solid");
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    // A real Excel table over the data (its filter buttons are the table's autoFilter).
    const zip = await ZipReader.open(out);
    const tablePart = await zip.readText("xl/tables/table1.xml");
    zip.close();
    expect(tablePart).toMatch(/ref="A1:G5"/);
    expect(tablePart).toMatch(/<autoFilter ref="A1:G5"\/>/);
    expect(tablePart).toMatch(/name="CA_segments"/);
    expect(tablePart).toMatch(/tableStyleInfo name="TableStyleMedium2"[^>]*showRowStripes="1"/);
    expect(["B2", "C2", "D2", "E2", "F2"].map((a) => sheet.getCell(a).numFmt)).toEqual([
      "#,##0",
      '"\u00A5"#,##0.00', // amounts in yuan when the input names no currency (issue 11)
      "0.0%",
      "yyyy-mm-dd",
      "yyyy-mm-dd hh:mm",
    ]);
    // the header's width plus room for the table's filter button
    expect(sheet.getColumn(1).width).toBeGreaterThanOrEqual(headerWidth("客户编号", "text") + 2);
    expect(sheet.getColumn(6).width).toBe(20);
    expect(headerWidth("客户编号", "text")).toBe(10); // 4 CJK characters count 8, plus padding
    const fill = (a: string) =>
      (sheet.getCell(a).fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb;
    expect([fill("G2"), fill("G3"), fill("G4")]).toEqual(["FFFFC7CE", "FFFFEB9C", undefined]);
    expect(book.definedNames.model).toEqual([
      // the marker refers to the tab's header row (ownedTabs.ts)
      { name: ownedTabName("segments"), ranges: ["'客户分类'!$A$1:$G$1"] },
    ]);
  });

  it("writes a layout tab as given: a bold title, no table or filter", async () => {
    const out = join(dir, "layout.xlsx");
    const overview = tableOf(
      "overview",
      "概览",
      [
        { key: "a", header: "", format: "text", width: 30 },
        { key: "b", header: "", format: "integer" },
      ],
      [["客户总数", 1200], [], ["分类", "人数"], ["重要价值客户", 300]],
      {
        style: "layout",
        charts: [{ title: "x", type: "pie", row: 2, column: 0, rowCount: 2, columnCount: 2 }],
      },
    );
    await new XlsxReportWriter(out, { lang: "zh-CN" }).writeTables([overview]);
    const rows = await sheetRows(out, "概览");
    expect([...rows.entries()]).toEqual([
      [1, ["客户总数", 1200]],
      [2, []],
      [3, ["分类", "人数"]],
      [4, ["重要价值客户", 300]],
    ]);
    const sheet = (await loadBook(out)).getWorksheet("概览")!;
    expect(sheet.getCell("A1").font?.bold).toBe(true);
    expect(sheet.autoFilter).toBeUndefined();
    expect(sheet.getColumn(1).width).toBe(30);
  });

  it("reports progress per block", async () => {
    const out = join(dir, "progress.xlsx");
    const progress: Array<[string, number]> = [];
    await new XlsxReportWriter(out, { lang: "en-US", blockRows: 10 }).writeTables(
      [segments(24)],
      (tab, n) => progress.push([tab, n]),
    );
    expect(progress).toEqual([
      ["segments", 10],
      ["segments", 20],
      ["segments", 25],
    ]);
  });

  it("copies the input's sheets cell for cell and leaves the input unchanged", async () => {
    const input = join(dir, "input.xlsx");
    await makeInput(input);
    const before = hash(input);
    const out = join(dir, "copied.xlsx");
    await new XlsxReportWriter(out, { copyFrom: input, lang: "zh-CN" }).writeTables([segments(2)]);
    expect(hash(input)).toBe(before);
    for (const name of ["客户", "交易"]) {
      expect(await sheetRows(out, name)).toEqual(await sheetRows(input, name));
    }
    expect(await allSheetNames(out)).toEqual(["客户", "交易", "客户分类"]);
    const sheet = (await loadBook(out)).getWorksheet("客户")!;
    expect(sheet.views[0]).toMatchObject({ state: "frozen", xSplit: 1, ySplit: 1 });
    expect(sheet.getColumn(2).width).toBe(25);
    expect(sheet.getCell("C2").numFmt).toBe("yyyy/mm/dd");
    expect(sheet.getCell("D2").numFmt).toBe("#,##0.0");
    expect(sheet.getCell("A2").font?.color?.argb).toBe("FFFF0000");
    expect(sheet.model.merges).toEqual(["F1:H2"]);
    expect(sheet.getCell("E5").formula).toBe("D5*2");
    expect(sheet.getCell("A45").type).toBe(ExcelJS.ValueType.String);
  });

  it("refuses to write over its input, also through a symlink", async () => {
    const input = join(dir, "self.xlsx");
    await makeInput(input);
    expect(() => new XlsxReportWriter(input, { copyFrom: input, lang: "en-US" })).toThrow(
      InputError,
    );
    const link = join(dir, "link.xlsx");
    symlinkSync(input, link);
    expect(() => new XlsxReportWriter(link, { copyFrom: input, lang: "en-US" })).toThrow(
      /input workbook/,
    );
    expect(
      () => new XlsxReportWriter(join(dir, ".", "self.xlsx"), { copyFrom: input, lang: "zh-CN" }),
    ).toThrow(InputError);
  });

  it("renames a tab whose name a user's sheet already has, and says why", async () => {
    const input = join(dir, "clash.xlsx");
    await makeInput(input, (book) => {
      book.addWorksheet("客户分类").getCell("A1").value = "my own notes";
    });
    const out = join(dir, "clash-out.xlsx");
    const written = await new XlsxReportWriter(out, { copyFrom: input, lang: "zh-CN" }).writeTables(
      [segments(2)],
    );
    expect(written[0].sheetName).toBe("客户分类 (2)");
    expect(written[0].renamedBecause).toMatch(/客户分类/);
    expect((await sheetRows(out, "客户分类")).get(1)).toEqual(["my own notes"]);
    expect((await sheetRows(out, "客户分类 (2)")).get(1)?.[0]).toBe("客户编号");
    const en = await new XlsxReportWriter(join(dir, "clash-en.xlsx"), {
      copyFrom: input,
      lang: "en-US",
    }).writeTables([segments(1, "客户分类")]);
    expect(en[0].renamedBecause).toMatch(/already has your own sheet/);
  });

  it("keeps new names within Excel's 31 characters", async () => {
    const long = "A very long customer segment tab";
    const input = join(dir, "long.xlsx");
    await makeInput(input, (book) => {
      book.addWorksheet(long.slice(0, 31));
    });
    const out = join(dir, "long-out.xlsx");
    const [w] = await new XlsxReportWriter(out, { copyFrom: input, lang: "en-US" }).writeTables([
      segments(1, long),
    ]);
    expect(w.sheetName).toBe("A very long customer segmen (2)");
    expect(w.sheetName.length).toBeLessThanOrEqual(31);
  });

  it("replaces earlier output tabs and appends to the run log across runs", async () => {
    const input = join(dir, "run0.xlsx");
    await makeInput(input);
    const run1 = join(dir, "run1.xlsx");
    const run2 = join(dir, "run2.xlsx");
    await new XlsxReportWriter(run1, { copyFrom: input, lang: "zh-CN" }).writeTables([
      segments(3),
      runLog("first"),
    ]);
    const written = await new XlsxReportWriter(run2, { copyFrom: run1, lang: "zh-CN" }).writeTables(
      [segments(5), runLog("second")],
    );
    expect(written.map((w) => [w.sheetName, w.rows, w.renamedBecause])).toEqual([
      ["客户分类", 6, undefined],
      ["运行记录", 2, undefined],
    ]);
    expect(await allSheetNames(run2)).toEqual(["客户", "交易", "客户分类", "运行记录"]);
    const log = await sheetRows(run2, "运行记录");
    const at = new Date(Math.round((epochDay(2025, 3, 7) + 0.25) * 86_400_000));
    expect([...log.values()]).toEqual([
      ["运行时间", "说明"],
      [at, "first"],
      [at, "second"],
    ]);
    expect((await sheetRows(run2, "客户分类")).size).toBe(7);
    const names = (await loadBook(run2)).definedNames.model.map((d) => d.name).sort();
    expect(names).toEqual([ownedTabName("runLog"), ownedTabName("segments")].sort());
    // a third run from the second keeps appending
    const run3 = join(dir, "run3.xlsx");
    await new XlsxReportWriter(run3, { copyFrom: run2, lang: "zh-CN" }).writeTables([
      runLog("third"),
    ]);
    expect([...(await sheetRows(run3, "运行记录")).values()].map((r) => r[1])).toEqual([
      "说明",
      "first",
      "second",
      "third",
    ]);
    // An earlier tab this run does not write is kept (deleting it would break what points at it).
    expect(await allSheetNames(run3)).toEqual(["客户", "交易", "客户分类", "运行记录"]);
  });

  it("inserts a new tab after the tab before it (Changes after the Overview), renumbering sheet indices", async () => {
    // Stop-19 tester #16: on a refresh the Changes tab was appended after everything else.
    const made = join(dir, "order-made.xlsx");
    await makeInput(made, (book) => {
      book.addWorksheet("概览").getCell("A1").value = "old overview";
      book.definedNames.add("'概览'!$A$1", ownedTabName("overview"));
      book.addWorksheet("备注").getCell("A1").value = "the user's notes";
    });
    // The user's names local to a sheet before the insertion point (客户, 0) and after it (备注,
    // 3), a workbook view showing 备注, and a Print_Titles of ours on the Overview.
    const input = join(dir, "order-in.xlsx");
    await editPart(made, input, "xl/workbook.xml", (xml) =>
      xml
        .replace(/<bookViews>[\s\S]*?<\/bookViews>/, "")
        .replace(
          "<sheets>",
          '<bookViews><workbookView firstSheet="3" activeTab="3"/></bookViews><sheets>',
        )
        .replace(
          "</definedNames>",
          '<definedName name="客户区" localSheetId="0">客户!$A$1:$B$3</definedName>' +
            '<definedName name="备注区" localSheetId="3">备注!$A$1:$A$9</definedName>' +
            '<definedName name="_xlnm.Print_Area" localSheetId="3">备注!$A$1:$C$20</definedName>' +
            '<definedName name="_xlnm.Print_Titles" localSheetId="2">概览!$1:$1</definedName>' +
            "</definedNames>",
        ),
    );
    expect(await allSheetNames(input)).toEqual(["客户", "交易", "概览", "备注"]);
    const cols: ReportColumn[] = [{ key: "a", header: "甲", format: "text" }];
    const out = join(dir, "order-out.xlsx");
    await new XlsxReportWriter(out, { copyFrom: input, lang: "zh-CN" }).writeTables([
      tableOf("overview", "概览", cols, [["new overview"]]),
      tableOf("changes", "变化", cols, [["a change"]]),
      segments(2),
    ]);
    expect(await allSheetNames(out)).toEqual(["客户", "交易", "概览", "变化", "客户分类", "备注"]);
    const zip = await ZipReader.open(out);
    const workbook = await zip.readText("xl/workbook.xml");
    const app = await zip.readText("docProps/app.xml");
    zip.close();
    const local = (name: string): string[] =>
      [...workbook.matchAll(/<definedName name="([^"]*)" localSheetId="(\d+)"/g)]
        .filter((m) => m[1] === name)
        .map((m) => m[2])
        .sort();
    expect(local("客户区")).toEqual(["0"]);
    expect(local("备注区")).toEqual(["5"]);
    expect(local("_xlnm.Print_Area")).toEqual(["5"]);
    // Ours: the Overview's old one dropped, one per table tab at its new index.
    expect(local("_xlnm.Print_Titles")).toEqual(["2", "3", "4"]);
    // 备注's sheet is not marked selected: the report opens on the Overview (openOn.ts), the tab
    // bar from its start (the view's renumbering: packageXml.test.ts).
    expect(workbook).toContain('<workbookView activeTab="2"/>');
    expect(app).toMatch(
      /<vt:lpstr>概览<\/vt:lpstr><vt:lpstr>变化<\/vt:lpstr><vt:lpstr>客户分类<\/vt:lpstr><vt:lpstr>备注<\/vt:lpstr>/,
    );
    // Another tool reads the sheets and the user's names where they were.
    const book = await loadBook(out);
    expect(book.worksheets.map((w) => w.name)).toEqual([
      "客户",
      "交易",
      "概览",
      "变化",
      "客户分类",
      "备注",
    ]);
    expect(book.getWorksheet("备注")?.getCell("A1").value).toBe("the user's notes");
    // A refresh of that output places nothing again: same order.
    const again = join(dir, "order-again.xlsx");
    await new XlsxReportWriter(again, { copyFrom: out, lang: "zh-CN" }).writeTables([
      tableOf("overview", "概览", cols, [["x"]]),
      tableOf("changes", "变化", cols, [["y"]]),
      segments(1),
    ]);
    expect(await allSheetNames(again)).toEqual([
      "客户",
      "交易",
      "概览",
      "变化",
      "客户分类",
      "备注",
    ]);
  });

  it("recognises an earlier tab the user renamed, by its defined name", async () => {
    const input = join(dir, "renamed-tab.xlsx");
    await makeInput(input, (book) => {
      book.addWorksheet("我的分类结果").getCell("A1").value = "old results";
      book.definedNames.add("'我的分类结果'!$A$1", ownedTabName("segments"));
    });
    const out = join(dir, "renamed-tab-out.xlsx");
    await new XlsxReportWriter(out, { copyFrom: input, lang: "zh-CN" }).writeTables([segments(1)]);
    // Replaced in place: the user's name for it stays, so references to it stay valid.
    expect(await allSheetNames(out)).toEqual(["客户", "交易", "我的分类结果"]);
    expect((await sheetRows(out, "我的分类结果")).get(1)?.[0]).toBe("客户编号");
  });

  it("keeps workbook-level named ranges on copied sheets", async () => {
    const input = join(dir, "names.xlsx");
    await makeInput(input, (book) => {
      book.definedNames.add("'客户'!$A$1:$B$5", "客户区域");
    });
    const out = join(dir, "names-out.xlsx");
    await new XlsxReportWriter(out, { copyFrom: input, lang: "zh-CN" }).writeTables([segments(1)]);
    const model = (await loadBook(out)).definedNames.model;
    expect(model).toContainEqual({ name: "客户区域", ranges: ["'客户'!$A$1:$B$5"] });
  });

  it("leaves no half-written output and no temp file when writing fails", async () => {
    const failed = join(dir, "failed");
    const out = join(failed, "out.xlsx");
    mkdirSync(failed);
    writeFileSync(out, "last good results");
    const broken: ReportTable = {
      ...segments(30),
      rows: (start) => {
        if (start >= 10) throw new Error("engine bug");
        return segments(30).rows(start, start + 10);
      },
    };
    await expect(
      new XlsxReportWriter(out, { lang: "en-US", blockRows: 10 }).writeTables([broken]),
    ).rejects.toThrow("engine bug");
    expect(readFileSync(out, "utf8")).toBe("last good results");
    expect(readdirSync(failed)).toEqual(["out.xlsx"]);
  });

  it("names a missing or corrupt input file", async () => {
    const missing = join(dir, "nope.xlsx");
    await expect(
      new XlsxReportWriter(join(dir, "x.xlsx"), { copyFrom: missing, lang: "en-US" }).writeTables([
        segments(1),
      ]),
    ).rejects.toThrow(
      new RegExp(`Cannot open “${missing.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}”`),
    );
  });
});

describe("rows filled into one array (ReportTable.fillRow)", () => {
  it("writes the same bytes as through rows(), across pieces and progress blocks", async () => {
    const base = segments(30_000);
    const all = base.rows(0, base.rowCount);
    const filling: ReportTable = {
      ...base,
      fillRow(i, cells) {
        for (let c = 0; c < cells.length; c++) cells[c] = all[i][c];
      },
    };
    const rowsOnly: ReportTable = { ...base, fillRow: undefined };
    const a = join(dir, "fill-a.xlsx");
    const b = join(dir, "fill-b.xlsx");
    const progress: number[][] = [[], []];
    await new XlsxReportWriter(a, { lang: "zh-CN", blockRows: 7_000 }).writeTables(
      [filling],
      (_, n) => progress[0].push(n),
    );
    await new XlsxReportWriter(b, { lang: "zh-CN", blockRows: 7_000 }).writeTables(
      [rowsOnly],
      (_, n) => progress[1].push(n),
    );
    const zip = await ZipReader.open(a);
    try {
      // more than one megabyte piece of sheet XML
      expect((await zip.readText("xl/worksheets/sheet1.xml")).length).toBeGreaterThan(2 << 20);
    } finally {
      zip.close();
    }
    expect(hash(a)).toBe(hash(b));
    expect(progress[0]).toEqual([7_000, 14_000, 21_000, 28_000, 30_001]);
    expect(progress[1]).toEqual(progress[0]);
  });
});

test("a tab with a print area (the schedule's call sheet) prints those columns one page wide, rows sized to them", async () => {
  const cols: ReportColumn[] = [
    { key: "followUpDate", header: "回访日期", format: "date" },
    { key: "customerName", header: "客户名称", format: "text", width: 12 },
    { key: "reason", header: "回访原因", format: "text", width: 20 },
    { key: "churnReasons", header: "流失原因", format: "text", width: 20 },
    { key: "more", header: "更多", format: "text", width: 50 },
  ];
  const long = "挽回联系（高流失风险）；生命周期阶段从成长期降至衰退期";
  const table: ReportTable = {
    ...tableOf("followUps", "回访计划", cols, [
      [epochDay(2025, 12, 31), "重庆远顺能源有限公司（西南区）", "定期回访", long.repeat(4), "x"],
    ]),
    printColumns: 3,
  };
  const out = join(dir, "call-sheet.xlsx");
  await new XlsxReportWriter(out, { lang: "zh-CN" }).writeTables([table]);
  const zip = await ZipReader.open(out);
  const workbook = await zip.readText("xl/workbook.xml");
  const sheet = await zip.readText("xl/worksheets/sheet1.xml");
  zip.close();
  expect(workbook).toContain(
    `<definedName name="_xlnm.Print_Area" localSheetId="0">'回访计划'!$A$1:$C$2</definedName>`,
  );
  // Printed columns keep the width they ask for (the name wraps), so the sheet fits one page wide.
  expect(sheet).toContain('<col min="2" max="2" width="12" customWidth="1"');
  expect(sheet).toContain('fitToWidth="1"');
  // The row is sized to the printed columns (the name's 3 lines), not the long churn reasons:
  // 16 pt a line and a table row's 2 pt of air (rowHeights.ts TABLE_ROW_PAD).
  expect(sheet).toMatch(/<row r="2" ht="50" customHeight="1">/);
  // Each printed page names its tab and number.
  expect(sheet).toContain("<oddFooter>&amp;L&amp;A&amp;R&amp;P / &amp;N</oddFooter>");
});
