import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { ReportTable } from "../../../src/engine/report/table";
import { XlsxReportWriter } from "../../../src/workbook/file/xlsxWriter";
import { ZipReader } from "../../../src/workbook/file/zipReader";

/**
 * The sheet XML of a workbook holding `table` alone, as the file writer writes it (a scratch
 * folder, removed after).
 *
 * @example const xml = await tableSheetXml(followUpTable(a, "zh-CN"), "zh-CN");
 */
export async function tableSheetXml(table: ReportTable, lang: "zh-CN" | "en-US"): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), "ca-table-sheet-"));
  try {
    const out = join(dir, "tab.xlsx");
    await new XlsxReportWriter(out, { lang }).writeTables([table]);
    const zip = await ZipReader.open(out);
    const sheet = await zip.readText("xl/worksheets/sheet1.xml");
    zip.close();
    return sheet;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
