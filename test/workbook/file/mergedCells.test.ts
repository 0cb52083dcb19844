import ExcelJS from "exceljs";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ingestWorkbook } from "../../../src/engine/ingest/workbook";
import { epochDay } from "../../../src/engine/parse/date";
import { openXlsx } from "../../../src/workbook/file/xlsxSource";

// tester53 N4: 客户资料 with 区域 merged down per region, as people keep a list.
describe("an .xlsx sheet's merged cells", () => {
  test("a region merged down is every covered customer's region, said in one note", async () => {
    const dir = mkdtempSync(join(tmpdir(), "merged-cells-"));
    try {
      const file = join(dir, "list.xlsx");
      const book = new ExcelJS.Workbook();
      const c = book.addWorksheet("客户资料");
      c.addRow(["客户名单"]);
      c.mergeCells("A1:C1"); // a title over the header: not a fill
      c.addRow(["区域", "客户编号", "客户名称"]);
      const rows: [string | null, string, string][] = [
        ["上海", "SH001", "甲"],
        [null, "SH002", "乙"],
        [null, "SH003", "丙"],
        ["苏州", "SZ001", "丁"],
        [null, "SZ002", "戊"],
        ["杭州", "HZ001", "己"],
      ];
      for (const r of rows) c.addRow(r);
      c.mergeCells("A3:A5");
      c.mergeCells("A6:A7");
      const t = book.addWorksheet("销售");
      t.addRow(["客户编号", "日期", "金额"]);
      t.addRow(["SH001", "2025-01-05", 100]);
      await book.xlsx.writeFile(file);

      const { dataset, findings } = await ingestWorkbook(await openXlsx(file), {
        asOf: epochDay(2025, 12, 31),
      });
      expect(dataset.customers.region).toEqual(["上海", "上海", "上海", "苏州", "苏州", "杭州"]);
      const notes = findings.filter((f) => f.code === "merged_cells_filled");
      expect(notes.map((f) => [f.sheet, f.column, f.value])).toEqual([["客户资料", "区域", ""]]);
      expect(notes[0].message["zh-CN"]).toContain("2 处上下合并的单元格（如 A3:A5）");
      expect(notes[0].message["zh-CN"]).toContain("共补上 3 行");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
