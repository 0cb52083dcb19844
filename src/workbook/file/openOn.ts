import type { XlsxPackage } from "./xlsxPackage";

/**
 * Which tab a report opens on (tester51 O1: it opened on the user's 客户 sheet, the Overview 6th of
 * 15 tabs with nothing pointing to it). The workbook view's activeTab is ours to set (workbook.xml
 * is rewritten anyway), but the user's sheets are carried byte for byte (issue 11), and a sheet
 * marked tabSelected stays selected: Excel opens a workbook whose active tab is not its one
 * selected sheet with both selected, grouped, where typing goes into both. So the report opens on
 * the Overview unless the input's active sheet is the user's own and marked selected (what Excel
 * and LibreOffice write on save); then the user's view is kept as it was.
 */

/** Bytes of a sheet read for its sheetViews, which come before its cells (ECMA-376 18.3.1.99). */
const HEAD_BYTES = 64 * 1024;

/**
 * The input's active tab (0-based, in <sheets> order): the first workbook view's activeTab, else 0.
 *
 * @example activeTabOf('<workbook><bookViews><workbookView activeTab="2"/></bookViews></workbook>') // 2
 */
export function activeTabOf(workbookXml: string): number {
  const view = /<(?:\w+:)?workbookView\b[^>]*>/.exec(workbookXml)?.[0] ?? "";
  const tab = /\bactiveTab="(\d+)"/.exec(view);
  return tab ? Number(tab[1]) : 0;
}

/**
 * Whether a worksheet's XML (its start is enough) marks one of its views selected.
 *
 * @example marksSelected('<worksheet><sheetViews><sheetView tabSelected="1" workbookViewId="0"/>') // true
 */
export function marksSelected(sheetXmlHead: string): boolean {
  const views =
    /<(?:\w+:)?sheetViews\b[\s\S]*?(?:<\/(?:\w+:)?sheetViews>|<(?:\w+:)?sheetData\b|$)/.exec(
      sheetXmlHead,
    );
  return views !== null && /\btabSelected="(1|true)"/.test(views[0]);
}

/**
 * Whether the user's own sheet is the input's active one and marked selected, so that opening on
 * another tab would group the two. `ours`: indices (in the input) of our earlier tabs, replaced.
 * A chart sheet, or a sheet that cannot be read, counts as selected: its view is kept.
 */
export async function userSheetSelected(
  base: XlsxPackage,
  ours: ReadonlySet<number>,
): Promise<boolean> {
  const active = activeTabOf(base.workbookXml);
  if (ours.has(active)) return false;
  const entry = base.info.sheets[active];
  if (!entry) return false;
  const sheet = base.sheet(entry.name);
  if (!sheet) return true;
  try {
    return marksSelected(await readHead(base, sheet.part));
  } catch {
    return true;
  }
}

/** The first HEAD_BYTES (about) of a part, as text. */
async function readHead(base: XlsxPackage, part: string): Promise<string> {
  const stream = await base.zip.open(part);
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      chunks.push(chunk);
      size += chunk.length;
      if (size >= HEAD_BYTES) break;
    }
  } finally {
    stream.destroy();
  }
  return Buffer.concat(chunks).toString("utf8");
}
