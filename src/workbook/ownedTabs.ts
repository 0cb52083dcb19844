import { OUTPUT_TAB_KEYS, type OutputTab } from "../engine/report/outputTabs";

/**
 * How the add-in recognises the tabs it wrote: each one carries a workbook-level defined name
 * `CA_TAB_<tab>` referring to that sheet's $A$1. Both adapters (Office.js and files) use this, so a
 * workbook written by either is recognised by the other; a tab renamed by the user keeps its name.
 */
export const OWNED_TAB_PREFIX = "CA_TAB_";

/** The defined name that marks a tab as ours. @example ownedTabName("segments") // "CA_TAB_segments" */
export function ownedTabName(tab: OutputTab): string {
  return `${OWNED_TAB_PREFIX}${tab}`;
}

const TABS: readonly OutputTab[] = OUTPUT_TAB_KEYS;

/**
 * The tab a defined name marks, or null when it is not one of ours (Excel compares defined names
 * without regard to case, so neither do we).
 *
 * @example tabOfOwnedName("CA_TAB_runLog") // "runLog"
 * @example tabOfOwnedName("Print_Area")    // null
 */
export function tabOfOwnedName(name: string): OutputTab | null {
  if (name.slice(0, OWNED_TAB_PREFIX.length).toUpperCase() !== OWNED_TAB_PREFIX) return null;
  const rest = name.slice(OWNED_TAB_PREFIX.length).toLowerCase();
  return TABS.find((t) => t.toLowerCase() === rest) ?? null;
}

/**
 * The sheet-qualified reference to a sheet's A1, as the defined name refers to it.
 *
 * @example ownedTabRef("客户分类") // "'客户分类'!$A$1"
 */
export function ownedTabRef(sheetName: string): string {
  return `'${sheetName.replace(/'/g, "''")}'!$A$1`;
}

/**
 * The sheet name in a reference such as `'It''s'!$A$1` or `Sheet1!$A$1`, or null.
 *
 * @example sheetOfRef("'客户 分类'!$A$1") // "客户 分类"
 */
export function sheetOfRef(ref: string): string | null {
  const text = ref.trim().replace(/^=/, "");
  const quoted = /^'((?:[^']|'')+)'!/.exec(text);
  if (quoted) return quoted[1].replace(/''/g, "'");
  const plain = /^([^!'[\]]+)!/.exec(text);
  return plain ? plain[1] : null;
}
