import type { OutputTab } from "../../engine/report/table";
import { markedLayout, ownedKeyOfName } from "../ownedTabs";
import type { XlsxPackage } from "./xlsxPackage";

/** A sheet an earlier run wrote: its tab, and its part when the tab continued on numbered tabs. */
export interface OwnedSheet {
  tab: OutputTab;
  part: number;
}

/**
 * The sheets of a workbook that an earlier run wrote, with the tab and part each one is. A sheet
 * is ours only when a workbook-level marker name carrying the add-in's Id and the tab's key (and
 * part, for "客户分类 (2)" and on: ownedTabs.ts) refers to that sheet's header row from A1;
 * `CA_TAB_…`, `CA_TMP_…`, `CA_OLD_…` names of any case, a marker scoped to one sheet, or a marker
 * pointing anywhere but A1 make nothing ours, so such a sheet is copied and read like any other.
 *
 * @example ownedSheetParts(pkg).get("客户分类 (2)") // { tab: "segments", part: 2 }
 */
export function ownedSheetParts(pkg: XlsxPackage): Map<string, OwnedSheet> {
  const owned = new Map<string, OwnedSheet>();
  for (const name of pkg.definedNames) {
    if (name.localSheetId !== undefined || name.ranges.length !== 1) continue;
    const key = ownedKeyOfName(name.name);
    const layout = key ? markedLayout(name.ranges[0]) : null;
    const sheet = layout ? pkg.sheet(layout.sheet) : undefined;
    if (key && sheet) owned.set(sheet.name, key);
  }
  return owned;
}

/**
 * The sheets an earlier run wrote (every part), with the tab each one is.
 *
 * @example ownedSheets(pkg).get("客户分类") // "segments"
 */
export function ownedSheets(pkg: XlsxPackage): Map<string, OutputTab> {
  return new Map([...ownedSheetParts(pkg)].map(([sheet, key]) => [sheet, key.tab]));
}
