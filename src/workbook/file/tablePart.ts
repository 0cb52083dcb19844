import type { ReportTable } from "../../engine/report/table";
import { escapeXml } from "./xmlText";

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
    `<table xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" id="${id}" name="${name}" displayName="${name}" ref="${ref}" totalsRowShown="0">` +
    `<autoFilter ref="${ref}"/><tableColumns count="${headers.length}">${cols}</tableColumns>` +
    '<tableStyleInfo name="TableStyleMedium2" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/></table>'
  );
}
