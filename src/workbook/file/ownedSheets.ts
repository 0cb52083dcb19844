import type { OutputTab } from "../../engine/report/table";
import { markedLayout, tabOfOwnedName } from "../ownedTabs";
import type { XlsxPackage } from "./xlsxPackage";

/**
 * The sheets of a workbook that an earlier run wrote, with the tab each one is. A sheet is ours
 * only when a workbook-level marker name carrying the add-in's Id and the tab's key (ownedTabs.ts)
 * refers to that sheet's header row from A1; `CA_TAB_…`, `CA_TMP_…`, `CA_OLD_…` names of any case,
 * a marker scoped to one sheet, or a marker pointing anywhere but A1 make nothing ours, so such a
 * sheet is copied and read like any other.
 *
 * @example ownedSheets(pkg).get("客户分类") // "segments"
 */
export function ownedSheets(pkg: XlsxPackage): Map<string, OutputTab> {
  const owned = new Map<string, OutputTab>();
  for (const name of pkg.definedNames) {
    if (name.localSheetId !== undefined || name.ranges.length !== 1) continue;
    const tab = tabOfOwnedName(name.name);
    const layout = tab ? markedLayout(name.ranges[0]) : null;
    const sheet = layout ? pkg.sheet(layout.sheet) : undefined;
    if (tab && sheet) owned.set(sheet.name, tab);
  }
  return owned;
}
