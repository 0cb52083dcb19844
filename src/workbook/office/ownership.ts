import type { OutputTab } from "../../engine/report/table";
import { OWNED_TAB_PREFIX, sheetOfRef, tabOfOwnedName } from "../ownedTabs";

/**
 * Which sheets the add-in owns, read from the workbook's defined names: `CA_TAB_<tab>` marks a
 * finished output tab (ownedTabs.ts); `CA_TMP_<tab>` marks a sheet being built, left over when a
 * run was interrupted (the browser closed); `CA_OLD_<tab>` marks a previous tab held aside under a
 * holding name while the new one takes its place (its comment keeps the name it had). A name
 * pointing at a deleted sheet (#REF!) is stale.
 */
export const TEMP_TAB_PREFIX = "CA_TMP_";
export const HELD_TAB_PREFIX = "CA_OLD_";

/** The defined name of the sheet being built for a tab. @example tempTabName("segments") // "CA_TMP_segments" */
export function tempTabName(tab: OutputTab): string {
  return `${TEMP_TAB_PREFIX}${tab}`;
}

/** The defined name of a previous tab held aside during a swap. @example heldTabName("segments") // "CA_OLD_segments" */
export function heldTabName(tab: OutputTab): string {
  return `${HELD_TAB_PREFIX}${tab}`;
}

/** A previous tab held aside by a swap that did not finish. */
export interface HeldTab {
  tab: OutputTab;
  /** The sheet's current (holding) name. */
  sheet: string;
  /** The name it had before the swap, to give back when the swap is undone. */
  originalName: string;
}

export interface Ownership {
  /** Finished tabs: the output tab → its sheet's current name (the user may have renamed it). */
  owned: Map<OutputTab, string>;
  /** Sheets left over from an interrupted build. */
  temps: string[];
  /** Previous tabs held aside by an interrupted swap. */
  held: HeldTab[];
  /** Our names that point nowhere, or at a sheet that no longer exists. */
  stale: string[];
  /** Names of the sheets above, lower-cased, to leave them out of the input sheets. */
  ours: Set<string>;
  /** Every sheet's name, in order. */
  sheets: string[];
}

/** The tab of a `<prefix><tab>` name, any case. */
function tabAfter(prefix: string, name: string): OutputTab | null {
  if (name.slice(0, prefix.length).toUpperCase() !== prefix) return null;
  return tabOfOwnedName(OWNED_TAB_PREFIX + name.slice(prefix.length));
}

/**
 * Reads the add-in's defined names in one sync.
 *
 * @example const { owned } = await readOwnership(context); owned.get("segments") // "客户分类"
 */
export async function readOwnership(context: Excel.RequestContext): Promise<Ownership> {
  const names = context.workbook.names;
  names.load("items/name,items/type,items/formula,items/comment");
  const sheets = context.workbook.worksheets;
  sheets.load("items/name");
  await context.sync();
  const existing = new Map(sheets.items.map((s) => [s.name.toLowerCase(), s.name]));
  const result: Ownership = {
    owned: new Map(),
    temps: [],
    held: [],
    stale: [],
    ours: new Set(),
    sheets: sheets.items.map((s) => s.name),
  };
  for (const item of names.items) {
    const tab = tabOfOwnedName(item.name);
    const isTemp = item.name.toUpperCase().startsWith(TEMP_TAB_PREFIX);
    const heldTab = tabAfter(HELD_TAB_PREFIX, item.name);
    if (!tab && !isTemp && !heldTab) continue;
    const formula = String(item.formula ?? "");
    const ref = item.type === "Error" || formula.includes("#REF!") ? null : sheetOfRef(formula);
    const sheet = ref === null ? undefined : existing.get(ref.toLowerCase());
    if (!sheet) {
      result.stale.push(item.name);
      continue;
    }
    if (tab) result.owned.set(tab, sheet);
    else if (heldTab) {
      result.held.push({ tab: heldTab, sheet, originalName: String(item.comment ?? "") || sheet });
    } else result.temps.push(sheet);
    result.ours.add(sheet.toLowerCase());
  }
  return result;
}

export { OWNED_TAB_PREFIX };
