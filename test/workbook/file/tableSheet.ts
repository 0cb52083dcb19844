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
  return (await tableSheetParts(table, lang)).sheet;
}

/** tableSheetXml's sheet XML and the workbook's styles part (xl/styles.xml). */
export async function tableSheetParts(
  table: ReportTable,
  lang: "zh-CN" | "en-US",
): Promise<{ sheet: string; styles: string }> {
  const dir = mkdtempSync(join(tmpdir(), "ca-table-sheet-"));
  try {
    const out = join(dir, "tab.xlsx");
    await new XlsxReportWriter(out, { lang }).writeTables([table]);
    const zip = await ZipReader.open(out);
    const sheet = await zip.readText("xl/worksheets/sheet1.xml");
    const styles = await zip.readText("xl/styles.xml");
    zip.close();
    return { sheet, styles };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * How a cell format of a styles part looks: bold or not, and its solid fill (#RRGGBB, or null).
 *
 * @example cellLook(styles, 5) // { bold: true, fill: "#FFE699" }
 */
export function cellLook(styles: string, s: number): { bold: boolean; fill: string | null } {
  const list = (tag: string, item: string) =>
    [
      ...new RegExp(`<${tag}[^>]*>([\\s\\S]*?)</${tag}>`)
        .exec(styles)![1]
        .matchAll(new RegExp(`<${item}\\b[\\s\\S]*?(?:/>|</${item}>)`, "g")),
    ].map((m) => m[0]);
  const xf = list("cellXfs", "xf")[s];
  const font = list("fonts", "font")[Number(/fontId="(\d+)"/.exec(xf)?.[1] ?? 0)];
  const fill = list("fills", "fill")[Number(/fillId="(\d+)"/.exec(xf)?.[1] ?? 0)];
  const rgb = /<fgColor rgb="FF([0-9A-F]{6})"/.exec(fill ?? "");
  return { bold: font.includes("<b/>"), fill: rgb ? `#${rgb[1]}` : null };
}

/** Each row of a sheet's XML: its number, its height (its `ht`, or undefined) and its texts. */
export function sheetRows(sheet: string): { r: number; ht?: number; texts: string[] }[] {
  return [...sheet.matchAll(/<row r="(\d+)"([^>]*)>([\s\S]*?)<\/row>/g)].map((m) => {
    const ht = /ht="([\d.]+)"/.exec(m[2]);
    const texts = [...m[3].matchAll(/<t[^>]*>([^<]*)<\/t>/g)].map((t) => t[1]);
    return { r: Number(m[1]), ht: ht ? Number(ht[1]) : undefined, texts };
  });
}

/** A sheet's column widths as written (`<col width>`), by column (0-based). */
export function sheetWidths(sheet: string): number[] {
  const out: number[] = [];
  for (const m of sheet.matchAll(/<col min="(\d+)" max="(\d+)" width="([\d.]+)"/g))
    for (let c = Number(m[1]); c <= Number(m[2]); c++) out[c - 1] = Number(m[3]);
  return out;
}

/** The formats (s) of a sheet row's cells by column letter: cells written without r follow the one before. */
export function sheetRowStyles(sheet: string, r: number): Map<string, string> {
  const row = new RegExp(`<row r="${r}"[^>]*>([\\s\\S]*?)</row>`).exec(sheet)![1];
  const out = new Map<string, string>();
  let col = 0;
  for (const m of row.matchAll(/<c( r="([A-Z]+)\d+")?( s="(\d+)")?/g)) {
    col = m[2] ? m[2].split("").reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) : col + 1;
    out.set(String.fromCharCode(64 + col), m[4] ?? "0");
  }
  return out;
}
