import { posix } from "node:path";
import type { Cell } from "../../engine/cells";
import type { OutputTab } from "../../engine/report/table";
import { parseRels, relsPartOf, resolvePart } from "./workbookXml";
import { scanSheet } from "./xlsxSource";
import type { XlsxPackage } from "./xlsxPackage";

// Our tab from an earlier run, found in the input package: the parts it brings along (dropped
// when it is replaced) and its data rows (kept when the tab appends, like the run log).

/** Adds to `into` the rels part of `part` and every part reachable from it (our old tab's parts). */
export async function collectRelated(
  pkg: XlsxPackage,
  part: string,
  into: Set<string>,
): Promise<void> {
  const rels = relsPartOf(part);
  if (!pkg.zip.has(rels) || into.has(rels)) return;
  into.add(rels);
  for (const rel of parseRels(await pkg.zip.readText(rels))) {
    if (rel.external) continue;
    const target = resolvePart(posix.dirname(part), rel.target);
    if (!pkg.zip.has(target) || into.has(target)) continue;
    // Only what our tabs hold: tables, drawings with their charts, printer settings.
    if (
      !/\/(table|drawing|chart|chartsheet|printerSettings|chartStyle|chartColorStyle|image)$/i.test(
        rel.type,
      )
    )
      continue;
    into.add(target);
    await collectRelated(pkg, target, into);
  }
}

/** The data rows (below the header) of our earlier tab for `tab`, as cells. */
export async function earlierRows(
  pkg: XlsxPackage,
  owned: Map<string, OutputTab>,
  tab: OutputTab,
): Promise<Cell[][]> {
  const name = [...owned].find(([, t]) => t === tab)?.[0];
  if (!name || !pkg.sheet(name)) return [];
  const rows: Cell[][] = [];
  await scanSheet(pkg, name, (row, cells) => {
    if (row > 1 && cells.some((c) => c !== null && c !== undefined)) rows.push(cells);
  });
  return rows;
}
