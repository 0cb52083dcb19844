import type { OutputTab } from "../../engine/report/table";
import { sheetOfRef, tabOfOwnedName } from "../ownedTabs";
import type { XlsxPackage } from "./xlsxPackage";

/**
 * The sheets of a workbook that an earlier run wrote (marked by CA_TAB_<tab> defined names, not
 * recognised by name alone), with the tab each one is.
 *
 * @example ownedSheets(pkg).get("客户分类") // "segments"
 */
export function ownedSheets(pkg: XlsxPackage): Map<string, OutputTab> {
  const owned = new Map<string, OutputTab>();
  for (const name of pkg.definedNames) {
    if (name.localSheetId !== undefined) continue;
    const tab = tabOfOwnedName(name.name);
    const sheet = tab && name.ranges.length ? sheetOfRef(name.ranges[0]) : null;
    if (tab && sheet && pkg.sheet(sheet)) owned.set(sheet, tab);
  }
  return owned;
}
