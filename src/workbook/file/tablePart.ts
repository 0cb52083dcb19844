import type { ReportTable } from "../../engine/report/table";
import { posix } from "node:path";
import { parseRels, relsPartOf, resolvePart } from "./workbookXml";
import type { XlsxPackage } from "./xlsxPackage";
import { attr, escapeXml } from "./xmlText";

/**
 * The Excel table part over a table tab's rows: its column names and its XML (a built-in style,
 * banded rows, filter buttons).
 */

/**
 * The header names of a table part: unique (case-insensitive), non-empty, one line.
 *
 * @example tableHeaders(table) // ["客户编号", "客户名称", "客户名称2"]
 */
export function tableHeaders(table: ReportTable): string[] {
  const seen = new Set<string>();
  return table.columns.map((c, i) => {
    const base = (c.header.replace(/[\r\n\t]+/g, " ").trim() || `Column${i + 1}`).slice(0, 255);
    let name = base;
    for (let n = 2; seen.has(name.toLowerCase()); n++) name = `${base}${n}`;
    seen.add(name.toLowerCase());
    return name;
  });
}

/**
 * The table part of a table tab.
 *
 * @example tablePartXml(1, "Segments", "A1:K1001", ["Customer ID", …])
 */
export function tablePartXml(id: number, name: string, ref: string, headers: string[]): string {
  const cols = headers
    .map((h, i) => `<tableColumn id="${i + 1}" name="${escapeXml(h)}"/>`)
    .join("");
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<table xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" id="${id}" name="${escapeXml(name)}" displayName="${escapeXml(name)}" ref="${ref}" totalsRowShown="0">` +
    `<autoFilter ref="${ref}"/><tableColumns count="${headers.length}">${cols}</tableColumns>` +
    '<tableStyleInfo name="TableStyleMedium2" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/></table>'
  );
}

/**
 * The name of the Excel table on a sheet of the package (the first table part its rels point to),
 * or null: read before a replaced tab's parts are dropped, so the refresh keeps a name the user gave
 * our table in Excel (their formulas use it: issue 11).
 *
 * @example await sheetTableName(pkg, "xl/worksheets/sheet3.xml") // "MySeg"
 */
export async function sheetTableName(pkg: XlsxPackage, part: string): Promise<string | null> {
  const rels = relsPartOf(part);
  if (!pkg.zip.has(rels)) return null;
  for (const rel of parseRels(await pkg.zip.readText(rels))) {
    if (rel.external || !/\/table$/i.test(rel.type)) continue;
    const target = resolvePart(posix.dirname(part), rel.target);
    if (!pkg.zip.has(target)) continue;
    const head = (await pkg.zip.readText(target)).slice(0, 2000);
    const tag = /<(?:\w+:)?table\b[^>]*>/.exec(head)?.[0];
    const name = tag ? attr(tag, "name") : undefined;
    if (name) return name;
  }
  return null;
}
