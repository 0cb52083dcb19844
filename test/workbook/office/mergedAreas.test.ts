import { ingestWorkbook } from "../../../src/engine/ingest/workbook";
import { epochDay } from "../../../src/engine/parse/date";
import { OfficeWorkbook } from "../../../src/workbook/office/officeWorkbook";
import { mergedAreasOf } from "../../../src/workbook/office/reader";
import { createSimulatedExcel, SimWorkbook } from "../../../src/workbook/simulator";

// tester53 N4 in the add-in: 区域 merged down per region is every covered customer's region.
function list(): SimWorkbook {
  return SimWorkbook.fromSheets({
    客户资料: [
      ["区域", "客户编号", "客户名称"],
      ["上海", "SH001", "甲"],
      [null, "SH002", "乙"],
      [null, "SH003", "丙"],
      ["苏州", "SZ001", "丁"],
      [null, "SZ002", "戊"],
    ],
    销售: [
      ["客户编号", "日期", "金额"],
      ["SH001", "2025-01-05", 100],
    ],
  });
}

async function merged(wb: SimWorkbook, supports?: (v: string) => boolean) {
  const excel = createSimulatedExcel(wb);
  await excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("客户资料");
    sheet.getRange("A2:A4").merge();
    sheet.getRange("A5:A6").merge();
    await context.sync();
  });
  const book = new OfficeWorkbook(excel.run, { lang: "zh-CN", protect: false, supports });
  return ingestWorkbook(book, { asOf: epochDay(2025, 12, 31) });
}

describe("merged cells in Excel", () => {
  test("a vertical merge's value is read on each of its rows, with a note (ExcelApi 1.13)", async () => {
    const { dataset, findings } = await merged(list());
    expect(dataset.customers.region).toEqual(["上海", "上海", "上海", "苏州", "苏州"]);
    const notes = findings.filter((f) => f.code === "merged_cells_filled");
    expect(notes.map((f) => [f.sheet, f.column])).toEqual([["客户资料", "区域"]]);
    expect(notes[0].message["en-US"]).toContain("(such as A2:A4)");
  });

  test("a host below 1.13 reads the cells as Excel holds them, as before", async () => {
    const { dataset, findings } = await merged(list(), (v) => v !== "1.13");
    expect(dataset.customers.region).toEqual(["上海", "", "", "苏州", ""]);
    expect(findings.some((f) => f.code === "merged_cells_filled")).toBe(false);
  });

  test("a RangeAreas address reads as its areas", () => {
    expect(mergedAreasOf("客户资料!A2:A4, 客户资料!$B$7:$C$9, 'a b'!D1:D2")).toEqual([
      { top: 2, bottom: 4, left: 0, right: 0 },
      { top: 7, bottom: 9, left: 1, right: 2 },
      { top: 1, bottom: 2, left: 3, right: 3 },
    ]);
  });
});
